import { messageVi, severityOf } from '../catalog/catalog.js';
import { columnLetter } from '../ingest/column-letter.js';
import { CELL_FORMULA_ERROR, isExcelErrorText } from '../ingest/excel-error.js';
import type { BrokenLine } from '../ingest/csv-broken-line.js';
import type { CsvRecordProblem } from '../ingest/csv-reader.js';
import { SHEET_HIDDEN } from '../ingest/open-sheets.js';
import type { SheetRow } from '../ingest/sheet-source.js';
import type { SourceCell } from '../ingest/source-cell.js';
import { BOOK_YEAR, FILE_YEAR } from '../ingest/title-defaults.js';
import type { Provenance, RejectedRow } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateCellText } from '../normalize/date/date-vi.js';
import { FieldReader, type MappedRow } from '../normalize/field-reader.js';
import { isCleanTextCell, normalizeText } from '../normalize/text/normalize-text.js';
import type { FieldMemo } from '../normalize/memo/field-memo.js';
import type { ShapeGuard } from '../record-types/shape-guard.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import { isForeignerCode, type EthnicCodeList } from '../normalize/codes/ethnicity.js';
import type { RegisterSource } from '../validate/register-numbers.js';
import { struckCells } from '../validate/struck-entry.js';
import { validateRecord } from '../validate/validate-record.js';
import { dittoFindings, type DittoMarked } from './ditto-findings.js';
import { spouseRoleRepeatedFinding, type SpouseRoleRepeated } from './spouse-rows.js';
import { recordId } from './record-id.js';
import { columnOfField, type SheetPlan } from './sheet-plan.js';
import type { SexLegend } from '../normalize/codes/sex-legend.js';
import { remarksWithRegistrationMark } from '../record-types/registration-fields.js';

export interface RowContext {
  provinceCode: string;
  districtCode: string;
  file: string;
  sheet: string;
  date1904: boolean;
  options: NormalizeOptions;
  /** The run's normalizer memo for these options (RunMemo.forSheet). */
  memo: FieldMemo;
  /** compileShapeGuard of the record type's schema: a record it passes is valid without running zod. */
  shapeGuard?: ShapeGuard | null;
  /** The sheet is hidden in Excel: each of its entries carries the warning SHEET_HIDDEN (a draft or a copy, mostly). */
  sheetHidden?: boolean;
  /** Rows hidden in the sheet (XLSX): an entry on one is read, with the note ROW_HIDDEN. */
  hiddenRows?: ReadonlySet<number>;
}

/** What became of a row, plus everything found in it (for the officers' report) and its commune. */
/** A rejected row keeps the record as read (when one was built): its register number still counts in its book. */
export type RowOutcome = ({ kind: 'clean'; record: Record<string, unknown> } | { kind: 'rejected'; rejected: RejectedRow; record?: Record<string, unknown> }) & {
  findings: BoundFinding[];
  communeCode: string | null;
  /** The row's book year and number column, for the batch's register checks (absent for a row that failed to process). */
  register?: RegisterSource;
};

/** One per sheet plan: the plan changes only with a header or a book title, not per row. */
const registerSources = new WeakMap<SheetPlan, RegisterSource>();

/** What the row's sheet says of its place in a register: the book's year (title, book number, sheet or file name) and the Số column. */
export function registerSourceOf(plan: SheetPlan): RegisterSource {
  let source = registerSources.get(plan);
  if (source === undefined) {
    const year = plan.defaults.get(BOOK_YEAR)?.value;
    const fileYear = plan.defaults.get(FILE_YEAR)?.value;
    const column = columnOfField(plan, 'registration.number') ?? columnOfField(plan, 'registration.numberAndBook');
    const dateColumn = columnOfField(plan, 'registration.date');
    source = {
      bookYear: typeof year === 'number' ? year : null,
      // A sheet that names two years has no book year, whatever its file's name says.
      fileYear: year === undefined && typeof fileYear === 'number' ? fileYear : null,
      numberColumn: column === undefined ? null : columnLetter(column),
      dateColumn: dateColumn === undefined ? null : columnLetter(dateColumn),
    };
    registerSources.set(plan, source);
    sourcePlans.set(source, plan);
  }
  return source;
}

