import { resolve, sep } from 'node:path';
import { AliasIndex } from '../ingest/alias-index.js';
import type { CsvRow } from '../ingest/csv-reader.js';
import { detectHeader, HEADER_SEARCH_ROWS, type DetectedHeader } from '../ingest/header-detect.js';
import { isSampleSheet } from '../ingest/sample-sheet.js';
import { SplitUnderMergedLabel } from './split-under-merged-label.js';
import { openSheets, SHEET_HIDDEN, UnreadableFileError } from '../ingest/open-sheets.js';
import { recordTypeHint, titleTypeHint } from '../ingest/type-hint.js';
import { BOOK_YEAR, inferCommune, sheetYears, titleDefaults, yearsNamed, type InferredCommune } from '../ingest/title-defaults.js';
import { RowClassifier, type SkipReason } from '../ingest/row-kind.js';
import { matchCommune } from '../normalize/place/match-commune.js';
import { communeNamedBy } from '../normalize/place/name-commune.js';
import { RunMemo } from '../normalize/memo/run-memo.js';
import { rowLegacyEncoding, type EvidenceMemo } from '../normalize/text/row-encoding.js';
import { inSheetEncoding, NO_SHEET_EVIDENCE, sheetTextEvidence, type SheetTextEvidence } from '../normalize/text/sheet-encoding.js';
import type { ColumnRange, RowMerge, SheetRow } from '../ingest/sheet-source.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { RecordTypeDefinition, RecordTypeName } from '../record-types/record-type.js';
import { ShapeGuards } from '../record-types/shape-guard.js';
import { idParts, processRow, registerSourceOf, type RowContext, type RowOutcome } from './process-row.js';
import type { RegisterSource } from '../validate/register-numbers.js';
import { recordId } from './record-id.js';
import { headerOpenedBy, HEADER_LINES_AFTER } from './header-switch.js';
import { RemarksContinuation, type HeldEntry } from './remarks-continuation.js';
import type { DittoMark, DittoMarked } from './ditto-findings.js';
import { dittoMark } from './ditto-mark.js';
import { NextBook } from './next-book.js';
import { SheetDamagedError } from '../ingest/xlsx-scan/read-xlsx-lean.js';
import { fillsEntryNameColumns, TrailingNames } from './trailing-names.js';
import { planSheet, printedSexLegend, withPrintedSexLegend, type SheetPlan } from './sheet-plan.js';
import { SEX_LEGEND } from '../normalize/codes/sex-legend.js';
import { SheetContinuation } from './continued-sheet.js';
import { messageVi } from '../catalog/catalog.js';
import { hasNonAscii } from '../normalize/text/ascii.js';
import { isBlankMark } from '../normalize/text/blank-mark.js';
import { fontFamily } from '../normalize/text/font-family.js';
import { COMBINING_MARK, REAL_UNICODE_LETTER } from '../normalize/text/vietnamese-letters.js';
import { detectSpouseRowsHeader } from '../ingest/header-per-spouse.js';
import { diagnoseMissingHeader, isDenseRow, type HeaderDiagnosis } from '../ingest/header-diagnosis.js';
import { SpouseRows, type SpouseRowsOutput } from './spouse-rows.js';

/**
 * 'other-register': a row of a sheet whose header is another record type's than those read (--type).
 * 'entry-continued': the second line of the entry above it (RemarksContinuation), read with that entry.
 */
export type RowSkipReason = SkipReason | 'title' | 'header' | 'no-header' | 'other-register' | 'entry-continued';

/** A book's number marked unused: the number(s) as typed ('24', '8-10') and the sheet's register (book year). */
export interface UnusedLine {
  number: string;
  register: RegisterSource;
}

/** What reading one register file yields, in source order. */
export type RegisterEvent =
  /**
   * `otherRegister`: the header is of a type not read (`types`); its rows follow as 'other-register' skips, in no batch.
   * `continuedFrom`: the sheet has no header and is read with that of the sheet before it, which it continues (SheetContinuation).
   * `hidden`: the sheet is hidden in Excel; each of its entries carries the warning SHEET_HIDDEN.
   * `commune`: no title line names the registration commune, which was taken from the sheet's or the file's name
   * or an earlier sheet's title (inferCommune); `communeMissing`: none of them nor a column gives it.
   */
  | {
      kind: 'sheet';
      sheet: string;
      header: DetectedHeader | null;
      unknownHeaders: string[];
      otherRegister?: true;
      /** A sheet without a header skipped as another register's: the register its file, sheet name or title names. */
      namedRegister?: RecordTypeName;
      continuedFrom?: string;
      /** A sheet without a header: the columns of a register its top rows name, and the main ones they lack. */
      missingHeader?: HeaderDiagnosis;
      /** A sheet without a header whose file, sheet name or title names a register this run reads: that register. */
      hintedRegister?: RecordTypeName;
      hidden?: true;
      commune?: InferredCommune;
      communeMissing?: true;
      /** The sheet's part is damaged (SheetDamagedError): none of its rows is read; what is wrong, in Vietnamese. */
      damaged?: string;
    }
  /**
   * `unused`: an 'unused-line' that types its number(s) in 'Số' ('24 | Bỏ trống'): a line of its book all the same.
   * `dense`: a row of a sheet without a header that fills several cells with words, as an entry does (isDenseRow).
   */
  | { kind: 'skipped'; sheet: string; rowNumber: number; reason: RowSkipReason; type: RecordTypeName | null; unused?: UnusedLine; dense?: true }
  | { kind: 'row'; sheet: string; rowNumber: number; type: RecordTypeName; outcome: RowOutcome };

export interface ReadRegisterOptions extends Omit<RowContext, 'sheet' | 'date1904' | 'memo'> {
  /** Alias indexes of the record types a sheet's header is matched against (every type's, so a sheet of another register is known as such). */
  indexes: readonly AliasIndex[];
  /** Record types to read (--type); a sheet of another type is skipped whole. By default every type of `indexes`. */
  types?: readonly RecordTypeName[];
  /** Normalizer memos to share between the files of a run; by default each call makes its own. */
  memo?: RunMemo;
  /** Compiled shape guards to share between the files of a run; by default each call compiles its own. */
  shapeGuards?: ShapeGuards;
  /** Told the bytes of the file read so far (progress). */
  onBytes?: (bytesRead: number) => void;
}

