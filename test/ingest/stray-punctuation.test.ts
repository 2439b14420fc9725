import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StrayPunctuationBytes } from '../../src/ingest/stray-punctuation.js';

/** The bytes through the transform, fed in chunks of `size` bytes (so chunks cut characters anywhere). */
async function through(bytes: Buffer, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(new StrayPunctuationBytes())) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

const LINE = 'Trần Văn Đức;Theo giấy chứng sinh số 12\r\nNguyễn Thị Hường;Con thứ 2 - sinh đôi\r\n';

describe('stray Windows-125x punctuation in a UTF-8 CSV', () => {
  it('leaves well-formed UTF-8 as it is, however the chunks cut its characters', async () => {
    const bytes = Buffer.from(LINE.repeat(20));
    for (const size of [1, 2, 3, 5, 7, 64]) expect((await through(bytes, size)).equals(bytes), `chunks of ${size}`).toBe(true);
  });

  it("reads a quote, a dash or an ellipsis pasted from an ANSI source as that mark, wherever the chunks cut", async () => {
    const bytes = Buffer.concat([Buffer.from('Theo giấy chứng sinh số 12'), Buffer.from([0x92]), Buffer.from(' '), Buffer.from([0x93]), Buffer.from('Bống'), Buffer.from([0x94, 0x20, 0x96, 0x20]), Buffer.from('đã cải chính'), Buffer.from([0x85]), Buffer.from('\r\n')]);
    for (const size of [1, 2, 3, 4, 64]) expect((await through(bytes, size)).toString('utf8'), `chunks of ${size}`).toBe('Theo giấy chứng sinh số 12’ “Bống” – đã cải chính…\r\n');
  });

  it('leaves a stray letter byte (which code page is unknown) and a character cut by the end of the file undecodable', async () => {
    const bytes = Buffer.concat([Buffer.from('Ghi ch'), Buffer.from([0xfa]), Buffer.from(' Lê'), Buffer.from('ệ').subarray(0, 2)]);
    expect((await through(bytes, 4)).toString('utf8')).toBe('Ghi ch\ufffd Lê\ufffd');
    // A punctuation byte that continues a whole character is part of it ('ồ' is E1 BB 93).
    expect((await through(Buffer.from('Hồ Thị Hồng'), 3)).toString('utf8')).toBe('Hồ Thị Hồng');
  });
});
