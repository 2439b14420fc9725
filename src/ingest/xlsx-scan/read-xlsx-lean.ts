import type { SheetRow, SheetSource } from '../sheet-source.js';
import type { SheetContext } from './row-scanner.js';
import { SharedStringsScanner, type SharedString } from './shared-strings-part.js';
import { SheetScanner } from './sheet-scanner.js';
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
 * then scanned chunk by chunk as its rows are taken. Each sheet's rows should
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
      yield { name: sheet.name, date1904: layout.date1904, rows: sheetRows(archive, context, onCompressedBytes) };
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

/** A sheet's rows, read from the zip each time the iterable is iterated. */
function sheetRows(archive: ZipArchive, context: SheetContext, onCompressedBytes: ((bytes: number) => void) | undefined): AsyncIterable<SheetRow> {
  return {
    async *[Symbol.asyncIterator]() {
      const scanner = new SheetScanner(context);
      for await (const chunk of xmlPartChunks(archive, context.part, onCompressedBytes)) {
        yield* scanner.push(chunk);
        if (scanner.done) return;
      }
      scanner.finish();
    },
  };
}