/** The words naming a sheet's name as the source of a book's year (BOOK_YEAR's text, as title-defaults.ts gives them). */
const SHEET_NAME_SOURCE = 'tên trang tính';

/**
 * The book values a sheet without a header takes from the sheet it continues, unless its own
 * name names another year: a workbook of one sheet per year ('1999' with the header, '2000'
 * typed on without it) continues the layout, not the book. Such a sheet keeps the commune but
 * not a book number of another year ('01/1999'), and its year is its name's, so its entries,
 * numbered from 1 again, are neither another year's book nor that book's numbers again.
 */
function continuedDefaults(inherited: ReadonlyMap<string, SourceCell>, sheetName: string, otherSheets: readonly string[]): Map<string, SourceCell> {
  const defaults = new Map(inherited);
  const named = new Set(sheetYears(sheetName, otherSheets));
  const [year] = named;
  if (named.size !== 1 || year === undefined) return defaults;
  // Two figures ('KS 13') may be a page's number in a book typed a page per sheet: they replace a year only a
  // sheet's name gave ('KS84' before 'KS85'), never the title's ('SỔ ĐĂNG KÝ KHAI SINH NĂM 1998' on 'KS 1').
  const inheritedYear = defaults.get(BOOK_YEAR);
  if (yearsNamed(sheetName).length === 0 && inheritedYear !== undefined && !inheritedYear.text.includes(SHEET_NAME_SOURCE)) return defaults;
  const book = defaults.get('registration.book');
  const bookYears = book === undefined ? [] : yearsNamed(book.text);
  if (bookYears.length > 0 && !bookYears.includes(year)) defaults.delete('registration.book');
  if (defaults.get(BOOK_YEAR)?.value !== year) defaults.set(BOOK_YEAR, { value: year, text: `${SHEET_NAME_SOURCE} "${sheetName}"`, column: '' });
  return defaults;
}

/**
 * A register sheet whose own title gives no book number, right after a sheet without a header that
 * gives one (the book's cover typed on a sheet of its own: 'UỶ BAN NHÂN DÂN XÃ KIM XÁ' / 'SỔ ĐĂNG KÝ
 * KHAI SINH' / 'Quyển số: 01/2003'), takes the cover's number and year — unless the cover names
 * another register, or the sheet's name another year.
 */
function withCoverBook(defaults: Map<string, SourceCell>, cover: { defaults: ReadonlyMap<string, SourceCell>; type: RecordTypeName | null }, type: RecordTypeName, sheetName: string, districtCode: string, otherSheets: readonly string[]): void {
  const book = cover.defaults.get('registration.book');
  if (book === undefined || defaults.has('registration.book') || (cover.type !== null && cover.type !== type)) return;
  const named = sheetYears(sheetName, otherSheets);
  const coverYear = cover.defaults.get(BOOK_YEAR);
  if (named.length > 0 && !named.every((year) => year === coverYear?.value)) return;
  // The sheet's own title names a year ('SỔ ĐĂNG KÝ KHAI SINH NĂM 2004' after last year's cover, a workbook copied on): not the cover's book.
  const ownYear = defaults.get(BOOK_YEAR);
  if (ownYear !== undefined && ownYear.value !== coverYear?.value) return;
  // Nor when its title names another commune than the cover's.
  const ownPlace = defaults.get('registration.place');
  const coverPlace = cover.defaults.get('registration.place');
  if (ownPlace !== undefined && coverPlace !== undefined && !sameCommune(ownPlace.text, coverPlace.text, districtCode)) return;
  defaults.set('registration.book', book);
  if (coverYear !== undefined && !defaults.has(BOOK_YEAR)) defaults.set(BOOK_YEAR, coverYear);
}

/**
 * A register sheet with a 'Nơi đăng ký' column and no commune title of its own, right after its book's cover
 * ('UỶ BAN NHÂN DÂN XÃ KIM XÁ' on a sheet without a header): the cover's commune is its title's, for the
 * entries that leave the column empty — unless the cover names another register, or the sheet's name a commune.
 */
function withCoverCommune(defaults: Map<string, SourceCell>, cover: { defaults: ReadonlyMap<string, SourceCell>; type: RecordTypeName | null }, type: RecordTypeName, sheetName: string, districtCode: string): void {
  const place = cover.defaults.get('registration.place');
  if (place === undefined || place.column === '' || defaults.has('registration.place') || (cover.type !== null && cover.type !== type)) return;
  if (communeNamedBy(sheetName, { districtCode: districtCode === '' ? null : districtCode, year: null }) !== null) return;
  defaults.set('registration.place', place);
}

/** Whether two title places name the same commune: the same code of the district, or the same words when either is not known. */
function sameCommune(a: string, b: string, districtCode: string): boolean {
  const code = (text: string): string | null => matchCommune(text, { districtCode: districtCode === '' ? null : districtCode, registrationDate: null }).value.communeCode;
  const [codeA, codeB] = [code(a), code(b)];
  if (codeA !== null && codeB !== null) return codeA === codeB;
  const words = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/, '').replace(/\s+/g, ' ').trim();
  return words(a) === words(b);
}

/**
 * Reads every sheet of a file: finds each sheet's header and record type,
 * classifies the rows below it and turns each data row into a clean or
 * rejected record; a sheet of a record type not in `types` is skipped whole.
 * Throws only when the file itself cannot be read.
 */
