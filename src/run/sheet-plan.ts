import type { DetectedHeader } from '../ingest/header-detect.js';
import { columnLetter } from '../ingest/column-letter.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { SheetRow } from '../ingest/sheet-source.js';
import { parseSexLegend, SEX_LEGEND, type SexLegend } from '../normalize/codes/sex-legend.js';
import { datePartKeys } from '../record-types/date-parts.js';
import { nameAndBirthDateKey } from '../record-types/name-and-birth-date.js';
import { LATER_CHANGES_KEY, remarksColumn } from '../record-types/common-columns.js';
import { foldHeader } from '../ingest/header-text.js';
import { firstNamedOf } from '../record-types/shared-id-column.js';

/** What a detected header tells about every data row of its sheet, computed once per sheet. */
export interface SheetPlan {
  header: DetectedHeader;
  /** Canonical key → column index. */
  columnOf: Map<string, number>;
  /** Column index → key used in `raw` (the header as written; made unique with the column letter). */
  rawKeys: Map<number, string>;
  /** Columns the record type does not know; kept in the clean record's `raw`. */
  unknownColumns: number[];
  /** Known columns that fill no record field (ColumnDefinition.keptInRaw: an age): kept in `raw` too. */
  keptInRawColumns: ReadonlySet<number>;
  /** Values printed above the header (book number, registering commune) for rows without such a cell; the book's year (BOOK_YEAR). */
  defaults: Map<string, SourceCell>;
  /** Keys whose column is headed by a year ('Năm sinh', 'Năm sinh của chồng', 'Năm sinh' › 'Nam'), not by a day. */
  yearHeaderKeys: ReadonlySet<string>;
  /** Keys whose column is headed by a place as well ('Ngày, nơi sinh', 'Ngày, giờ, nơi chết'): its cells hold a date and a place. */
  placeHeaderKeys: ReadonlySet<string>;
  /** Birth keys whose column is headed by an age as well ('Năm sinh / Thọ', 'Năm sinh (tuổi)'): its cells hold a year or an age. */
  ageHeaderKeys: ReadonlySet<string>;
  /** Ethnicity keys whose column is headed by the nationality too ('Dân tộc, quốc tịch'): its cells may name a country. */
  nationalityInEthnicityKeys: ReadonlySet<string>;
  /** The father's name column headed for both parents ('Họ tên cha, mẹ'): the parent its header names first. */
  parentsNameOrder: ReadonlyMap<string, 'father' | 'mother'>;
  /** Shared ID and year columns ('Số CMND/CCCD chồng, vợ', 'Số CMND cha, mẹ', 'Năm sinh chồng/vợ'): the person their header names first. */
  sharedIdOrder: ReadonlyMap<string, string>;
  /** Parents' year keys whose column's header names the parent ('Năm sinh mẹ', 'Mẹ / Năm sinh'), not a shared 'Năm sinh'. */
  parentNamedYearKeys: ReadonlySet<string>;
  /** Sex keys whose codes the book explains: in the column's header, else in a title or note row (defaults' SEX_LEGEND). */
  sexLegends: ReadonlyMap<string, SexLegend>;
}

/** 'năm' as a word of its own ('Năm sinh'), never 'nam' (male) nor inside another word. */
const YEAR_WORD = /(?<!\p{L})năm(?!\p{L})/u;
const DAY_OR_MONTH_WORD = /(?<!\p{L})(?:ngày|tháng)(?!\p{L})/u;

/**
 * A header label that names a year and no day or month: 'Năm sinh', 'Sinh năm',
 * 'Năm sinh của chồng', 'Người chết / Năm sinh'; not 'Ngày, tháng, năm sinh', 'Ngày sinh'.
 */
export function isYearHeader(label: string): boolean {
  const text = label.normalize('NFC').toLowerCase();
  return YEAR_WORD.test(text) && !DAY_OR_MONTH_WORD.test(text);
}

/** 'thời gian', 'thời điểm': when, without a day's word ('Thời gian, địa điểm chết'). */
const TIME_WORD = /(?<!\p{L})thời (?:gian|điểm)(?!\p{L})/u;

/** 'nơi', 'tại', 'địa điểm' as words of their own: the label names where, not only when. */
const PLACE_WORD = /(?<!\p{L})(?:nơi|tại|địa điểm)(?!\p{L})/u;

/**
 * 'tuổi', 'thọ', 'hưởng thọ', 'hưởng dương' as words of their own: the label names an age. Not 'tuổi' after a
 * number ('Năm sinh (trẻ dưới 1 tuổi ghi ngày tháng năm)': a condition of the instructions, the column asks a year)
 * nor 'tuổi con giáp' (the year's branch, no age).
 */
const AGE_WORD = /(?<!\d\s*)(?<!\p{L})(?:tuổi(?!\s+con giáp)|thọ|hưởng dương)(?!\p{L})/u;

