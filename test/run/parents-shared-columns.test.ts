/**
 * A birth book's column headed for both parents ('Nơi cư trú của cha, mẹ', 'Dân tộc của cha, mẹ') gives
 * its value to the mother and the father, and an entry that names no father has `father: null`. Found by
 * testing (s8 csv, e1-euro-nofather): the residence went to the father alone, and a child born out of
 * wedlock got a father with no name, holding the mother's address.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;
const at = (rows: Row[], row: number): Row | undefined => rows.find((record) => record.provenance.row === row);

let clean: Row[] = [];
let rejected: Row[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-parents-shared-'));
  // A ';'-delimited export (a PC set to a European list separator), as communes send it.
  const book = join(folder, 'khai-sinh-tam-hop-2013.csv');
  writeFileSync(
    book,
    '\uFEFF' +
      [
        'Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Họ và tên mẹ;Năm sinh mẹ;Họ và tên cha;Năm sinh cha;Nơi cư trú của cha, mẹ;Số định danh cá nhân',
        '1;28/01/2013;Bùi Thị Hằng;Nữ;21/01/2013;Kinh;Lê Thị Nguyệt;1990;Bùi Văn Hùng;1989;thôn Gia Du, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc;026313100012',
        // A child born out of wedlock: the father's cells left empty.
        '2;29/01/2013;Nguyễn Thị Hương;Nữ;10/01/2013;Kinh;Nguyễn Thị Thảo;1992;;;thôn Hữu Bằng, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc;026313100111',
        // The father's name left empty but his birth year typed: kept, not lost.
        '3;30/01/2013;Đỗ Minh Thắng;Nam;19/01/2013;Kinh;Đỗ Thị Nhung;1987;;1982;thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc;026213100148',
      ].join('\r\n') +
      '\r\n',
  );
  // A book whose clerk typed 'Kinh' | 'Việt Nam' down the father's columns, also for a child without a father.
  const older = join(folder, 'khai-sinh-tam-hop-2009.csv');
  writeFileSync(
    older,
    '\uFEFF' +
      [
        'Số,Ngày đăng ký,Họ và tên,Giới tính,Ngày sinh,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha,Quốc tịch cha,Dân tộc của cha mẹ,Chỗ ở của bố mẹ',
        '5,12/03/2009,Trần Văn Minh,Nam,01/03/2009,Phạm Thị Lan,1985,Trần Văn Ba,1983,Việt Nam,Kinh,"xóm Đồng, xã Tam Hợp"',
        '6,13/03/2009,Phạm Thị Mai,Nữ,02/03/2009,Phạm Thị Hoa,1990,,,Việt Nam,Kinh,"thôn Núi, xã Tam Hợp"',
        // 'Như trên' under the parents' address: the entry above's, noted once.
        '7,14/03/2009,Lê Văn Nam,Nam,03/03/2009,Lê Thị Hằng,1988,Lê Văn Tú,1986,Việt Nam,Kinh,nt',
      ].join('\r\n') +
      '\r\n',
  );
  // Thanh Trù's layout (s10, Vĩnh Yên): one 'Nơi cư trú' naming no one, after the father's columns.
  const unqualified = join(folder, 'KS_SonLoi_2016.csv');
  writeFileSync(
    unqualified,
    '\uFEFF' +
      [
        'STT;Số;Ngày đăng ký;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Quốc tịch;Nơi sinh;Họ tên mẹ;Năm sinh mẹ;Họ tên cha;Năm sinh cha;Nơi cư trú;Người đi khai;Quan hệ;Ghi chú',
        '1;1;21/02/2016;Hoàng Thành Đạt;22/01/2016;Nam;Kinh;Việt Nam;Trạm y tế xã Sơn Lôi;Nguyễn Thị Loan;1985;Hoàng Đức Bình;1983;Thôn Nhân Vực, xã Sơn Lôi;Hoàng Đức Bình;Cha;',
        // A child born out of wedlock: the address is the mother's, and no father is made of it.
        '2;2;27/02/2016;Nguyễn Thị Ngọc;11/02/2016;Nữ;Kinh;Việt Nam;Trạm y tế xã Sơn Lôi;Nguyễn Thị Hoa;1995;;;Thôn Yên Lan, xã Sơn Lôi;Nguyễn Thị Hoa;Mẹ;',
      ].join('\r\n') +
      '\r\n',
  );
  // The one-row layout of the 2020 book: each parent's block ends in its own 'Nơi cư trú'.
  const perParent = join(folder, 'KS_SonLoi_2021.csv');
  writeFileSync(
    perParent,
    '\uFEFF' +
      [
        'Số;Ngày đăng ký;Họ, chữ đệm, tên;Ngày, tháng, năm sinh;Giới tính;Họ, chữ đệm, tên người mẹ;Năm sinh;Nơi cư trú;Họ, chữ đệm, tên người cha;Năm sinh;Nơi cư trú',
        '1;05/01/2021;Trần Minh Khôi;28/12/2020;Nam;Lê Thị Thu;1994;Thôn Nhân Vực, xã Sơn Lôi;Trần Văn Hải;1992;Thôn Gia Du, xã Tam Hợp',
      ].join('\r\n') +
      '\r\n',
  );
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [book, older, unqualified, perParent] });
  const records = readJsonl(join(out, '249/birth/clean.jsonl')) as Row[];
  clean = records;
  rejected = readJsonl(join(out, '249/birth/rejected.jsonl')) as Row[];
});

const file = (records: Row[], name: string): Row[] => records.filter((record) => record.provenance.file.endsWith(name));

describe("a birth book's column headed for both parents", () => {
  it("gives 'Nơi cư trú của cha, mẹ' to the mother and the father, with no warning", () => {
    const entry = at(file(clean, '2013.csv'), 2);
    expect(entry?.mother.residence).toBe('thôn Gia Du, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc');
    expect(entry?.father).toMatchObject({ fullName: 'Bùi Văn Hùng', birthYear: '1989', residence: 'thôn Gia Du, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc' });
    expect(entry?.warnings).toEqual([]);
    expect(entry?.raw).toEqual({});
  });

  it("gives 'Dân tộc của cha mẹ' and 'Chỗ ở của bố mẹ' to both parents", () => {
    const entry = at(file(clean, '2009.csv'), 2);
    expect(entry?.mother).toMatchObject({ fullName: 'Phạm Thị Lan', ethnicityCode: '01', residence: 'xóm Đồng, xã Tam Hợp' });
    expect(entry?.father).toMatchObject({ fullName: 'Trần Văn Ba', ethnicityCode: '01', nationality: 'VN', residence: 'xóm Đồng, xã Tam Hợp' });
    expect(entry?.warnings).toEqual([]);
  });

  it("copies a ditto mark under it to both parents, noted on the mother's field", () => {
    const entry = at(file(clean, '2009.csv'), 4);
    expect(entry?.mother.residence).toBe('thôn Núi, xã Tam Hợp');
    expect(entry?.father.residence).toBe('thôn Núi, xã Tam Hợp');
    expect(entry?.notes).toEqual([{ code: 'CELL_DITTO_FILLED', field: 'mother.residence', from: 'nt', to: 'thôn Núi, xã Tam Hợp' }]);
  });
});

describe("a birth book's residence column naming no one", () => {
  it("gives 'Nơi cư trú' after the father's columns to both parents, as 'Nơi cư trú của cha, mẹ', with no warning", () => {
    const entry = at(file(clean, '2016.csv'), 2);
    expect(entry?.mother).toMatchObject({ fullName: 'Nguyễn Thị Loan', residence: 'Thôn Nhân Vực, xã Sơn Lôi' });
    expect(entry?.father).toMatchObject({ fullName: 'Hoàng Đức Bình', residence: 'Thôn Nhân Vực, xã Sơn Lôi' });
    expect(entry?.warnings).toEqual([]);
    expect(entry?.raw).toEqual({});
  });

  it('gives it to the mother alone when the entry names no father', () => {
    const entry = at(file(clean, '2016.csv'), 3);
    expect(entry?.father).toBeNull();
    expect(entry?.mother).toMatchObject({ fullName: 'Nguyễn Thị Hoa', residence: 'Thôn Yên Lan, xã Sơn Lôi' });
    expect(entry?.warnings).toEqual([]);
  });

  it("keeps each parent's own when each parent's block has its 'Nơi cư trú'", () => {
    const entry = at(file(clean, '2021.csv'), 2);
    expect(entry?.mother).toMatchObject({ fullName: 'Lê Thị Thu', residence: 'Thôn Nhân Vực, xã Sơn Lôi' });
    expect(entry?.father).toMatchObject({ fullName: 'Trần Văn Hải', residence: 'Thôn Gia Du, xã Tam Hợp' });
    expect(entry?.warnings).toEqual([]);
  });
});

describe('an entry that names no father', () => {
  it('has father null when his cells are empty, the shared residence going to the mother', () => {
    const entry = at(file(clean, '2013.csv'), 3);
    expect(entry?.father).toBeNull();
    expect(entry?.mother).toMatchObject({ fullName: 'Nguyễn Thị Thảo', residence: 'thôn Hữu Bằng, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc' });
    expect(entry?.warnings).toEqual([]);
  });

  it("has father null when only a nationality typed down the column and the parents' columns are filled", () => {
    const entry = at(file(clean, '2009.csv'), 3);
    expect(entry?.father).toBeNull();
    expect(entry?.mother).toMatchObject({ fullName: 'Phạm Thị Hoa', ethnicityCode: '01', residence: 'thôn Núi, xã Tam Hợp' });
  });

  it('keeps an unnamed father whose birth year is typed, rather than lose the year', () => {
    expect(at(file(clean, '2013.csv'), 4)?.father).toMatchObject({ fullName: null, birthYear: '1982' });
  });

  it('loads every entry', () => {
    expect(rejected).toEqual([]);
    expect(clean).toHaveLength(9);
  });
});