export async function* readRegister(path: string, options: ReadRegisterOptions): AsyncIterable<RegisterEvent> {
  const { memo: runMemo = new RunMemo(), shapeGuards = new ShapeGuards(), onBytes, ...rowOptions } = options;
  const types = options.types ?? options.indexes.map((index) => index.type.name);
  let emptySheet: string | undefined;
  let someCells = false;
  const sheetContinuation = new SheetContinuation(options.indexes);
  // The commune title in force at the end of the last sheet that had one: a sheet after it without any may continue its book.
  let earlierTitle: { place: SourceCell; sheet: string } | undefined;
  // The title of a sheet without a header just before (a book's cover: 'SỔ ĐĂNG KÝ KHAI SINH' / 'Quyển số: 01/2003'), for the sheet after it.
  let cover: { defaults: Map<string, SourceCell>; type: RecordTypeName | null } | undefined;
  // Sheets whose part is damaged, said once a sheet of the file gives cells: a file with no other is unreadable whole.
  const damagedSheets: { event: RegisterEvent; error: SheetDamagedError }[] = [];
  for await (const sheet of openSheets(path, onBytes)) {
    const top: SheetRow[] = [];
    const rows = sheet.rows[Symbol.asyncIterator]();
    try {
      while (top.length < HEADER_SEARCH_ROWS) {
        const next = await rows.next();
        if (next.done) break;
        top.push(next.value);
      }
    } catch (error) {
      if (!(error instanceof SheetDamagedError)) throw error;
      const event: RegisterEvent = { kind: 'sheet', sheet: sheet.name, header: null, unknownHeaders: [], damaged: damagedSheetReason(error.message) };
      if (someCells) yield event;
      else damagedSheets.push({ event, error });
      // No book carries on across a sheet that could not be read.
      sheetContinuation.clear();
      cover = undefined;
      continue;
    }
    // A sheet with no cell at all (the 'Sheet2', 'Sheet3' a new workbook comes with) is no register: skipped
    // silently, unless the whole file is empty (FILE_EMPTY, below).
    if (top.length < HEADER_SEARCH_ROWS && top.every((row) => row.cells.every((cell) => cell === undefined))) {
      emptySheet ??= sheet.name;
      continue;
    }
    someCells = true;
    for (const { event } of damagedSheets.splice(0)) yield event;
    const hidden = sheet.hiddenColumns ?? [];
    const detected =
      detectHeader(top, options.indexes, hidden) ??
      detectSpouseRows(top, options.indexes, types, options.file, sheet.name, hidden) ??
      detectHintedHeader(top, options.indexes, options.file, sheet.name, hidden) ??
      detectRequestedHeader(top, options.indexes, types, hidden);
    // A sheet without a header may carry on the book of the sheet before it ('Trang 2'): read with that sheet's header.
    // So may a sheet whose only header is a part of that sheet's, printed again (the lower row of its two-level header).
    const continued = detected === null ? sheetContinuation.continued(top) : sheetContinuation.continuedUnderPartialHeader(top, detected);
    const firstHeader = continued === null ? detected : { ...continued.header, headerRowNumbers: [] };
    const continuedFrom = continued === null ? {} : { continuedFrom: continued.sheet };
    const hiddenSheet = sheet.hidden === true ? { hidden: true as const } : {};
    if (!firstHeader || !types.includes(firstHeader.type.name)) {
      // No header, or another register's than those read: none of the sheet's rows is read.
      if (firstHeader) sheetContinuation.read({ sheet: sheet.name, header: firstHeader, defaults: new Map() }, top);
      else sheetContinuation.clear();
      // No header, in a file, sheet or title naming a register not read (a birth book's 'Tổng hợp' counts in a
      // death run): that register's run reports the sheet, as another register's sheet with a header is skipped.
      const hinted = firstHeader ? null : (recordTypeHint(options.file, sheet.name) ?? titleTypeHint(top));
      const otherType = firstHeader?.type.name ?? (hinted !== null && !types.includes(hinted) ? hinted : null);
      cover = undefined;
      if (!firstHeader) {
        // A cover's commune carries on as an earlier sheet's title does; its book number goes to the sheet after it only.
        const title = titleDefaults(top, { districtCode: options.districtCode, sheetName: sheet.name, fileName: options.file });
        const place = title.get('registration.place');
        if (place !== undefined && place.column !== '') earlierTitle = { place, sheet: sheet.name };
        if (title.has('registration.book') || title.has('registration.place')) cover = { defaults: title, type: titleTypeHint(top) };
      }
      yield firstHeader
        ? { kind: 'sheet', sheet: sheet.name, header: firstHeader, unknownHeaders: [], otherRegister: true, ...continuedFrom, ...hiddenSheet }
        : otherType !== null
          ? { kind: 'sheet', sheet: sheet.name, header: null, unknownHeaders: [], otherRegister: true, namedRegister: otherType, ...hiddenSheet }
          : {
              kind: 'sheet',
              sheet: sheet.name,
              header: null,
              unknownHeaders: [],
              missingHeader: diagnoseMissingHeader(top, options.indexes.filter((index) => types.includes(index.type.name))),
              ...(hinted !== null ? { hintedRegister: hinted } : {}),
              ...hiddenSheet,
            };
      if (otherType) {
        for (const row of top) yield skipped(sheet.name, row, 'other-register', otherType);
        for (let next = await rows.next(); !next.done; next = await rows.next()) yield skipped(sheet.name, next.value, 'other-register', otherType);
      } else {
        for (const row of top) yield noHeaderRow(sheet.name, row);
        for (let next = await rows.next(); !next.done; next = await rows.next()) yield noHeaderRow(sheet.name, next.value);
      }
      continue;
    }
    // The header in force: a header line of another layout lower down takes over for the rows below it.
    let header = firstHeader;
    const index = options.indexes.find((candidate) => candidate.type === header.type) ?? new AliasIndex(header.type);
    let classifier = new RowClassifier(header, index);
    const firstHeaderRow = header.headerRowNumbers[0] ?? 0;
    // A template's instructions or sample sheet ('Hướng dẫn', 'Mẫu') showing an entry or two: examples, no entries.
    const headerRowNumbers = new Set(header.headerRowNumbers);
    const isEntry = (row: SheetRow): boolean => !headerRowNumbers.has(row.rowNumber) && classifier.isEntry(row);
    const sampleSheet = !continued && isSampleSheet(sheet.name, sheet.otherSheets ?? [], top, top.length < HEADER_SEARCH_ROWS, isEntry, top.filter((row) => row.rowNumber < firstHeaderRow));
    // Rows above the header are titles, unless one is an entry (typed above a header printed lower): that one is read.
    const entriesAbove = new Set(sampleSheet ? [] : top.filter((row) => row.rowNumber < firstHeaderRow && classifier.isEntry(row)).map((row) => row.rowNumber));
    const titleRows = top.filter((row) => row.rowNumber < firstHeaderRow && !entriesAbove.has(row.rowNumber));
    // A three-row header's top row may be a title line the search took in ('Quyển số: 02/2016' over a group label).
    const titleLike = header.headerRowNumbers.length >= 3 ? [...titleRows, ...top.filter((row) => row.rowNumber === firstHeaderRow)] : titleRows;
    // A continuing sheet is of the book the sheet before began: its number and commune (its columns' were reported there).
    const otherSheets = sheet.otherSheets ?? [];
    const sheetDefaults = continued ? continuedDefaults(continued.defaults, sheet.name, otherSheets) : titleDefaults(titleLike, { districtCode: options.districtCode, sheetName: sheet.name, fileName: options.file, otherSheets });
    if (!continued && cover !== undefined) withCoverBook(sheetDefaults, cover, header.type.name, sheet.name, options.districtCode, otherSheets);
    const legendAbove = titleLike.map(printedSexLegend).find((cell) => cell !== undefined);
    if (legendAbove !== undefined) sheetDefaults.set(SEX_LEGEND, legendAbove);
    let plan = planSheet(header, sheetDefaults);
    // A sheet whose title names no commune and that has no column of it: from its name, an earlier sheet's title, the file's name.
    // A column of commune codes ('Mã xã') left blank, as a template's often is, gives no commune: still inferred.
    const placeColumn = plan.columnOf.has('registration.place') && !isCommuneCodeColumn(plan);
    // A sheet with a 'Nơi đăng ký' column and no title of its own, right after its book's cover: the cover's commune is its
    // title's, for the entries that leave that cell empty (unless the cover names another register, or the sheet's name a commune).
    if (!continued && placeColumn && cover !== undefined) withCoverCommune(sheetDefaults, cover, header.type.name, sheet.name, options.districtCode);
    cover = undefined;
    const districtCode = options.districtCode === '' ? null : options.districtCode;
    const earlier = earlierTitle === undefined ? {} : { earlier: earlierTitle };
    const inferred = continued || placeColumn ? undefined : inferCommune(sheetDefaults, { districtCode, sheetName: sheet.name, fileName: options.file, folders: foldersHolding(path), ...earlier });
    // A continuing sheet is of the book the sheet before began: said there.
    const communeFound = inferred !== undefined ? { commune: inferred } : continued || placeColumn || sheetDefaults.has('registration.place') ? {} : { communeMissing: true as const };
    const type = header.type.name;
    const nextBook = new NextBook({ districtCode: options.districtCode, sheetName: sheet.name });
    // Unknown columns are reported once per sheet, whatever header names them (a continuing sheet's, on the sheet before).
    const unknownLabels = new Set<string>();
    const newUnknownLabels = (): string[] => {
      const labels = plan.unknownColumns.map((column) => plan.header.labels.get(column) ?? '').filter((label) => !unknownLabels.has(label));
      for (const label of labels) unknownLabels.add(label);
      return labels;
    };
    yield { kind: 'sheet', sheet: sheet.name, header, unknownHeaders: continued ? [] : newUnknownLabels(), ...continuedFrom, ...hiddenSheet, ...communeFound };
    const lastHeaderRow = Math.max(0, ...header.headerRowNumbers);
    // A CSV header's fields, empty ones included: a record with more has lost its alignment.
    const fieldsOf = (headerRows: readonly CsvRow[]): number => Math.max(0, ...headerRows.map((row) => row.fieldCount ?? 0));
    let headerFields = fieldsOf(top.filter((row) => header.headerRowNumbers.includes(row.rowNumber)));
    // An exporter that ends every entry's line with a delimiter the header line lacks ('…,Nam,'): one empty field more, nothing shifted.
    if (headerFields > 0 && endsEveryEntryWithDelimiter(top.filter((row) => row.rowNumber > lastHeaderRow), headerFields)) headerFields += 1;
    const memo = runMemo.forSheet({ ...options.options, districtCode: options.districtCode }, sheet.date1904);
    const shapeGuard = shapeGuards.of(header.type.schema);
    // An entry of a sheet hidden in Excel is read, and says where it comes from.
    const context: RowContext = { ...rowOptions, sheet: sheet.name, date1904: sheet.date1904, memo, shapeGuard, sheetHidden: sheet.hidden === true };
    if (sheet.hiddenRows !== undefined) context.hiddenRows = sheet.hiddenRows;
    // What the sheet's first entries say of its fonts and code page (a Unicode book re-formatted in a legacy font, CP1258).
    const sheetText = sheetTextEvidence(top.filter((row) => row.rowNumber > lastHeaderRow).flatMap((row) => row.cells));
    const merges = new MergedCellFiller(sheet.rowMerges ?? [], lastHeaderRow);
    let splitParts = new SplitUnderMergedLabel(sheet.columnMerges ?? [], header);
    const dittos = new DittoFiller();
    let continuation = new RemarksContinuation(classifier, header);
    // A legend of the sex codes is a note under the header, before the first entry; later lines ('Nam: 2, Nữ: 1' of a tally) are none.
    let entryRead = false;
    const trailing = new TrailingNames((row) => classifier.holdsOnlyNames(row));
    // A marriage book laid out one row per spouse: its rows are read in pairs.
    const spouseRowsOf = (detected: DetectedHeader): SpouseRows | null =>
      detected.spouseRows === undefined ? null : new SpouseRows(detected.spouseRows, planSheet(detected).columnOf.get('remarks'));
    let spouseRows = spouseRowsOf(header);
    const read = (entry: HeldEntry): RegisterEvent => ({
      kind: 'row',
      sheet: sheet.name,
      rowNumber: entry.row.rowNumber,
      type,
      outcome: safelyProcessRow(entry.row, entry.plan, context),
    });
    const handle = (row: CsvRow, merged: CsvRow): RegisterEvent | HeldEntry => {
      if (row.rowNumber < firstHeaderRow && !entriesAbove.has(row.rowNumber)) return skipped(sheet.name, row, row.cells.some(Boolean) ? 'title' : 'blank', type);
      if (row.rowNumber >= firstHeaderRow && row.rowNumber <= lastHeaderRow) return skipped(sheet.name, row, 'header', type);
      // Classified with its merged cells and ditto marks filled: a twin's row of marks is an entry. The marks
      // fill before a value typed in parts under a merged label is joined: '"' | '"' under 'Họ và tên mẹ' is
      // both parts of the name above, 'Thôn Tam Lộng' | '"' the commune above after the twin's own hamlet.
      const marked = dittos.fill(merged, plan.header.keys);
      const filled = splitParts.join(marked);
      if (row.rowNumber > lastHeaderRow) {
        // A CSV's last line without a newline, cut short, may be a footer, a page number or a title: no entry, cut or not.
        const classified = row.problem === undefined ? classifier.classify(filled) : row.problem.code === 'CSV_FILE_TRUNCATED' ? classifier.classifyCutShort(filled) : 'data';
        const kind = classified === 'data' && sampleSheet ? 'example' : classified;
        if (kind !== 'data') {
          // A section title between entries ('Quý III', 'Tháng 7', 'Đăng ký quá hạn') or a page number is no break: a mark below copies the entry above it.
          if (kind === 'footer') dittos.forget();
          // A template's example line or an unused line is a line of the book, no title: its 'UBND xã …' place cell opens no book.
          if (kind !== 'example' && kind !== 'unused-line') plan = nextBook.plan(plan, row);
          if (!entryRead) plan = withPrintedSexLegend(plan, row);
          const number = kind === 'unused-line' ? ownNumber(row, plan) : '';
          if (number !== '') return { kind: 'skipped', sheet: sheet.name, rowNumber: row.rowNumber, reason: kind, type, unused: { number, register: registerSourceOf(plan) } };
          return skipped(sheet.name, row, kind, type);
        }
      }
      // A year's heading line just above ('Năm 1999') opens that year's book if this entry is registered in it.
      if (row.rowNumber > lastHeaderRow) {
        plan = nextBook.entry(plan, filled);
        entryRead = true;
      }
      const extraFields = headerFields > 0 && !row.problem && (row.fieldCount ?? 0) > headerFields;
      // A record out of line (extra fields, cut short) is no row for a mark below to copy.
      if (row.problem === undefined && !extraFields) dittos.accept(marked);
      else dittos.forget();
      // Read each entry's font-less cells in its row's encoding: in a sheet whose header was typed in a legacy font
      // always; in another sheet only where the row's own cells may show one (rowMayBeLegacy).
      const aligned = inSheetText(extraFields ? withExtraFields(row, headerFields) : filled, sheetText);
      const entry = header.encoding === null && !rowMayBeLegacy(aligned) ? aligned : inRowEncoding(aligned, runMemo.rowEvidence);
      trailing.entryRead();
      return { kind: 'held', row: entry, plan };
    };
    // The events of the rows stepped, yielded after each row from the sheet: plain calls that push here,
    // not a generator (or three) per row. They are worked out in the same order as they are yielded.
    const events: RegisterEvent[] = [];
    // The entries a pair of spouses' rows made: a pair is held (a line below may carry on its second row), a row alone is read.
    const readSpouseRows = (outputs: readonly SpouseRowsOutput[]): void => {
      for (const { entry, secondRow } of outputs) {
        if (secondRow === undefined) events.push(read(entry));
        else continuation.holdPair(entry, secondRow, entry.plan.header.spouseRows?.wifeColumns ?? null);
      }
    };
    // A header line that names other fields than the header in force, held until the rows below it are known.
    let headerLine = null as CsvRow | null;
    // The last row skipped as a repeated header: the upper row of a two-level header line.
    let repeatedHeader = null as CsvRow | null;
    // An entry is read once the row after it is known: that row may carry on its remarks or its cells.
    const step = (row: CsvRow): void => {
      // Every row goes through the merge filler (a merge may open on any row); only entries are read filled.
      const merged = merges.fill(row);
      if (row.rowNumber > lastHeaderRow && continuation.takes(row, merges.carried)) return;
      continuation.release(read, sheet.name, type, events);
      const event = handle(row, merged);
      if (spouseRows !== null) {
        if (event.kind === 'held') {
          readSpouseRows(spouseRows.offer(event, ownNumber(row, event.plan)));
          return;
        }
        // No entry: the spouse's row held has no pair — unless the line is the page's header printed again (or its
        // column numbering) between the husband's row and the wife's, which the pair goes on below.
        const pageHeading = event.kind === 'skipped' && (event.reason === 'repeated-header' || event.reason === 'column-numbers') && spouseRows.bridge(row.rowNumber);
        if (!pageHeading) readSpouseRows(spouseRows.flush());
      }
      if (event.kind === 'skipped' && event.reason === 'repeated-header' && !classifier.repeatsHeaderLayout(row)) {
        headerLine = row;
        return;
      }
      repeatedHeader = event.kind === 'skipped' && event.reason === 'repeated-header' ? row : null;
      if (event.kind === 'held') continuation.hold(event);
      else events.push(event);
    };
    // Rows taken from the sheet and not yet stepped: the search rows, then those a header line looks ahead to.
    const queue: CsvRow[] = [...top];
    const took = (next: IteratorResult<CsvRow>): CsvRow | undefined => (next.done === true ? undefined : next.value);
    // The next row awaited in place (no async function of its own per row): a queued row is taken at once.
    for (let row = queue.length > 0 ? queue.shift() : took(await rows.next()); row !== undefined; row = queue.length > 0 ? queue.shift() : took(await rows.next())) {
      if (row.rowNumber > lastHeaderRow && trailing.holds(row)) continue;
      for (const heldRow of trailing.release()) step(heldRow);
      step(row);
      if (events.length > 0) {
        for (let at = 0; at < events.length; at++) yield events[at]!;
        events.length = 0;
      }
      if (headerLine === null) continue;
      const line = headerLine;
      headerLine = null;
      while (queue.length < HEADER_LINES_AFTER) {
        const next = await rows.next();
        if (next.done) break;
        queue.push(next.value);
      }
      const above = repeatedHeader !== null && repeatedHeader.rowNumber === line.rowNumber - 1 ? [repeatedHeader] : [];
      const opened = headerOpenedBy(line.rowNumber, [...above, line, ...queue.slice(0, HEADER_LINES_AFTER)], header, options.indexes.includes(index) ? options.indexes : [index], hidden);
      repeatedHeader = line;
      if (opened === null) {
        yield skipped(sheet.name, line, 'repeated-header', type);
        continue;
      }
      // Another form from here on: its header is read for the rows below it (the book number, the commune stay).
      const headerRows = [line];
      while (queue.length > 0 && opened.headerRowNumbers.includes(queue[0]!.rowNumber)) {
        const headerRow = queue.shift()!;
        merges.fill(headerRow);
        headerRows.push(headerRow);
      }
      if (spouseRows !== null) {
        readSpouseRows(spouseRows.flush());
        yield* events.splice(0);
      }
      header = opened;
      splitParts = new SplitUnderMergedLabel(sheet.columnMerges ?? [], opened);
      spouseRows = spouseRowsOf(opened);
      classifier = new RowClassifier(opened, index);
      continuation = new RemarksContinuation(classifier, opened);
      plan = planSheet(opened, plan.defaults);
      headerFields = fieldsOf(headerRows);
      repeatedHeader = null;
      dittos.forget();
      yield { kind: 'sheet', sheet: sheet.name, header: opened, unknownHeaders: newUnknownLabels() };
      for (const headerRow of headerRows) yield skipped(sheet.name, headerRow, 'header', type);
    }
    // Names still held at the sheet's end are its signers', typed without their titles: a footer, no entry
    // (unless they fill the entry's own name columns: a last entry that lost its figures, rejected for them).
    for (const heldRow of trailing.release()) {
      const signers = classifier.holdsOnlyNames(heldRow) && classifier.classify(heldRow) === 'data' && !fillsEntryNameColumns(heldRow, plan);
      if (signers) events.push(skipped(sheet.name, heldRow, 'footer', type));
      else step(heldRow);
    }
    if (spouseRows !== null) readSpouseRows(spouseRows.flush());
    continuation.release(read, sheet.name, type, events);
    yield* events.splice(0);
    sheetContinuation.read({ sheet: sheet.name, header, defaults: plan.defaults }, top);
    // A title's commune (its cell has a column; one taken from a name has none) carries on to later sheets without one.
    const titlePlace = plan.defaults.get('registration.place');
    if (titlePlace !== undefined && titlePlace.column !== '') earlierTitle = { place: titlePlace, sheet: sheet.name };
  }
  // Every sheet with cells damaged: the file is unreadable, as a workbook whose every part is.
  const firstDamaged = damagedSheets[0];
  if (firstDamaged !== undefined) throw firstDamaged.error;
  // A workbook whose every sheet holds no cell (a new workbook saved under the book's name, a copy that never got its
  // content) is an empty file, as a 0-byte one: a batch holding the book's records is kept, not replaced by none.
  if (!someCells && emptySheet !== undefined) throw new UnreadableFileError('FILE_EMPTY', {}, 'a workbook whose every sheet holds no cell');
}

