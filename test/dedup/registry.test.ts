import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryInput, RegistryStore } from '../../src/dedup/registry/registry-store.js';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';
import { SCHEMA_VERSION } from '../../src/dedup/registry/sqlite-schema.js';

const run1 = { runId: 'run-1', loadedAt: '2025-03-01T08:00:00.000Z' };
const run2 = { runId: 'run-2', loadedAt: '2025-03-02T08:00:00.000Z' };

function birth(id: string, districtCode: string, blockingKeys: string[], more: Partial<RegistryInput> = {}): RegistryInput {
  return {
    id,
    type: 'birth',
    districtCode,
    values: { givenName: 'Hùng', familyName: 'Nguyễn', birthDate: '2015-03-02', motherName: null },
    blockingKeys,
    registrationDate: '2015-03-10',
    reRegistration: false,
    completeness: 12,
    survivorId: null,
    ...more,
  };
}

const opened: RegistryStore[] = [];
function open(path: string): RegistryStore {
  const registry = openSqliteRegistry(path);
  opened.push(registry);
  return registry;
}
function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'hotich-registry-')), 'nested', 'out', 'registry.sqlite');
}
afterEach(() => {
  for (const registry of opened.splice(0)) registry.close();
});

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id);

describe('sqlite registry', () => {
  it('creates its folder, the schema with its version, in WAL mode', () => {
    const path = tempPath();
    open(path).close();
    opened.pop();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT version FROM schema_version').pluck().all()).toEqual([SCHEMA_VERSION]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
      expect(tables).toEqual(['blocking_keys', 'district_runs', 'records', 'review_pairs', 'schema_version']);
    } finally {
      db.close();
    }
  });

  it('refuses a file written by a newer schema version', () => {
    const path = tempPath();
    open(path).close();
    opened.pop();
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
    db.close();
    expect(() => openSqliteRegistry(path)).toThrow(`schema version ${SCHEMA_VERSION + 1}`);
  });

  it('finds records of another district sharing a blocking key, each once, and only of the asked type', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [
      birth('birth-b', '249', ['given+year:hung|2015', 'family+given+mother:nguyen|hung|lan']),
      birth('birth-a', '249', ['given+year:hung|2015', 'book:09000|01/2015|7']),
      birth('birth-c', '249', ['given+year:hung|2016']),
    ], run1);
    registry.replaceDistrict('death', '249', [{ ...birth('death-a', '249', ['given+year:hung|2015']), type: 'death' }], run1);

    // birth-b shares two keys with the query: listed once; ordered by id.
    const found = registry.findCandidates('birth', ['given+year:hung|2015', 'family+given+mother:nguyen|hung|lan', 'book:nothing'], { excludeDistrict: '251' });
    expect(ids(found)).toEqual(['birth-a', 'birth-b']);
    expect(found.every((record) => record.type === 'birth' && record.districtCode === '249')).toBe(true);
    expect(ids(registry.findCandidates('birth', ['given+year:hung|2016'], { excludeDistrict: '251' }))).toEqual(['birth-c']);
    expect(registry.findCandidates('birth', ['given+year:hung|2017'], { excludeDistrict: '251' })).toEqual([]);
    expect(registry.findCandidates('birth', [], { excludeDistrict: '251' })).toEqual([]);
    expect(ids(registry.findCandidates('death', ['given+year:hung|2015'], { excludeDistrict: '251' }))).toEqual(['death-a']);
  });

  it('leaves out records merged into another when asked for survivors only', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-kept', '249', ['k:shared']), { ...birth('birth-merged', '249', ['k:shared']), survivorId: 'birth-kept' }], run1);
    expect(ids(registry.findCandidates('birth', ['k:shared'], { excludeDistrict: '251' }))).toEqual(['birth-kept', 'birth-merged']);
    expect(ids(registry.findCandidates('birth', ['k:shared'], { excludeDistrict: '251', survivorsOnly: true }))).toEqual(['birth-kept']);
  });

  it("never returns the excluded district's own earlier entries", () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-249', '249', ['k:shared'])], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-251', '251', ['k:shared'])], run1);
    expect(ids(registry.findCandidates('birth', ['k:shared'], { excludeDistrict: '249' }))).toEqual(['birth-251']);
    expect(ids(registry.findCandidates('birth', ['k:shared'], { excludeDistrict: '251' }))).toEqual(['birth-249']);
    expect(ids(registry.findCandidates('birth', ['k:shared'], { excludeDistrict: '243' }))).toEqual(['birth-249', 'birth-251']);
  });

  it("replaces a district's earlier entries and leaves the other districts alone", () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-1', '249', ['k:one']), birth('birth-2', '249', ['k:two'])], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-9', '251', ['k:one'])], run1);

    const result = registry.replaceDistrict('birth', '249', [birth('birth-2', '249', ['k:two-fixed']), birth('birth-3', '249', ['k:three'])], run2);
    expect(result).toEqual({ removed: 2, inserted: 2, repaired: [] });
    expect(registry.countByDistrict('birth')).toEqual({ '249': 2, '251': 1 });
    expect(registry.get('birth-1')).toBeUndefined();
    // The keys of replaced entries went with them.
    expect(ids(registry.findCandidates('birth', ['k:one', 'k:two'], { excludeDistrict: '243' }))).toEqual(['birth-9']);
    expect(ids(registry.findCandidates('birth', ['k:two-fixed'], { excludeDistrict: '243' }))).toEqual(['birth-2']);
    expect(registry.get('birth-2')?.runId).toBe('run-2');
    expect(registry.districtRun('birth', '249')).toEqual(run2);
    expect(registry.districtRun('birth', '251')).toEqual(run1);

    // A re-run that loads nothing still records the run and empties the district.
    expect(registry.replaceDistrict('birth', '249', [], { runId: 'run-3', loadedAt: run2.loadedAt })).toEqual({ removed: 2, inserted: 0, repaired: [] });
    expect(registry.countByDistrict('birth')).toEqual({ '251': 1 });
    expect(registry.districtRun('birth', '249')?.runId).toBe('run-3');
  });

  it('keeps the earlier entries when the records fail in the middle of a replacement', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-1', '249', ['k:one']), birth('birth-2', '249', ['k:two'])], run1);
    let yielded = 0;
    function* failing(): Generator<RegistryInput> {
      yield birth('birth-3', '249', ['k:three']);
      yielded += 1;
      yield birth('birth-4', '249', ['k:four']);
      yielded += 1;
      throw new Error('spool read failed');
    }
    expect(() => registry.replaceDistrict('birth', '249', failing(), run2)).toThrow('spool read failed');
    expect(yielded).toBe(2);
    expect(registry.countByDistrict('birth')).toEqual({ '249': 2 });
    expect(ids(registry.findCandidates('birth', ['k:one', 'k:two', 'k:three', 'k:four'], { excludeDistrict: '251' }))).toEqual(['birth-1', 'birth-2']);
    expect(registry.get('birth-3')).toBeUndefined();
    expect(registry.districtRun('birth', '249')).toEqual(run1);
  });

  it('rolls back on a record of another district, or an id registered elsewhere', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-1', '249', ['k:one'])], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-9', '251', ['k:nine'])], run1);
    expect(() => registry.replaceDistrict('birth', '249', [birth('birth-2', '249', ['k:two']), birth('birth-x', '251', [])], run2)).toThrow(
      'given to replace birth of district 249',
    );
    expect(() => registry.replaceDistrict('birth', '249', [birth('birth-2', '249', ['k:two']), birth('birth-9', '249', [])], run2)).toThrow(
      'record id birth-9 is already registered',
    );
    expect(registry.countByDistrict('birth')).toEqual({ '249': 1, '251': 1 });
    expect(registry.get('birth-1')?.runId).toBe('run-1');
    expect(registry.get('birth-9')?.districtCode).toBe('251');
  });

  it('reads every field back after the file is closed and opened again', () => {
    const path = tempPath();
    const records = [
      birth('birth-1', '249', ['given+year:hung|2015', 'given+year:hung|2015'], { survivorId: null }),
      birth('birth-2', '249', ['given+year:hung|2015'], {
        values: { givenName: 'Hưng', familyName: null, birthDate: '2015-02-03' },
        registrationDate: null,
        reRegistration: true,
        completeness: 7,
        survivorId: 'birth-1',
      }),
    ];
    const first = open(path);
    first.replaceDistrict('birth', '249', records, run1);
    first.close();
    opened.pop();

    const again = open(path);
    expect(again.get('birth-2')).toEqual({ ...records[1], runId: 'run-1', loadedAt: run1.loadedAt });
    expect(again.get('birth-1')).toEqual({ ...records[0], runId: 'run-1', loadedAt: run1.loadedAt });
    expect(again.countByDistrict('birth')).toEqual({ '249': 2 });
    expect(again.districtRun('birth', '249')).toEqual(run1);
    expect(ids(again.findCandidates('birth', ['given+year:hung|2015'], { excludeDistrict: '251' }))).toEqual(['birth-1', 'birth-2']);
  });

  it('follows survivors across districts', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', []), birth('birth-a2', '249', [], { survivorId: 'birth-a1' })], run1);
    const loaded = registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', [], { survivorId: 'birth-a2' })], run1);
    expect(loaded.repaired).toEqual([]);
    expect(registry.survivorOf('birth-a1')).toBe('birth-a1');
    expect(registry.survivorOf('birth-a2')).toBe('birth-a1');
    expect(registry.survivorOf('birth-b1')).toBe('birth-a1');
    expect(registry.survivorOf('birth-unknown')).toBeUndefined();
  });

  it('points a record of another district to the survivor of the entry a re-run removed', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k']), birth('birth-a2', '249', ['k'], { survivorId: 'birth-a1' })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a2' })], run1);
    // The officer deleted the copied row a2 from 249's book; 249 is re-run.
    const replaced = registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'])], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 1, released: 0 }]);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a1');
    expect(registry.survivorOf('birth-b1')).toBe('birth-a1');
  });

  it('releases a record when nothing it was merged into is left; merged away in its own batch, it absorbs no new record', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k']), birth('birth-a2', '249', ['k'], { survivorId: 'birth-a1' })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a2' }), birth('birth-b2', '251', ['k'], { survivorId: 'birth-a1' })], run1);
    registry.replaceDistrict('birth', '252', [birth('birth-c1', '252', ['k'], { survivorId: 'birth-b1' })], run1);
    expect(ids(registry.findCandidates('birth', ['k'], { excludeDistrict: '246', survivorsOnly: true }))).toEqual(['birth-a1']);

    const lan = { givenName: 'Lan', familyName: 'Nguyễn', birthDate: '2016-05-02', motherName: null };
    const replaced = registry.replaceDistrict('birth', '249', [birth('birth-a9', '249', ['other'], { values: lan })], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 0, released: 2 }]);
    expect(registry.get('birth-b1')?.survivorId).toBeNull();
    expect(registry.get('birth-b2')?.survivorId).toBeNull();
    // c1 still points to b1, which is registered: nothing to repair there.
    expect(registry.survivorOf('birth-c1')).toBe('birth-b1');
    expect(registry.get('birth-b1')?.released).toBe(true);
    // 251's batch has b1 and b2 merged away: a new record merged into them would be in no clean batch.
    expect(ids(registry.findCandidates('birth', ['k'], { excludeDistrict: '246', survivorsOnly: true }))).toEqual([]);
    expect(ids(registry.findCandidates('birth', ['k'], { excludeDistrict: '246' }))).toEqual(['birth-b1', 'birth-b2', 'birth-c1']);
    // Re-running 251 registers them afresh: survivors, not released.
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k']), birth('birth-b2', '251', ['k'])], run2);
    expect(registry.get('birth-b1')?.released).toBeUndefined();
    expect(ids(registry.findCandidates('birth', ['k'], { excludeDistrict: '246', survivorsOnly: true }))).toEqual(['birth-b1', 'birth-b2']);
  });

  describe('sqlite registry: where a record was typed', () => {
  it("keeps each record's source row and run, for the officers' workbook of a later district (get), not for candidates", () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { source: { file: 'thien-ke/KS 2008 Thien Ke.xlsx', sheet: 'KS', row: 8 } })], run1);
    expect(registry.get('birth-a1')).toMatchObject({ runId: 'run-1', source: { file: 'thien-ke/KS 2008 Thien Ke.xlsx', sheet: 'KS', row: 8 } });
    // Candidates are many: they carry no source row.
    expect(registry.findCandidates('birth', ['k'], { excludeDistrict: '251' })[0]).not.toHaveProperty('source');
  });

  it('upgrades a version 4 file: its records have no source row until their district is re-run', () => {
    const path = tempPath();
    const first = open(path);
    first.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'])], run1);
    first.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' })], run1, { reviewPairs: [{ id: 'birth-b1', otherId: 'birth-a1', otherDistrict: '249' }] });
    first.close();
    opened.pop();
    const db = new Database(path);
    db.exec('ALTER TABLE records DROP COLUMN source');
    db.prepare('UPDATE schema_version SET version = 4').run();
    db.close();

    const registry = open(path);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a1');
    expect(registry.get('birth-a1')).not.toHaveProperty('source');
    expect(registry.reviewPairsListedElsewhere('birth', '249', [{ id: 'birth-a1', otherId: 'birth-b1', otherDistrict: '251' }]).size).toBe(1);
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { source: { file: 'KS 2008.xlsx', sheet: 'KS', row: 8 } })], run2);
    expect(registry.get('birth-a1')?.source).toEqual({ file: 'KS 2008.xlsx', sheet: 'KS', row: 8 });
  });
});

