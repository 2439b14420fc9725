import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

const HEADER = 'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ và tên,Ngày sinh,Giới tính,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha';

/** Two communes that typed their 2006 book into files of the same name. */
function twoCommunes(): string {
  const root = mkdtempSync(join(tmpdir(), 'hotich-same-name-'));
  const books: Record<string, string[]> = {
    'xa1/khai-sinh-2006.csv': ['1,1,05/01/2006,UBND xã Thiện Kế,Nguyễn Văn An,01/01/2006,Nam,Trần Thị Mai,1980,Nguyễn Văn Bình,1978'],
    'xa2/khai-sinh-2006.csv': [
      '1,1,07/01/2006,UBND xã Tam Hợp,Lê Thị Hoa,02/01/2006,Nữ,Phạm Thị Lan,1982,Lê Văn Cường,1980',
      '2,2,09/01/2006,UBND xã Tam Hợp,Lê Văn Hải,04/01/2006,Nam,Đỗ Thị Nga,1983,Lê Văn Sơn,1981',
    ],
  };
  for (const [path, rows] of Object.entries(books)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${[HEADER, ...rows].join('\n')}\n`);
  }
  return root;
}

describe('run --input with the same file name in two folders', () => {
  it('runs the district, naming each file by its folder, with each file’s own row count', async () => {
    const root = twoCommunes();
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(root, 'xa1'), join(root, 'xa2')] });
    expect(result.exitCode).toBe(0);
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.inputs.map((input: { file: string; rows: number }) => [input.file, input.rows])).toEqual([
      ['xa1/khai-sinh-2006.csv', 1],
      ['xa2/khai-sinh-2006.csv', 2],
    ]);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => (record.provenance as { file: string }).file).sort()).toEqual(['xa1/khai-sinh-2006.csv', 'xa2/khai-sinh-2006.csv', 'xa2/khai-sinh-2006.csv']);
    expect(new Set(clean.map((record) => record.id)).size).toBe(3);
  });

  it('reads a file given again beside its folder once', async () => {
    const root = twoCommunes();
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(root, 'xa2'), join(root, 'xa2/khai-sinh-2006.csv')] });
    expect(result.exitCode).toBe(0);
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.inputs.map((input: { file: string; rows: number }) => [input.file, input.rows])).toEqual([['khai-sinh-2006.csv', 2]]);
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2 });
  });
});
