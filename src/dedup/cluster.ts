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
 * entry: chaining does not reopen what that comparison settled. A record merged
 * with the survivor only through a name typed without marks that is the same
 * register entry as a record kept apart from it (a twin's row in a retyped book,
 * entryOf) goes with that record instead.
 */

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
  /**
   * Whether `node`, merged with `survivor` only through a name typed without marks (which
   * cannot tell twins apart), merges with `record` as the same register entry: a retyped
   * book's row of that record.
   */
  entryOf?(record: number, node: number, survivor: number): boolean;
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

export function planClusters(graph: ClusterGraph): { clusters: ClusterPlan[]; chained: ChainedOut[] } {
  const adjacency = new Map<number, number[]>();
  for (const [a, b] of graph.edges) {
    (adjacency.get(a) ?? adjacency.set(a, []).get(a))?.push(b);
    (adjacency.get(b) ?? adjacency.set(b, []).get(b))?.push(a);
  }
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
      if (!graph.isPrevious(node) && graph.mergesWith(survivor, node)) members.push(node);
      else rest.push(node);
    }
    // A twin's row of a retyped book typed without marks merges with both twins: the register number, not the
    // unmarked name, says whose copy it is — it goes with its own entry when the survivor was kept apart from that.
    const apart = graph.entryOf ? rest.filter((node) => graph.keptApart(survivor, node)) : [];
    const others = apart.length > 0 ? members.filter((node) => apart.some((record) => graph.entryOf?.(record, node, survivor))) : [];
    if (others.length > 0) {
      members.splice(0, members.length, ...members.filter((node) => !others.includes(node)));
      rest.push(...others);
    }
    if (members.length > 0) clusters.push({ survivor, members });
    const inComponent = new Set(component);
    for (const node of rest) {
      if (graph.isPrevious(node) || graph.keptApart(survivor, node) || others.includes(node)) continue;
      const linkedThrough = (adjacency.get(node) ?? []).filter((next) => inComponent.has(next)).sort((a, b) => a - b);
      chained.push({ survivor, member: node, linkedThrough });
    }
    pending.push(...components(rest, adjacency));
  }
  return { clusters, chained };
}
