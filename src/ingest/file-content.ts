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

/** What an OLE file named as text is (describeNonZip's words), for the officer: the step differs. */
export function workbookAsTextReason(description: string, extension: string): string {
  if (description.startsWith('encrypted workbook:')) {
    return `tệp là bảng tính Excel được đặt mật khẩu nhưng mang đuôi ${extension}, không phải tệp văn bản CSV; cần mở bằng Excel, gỡ mật khẩu rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
  }
  if (description.startsWith('word document:')) return `tệp là văn bản Word mang đuôi ${extension}, không phải bảng tính; cần lấy đúng tệp sổ để thay thế`;
  return `tệp là bảng tính Excel 97-2003 (.xls) bị đổi đuôi thành ${extension}, không phải tệp văn bản CSV; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) hoặc 'CSV UTF-8 (Comma delimited)'`;
}
