import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHandMade, type HandMadeWorkbook } from '../ingest/xlsx-scan/hand-made-package.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// A workbook with one sheet whose part is damaged (its XML cut short or not well-formed inside a sound zip):
// the other sheets are read, the damaged one is named (file, sheet, what is wrong) and skipped.
const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi sinh'];
const BIRTHS = [
  ['Nguyễn Văn An', 'Nam', 'Trần Thị Mai', 'Nguyễn Văn Bình'],
  ['Lê Thị Hoa', 'Nữ', 'Phạm Thị Lan', 'Lê Văn Cường'],
  ['Trần Minh Quân', 'Nam', 'Ngô Thị Yến', 'Trần Văn Long'],
  ['Đặng Thị Quỳnh', 'Nữ', 'Dương Thị Hạnh', 'Đặng Văn Khoa'],
  ['Bùi Văn Thành', 'Nam', 'Lý Thị Hoa', 'Bùi Văn Dũng'],
  ['Vũ Thị Linh', 'Nữ', 'Phan Thị Vân', 'Vũ Văn Kiên'],
  ['Hoàng Văn Sơn', 'Nam', 'Bùi Thị Nga', 'Hoàng Văn Tùng'],
  ['Ngô Thị Thảo', 'Nữ', 'Hồ Thị Duyên', 'Ngô Văn Hiếu'],
  ['Phạm Văn Đức', 'Nam', 'Vũ Thị Thu', 'Phạm Văn Hải'],
] as const;

const cell = (column: string, row: number, text: string): string => `<c r="${column}${row}" t="inlineStr"><is><t>${text}</t></is></c>`;
const line = (row: number, texts: readonly string[]): string => `<row r="${row}">${texts.map((text, at) => cell('ABCDEFGH'[at]!, row, text)).join('')}</row>`;
/** A sheet of 3 births registered in `month` of 2016, each sheet's children their own: the header on row 1. */
function sheetRows(month: number): string {
  const entries = Array.from({ length: 3 }, (_, at) => {
    const [name, sex, mother, father] = BIRTHS[(month - 1) * 3 + at]!;
    const day = String(at + 10);
    return line(at + 2, [String(at + 1), `${day}/0${month}/2016`, name, `0${at + 1}/0${month}/2016`, sex, mother, father, 'Trạm y tế xã Tam Hợp']);
  });
  return [line(1, HEADER), ...entries].join('');
}

function workbook(names: readonly string[]): HandMadeWorkbook {
  return { sheets: names.map((name, at) => ({ name, rows: sheetRows(at + 1) })) };
}

/** Writes the workbook with the XML of the sheet parts `damaged` names changed by `fault`. */
function damagedBook(names: readonly string[], damaged: readonly number[], fault: (xml: string) => string): string {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-damaged-sheet-'));
  const parts = damaged.map((at) => `xl/worksheets/sheet${at + 1}.xml`);
  writeHandMade(join(folder, 'KS_TamHop_2016.xlsx'), workbook(names), (all) => all.map((part) => (parts.includes(part.name) ? { ...part, data: fault(String(part.data)) } : part)));
  return folder;
}

const cutShort = (xml: string): string => xml.slice(0, xml.indexOf('<row r="3"') + 30);
const malformed = (xml: string): string => xml.replace('</sheetData>', '</sheetDat>');

describe('a workbook with one damaged sheet', () => {
  for (const [kind, fault, reason] of [['cut short', cutShort, 'cắt cụt'], ['not well-formed', malformed, 'sai cấu trúc XML']] as const) {
    it(`reads the good sheets and names the sheet whose XML is ${kind}`, async () => {
      const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [damagedBook(['Quyển 01', 'Quyển 02', 'Quyển 03'], [1], fault)] });
      const manifest = readJson(join(out, '249/birth/manifest.json'));
      expect(manifest.counts).toMatchObject({ rowsRead: 6, clean: 6, rejected: 0, mergedAway: 0 });
      expect(manifest.inputs[0].error).toBeUndefined();
      // The batch's own accounting names the sheet none of whose rows it holds.
      expect(manifest.inputs[0].sheetsDamaged).toEqual(['Quyển 02']);
      const sheets = readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => (record.provenance as { sheet: string }).sheet);
      expect(new Set(sheets)).toEqual(new Set(['Quyển 01', 'Quyển 03']));
      const summary = readJson(join(out, 'summary.json'));
      const damaged = summary.problems.filter((problem: { code: string }) => problem.code === 'SHEET_DAMAGED');
      expect(damaged).toEqual([expect.objectContaining({ file: 'KS_TamHop_2016.xlsx', sheet: 'Quyển 02' })]);
      expect(damaged[0].message).toContain(reason);
    });
  }

  it('is unreadable whole when every sheet is damaged', async () => {
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [damagedBook(['Quyển 01', 'Quyển 02'], [0, 1], cutShort)] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.inputs[0].error.code).toBe('FILE_UNREADABLE');
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.map((problem: { code: string }) => problem.code)).toEqual(['FILE_UNREADABLE']);
  });
});