/** What is wrong with a damaged sheet's part, in Vietnamese for the officer (no cell contents): from the reader's error. */
function damagedSheetReason(message: string): string {
  if (/unexpected end|cut short|no <sheetData>/.test(message)) return 'dữ liệu của trang bị cắt cụt, kết thúc giữa chừng';
  if (/inflate|holds \d+ bytes|compression|encrypted|invalid zip/.test(message)) return 'dữ liệu nén của trang trong tệp bị hỏng';
  if (/no \S+ in the zip/.test(message)) return 'tệp thiếu phần dữ liệu của trang';
  return 'dữ liệu của trang sai cấu trúc XML';
}

/** A bug in a normalizer must cost one row (rejected, with the reason), never the run or the file. */
function safelyProcessRow(row: CsvRow, plan: SheetPlan, context: RowContext): RowOutcome {
  try {
    return processRow(row, plan, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hidden = context.sheetHidden === true ? [{ code: SHEET_HIDDEN, field: 'row', params: { sheet: context.sheet } }] : [];
    return {
      kind: 'rejected',
      findings: [{ code: 'ROW_PROCESSING_FAILED', field: 'row', params: { reason } }, ...hidden],
      communeCode: null,
      rejected: {
        id: recordId(idParts(context, plan.header.type.name, row.rowNumber)),
        provenance: { file: context.file, sheet: context.sheet, row: row.rowNumber },
        raw: Object.fromEntries(row.cells.flatMap((cell) => (cell ? [[`Cột ${cell.column}`, cell.text]] : []))),
        errors: [{ code: 'ROW_PROCESSING_FAILED', field: 'row', message: messageVi('ROW_PROCESSING_FAILED', { reason }), value: null, column: null }],
        warnings: hidden.map((finding) => ({ code: finding.code, field: finding.field, message: messageVi(finding.code, finding.params) })),
      },
    };
  }
}

/**
 * A header that names people and dates but nothing particular to one register
 * (no parents, no death date, no spouses) is taken for the register the file
 * or sheet name announces, if exactly one; else the one its title lines do.
 */
function detectHintedHeader(top: readonly SheetRow[], indexes: readonly AliasIndex[], file: string, sheet: string, hidden: readonly ColumnRange[]): DetectedHeader | null {
  if (indexes.length < 2) return null;
  const hinted = recordTypeHint(file, sheet) ?? titleTypeHint(top);
  const index = indexes.find((candidate) => candidate.type.name === hinted);
  return index ? detectHeader(top, [index], hidden) : null;
}

/**
 * A marriage book laid out one row per spouse (header-per-spouse.ts). Without a column saying which spouse each
 * row is, only where the file, sheet or title announces a marriage book, or only marriages are read.
 */
function detectSpouseRows(top: readonly SheetRow[], indexes: readonly AliasIndex[], types: readonly RecordTypeName[], file: string, sheet: string, hidden: readonly ColumnRange[]): DetectedHeader | null {
  const index = indexes.find((candidate) => candidate.type.name === 'marriage');
  if (index === undefined) return null;
  const announced = (types.length === 1 && types[0] === 'marriage') || (recordTypeHint(file, sheet) ?? titleTypeHint(top)) === 'marriage';
  return detectSpouseRowsHeader(top, index, hidden, announced);
}

/** The registration number a row types itself (not one carried from a cell merged over it), '' if none. */
function ownNumber(row: SheetRow, plan: SheetPlan): string {
  const column = plan.columnOf.get('registration.number');
  return column === undefined ? '' : (row.cells[column]?.text.trim() ?? '');
}

/**
 * When one record type is read (--type), a header naming people and dates but
 * nothing particular to any register, in a file or sheet whose name announces
 * no other register, is that type's.
 */
function detectRequestedHeader(top: readonly SheetRow[], indexes: readonly AliasIndex[], types: readonly RecordTypeName[], hidden: readonly ColumnRange[]): DetectedHeader | null {
  if (types.length !== 1 || indexes.length < 2) return null;
  const index = indexes.find((candidate) => candidate.type.name === types[0]);
  return index ? detectHeader(top, [index], hidden) : null;
}

/**
 * The row with its font-less non-ASCII cells (a CSV's) in the row's legacy
 * encoding (rowLegacyEncoding), if it has one; cells are copied, never changed.
 * In a sheet whose header was legacy-typed a cell in a Unicode font ('Arial', 'Times
 * New Roman') says no more than a font-less one, since the legacy book's fonts were
 * reset afterwards ('Bè' in Arial beside 'NguyÔn' is Bố); in another sheet the same
 * holds for a row pasted from an old file as values, which takes the sheet's font.
 */
function inRowEncoding<R extends SheetRow>(row: R, memo: EvidenceMemo | undefined): R {
  const readsAlone = (cell: SourceCell | undefined): boolean =>
    cell === undefined || (cell.font !== undefined && fontFamily(cell.font) !== 'unicode') || cell.runs !== undefined || !hasNonAscii(cell.text);
  if (row.cells.every(readsAlone)) return row;
  const encoding = rowLegacyEncoding(row.cells, memo);
  if (encoding === null) return row;
  return { ...row, cells: row.cells.map((cell) => (cell === undefined || readsAlone(cell) ? cell : { ...cell, encoding })) };
}


/**
 * Whether an entry of a sheet whose header is not legacy-typed is worth weighing
 * as a whole (inRowEncoding): a row pasted from an old file, or a CSV exported from
 * a book only partly converted to Unicode (names re-typed, places still VNI), has
 * words that read as Vietnamese in both ways ('Choàng' for Chồng, 'Xô' for Xơ) beside
 * cells that can only be legacy. Regular expressions only, so a Unicode book costs
 * nothing: at least two non-ASCII cells without a letter only Unicode has, more of
 * them than cells with one; rowLegacyEncoding then asks that two of them decode.
 */
function rowMayBeLegacy(row: SheetRow): boolean {
  let candidates = 0;
  let unicode = 0;
  const { cells } = row;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    if (cell !== undefined && hasNonAscii(cell.text)) {
      if (REAL_UNICODE_LETTER.test(cell.text) || COMBINING_MARK.test(cell.text)) unicode++;
      else candidates++;
    }
    // Settled once the cells left could not make two candidates, or more of them than Unicode cells: a Unicode
    // book's entry stops about halfway.
    const left = cells.length - column - 1;
    if (candidates + left < 2 || candidates + left <= unicode) return false;
  }
  return candidates >= 2 && candidates > unicode;
}

