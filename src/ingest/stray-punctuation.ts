import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Windows-1252 punctuation (the same bytes in Windows-1258) that Word's smart quotes, dashes and
 * ellipsis become in an ANSI source: in a UTF-8 file such a byte stands alone, where UTF-8 only has
 * a continuation byte, and means nothing but that mark. A stray letter byte ('ú' as 0xFA) stays
 * undecodable: which code page's letter it is cannot be told.
 */
const PUNCTUATION: ReadonlyMap<number, Buffer> = new Map(
  ([[0x85, '…'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—']] as const).map(([byte, mark]) => [byte, Buffer.from(mark, 'utf8')]),
);
const EMPTY = Buffer.alloc(0);

/** Bytes of the UTF-8 sequence a lead byte opens (1 for ASCII), 0 for a byte no sequence starts with. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  return byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
}

/** Bytes at the end that open a sequence the chunk cuts short: kept for the next chunk. */
function cutTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

/** The bytes with each stray punctuation byte (no part of a whole UTF-8 sequence) written as its mark in UTF-8. */
function withPunctuation(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at]!;
    const length = sequenceLength(byte);
    if (length === 1) {
      at++;
      continue;
    }
    let whole = length > 0 && at + length <= bytes.length;
    for (let next = 1; whole && next < length; next++) whole = (bytes[at + next]! & 0xc0) === 0x80;
    if (whole) {
      at += length;
      continue;
    }
    const mark = PUNCTUATION.get(byte);
    if (mark !== undefined) {
      parts.push(bytes.subarray(from, at), mark);
      from = at + 1;
    }
    at++;
  }
  if (parts.length === 0) return bytes;
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/**
 * Passes a UTF-8 CSV's bytes on, with a stray Windows-125x punctuation byte (a quote pasted from
 * an ANSI source) made the UTF-8 of its mark, so that the entry reads 'Theo giấy chứng sinh số 12’'
 * rather than being rejected for a U+FFFD. Well-formed chunks (all but such files) pass as they are.
 */
export class StrayPunctuationBytes extends Transform {
  private carry: Buffer = EMPTY;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = cutTail(bytes);
    const body = tail > 0 ? bytes.subarray(0, bytes.length - tail) : bytes;
    this.carry = tail > 0 ? Buffer.from(bytes.subarray(bytes.length - tail)) : EMPTY;
    callback(null, isUtf8(body) ? body : withPunctuation(body));
  }

  override _flush(callback: TransformCallback): void {
    // A sequence cut by the end of the file: the decoder makes it U+FFFD.
    callback(null, this.carry.length > 0 ? this.carry : undefined);
  }
}
