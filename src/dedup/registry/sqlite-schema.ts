import type Database from 'better-sqlite3';
import { blockingKeysFor, type BlockingRule } from '../dedup-spec.js';
import { birthDedupSpec } from '../specs/birth.js';
import { deathDedupSpec } from '../specs/death.js';
import { marriageDedupSpec } from '../specs/marriage.js';
import { yAsI } from '../../normalize/codes/match-key.js';

/** Version of the schema this code writes; `schema_version` holds the file's. */
export const SCHEMA_VERSION = 7;

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

/**
 * Version 3: `released` marks a record a replacement of another district left
 * nothing to be merged into: a survivor in the registry, merged away in its
 * own district's last batch, so never a candidate until that district is
 * re-run. (Records released by an older hotich are not known as such.)
 */
const V2_TO_V3 = `
ALTER TABLE records ADD COLUMN released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1));
`;

/**
 * Version 4: the review pairs a district's batch lists that name another
 * district's record (loaded before), so that the other district's re-run lists
 * the pair once — not again from its side — and marks the pair `stale` when the
 * id it names is gone or another person's. (Pairs listed by an older hotich are
 * not known: the district lists them again until it is re-run.) `repointed`
 * marks a record a replacement of another district pointed to another survivor:
 * its own district's duplicates.jsonl names the old one until it is re-run.
 */
const V3_TO_V4 = `
ALTER TABLE records ADD COLUMN repointed INTEGER NOT NULL DEFAULT 0 CHECK (repointed IN (0, 1));
CREATE TABLE review_pairs (
  type           TEXT NOT NULL,
  district       TEXT NOT NULL,
  id             TEXT NOT NULL,
  other_id       TEXT NOT NULL,
  other_district TEXT NOT NULL,
  stale          INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
  PRIMARY KEY (type, district, id, other_id)
) WITHOUT ROWID;
CREATE INDEX review_pairs_by_other ON review_pairs (type, other_district, other_id);
`;

/**
 * Version 5: `source`, where the record was typed ({file, sheet, row} as JSON),
 * so that the officers' workbook of a later batch merging or reviewing a row
 * against it names the row to open. Null for records loaded by an older
 * hotich until their district is re-run.
 */
const V4_TO_V5 = `
ALTER TABLE records ADD COLUMN source TEXT;
`;

