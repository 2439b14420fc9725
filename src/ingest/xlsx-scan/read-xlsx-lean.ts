import { isSampleName } from '../sample-sheet.js';
import type { ColumnMerge, ColumnRange, RowMerge, SheetRow, SheetSource } from '../sheet-source.js';
import { markExchangedDays, mayHoldUsLocaleDates, UsLocaleDateEvidence } from '../us-locale-dates.js';
import type { SheetContext } from './row-scanner.js';
import { SharedStringsScanner, type SharedString } from './shared-strings-part.js';
import { SheetScanner } from './sheet-scanner.js';
import { readColumnNumber } from './sheet-xml.js';
import { parseCellFormats } from './styles-part.js';
import { readWorkbookLayout, type WorkbookLayout } from './workbook-part.js';
import { readXmlPart, xmlPartChunks } from './xml-part.js';
import { openZipArchive, type ZipArchive } from './zip-archive.js';

export interface LeanReadOptions {
  /**
   * Progress: compressed bytes read from the file so far, cumulative over the
   * parts read (styles, shared strings, then each sheet as its rows are taken).
   * Never more than the file size.
   */
  onBytes?: (compressedBytesRead: number) => void;
}

/**
 * A sheet part that cannot be read (cut short, not well-formed, its compressed data damaged, missing from
 * the zip), found before any of its rows is given: the sheet is skipped, the workbook's other sheets are read.
 */