const hung = { givenName: 'Hùng', familyName: 'Nguyễn', birthDate: '2015-03-02', motherName: null };
  const lan = { givenName: 'Lan', familyName: 'Trần', birthDate: '2015-07-19', motherName: 'Hoa' };

  it('follows an entry that moved: its id now names another person, its values are under a new id', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung }), birth('birth-a2', '249', ['l'], { values: lan })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' }), birth('birth-b2', '251', ['l'], { survivorId: 'birth-a2', values: lan })], run1);
    // A row inserted on top of 249's book: every id moves one entry down (a2 is Hùng's now, Lan's is a3).
    const replaced = registry.replaceDistrict('birth', '249', [
      birth('birth-a1', '249', ['m'], { values: { ...lan, givenName: 'Mai' } }),
      birth('birth-a2', '249', ['k'], { values: hung }),
      birth('birth-a3', '249', ['l'], { values: lan }),
    ], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 2, released: 0 }]);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a2');
    expect(registry.get('birth-b2')?.survivorId).toBe('birth-a3');
  });

  it('releases a record whose survivor id now names another person and whose values are nowhere in the batch', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' })], run1);
    const replaced = registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['l'], { values: lan })], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 0, released: 1 }]);
    expect(registry.get('birth-b1')).toMatchObject({ survivorId: null, released: true });
  });

  it('releases rather than guess when two records of the batch, not merged, have the values of the gone entry', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' }), birth('birth-b2', '251', ['k'], { survivorId: 'birth-a1' })], run1);
    const twice = [birth('birth-a5', '249', ['k'], { values: hung }), birth('birth-a6', '249', ['k'], { values: hung })];
    expect(registry.replaceDistrict('birth', '249', twice, run2).repaired).toEqual([{ district: '251', repointed: 0, released: 2 }]);
    // One of them merged into the other: one person, so the pointer follows to the survivor.
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a5' })], run2);
    const merged = [birth('birth-a7', '249', ['k'], { values: hung }), birth('birth-a8', '249', ['k'], { values: hung, survivorId: 'birth-a7' })];
    expect(registry.replaceDistrict('birth', '249', merged, { runId: 'run-3', loadedAt: run2.loadedAt }).repaired).toEqual([{ district: '251', repointed: 1, released: 0 }]);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a7');
  });

  it('follows an entry re-delivered corrected under a new id to the one batch record the caller says is its person', () => {
    const registry = open(tempPath());
    const khoi = { givenName: 'Khôi', familyName: 'Khổng', birthDate: '2015-05-10', motherName: 'Mây', motherBirthYear: '1995' };
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: khoi }), birth('birth-a2', '249', ['l'], { values: lan })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1', values: khoi })], run1);
    // Bá Hiến's book re-delivered under a new name (new ids), Khôi's mother's birth year corrected.
    const corrected = { ...khoi, motherBirthYear: '1994' };
    const samePerson = (before: { values: Record<string, unknown> }, after: { values: Record<string, unknown> }): boolean =>
      before.values.givenName === after.values.givenName && before.values.birthDate === after.values.birthDate;
    const replaced = registry.replaceDistrict('birth', '249', [
      birth('birth-c1', '249', ['k'], { values: corrected }),
      birth('birth-c2', '249', ['k'], { values: { ...corrected, givenName: 'Khải' } }),
      birth('birth-c3', '249', ['l'], { values: lan }),
    ], run2, { samePerson });
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 1, released: 0 }]);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-c1');
    // Two records of the batch it might be (twins, not merged): released, not guessed.
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-c1', values: khoi })], run2);
    const twins = [birth('birth-d1', '249', ['k'], { values: { ...corrected, motherBirthYear: '1992' } }), birth('birth-d2', '249', ['k'], { values: { ...corrected, motherBirthYear: '1993' } })];
    expect(registry.replaceDistrict('birth', '249', twins, run2, { samePerson }).repaired).toEqual([{ district: '251', repointed: 0, released: 1 }]);
    expect(registry.get('birth-b1')).toMatchObject({ survivorId: null, released: true });
  });

  it('repoints a record whose survivor the re-run merged away into its book\'s other copy', () => {
    const registry = open(tempPath());
    // Tam Hợp's book row of Hùng was rejected (a date typed 31/11): its retyped copy a2 was loaded, and 251's
    // re-registration b1 merged into it.
    registry.replaceDistrict('birth', '249', [birth('birth-a2', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a2' })], run1);
    // The book's row fixed: a1 is loaded and the copy a2 merged into it. b1 follows, and 251 is told to re-run.
    const replaced = registry.replaceDistrict('birth', '249', [
      birth('birth-a1', '249', ['k'], { values: hung }),
      birth('birth-a2', '249', ['k'], { values: hung, survivorId: 'birth-a1' }),
    ], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 1, released: 0 }]);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a1');
    expect(registry.staleOutputs('birth')).toEqual([{ district: '251', repointed: 1, released: 0, staleReviewPairs: 0 }]);
  });

  it('keeps the pointer when the caller says the entry under the id is still the same person', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' })], run1);
    const asked: string[] = [];
    const corrected = { ...hung, motherName: 'Lê Thị Thu' };
    const replaced = registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: corrected })], run2, {
      samePerson: (before, after) => {
        asked.push(`${before.values.motherName}→${after.values.motherName}`);
        return before.values.givenName === after.values.givenName;
      },
    });
    expect(asked).toEqual(['null→Lê Thị Thu']);
    expect(replaced.repaired).toEqual([]);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a1');
    // Without the caller's word, different values are another person.
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run2);
    expect(registry.get('birth-b1')).toMatchObject({ survivorId: null, released: true });
  });

  it('never points a record to one merged away in its own batch: a released record ends the chain', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '250', [birth('birth-p1', '250', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-q1', '251', ['k'], { values: hung, survivorId: 'birth-p1' })], run1);
    registry.replaceDistrict('birth', '250', [], run2);
    expect(registry.get('birth-q1')?.released).toBe(true);
    // A pointer to the released q1 (as an older hotich could leave), and one to r1 through it.
    registry.replaceDistrict('birth', '249', [birth('birth-r1', '249', ['k'], { values: hung, survivorId: 'birth-q1' })], run1);
    registry.replaceDistrict('birth', '252', [birth('birth-m1', '252', ['k'], { values: hung, survivorId: 'birth-r1' })], run1);
    const replaced = registry.replaceDistrict('birth', '249', [], run2);
    expect(replaced.repaired).toEqual([{ district: '252', repointed: 0, released: 1 }]);
    expect(registry.get('birth-m1')).toMatchObject({ survivorId: null, released: true });
  });

  it('repairs only the replaced type, and pointers of the district itself are its new batch’s', () => {
    const registry = open(tempPath());
    const death = (id: string, district: string, survivorId: string | null): RegistryInput => ({ ...birth(id, district, ['k'], { survivorId }), type: 'death' });
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'])], run1);
    registry.replaceDistrict('death', '249', [death('death-a1', '249', null)], run1);
    registry.replaceDistrict('death', '251', [death('death-b1', '251', 'death-a1')], run1);
    expect(registry.replaceDistrict('birth', '249', [], run2).repaired).toEqual([]);
    expect(registry.get('death-b1')?.survivorId).toBe('death-a1');
  });
});

