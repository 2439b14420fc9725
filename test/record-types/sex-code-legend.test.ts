/**
 * A book that explains its sex codes — in the sex column's header, in a title above it or in a note
 * row under it — is read by its own legend: 'Giới tính (1: Nam; 0: Nữ)' makes 0 Nữ (SEX_CODE_BY_LEGEND),
 * where a book without a legend keeps 0 as not known (SEX_UNKNOWN, QCVN 109 / ISO/IEC 5218).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead, type Cell } from './read-book.js';

const births = (sexHeader: string, codes: Cell[], above: Cell[][] = [], under: Cell[][] = []): Cell[][] => [
  ...above,
  ['Số', 'Ngày đăng ký', 'Họ và tên', sexHeader, 'Ngày sinh', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha'],
  ...under,
  ['1', '05/03/2012', 'Nguyễn Văn Khải', codes[0] ?? null, '01/03/2012', 'Lê Thị Hương', '1986', 'Nguyễn Văn Phúc', '1983'],
  ['2', '06/03/2012', 'Trần Thị Mai', codes[1] ?? null, '02/02/2012', 'Phạm Thị Nga', '1988', 'Trần Văn Dũng', '1985'],
  ['3', '07/03/2012', 'Lê Ngọc Ánh', codes[2] ?? null, '03/02/2012', 'Vũ Thị Lan', '1987', 'Lê Văn Sơn', '1984'],
];

const sexes = (book: BookRead) => [2, 3, 4, 5, 6].map((row) => book.clean.get(row)?.child?.sex ?? book.rejected.get(row)?.map((e) => e.code).join() ?? '-');
const notesOf = (book: BookRead) => [...book.clean.values()].flatMap((r) => (r.notes ?? []).filter((n: { code: string }) => n.code.startsWith('SEX')).map((n: { code: string; from: string }) => `${n.code}:${n.from}`));

describe('sex codes read by the book legend', () => {
  let folder: string;
  let headerLegend: BookRead;
  let textCodes: BookRead;
  let noteRow: BookRead;
  let titleLegend: BookRead;
  let noLegend: BookRead;
  let oneTwo: BookRead;
  let tallyBetween: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-sex-legend-'));
    headerLegend = await readBook(join(folder, 'a.xlsx'), births('Giới tính (1: Nam; 0: Nữ)', [1, 0, 0]), { districtCode: '249' });
    textCodes = await readBook(join(folder, 'b.xlsx'), births('Giới tính (ghi 1 nếu là nam, 0 nếu là nữ)', ['1', '0', '2']), { districtCode: '249' });
    noteRow = await readBook(join(folder, 'c.xlsx'), births('Giới tính', [1, 0, 0], [], [[null, null, null, 'Nam ghi 1, nữ ghi 0']]), { districtCode: '249' });
    titleLegend = await readBook(join(folder, 'd.xlsx'), births('Giới tính', ['1', '0', '0'], [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2012'], ['Giới tính: 1 - Nam, 0 - Nữ']]), { districtCode: '249' });
    noLegend = await readBook(join(folder, 'e.xlsx'), births('Giới tính', [1, 0, 2]), { districtCode: '249' });
    const rows = births('Giới tính', [1, 2, 1]);
    tallyBetween = await readBook(join(folder, 'g.xlsx'), [...rows.slice(0, 3), [null, null, null, 'Nam: 2, Nữ: 1'], ...rows.slice(3)], { districtCode: '249' });
    oneTwo = await readBook(join(folder, 'f.xlsx'), births('GT (1=Nam, 2=Nữ)', ['1', '2', '2']), { districtCode: '249' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads 0 as Nữ by the sex column's own header, with a note on each cell the legend changes", () => {
    expect(sexes(headerLegend)).toEqual(['male', 'female', 'female', '-', '-']);
    expect(notesOf(headerLegend)).toEqual(['SEX_CODE_BY_LEGEND:0', 'SEX_CODE_BY_LEGEND:0']);
  });

  it('refuses a code the legend does not give', () => {
    expect(sexes(textCodes)).toEqual(['male', 'female', 'SEX_UNKNOWN', '-', '-']);
  });

  it('takes the legend from a note row under the header or a title above it', () => {
    expect(sexes(noteRow).filter((sex) => sex !== '-')).toEqual(['male', 'female', 'female']);
    expect(sexes(titleLegend).filter((sex) => sex !== '-')).toEqual(['male', 'female', 'female']);
  });

  it('keeps the default reading without a legend, and adds nothing where the legend agrees with it', () => {
    expect(sexes(noLegend)).toEqual(['male', 'SEX_UNKNOWN', 'female', '-', '-']);
    expect(sexes(oneTwo)).toEqual(['male', 'female', 'female', '-', '-']);
    expect(notesOf(oneTwo)).toEqual([]);
  });

  it('takes no legend from a line between entries (a tally)', () => {
    expect([...tallyBetween.clean.values()].map((r) => r.child.sex)).toEqual(['male', 'female', 'male']);
  });
});
