import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { readCsvSheets } from './csv-reader.js';
import { withMonthFirstColumns } from './month-first-columns.js';
import type { SheetSource } from './sheet-source.js';
import { readXlsxSheetsLean } from './xlsx-scan/read-xlsx-lean.js';
import { BINARY_KIND, contentKind, nonTextKind, nonTextReason, nonWorkbookReason, readHead, workbookAsTextReason, KIND_PROBE_BYTES } from './file-content.js';
import { NO_WORKBOOK_PART, SCANS_ARCHIVE } from './xlsx-scan/workbook-part.js';
import { describeNonZip } from './xlsx-scan/zip-archive.js';
import { ARCHIVE_EXTENSION, archiveRegisterNames, registersInArchive } from './archive-registers.js';

export const READABLE_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt'] as const;
/**
 * Spreadsheet formats hotich does not read, which a district's folder may hold a real book in
 * (an Excel 97-2003 .xls of the 2000s, a binary .xlsb, a LibreOffice .ods, a WPS .et, a template):
 * input scanning takes them in so that each is reported (FILE_TYPE_UNSUPPORTED), never passed over.
 */
export const UNREAD_SPREADSHEET_EXTENSIONS = ['.xls', '.xlsb', '.xlt', '.xltx', '.xltm', '.ods', '.et'] as const;
/** The extensions of every file a district's folder may hold a register in, read or reported. */
export const REGISTER_EXTENSIONS: ReadonlySet<string> = new Set<string>([...READABLE_EXTENSIONS, ...UNREAD_SPREADSHEET_EXTENSIONS]);

/** A file hotich cannot read as a register (named in the run's problems; the run goes on). */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'FILE_UNREADABLE' | 'FILE_TYPE_UNSUPPORTED' | 'FILE_EMPTY' | 'FILE_ARCHIVE_NOT_READ',
    readonly params: Record<string, string>,
    /** What the log says when the params say nothing (English, no cell contents). */
    detail?: string,
  ) {
    super(`${code}: ${detail ?? Object.values(params).join(', ')}`);
  }
}

/** The record-level warning (and sheet problem) of an entry read from a sheet hidden in Excel (SheetSource.hidden). */
export const SHEET_HIDDEN = 'SHEET_HIDDEN';

/** The sheets of a register file, chosen by extension; `onBytes` hears how much of the file has been read. */
export function openSheets(path: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  const extension = extname(path).toLowerCase();
  // The lean scanner, not exceljs's streaming reader: ~7× faster, proven equal on every fixture (test/ingest/xlsx-scan).
  // Each sheet's columns of text dates written month first (m/d/yyyy) are judged as a whole (month-first-columns.ts).
  if (extension === '.xlsx' || extension === '.xlsm') return unlessEmpty(path, () => readWorkbookFile(path, extension, onBytes));
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return unlessEmpty(path, () => readTextFile(path, extension, onBytes));
  if ((UNREAD_SPREADSHEET_EXTENSIONS as readonly string[]).includes(extension)) return readUnsupportedFile(path, extension, onBytes);
  if (extension === ARCHIVE_EXTENSION) return readArchive(path);
  throw new UnreadableFileError('FILE_TYPE_UNSUPPORTED', { extension: extension || '(none)' });
}

/**
 * A .csv, .tsv or .txt file read by what it holds: a workbook given a text name (Excel's
 * 'Save As' with the name typed as 'so-khai-sinh.csv' but the type left on .xlsx, a file
 * renamed to pass an upload form) is read as the workbook it is — every row of it is
 * there — and an Excel 97-2003 or password-protected workbook so named is named as
 * such, not parsed as text into one garbled sheet; so is a web page (HTML), a PDF, an image or binary bytes so named.
 */