/** Name comparison values ('deceased.given', 'child.family.folded', 'mother.given' …). */
const NAME_VALUE = /\.(?:given|family|middle)(?:\.folded)?$/;
/** A JSON string value ending in a syllable of consonants and y: the only records version 6 rewrites (a cheap test before parsing). */
const MAY_END_IN_Y = /(?:^|[" ])(?:[bcdđghklmnprstvx]+|qu)[yýỳỷỹỵ][" ]/;
const RULES_BY_TYPE: Readonly<Record<string, readonly BlockingRule[]>> = {
  birth: birthDedupSpec.blockingRules,
  death: deathDedupSpec.blockingRules,
  marriage: marriageDedupSpec.blockingRules,
};

/**
 * Version 6: name comparison values write a syllable's final y after consonants as i
 * (name-key-memo.ts yAsI: Sỹ = Sĩ, Lý = Lí), so a late registration spelling the name
 * the other way meets the record loaded before. The records loaded by an older hotich
 * whose names end so get their values and blocking keys recomputed in place; no other
 * record changes.
 */
function v5ToV6(db: Database.Database): void {
  type Row = { id: string; type: string; district: string; comparison_values: string };
  const select = db.prepare<[], Row>('SELECT id, type, district, comparison_values FROM records');
  // Read first, written after: a statement cannot write while another iterates. Few records change.
  const changed: { row: Row; values: Record<string, string | null> }[] = [];
  for (const row of select.iterate()) {
    if (RULES_BY_TYPE[row.type] === undefined || !MAY_END_IN_Y.test(row.comparison_values)) continue;
    const values = JSON.parse(row.comparison_values) as Record<string, string | null>;
    let rewrote = false;
    for (const [field, value] of Object.entries(values)) {
      if (typeof value !== 'string' || !NAME_VALUE.test(field)) continue;
      const rewritten = yAsI(value);
      if (rewritten !== value) {
        values[field] = rewritten;
        rewrote = true;
      }
    }
    if (rewrote) changed.push({ row, values });
  }
  const updateRecord = db.prepare('UPDATE records SET comparison_values = ?, blocking_keys = ? WHERE id = ?');
  const deleteKeys = db.prepare('DELETE FROM blocking_keys WHERE type = ? AND district = ? AND id = ?');
  const insertKey = db.prepare('INSERT OR IGNORE INTO blocking_keys (type, key, district, id) VALUES (?, ?, ?, ?)');
  for (const { row, values } of changed) {
    const keys = blockingKeysFor(RULES_BY_TYPE[row.type]!, values);
    updateRecord.run(JSON.stringify(values), JSON.stringify(keys), row.id);
    deleteKeys.run(row.type, row.district, row.id);
    for (const key of keys) insertKey.run(row.type, key, row.district, row.id);
  }
}

/**
 * Version 7: births get a blocking rule on the child's name as spelt and both parents' names, whatever the
 * date ('name+parents', specs/birth.ts), so that a re-registration whose birth date slipped a key meets the
 * entry loaded before. The births loaded by an older hotich get their keys recomputed from the values they
 * were stored with: the keys of the rules they had are unchanged, the new rule's are added.
 */
function v6ToV7(db: Database.Database): void {
  type Row = { rowid: number; id: string; district: string; comparison_values: string; blocking_keys: string };
  // A page at a time, by rowid: a province's registry holds millions of births, and a statement cannot write while
  // another iterates; memory stays that of one page.
  const page = db.prepare<[number], Row>(
    "SELECT rowid, id, district, comparison_values, blocking_keys FROM records WHERE type = 'birth' AND rowid > ? ORDER BY rowid LIMIT 5000",
  );
  const updateRecord = db.prepare('UPDATE records SET blocking_keys = ? WHERE rowid = ?');
  const insertKey = db.prepare("INSERT OR IGNORE INTO blocking_keys (type, key, district, id) VALUES ('birth', ?, ?, ?)");
  for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1]!.rowid)) {
    for (const row of rows) {
      const keys = blockingKeysFor(RULES_BY_TYPE.birth!, JSON.parse(row.comparison_values) as Record<string, string | null>);
      const stored = JSON.stringify(keys);
      if (stored === row.blocking_keys) continue;
      updateRecord.run(stored, row.rowid);
      for (const key of keys) insertKey.run(key, row.district, row.id);
    }
  }
}

/** Each step from the version before it, in order: SQL, or a function for a step that recomputes values. */
const MIGRATIONS: readonly { to: number; sql?: string; run?: (db: Database.Database) => void }[] = [
  { to: 2, sql: V1_TO_V2 },
  { to: 3, sql: V2_TO_V3 },
  { to: 4, sql: V3_TO_V4 },
  { to: 5, sql: V4_TO_V5 },
  { to: 6, run: v5ToV6 },
  { to: 7, run: v6ToV7 },
];

function migrate(db: Database.Database, step: (typeof MIGRATIONS)[number]): void {
  if (step.sql !== undefined) db.exec(step.sql);
  step.run?.(db);
}

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
      for (const step of MIGRATIONS) migrate(db, step);
      db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
      return;
    }
    if (version > SCHEMA_VERSION || version < 1) {
      throw new Error(`registry ${db.name}: schema version ${version}, this hotich reads version ${SCHEMA_VERSION}`);
    }
    // Migrations from older versions, one step at a time.
    for (const step of MIGRATIONS) if (step.to > version) migrate(db, step);
    db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION);
  }).immediate();
}
