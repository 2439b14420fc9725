/**
 * A birth book typed without Vietnamese marks: the declarant's cell holds a title and the father's or the
 * mother's whole name ('Ong Bui Huu Quyet'). Without Văn or Thị after the family name the name alone keeps
 * 'Ong' as the family name Ông (honorific.ts); the parent named in the same entry says it is the title.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBook } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-declarant-title-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Người đi khai sinh', 'Quan hệ'];
const row = (number: number, mother: string, father: string | null, declarant: string, relation: string): (string | number | null)[] =>
  [number, '02/04/1985', 'UBND xa Tam Hop', 'Bui Huu Thang', '28/03/1985', 'Nam', mother, 1960, father, father === null ? null : 1958, declarant, relation];

describe("a birth declarant's title typed without marks before a parent's name", () => {
  it('takes the title off when the rest is that parent, with NAME_HONORIFIC_REMOVED', async () => {
    const read = await readBook(join(folder, 'ks.xlsx'), [
      HEADER,
      row(1, 'Do Thi Lan', 'Bui Huu Quyet', 'Ong Bui Huu Quyet', 'Cha'),
      row(2, 'Khong Minh Thu', null, 'Ba Khong Minh Thu', 'Me'),
      row(3, 'Do Thi Lan', 'Bui Huu Quyet', 'Ong Bui Huu Thanh', 'Ong noi'), // not a parent: Ông Bùi Hữu Thanh may be a name
      row(4, 'Do Thi Lan', 'Bui Huu Quyet', 'Bui Huu Quyet', 'Cha'),
      row(5, 'Do Thi Lan', 'Bui Huu Quyet', 'Ông Bùi Hữu Quyết', 'Cha'), // with marks: the title rules alone
    ]);
    const declarant = (rowNumber: number) => read.clean.get(rowNumber)?.declarant;
    expect(declarant(2)).toEqual({ fullName: 'Bui Huu Quyet', relation: 'Cha' });
    expect(read.clean.get(2)?.notes).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', field: 'declarant.fullName', from: 'Ong Bui Huu Quyet', to: 'Bui Huu Quyet' }));
    expect(declarant(3)?.fullName).toBe('Khong Minh Thu');
    expect(declarant(4)?.fullName).toBe('Ong Bui Huu Thanh');
    expect(declarant(5)?.fullName).toBe('Bui Huu Quyet');
    expect(declarant(6)?.fullName).toBe('Bùi Hữu Quyết');
    for (const rowNumber of [4, 5]) expect(JSON.stringify(read.clean.get(rowNumber)?.notes ?? [])).not.toContain('NAME_HONORIFIC_REMOVED');
  });
});
