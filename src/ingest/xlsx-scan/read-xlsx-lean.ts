import type { ColumnRange, RowMerge, SheetRow, SheetSource } from '../sheet-source.js';
import type { SheetContext } from './row-scanner.js';
import { SharedStringsScanner, type SharedString } from './shared-strings-part.js';
import { SheetScanner } from './sheet-scanner.js';
import { readColumnNumber } from './sheet-xml.js';
import { parseCellFormats } from './styles-part.js';
import { readWorkbookLayout } from './workbook-part.js';
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
 * Streams every worksheet of an .xlsx file, in workbook (tab) order, with the
 * same SheetSource/SourceCell output as readXlsxSheets (exceljs) — see
 * test/ingest/xlsx-scan for the proof and the few deliberate differences.
 * Styles and shared strings are read into memory first; each sheet's XML is
 * then scanned chunk by chunk as its rows are taken (a sheet of up to
 * WHOLE_SHEET_BYTES inflated whole first, for its merged cells: `rowMerges`,
 * which the exceljs reader does not give). Each sheet's rows should
 * be consumed before the next sheet is requested. Leaving the loop early
 * closes the file. A corrupt, truncated or non-zip file makes the iterator
 * throw an Error whose message `unreadableReason` classifies.
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
    for (const sheet of layout.sheets) {
      const context: SheetContext = { formats, sharedStrings, date1904: layout.date1904, part: sheet.path };
      const rowMerges: RowMerge[] = [];
      const hiddenColumns: ColumnRange[] = [];
      yield { name: sheet.name, date1904: layout.date1904, rows: sheetRows(archive, context, onCompressedBytes, rowMerges, hiddenColumns), rowMerges, hiddenColumns };
    }
  } finally {
    archive.close();
  }
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

/** A sheet's rows, read from the zip each time the iterable is iterated; `rowMerges` and `hiddenColumns` filled before the first row. */
function sheetRows(
  archive: ZipArchive, context: SheetContext, onCompressedBytes: ((bytes: number) => void) | undefined, rowMerges: RowMerge[], hiddenColumns: ColumnRange[],
): AsyncIterable<SheetRow> {
  return {
    async *[Symbol.asyncIterator]() {
      const scanner = new SheetScanner(context);
      const hidden = new HiddenColumnsReader(hiddenColumns);
      const chunks = xmlPartChunks(archive, context.part, onCompressedBytes);
      if ((archive.inflatedSize(context.part) ?? Infinity) <= WHOLE_SHEET_BYTES) {
        const whole: string[] = [];
        for await (const chunk of chunks) whole.push(chunk);
        rowMerges.splice(0, rowMerges.length, ...readRowMerges(whole));
        // Each chunk is let go once scanned.
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

const MERGE_CELL = /<mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):[A-Z]+(\d+)"/g;

/** The `<mergeCell ref="C5:C6">` ranges that span rows, from the chunks of a whole sheet (they follow the rows). */
function readRowMerges(chunks: readonly string[]): RowMerge[] {
  // From the chunk that closes the rows (all of them if the closing tag straddles two chunks).
  let at = chunks.length - 1;
  while (at >= 0 && !chunks[at]!.includes('</sheetData>')) at--;
  const text = chunks.slice(Math.max(at, 0)).join('');
  const merges: RowMerge[] = [];
  for (const [, letters = '', first = '', last = ''] of text.matchAll(MERGE_CELL)) {
    const firstRow = Number(first);
    const lastRow = Number(last);
    if (lastRow > firstRow) merges.push({ firstRow, lastRow, firstColumn: readColumnNumber(letters, 0, letters.length) - 1 });
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
