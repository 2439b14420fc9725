import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister, type RegisterEvent } from '../../src/run/read-register.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden');
const allIndexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));

function writeCsv(folder: string, name: string, lines: string[]): string {
  const path = join(folder, name);
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  return path;
}

const marriageBook = [
  'STT,Số,Ngày đăng ký,Họ và tên chồng,Ngày sinh chồng,Họ và tên vợ,Ngày sinh vợ',
  '1,1,12/01/2018,Nguyễn Văn Đông,02/04/1993,Trần Thị Xuân,12/09/1995',
  '2,2,22/01/2018,Lê Quốc Việt,15/08/1990,Phạm Thị Thu Trang,03/11/1992',
];
const deathBook = [
  'STT,Số,Ngày đăng ký,Họ và tên người chết,Ngày sinh,Giới tính,Ngày chết,Nơi chết,Nguyên nhân chết',
  '1,1,12/01/2016,Nguyễn Văn Tý,1935,Nam,10/01/2016,Tại nhà,Già yếu',
];
// Names and dates only: nothing tells one register from another.
const plainBook = ['STT,Số,Ngày đăng ký,Họ và tên,Ngày sinh,Giới tính', '1,5,14/02/2016,Lê Thị Hoa,1940,Nữ'];

describe('--type reads only the sheets of that register', () => {
  it('run --type birth on the demo pipeline reads the births a full run reads, and nothing of the other books', async () => {
    const { out } = await runInto({ pipeline: 'pipelines/demo.json', districts: ['249'], type: 'birth' });
    const { counts, inputs } = readJson(join(out, '249/birth/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 24, skipped: 14, skippedByReason: { title: 3, header: 4, 'column-numbers': 1, blank: 2, footer: 4 } });
    expect(inputs.map((input: { rows: number }) => input.rows)).toEqual([0, 24, 0]);
    expect(readFileSync(join(out, '249/birth/clean.jsonl'), 'utf8')).toBe(readFileSync(join(GOLDEN, '249/birth/clean.jsonl'), 'utf8'));
  });

  it('run --type death --input skips a marriage book and still reads a header of names and dates as deaths', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-type-'));
    writeCsv(folder, 'so-2018.csv', marriageBook);
    writeCsv(folder, 'so-2016.csv', deathBook);
    writeCsv(folder, 'so-2017.csv', plainBook);
    const { out, result } = await runInto({ type: 'death', districts: ['249'], inputs: [folder] });
    expect(result.exitCode).toBe(0);
    const { counts, inputs } = readJson(join(out, '249/death/manifest.json'));
    expect(counts.rowsRead).toBe(2);
    expect(counts.rowsRead).toBe(counts.clean + counts.rejected + counts.mergedAway);
    expect(counts.skipped).toBe(2); // the two books' header rows; the marriage book counts in no death batch
    expect(inputs.map((input: { file: string; rows: number }) => [input.file, input.rows])).toEqual([
      ['so-2016.csv', 1],
      ['so-2017.csv', 1],
      ['so-2018.csv', 0],
    ]);
    const rows = [...readJsonl(join(out, '249/death/clean.jsonl')), ...readJsonl(join(out, '249/death/rejected.jsonl'))];
    expect(rows.map((row) => (row.provenance as { file: string }).file).sort()).toEqual(['so-2016.csv', 'so-2017.csv']);
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.filter((problem: { code: string }) => problem.code === 'SHEET_NO_HEADER')).toEqual([]);
  });

  it('readRegister with types names a sheet of another register as skipped, and reads none of its rows', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-type-'));
    const path = writeCsv(folder, 'so-2018.csv', marriageBook);
    const events: RegisterEvent[] = [];
    const options = { provinceCode: '26', districtCode: '249', file: 'so-2018.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes: allIndexes, types: ['birth'] as const };
    for await (const event of readRegister(path, options)) events.push(event);
    expect(events[0]).toMatchObject({ kind: 'sheet', otherRegister: true, header: { type: { name: 'marriage' } } });
    expect(events.slice(1).map((event) => event.kind === 'skipped' && [event.rowNumber, event.reason, event.type])).toEqual([
      [1, 'other-register', 'marriage'],
      [2, 'other-register', 'marriage'],
      [3, 'other-register', 'marriage'],
    ]);
  });
  it("leaves a sheet without a header to the run of the register its file names: a birth book's count sheet in a death run", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-type-'));
    // A CSV is one sheet: the counts kept beside the birth book, named by the file as the birth register's.
    writeCsv(folder, 'KS_TamHop_2016_tong_hop.csv', ['Năm,Số trường hợp,Nam,Nữ', '2016,14,7,7', 'Cộng,14,7,7']);
    writeCsv(folder, 'KT_TamHop_2016.csv', deathBook);
    const noHeader = (out: string): string[] =>
      readJson(join(out, 'summary.json')).problems.filter((problem: { code: string }) => problem.code === 'SHEET_NO_HEADER').map((problem: { file: string }) => problem.file);
    const deaths = await runInto({ type: 'death', districts: ['249'], inputs: [folder] });
    expect(noHeader(deaths.out)).toEqual([]);
    expect(readJson(join(deaths.out, '249/death/manifest.json')).counts).toMatchObject({ rowsRead: 1, clean: 1 });
    // The birth run still reports it.
    expect(noHeader((await runInto({ type: 'birth', districts: ['249'], inputs: [folder] })).out)).toEqual(['KS_TamHop_2016_tong_hop.csv']);
  });
});
