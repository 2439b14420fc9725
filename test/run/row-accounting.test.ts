import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { AccountingError, RowAccounting } from '../../src/run/row-accounting.js';
import { runInto } from './run-helpers.js';

describe('row accounting', () => {
  it('names a row that was read but never written', () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-acc-'));
    const writer = new BatchWriter(out, '249', RECORD_TYPES.birth, 'r1');
    const accounting = new RowAccounting();
    writer.addRead('a.xlsx');
    accounting.read('birth', { file: 'a.xlsx', sheet: 'Quyển 01', row: 17 });
    const check = (): void => accounting.assertClosed(new Map([['birth', writer]]));
    expect(check).toThrow(AccountingError);
    expect(check).toThrow(/birth a\.xlsx \[Quyển 01\] row 17 read but not written/);
    expect(check).toThrow(/rowsRead 1 ≠ clean 0 \+ rejected 0 \+ mergedAway 0/);
    writer.discard();
  });

  it('closes when every row read was written, and forgets a withdrawn file', () => {
    const accounting = new RowAccounting();
    accounting.read('birth', { file: 'a.xlsx', sheet: '', row: 2 });
    accounting.written('birth', { file: 'a.xlsx', sheet: '', row: 2 });
    accounting.read('birth', { file: 'bad.xlsx', sheet: '', row: 2 });
    accounting.forgetFile('bad.xlsx');
    expect(() => accounting.assertClosed(new Map())).not.toThrow();
  });
});

describe('a run after an interrupted one', () => {
  it('removes the partial batch folders the interrupted run left', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-stale-'));
    mkdirSync(join(out, '251', '.death.partial-crashed'), { recursive: true });
    const { out: same } = await runInto({ type: 'death', districts: ['251'], inputs: ['fixtures/251-yen-lac'], out });
    expect(same).toBe(out);
    expect(readdirSync(join(out, '251'))).toEqual(['death']);
  });
});
