import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { columnLetter } from './column-letter.js';
import { joinBrokenLine, type BrokenLine } from './csv-broken-line.js';
import { CsvQuoteRecovery } from './csv-quote-recovery.js';
import { lettersReplaced, lostVietnameseLetters, sniffDelimiter, sniffEncoding, type CsvDelimiter, type CsvEncoding } from './csv-sniff.js';
import { UnreadableFileError } from './open-sheets.js';
import type { SheetRow, SheetSource } from './sheet-source.js';
import type { SourceCell } from './source-cell.js';
import { StrayPunctuationBytes } from './stray-punctuation.js';

const SAMPLE_BYTES = 64 * 1024;
/** Rows buffered between the parser and the consumer before the file's text stream is paused. */
const HIGH_WATER_ROWS = 512;

export interface CsvFormat {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

/** A CSV record the parser could not read cleanly (unterminated quote, file cut short). */
export interface CsvRecordProblem {
  code: 'CSV_QUOTE_UNTERMINATED' | 'CSV_FILE_TRUNCATED' | 'CSV_MALFORMED_QUOTES' | 'CSV_EXTRA_FIELDS';
  params?: Record<string, number>;
}

export interface CsvRow extends SheetRow {
  problem?: CsvRecordProblem;
  /** Fields in the record, empty ones included (`cells` ends at the last non-empty one); CSV rows only. */
  fieldCount?: number;
  /** The record was broken at a line break typed in a cell and joined again (csv-broken-line.ts). */
  brokenLine?: BrokenLine;
}

export async function sniffCsvFormat(path: string): Promise<CsvFormat> {
  return (await sniffCsv(path)).format;
}

/** The format of a CSV file, and whether its first lines lost their Vietnamese letters (lostVietnameseLetters). */
async function sniffCsv(path: string): Promise<{ format: CsvFormat; lettersLost: 'question-marks' | 'replacement-characters' | null }> {
  const handle = await open(path, 'r');
  try {
    const sample = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, 0);
    const bytes = sample.subarray(0, bytesRead);
    const encoding = sniffEncoding(bytes);
    const text = iconv.decode(bytes, encoding);
    return { format: { encoding, delimiter: sniffDelimiter(text) }, lettersLost: lostVietnameseLetters(text) ? 'question-marks' : encoding === 'utf8' && lettersReplaced(text) ? 'replacement-characters' : null };
  } finally {
    await handle.close();
  }
}

/** Why a CSV whose letters became '?' is not read, for the officer (no cell content: it holds names). */
const LETTERS_LOST_REASON =
  "các chữ cái tiếng Việt trong tệp CSV đã bị thay bằng dấu '?' (ví dụ 'H? và tên', 'Ngày ??ng ký'), " +
  "do bảng tính được lưu bằng kiểu 'CSV (Comma delimited)' không giữ được chữ có dấu; không thể khôi phục từ tệp này. " +
  "Hãy mở bảng tính gốc và lưu lại bằng kiểu 'CSV UTF-8 (Comma delimited)' hoặc .xlsx";

/** Why a CSV whose letters all became '�' is not read (lettersReplaced), for the officer. */
const LETTERS_REPLACED_REASON =
  "mọi chữ cái tiếng Việt trong tệp CSV đã bị thay bằng ký tự '�' (ví dụ 'H� v� t�n'), do tệp gõ bằng bảng mã cũ (TCVN3, VNI) " +
  "hoặc lưu bằng mã ANSI đã bị mở nhầm như UTF-8 rồi lưu lại; không thể khôi phục từ tệp này. " +
  "Hãy lấy tệp gốc trước lần lưu đó (hoặc mở bảng tính gốc và lưu lại bằng kiểu 'CSV UTF-8 (Comma delimited)' hoặc .xlsx)";

/**
 * Streams a CSV file as one sheet named ''. Row numbers are record numbers from 1.
 * A file whose letters were lost to '?' is unreadable as a whole: none of its rows
 * could be loaded right, and the officer needs that one reason, not a rejection per row.
 */
export async function* readCsvSheets(path: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  const { format, lettersLost } = await sniffCsv(path);
  if (lettersLost !== null) throw new UnreadableFileError('FILE_UNREADABLE', { reason: lettersLost === 'question-marks' ? LETTERS_LOST_REASON : LETTERS_REPLACED_REASON });
  yield { name: '', date1904: false, rows: readCsvRows(path, format, onBytes) };
}

