/**
 * A register with two columns 'Nam' | 'Nữ' where the clerk marks one. Found by testing: a star
 * typed as the mark ('*', as '+' or '•' are) was taken for a blank mark ('-', '*': "nothing
 * here") before the tick reader saw it, so the sex was lost without a word.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-sex-ticks-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function sexes(marks: [string, string][]): Promise<(string | null)[]> {
  const header = 'Số,Ngày đăng ký,Nơi đăng ký,Họ và tên,Ngày sinh,Nam,Nữ,Họ tên mẹ,Năm sinh mẹ';
  const given = ['An', 'Bảo', 'Cường', 'Dũng', 'Hà'];
  const lines = marks.map(([male, female], index) =>
    `${index + 1},0${index + 1}/03/2021,UBND xã Tam Hợp,Lê Minh ${given[index]},01/02/2021,${male},${female},Trần Thị ${given[index]},1995`);
  const path = join(folder, 'ks-tam-hop-2021.csv');
  writeFileSync(path, `${[header, ...lines].join('\r\n')}\r\n`);
  const indexes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type, {}));
  const read: (string | null)[] = [];
  for await (const event of readRegister(path, { provinceCode: '26', districtCode: '249', file: 'ks-tam-hop-2021.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes })) {
    if (event.kind !== 'row') continue;
    read.push(event.outcome.kind === 'clean' ? (event.outcome.record as { child: { sex: string | null } }).child.sex : 'rejected');
  }
  return read;
}

describe("a 'Nam' | 'Nữ' pair of columns", () => {
  it('reads a star as the mark, in either column, and a dash as no mark', async () => {
    expect(await sexes([['*', ''], ['', '*'], ['-', '*'], ['*', '-'], ['-', '']])).toEqual(['male', 'female', 'female', 'male', null]);
  });

  it('reads a star in both columns as a conflict', async () => {
    expect(await sexes([['*', '*']])).toEqual(['rejected']);
  });
});
