import type { HeaderDiagnosis } from '../ingest/header-diagnosis.js';
import { HEADER_SEARCH_ROWS } from '../ingest/header-detect.js';
import { fieldLabelOfPersonVi } from '../record-types/field-label.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { RECORD_TYPES } from '../record-types/registry.js';

/** More rows than this filled like entries (isDenseRow) make a sheet without a header a book left unread, not an index or a notes sheet. */
export const UNREAD_BOOK_ROWS = 10;

/** A sheet without a header as the reader saw it: its rows, those filled like entries, what its top rows name. */
export interface SheetWithoutHeader {
  rows: number;
  denseRows: number;
  diagnosis?: HeaderDiagnosis;
}

const quoted = (labels: readonly string[]): string => labels.map((label) => `«${label}»`).join(', ');

/**
 * The problem for a sheet whose header was not found: SHEET_ENTRIES_NO_HEADER (an error) when
 * more than UNREAD_BOOK_ROWS of its rows are filled as entries are — a register whose entries
 * were not read — else SHEET_NO_HEADER (a warning: an index, notes, a short table). Both say
 * which main columns a register needs, which labels its top rows name and which main ones
 * they lack; those of the register they name most, or of every register read when they name none.
 */
export function sheetWithoutHeaderProblem(types: readonly RecordTypeName[], sheet: SheetWithoutHeader): { code: string; params: Record<string, string | number> } {
  const expected = types.map((type) => RECORD_TYPES[type].labelVi.toLowerCase()).join(' / ');
  const diagnosis = sheet.diagnosis;
  const mainColumns = (type: RecordTypeName): string => quoted(RECORD_TYPES[type].requiredFields.map((field) => fieldLabelOfPersonVi(RECORD_TYPES[type], field)));
  const named = diagnosis?.type ?? null;
  const columns = named !== null || types.length === 1 ? mainColumns(named ?? types[0]!) : types.map((type) => `sổ ${RECORD_TYPES[type].labelVi.toLowerCase()}: ${mainColumns(type)}`).join('; ');
  const recognised = diagnosis === undefined || diagnosis.recognised.length === 0 ? 'không cột nào' : quoted(diagnosis.recognised);
  const missing = named === null || diagnosis === undefined ? columns : diagnosis.missing.length === 0 ? 'không thiếu cột chính nào' : quoted(diagnosis.missing);
  const params = { expected, searched: HEADER_SEARCH_ROWS, rows: sheet.rows, columns, recognised, missing };
  if (sheet.denseRows > UNREAD_BOOK_ROWS) return { code: 'SHEET_ENTRIES_NO_HEADER', params: { ...params, denseRows: sheet.denseRows } };
  return { code: 'SHEET_NO_HEADER', params };
}

/**
 * The one record type whose batch (manifest, errors.xlsx) lists a sheet without a header: its rows belong to no
 * register, so listing it in every type's report made an officer meet it three times (summary.json and
 * summary.xlsx list it once for the run). The register its file, sheet name, title or top rows name; else the
 * register of the nearest sheet before it in the workbook that has a header (the book its notes or index belong
 * to), else after it; else the first type the run reads.
 */
export function sheetWithoutHeaderOwner(
  sheets: readonly { sheet: string; type: RecordTypeName | null; hinted?: RecordTypeName }[],
  sheet: string,
  types: readonly RecordTypeName[],
): RecordTypeName | null {
  const at = sheets.findIndex((entry) => entry.sheet === sheet && entry.type === null);
  const own = at < 0 ? undefined : sheets[at]!.hinted;
  if (own !== undefined) return own;
  for (let i = at - 1; i >= 0; i--) if (sheets[i]!.type !== null) return sheets[i]!.type;
  for (let i = at + 1; i < sheets.length && at >= 0; i++) if (sheets[i]!.type !== null) return sheets[i]!.type;
  return types[0] ?? null;
}
