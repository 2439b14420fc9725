/**
 * errors.xlsx 'Chi tiết' lists problems by file, sheet and row, a file's or a
 * sheet's own problems first: the checks made when the batch is written
 * (numbering, a gap in a book) are placed among the rows read long before, and
 * long texts wrap in rows high enough to read them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../src/emit/errors-workbook.js';
import { ProblemLog, type ReportedProblem } from '../../src/emit/problem-log.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const book2005 = 'huong-son/So khai sinh 2005 Huong Son.xlsx';
const book2006 = 'huong-son/So khai sinh 2006 Huong Son.xlsx';
const tamHop = 'tam-hop/KS 2006 Tam Hop.xlsx';

const nameWithoutMarks = (row: number) => [{ code: 'NAME_NO_DIACRITICS', field: 'child.fullName', column: 'B', value: `Nguyen Van Hung ${row}` }];

async function listed(log: ProblemLog): Promise<string[]> {
  log.spool.close();
  const lines: string[] = [];
  for await (const problem of log.inSourceOrder()) lines.push(`${problem.file}|${problem.sheet}|${problem.row ?? ''}|${problem.code}`);
  return lines;
}

describe("the order of 'Chi tiết'", () => {
  it('places the problems found at commit at their file, sheet and row, a file or sheet problem first', async () => {
    const log = new ProblemLog(mkdtempSync(join(tmpdir(), 'hotich-order-')), RECORD_TYPES.birth);
    // Read in order: Hương Sơn 2005 (rows 7, 36, 71, 141), the truncated 2006 book, Tam Hợp (row 9).
    for (const row of [7, 36, 71, 141]) log.addRow(nameWithoutMarks(row), { file: book2005, sheet: 'KS 2005', row }, '08944', false);
    log.addFileProblem('FILE_UNREADABLE', book2006, null, { reason: 'tệp bị cắt cụt' });
    log.addRow(nameWithoutMarks(9), { file: tamHop, sheet: 'Sheet1', row: 9 }, '08953', false);
    // At commit: two numbers out of order in 2005, a gap in Tam Hợp's book.
    for (const row of [71, 36]) {
      log.addFinding({ code: 'REGISTER_NUMBER_OUT_OF_ORDER', field: 'registration.number', column: 'A', value: String(row) }, { file: book2005, sheet: 'KS 2005', row }, '08944');
    }
    log.addSheetFinding('REGISTER_NUMBER_GAP', tamHop, 'Sheet1', { year: 2006, missing: '4', count: 1, before: 3, beforeRow: 'dòng 7', after: 5, afterRow: 'dòng 8' });
    expect(await listed(log)).toEqual([
      `${book2005}|KS 2005|7|NAME_NO_DIACRITICS`,
      `${book2005}|KS 2005|36|NAME_NO_DIACRITICS`,
      `${book2005}|KS 2005|36|REGISTER_NUMBER_OUT_OF_ORDER`,
      `${book2005}|KS 2005|71|NAME_NO_DIACRITICS`,
      `${book2005}|KS 2005|71|REGISTER_NUMBER_OUT_OF_ORDER`,
      `${book2005}|KS 2005|141|NAME_NO_DIACRITICS`,
      `${book2006}|||FILE_UNREADABLE`,
      `${tamHop}|Sheet1||REGISTER_NUMBER_GAP`,
      `${tamHop}|Sheet1|9|NAME_NO_DIACRITICS`,
    ]);
  });

  it('gives a long text as many lines as it takes in its column, a short one a single line', () => {
    const problem: Pick<ReportedProblem, 'message' | 'value' | 'normalized' | 'fix'> = { message: 'Họ tên "Nguyen Van Hung" được nhập không dấu.', value: 'Nguyen Van Hung', normalized: '', fix: '' };
    expect(wrappedLines(problem)).toBe(1);
    // 232 characters in 'Mô tả' (width 70): four lines.
    expect(wrappedLines({ ...problem, message: 'x'.repeat(232) })).toBe(4);
  });
});