/** The plan behind each register source: the source itself stays plain data, equal for equal sheets. */
const sourcePlans = new WeakMap<RegisterSource, SheetPlan>();

/** The letter of the column `field` is read from in the sheet of `source`, null when none: where a warning made at commit points. */
export function registerFieldColumn(source: RegisterSource | undefined, field: string): string | null {
  const plan = source === undefined ? undefined : sourcePlans.get(source);
  const at = plan === undefined ? undefined : columnOfField(plan, field);
  return plan === undefined || at === undefined ? null : columnLetter(plan.header.sourceColumns?.get(at) ?? at);
}

const isError = (code: string): boolean => severityOf(code) === 'error';
/** Same test as `text.trim() !== ''` (\s is trim's whitespace), without copying the text. */
const NOT_BLANK = /\S/;

function hasContent(text: string): boolean {
  const first = text.charCodeAt(0); // NaN for ''
  return (first > 0x20 && first < 0x7f) || NOT_BLANK.test(text);
}

/** One data row → a clean record, or a rejected row with every reason. Pure apart from hashing. */
export function processRow(
  row: SheetRow & { problem?: CsvRecordProblem; brokenLine?: BrokenLine } & DittoMarked & SpouseRoleRepeated,
  plan: SheetPlan,
  context: RowContext,
): RowOutcome {
  const type = plan.header.type;
  if (!context.memo.fits(context.options, context.districtCode, context.date1904)) {
    throw new Error('processRow: the memo belongs to other options');
  }
  // Struck-through text (XLSX): a struck entry is read as typed and rejected, struck cells of an entry that stands are not read.
  const struck = struckCells(row.cells, { type: type.name, columnOf: plan.columnOf, keyOf: plan.header.keys });
  const cells = new RowCells(struck === null ? row : { rowNumber: row.rowNumber, cells: struck.cells }, plan, context.date1904);
  const reader = new FieldReader(cells, context.memo);
  const body = type.build(reader);
  const provenance: Provenance = { file: context.file, sheet: context.sheet, row: row.rowNumber };
  const id = recordId(idParts(context, type.name, row.rowNumber));
  // Object.assign rather than spread in a literal (V8's slow path; see name-fields.ts). Key order is the output's.
  const record: Record<string, unknown> = Object.assign(
    { id, type: type.name, registration: Object.assign({ provinceCode: context.provinceCode, districtCode: context.districtCode || null }, body.registration), provenance },
    body.fields,
  );
  record.remarks = remarksWithRegistrationMark(reader, type.name, body.remarks);
  const raw = rawCells(row, plan, false);
  record.raw = raw;
  record.warnings = [];
  record.notes = [];
  // The reader is done with its list: the row's findings continue in it.
  const findings = reader.findings;
  if (cells.errorCells !== undefined) keepFormulaErrorCells(cells.errorCells, findings, raw);
  if (struck !== null) findings.unshift(...struck.findings);
  keepPassportCells(findings, raw, row, plan);
  withoutForeignNationalNoise(findings, body.fields, context.options.ethnicityCodeList);
  // Only a row with ditto marks lists them (read-register's DittoFiller): others pay one property check.
  if (row.dittoMarks !== undefined) findings.push(...dittoFindings(row.dittoMarks, plan, record));
  if (row.spouseRoleRepeated !== undefined) findings.push(spouseRoleRepeatedFinding(row.spouseRoleRepeated));
  if (row.brokenLine !== undefined) findings.push(brokenLineFinding(row.brokenLine, plan));
  if (row.problem) findings.push(row.problem.params === undefined ? { code: row.problem.code, field: 'row' } : { code: row.problem.code, field: 'row', params: row.problem.params });
  findings.push(...validateRecord(type, record, findings, isError));
  // A rule, or a reader finding a cell blank (SEX_MISSING), names a field; the officer looks for its column
  // (blank cells have none of their own). A title line's problem keeps its own place.
  // A copy is located, never the finding itself: a reader's may be shared (frozen in a memo).
  for (let at = 0; at < findings.length; at++) {
    const finding = findings[at]!;
    if (finding.column !== undefined || finding.titleRow !== undefined) continue;
    const column = columnOfField(plan, finding.field);
    if (column !== undefined) findings[at] = { ...finding, column: columnLetter(plan.header.sourceColumns?.get(column) ?? column) };
  }

  // Values pushed under the wrong columns: judging them would only list the consequences of one cause.
  if (row.problem?.code === 'CSV_EXTRA_FIELDS') findings.splice(0, findings.length, ...findings.filter((finding) => finding.code === 'CSV_EXTRA_FIELDS'));
  if (context.sheetHidden === true) findings.push({ code: SHEET_HIDDEN, field: 'row', params: { sheet: context.sheet } });
  if (context.hiddenRows !== undefined && context.hiddenRows.size > 0 && context.hiddenRows.has(row.rowNumber)) findings.push({ code: 'ROW_HIDDEN', field: 'row' });
  const errors: BoundFinding[] = [];
  const warnings: { code: string; field: string; message: string }[] = [];
  const notes: BoundFinding[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding.code);
    if (severity === 'error') errors.push(finding);
    else if (severity === 'warning') warnings.push({ code: finding.code, field: finding.field, message: message(finding) });
    else if (severity === 'note') notes.push(finding);
  }
  if (errors.length === 0) {
    record.warnings = warnings;
    record.notes = notes.map((finding) => ({
      code: finding.code,
      field: finding.field,
      from: finding.from ?? finding.value ?? '',
      to: finding.to ?? finding.normalized ?? '',
    }));
    // The guard accepts only what the schema accepts; anything else gets zod's own verdict and issue.
    if (context.shapeGuard?.(record) === true) return { kind: 'clean', record, findings, communeCode: body.registration.communeCode, register: registerSourceOf(plan) };
    const checked = type.schema.safeParse(record);
    if (checked.success) return { kind: 'clean', record, findings, communeCode: body.registration.communeCode, register: registerSourceOf(plan) };
    const issue = checked.error.issues[0];
    const shapeError: BoundFinding = { code: 'RECORD_SHAPE_INVALID', field: issue ? issue.path.join('.') : 'row', params: { reason: issue?.message ?? '' } };
    errors.push(shapeError);
    findings.push(shapeError);
  }
  return {
    kind: 'rejected',
    record,
    findings,
    communeCode: body.registration.communeCode,
    register: registerSourceOf(plan),
    rejected: {
      id,
      provenance,
      raw: rawCells(row, plan, true),
      errors: errors.map((finding) => ({
        code: finding.code,
        field: finding.field,
        message: message(finding),
        value: finding.value ?? null,
        column: finding.column ?? null,
      })),
      warnings,
    },
  };
}

