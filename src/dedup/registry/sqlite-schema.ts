import type Database from 'better-sqlite3';

/** Version of the schema this code writes; `schema_version` holds the file's. */
export const SCHEMA_VERSION = 2;

/**
 * Version 1. `blocking_keys` repeats the district so that a lookup skips the
 * current district's earlier entries inside the index, without visiting
 * them: on a re-run they share nearly every key with the new batch.
 * `records.blocking_keys` keeps the keys in their order for reading back.
 */
const SCHEMA_V1 = `
CREATE TABLE records (
  id                TEXT PRIMARY KEY,
  type              TEXT NOT NULL,
  district          TEXT NOT NULL,
  comparison_values TEXT NOT NULL,
  blocking_keys     TEXT NOT NULL,
  registration_date TEXT,
  re_registration   INTEGER NOT NULL CHECK (re_registration IN (0, 1)),
  completeness      INTEGER NOT NULL,
  survivor_id       TEXT,
  run_id            TEXT NOT NULL,
  loaded_at         TEXT NOT NULL
);
CREATE INDEX records_by_district ON records (type, district);

CREATE TABLE blocking_keys (
  type     TEXT NOT NULL,
  key      TEXT NOT NULL,
  district TEXT NOT NULL,
  id       TEXT NOT NULL,
  PRIMARY KEY (type, key, district, id)
) WITHOUT ROWID;
CREATE INDEX blocking_keys_by_district ON blocking_keys (type, district);

CREATE TABLE district_runs (
  type      TEXT NOT NULL,
  district  TEXT NOT NULL,
  run_id    TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  PRIMARY KEY (type, district)
) WITHOUT ROWID;
`;

/**
 * Version 2: the records merged into another, by type. After a district's
 * entries are replaced, the other districts' records that pointed to one the
 * replacement removed are found through it (a few per cent of the records)
 * instead of a scan of the type.
 */
const V1_TO_V2 = `
CREATE INDEX records_merged ON records (type, survivor_id) WHERE survivor_id IS NOT NULL;
`;

function readVersion(db: Database.Database): number | undefined {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).get();
  if (table === undefined) return undefined;
  const version = db.prepare<[], number>('SELECT version FROM schema_version').pluck().get();
  return version;
}

/**
 * Creates the schema in a new file, or checks an existing file's version.
 * Throws (a configuration error) for a file written by a newer hotich.
 * Creation takes the write lock first, so two processes opening a new file
 * at once create it once.
 */
export function ensureSchema(db: Database.Database): void {
  if (readVersion(db) === SCHEMA_VERSION) return;
  db.transaction(() => {
    const version = readVersion(db);
    if (version === undefined) {
      db.exec(SCHEMA_V1);
      db.exec(V1_TO_V2);
      db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
      return;
    }
    // Migrations from older versions, one step at a time.
    if (version === 1) {
      db.exec(V1_TO_V2);
      db.prepare('UPDATE schema_version SET version = ?').run(2);
      return;
    }
    if (version !== SCHEMA_VERSION) {
      throw new Error(`registry ${db.name}: schema version ${version}, this hotich reads version ${SCHEMA_VERSION}`);
    }
  }).immediate();
}