async function* readTextFile(path: string, extension: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  const head = await readHead(path, KIND_PROBE_BYTES);
  const kind = contentKind(head);
  if (kind === 'zip') {
    yield* withMonthFirstColumns(readXlsxSheetsLean(path, { onBytes }));
    return;
  }
  if (kind === 'ole') {
    throw new UnreadableFileError('FILE_UNREADABLE', { reason: workbookAsTextReason(await describeNonZip(path, head), extension) }, 'a compound (OLE) file under a text name');
  }
  // A web page or an Excel 2003 XML Spreadsheet (web systems' exports) named .csv: its markup is no header to look for.
  if (kind === 'other') {
    const description = await describeNonZip(path, head);
    if (description.startsWith('html page:') || description.startsWith('xml spreadsheet:')) {
      throw new UnreadableFileError('FILE_UNREADABLE', { reason: workbookAsTextReason(description, extension) }, 'a web page or XML spreadsheet under a text name');
    }
  }
  // A scan's PDF or image, an archive, binary bytes: said as such, not as a CSV whose letters were lost.
  const notText = kind === 'other' ? nonTextKind(head) : null;
  if (notText !== null) throw new UnreadableFileError('FILE_UNREADABLE', { reason: nonTextReason(notText, extension) }, 'no text under a text name');
  yield* withMonthFirstColumns(readCsvSheets(path, onBytes));
}

/**
 * An .xlsx/.xlsm read as a workbook, unless it is plain delimited text (a web system's
 * 'Xuất Excel' writing CSV under a workbook name, a CSV renamed): then as the CSV it is.
 * An HTML page, an OLE file or a damaged zip still goes to the workbook reader, whose
 * error names it.
 */
async function* readWorkbookFile(path: string, extension: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  const head = await readHead(path, KIND_PROBE_BYTES);
  const kind = contentKind(head);
  if (kind === 'text') {
    yield* withMonthFirstColumns(readCsvSheets(path, onBytes));
    return;
  }
  // A scan's PDF or picture, or an archive, saved under the book's name: said as such, not as a damaged workbook to save again.
  const notWorkbook = kind === 'other' ? nonTextKind(head) : null;
  if (notWorkbook !== null && notWorkbook !== BINARY_KIND) {
    throw new UnreadableFileError('FILE_UNREADABLE', { reason: nonWorkbookReason(notWorkbook, extension) }, 'a PDF, a picture or an archive under a workbook name');
  }
  yield* withMonthFirstColumns(readXlsxSheetsLean(path, { onBytes }));
}

/**
 * A spreadsheet format hotich does not read (.xls, .ods, …) is FILE_TYPE_UNSUPPORTED,
 * unless the file is plain delimited text under that name (web systems' 'Xuất Excel' to
 * .xls writes tab-separated text): that is read as the CSV it is; and an .xls that is a zip
 * (an .xlsx renamed .xls for an upload form that takes only .xls: an Excel 97-2003 book is
 * never a zip) is read as the workbook it is, when it holds one.
 */
async function* readUnsupportedFile(path: string, extension: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  const kind = (await isEmptyFile(path)) ? 'empty' : contentKind(await readHead(path, KIND_PROBE_BYTES));
  if (kind === 'text') {
    yield* withMonthFirstColumns(readCsvSheets(path, onBytes));
    return;
  }
  if (kind === 'zip' && extension === '.xls') {
    try {
      yield* withMonthFirstColumns(readXlsxSheetsLean(path, { onBytes }));
      return;
    } catch (error) {
      // A zip without a workbook part (an .ods or another package renamed) stays a format hotich does not read.
      if (!(error instanceof Error && error.message.startsWith(NO_WORKBOOK_PART))) throw error;
    }
  }
  throw new UnreadableFileError('FILE_TYPE_UNSUPPORTED', { extension });
}

/**
 * A ZIP archive is not opened for registers: one holding books (a commune's books zipped for
 * e-mail) is FILE_ARCHIVE_NOT_READ, naming them, so that they are extracted rather than lost
 * in silence; any other (a book's scanned pages) is a format hotich does not read.
 */
async function* readArchive(path: string): AsyncIterable<SheetSource> {
  const registers = await registersInArchive(path, REGISTER_EXTENSIONS);
  if (registers.length === 0) throw new UnreadableFileError('FILE_TYPE_UNSUPPORTED', { extension: ARCHIVE_EXTENSION });
  const params = { count: String(registers.length), files: archiveRegisterNames(registers) };
  throw new UnreadableFileError('FILE_ARCHIVE_NOT_READ', params, `a ZIP archive holding ${registers.length} spreadsheet or CSV files`);
}

/**
 * A file is read in chunks of this size while it holds only blanks; past EMPTY_PROBE_LIMIT
 * bytes of blanks it is taken as not empty (no register starts so), and read as usual.
 */
const EMPTY_PROBE_BYTES = 64 * 1024;
const EMPTY_PROBE_LIMIT = 4 * 1024 * 1024;

