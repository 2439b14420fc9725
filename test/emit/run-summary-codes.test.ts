/**
 * summary.xlsx's 'Lỗi, cảnh báo thường gặp' names each batch's commonest
 * problems by a short Vietnamese title, and a file's own problem (unreadable,
 * no header) is its file's — listed in 'Sự cố tệp' — not every type's.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, titleVi } from '../../src/catalog/catalog.js';
import type { Manifest } from '../../src/emit/manifest.js';
import { topProblemCodes } from '../../src/emit/run-summary.js';

describe('the commonest problems of a batch', () => {
  it("leaves out a truncated birth book's FILE_UNREADABLE from the marriage batch it was counted in", () => {
    // Bình Xuyên's marriage batch: the unreadable 'So khai sinh 2006 Huong Son.xlsx' is counted in every type's batch of the district.
    const marriage = { problemsByCode: { FILE_UNREADABLE: 1, SHEET_NO_HEADER: 1, DATE_MONTH_FIRST: 3, DATE_IMPOSSIBLE: 2, TEXT_LEGACY_TCVN3: 40 } } as unknown as Manifest;
    expect(topProblemCodes(marriage)).toEqual([
      { code: 'DATE_MONTH_FIRST', count: 3 },
      { code: 'DATE_IMPOSSIBLE', count: 2 },
    ]);
  });
});

describe('short Vietnamese titles of the codes', () => {
  it('gives every code of the catalog a title of its own, short, without placeholders or a closing bracket before the count', () => {
    for (const { code } of CATALOG) {
      const title = titleVi(code);
      expect(title.length, code).toBeGreaterThan(0);
      expect(title.length, code).toBeLessThanOrEqual(60);
      expect(title, code).not.toMatch(/[{}]|\)$/);
    }
    expect(titleVi('ID_BIRTH_YEAR_MISMATCH')).toBe('Số định danh không khớp năm sinh');
    expect(titleVi('NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
  });
});