/** The row's cells as its sheet's evidence reads them (inSheetEncoding); cells are copied, never changed. */
function inSheetText<R extends SheetRow>(row: R, evidence: SheetTextEvidence): R {
  if (evidence === NO_SHEET_EVIDENCE) return row;
  const cells = row.cells.map((cell) => (cell === undefined ? cell : inSheetEncoding(cell, evidence)));
  return cells.every((cell, i) => cell === row.cells[i]) ? row : { ...row, cells };
}

/**
 * Ditto marks replaced by the value above: a clerk writes '"' or 'nt' (như trên)
 * for the second twin's birth date, parents and residence. A mark takes the cell of
 * the same column in the entry before it (itself already filled), as a cell merged
 * over both rows would; a section title or a page header printed again between them
 * is no entry and no break. With no entry above to copy — the first entry, or the
 * one after a footer, a header of another layout or a record that lost its
 * alignment — the mark is no value: the cell is left empty (a required field is
 * then reported missing). A mark typed in a legacy font is read as it shows (dittoMark).
 * Unlike a merged cell, a copy changes what was typed: the row lists its marks
 * (`dittoMarks`), from which processRow makes the audit note of each field filled
 * and the warning of each mark that found nothing to copy (dittoFindings).
 */
class DittoFiller {
  private previous: readonly (SourceCell | undefined)[] = [];