/** A birth column's label that names an age beside the year or date: 'Năm sinh / Thọ', 'Năm sinh (tuổi)', 'Tuổi hoặc năm sinh'. */
export function isBirthAndAgeHeader(label: string): boolean {
  return AGE_WORD.test(label.normalize('NFC').toLowerCase());
}

/** A header label that names a place beside a date: 'Ngày, nơi sinh', 'Ngày tháng năm sinh, nơi sinh', 'Ngày, giờ, nơi chết', 'Thời gian, địa điểm chết'. */
export function isDateAndPlaceHeader(label: string): boolean {
  const text = label.normalize('NFC').toLowerCase();
  return PLACE_WORD.test(text) && (DAY_OR_MONTH_WORD.test(text) || TIME_WORD.test(text));
}

/** 'quốc tịch', 'QT' as words of their own: an ethnicity column's label naming the nationality too ('Dân tộc, quốc tịch'). */
const NATIONALITY_WORD = /(?<!\p{L})(?:quốc tịch|qt|q\.tịch)(?!\p{L})/u;
/** A parent named in a header, folded ('Năm sinh mẹ', 'Năm sinh của bố', 'Thân mẫu / Năm sinh'). */
const PARENT_WORD = /\b(?:cha|bo|me|than phu|than mau)\b/;
const FATHER_NAME_KEY = 'father.fullName';
/** The old forms' labels of the column for what changed after the entry was written ('Những thay đổi sau này'). */
const LATER_CHANGES_LABELS: ReadonlySet<string> = new Set((remarksColumn.secondaryAliases ?? []).map((label) => foldHeader(label)));

/**
 * The column 'Những thay đổi sau này' left without a key beside the book's 'Ghi chú' (the remarks), which the
 * remarks take after their own (FieldReader.remarks): a correction or an annulment written there is the entry's.
 */
function laterChangesColumn(header: DetectedHeader, unknownColumns: readonly number[]): number | undefined {
  if (unknownColumns.length === 0 || ![...header.keys.values()].includes('remarks')) return undefined;
  const found = unknownColumns.filter((column) => LATER_CHANGES_LABELS.has(foldHeader(header.labels.get(column) ?? '')));
  return found.length === 1 ? found[0] : undefined;
}
const FATHER_WORD = /(?<!\p{L})(?:cha|bố)(?!\p{L})/u;
const MOTHER_WORD = /(?<!\p{L})mẹ(?!\p{L})/u;
const HUSBAND_WORD = /(?<!\p{L})(?:chồng|nam)(?!\p{L})/u;
const WIFE_WORD = /(?<!\p{L})(?:vợ|nữ)(?!\p{L})/u;
/** The words naming each person of a shared ID column's header, by its key. */
const SHARED_ID_WORDS = new Map<string, Readonly<Record<string, RegExp>>>([
  ['spouses.personalId', { husband: HUSBAND_WORD, wife: WIFE_WORD }],
  ['spouses.birthDate', { husband: HUSBAND_WORD, wife: WIFE_WORD }],
  ['parents.personalId', { father: FATHER_WORD, mother: MOTHER_WORD }],
]);

/** The parent a label naming both names first ('Họ tên cha, mẹ': father; 'Họ tên mẹ, cha': mother); undefined for a label naming one. */
export function parentNamedFirst(label: string): 'father' | 'mother' | undefined {
  const text = label.normalize('NFC').toLowerCase();
  const father = text.search(FATHER_WORD);
  const mother = text.search(MOTHER_WORD);
  if (father < 0 || mother < 0) return undefined;
  return father < mother ? 'father' : 'mother';
}