/**
 * The reader's sheets, unless the file is empty — 0 bytes, or only whitespace (a byte
 * order mark, spaces, line ends; in UTF-16 their zero bytes too) and column delimiters
 * (Excel saving as CSV an empty sheet whose cells were formatted writes lines of commas) —
 * which is said as such (FILE_EMPTY) rather than as a workbook cut short or a CSV without
 * a header.
 */
async function* unlessEmpty(path: string, read: () => AsyncIterable<SheetSource>): AsyncIterable<SheetSource> {
  if (await isEmptyFile(path)) throw new UnreadableFileError('FILE_EMPTY', {}, 'the file is empty (0 bytes or only whitespace)');
  yield* read();
}

async function isEmptyFile(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const chunk = Buffer.alloc(EMPTY_PROBE_BYTES);
    for (let position = 0; position < EMPTY_PROBE_LIMIT; position += EMPTY_PROBE_BYTES) {
      const { bytesRead } = await file.read(chunk, 0, EMPTY_PROBE_BYTES, position);
      // A zip starts with 'PK', a register with its title or header: the first chunk settles it.
      if (!isBlank(chunk.subarray(0, bytesRead), position === 0)) return false;
      if (bytesRead < EMPTY_PROBE_BYTES) return true;
    }
    return false;
  } finally {
    await file.close();
  }
}

/** Only a byte order mark (UTF-8, UTF-16, at the file's start), whitespace bytes and column delimiters (',' ';'). */
export function isBlank(bytes: Uint8Array, atFileStart = true): boolean {
  let start = 0;
  if (atFileStart && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (atFileStart && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) start = 2;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at]!;
    // NUL (the other half of a UTF-16 blank), tab, line feed, vertical tab, form feed, carriage return, space, comma, semicolon.
    if (byte !== 0x00 && byte !== 0x20 && byte !== 0x2c && byte !== 0x3b && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return true;
}

/** Why a file could not be read, in words an officer can act on (Vietnamese, no cell contents). */
export function unreadableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'không tìm thấy tệp';
  if (code === 'EACCES' || code === 'EPERM') return 'tài khoản chạy chương trình không có quyền đọc tệp; cần cấp quyền đọc cho tệp (hoặc chép lại tệp vào thư mục của huyện), không cần sửa nội dung tệp';
  // What zip-archive.ts found the file to be instead of a workbook: the step the officer must take differs.
  if (message.startsWith('encrypted workbook:')) {
    return 'bảng tính được đặt mật khẩu (đã mã hóa); cần mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống ô mật khẩu) rồi lưu lại';
  }
  if (message.startsWith('legacy .xls workbook:')) return 'tệp là bảng tính Excel 97-2003 (.xls) bị đổi đuôi thành .xlsx; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
  if (message.startsWith('ole compound file:')) return 'tệp là bảng tính được đặt mật khẩu hoặc bảng tính Excel 97-2003 (.xls) bị đổi đuôi; cần mở bằng Excel, gỡ mật khẩu nếu có, rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
  if (message.startsWith('word document:')) return 'tệp là văn bản Word, không phải bảng tính; cần lấy đúng tệp sổ (.xlsx) để thay thế';
  if (message.startsWith(`${SCANS_ARCHIVE}:`)) return 'tệp là tệp nén (ZIP) chứa các trang sổ đã quét (PDF, ảnh) bị đổi đuôi thành .xlsx, không phải bảng tính; cần thay bằng đúng tệp sổ dạng bảng tính (.xlsx)';
  if (message.startsWith('html page:')) return 'tệp là trang web (HTML) được lưu với đuôi .xlsx, không phải bảng tính Excel thật; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
  if (message.startsWith('xml spreadsheet:')) return "tệp là bảng tính dạng 'XML Spreadsheet 2003' được lưu với đuôi .xlsx, không phải Sổ làm việc Excel (.xlsx); cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)";
  if (/FILE_ENDED|unexpected end|end of (central directory|data)/i.test(message)) return 'tệp bị cắt cụt (kết thúc giữa chừng), có thể do sao chép chưa xong';
  if (/signature|zip|corrupt|invalid|inflat|header/i.test(message)) return 'tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng';
  return `lỗi khi đọc tệp (${message.split('\n')[0]?.slice(0, 120) ?? 'không rõ'})`;
}