/**
 * What is normal for a person of another nationality (a foreign spouse) and would only teach
 * officers to skip warnings: a name without Vietnamese marks, a passport for an ID. A person whose
 * nationality is blank but whose ethnicity reads 55 (người nước ngoài: 'Hàn', 'Trung Quốc') is
 * one too — the record itself says so.
 */
const NORMAL_FOR_FOREIGN_NATIONALS: ReadonlySet<string> = new Set(['NAME_NO_DIACRITICS', 'ID_PASSPORT']);

/** The note on a CSV record joined again across a line break its exporter wrote without quotes (csv-broken-line.ts). */
function brokenLineFinding(line: BrokenLine, plan: SheetPlan): BoundFinding {
  return {
    code: 'ROW_CONTINUATION_JOINED',
    field: plan.header.keys.get(line.column) ?? 'row',
    column: columnLetter(plan.header.sourceColumns?.get(line.column) ?? line.column),
    value: line.after,
    from: line.before,
    to: `${line.before} ${line.after}`,
    params: { rows: String(line.rowNumber) },
  };
}

/**
 * A passport in an ID column (a foreign spouse's or parent's, or a Vietnamese's) is a real identity paper
 * but no personal ID or CMND, the only shapes the load format's ID field takes: the field stays empty and
 * the cell as typed is kept in `raw` under its column's label, with the columns the record type does not read.
 * So is a parent's ID that is no ID at all ('O26190012365'), left empty in a birth that is loaded, an ID cell of words
 * and no number ('Đã thu hồi'), and a deceased's
 * or a spouse's 'Ngày, nơi sinh' cell whose date was read, unknown or not read (params.placeKept): the place has no
 * field of its own.
 */