async function* readCsvRows(path: string, format: CsvFormat, onBytes?: (bytesRead: number) => void): AsyncIterable<CsvRow> {
  const queue: CsvRow[] = [];
  let finished = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let rowNumber = 0;
  let endsWithNewline = true;
  let paused = false;
  // The file's text from the start of the record papaparse reads next: a record with a
  // quote error is looked at again in its own text (meta.cursor gives where records end).
  let unparsed = '';
  let unparsedStart = 0;
  let recordStart = 0;
  const recovery = new CsvQuoteRecovery(format.delimiter);

  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const source = createReadStream(path);
  if (onBytes) {
    let bytesRead = 0;
    source.on('data', (chunk) => onBytes((bytesRead += chunk.length)));
  }
  source.on('error', (error) => {
    failure = error;
    finished = true;
    notify();
  });
  // A UTF-8 book's stray Windows-125x quote or dash (pasted from an ANSI source) is that mark, not a U+FFFD (stray-punctuation.ts).
  const bytes = format.encoding === 'utf8' ? source.pipe(new StrayPunctuationBytes()) : source;
  const decoded = bytes.pipe(iconv.decodeStream(format.encoding)).pipe(
    new Transform({
      readableObjectMode: false,
      transform(chunk: Buffer | string, _encoding, callback) {
        const text = chunk.toString();
        if (text.length > 0) endsWithNewline = text.endsWith('\n') || text.endsWith('\r');
        unparsed = unparsed.slice(recordStart - unparsedStart) + text;
        unparsedStart = recordStart;
        callback(null, text);
      },
    }),
  );

  Papa.parse<string[]>(decoded, {
    delimiter: format.delimiter,
    skipEmptyLines: false,
    step(results) {
      const recordEnd = results.meta.cursor;
      const start = recordStart;
      const records = recovery.read(results, () => unparsed.slice(start - unparsedStart, recordEnd - unparsedStart));
      recordStart = recordEnd;
      for (const record of records) {
        rowNumber++;
        const row: CsvRow = { rowNumber, cells: toCells(record.fields), fieldCount: record.fields.length };
        if (record.problem) row.problem = { code: record.problem };
        queue.push(row);
      }
      if (queue.length >= HIGH_WATER_ROWS && !paused) {
        // Backpressure on the text stream, not on the parser: papaparse's own pause()/resume()
        // of a Node stream can leave it silent for good (rows never arrive, the run hangs).
        // The chunk being parsed still completes, so the queue overshoots by at most one chunk.
        paused = true;
        decoded.pause();
      }
      notify();
    },
    complete() {
      finished = true;
      notify();
    },
    error(error: Error) {
      failure = error;
      finished = true;
      notify();
    },
  });

  // The last record is held back until the parser has finished, so a file cut
  // short in the middle of its last record can be recognised: it has fewer fields
  // than the record before it. Without a final newline a record is not cut short:
  // Google Sheets writes none, and every record of an export has as many fields —
  // or one fewer, when a tool drops the last line's trailing empty field.
  let previousFields = 0;
  let widest = 0;
  // Whether a record so far ended with an empty field: the exporter writes trailing empty fields (csv-broken-line.ts).
  let emptyLastFieldSeen = false;
  while (true) {
    if (queue.length > 1 || (finished && queue.length === 1)) {
      let row = queue.shift();
      if (!row) continue;
      // A record broken at a line break typed in a cell, written without quotes (csv-broken-line.ts).
      const next = queue[0];
      const joined = next === undefined ? null : joinBrokenLine(row, next, previousFields, widest, emptyLastFieldSeen);
      if (joined !== null) {
        queue.shift();
        row = joined;
      }
      const fields = row.fieldCount ?? 0;
      if (fields > widest) widest = fields;
      if (fields > row.cells.length) emptyLastFieldSeen = true;
      if (finished && queue.length === 0 && !endsWithNewline && !row.problem && row.cells.length > 0 && fields < previousFields - 1) {
        row.problem = { code: 'CSV_FILE_TRUNCATED' };
      }
      previousFields = fields;
      yield row;
      continue;
    }
    if (failure) throw failure;
    if (finished) return;
    if (paused) {
      paused = false;
      decoded.resume();
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

/**
 * What a database export writes for an empty column: SQL Server's and most tools' 'NULL',
 * a JavaScript or JSON tool's 'null', MySQL's '\N' (SELECT … INTO OUTFILE). No register
 * holds these words (a clerk writes 'không' or 'x'), so such a field is an empty cell.
 */
const NULL_FIELDS: ReadonlySet<string> = new Set(['NULL', 'null', '(null)', '\\N']);

/**
 * A quote a tool escaped with a backslash in a field it did not enclose in quotes ('Theo \"Tờ
 * khai\" số 4'): the quote typed (a quoted field's are read so by csv-quote-recovery.ts).
 */
const BACKSLASH_QUOTE = /\\"/g;

function toCells(fields: string[]): (SourceCell | undefined)[] {
  const cells: (SourceCell | undefined)[] = [];
  fields.forEach((typed, index) => {
    if (typed === '' || NULL_FIELDS.has(typed)) return;
    const field = typed.includes('\\"') ? typed.replace(BACKSLASH_QUOTE, '"') : typed;
    cells[index] = { value: field, text: field, column: columnLetter(index), fromCsv: true };
  });
  return cells;
}