  /**
   * The row with its marks filled (or emptied) and listed; the row itself when it has none. `keys`: the
   * columns' keys. Two slashes are a blank mark, as '/' is, in an ID column (an ID is one person's, so the
   * clerk's '//' there says "none", never "the number above") and under a blank cell or a blank mark (nothing to repeat).
   */
  fill<R extends SheetRow>(row: R, keys?: ReadonlyMap<number, string>): R & DittoMarked {
    let cells: (SourceCell | undefined)[] | undefined;
    let marks: DittoMark[] | undefined;
    // A loop, not forEach with a closure: every row of every sheet comes here.
    const rowCells = row.cells;
    for (let column = 0; column < rowCells.length; column++) {
      const cell = rowCells[column];
      const mark = cell === undefined ? null : dittoMark(cell.text);
      if (mark === null) continue;
      const above = this.previous[column];
      const copied = above !== undefined && NOT_BLANK.test(above.text);
      const key = keys?.get(column);
      if (SLASHES_ONLY.test(mark) && (!copied || isBlankMark(above.text) || key?.endsWith('.personalId') === true)) continue;
      cells ??= [...rowCells];
      // The registered person's own ID (the child's, the deceased's, a spouse's) is never the entry above's: the
      // mark gives no number. A parent's may be (twins' mother, written once and marked below), unless the row
      // names another parent.
      if (key !== undefined && this.idOfAnother(row, key, keys!)) {
        cells[column] = undefined;
        (marks ??= []).push({ column, mark, copied: false, ownId: true });
        continue;
      }
      cells[column] = withoutStrike(above);
      (marks ??= []).push({ column, mark, copied });
    }
    return cells === undefined ? row : { ...row, cells, dittoMarks: marks };
  }