export class SheetDamagedError extends Error {
  constructor(
    readonly part: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * Streams every worksheet of an .xlsx file, in workbook (tab) order, with the
 * same SheetSource/SourceCell output as readXlsxSheets (exceljs) — see
 * test/ingest/xlsx-scan for the proof and the few deliberate differences.
 * Styles and shared strings are read into memory first; each sheet's XML is
 * then scanned chunk by chunk as its rows are taken (a sheet of up to
 * WHOLE_SHEET_BYTES inflated whole first, for its merged cells: `rowMerges`,
 * which the exceljs reader does not give). Each sheet's rows should
 * be consumed before the next sheet is requested. Leaving the loop early
 * closes the file. A corrupt, truncated or non-zip file makes the iterator
 * throw an Error whose message `unreadableReason` classifies; a sheet whose part is
 * damaged makes its rows throw SheetDamagedError before the first row (a sheet of
 * more than MAX_JUDGED_ROWS rows or WHOLE_SHEET_BYTES, read as it streams, may give
 * rows before a plain Error).
 */
export async function* readXlsxSheetsLean(path: string, options: LeanReadOptions = {}): AsyncIterable<SheetSource> {
  const archive = await openZipArchive(path);
  try {
    const { onBytes } = options;
    let compressedBytesRead = 0;
    const onCompressedBytes = onBytes
      ? (bytes: number) => {
          compressedBytesRead += bytes;
          onBytes(compressedBytesRead);
        }
      : undefined;
    const layout = await readWorkbookLayout(archive);
    const formats = layout.stylesPath ? parseCellFormats(await readXmlPart(archive, layout.stylesPath), layout.stylesPath) : [];
    const sharedStrings = layout.sharedStringsPath ? await readSharedStrings(archive, layout.sharedStringsPath, onCompressedBytes) : [];
    // Only a workbook with dates typed as text that a US-locale Excel could not parse has its date columns judged.
    const judgeDates = mayHoldUsLocaleDates(sharedStrings, formats.some((format) => format.isDate));
    const blank = await blankSheetsBesideSample(archive, layout.sheets);
    for (const sheet of layout.sheets) {
      const hiddenRows = new Set<number>();
      const context: SheetContext = { formats, sharedStrings, date1904: layout.date1904, part: sheet.path, hiddenRows };
      const rowMerges: RowMerge[] = [];
      const columnMerges: ColumnMerge[] = [];
      const hiddenColumns: ColumnRange[] = [];
      const rows = sheetRows(archive, context, { onCompressedBytes, judgeDates }, { rowMerges, columnMerges }, hiddenColumns);
      const source: SheetSource = { name: sheet.name, date1904: layout.date1904, rows, rowMerges, columnMerges, hiddenColumns, hiddenRows };
      if (sheet.hidden) source.hidden = true;
      source.otherSheets = layout.sheets.filter((other) => other !== sheet && !blank.has(other)).map((other) => other.name);
      yield source;
    }
  } finally {
    archive.close();
  }
}

/** Inflated size above which a sheet part surely holds a cell: an empty sheet's XML is a few hundred bytes. */
const BLANK_SHEET_MAX_BYTES = 4096;

/**
 * The sheets holding no value (Excel's default 'Sheet2', 'Sheet3' left empty) of a workbook that has a
 * sheet named as a template's sample ('Mẫu'): no book stands beside such a sample, so a commune's few
 * entries typed into it are not taken for the template's examples (isSampleSheet). Other workbooks
 * read no part here.
 */
async function blankSheetsBesideSample(archive: ZipArchive, sheets: readonly Sheet[]): Promise<Set<Sheet>> {
  const blank = new Set<Sheet>();
  if (!sheets.some((sheet) => isSampleName(sheet.name))) return blank;
  for (const sheet of sheets) {
    const size = archive.inflatedSize(sheet.path);
    if (size === undefined || size > BLANK_SHEET_MAX_BYTES) continue;
    try {
      if (!/<(?:\w+:)?(?:v|is)[\s>]/.test(await readXmlPart(archive, sheet.path))) blank.add(sheet);
    } catch {
      // A damaged part is reported when its rows are read.
    }
  }
  return blank;
}

async function readSharedStrings(
  archive: ZipArchive, part: string, onCompressedBytes: ((bytes: number) => void) | undefined,
): Promise<SharedString[]> {
  const scanner = new SharedStringsScanner(part);
  for await (const chunk of xmlPartChunks(archive, part, onCompressedBytes)) scanner.push(chunk);
  return scanner.finish();
}

/**
 * A sheet of at most this many bytes of XML is inflated whole before its rows are
 * scanned: `<mergeCells>` comes after `<sheetData>`, and the rows need it. A
 * commune's book is a few hundred KiB; a larger sheet streams without its merges.
 */
const WHOLE_SHEET_BYTES = 32 * 1024 * 1024;

/**
 * A sheet of at most this many rows, read whole, has its date columns judged
 * (us-locale-dates.ts) before its first row is given: its rows are held until
 * then. A larger one is read as it comes, its Date cells as Excel stored them.
 */
const MAX_JUDGED_ROWS = 20_000;

type Sheet = WorkbookLayout['sheets'][number];

interface SheetReading {
  onCompressedBytes: ((bytes: number) => void) | undefined;
  /** Whether the workbook may hold date columns typed on a US-locale PC (mayHoldUsLocaleDates). */
  judgeDates: boolean;
}

/** A sheet's merged ranges: over several rows, and over several columns (a range over both is in each). */
interface SheetMerges {
  rowMerges: RowMerge[];
  columnMerges: ColumnMerge[];
}

/** A sheet's rows, read from the zip each time the iterable is iterated; `merges` and `hiddenColumns` filled before the first row. */
function sheetRows(
  archive: ZipArchive, context: SheetContext, reading: SheetReading, merges: SheetMerges, hiddenColumns: ColumnRange[],
): AsyncIterable<SheetRow> {
  return {
    async *[Symbol.asyncIterator]() {
      const readWhole = (archive.inflatedSize(context.part) ?? Infinity) <= WHOLE_SHEET_BYTES;
      const evidence = readWhole && reading.judgeDates ? new UsLocaleDateEvidence() : undefined;
      const scanner = new SheetScanner(evidence === undefined ? context : { ...context, dateEvidence: evidence });
      const hidden = new HiddenColumnsReader(hiddenColumns);
      const chunks = xmlPartChunks(archive, context.part, reading.onCompressedBytes);
      if (readWhole) {
        const whole: string[] = [];
        try {
          for await (const chunk of chunks) whole.push(chunk);
        } catch (error) {
          throw new SheetDamagedError(context.part, error);
        }
        const read = readMerges(whole);
        merges.rowMerges.splice(0, merges.rowMerges.length, ...read.rowMerges);
        merges.columnMerges.splice(0, merges.columnMerges.length, ...read.columnMerges);
        const scanned = scannedRows(whole, scanner, hidden);
        // A fault found before any row is given costs this sheet only; past MAX_JUDGED_ROWS, the rows go on as they stream.
        if (scanned.error !== undefined) throw new SheetDamagedError(context.part, scanned.error);
        if (evidence !== undefined && scanned.whole) {
          for (const row of scanned.rows) evidence.row(row);
          markExchangedDays(scanned.rows, evidence.verdicts());
        }
        yield* scanned.rows;
        if (scanner.done) return;
        // Each chunk is let go once scanned (those left by scannedRows: a sheet of more rows than it holds).
        for (let chunk = whole.shift(); chunk !== undefined; chunk = whole.shift()) {
          hidden.push(chunk);
          yield* scanner.push(chunk);
          if (scanner.done) return;
        }
      } else {
        for await (const chunk of chunks) {
          hidden.push(chunk);
          yield* scanner.push(chunk);
          if (scanner.done) return;
        }
      }
      scanner.finish();
    },
  };
}

/**
 * The rows of a whole sheet's chunks, taken from `whole` as they are scanned, up to
 * MAX_JUDGED_ROWS rows (the chunks past them are left in `whole`), or the fault that
 * stops the scan before them: a row the scanner cannot read, a part that ends before
 * `</sheetData>`. `whole`: every row of the sheet was scanned (its date columns can be judged).
 */
function scannedRows(whole: string[], scanner: SheetScanner, hidden: HiddenColumnsReader): { rows: SheetRow[]; whole: boolean; error?: unknown } {
  const rows: SheetRow[] = [];
  try {
    for (let chunk = whole.shift(); chunk !== undefined; chunk = whole.shift()) {
      hidden.push(chunk);
      for (const row of scanner.push(chunk)) rows.push(row);
      if (rows.length > MAX_JUDGED_ROWS) return { rows, whole: false };
      if (scanner.done) return { rows, whole: true };
    }
    scanner.finish();
  } catch (error) {
    return { rows, whole: false, error };
  }
  return { rows, whole: false };
}

const MERGE_CELL = /<mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

/** The `<mergeCell ref="C5:C6">` ranges that span rows, and those that span columns, from the chunks of a whole sheet (they follow the rows). */
function readMerges(chunks: readonly string[]): SheetMerges {
  // From the chunk that closes the rows (all of them if the closing tag straddles two chunks).
  let at = chunks.length - 1;
  while (at >= 0 && !chunks[at]!.includes('</sheetData>')) at--;
  const text = chunks.slice(Math.max(at, 0)).join('');
  const merges: SheetMerges = { rowMerges: [], columnMerges: [] };
  for (const [, letters = '', first = '', lastLetters = '', last = ''] of text.matchAll(MERGE_CELL)) {
    const firstRow = Number(first);
    const lastRow = Number(last);
    const firstColumn = readColumnNumber(letters, 0, letters.length) - 1;
    const lastColumn = readColumnNumber(lastLetters, 0, lastLetters.length) - 1;
    if (lastRow > firstRow) merges.rowMerges.push({ firstRow, lastRow, firstColumn });
    if (lastColumn > firstColumn) merges.columnMerges.push({ firstRow, lastRow, firstColumn, lastColumn });
  }
  return merges;
}

/** The head of a sheet part (what comes before `<sheetData>`, where `<cols>` is) is read up to this size at most. */
const HEAD_LIMIT = 1024 * 1024;

const HIDDEN_COLUMN = /<col\b[^>]*>/g;

/**
 * The `<col min="2" max="2" hidden="1">` ranges of a sheet (ECMA-376 Part 1,
 * §18.3.1.13: min and max are 1-based and inclusive), from the chunks before
 * `<sheetData>`, as they are scanned: known before the first row is.
 */
class HiddenColumnsReader {
  private head: string | undefined = '';

  constructor(private readonly ranges: ColumnRange[]) {}

  push(chunk: string): void {
    if (this.head === undefined) return;
    this.head += chunk;
    const end = this.head.indexOf('<sheetData');
    if (end === -1 && this.head.length < HEAD_LIMIT) return;
    const head = end === -1 ? this.head : this.head.slice(0, end);
    this.head = undefined;
    this.ranges.length = 0; // the rows may be read again
    for (const [tag] of head.matchAll(HIDDEN_COLUMN)) {
      if (!/\shidden=["'](?:1|true)["']/.test(tag)) continue;
      const min = Number(/\smin=["'](\d+)["']/.exec(tag)?.[1] ?? 0);
      const max = Number(/\smax=["'](\d+)["']/.exec(tag)?.[1] ?? min);
      if (min >= 1 && max >= min) this.ranges.push({ firstColumn: min - 1, lastColumn: max - 1 });
    }
  }
}
