import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const record = (row: number, remarks: string | null = null): Record<string, unknown> => ({
  id: `death-${row}`,
  type: 'death',
  registration: { provinceCode: '26', districtCode: '251', communeCode: '09061', book: '01/2005', number: String(row), date: '2005-01-06', place: 'Xã Trung Kiên' },
  provenance: { file: 'a.xlsx', sheet: 'S', row },
  deceased: { fullName: 'Nguyễn Văn Cử', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Cử', sex: 'male', birthDate: '1921', ethnicityCode: '01', nationality: 'VN', personalId: null, residence: null },
  deathDate: '2005-01-03',
  deathPlace: 'Tại nhà',
  cause: null,
  declarant: { fullName: null, relation: null },
  remarks,
  raw: {},
  warnings: [],
  notes: [{ code: 'PLACE_ABBREVIATION_EXPANDED', field: 'registration.place', from: 'X. Trung Kiên', to: 'Xã Trung Kiên' }],
});
const manifest = { runId: 'r1', startedAt: '', finishedAt: '', pipeline: null, district: '251', type: 'death', provinceCode: '26', ethnicityCodeList: '2008', inputs: [] };

describe('batch writer', () => {
  it('is invisible until committed, then renamed into place whole', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-batch-'));
    const writer = new BatchWriter(out, '251', RECORD_TYPES.death, 'r1');
    writer.addRead('a.xlsx');
    writer.writeClean(record(2));
    expect(existsSync(join(out, '251', 'death'))).toBe(false);
    expect(readdirSync(join(out, '251'))).toEqual(['.death.partial-r1']);
    await writer.commit({ ...manifest, counts: writer.counts });
    expect(readdirSync(join(out, '251'))).toEqual(['death']);
    expect(JSON.parse(readFileSync(join(out, '251', 'death', 'manifest.json'), 'utf8')).counts.clean).toBe(1);
  });

  it('replaces an earlier batch only at commit, and a discarded batch leaves the earlier one alone', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-batch-'));
    const first = new BatchWriter(out, '251', RECORD_TYPES.death, 'r1');
    first.writeClean(record(2));
    await first.commit({ ...manifest, counts: first.counts });
    const crashed = new BatchWriter(out, '251', RECORD_TYPES.death, 'r2');
    crashed.writeClean(record(3));
    crashed.discard();
    expect(readdirSync(join(out, '251'))).toEqual(['death']);
    expect(readFileSync(join(out, '251', 'death', 'clean.jsonl'), 'utf8')).toContain('"death-2"');
  });

  it('takes back everything written since a checkpoint', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-batch-'));
    const writer = new BatchWriter(out, '251', RECORD_TYPES.death, 'r1');
    writer.addRead('a.xlsx');
    writer.writeClean(record(2));
    const checkpoint = writer.checkpoint();
    for (let row = 3; row < 3000; row++) {
      writer.addRead('b.xlsx');
      writer.writeClean(record(row));
    }
    writer.addSkipped('footer');
    writer.rollback(checkpoint);
    expect(writer.counts).toMatchObject({ rowsRead: 1, clean: 1, skipped: 0 });
    expect([...writer.inputRows]).toEqual([['a.xlsx', 1]]);
    await writer.commit({ ...manifest, counts: writer.counts });
    expect(readFileSync(join(out, '251', 'death', 'clean.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('writes clean.csv for Excel: BOM, dotted columns, formula-like values shown as text', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-batch-'));
    const writer = new BatchWriter(out, '251', RECORD_TYPES.death, 'r1');
    writer.writeClean(record(2, '=1+2'));
    writer.writeClean(record(3, '@SUM(A1)'));
    await writer.commit({ ...manifest, counts: writer.counts });
    const text = readFileSync(join(out, '251', 'death', 'clean.csv'), 'utf8');
    expect(text.startsWith('\uFEFFid,type,registration.provinceCode,')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const header = rows[0] ?? [];
    const remarks = header.indexOf('remarks');
    expect(header).toContain('deceased.fullName');
    expect(rows[1]?.[remarks]).toBe("'=1+2");
    expect(rows[2]?.[remarks]).toBe("'@SUM(A1)");
    expect(rows[1]?.[header.indexOf('notes')]).toBe('PLACE_ABBREVIATION_EXPANDED@registration.place');
  });
});