  /**
   * Whether a mark under ID column `key` would copy another person's number: always in the registered person's
   * own ID column; in a parent's when the row types a name for that parent other than the one above.
   */
  private idOfAnother(row: SheetRow, key: string, keys: ReadonlyMap<number, string>): boolean {
    if (OWN_ID_KEY.test(key)) return true;
    const role = PARENT_ID_KEY.exec(key)?.[1];
    if (role === undefined) return false;
    const nameKey = `${role}.fullName`;
    let nameColumn: number | undefined;
    for (const [column, columnKey] of keys) if (columnKey === nameKey) nameColumn = column;
    const name = nameColumn === undefined ? undefined : row.cells[nameColumn];
    if (nameColumn === undefined || name === undefined || !NOT_BLANK.test(name.text) || dittoMark(name.text) !== null) return false;
    const above = this.previous[nameColumn];
    return above === undefined || nameText(above.text) !== nameText(name.text);
  }

  /** The entry whose cells later marks copy. */
  accept(row: SheetRow): void {
    this.previous = row.cells;
  }

  /** Nothing above to copy any more (a footer, a header of another layout, a record out of line). */
  forget(): void {
    this.previous = [];
  }
}

const NOT_BLANK = /\S/;
/** An ID column of a person the entry registers, no parent's: 'child.personalId', 'deceased.personalId', 'husband.personalId'. */
const OWN_ID_KEY = /^(?:child|deceased|husband|wife|spouse)\.personalId$/;
/** A parent's ID column, the parent's role captured. */
const PARENT_ID_KEY = /^(mother|father)\.personalId$/;