export function planSheet(header: DetectedHeader, defaults: Map<string, SourceCell> = new Map()): SheetPlan {
  const columnOf = new Map<string, number>();
  for (const [column, key] of header.keys) columnOf.set(key, column);
  const rawKeys = new Map<number, string>();
  const seen = new Set<string>();
  for (const [column, label] of [...header.labels].sort(([a], [b]) => a - b)) {
    const key = seen.has(label) ? `${label} (${columnLetter(column)})` : label;
    seen.add(label);
    rawKeys.set(column, key);
  }
  const unknownColumns = [...header.labels.keys()].filter((column) => !header.keys.has(column)).sort((a, b) => a - b);
  const laterChanges = laterChangesColumn(header, unknownColumns);
  if (laterChanges !== undefined) {
    columnOf.set(LATER_CHANGES_KEY, laterChanges);
    unknownColumns.splice(unknownColumns.indexOf(laterChanges), 1);
  }
  const keptInRawKeys = new Set(header.type.columns.filter((column) => column.keptInRaw).map((column) => column.key));
  const keptInRawColumns = new Set<number>();
  for (const [column, key] of header.keys) if (keptInRawKeys.has(key)) keptInRawColumns.add(column);
  const yearHeaderKeys = new Set<string>();
  for (const [column, key] of header.keys) {
    const label = header.labels.get(column);
    if (label !== undefined && isYearHeader(label)) yearHeaderKeys.add(key);
  }
  const placeHeaderKeys = new Set<string>();
  const ageHeaderKeys = new Set<string>();
  const nationalityInEthnicityKeys = new Set<string>();
  for (const [column, key] of header.keys) {
    const label = header.labels.get(column);
    if (label !== undefined && isDateAndPlaceHeader(label)) placeHeaderKeys.add(key);
    if (label !== undefined && key.endsWith('.birthDate') && isBirthAndAgeHeader(label)) ageHeaderKeys.add(key);
    if (label !== undefined && key.endsWith('.ethnicity') && NATIONALITY_WORD.test(label.normalize('NFC').toLowerCase())) nationalityInEthnicityKeys.add(key);
  }
  const parentsNameOrder = new Map<string, 'father' | 'mother'>();
  const fatherNameColumn = columnOf.get(FATHER_NAME_KEY);
  const fatherNameLabel = fatherNameColumn === undefined ? undefined : header.labels.get(fatherNameColumn);
  const first = fatherNameLabel === undefined ? undefined : parentNamedFirst(fatherNameLabel);
  if (first !== undefined) parentsNameOrder.set(FATHER_NAME_KEY, first);
  const sharedIdOrder = new Map<string, string>();
  for (const [key, words] of SHARED_ID_WORDS) {
    const column = columnOf.get(key);
    const label = column === undefined ? undefined : header.labels.get(column);
    const named = label === undefined ? undefined : firstNamedOf(label, words);
    if (named !== undefined) sharedIdOrder.set(key, named);
  }
  const parentNamedYearKeys = new Set<string>();
  for (const key of ['father.birthYear', 'mother.birthYear']) {
    const column = columnOf.get(key);
    const label = column === undefined ? undefined : header.labels.get(column);
    if (label !== undefined && PARENT_WORD.test(foldHeader(label))) parentNamedYearKeys.add(key);
  }
  return {
    header,
    columnOf,
    rawKeys,
    unknownColumns,
    keptInRawColumns,
    defaults,
    yearHeaderKeys,
    placeHeaderKeys,
    ageHeaderKeys,
    nationalityInEthnicityKeys,
    parentsNameOrder,
    parentNamedYearKeys,
    sharedIdOrder,
    sexLegends: sexLegendsOf(header, defaults),
  };
}

/** The legend of each sex column ('Giới tính (1: Nam; 0: Nữ)'); a column whose header gives none takes the sheet's printed one. */
function sexLegendsOf(header: DetectedHeader, defaults: Map<string, SourceCell>): ReadonlyMap<string, SexLegend> {
  const legends = new Map<string, SexLegend>();
  const printed = defaults.get(SEX_LEGEND);
  const sheetLegend = printed === undefined ? null : parseSexLegend(printed.text);
  for (const [column, key] of header.keys) {
    if (!key.endsWith('.sex')) continue;
    const label = header.labels.get(column);
    const legend = (label === undefined ? null : parseSexLegend(label)) ?? sheetLegend;
    if (legend !== null) legends.set(key, legend);
  }
  return legends;
}

/** A cell of `row` printing a legend of the sex codes ('Giới tính: 1 - Nam, 0 - Nữ'), to keep in the defaults as SEX_LEGEND. */
export function printedSexLegend(row: SheetRow): SourceCell | undefined {
  return row.cells.find((cell) => cell !== undefined && /\d/.test(cell.text) && parseSexLegend(cell.text) !== null);
}

/**
 * The plan once a note row under the header printing a legend of the sex codes ('Nam ghi 1, nữ ghi 0') is read:
 * the rows after it read the sex column by it (a header's own legend still comes first).
 */
export function withPrintedSexLegend(plan: SheetPlan, row: SheetRow): SheetPlan {
  if (![...plan.header.keys.values()].some((key) => key.endsWith('.sex'))) return plan;
  const cell = printedSexLegend(row);
  if (cell === undefined || plan.defaults.get(SEX_LEGEND)?.text === cell.text) return plan;
  return planSheet(plan.header, new Map([...plan.defaults, [SEX_LEGEND, cell]]));
}

/**
 * The column a record field is read from; a date split over 'Ngày' | 'Tháng' | 'Năm' is found at its first part,
 * a name or birth date typed in a 'Họ tên, ngày sinh' column at that column.
 */
export function columnOfField(plan: SheetPlan, field: string): number | undefined {
  const column = plan.columnOf.get(field);
  if (column !== undefined) return column;
  for (const key of datePartKeys(field)) {
    const part = plan.columnOf.get(key);
    if (part !== undefined) return part;
  }
  const combined = nameAndBirthDateKey(field);
  return combined === null ? undefined : plan.columnOf.get(combined);
}
