import type { RecordTypeName } from '../../record-types/record-type.js';
import type { DedupRecord } from '../dedup-record.js';

/**
 * What the registry remembers of every loaded record: the dedup view of it,
 * the record it was merged into, and the run that loaded it.
 */
export interface RegistryEntry extends DedupRecord {
  /** The record this one was merged into; null when it was not merged away (it is its own survivor). */
  survivorId: string | null;
  /**
   * True when a replacement of another district left this record nothing to
   * be merged into (README, "Registry"): its survivor pointer is null, yet its
   * own district's last batch has it merged away. Never a candidate survivor
   * until its district is re-run. Absent otherwise.
   */
  released?: boolean;
  runId: string;
  loadedAt: string;
  /** Where the record was typed; absent for a record loaded by an older hotich (schema before 5), and in findCandidates' entries. */
  source?: RegistrySource;
}

/** The source row of a registered record (file as the batch names it, sheet, row). */
export interface RegistrySource {
  file: string;
  sheet: string;
  row: number;
}

/** A record handed to `replaceDistrict`: its dedup view, the survivor decided by this run, and where it was typed. */
export type RegistryInput = DedupRecord & { survivorId: string | null; source?: RegistrySource | null };

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
  /**
   * Pointed to a record still emitted: the re-run batch's record of the same
   * person (the entry moved: a row inserted above it, the file renamed), else
   * the removed entry's own survivor.
   */
  repointed: number;
  /** Made survivors again: nothing they were merged into is left. Their district's clean batch lacks them until it is re-run. */
  released: number;
  /**
   * Review pairs the district's review.jsonl lists with an entry of the re-run
   * district that is gone or now another person's: stale until that district is
   * re-run (the re-run lists the pair itself under the entry's new id when it
   * still needs review). Absent when none.
   */
  staleReviewPairs?: number;
}

/** A review pair a district's batch lists between its own record `id` and another district's record loaded before. */
export interface CrossDistrictReviewPair {
  id: string;
  otherId: string;
  otherDistrict: string;
}

export interface ReplaceOptions {
  /**
   * Whether the record a re-run registers under an id is still the person the
   * earlier entry under that id was (record ids are source positions: a row
   * inserted above gives the id to the next entry). Asked only for entries
   * other records were merged into; identical comparison values are the same
   * person without asking. Default: identical values only.
   */
  samePerson?: (before: RegistryEntry, after: DedupRecord) => boolean;
  /** The batch's review pairs with other districts' records: they replace the district's earlier ones. */
  reviewPairs?: readonly CrossDistrictReviewPair[];
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
   * meet hundreds of thousands of candidates), and so are released records
   * (merged away in their own district's last batch: a record merged into one
   * would be in no clean batch).
   */
  findCandidates(type: RecordTypeName, blockingKeys: readonly string[], options: { excludeDistrict: string; survivorsOnly?: boolean }): RegistryEntry[];

  /**
   * Deletes the district's earlier entries of `type` and inserts `records`, in
   * one transaction: if the iterable throws (or a record is not of this type
   * and district, a bug), nothing changes. The iterable is consumed once, as
   * it is inserted. A record of another district merged into an entry that is
   * gone afterwards — deleted, or its id now another person's (`samePerson`) —
   * is pointed to the batch's record with the entry's comparison values (the
   * entry moved) — or, when none has them, to the one record of the batch
   * sharing a blocking key with it that `samePerson` says is its person (the
   * entry moved and was corrected) — or to the entry's survivor as it was, when that one is still
   * emitted; else it is released. No survivor pointer is left dangling or
   * naming another person, and every pointer ends at a record some clean
   * batch emits.
   */
  replaceDistrict(type: RecordTypeName, districtCode: string, records: Iterable<RegistryInput>, run: RegistryRun, options?: ReplaceOptions): ReplaceDistrictResult;

  /**
   * Of `pairs` (a batch's own record `id`, another district's `otherId`), those
   * the other district's current batch lists already (its review.jsonl, not
   * stale), as `id + '|' + otherId`: a cross-district pair is listed by one batch.
   */
  reviewPairsListedElsewhere(type: RecordTypeName, district: string, pairs: readonly CrossDistrictReviewPair[]): Set<string>;

  /**
   * The records of other districts merged into `survivorId`, a record of `district`, when they were
   * loaded (its members elsewhere), with their comparison values.
   */
  membersElsewhere(type: RecordTypeName, district: string, survivorId: string): RegistryEntry[];

  /** One entry by id. */
  get(id: string): RegistryEntry | undefined;

  /**
   * The record `id` finally survives as: its own id when it was not merged
   * away, else its survivor's survivor and so on. Undefined when `id` is not
   * registered.
   */
  survivorOf(id: string): string | undefined;

  /**
   * Per district, what other districts' re-runs changed in its entries of `type` since
   * it was last run: records pointed to another survivor (its duplicates.jsonl names
   * the old one), records released (its clean batch lacks them), review pairs gone
   * stale (its review.jsonl names an entry that is gone). Districts with none are left out.
   */
  staleOutputs(type: RecordTypeName): Required<RegistryRepair>[];

  /** Number of entries of `type` per district code. */
  countByDistrict(type: RecordTypeName): Record<string, number>;

  /**
   * Ids of the district's current entries of `type` its last batch kept (neither merged away nor
   * released): on a re-run, the rows already loaded before copies of them delivered since.
   */
  keptIds(type: RecordTypeName, districtCode: string): Set<string>;

  /** The run that loaded the district's current entries of `type`, if any. */
  districtRun(type: RecordTypeName, districtCode: string): RegistryRun | undefined;

  close(): void;
}