/** A name as typed, compared across rows: case and spacing aside. */
function nameText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
/** A ditto mark typed as slashes ('//', '-//-'): no quote, letter or '〃'. */
const SLASHES_ONLY = /^[\s\-–—/]+$/u;

/**
 * Data rows with the values of cells merged over several rows: a merged cell
 * holds its value in its first row only ('Ngày đăng ký' or the parents shared by
 * twins typed in one merged cell), and every row of the range shows it. Merges
 * that begin in the header rows are the header's own and are left alone. Each
 * row is taken in order; only the ranges still open are remembered. No note is
 * made: a merged cell is no correction (Excel shows its value in every row of
 * the range, so the clerk saw it there), unlike a ditto mark (DittoFiller). Which
 * columns of a row were filled tells an entry's second line (its name cells
 * merged over both rows) from a twin's row (RemarksContinuation).
 */
class MergedCellFiller {
  private readonly byFirstRow = new Map<number, RowMerge[]>();
  private readonly open = new Map<number, { cell: SourceCell; firstRow: number; lastRow: number }>();
  /** The last row's columns filled from a merge, each with the merge's first row; null when none was. */
  carried: Map<number, number> | null = null;

  constructor(merges: readonly RowMerge[], lastHeaderRow: number) {
    for (const merge of merges) {
      if (merge.firstRow <= lastHeaderRow) continue;
      const list = this.byFirstRow.get(merge.firstRow) ?? [];
      list.push(merge);
      this.byFirstRow.set(merge.firstRow, list);
    }
  }

  /** The row with the values of the merges open over it. */
  fill<R extends SheetRow>(row: R): R {
    this.carried = null;
    if (this.byFirstRow.size === 0) return row;
    const { open } = this;
    for (const [column, merged] of open) if (merged.lastRow < row.rowNumber) open.delete(column);
    let cells: (SourceCell | undefined)[] | undefined;
    for (const [column, merged] of open) {
      if (row.cells[column] !== undefined) continue;
      cells ??= [...row.cells];
      cells[column] = withoutStrike(merged.cell);
      (this.carried ??= new Map()).set(column, merged.firstRow);
    }
    for (const merge of this.byFirstRow.get(row.rowNumber) ?? []) {
      const cell = row.cells[merge.firstColumn];
      if (cell !== undefined) open.set(merge.firstColumn, { cell, firstRow: merge.firstRow, lastRow: merge.lastRow });
    }
    return cells === undefined ? row : { ...row, cells };
  }
}

/**
 * A CSV record with more fields than the header row: mostly a comma typed in a
 * field without quotes ('Thôn Tam Lộng, xã Tam Hợp'), which pushes every value
 * after it one column right (the extra field may then be an empty last one).
 * Loading it would put values under the wrong columns.
 */
function withExtraFields(row: CsvRow, headerFields: number): CsvRow {
  return { ...row, problem: { code: 'CSV_EXTRA_FIELDS', params: { fields: row.fieldCount ?? row.cells.length, columns: headerFields } } };
}

/**
 * Whether the first entries below a CSV header (those among the search rows, at least 3) all
 * end with a delimiter the header line lacks: each has one field more than the header, or
 * more, and each with exactly one more has that field empty and no field starting with a
 * space. A comma typed without quotes shifts only the rows that hold one, so a line of the
 * header's width among them, a value in the extra field, or the ', ' of an address split in
 * two (' xã Tam Hợp') says the extra fields are shifts, and every such row stays rejected.
 */
function endsEveryEntryWithDelimiter(rows: readonly CsvRow[], headerFields: number): boolean {
  const entries = rows.filter((row) => row.problem === undefined && row.cells.some((cell) => cell !== undefined && cell.text.trim() !== ''));
  if (entries.length < 3) return false;
  return entries.every((row) => {
    const fields = row.fieldCount ?? 0;
    if (fields > headerFields + 1) return true;
    return fields === headerFields + 1 && row.cells.length <= headerFields && !row.cells.some((cell) => cell !== undefined && /^\s/.test(cell.text));
  });
}

/**
 * A cell's value carried to another row (a ditto mark, a merged cell): without its strikethrough,
 * which is the row's it was typed in: an entry written again under a struck one copies its values.
 */
function withoutStrike(cell: SourceCell | undefined): SourceCell | undefined {
  if (cell?.struck === undefined) return cell;
  const { struck: _struck, ...unstruck } = cell;
  return unstruck;
}

function skipped(sheet: string, row: SheetRow, reason: RowSkipReason, type: RecordTypeName | null): RegisterEvent {
  return { kind: 'skipped', sheet, rowNumber: row.rowNumber, reason, type };
}

/** A row of a sheet without a header, marked when it looks like an entry: many such rows are a book left unread. */
function noHeaderRow(sheet: string, row: SheetRow): RegisterEvent {
  return isDenseRow(row) ? { kind: 'skipped', sheet, rowNumber: row.rowNumber, reason: 'no-header', type: null, dense: true } : skipped(sheet, row, 'no-header', null);
}

/** Folders above a file that may name its commune: its own and the one above (a commune's folder, or a year's inside it), the nearest first. */
const COMMUNE_FOLDER_LEVELS = 2;

/** The names of the folders holding the file at `path`, the nearest first ('…/Xã Tam Hợp/2016/KS.xlsx' → '2016', 'Xã Tam Hợp'). */
function foldersHolding(path: string): string[] {
  return resolve(path).split(sep).slice(0, -1).filter((part) => part !== '').slice(-COMMUNE_FOLDER_LEVELS).reverse();
}

/** The register place's column is one of commune codes ('Mã xã', 'Mã ĐVHC'): its empty cells take the commune the sheet gives. */
function isCommuneCodeColumn(plan: SheetPlan): boolean {
  const column = plan.columnOf.get('registration.place');
  const label = column === undefined ? undefined : plan.header.labels.get(column);
  return label !== undefined && /^mã\s/iu.test(label.split(' / ').pop()?.trim() ?? '');
}
