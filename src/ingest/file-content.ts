import { open } from 'node:fs/promises';
import { utf16WithoutBom } from './csv-sniff.js';
import { OLE_SIGNATURE } from './xlsx-scan/zip-archive.js';

/** Bytes read to tell a workbook from text (describeNonZip looks for an HTML start within them too). */
export const KIND_PROBE_BYTES = 1024;
/** A zip's local file header: an .xlsx (or any zip) starts with it. */
const ZIP_SIGNATURE = Buffer.from('PK\u0003\u0004', 'latin1');
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Markup at the start: 'Save as Web Page', or a web system's export given a workbook name. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|table|meta|\?xml)/i;

/**
 * What a file holds, from its first bytes, whatever its name: a zip (an .xlsx), an OLE
 * compound file (an Excel 97-2003 book, an encrypted .xlsx), plain text (UTF-16 with its
 * byte order mark, or bytes without control characters other than tab and line ends: UTF-8,
 * Windows-1258, legacy TCVN3/VNI bytes), or something else (HTML, PDF, an image, binary).
 */
export function contentKind(head: Buffer): 'zip' | 'ole' | 'text' | 'other' {
  if (head.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) return 'zip';
  if (head.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return 'ole';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const text = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head.subarray(0, head.length - (head.length % 2)));
    return isPlainText(text) ? 'text' : 'other';
  }
  // UTF-16 written without its byte order mark: its zero bytes are no control characters of the text.
  const utf16 = utf16WithoutBom(head);
  if (utf16 !== null) {
    const text = new TextDecoder(utf16 === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(head.subarray(0, head.length - (head.length % 2)));
    return isPlainText(text) ? 'text' : 'other';
  }
  const body = head.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? head.subarray(UTF8_BOM.length) : head;
  if (body.subarray(0, 4).toString('latin1') === '%PDF') return 'other';
  return isPlainText(body.toString('latin1')) ? 'text' : 'other';
}

/** Signatures of files that are no text at all, with what the officer is told they are. */
const NON_TEXT_SIGNATURES: readonly (readonly [Buffer, string])[] = [
  [Buffer.from('%PDF', 'latin1'), 'tệp PDF'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'ảnh PNG'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'ảnh JPEG'],
  [Buffer.from('GIF8', 'latin1'), 'ảnh GIF'],
  [Buffer.from([0x49, 0x49, 0x2a, 0x00]), 'ảnh TIFF'],
  [Buffer.from([0x4d, 0x4d, 0x00, 0x2a]), 'ảnh TIFF'],
  [Buffer.from([0x1f, 0x8b]), 'tệp nén gzip'],
  [Buffer.from('Rar!', 'latin1'), 'tệp nén RAR'],
  [Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), 'tệp nén 7z'],
];
/** nonTextKind's words for bytes that match no known signature: a damaged workbook may read so too. */
export const BINARY_KIND = 'tệp nhị phân';
/**
 * Share of a head's bytes that are control characters (NUL and the others below a space but tab and line ends),
 * at least, in a file that is no text: a stray vertical tab or form feed pasted into a real CSV's cell is far below it.
 */
const BINARY_CONTROL_SHARE = 0.05;

/**
 * What a file under a text name is when it is no text at all (a scan's PDF or image, an archive, binary bytes),
 * in the officer's words; null for anything that may be text, which the CSV reader then reads (or names its fault).
 * Asked only of heads contentKind found no text, zip or OLE file in.
 */
export function nonTextKind(head: Buffer): string | null {
  for (const [signature, kind] of NON_TEXT_SIGNATURES) if (head.subarray(0, signature.length).equals(signature)) return kind;
  if (utf16WithoutBom(head) !== null || head[0] === 0xff || head[0] === 0xfe) return null;
  // Zero bytes padding a short text file to its end (a copy or save cut short, a fixed-size export) are no part of it.
  let end = head.length;
  while (end > 0 && head[end - 1] === 0x00) end -= 1;
  const body = end === 0 ? head : head.subarray(0, end);
  let controls = 0;
  for (const byte of body) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls += 1;
  return body.length > 0 && controls / body.length >= BINARY_CONTROL_SHARE ? BINARY_KIND : null;
}

/** Why a file under a text name that is no text is not read (nonTextKind's words), with the step to take. */
export function nonTextReason(kind: string, extension: string): string {
  return `tệp mang đuôi ${extension} nhưng là ${kind}, không phải tệp văn bản CSV (có thể là bản chụp, bản quét hoặc tệp khác bị đổi tên); cần thay bằng đúng tệp sổ dạng bảng tính (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
}

/**
 * Why a file under a workbook name that is a scan's PDF or image, or an archive, is not read (nonTextKind's
 * words): no saving again in Excel makes it a register, the register's own spreadsheet must replace it.
 */
export function nonWorkbookReason(kind: string, extension: string): string {
  return `tệp mang đuôi ${extension} nhưng là ${kind}, không phải bảng tính Excel (có thể là bản chụp, bản quét hoặc tệp khác bị đổi tên); cần thay bằng đúng tệp sổ dạng bảng tính (.xlsx)`;
}

function isPlainText(text: string): boolean {
  if (HTML_START.test(text)) return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return /[\r\n,;\t]/.test(text);
}

export async function readHead(path: string, bytes: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(head, 0, bytes, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** What an OLE file or a web page named as text is (describeNonZip's words), for the officer: the step differs. */
export function workbookAsTextReason(description: string, extension: string): string {
  if (description.startsWith('encrypted workbook:')) {
    return `tệp là bảng tính Excel được đặt mật khẩu nhưng mang đuôi ${extension}, không phải tệp văn bản CSV; cần mở bằng Excel, gỡ mật khẩu rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
  }
  if (description.startsWith('word document:')) return `tệp là văn bản Word mang đuôi ${extension}, không phải bảng tính; cần lấy đúng tệp sổ để thay thế`;
  if (description.startsWith('xml spreadsheet:')) {
    return `tệp mang đuôi ${extension} nhưng là bảng tính dạng 'XML Spreadsheet 2003', không phải tệp văn bản CSV; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
  }
  if (description.startsWith('html page:')) {
    return `tệp mang đuôi ${extension} nhưng là trang web (HTML), như tệp 'Xuất Excel' của phần mềm trực tuyến, không phải tệp văn bản CSV; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
  }
  return `tệp là bảng tính Excel 97-2003 (.xls) bị đổi đuôi thành ${extension}, không phải tệp văn bản CSV; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
}
