import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../../record-types/record-type.js';
import type { CrossDistrictReviewPair, RegistryEntry, RegistrySource, RegistryInput, RegistryRepair, RegistryRun, RegistryStore, ReplaceDistrictResult, ReplaceOptions } from './registry-store.js';
import { ensureSchema } from './sqlite-schema.js';

export interface SqliteRegistryOptions {
  /**
   * How long a statement waits for another process's write lock before
   * failing with SQLITE_BUSY. Runs of one output folder are serialized by its
   * lock, but a registry path set in the pipeline file may be shared.
   */
  busyTimeoutMs?: number;
}

interface RecordRow {
  id: string;
  type: string;
  district: string;
  comparison_values: string;
  blocking_keys: string;
  registration_date: string | null;
  re_registration: number;
  completeness: number;
  survivor_id: string | null;
  run_id: string;
  loaded_at: string;
  released: number;
  source: string | null;
}

type KeyParams = { type: string; district: string };

interface MemberRow {
  id: string;
  district: string;
  survivor_id: string;
}

/** What a replacement knows when it repairs the other districts' pointers. */
interface RepairContext {
  /** The re-run district. */
  district: string;
  /** The district's earlier entries' survivor pointers, as they were. */
  removedPointers: ReadonlyMap<string, string>;
  /** The earlier entry under the id is deleted, or the id is registered again for another person. */
  isGone(id: string): boolean;
  /** The batch's record with the comparison values the gone entry `id` had, when exactly one person has them; else null. */
  movedTo(id: string): string | null;
}

/** Connection-private staging tables (TEMP: never in the registry file). */
const STAGING_TABLES = `
CREATE TEMP TABLE IF NOT EXISTS staged_records (
  id TEXT, type TEXT, district TEXT, comparison_values TEXT, blocking_keys TEXT, registration_date TEXT,
  re_registration INTEGER, completeness INTEGER, survivor_id TEXT, run_id TEXT, loaded_at TEXT, source TEXT
);
CREATE TEMP TABLE IF NOT EXISTS staged_keys (key TEXT, id TEXT);
`;

function isRecordTypeName(value: string): value is RecordTypeName {
  return RECORD_TYPE_NAMES.some((name) => name === value);
}

/** A registry row as an entry; the source row only when asked (get: a few records listed, not the many candidates). */
function toEntry(row: RecordRow, withSource = false): RegistryEntry {
  if (!isRecordTypeName(row.type)) throw new Error(`registry: record ${row.id} has unknown type '${row.type}'`);
  return {
    id: row.id,
    type: row.type,
    districtCode: row.district,
    values: JSON.parse(row.comparison_values),
    blockingKeys: JSON.parse(row.blocking_keys),
    registrationDate: row.registration_date,
    reRegistration: row.re_registration === 1,
    completeness: row.completeness,
    survivorId: row.survivor_id,
    ...(row.released === 1 ? { released: true } : {}),
    runId: row.run_id,
    loadedAt: row.loaded_at,
    ...(withSource && row.source !== null ? { source: JSON.parse(row.source) as RegistrySource } : {}),
  };
}

/** The default `samePerson` (asked only when the values differ): identical comparison values alone are the same person. */
const identicalOnly = (): boolean => false;

/**
 * Opens (creating folder and schema if missing) the embedded registry at
 * `path` (`:memory:` for a throwaway one). WAL lets a reader go on while a run
 * writes; `synchronous = FULL` because a district's replacement is one
 * transaction per run, so the fsync costs nothing and a committed batch is
 * never forgotten by the registry after a power cut.
 */
