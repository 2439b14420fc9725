import type { RecordTypeName } from '../../record-types/record-type.js';
import type { DedupRecord } from '../dedup-record.js';

/**
 * What the registry remembers of every loaded record: the dedup view of it,
 * the record it was merged into, and the run that loaded it.
 */
export interface RegistryEntry extends DedupRecord {
  /** The record this one was merged into; null when it was not merged away (it is its own survivor). */
  survivorId: string | null;
  runId: string;
  loadedAt: string;
}

/** A record handed to `replaceDistrict`: its dedup view and the survivor decided by this run. */
export type RegistryInput = DedupRecord & { survivorId: string | null };

export interface RegistryRun {
  runId: string;
  /** ISO timestamp. */
  loadedAt: string;
}

/**
 * Records of another district that had been merged into an entry a
 * replacement removed (its row is gone from the re-run district's books).
 */
export interface RegistryRepair {
  district: string;
  /** Pointed to the removed entry's own survivor, still registered. */
  repointed: number;
  /** Made survivors again: nothing they were merged into is left. Their district's clean batch lacks them until it is re-run. */
  released: number;
}

export interface ReplaceDistrictResult {
  /** Entries of the district's earlier run that were deleted. */
  removed: number;
  inserted: number;
  /** Other districts' records whose survivor the replacement removed, per district (none: empty). */
  repaired: RegistryRepair[];
}

/**
 * Every record loaded so far, across districts and runs, so that a later run
 * deduplicates against what was loaded before (issue #5, part 5). An interface
 * so that a server database can take the embedded SQLite file's place when
 * several machines share one registry.
 *
 * Calls are synchronous (better-sqlite3 is); a client of a networked database
 * would have to load its candidates ahead of the comparison step.
 */
export interface RegistryStore {
  /**
   * Records of `type` loaded for districts other than `excludeDistrict` that
   * share at least one of `blockingKeys`, each once, ordered by id. Pass the
   * keys of a whole batch at once: one call, one query, whatever the count.
   * The excluded district's earlier entries are never returned, so a re-run
   * never finds duplicates against its own previous batch. With
   * `survivorsOnly`, records merged into another when they were loaded are
   * left out (they are never read, which matters for memory: a district may
   * meet hundreds of thousands of candidates).
   */
  findCandidates(type: RecordTypeName, blockingKeys: readonly string[], options: { excludeDistrict: string; survivorsOnly?: boolean }): RegistryEntry[];

  /**
   * Deletes the district's earlier entries of `type` and inserts `records`, in
   * one transaction: if the iterable throws (or a record is not of this type
   * and district, a bug), nothing changes. The iterable is consumed once, as
   * it is inserted. A record of another district merged into an entry that is
   * gone afterwards is pointed to that entry's survivor as it was (when still
   * registered) or becomes a survivor again: no survivor pointer is left
   * dangling, and no record drops out of the candidates for good.
   */
  replaceDistrict(type: RecordTypeName, districtCode: string, records: Iterable<RegistryInput>, run: RegistryRun): ReplaceDistrictResult;

  /** One entry by id. */
  get(id: string): RegistryEntry | undefined;

  /**
   * The record `id` finally survives as: its own id when it was not merged
   * away, else its survivor's survivor and so on. Undefined when `id` is not
   * registered.
   */
  survivorOf(id: string): string | undefined;

  /** Number of entries of `type` per district code. */
  countByDistrict(type: RecordTypeName): Record<string, number>;

  /** The run that loaded the district's current entries of `type`, if any. */
  districtRun(type: RecordTypeName, districtCode: string): RegistryRun | undefined;

  close(): void;
}
