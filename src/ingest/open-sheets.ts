import { extname } from 'node:path';
import { readCsvSheets } from './csv-reader.js';
import type { SheetSource } from './sheet-source.js';
import { readXlsxSheetsLean } from './xlsx-scan/read-xlsx-lean.js';

export const READABLE_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt'] as const;
/**
 * Spreadsheet formats hotich does not read, which a district's folder may hold a real book in
 * (an Excel 97-2003 .xls of the 2000s, a binary .xlsb, a LibreOffice .ods, a WPS .et, a template):
 * input scanning takes them in so that each is reported (FILE_TYPE_UNSUPPORTED), never passed over.
 */
export const UNREAD_SPREADSHEET_EXTENSIONS = ['.xls', '.xlsb', '.xlt', '.xltx', '.xltm', '.ods', '.et'] as const;

/** A file hotich cannot read as a register (named in the run's problems; the run goes on). */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'FILE_UNREADABLE' | 'FILE_TYPE_UNSUPPORTED',
    readonly params: Record<string, string>,
  ) {
    super(`${code}: ${Object.values(params).join(', ')}`);
  }
}

/** The sheets of a register file, chosen by extension; `onBytes` hears how much of the file has been read. */
export function openSheets(path: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  const extension = extname(path).toLowerCase();
  // The lean scanner, not exceljs's streaming reader: ~7× faster, proven equal on every fixture (test/ingest/xlsx-scan).
  if (extension === '.xlsx' || extension === '.xlsm') return readXlsxSheetsLean(path, { onBytes });
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return readCsvSheets(path, onBytes);
  throw new UnreadableFileError('FILE_TYPE_UNSUPPORTED', { extension: extension || '(none)' });
}

/** Why a file could not be read, in words an officer can act on (Vietnamese, no cell contents). */
export function unreadableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'không tìm thấy tệp';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc tệp';
  // What zip-archive.ts found the file to be instead of a workbook: the step the officer must take differs.
  if (message.startsWith('encrypted workbook:')) {
    return 'bảng tính được đặt mật khẩu (đã mã hóa); cần mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống ô mật khẩu) rồi lưu lại';
  }
  if (message.startsWith('legacy .xls workbook:')) return 'tệp là bảng tính Excel 97-2003 (.xls) bị đổi đuôi thành .xlsx; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
  if (message.startsWith('ole compound file:')) return 'tệp là bảng tính được đặt mật khẩu hoặc bảng tính Excel 97-2003 (.xls) bị đổi đuôi; cần mở bằng Excel, gỡ mật khẩu nếu có, rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
  if (message.startsWith('word document:')) return 'tệp là văn bản Word, không phải bảng tính; cần lấy đúng tệp sổ (.xlsx) để thay thế';
  if (message.startsWith('html page:')) return 'tệp là trang web (HTML) được lưu với đuôi .xlsx, không phải bảng tính Excel thật; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
  if (/FILE_ENDED|unexpected end|end of (central directory|data)/i.test(message)) return 'tệp bị cắt cụt (kết thúc giữa chừng), có thể do sao chép chưa xong';
  if (/signature|zip|corrupt|invalid|inflat|header/i.test(message)) return 'tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng';
  return `lỗi khi đọc tệp (${message.split('\n')[0]?.slice(0, 120) ?? 'không rõ'})`;
}