function keepPassportCells(findings: readonly BoundFinding[], raw: Record<string, string>, row: SheetRow, plan: SheetPlan): void {
  for (let i = 0; i < findings.length; i++) {
    const { code, field } = findings[i]!;
    // A birth date read from a 'Ngày, nơi sinh' cell of a person with no birth place field: the place stays in raw (FieldReader.birthDateBeforePlace).
    if (code !== 'ID_PASSPORT' && code !== 'ID_PARENT_MALFORMED' && code !== 'ID_NO_NUMBER' && code !== 'ID_SHARED_COLUMN_OWNER_UNKNOWN' && findings[i]!.params?.placeKept !== 'raw') continue;
    const column = plan.columnOf.get(field);
    const cell = column === undefined ? undefined : row.cells[column];
    if (column !== undefined && cell !== undefined) raw[plan.rawKeys.get(column) ?? `Cột ${cell.column}`] = cell.text;
  }
}

/** The error cells a field read as blank: CELL_FORMULA_ERROR first in the row's findings, each cell in `raw` as typed under its column's label. */
function keepFormulaErrorCells(errorCells: readonly ErrorCell[], findings: BoundFinding[], raw: Record<string, string>): void {
  findings.unshift(...errorCells.map(({ key, label, cell }) => ({ code: CELL_FORMULA_ERROR, field: key, column: cell.column, value: cell.text, params: { label } })));
  for (const { label, cell } of errorCells) raw[label] = cell.text;
}

/** Drops those findings of persons whose nationality is read and is not VN, or is blank beside the ethnicity 55. */
function withoutForeignNationalNoise(findings: BoundFinding[], fields: Record<string, unknown>, list: EthnicCodeList): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const { code, field } = findings[i]!;
    if (!NORMAL_FOR_FOREIGN_NATIONALS.has(code)) continue;
    const person = fields[field.slice(0, field.lastIndexOf('.'))];
    if (typeof person !== 'object' || person === null) continue;
    const { nationality, ethnicityCode } = person as { nationality?: unknown; ethnicityCode?: unknown };
    const foreign = typeof nationality === 'string' ? nationality !== 'VN' : nationality == null && isForeignerCode(ethnicityCode as string | null | undefined, list);
    if (foreign) findings.splice(i, 1);
  }
}

/** A cell holding an Excel error value, the column key a field read it under and the column's label. */
interface ErrorCell {
  key: string;
  label: string;
  cell: SourceCell;
}

/**
 * A row's cells by column key; a blank cell falls back to the value printed above the header.
 * A cell holding an Excel error value ('#REF!', '#N/A': excel-error.ts) is read as blank, with
 * CELL_FORMULA_ERROR; it stays in `raw` as typed.
 */
class RowCells implements MappedRow {
  /** Each error cell a field read, once (absent in nearly every row). */
  errorCells: ErrorCell[] | undefined;
  /**
   * The key last asked for and its answer: about a quarter of a row's lookups ask again for the key just
   * asked for (has() then text(), a name's parts), and each is a map search or two. An answer depends on the
   * key alone (an error cell is kept once whatever the asking).
   */
  private lastKey: string | undefined;
  private lastCell: SourceCell | undefined;

  constructor(
    private readonly row: SheetRow,
    private readonly plan: SheetPlan,
    readonly date1904: boolean,
  ) {}

  cell(key: string): SourceCell | undefined {
    if (key === this.lastKey) return this.lastCell;
    const cell = this.lookUp(key);
    this.lastKey = key;
    this.lastCell = cell;
    return cell;
  }

  private lookUp(key: string): SourceCell | undefined {
    const { plan } = this;
    const column = plan.columnOf.get(key);
    const cell = column === undefined ? undefined : this.row.cells[column];
    if (cell && hasContent(cell.text)) {
      if (!isExcelErrorText(cell.text)) return cell;
      this.formulaError(key, column!, cell);
    }
    return plan.defaults.size === 0 ? undefined : plan.defaults.get(key);
  }

