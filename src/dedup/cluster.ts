/**
 * Clusters from merged pairs without chaining: connected components of the
 * merged pairs are only candidates. Each component gets a survivor
 * (survivor.ts; a record loaded before wins), and a record joins the cluster
 * only if it merges with the survivor itself. The others are moved out — a
 * review entry against the survivor, naming the records that linked them in —
 * and what remains is clustered again the same way (A~B~C with A≁C: C leaves
 * A's cluster; C and D, merged with each other, still make their own).
 * A record whose own comparison with the survivor kept the two apart (a
 * 'distinct' veto: twins whose copies chained them) leaves without a review
 * entry: chaining does not reopen what that comparison settled. Vetoes hold
 * transitively: a record that merges with the survivor but whose comparison with
 * a member already in carries a veto (twins, two valid IDs) is not merged in
 * either — one cluster never holds two records a veto keeps apart.
 * Before that, the register position settles a row claimed by two records kept
 * apart (positionConflicts): a retyped book's row is the copy of the entry at its
 * own number, not of the twin whose name its slip spells.
 */
import { positionConflicts, type PositionConflict } from './position-conflicts.js';

export interface ClusterPlan {
  survivor: number;
  /** Current records merged into the survivor. */
  members: number[];
}

export interface ChainedOut {
  survivor: number;
  member: number;
  /** Merged neighbours through which the record was linked to the cluster. */
  linkedThrough: number[];
}

export interface ClusterGraph {
  /** Merged pairs (record indices). */
  edges: readonly (readonly [number, number])[];
  isPrevious(index: number): boolean;
  /** Negative when `a` should survive rather than `b`. */
  survivorOrder(a: number, b: number): number;
  /** Whether `member` merges with `survivor` when compared directly. */
  mergesWith(survivor: number, member: number): boolean;
  /** Whether the direct comparison settled the two as different records (a 'distinct' veto): no review for the chaining. */
  keptApart(survivor: number, member: number): boolean;
  /** Whether the direct comparison of two records carries a veto ('distinct' or 'review'): never in one cluster. */
  vetoed?(a: number, b: number): boolean;
  /** Register position of a record (commune, year and number), or null: positionConflicts. */
  entryOf?(index: number): string | null;
  /** Source file of a record of the batch; undefined for one loaded before. */
  fileOf?(index: number): string | undefined;
  /** Whether the merged pair's names agree only typed without marks (which cannot tell twins apart). */
  unmarkedLink?(a: number, b: number): boolean;
  /**
   * Positive when `node` matches `a` better than `b` (a higher score, then more of the name's spelling
   * that scoring folds: Vi beside Vi rather than Vy), negative for `b`, 0 when nothing tells.
   */
  closerTo?(node: number, a: number, b: number): number;
  /**
   * Whether the pair's only veto is the twins review that a name typed without marks raises ('Nguyen Van
   * Hung' beside Hưng: Hùng or Hưng?): a doubt the survivor's own comparison, with marks, can settle.
   */
  unmarkedDoubt?(a: number, b: number): boolean;
  /**
   * Whether `a` and `b` are two entries of one commune's register (their own numbers), not merged with
   * each other, whose dates disagree where `node` agrees with each only at its own reduced precision (a
   * re-registration giving only '1996' beside two siblings of one name born 14/01/1996 and 20/12/1996,
   * the first dead young): which of the two it is, the date cannot tell.
   */
  datePrecisionTie?(node: number, a: number, b: number): boolean;
  /**
   * Records other than `record` that `node` was merged with or left in doubt against whose comparison with
   * `node` differs from `record`'s only where a name typed without marks agrees exactly with one and
   * 'unmarked' with the other ('Pham Van Thanh': Thanh and Thành). None when the comparison with `record`
   * says whose it is by more than the letters (one personal ID, one register entry).
   */
  markRivals?(node: number, record: number): readonly number[];
  /** Whether the two records give one personal ID ('same'), two ('different'), or nothing to compare (null). */
  personalIds?(a: number, b: number): 'same' | 'different' | null;
}

