import { open, readFile, stat } from 'node:fs/promises';
import type { Readable, TransformOptions } from 'node:stream';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import yauzl from 'yauzl';

/** An opened .xlsx package: entries found through the central directory, so their order in the file does not matter. */
export interface ZipArchive {
  /** The entry's stored name, looked up case-insensitively (OPC part names are), or undefined. */
  find(name: string): string | undefined;
  /**
   * An entry as UTF-8-decoded text chunks, inflated as they are read; `onCompressedBytes`
   * receives the size of each compressed chunk read from the file.
   */
  textChunks(name: string, onCompressedBytes?: (bytes: number) => void): AsyncIterable<string>;
  /** The entry's size once inflated, as its header states it; undefined for no such entry. */
  inflatedSize(name: string): number | undefined;
  /** The names of its entries, as stored. */
  names(): string[];
  /** Closes the file once the streams still open are destroyed; safe to call twice. */
  close(): void;
}

const INFLATED_CHUNK_BYTES = 256 * 1024;
/**
 * zlib passes stream options on to its Transform: a readable buffer of a few
 * chunks lets inflation (on the libuv thread pool) run ahead while the sheet
 * scanner works on the previous chunk, instead of the two taking turns.
 */
const INFLATE_OPTIONS: ZlibOptions & TransformOptions = { chunkSize: INFLATED_CHUNK_BYTES, readableHighWaterMark: 4 * INFLATED_CHUNK_BYTES };

/** Opens a zip file, or throws an Error whose message says whether it is cut short or not a zip at all. */
export async function openZipArchive(path: string): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { autoClose: false, lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    throw await describeOpenError(path, error);
  }
  // yauzl emits 'error' on the ZipFile only while entries are read (eachEntry rejects then);
  // a listener keeps any later one from crashing the process.
  zip.on('error', () => {});
  const entries = new Map<string, yauzl.Entry>();
  const byLowerCase = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      entries.set(entry.fileName, entry);
      byLowerCase.set(entry.fileName.toLowerCase(), entry.fileName);
    }
  } catch (error) {
    zip.close();
    throw new Error(`invalid zip: ${messageOf(error)}`, { cause: error });
  }
  const openStreams = new Set<Readable>();

  async function* textChunks(name: string, onCompressedBytes?: (bytes: number) => void): AsyncIterable<string> {
    const entry = entries.get(name);
    if (!entry) throw new Error(`invalid xlsx: no ${name} in the zip`);
    if (entry.isEncrypted()) throw new Error(`invalid xlsx: ${name} is encrypted`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new Error(`invalid zip: ${name} uses unsupported compression method ${entry.compressionMethod}`);
    }
    const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
    openStreams.add(raw);
    if (onCompressedBytes) raw.on('data', (chunk: Buffer) => onCompressedBytes(chunk.length));
    const inflated = entry.compressionMethod === 8 ? raw.pipe(createInflateRaw(INFLATE_OPTIONS)) : raw;
    if (inflated !== raw) {
      openStreams.add(inflated);
      // A read error of the file reaches the consumer through the inflate stream.
      raw.on('error', (error) => inflated.destroy(error));
    }
    const decoder = new TextDecoder('utf-8');
    let inflatedBytes = 0;
    try {
      for await (const chunk of inflated as AsyncIterable<Buffer>) {
        inflatedBytes += chunk.length;
        yield decoder.decode(chunk, { stream: true });
      }
      const tail = decoder.decode();
      if (tail !== '') yield tail;
    } catch (error) {
      throw new Error(`invalid zip: ${name} cannot be inflated (${messageOf(error)})`, { cause: error });
    } finally {
      destroy(raw);
      if (inflated !== raw) destroy(inflated);
    }
    if (inflatedBytes !== entry.uncompressedSize) {
      throw new Error(`invalid zip: ${name} holds ${inflatedBytes} bytes, its header says ${entry.uncompressedSize}`);
    }
  }

  function destroy(stream: Readable): void {
    openStreams.delete(stream);
    if (!stream.destroyed) stream.destroy();
  }

  return {
    find: (name) => (entries.has(name) ? name : byLowerCase.get(name.toLowerCase())),
    textChunks,
    inflatedSize: (name) => entries.get(name)?.uncompressedSize,
    names: () => [...entries.keys()],
    close() {
      for (const stream of openStreams) destroy(stream);
      zip.close();
    },
  };
}

