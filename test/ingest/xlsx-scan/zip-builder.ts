import { writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/** One file of a hand-built zip, in the order it is written. */
export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** 'deflate' (default) or 'store' (no compression, as some tools write small parts). */
  method?: 'deflate' | 'store';
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let crc = -1;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * Writes a zip with the parts in exactly the given order (APPNOTE 6.3: local
 * headers, then the central directory). exceljs cannot write what the lean
 * reader must also read — inline strings, a sheet before workbook.xml, rows
 * without `r` — so those packages are built part by part.
 */
export function writeZip(path: string, parts: ZipPart[]): void {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const stored = part.method === 'store';
    const body = stored ? data : deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(stored ? 0 : 8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...chunks, directory, end]));
}

/** The parts of an existing zip (e.g. one exceljs wrote), in their stored order, to re-zip changed. */
export async function readZipParts(path: string): Promise<{ name: string; data: Buffer }[]> {
  const zip = await yauzl.openPromise(path);
  const parts: { name: string; data: Buffer }[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return parts;
}