function components(nodes: readonly number[], adjacency: ReadonlyMap<number, number[]>): number[][] {
  const inSet = new Set(nodes);
  const seen = new Set<number>();
  const found: number[][] = [];
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const component: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const node = stack.pop() as number;
      component.push(node);
      for (const next of adjacency.get(node) ?? []) {
        if (inSet.has(next) && !seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    if (component.length > 1) found.push(component.sort((a, b) => a - b));
  }
  return found;
}

export function planClusters(graph: ClusterGraph): { clusters: ClusterPlan[]; chained: ChainedOut[]; conflicts: PositionConflict[] } {
  const { entryOf, fileOf, unmarkedLink } = graph;
  const settled =
    entryOf && fileOf && unmarkedLink
      ? positionConflicts({ edges: graph.edges, keptApart: (a, b) => graph.keptApart(a, b), entryOf, fileOf, unmarkedLink })
      : { dropped: new Set<string>(), conflicts: [] };
  const linked = (a: number, b: number): boolean => !settled.dropped.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  const adjacency = new Map<number, number[]>();
  for (const [a, b] of graph.edges) {
    if (!linked(a, b)) continue;
    (adjacency.get(a) ?? adjacency.set(a, []).get(a))?.push(b);
    (adjacency.get(b) ?? adjacency.set(b, []).get(b))?.push(a);
  }
  /**
   * A veto between a member already in and a record joining holds across the cluster — except the
   * doubt of a name typed without marks (unmarkedDoubt) when the record joining merges with the
   * survivor with no such doubt: the survivor's marked name settled what the unmarked copy could not
   * (twin Hưng's re-registration, '2015' only, beside the book's row of Hưng retyped 'Nguyen Van Hung').
   */
  const holdsAgainst = (survivor: number, member: number, node: number): boolean => {
    if (graph.vetoed?.(member, node) !== true) return false;
    if (graph.unmarkedDoubt?.(member, node) !== true) return true;
    return graph.vetoed(survivor, node) || graph.unmarkedLink?.(survivor, node) !== false;
  };
  /** Two records their own comparison keeps apart as two people: any veto but the doubt of a name typed without marks. */
  const twoPeople = (a: number, b: number): boolean => graph.keptApart(a, b) || (graph.vetoed?.(a, b) === true && graph.unmarkedDoubt?.(a, b) !== true);
  /**
   * The record also merges with a record the survivor's own comparison kept apart (twins Vy and Vi of
   * neighbouring numbers, and a re-registration 'Vi' giving only the year, i and y one name to scoring),
   * or with one that differs from the survivor by a full date its own less precise date cannot tell
   * from the survivor's (datePrecisionTie: two siblings of one name born in one year): it joins the one
   * it matches better (closerTo: spelt 'Vi', it is Vi's), and when nothing tells which of the two it
   * is, neither: it goes to review against both.
   */
  const claimedElsewhere = (survivor: number, node: number): 'other' | 'tie' | null => {
    let found: 'other' | 'tie' | null = null;
    // One of two records held apart as two people (twins registered apart, in review) gives the record's
    // personal ID and the survivor another one: it is that one's ('Pham Van Thanh' with twin Thành's ID),
    // whatever the names' scores say.
    if (graph.personalIds?.(node, survivor) === 'different') {
      for (const other of adjacency.get(node) ?? []) {
        if (other !== survivor && twoPeople(survivor, other) && graph.personalIds(node, other) === 'same') return 'other';
      }
    }
    for (const other of adjacency.get(node) ?? []) {
      if (other === survivor || !(graph.keptApart(survivor, other) || graph.datePrecisionTie?.(node, survivor, other) === true)) continue;
      const closer = graph.closerTo?.(node, survivor, other) ?? 0;
      if (closer < 0) return 'other';
      if (closer === 0) found = 'tie';
    }
    // A name typed without marks that merges with one twin by its letters ('Pham Van Thanh' with Phạm Văn
    // Thanh) is in doubt against the other (Thành) only because the marks are lost: which twin it is,
    // nothing tells — the two twins' own comparison keeps them apart — so neither.
    if (found === null) {
      for (const other of graph.markRivals?.(node, survivor) ?? []) {
        if (twoPeople(survivor, other)) return 'tie';
      }
    }
    return found;
  };
  const claimedByTwoKeptApart = (survivor: number, node: number): boolean => claimedElsewhere(survivor, node) !== null;
  /**
   * The other way round: the survivor merges with the record and with another one their own comparison
   * keeps apart (a copy loaded before, 'Pham Van Thanh' typed in another district's book, beside twins
   * Thanh and Thành of this batch): the one the survivor matches better joins, and when nothing tells
   * which, neither — each goes to review against it, instead of the first in order taking it.
   */
  const survivorTorn = (survivor: number, node: number): boolean => {
    for (const other of adjacency.get(survivor) ?? []) {
      if (other === node || !linked(survivor, other) || !twoPeople(node, other)) continue;
      if ((graph.closerTo?.(survivor, node, other) ?? 1) <= 0) return true;
    }
    // Or in doubt against the other only where its name lost its marks (Thanh merged, Thành in review).
    return (graph.markRivals?.(survivor, node) ?? []).some((other) => twoPeople(node, other));
  };
  const clusters: ClusterPlan[] = [];
  const chained: ChainedOut[] = [];
  const pending = components([...adjacency.keys()].sort((a, b) => a - b), adjacency);
  while (pending.length > 0) {
    const component = pending.shift() as number[];
    const current = component.filter((node) => !graph.isPrevious(node));
    if (current.length === 0) continue;
    const previous = component.filter((node) => graph.isPrevious(node));
    const survivor = (previous.length > 0 ? previous : current).sort(graph.survivorOrder)[0] as number;
    const members: number[] = [];
    const rest: number[] = [];
    for (const node of component) {
      if (node === survivor) continue;
      // A link the register position settled against is not made again by comparing the two directly.
      const joins =
        !graph.isPrevious(node) && linked(survivor, node) && graph.mergesWith(survivor, node) && !claimedByTwoKeptApart(survivor, node) && !survivorTorn(survivor, node);
      // A member vetoed against one already in (twins each merging with a copy-survivor) stays out of the cluster.
      if (joins && !members.some((member) => holdsAgainst(survivor, member, node))) members.push(node);
      else rest.push(node);
    }
    if (members.length > 0) clusters.push({ survivor, members });
    const inComponent = new Set(component);
    for (const node of rest) {
      if (graph.isPrevious(node) || graph.keptApart(survivor, node)) continue;
      // The record is the kept-apart record's (a twin's re-registration spelt as that twin): no review against this one.
      if (claimedElsewhere(survivor, node) === 'other') continue;
      const linkedThrough = (adjacency.get(node) ?? []).filter((next) => inComponent.has(next)).sort((a, b) => a - b);
      chained.push({ survivor, member: node, linkedThrough });
    }
    pending.push(...components(rest, adjacency));
  }
  return { clusters, chained, conflicts: settled.conflicts };
}
