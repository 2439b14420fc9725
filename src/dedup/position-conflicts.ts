/**
 * A row claimed by two records kept apart: the register position against the name.
 * A retyped book ('-nhap-lai') copies each entry at its own number, registration
 * date and commune (DOMAIN.md §3.3, §8). When its row x merges with the record k of
 * its own register position and also, under another number, with a record y that
 * k's own comparison kept apart ('distinct': k and y are twins), x's slip spells
 * y's name (Hưng typed Hùng) or the book's numbering slipped: x cannot copy both.
 * The position wins — the link x~y is dropped — when the name cannot tell (typed
 * without marks) or when x's file holds y's row (y itself, or another row copying
 * y's entry at y's number), so x is not it. The name wins — the link x~k is dropped — when
 * x's file holds another row copying k under another number: that file's numbering slipped
 * (Hùng of No. 11 typed at 12, Hưng of No. 12 at 13), or the rows were typed in another
 * order (Lân at 25 and Long at 26 for the book's Long 25, Lân 26: the row at y's number that
 * copies a co-twin of y by name, marks and all, is that twin's row, not y's). Otherwise nothing says which: x is merged into
 * neither and goes to review against both, so no twin takes the other's ID by a fill.
 */

export interface PositionGraph {
  /** Merged pairs (record indices). */
  edges: readonly (readonly [number, number])[];
  /** Whether the direct comparison of the two settled them as different records (a 'distinct' veto). */
  keptApart(a: number, b: number): boolean;
  /** Register position of a record (commune, year and number), or null. */
  entryOf(index: number): string | null;
  /** Source file of a record of the batch; undefined for one loaded before. */
  fileOf(index: number): string | undefined;
  /** Whether the merged pair's names agree only typed without marks. */
  unmarkedLink(a: number, b: number): boolean;
}

/** A row whose register position and name point at two records kept apart, none of them settling it. */
export interface PositionConflict {
  record: number;
  /** Records of the row's own register position it merged with. */
  byPosition: number[];
  /** Records of another position it merged with by name. */
  byName: number[];
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Merged pairs to drop (as pairKey 'a|b', a < b) and the rows left to review. */
export function positionConflicts(graph: PositionGraph): { dropped: Set<string>; conflicts: PositionConflict[] } {
  const dropped = new Set<string>();
  const conflicts: PositionConflict[] = [];
  const adjacency = new Map<number, number[]>();
  for (const [a, b] of graph.edges) {
    (adjacency.get(a) ?? adjacency.set(a, []).get(a))?.push(b);
    (adjacency.get(b) ?? adjacency.set(b, []).get(b))?.push(a);
  }
  /** Records merged with `index` at its own register position. */
  const entryCopies = (index: number, entry: string): number[] => (adjacency.get(index) ?? []).filter((next) => graph.entryOf(next) === entry);
  const undecided = new Map<number, PositionConflict>();
  for (const [a, b] of graph.edges) {
    const left = graph.entryOf(a);
    const right = graph.entryOf(b);
    if (left === null || right === null || left === right) continue; // only a link across two positions is in question
    for (const [row, named, entry, namedEntry] of [[a, b, left, right], [b, a, right, left]] as const) {
      const positioned = entryCopies(row, entry).filter((record) => graph.keptApart(record, named));
      if (positioned.length === 0) continue;
      dropped.add(pairKey(row, named));
      const file = graph.fileOf(row);
      // The row's own file holds the named record's row: the named record itself, or a copy at its position —
      // not a copy there that merged by name (marks and all) with a record of another position kept apart from the
      // named one: that is the other record's row typed at the named one's number (twins typed in the other order,
      // triplets in a rotated one).
      const swappedWith = (copy: number): boolean =>
        (adjacency.get(copy) ?? []).some((other) => graph.entryOf(other) !== namedEntry && graph.keptApart(other, named) && !graph.unmarkedLink(copy, other));
      const namedRowInFile =
        file !== undefined &&
        (graph.fileOf(named) === file || entryCopies(named, namedEntry).some((copy) => copy !== row && graph.fileOf(copy) === file && !swappedWith(copy)));
      if (graph.unmarkedLink(row, named) || namedRowInFile) continue;
      // The row's own file holds another row copying the positioned record under another number: that file's numbering
      // slipped (Hùng of No. 11 typed at 12, Hưng of No. 12 at 13), so the name is the row's entry, not the position.
      const slipped =
        file !== undefined &&
        positioned.every((record) => (adjacency.get(record) ?? []).some((copy) => copy !== row && graph.fileOf(copy) === file && graph.entryOf(copy) !== graph.entryOf(record)));
      if (slipped) {
        dropped.delete(pairKey(row, named));
        for (const record of positioned) dropped.add(pairKey(row, record));
        continue;
      }
      const conflict = undecided.get(row) ?? { record: row, byPosition: [], byName: [] };
      for (const record of positioned) if (!conflict.byPosition.includes(record)) conflict.byPosition.push(record);
      if (!conflict.byName.includes(named)) conflict.byName.push(named);
      undecided.set(row, conflict);
    }
  }
  for (const conflict of undecided.values()) {
    for (const record of conflict.byPosition) dropped.add(pairKey(conflict.record, record));
    conflicts.push(conflict);
  }
  return { dropped, conflicts: conflicts.sort((x, y) => x.record - y.record) };
}