/**
 * yauzl says "End of central directory record signature not found" both for a
 * zip cut short and for a file that is no zip at all; the first bytes tell them
 * apart (a truncated copy still starts with a local file header, `PK\x03\x04`),
 * and tell the officer what the file is instead (describeNonZip).
 */
async function describeOpenError(path: string, error: unknown): Promise<unknown> {
  if (!(error instanceof Error) || 'code' in error) return error;
  if (!/end of central directory/i.test(error.message)) return new Error(`invalid zip: ${error.message}`, { cause: error });
  const head = Buffer.alloc(HEAD_BYTES);
  const file = await open(path, 'r');
  let read = 0;
  try {
    ({ bytesRead: read } = await file.read(head, 0, HEAD_BYTES, 0));
  } finally {
    await file.close();
  }
  const zipHeader = Buffer.from('PK\u0003\u0004');
  if (head.subarray(0, Math.min(read, 4)).equals(zipHeader.subarray(0, Math.min(read, 4)))) {
    return new Error('unexpected end of file: the zip has no end of central directory record (file truncated)', { cause: error });
  }
  return new Error(await describeNonZip(path, head.subarray(0, read)), { cause: error });
}

/** Bytes read to tell what a file that is no zip is: an OLE header, or the start of an HTML page. */
const HEAD_BYTES = 1024;
/** The OLE compound file signature (MS-CFB §2.2): Excel 97-2003 workbooks, and password-protected .xlsx. */
export const OLE_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** An OLE file is searched whole for its stream names only up to this size (a commune's book is a few MB). */
const MAX_OLE_SCAN_BYTES = 64 * 1024 * 1024;
/** 'Save as Web Page', or a web system's export named .xlsx: markup within the first bytes. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|table|meta|\?xml[^>]*>\s*<html)/i;
/** Excel 2003's 'XML Spreadsheet' (a web system's 'Xuất Excel' too): its processing instruction or root element. */
const XML_SPREADSHEET = /^\s*<\?xml[^>]*>\s*(?:<\?mso-application\s+progid="Excel\.Sheet"|<(?:ss:)?Workbook\s[^>]*urn:schemas-microsoft-com:office:spreadsheet)/i;

/**
 * What a file that is not a zip is, in an error message unreadableReason turns into
 * words: an OLE compound file — a password-protected workbook (Office encrypts an .xlsx
 * into an OLE file holding an `EncryptedPackage` stream, [MS-OFFCRYPTO]), an
 * Excel 97-2003 workbook renamed .xlsx (a `Workbook` or `Book` stream), a Word document —
 * an HTML page or an Excel 2003 XML Spreadsheet; otherwise its signature.
 */
export async function describeNonZip(path: string, head: Buffer): Promise<string> {
  if (head.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    const { size } = await stat(path);
    const names = size <= MAX_OLE_SCAN_BYTES ? await readFile(path) : Buffer.alloc(0);
    const holds = (stream: string): boolean => names.includes(Buffer.from(stream, 'utf16le'));
    if (holds('EncryptedPackage')) return 'encrypted workbook: an OLE compound file holding an EncryptedPackage (a password-protected .xlsx)';
    if (holds('Workbook') || holds('Book')) return 'legacy .xls workbook: an Excel 97-2003 compound file, not an .xlsx zip';
    if (holds('WordDocument')) return 'word document: an OLE compound file holding a WordDocument stream, not a workbook';
    return 'ole compound file: a password-protected workbook or an Excel 97-2003 file, not an .xlsx zip';
  }
  const text = new TextDecoder('utf-8').decode(head);
  if (HTML_START.test(text)) return 'html page: a web page saved under a workbook name, not an .xlsx zip';
  if (XML_SPREADSHEET.test(text)) return 'xml spreadsheet: an Excel 2003 XML Spreadsheet, not an .xlsx zip';
  const signature = head.length >= 4 ? head.readUInt32LE(0).toString(16) : head.toString('hex');
  return `invalid signature 0x${signature}: not a zip file, so not an .xlsx workbook`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