describe('sqlite registry schema', () => {
  it('upgrades a version 1 file in place (the index of merged records), keeping its entries', () => {
    const path = tempPath();
    const first = open(path);
    first.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'])], run1);
    first.close();
    opened.pop();
    const db = new Database(path);
    db.exec('DROP INDEX records_merged');
    db.exec('ALTER TABLE records DROP COLUMN released');
    db.exec('ALTER TABLE records DROP COLUMN repointed');
    db.exec('DROP TABLE review_pairs');
    db.exec('ALTER TABLE records DROP COLUMN source');
    db.prepare('UPDATE schema_version SET version = 1').run();
    db.close();

    const registry = open(path);
    expect(registry.get('birth-a1')?.id).toBe('birth-a1');
    registry.close();
    opened.pop();
    const check = new Database(path, { readonly: true });
    try {
      expect(check.prepare('SELECT version FROM schema_version').pluck().get()).toBe(SCHEMA_VERSION);
      expect(check.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'records_merged'`).pluck().get()).toBe('records_merged');
      expect(check.prepare(`SELECT released FROM records WHERE id = 'birth-a1'`).pluck().get()).toBe(0);
    } finally {
      check.close();
    }
  });

  it('upgrades a version 3 file (review pairs, repointed records), keeping its entries and pointers', () => {
    const path = tempPath();
    const first = open(path);
    first.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'])], run1);
    first.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' })], run1);
    first.close();
    opened.pop();
    const db = new Database(path);
    db.exec('ALTER TABLE records DROP COLUMN repointed');
    db.exec('DROP TABLE review_pairs');
    db.exec('ALTER TABLE records DROP COLUMN source');
    db.prepare('UPDATE schema_version SET version = 3').run();
    db.close();

    const registry = open(path);
    expect(registry.get('birth-b1')?.survivorId).toBe('birth-a1');
    expect(registry.staleOutputs('birth')).toEqual([]);
    expect(registry.reviewPairsListedElsewhere('birth', '249', [{ id: 'birth-a1', otherId: 'birth-b1', otherDistrict: '251' }]).size).toBe(0);
  });
});

const hung = { givenName: 'Hùng', familyName: 'Nguyễn', birthDate: '2015-03-02', motherName: null };
const lan = { givenName: 'Lan', familyName: 'Trần', birthDate: '2015-07-19', motherName: 'Hoa' };

describe('review pairs between two districts', () => {
  // Yên Lạc's entry b1 went to review against Bình Xuyên's a1 (a namesake with other parents, or a twin).
  const pairB1A1 = [{ id: 'birth-b1', otherId: 'birth-a1', otherDistrict: '249' }];
  const pairA1B1 = [{ id: 'birth-a1', otherId: 'birth-b1', otherDistrict: '251' }];

  it('are listed by the batch that found them: the other district\'s re-run sees them listed already', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'])], run1, { reviewPairs: pairB1A1 });
    expect([...registry.reviewPairsListedElsewhere('birth', '249', pairA1B1)]).toEqual(['birth-a1|birth-b1']);
    // Not the other way round: 251's own pairs are its own to list again on its re-run.
    expect(registry.reviewPairsListedElsewhere('birth', '251', pairB1A1).size).toBe(0);
    // 249's unchanged re-run lists nothing of it; the pair stays 251's.
    const replaced = registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run2, { reviewPairs: [] });
    expect(replaced.repaired).toEqual([]);
    expect(registry.reviewPairsListedElsewhere('birth', '249', pairA1B1).size).toBe(1);
    expect(registry.staleOutputs('birth')).toEqual([]);
  });

  it('go stale when the id they name is given to another person by a re-run: counted, listed until their district is re-run', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'])], run1, { reviewPairs: pairB1A1 });
    // A forgotten entry inserted above Hùng's row: a1 is Lan now, Hùng is a2.
    const replaced = registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['l'], { values: lan }), birth('birth-a2', '249', ['k'], { values: hung })], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 0, released: 0, staleReviewPairs: 1 }]);
    expect(registry.reviewPairsListedElsewhere('birth', '249', pairA1B1).size).toBe(0);
    expect(registry.staleOutputs('birth')).toEqual([{ district: '251', repointed: 0, released: 0, staleReviewPairs: 1 }]);
    // 251's re-run lists its pairs afresh (here against a2, where Hùng moved).
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'])], run2, { reviewPairs: [{ id: 'birth-b1', otherId: 'birth-a2', otherDistrict: '249' }] });
    expect(registry.staleOutputs('birth')).toEqual([]);
  });

  it('go stale when the entry they name is deleted', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'])], run1, { reviewPairs: pairB1A1 });
    const replaced = registry.replaceDistrict('birth', '249', [], run2);
    expect(replaced.repaired).toEqual([{ district: '251', repointed: 0, released: 0, staleReviewPairs: 1 }]);
  });
});

describe('stale outputs of a district', () => {
  it('count its records repointed or released by another district\'s re-run until it is re-run itself', () => {
    const registry = open(tempPath());
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['k'], { values: hung }), birth('birth-a2', '249', ['l'], { values: lan })], run1);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a1' }), birth('birth-b2', '251', ['l'], { survivorId: 'birth-a2', values: lan })], run1);
    // Hùng's entry moved down a row; Lan's entry was cleared.
    registry.replaceDistrict('birth', '249', [birth('birth-a1', '249', ['m'], { values: { ...lan, givenName: 'Mai' } }), birth('birth-a2', '249', ['k'], { values: hung })], run2);
    expect(registry.staleOutputs('birth')).toEqual([{ district: '251', repointed: 1, released: 1, staleReviewPairs: 0 }]);
    expect(registry.staleOutputs('death')).toEqual([]);
    registry.replaceDistrict('birth', '251', [birth('birth-b1', '251', ['k'], { survivorId: 'birth-a2' }), birth('birth-b2', '251', ['l'], { values: lan })], run2);
    expect(registry.staleOutputs('birth')).toEqual([]);
  });
});

describe('sqlite registry schema: version 6 (final y written i in name values)', () => {
  it('upgrades a version 5 file: a death loaded as Lê Văn Sỹ gets its values and keys recomputed, so a late Lê Văn Sĩ meets it', async () => {
    const { deathDedupSpec } = await import('../../src/dedup/specs/death.js');
    const { blockingKeysFor } = await import('../../src/dedup/dedup-spec.js');
    const { childName, deathThinh } = await import('./clean-records.js');
    const record = { ...deathThinh, id: 'death-vq-1985-3', deceased: { ...deathThinh.deceased, ...childName('Lê Văn Sỹ'), birthDate: '1930', personalId: null }, deathDate: '1985-03-03' };
    const current = deathDedupSpec.toDedupRecord(record, '246');
    // As hotich before version 6 computed them: the y kept.
    const oldValues = { ...current.values, 'deceased.given': 'sỹ', 'deceased.given.folded': 'sy' };
    const oldKeys = blockingKeysFor(deathDedupSpec.blockingRules, oldValues);
    expect(oldKeys).toContain('name+death-month:le|sy|1985-03');
    const base = { id: record.id, type: 'death' as const, districtCode: '246', registrationDate: '1985-03-05', reRegistration: false, completeness: 20, survivorId: null };
    const untouched = { ...base, id: 'death-vq-1985-4', values: { 'deceased.given': 'hùng', 'deceased.given.folded': 'hung', 'deceased.family.folded': 'nguyen' }, blockingKeys: ['entry:08842|1985|4'] };
    const path = tempPath();
    const first = open(path);
    first.replaceDistrict('death', '246', [{ ...base, values: oldValues, blockingKeys: oldKeys }, untouched], run1);
    first.close();
    opened.pop();
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = 5').run();
    db.close();

    const registry = open(path);
    expect(registry.get(record.id)?.values['deceased.given']).toBe('sĩ');
    expect(registry.get(record.id)?.blockingKeys).toEqual(current.blockingKeys);
    const late = deathDedupSpec.toDedupRecord({ ...record, id: 'death-vq-2015-12', deceased: { ...record.deceased, ...childName('Lê Văn Sĩ') }, deathDate: '1985' }, '246');
    expect(registry.findCandidates('death', late.blockingKeys, { excludeDistrict: '252' }).map((entry) => entry.id)).toEqual([record.id]);
    // A record without such a name is not rewritten (its keys are not recomputed).
    expect(registry.get('death-vq-1985-4')?.blockingKeys).toEqual(['entry:08842|1985|4']);
  });
});

describe('sqlite registry schema: version 7 (births blocked on the name and both parents, any date)', () => {
  it('upgrades a version 6 file: a birth loaded before gets the new rule\'s key, so a re-registration whose date slipped meets it', async () => {
    const { birthDedupSpec } = await import('../../src/dedup/specs/birth.js');
    const { blockingKeysFor } = await import('../../src/dedup/dedup-spec.js');
    const { birthAn, childName, deathThinh } = await import('./clean-records.js');
    const { deathDedupSpec } = await import('../../src/dedup/specs/death.js');
    const record = { ...birthAn, id: 'birth-tam-hop-2016-14', child: { ...birthAn.child, ...childName('Vũ Thị Hoà'), sex: 'female' as const, birthDate: '2016-04-01', personalId: null } };
    const current = birthDedupSpec.toDedupRecord(record, '249');
    // As hotich before version 7 computed them: no name+parents rule.
    const oldKeys = blockingKeysFor(birthDedupSpec.blockingRules.filter((rule) => rule.name !== 'name+parents'), current.values);
    expect(current.blockingKeys.filter((key) => !oldKeys.includes(key))).toHaveLength(1);
    const death = deathDedupSpec.toDedupRecord(deathThinh, '249');
    const base = { type: 'birth' as const, districtCode: '249', registrationDate: '2016-04-04', reRegistration: false, completeness: 20, survivorId: null };
    const path = tempPath();
    const first = open(path);
    first.replaceDistrict('birth', '249', [{ ...base, id: record.id, values: current.values, blockingKeys: oldKeys }], run1);
    first.replaceDistrict('death', '249', [{ ...base, type: 'death', id: death.id, values: death.values, blockingKeys: ['entry:only'] }], run1);
    first.close();
    opened.pop();
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = 6').run();
    db.close();

    const registry = open(path);
    expect(registry.get(record.id)?.blockingKeys).toEqual(current.blockingKeys);
    // Re-registered in 2019 with the birth month typed 05: no dated block is shared, the new rule's is.
    const late = birthDedupSpec.toDedupRecord({ ...record, id: 'birth-tam-hop-2019-26', registration: { ...record.registration, book: '01/2019', number: '26', date: '2019-08-05' }, child: { ...record.child, birthDate: '2016-05-01' }, remarks: 'Đăng ký lại' }, '249');
    expect(late.blockingKeys.filter((key) => oldKeys.includes(key))).toEqual([]);
    expect(registry.findCandidates('birth', late.blockingKeys, { excludeDistrict: '252' }).map((entry) => entry.id)).toEqual([record.id]);
    // Other types keep what they were stored with.
    expect(registry.get(death.id)?.blockingKeys).toEqual(['entry:only']);
  });
});
