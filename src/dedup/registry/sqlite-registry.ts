import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../../record-types/record-type.js';
import type { RegistryEntry, RegistryInput, RegistryRepair, RegistryRun, RegistryStore, ReplaceDistrictResult } from './registry-store.js';
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
}

type KeyParams = { type: string; district: string };

/** Connection-private staging tables (TEMP: never in the registry file). */
const STAGING_TABLES = `
CREATE TEMP TABLE IF NOT EXISTS staged_records (
  id TEXT, type TEXT, district TEXT, comparison_values TEXT, blocking_keys TEXT, registration_date TEXT,
  re_registration INTEGER, completeness INTEGER, survivor_id TEXT, run_id TEXT, loaded_at TEXT
);
CREATE TEMP TABLE IF NOT EXISTS staged_keys (key TEXT, id TEXT);
`;

function isRecordTypeName(value: string): value is RecordTypeName {
  return RECORD_TYPE_NAMES.some((name) => name === value);
}

function toEntry(row: RecordRow): RegistryEntry {
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
    runId: row.run_id,
    loadedAt: row.loaded_at,
  };
}

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
    ) AND (@survivorsOnly = 0 OR r.survivor_id IS NULL)
    ORDER BY r.id`);
  const deleteKeys = db.prepare<KeyParams>('DELETE FROM blocking_keys WHERE type = @type AND district = @district');
  const deleteRecords = db.prepare<KeyParams>('DELETE FROM records WHERE type = @type AND district = @district');
  // A district is loaded in two steps: appended to the staging tables in the
  // order it comes, then copied into the indexed tables in key order. Keys
  // arrive in random order (hashes, names); inserting them straight into the
  // B-trees touched a random page per key — about 50 µs a record at 100k.
  const clearStaging = db.prepare('DELETE FROM staged_records');
  const clearStagedKeys = db.prepare('DELETE FROM staged_keys');
  const stageRecord = db.prepare<RecordRow>(`
    INSERT INTO staged_records (id, type, district, comparison_values, blocking_keys, registration_date,
                                re_registration, completeness, survivor_id, run_id, loaded_at)
    VALUES (@id, @type, @district, @comparison_values, @blocking_keys, @registration_date,
            @re_registration, @completeness, @survivor_id, @run_id, @loaded_at)`);
  // The record's keys are already serialized for records.blocking_keys: one statement stages them all.
  const stageKeys = db.prepare<[string, string]>('INSERT INTO staged_keys (key, id) SELECT value, ? FROM json_each(?)');
  const loadRecords = db.prepare('INSERT INTO records SELECT * FROM staged_records ORDER BY id');
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
  const selectDangling = db.prepare<KeyParams, { id: string; district: string; survivor_id: string }>(`
    SELECT m.id, m.district, m.survivor_id FROM records m
    WHERE m.type = @type AND m.survivor_id IS NOT NULL AND m.district <> @district
      AND NOT EXISTS (SELECT 1 FROM records s WHERE s.id = m.survivor_id)
    ORDER BY m.id`);
  const setSurvivor = db.prepare<[string | null, string]>('UPDATE records SET survivor_id = ? WHERE id = ?');
  const selectRecord = db.prepare<[string], RecordRow>('SELECT * FROM records WHERE id = ?');
  const selectSurvivor = db.prepare<[string], { survivor_id: string | null }>('SELECT survivor_id FROM records WHERE id = ?');
  const selectCounts = db.prepare<[string], { district: string; n: number }>(
    'SELECT district, count(*) AS n FROM records WHERE type = ? GROUP BY district ORDER BY district',
  );
  const selectDistrictRun = db.prepare<KeyParams, { run_id: string; loaded_at: string }>(
    'SELECT run_id, loaded_at FROM district_runs WHERE type = @type AND district = @district',
  );

  /**
   * Other districts' records merged into an entry that is no longer registered:
   * pointed along the removed entries' own survivor pointers (`removedPointers`,
   * as they were) to one still registered, or made survivors again.
   */
  const repairDangling = (type: RecordTypeName, district: string, removedPointers: ReadonlyMap<string, string>): RegistryRepair[] => {
    const byDistrict = new Map<string, RegistryRepair>();
    for (const member of selectDangling.all({ type, district })) {
      let target: string | null = member.survivor_id;
      const seen = new Set<string>();
      while (target !== null && selectSurvivor.get(target) === undefined) {
        seen.add(target);
        const next: string | undefined = removedPointers.get(target);
        target = next === undefined || seen.has(next) ? null : next;
      }
      // Never a record its own survivor (the old pointers could lead back to it).
      if (target === member.id) target = null;
      setSurvivor.run(target, member.id);
      let repair = byDistrict.get(member.district);
      if (repair === undefined) byDistrict.set(member.district, (repair = { district: member.district, repointed: 0, released: 0 }));
      if (target === null) repair.released += 1;
      else repair.repointed += 1;
    }
    return [...byDistrict.values()].sort((a, b) => a.district.localeCompare(b.district));
  };

  const replace = db.transaction((type: RecordTypeName, district: string, records: Iterable<RegistryInput>, run: RegistryRun): ReplaceDistrictResult => {
    const removedPointers = new Map(selectMergedOf.all({ type, district }).map((row) => [row.id, row.survivor_id] as const));
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
      stageRecord.run({
        id: record.id,
        type,
        district,
        comparison_values: JSON.stringify(record.values),
        blocking_keys: blockingKeys,
        registration_date: record.registrationDate,
        re_registration: record.reRegistration ? 1 : 0,
        completeness: record.completeness,
        survivor_id: record.survivorId,
        run_id: run.runId,
        loaded_at: run.loadedAt,
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
    return { removed, inserted, repaired: repairDangling(type, district, removedPointers) };
  });

  return {
    findCandidates(type, blockingKeys, { excludeDistrict, survivorsOnly = false }) {
      if (blockingKeys.length === 0) return [];
      return selectCandidates.all({ type, keys: JSON.stringify(blockingKeys), exclude: excludeDistrict, survivorsOnly: survivorsOnly ? 1 : 0 }).map(toEntry);
    },

    replaceDistrict(type, districtCode, records, run) {
      // IMMEDIATE: take the write lock before reading, so a concurrent writer
      // makes this wait (busy timeout) instead of failing on lock upgrade.
      return replace.immediate(type, districtCode, records, run);
    },

    get(id) {
      const row = selectRecord.get(id);
      return row === undefined ? undefined : toEntry(row);
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

    countByDistrict(type) {
      return Object.fromEntries(selectCounts.all(type).map((row) => [row.district, row.n]));
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
