import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../src/ingest/open-sheets.js';
import { readBoth, withoutDayMonthVerdicts } from './read-both.js';

// Every workbook under fixtures/ (some are deliberately broken) read by both
// readers: the same sheets, rows and cells, or both fail for the same reason.
const workbooks = readdirSync('fixtures', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.xlsx$/i.test(file))
  .sort()
  .map((file) => join('fixtures', file));

describe('lean XLSX reader on every fixture workbook', () => {
  it('finds the fixture workbooks, readable and broken ones', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(10);
    expect(workbooks).toContain(join('fixtures', 'broken', 'corrupt.xlsx'));
  });

  for (const file of workbooks) {
    it(`reads ${file} exactly as the exceljs reader does`, async () => {
      const { exceljs, lean } = await readBoth(file);
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
