import { foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';
import { communeTitle } from './title-defaults.js';

/**
 * Folded names of the sheets a register template comes with to show how to type the book: its
 * instructions and its sample ('Hướng dẫn', 'HD nhập liệu', 'Mẫu', 'Mẫu nhập', 'Ví dụ').
 */
const SAMPLE_SHEET_NAME = /^(?:huong dan|mau|vi du|sample|example|template|instructions?)(?: |$)/;
/**
 * 'HD' is hướng dẫn only before a word ('HD nhập liệu'), typed with a plain D: a district's workbook names a
 * commune's sheet by its initials ('HĐ' for Hoàng Đan, 'HD 2019'), and such a commune's book may be small.
 */
const HD_SHEET_NAME = /^hd\s+\p{L}/iu;

/** Whether a sheet's name is one a template gives its instructions or sample. */
export function isSampleName(name: string): boolean {
  return SAMPLE_SHEET_NAME.test(foldHeader(name).trim()) || HD_SHEET_NAME.test(name.normalize('NFC').trim());
}

/** A sample shows an entry or two; a book typed on into the template's sheet holds more. */
const MAX_SAMPLE_ENTRIES = 3;

/**
 * A template's instructions or sample sheet whose table shows how an entry is typed (the header and
 * 'Nguyễn Văn An' born to 'Trần Thị Bình' on a sheet 'Hướng dẫn' or 'Mẫu'): its lines are examples, no
 * entries of the book — read, they would be registrations nobody made and repeat the book's first
 * numbers. Only a sheet named so that ends within the header search (`ended`) with at most three lines
 * read as entries (`isEntry`): a book typed on into the template's own sheet has more, and is read. A
 * sample sits beside the book's sheet: a workbook whose only sheet, or whose every sheet, is named so
 * (sheets holding no value, Excel's default 'Sheet2' left empty, are not in `otherSheets`)
 * ('Mẫu KS đăng ký lại' holding a month's two late registrations) is the book, and is read. So is a
 * small book a commune typed into a template's sheet left named 'Mẫu': its title above the header
 * (`titles`) names the commune ('UBND XÃ TAM HỢP'), which no template's example does.
 */
export function isSampleSheet(
  name: string, otherSheets: readonly string[], top: readonly SheetRow[], ended: boolean, isEntry: (row: SheetRow) => boolean, titles: readonly SheetRow[],
): boolean {
  if (!ended || !isSampleName(name) || otherSheets.every(isSampleName)) return false;
  if (titles.some((row) => communeTitle(row) !== undefined)) return false;
  let entries = 0;
  for (const row of top) if (isEntry(row) && ++entries > MAX_SAMPLE_ENTRIES) return false;
  return entries > 0;
}
