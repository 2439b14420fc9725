/**
 * errors.xlsx 'Chi tiết' for the officer: a problem of a value every entry takes from a title line
 * ('UBND XÃ HƯƠNG SƠM' mistyped in A1) is listed once, at that line, not at column A of each entry;
 * dates are written as officers write them (DOMAIN.md §5).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoundFinding } from '../../src/normalize/bound-finding.js';
import { ProblemLog, type ReportedProblem } from '../../src/emit/problem-log.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const book = 'huong-son/so ks 2008.xlsx';

const communeUnknown = (titleRow: number, titleSheet?: string): BoundFinding => ({
  code: 'PLACE_COMMUNE_UNKNOWN',
  field: 'registration.place',
  column: 'A',
  value: 'XÃ HƯƠNG SƠM',
  params: { candidates: '08950 Xã Hương Sơn (H. Bình Xuyên)' },
  titleRow,
  ...(titleSheet === undefined ? {} : { titleSheet }),
});
const nameWithoutMarks = (row: number): BoundFinding => ({ code: 'NAME_NO_DIACRITICS', field: 'child.fullName', column: 'C', value: `Nguyen Van Hung ${row}` });

async function listed(log: ProblemLog): Promise<ReportedProblem[]> {
  log.spool.close();
  const problems: ReportedProblem[] = [];
  for await (const problem of log.inSourceOrder()) problems.push(problem);
  return problems;
}

describe("a title line's value in 'Chi tiết'", () => {
  it('is one problem of the sheet at its line and column, listed before the entries, however many entries use it', async () => {
    const log = new ProblemLog(mkdtempSync(join(tmpdir(), 'hotich-title-')), RECORD_TYPES.birth);
    for (let row = 4; row <= 9; row++) {
      log.addRow(row === 6 ? [communeUnknown(1), nameWithoutMarks(row)] : [communeUnknown(1)], { file: book, sheet: 'KS', row }, null, false);
    }
    const problems = await listed(log);
    expect(problems.map((problem) => `${problem.sheet}|${problem.row}|${problem.column}|${problem.code}`)).toEqual(['KS|1|A|PLACE_COMMUNE_UNKNOWN', 'KS|6|C|NAME_NO_DIACRITICS']);
    expect(problems[0]!.value).toBe('XÃ HƯƠNG SƠM');
    expect(problems[0]!.message).toMatch(/"XÃ HƯƠNG SƠM".*\(Giá trị ở dòng tiêu đề 1, dùng cho 6 mục đăng ký\.\)$/);
    // Every entry still counts: the summary's count is that of the records carrying the warning.
    expect(log.counts.byCode.PLACE_COMMUNE_UNKNOWN).toBe(6);
    expect(log.counts.byCommune['']).toMatchObject({ rows: 6, warnings: 7 });
  });

  it("is listed at the title's own sheet for a sheet continuing the book, and without a row when taken from a name", async () => {
    const log = new ProblemLog(mkdtempSync(join(tmpdir(), 'hotich-title-')), RECORD_TYPES.birth);
    log.addRow([communeUnknown(2)], { file: book, sheet: 'Trang 1', row: 5 }, null, false);
    log.addRow([communeUnknown(2, 'Trang 1')], { file: book, sheet: 'Trang 2', row: 1 }, null, false);
    log.addRow([{ ...communeUnknown(0), column: '' }], { file: 'KS_HuongSom_2008.csv', sheet: '', row: 2 }, null, false);
    const problems = await listed(log);
    expect(problems.map((problem) => `${problem.file}|${problem.sheet}|${problem.row ?? ''}|${problem.column}`)).toEqual([
      `${book}|Trang 1|2|A`,
      'KS_HuongSom_2008.csv|||',
    ]);
    expect(problems[0]!.message).toMatch(/dùng cho 2 mục đăng ký\.\)$/);
    expect(problems[1]!.message).toMatch(/\(Giá trị lấy theo tên trang tính hoặc tên tệp, dùng cho 1 mục đăng ký\.\)$/);
  });

  it("writes a normalized date day first, as the officer reads it; other values as they are", async () => {
    const log = new ProblemLog(mkdtempSync(join(tmpdir(), 'hotich-title-')), RECORD_TYPES.birth);
    const provenance = { file: 'KS 2005.csv', sheet: '', row: 7 };
    log.addRow(
      [
        { code: 'DATE_MONTH_FIRST', field: 'child.birthDate', column: 'E', value: '05/15/2005', normalized: '2005-05-15', params: { result: '15/05/2005' } },
        { code: 'DATE_LUNAR', field: 'mother.birthYear', column: 'I', value: 'tháng Chạp năm Canh Thìn', normalized: '1941-01', params: { year: 1941 } },
        { code: 'NAME_NO_DIACRITICS', field: 'child.fullName', column: 'C', value: 'Nguyen Van An', normalized: 'Nguyen Van An' },
      ],
      provenance,
      null,
      false,
    );
    const problems = await listed(log);
    expect(problems.map((problem) => problem.normalized)).toEqual(['15/05/2005', '01/1941', 'Nguyen Van An']);
    expect(problems[0]!.message).toBe('Ngày sinh: Ngày "05/15/2005" có vẻ ghi tháng trước ngày (kiểu Mỹ); đã hiểu là 15/05/2005.');
  });
});