export function openSqliteRegistry(path: string, options: SqliteRegistryOptions = {}): RegistryStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? 10_000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // 64 MiB of page cache (default 2 MiB): a district's keys are loaded into B-trees far larger than that.
    db.pragma('cache_size = -65536');
    ensureSchema(db);
    db.exec(STAGING_TABLES);
  } catch (error) {
    db.close();
    throw error;
  }

  // The keys travel as one JSON array: one statement for any number of keys,
  // each looked up in the (type, key, district, id) primary key, then each
  // record by id. (A 'r.type = @type' here would make SQLite scan the type's
  // records instead; keys and their record are written with the same type.)
  const selectCandidates = db.prepare<{ type: string; keys: string; exclude: string; survivorsOnly: number }, RecordRow>(`
    SELECT r.* FROM records r
    WHERE r.id IN (
      SELECT k.id FROM blocking_keys k
      WHERE k.type = @type AND k.key IN (SELECT value FROM json_each(@keys)) AND k.district <> @exclude
    ) AND (@survivorsOnly = 0 OR (r.survivor_id IS NULL AND r.released = 0))
    ORDER BY r.id`);
  const deleteKeys = db.prepare<KeyParams>('DELETE FROM blocking_keys WHERE type = @type AND district = @district');
  const deleteRecords = db.prepare<KeyParams>('DELETE FROM records WHERE type = @type AND district = @district');
  // A district is loaded in two steps: appended to the staging tables in the
  // order it comes, then copied into the indexed tables in key order. Keys
  // arrive in random order (hashes, names); inserting them straight into the
  // B-trees touched a random page per key — about 50 µs a record at 100k.
  const clearStaging = db.prepare('DELETE FROM staged_records');
  const clearStagedKeys = db.prepare('DELETE FROM staged_keys');
  const stageRecord = db.prepare<Omit<RecordRow, 'released'>>(`
    INSERT INTO staged_records (id, type, district, comparison_values, blocking_keys, registration_date,
                                re_registration, completeness, survivor_id, run_id, loaded_at, source)
    VALUES (@id, @type, @district, @comparison_values, @blocking_keys, @registration_date,
            @re_registration, @completeness, @survivor_id, @run_id, @loaded_at, @source)`);
  // The record's keys are already serialized for records.blocking_keys: one statement stages them all.
  const stageKeys = db.prepare<[string, string]>('INSERT INTO staged_keys (key, id) SELECT value, ? FROM json_each(?)');
  const loadRecords = db.prepare(`
    INSERT INTO records (id, type, district, comparison_values, blocking_keys, registration_date,
                         re_registration, completeness, survivor_id, run_id, loaded_at, source)
    SELECT id, type, district, comparison_values, blocking_keys, registration_date,
           re_registration, completeness, survivor_id, run_id, loaded_at, source
    FROM staged_records ORDER BY id`);
  // OR IGNORE: a rule may yield the same key twice for one record (two
  // spellings that fold alike); one row is enough.
  const loadKeys = db.prepare<KeyParams>(
    'INSERT OR IGNORE INTO blocking_keys (type, key, district, id) SELECT @type, key, @district, id FROM staged_keys ORDER BY key, id',
  );
  const firstClash = db.prepare<[], { id: string }>(`
    SELECT id FROM (
      SELECT s.id FROM staged_records s JOIN records r ON r.id = s.id
      UNION ALL
      SELECT id FROM staged_records GROUP BY id HAVING count(*) > 1
    ) ORDER BY id LIMIT 1`);
  const upsertDistrictRun = db.prepare<KeyParams & { run_id: string; loaded_at: string }>(`
    INSERT INTO district_runs (type, district, run_id, loaded_at) VALUES (@type, @district, @run_id, @loaded_at)
    ON CONFLICT (type, district) DO UPDATE SET run_id = excluded.run_id, loaded_at = excluded.loaded_at`);
  // Survivor pointers, for repairing the other districts' after a replacement (records_merged index).
  const selectMergedOf = db.prepare<KeyParams, { id: string; survivor_id: string }>(
    'SELECT id, survivor_id FROM records WHERE type = @type AND district = @district AND survivor_id IS NOT NULL',
  );
  // The district's entries some record was merged into (records_merged index): the ones whose
  // disappearance, or whose id now naming another person, leaves a pointer to repair.
  // CROSS JOIN: from the merged records to their survivors, not through the district's every entry.
  const selectPointedTo = db.prepare<KeyParams, RecordRow>(`
    SELECT s.* FROM (SELECT DISTINCT survivor_id AS id FROM records WHERE type = @type AND survivor_id IS NOT NULL) p
    CROSS JOIN records s ON s.id = p.id
    WHERE s.type = @type AND s.district = @district`);
  // The district's entries other districts' review pairs name: their id may now be another person's too.
  const selectReviewed = db.prepare<KeyParams, RecordRow>(`
    SELECT s.* FROM (SELECT DISTINCT other_id AS id FROM review_pairs WHERE type = @type AND other_district = @district AND stale = 0) p
    CROSS JOIN records s ON s.id = p.id
    WHERE s.type = @type AND s.district = @district`);
  const deleteReviewPairs = db.prepare<KeyParams>('DELETE FROM review_pairs WHERE type = @type AND district = @district');
  const insertReviewPair = db.prepare<KeyParams & { id: string; other_id: string; other_district: string }>(
    'INSERT OR IGNORE INTO review_pairs (type, district, id, other_id, other_district) VALUES (@type, @district, @id, @other_id, @other_district)',
  );
  const selectReviewPairsNaming = db.prepare<KeyParams, { district: string; id: string; other_id: string }>(
    'SELECT district, id, other_id FROM review_pairs WHERE type = @type AND other_district = @district AND stale = 0 ORDER BY district, id, other_id',
  );
  const markReviewPairStale = db.prepare<KeyParams & { id: string; other_id: string }>(
    'UPDATE review_pairs SET stale = 1 WHERE type = @type AND district = @district AND id = @id AND other_id = @other_id',
  );
  const selectReviewPairListed = db.prepare<KeyParams & { id: string; other_id: string }, { found: number }>(
    'SELECT 1 AS found FROM review_pairs WHERE type = @type AND district = @district AND id = @id AND other_id = @other_id AND stale = 0',
  );
  const selectDangling = db.prepare<KeyParams, MemberRow>(`
    SELECT m.id, m.district, m.survivor_id FROM records m
    WHERE m.type = @type AND m.survivor_id IS NOT NULL AND m.district <> @district
      AND NOT EXISTS (SELECT 1 FROM records s WHERE s.id = m.survivor_id)
    ORDER BY m.id`);
  const selectMembersOf = db.prepare<KeyParams & { survivor: string }, MemberRow>(
    'SELECT id, district, survivor_id FROM records WHERE type = @type AND survivor_id = @survivor AND district <> @district',
  );
  const selectMemberEntries = db.prepare<KeyParams & { survivor: string }, RecordRow>(
    'SELECT * FROM records WHERE type = @type AND survivor_id = @survivor AND district <> @district ORDER BY id',
  );
  const setSurvivor = db.prepare<[string, string]>('UPDATE records SET survivor_id = ?, released = 0, repointed = 1 WHERE id = ?');
  const release = db.prepare<[string]>('UPDATE records SET survivor_id = NULL, released = 1 WHERE id = ?');
  const selectRecord = db.prepare<[string], RecordRow>('SELECT * FROM records WHERE id = ?');
  const selectSurvivor = db.prepare<[string], { survivor_id: string | null }>('SELECT survivor_id FROM records WHERE id = ?');
  const selectPointer = db.prepare<[string], { district: string; survivor_id: string | null; released: number }>(
    'SELECT district, survivor_id, released FROM records WHERE id = ?',
  );
  const selectStale = db.prepare<[string, string], { district: string; repointed: number; released: number; stale_review_pairs: number }>(`
    SELECT district, sum(repointed) AS repointed, sum(released) AS released, sum(stale_review_pairs) AS stale_review_pairs FROM (
      SELECT district, repointed, released, 0 AS stale_review_pairs FROM records WHERE type = ? AND (repointed = 1 OR released = 1)
      UNION ALL
      SELECT district, 0, 0, 1 FROM review_pairs WHERE type = ? AND stale = 1
    ) GROUP BY district ORDER BY district`);
  const selectCounts = db.prepare<[string], { district: string; n: number }>(
    'SELECT district, count(*) AS n FROM records WHERE type = ? GROUP BY district ORDER BY district',
  );
  const selectKeptIds = db.prepare<KeyParams, { id: string }>(
    'SELECT id FROM records WHERE type = @type AND district = @district AND survivor_id IS NULL AND released = 0',
  );
  const selectDistrictRun = db.prepare<KeyParams, { run_id: string; loaded_at: string }>(
    'SELECT run_id, loaded_at FROM district_runs WHERE type = @type AND district = @district',
  );

  /**
   * Where a member pointing to `pointer` (an earlier entry) goes when that
   * entry is gone (`isGone`): to the batch's record of the same person
   * (`movedTo`), else along the removed entries' own survivor pointers as they
   * were (`removedPointers`) to an entry still registered as it was; then to
   * the end of its survivor chain (emittedSurvivor). Null: nothing is left,
   * the member is released.
   */
  const repairTarget = (memberId: string, pointer: string, repair: RepairContext): string | null => {
    const seen = new Set<string>();
    let current: string | undefined = pointer;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      if (!repair.isGone(current)) return emittedSurvivor(current, memberId, repair);
      const moved = repair.movedTo(current);
      if (moved !== null) return emittedSurvivor(moved, memberId, repair);
      current = repair.removedPointers.get(current) ?? undefined;
    }
    return null;
  };

  /**
   * The end of the current record `id`'s survivor chain when a clean batch
   * emits it (neither merged away nor released) and it is not `memberId`;
   * null when it is not, or when another district's pointer on the way names
   * an entry that is gone (its own repair is being decided).
   */
  const emittedSurvivor = (id: string, memberId: string, repair: RepairContext): string | null => {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      if (seen.has(current)) return null;
      seen.add(current);
      const row = selectPointer.get(current);
      if (row === undefined) return null;
      if (row.survivor_id === null) return row.released === 1 || current === memberId ? null : current;
      // The re-run batch's own pointers are this run's decisions; another district's may be stale.
      if (row.district !== repair.district && repair.isGone(row.survivor_id)) return null;
      current = row.survivor_id;
    }
  };

  /**
   * Other districts' records merged into an entry that is gone (deleted, or its
   * id now another person's): repointed (repairTarget) or released.
   */
  const repairMembers = (type: RecordTypeName, district: string, repair: RepairContext, displaced: readonly string[]): RegistryRepair[] => {
    const members = new Map<string, MemberRow>();
    for (const member of selectDangling.all({ type, district })) members.set(member.id, member);
    for (const id of displaced) for (const member of selectMembersOf.all({ type, district, survivor: id })) members.set(member.id, member);
    // Decided first, written after: a member's target never depends on another member's repair.
    const decided = [...members.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((member) => ({ member, target: repairTarget(member.id, member.survivor_id, repair) }));
    const byDistrict = new Map<string, RegistryRepair>();
    for (const { member, target } of decided) {
      if (target === null) release.run(member.id);
      else setSurvivor.run(target, member.id);
      let counts = byDistrict.get(member.district);
      if (counts === undefined) byDistrict.set(member.district, (counts = { district: member.district, repointed: 0, released: 0 }));
      if (target === null) counts.released += 1;
      else counts.repointed += 1;
    }
    return [...byDistrict.values()].sort((a, b) => a.district.localeCompare(b.district));
  };

  /**
   * Other districts' review pairs naming an entry of the re-run district that is
   * gone (deleted, or its id now another person's): marked stale, counted per
   * district into `repairs`. Their review.jsonl lists them until they are re-run.
   */
  const markStaleReviewPairs = (type: RecordTypeName, district: string, repair: RepairContext, repairs: RegistryRepair[]): RegistryRepair[] => {
    const byDistrict = new Map(repairs.map((counts) => [counts.district, counts]));
    for (const row of selectReviewPairsNaming.all({ type, district })) {
      if (!repair.isGone(row.other_id)) continue;
      markReviewPairStale.run({ type, district: row.district, id: row.id, other_id: row.other_id });
      let counts = byDistrict.get(row.district);
      if (counts === undefined) byDistrict.set(row.district, (counts = { district: row.district, repointed: 0, released: 0 }));
      counts.staleReviewPairs = (counts.staleReviewPairs ?? 0) + 1;
    }
    return [...byDistrict.values()].sort((a, b) => a.district.localeCompare(b.district));
  };

  const replace = db.transaction((type: RecordTypeName, district: string, records: Iterable<RegistryInput>, run: RegistryRun, options: ReplaceOptions): ReplaceDistrictResult => {
    const removedPointers = new Map(selectMergedOf.all({ type, district }).map((row) => [row.id, row.survivor_id] as const));
    // Entries records were merged into, as they were: kept only when the re-run registers the same person under the id.
    // And the entries other districts' review pairs name: a pair naming an id now another person's is stale.
    const pointedTo = new Map([...selectPointedTo.all({ type, district }), ...selectReviewed.all({ type, district })].map((row) => [row.id, row] as const));
    const pointedToByValues = new Map<string, string[]>();
    for (const row of pointedTo.values()) pointedToByValues.set(row.comparison_values, [...(pointedToByValues.get(row.comparison_values) ?? []), row.id]);
    const samePerson = options.samePerson ?? identicalOnly;
    const kept = new Set<string>();
    /** Batch records with the comparison values of an entry pointed to, by those values: where that entry may have moved. */
    const sameValues = new Map<string, string[]>();
    // An entry re-delivered corrected under a new id (the book renamed, a row moved and a typo fixed) keeps no
    // values of its own: the batch records sharing one of its blocking keys are asked whether they are its person.
    const pointedByKey = new Map<string, string[]>();
    for (const row of pointedTo.values()) for (const key of JSON.parse(row.blocking_keys) as string[]) appendTo(pointedByKey, key, row.id);
    /** Batch records sharing a blocking key with an entry pointed to, by that entry's id. */
    const sharingKey = new Map<string, RegistryInput[]>();
    deleteKeys.run({ type, district });
    const removed = deleteRecords.run({ type, district }).changes;
    clearStaging.run();
    clearStagedKeys.run();
    let inserted = 0;
    for (const record of records) {
      if (record.type !== type || record.districtCode !== district) {
        throw new Error(`registry: record ${record.id} (${record.type}, ${record.districtCode}) given to replace ${type} of district ${district}`);
      }
      const blockingKeys = JSON.stringify(record.blockingKeys);
      const comparisonValues = JSON.stringify(record.values);
      const before = pointedTo.get(record.id);
      if (before !== undefined && (before.comparison_values === comparisonValues || samePerson(toEntry(before), record))) kept.add(record.id);
      if (pointedToByValues.has(comparisonValues)) appendTo(sameValues, comparisonValues, record.id);
      const near = new Set(record.blockingKeys.flatMap((key) => pointedByKey.get(key) ?? []));
      for (const id of near) appendTo(sharingKey, id, record);
      stageRecord.run({
        id: record.id,
        type,
        district,
        comparison_values: comparisonValues,
        blocking_keys: blockingKeys,
        registration_date: record.registrationDate,
        re_registration: record.reRegistration ? 1 : 0,
        completeness: record.completeness,
        survivor_id: record.survivorId,
        run_id: run.runId,
        loaded_at: run.loadedAt,
        source: record.source ? JSON.stringify({ file: record.source.file, sheet: record.source.sheet, row: record.source.row }) : null,
      });
      stageKeys.run(record.id, blockingKeys);
      inserted += 1;
    }
    try {
      loadRecords.run();
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        const clash = firstClash.get()?.id ?? '?';
        throw new Error(`registry: record id ${clash} is already registered (given twice, or under another district or type)`, { cause: error });
      }
      throw error;
    }
    loadKeys.run({ type, district });
    clearStaging.run();
    clearStagedKeys.run();
    upsertDistrictRun.run({ type, district, run_id: run.runId, loaded_at: run.loadedAt });
    deleteReviewPairs.run({ type, district });
    for (const pair of options.reviewPairs ?? []) insertReviewPair.run({ type, district, id: pair.id, other_id: pair.otherId, other_district: pair.otherDistrict });
    // An id registered again for another person: its entry is gone as surely as a deleted one.
    const displaced = [...pointedTo.keys()].filter((id) => !kept.has(id) && selectSurvivor.get(id) !== undefined).sort();
    const displacedSet = new Set(displaced);
    // An entry still the same person that the re-run merged away (the book's row fixed, its retyped copy merged into it
    // now): no clean batch emits it, so the records merged into it follow its survivor chain.
    const mergedAway = [...kept].filter((id) => !displacedSet.has(id) && (selectSurvivor.get(id)?.survivor_id ?? null) !== null).sort();
    const repair: RepairContext = {
      district,
      removedPointers,
      isGone: (id) => displacedSet.has(id) || selectSurvivor.get(id) === undefined,
      movedTo: (id) => {
        const before = pointedTo.get(id);
        if (before === undefined) return null;
        const identical = sameValues.get(before.comparison_values) ?? [];
        // Only when no record has its values: then the batch records the caller says are its person (samePerson).
        const candidates = identical.length > 0 ? identical : (sharingKey.get(id) ?? []).filter((record) => samePerson(toEntry(before), record)).map((record) => record.id);
        // One record of the batch, or several that are one person (merged into one survivor); more is ambiguous.
        const survivors = new Set(candidates.map((candidate) => emittedSurvivor(candidate, '', repair)));
        const [only] = survivors;
        return survivors.size === 1 && only !== undefined ? only : null;
      },
    };
    return { removed, inserted, repaired: markStaleReviewPairs(type, district, repair, repairMembers(type, district, repair, [...displaced, ...mergedAway])) };
  });

  return {
    findCandidates(type, blockingKeys, { excludeDistrict, survivorsOnly = false }) {
      if (blockingKeys.length === 0) return [];
      return selectCandidates.all({ type, keys: JSON.stringify(blockingKeys), exclude: excludeDistrict, survivorsOnly: survivorsOnly ? 1 : 0 }).map((row) => toEntry(row));
    },

    replaceDistrict(type, districtCode, records, run, options = {}) {
      // IMMEDIATE: take the write lock before reading, so a concurrent writer
      // makes this wait (busy timeout) instead of failing on lock upgrade.
      return replace.immediate(type, districtCode, records, run, options);
    },

    reviewPairsListedElsewhere(type, district, pairs) {
      const listed = new Set<string>();
      for (const pair of pairs) {
        if (pair.otherDistrict === district) continue;
        // Listed by the other district's batch as its own record `otherId` against this one's `id`.
        if (selectReviewPairListed.get({ type, district: pair.otherDistrict, id: pair.otherId, other_id: pair.id }) !== undefined) listed.add(`${pair.id}|${pair.otherId}`);
      }
      return listed;
    },

    membersElsewhere(type, district, survivorId) {
      return selectMemberEntries.all({ type, district, survivor: survivorId }).map((row) => toEntry(row));
    },

    get(id) {
      const row = selectRecord.get(id);
      return row === undefined ? undefined : toEntry(row, true);
    },

    survivorOf(id) {
      let pointer = selectSurvivor.get(id);
      if (pointer === undefined) return undefined;
      let survivor = id;
      const seen = new Set([id]);
      // A cycle would be a dedup bug; stop at the first repeat rather than spin.
      while (pointer !== undefined && pointer.survivor_id !== null && !seen.has(pointer.survivor_id)) {
        survivor = pointer.survivor_id;
        seen.add(survivor);
        pointer = selectSurvivor.get(survivor);
      }
      return survivor;
    },

    staleOutputs(type) {
      return selectStale.all(type, type).map((row) => ({ district: row.district, repointed: row.repointed, released: row.released, staleReviewPairs: row.stale_review_pairs }));
    },

    countByDistrict(type) {
      return Object.fromEntries(selectCounts.all(type).map((row) => [row.district, row.n]));
    },

    keptIds(type, districtCode) {
      return new Set(selectKeptIds.all({ type, district: districtCode }).map((row) => row.id));
    },

    districtRun(type, districtCode) {
      const row = selectDistrictRun.get({ type, district: districtCode });
      return row === undefined ? undefined : { runId: row.run_id, loadedAt: row.loaded_at };
    },

    close() {
      db.close();
    },
  };
}

/** Adds `value` to the list of `key`, made when first needed. */
function appendTo<V>(lists: Map<string, V[]>, key: string, value: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
