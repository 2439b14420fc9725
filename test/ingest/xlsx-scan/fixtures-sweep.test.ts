import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../src/ingest/open-sheets.js';
import { SheetDamagedError } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { readBoth, withoutDayMonthVerdicts } from './read-both.js';

// Every workbook under fixtures/ (some are deliberately broken) read by both
// readers: the same sheets, rows and cells, or both fail for the same reason.
const workbooks = readdirSync('fixtures', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.xlsx$/i.test(file))
  .sort()
  .map((file) => join('fixtures', file));

/**
 * Workbooks with one sheet damaged on purpose: exceljs reads what it can of that sheet, the lean reader
 * names it (SheetDamagedError, SHEET_DAMAGED in a run) so the run skips it and reads the others.
 */
const DAMAGED_SHEET = new Map([[join('fixtures', 'catalog', '249-binh-xuyen', 'file-sheet-damaged.xlsx'), 'xl/worksheets/sheet2.xml']]);

describe('lean XLSX reader on every fixture workbook', () => {
  it('finds the fixture workbooks, readable and broken ones', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(10);
    expect(workbooks).toContain(join('fixtures', 'broken', 'corrupt.xlsx'));
  });

  for (const file of workbooks) {
    it(`reads ${file} exactly as the exceljs reader does`, async () => {
      const { exceljs, lean } = await readBoth(file);
      const damagedPart = DAMAGED_SHEET.get(file);
      if (damagedPart !== undefined) {
        expect('error' in lean && lean.error instanceof SheetDamagedError ? lean.error.message : 'read without a damaged sheet').toContain(damagedPart);
        return;
      }
      if ('error' in exceljs) {
        expect('error' in lean ? unreadableReason(lean.error) : 'read without error').toBe(unreadableReason(exceljs.error));
        return;
      }
      expect(exceljs.sheets.some((sheet) => sheet.rows.length > 0)).toBe(true);
      // The one intended difference a fixture shows (intended-differences.test.ts): a US-locale book's exchanged Date cells marked.
      expect(withoutDayMonthVerdicts(lean)).toStrictEqual(exceljs);
    });
  }
});