  private formulaError(key: string, column: number, cell: SourceCell): void {
    const errorCells = (this.errorCells ??= []);
    if (errorCells.some((known) => known.cell === cell)) return;
    errorCells.push({ key, label: this.plan.rawKeys.get(column) ?? `Cột ${cell.column}`, cell });
  }

  yearHeader(key: string): boolean {
    return this.plan.yearHeaderKeys.has(key);
  }

  placeHeader(key: string): boolean {
    return this.plan.placeHeaderKeys.has(key);
  }

  ageHeader(key: string): boolean {
    return this.plan.ageHeaderKeys.has(key);
  }

  ethnicityNamesNationality(key: string): boolean {
    return this.plan.nationalityInEthnicityKeys.has(key);
  }

  parentsHeaderFirst(key: string): 'father' | 'mother' | undefined {
    return this.plan.parentsNameOrder.get(key);
  }

  sharedIdFirst(key: string): string | undefined {
    return this.plan.sharedIdOrder.get(key);
  }

  yearHeaderNamesParent(key: string): boolean {
    return this.plan.parentNamedYearKeys.has(key);
  }

  sexLegend(key: string): SexLegend | undefined {
    return this.plan.sexLegends.get(key);
  }

  hasColumn(key: string): boolean {
    return this.plan.columnOf.has(key) || this.plan.defaults.has(key);
  }
}

/** The parts of a record id (not the whole context: the id must not depend on anything else). */
export function idParts(context: RowContext, type: string, row: number): Parameters<typeof recordId>[0] {
  return { provinceCode: context.provinceCode, districtCode: context.districtCode, type, file: context.file, sheet: context.sheet, row };
}

function message(finding: BoundFinding): string {
  // Object.assign rather than spread: same object, without V8's slow path for params of varied shapes.
  return messageVi(finding.code, Object.assign({ value: finding.value }, finding.params));
}

/**
 * Cells as typed, by header label ('Cột X' for a cell under no header): all of them, or only those under
 * no known column and those of a known column that fills no field (SheetPlan.keptInRawColumns).
 */
function rawCells(row: SheetRow, plan: SheetPlan, all: boolean): Record<string, string> {
  const raw: Record<string, string> = {};
  const { cells } = row;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    if (!cell || cell.text === '' || (!all && plan.header.keys.has(column) && !plan.keptInRawColumns.has(column))) continue;
    raw[plan.rawKeys.get(column) ?? `Cột ${cell.column}`] = rawText(cell);
  }
  return raw;
}

/** Notes of a text decoded from a legacy encoding (normalize-text.ts), by code. */
const DECODED_CODES: ReadonlySet<string> = new Set(['TEXT_LEGACY_TCVN3', 'TEXT_LEGACY_VNI', 'TEXT_LEGACY_CP1258', 'TEXT_MOJIBAKE_UTF8']);

/**
 * A cell's text for `raw`: as typed, but decoded when typed in a legacy font encoding (a TCVN3 book's
 * 'Th«n §ång Nhãm' is 'Thôn Đồng Nhóm'), as its header label and every column read are; nothing else
 * of it is cleaned. A clean cell (nearly all) is let through by the fast check. A Date cell is as Excel
 * shows it to the officer (dd/mm/yyyy, or less when its format shows less), not the reader's ISO day.
 */
function rawText(cell: SourceCell): string {
  if (cell.value instanceof Date) return dateCellText(cell.text, cell.datePrecision);
  if (isCleanTextCell(cell.text, cell.font, cell.encoding)) return cell.text;
  const source = cell.runs === undefined ? { text: cell.text, font: cell.font } : { text: cell.text, font: cell.font, runs: cell.runs };
  const { value, findings } = normalizeText(source, { encoding: cell.encoding ?? null, ...(cell.lostSoftHyphen ? { lostSoftHyphen: true } : {}) });
  return findings.some((finding) => DECODED_CODES.has(finding.code)) ? value : cell.text;
}
