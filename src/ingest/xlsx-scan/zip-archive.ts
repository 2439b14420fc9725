import { open } from 'node:fs/promises';
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
    close() {
      for (const stream of openStreams) destroy(stream);
      zip.close();
    },
  };
}

/**
 * yauzl says "End of central directory record signature not found" both for a
 * zip cut short and for a file that is no zip at all; the first bytes tell them
 * apart (a truncated copy still starts with a local file header, `PK\x03\x04`).
 */
async function describeOpenError(path: string, error: unknown): Promise<unknown> {
  if (!(error instanceof Error) || 'code' in error) return error;
  if (!/end of central directory/i.test(error.message)) return new Error(`invalid zip: ${error.message}`, { cause: error });
  const head = Buffer.alloc(4);
  const file = await open(path, 'r');
  let read = 0;
  try {
    ({ bytesRead: read } = await file.read(head, 0, 4, 0));
  } finally {
    await file.close();
  }
  const zipHeader = Buffer.from('PK\u0003\u0004');
  return head.subarray(0, read).equals(zipHeader.subarray(0, read))
    ? new Error('unexpected end of file: the zip has no end of central directory record (file truncated)', { cause: error })
    : new Error(`invalid signature 0x${head.readUInt32LE(0).toString(16)}: not a zip file, so not an .xlsx workbook`, { cause: error });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
