/**
 * Excel's error values: what a formula shows when it cannot compute ('=A7+1' after row 7 was
 * deleted: #REF!; a VLOOKUP that finds nothing: #N/A). An .xlsx stores them as the cached result
 * of an error cell (`t="e"`, ECMA-376 part 1 §18.18.11 ST_CellType) and 'Save as CSV' writes them
 * out as text, so the text alone tells them (no register writes these words). Such a cell holds
 * no value of the register: the row's reader takes it for blank, with CELL_FORMULA_ERROR.
 */
export const CELL_FORMULA_ERROR = 'CELL_FORMULA_ERROR';

const HASH = 0x23;

/**
 * ECMA-376 part 1 §18.17.3.4 (the 7 classic values and #GETTING_DATA); Excel 365's dynamic-array
 * and data-type errors (#SPILL!, #CALC!, #FIELD!, #BLOCKED!, #CONNECT!, #BUSY!, #UNKNOWN!) too.
 */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

/** The cell's text is an Excel error value (a '#' first, then one set lookup: a cell is rarely one). */
export function isExcelErrorText(text: string): boolean {
  return text.charCodeAt(0) === HASH && EXCEL_ERRORS.has(text.trimEnd());
}
