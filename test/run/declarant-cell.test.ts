import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER = 'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên người chết;Năm sinh;Giới tính;Ngày chết;Nơi chết;Họ tên người đi khai tử;Quan hệ với người chết;Ghi chú';
const DECEASED = ['Nguyễn Văn Cả', 'Trần Văn Hai', 'Lê Văn Ba', 'Phạm Văn Tư', 'Hoàng Văn Năm', 'Vũ Văn Sáu', 'Đỗ Văn Bảy', 'Bùi Văn Tám'];

/** A 2012 death book of xã Sơn Lôi, one entry per declarant cell [name cell, relation cell]. */
async function run(declarants: [string, string][]) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-declarant-'));
  const path = join(folder, 'khai-tu-son-loi-2012.csv');
  const lines = declarants.map(([name, relation], index) =>
    [index + 1, `${10 + index}/03/2012`, 'UBND xã Sơn Lôi', DECEASED[index], 1930 + index, 'Nam', `0${index + 1}/03/2012`, 'Tại nhà', `"${name}"`, relation, ''].join(';'),
  );
  writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
  return { clean: readJsonl(join(out, '249/death/clean.jsonl')) as Record<string, any>[], rejected: readJsonl(join(out, '249/death/rejected.jsonl')) };
}

describe("the declarant's cell of a death book", () => {
  it('holds the name; a relation, birth year, ID or office typed with it does not reject the entry', async () => {
    const { clean, rejected } = await run([
      ['Nguyễn Văn Hải, con', ''],
      ['Nguyễn Văn Hải - con trai', ''],
      ['Nguyễn Văn Hải/con', ''],
      ['Nguyễn Văn Hải, sinh 1970', 'Con'],
      ['Nguyễn Văn Hải; CMND 135000111', ''],
      ['Trưởng thôn Nguyễn Văn Hải', ''],
      ['Nguyễn Văn Hải, vợ', 'Con'],
      ['Nguyễn Văn H?i', 'Con'],
    ]);
    expect(rejected).toEqual([]);
    expect(clean.map((record) => record.declarant)).toEqual([
      { fullName: 'Nguyễn Văn Hải', relation: 'Con' },
      { fullName: 'Nguyễn Văn Hải', relation: 'Con trai' },
      { fullName: 'Nguyễn Văn Hải', relation: 'Con' },
      { fullName: 'Nguyễn Văn Hải', relation: 'Con' },
      { fullName: 'Nguyễn Văn Hải', relation: null },
      { fullName: 'Nguyễn Văn Hải', relation: 'Trưởng thôn' },
      // The relation column's own value wins; the cell's is kept in the note.
      { fullName: 'Nguyễn Văn Hải', relation: 'Con' },
      { fullName: null, relation: 'Con' },
    ]);
    const notes = clean.map((record) => record.notes.filter((note: { code: string }) => note.code === 'NAME_DECLARANT_DETAILS_SPLIT'));
    expect(notes[6]).toEqual([{ code: 'NAME_DECLARANT_DETAILS_SPLIT', field: 'declarant.fullName', from: 'Nguyễn Văn Hải, vợ', to: 'Nguyễn Văn Hải' }]);
    expect(clean.map((record) => record.warnings.map((warning: { code: string }) => warning.code))).toEqual([[], [], [], [], [], [], [], ['NAME_DECLARANT_UNREADABLE']]);
  });

  it('reads a relation typed before the name, after it without punctuation, or with whose it is, into an empty relation column', async () => {
    const { clean, rejected } = await run([
      ['Con trai: Nguyễn Văn An', ''],
      ['Vợ: Nguyễn Thị Bình', ''],
      ['Mẹ đẻ Trần Thị Bình', ''],
      ['Bà nội Lê Thị Cúc', ''],
      ['Nguyễn Văn An con trai', ''],
      ['Nguyễn Thị Bình, vợ người chết', ''],
      ['Nguyễn Văn An - TT', ''],
      ['Con: Nguyễn Văn An', 'Con đẻ'],
    ]);
    expect(rejected).toEqual([]);
    expect(clean.map((record) => record.declarant)).toEqual([
      { fullName: 'Nguyễn Văn An', relation: 'Con trai' },
      { fullName: 'Nguyễn Thị Bình', relation: 'Vợ' },
      { fullName: 'Trần Thị Bình', relation: 'Mẹ đẻ' },
      { fullName: 'Lê Thị Cúc', relation: 'Bà nội' },
      { fullName: 'Nguyễn Văn An', relation: 'Con trai' },
      { fullName: 'Nguyễn Thị Bình', relation: 'Vợ' },
      { fullName: 'Nguyễn Văn An', relation: 'Trưởng thôn' },
      { fullName: 'Nguyễn Văn An', relation: 'Con đẻ' },
    ]);
    expect(clean.map((record) => record.warnings)).toEqual(clean.map(() => []));
  });

  it("reads a column headed with both the declarant's name and relation as the name, the relation split off", async () => {
    // Books without a relation column: 'Họ tên, quan hệ người đi khai' holds 'Nguyễn Văn An (con trai)'.
    for (const label of ['Họ tên, quan hệ người đi khai', 'Họ và tên, quan hệ người đi khai', 'Họ tên người đi khai, quan hệ với người chết']) {
      const folder = mkdtempSync(join(tmpdir(), 'hotich-declarant-'));
      const path = join(folder, 'khai-tu-huong-son-2013.csv');
      const header = `Số;Ngày đăng ký;Họ và tên người chết;Năm sinh;Giới tính;Ngày chết;Nơi chết;${label};Ghi chú`;
      const lines = [
        '1;10/03/2013;Nguyễn Văn Cả;1930;Nam;01/03/2013;Tại nhà;Nguyễn Văn An (con trai);',
        '2;12/03/2013;Trần Thị Hai;1935;Nữ;02/03/2013;Tại nhà;Lê Văn Bình - chồng;',
        '3;15/03/2013;Lê Văn Ba;1940;Nam;03/03/2013;Tại nhà;Lê Thị Cúc;',
      ];
      writeFileSync(path, `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
      const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
      const clean = readJsonl(join(out, '249/death/clean.jsonl')) as Record<string, any>[];
      expect(clean.map((record) => record.declarant), label).toEqual([
        { fullName: 'Nguyễn Văn An', relation: 'Con trai' },
        { fullName: 'Lê Văn Bình', relation: 'Chồng' },
        { fullName: 'Lê Thị Cúc', relation: null },
      ]);
    }
  });
});
