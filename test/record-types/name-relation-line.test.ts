/**
 * A name cell with the person's relation typed on its second line (Alt+Enter: 'Tô Thị Hải Yến⏎Con
 * ông Tô Văn Hải') is the name and a remark, as after a dash: the name loads, the relation is in the
 * warning. A name wrapped onto two lines stays one name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type Cell } from './read-book.js';

const warningsOf = (record: Record<string, any> | undefined): string[] =>
  (record?.warnings ?? []).map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`);

const MARRIAGE_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ'];
const marriage = (number: number, husband: string, wife: string): Cell[] => [number, `1${number}/10/2020`, 'UBND xã Quất Lưu', husband, '21/10/1994', 'Kinh', wife, '19/01/1996', 'Kinh'];
const DEATH_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Ngày chết', 'Nơi chết'];
const death = (number: number, name: string, sex: string): Cell[] => [number, `1${number}/03/2011`, 'UBND xã Tam Hợp', name, sex, 1931, 'Kinh', `0${number}/03/2011`, 'Tại nhà'];

describe('a relation typed on the second line of a name cell', () => {
  let folder: string;
  let marriages: Map<number, Record<string, any>>;
  let deaths: Map<number, Record<string, any>>;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-relation-line-'));
    marriages = (await readBook(join(folder, 'ket-hon.xlsx'), [
      MARRIAGE_HEADER,
      marriage(1, 'Mai Xuân Trường', 'Tô Thị Hải Yến\nCon ông Tô Văn Hải'),
      marriage(2, 'Nguyễn Văn\nHùng', 'Trần Thị\r\nThu Hà'),
    ], { districtCode: '249' })).clean;
    deaths = (await readBook(join(folder, 'khai-tu.xlsx'), [
      DEATH_HEADER,
      death(1, 'Lê Văn Tỵ\nchồng bà Nguyễn Thị Sen', 'Nam'),
      death(2, 'Trần Văn\nCon', 'Nam'),
    ], { districtCode: '249' })).clean;
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is a remark: the name loads without it', () => {
    expect(marriages.get(2)?.wife.fullName).toBe('Tô Thị Hải Yến');
    expect(warningsOf(marriages.get(2))).toEqual(['NAME_REMARK_REMOVED@wife.fullName']);
    expect(marriages.get(2)?.warnings[0].message).toContain('Con ông Tô Văn Hải');
    expect(deaths.get(2)?.deceased.fullName).toBe('Lê Văn Tỵ');
    expect(warningsOf(deaths.get(2))).toEqual(['NAME_REMARK_REMOVED@deceased.fullName']);
  });

  it('leaves a name wrapped onto two lines whole', () => {
    expect([marriages.get(3)?.husband.fullName, marriages.get(3)?.wife.fullName]).toEqual(['Nguyễn Văn Hùng', 'Trần Thị Thu Hà']);
    expect(warningsOf(marriages.get(3))).toEqual([]);
    expect(deaths.get(3)?.deceased.fullName).toBe('Trần Văn Con');
  });
});
