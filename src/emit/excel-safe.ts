/**
 * Excel holds at most 32,767 characters (UTF-16 code units) in a cell: a longer text
 * in a workbook makes Excel report the file as damaged and offer to repair it.
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/**
 * A text made fit for a cell of a workbook an officer opens. A text that Excel (or a
 * CSV re-saved from it) would take for a formula — starting with = + - @, a tab or a
 * carriage return — gets a leading apostrophe so it is shown as text (OWASP "CSV
 * injection"; the same rule as papaparse's escapeFormulae used for clean.csv). A text
 * longer than a cell holds (a CSV cell that swallowed a page, a message quoting it) is
 * cut, saying how long it was, so the workbook still opens.
 */
export function excelSafe(text: string): string {
  const escaped = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  if (escaped.length <= EXCEL_CELL_MAX_CHARS) return escaped;
  const tail = `… [đã cắt bớt: dài ${text.length.toLocaleString('vi-VN')} ký tự]`;
  let cut = EXCEL_CELL_MAX_CHARS - tail.length;
  // Never split a surrogate pair: half a character would be an unpaired code unit.
  if (/[\uD800-\uDBFF]/.test(escaped.charAt(cut - 1))) cut--;
  return escaped.slice(0, cut) + tail;
}
