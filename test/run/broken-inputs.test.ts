import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// fixtures/broken: a corrupt workbook, a CSV cut off mid-record and one with an
// unterminated quote, next to a good CSV (fixtures/generator/broken.ts).
let out = '';
beforeAll(async () => {
  ({ out } = await runInto({ type: 'birth', districts: ['249'], inputs: ['fixtures/broken'] }));
});

describe('a district with broken files', () => {
  it('names the corrupt workbook and why, loads nothing from it, and still runs the other files', () => {
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    const corrupt = manifest.inputs.find((input: { file: string }) => input.file === 'corrupt.xlsx');
    expect(corrupt.error.code).toBe('FILE_UNREADABLE');
    expect(corrupt.error.message).toMatch(/^Không đọc được tệp: .+/);
    expect(corrupt.rows).toBe(0);
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems).toContainEqual(expect.objectContaining({ file: 'corrupt.xlsx', code: 'FILE_UNREADABLE' }));
    const files = readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => (record.provenance as { file: string }).file);
    expect(new Set(files)).toEqual(new Set(['good.csv', 'truncated.csv', 'unterminated-quote.csv']));
  });

  it('rejects the record a truncated CSV ends in, keeping the complete ones', () => {
    const rejected = readJsonl(join(out, '249/birth/rejected.jsonl'));
    const cut = rejected.find((row) => (row.provenance as { file: string }).file === 'truncated.csv');
    expect(cut).toMatchObject({ provenance: { file: 'truncated.csv', sheet: '', row: 3 }, errors: [expect.objectContaining({ code: 'CSV_FILE_TRUNCATED' })] });
    expect(cut?.raw).toMatchObject({ 'Họ và tên': 'Hà Thị Liên', 'Họ và tên mẹ': 'Hà Thị Nh' });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')).filter((record) => (record.provenance as { file: string }).file === 'truncated.csv');
    expect(clean.map((record) => (record.provenance as { row: number }).row)).toEqual([2]);
  });

  it('rejects the record whose quote never closes, alone: the entry on the next line is read on its own', () => {
    const rejected = readJsonl(join(out, '249/birth/rejected.jsonl'));
    const quote = rejected.filter((row) => (row.provenance as { file: string }).file === 'unterminated-quote.csv');
    expect(quote).toEqual([expect.objectContaining({ provenance: expect.objectContaining({ row: 3 }), errors: expect.arrayContaining([expect.objectContaining({ code: 'CSV_QUOTE_UNTERMINATED' })]) })]);
    expect(quote[0]?.raw).toMatchObject({ 'Họ và tên': '"Mai Thị Đào', 'Họ và tên mẹ': 'Mai Thị Hồng' });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')).filter((record) => (record.provenance as { file: string }).file === 'unterminated-quote.csv');
    expect(clean.map((record) => (record.provenance as { row: number }).row)).toEqual([2, 4]);
  });

  it('still closes the accounting', () => {
    const { counts } = readJson(join(out, '249/birth/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 7, clean: 5, rejected: 2, mergedAway: 0 });
  });
});
