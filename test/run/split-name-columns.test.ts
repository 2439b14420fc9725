import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Templates modelled on QCVN 109 (Ho, ChuDem, Ten) split the name into three columns.
describe('registers that split the name into Họ | Chữ đệm | Tên', () => {
  it('read the parts as one name, split the same way', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const csv = [
      'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ,Chữ đệm,Tên,Ngày sinh,Giới tính,Họ tên mẹ,Năm sinh mẹ,Họ tên cha,Năm sinh cha',
      '1,1,12/01/2015,UBND xã Tam Hợp,Nguyễn,Văn,An,03/01/2015,Nam,Trần Thị Mai,1990,Nguyễn Văn Bình,1988',
      '2,2,15/01/2015,UBND xã Tam Hợp,TÔN NỮ,Thị Minh,Châu,09/01/2015,Nữ,Lê Thị Hoa,1991,Tôn Thất Hùng,1989',
      '3,3,20/01/2015,UBND xã Tam Hợp,Lò,,Páo,14/01/2015,Nam,Lò Thị Sáu,1992,Lò Văn Sử,1990',
    ].join('\r\n');
    writeFileSync(join(folder, 'tach-ten.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(folder, 'tach-ten.csv')] });
    const children = readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => record.child);
    expect(children).toMatchObject([
      { fullName: 'Nguyễn Văn An', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' },
      { fullName: 'Tôn Nữ Thị Minh Châu', familyName: 'Tôn Nữ', middleName: 'Thị Minh', givenName: 'Châu' },
      { fullName: 'Lò Páo', familyName: 'Lò', middleName: '', givenName: 'Páo' },
    ]);
  });

  it('keep the register\'s own split (two family names) and report an empty Tên', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const csv = [
      'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ,Chữ đệm,Tên,Ngày sinh,Giới tính,Họ tên mẹ,Năm sinh mẹ,Họ tên cha,Năm sinh cha',
      '1,1,12/01/2015,UBND xã Tam Hợp,Nguyễn Lê,Minh,Bình,03/01/2015,Nam,Lê Thị Mai,1990,Nguyễn Văn Bình,1988',
      '2,2,15/01/2015,UBND xã Tam Hợp,Đỗ,Văn,,09/01/2015,Nam,Lê Thị Hoa,1991,Đỗ Văn Hùng,1989',
      '3,3,20/01/2015,UBND xã Tam Hợp,Trần,Thị Thu,Hà,,Nữ,Lò Thị Sáu,1992,Trần Văn Sử,1990',
    ].join('\r\n');
    writeFileSync(join(folder, 'tach-ten.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(folder, 'tach-ten.csv')] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => record.child)).toMatchObject([
      { fullName: 'Nguyễn Lê Minh Bình', familyName: 'Nguyễn Lê', middleName: 'Minh', givenName: 'Bình' },
      { fullName: 'Đỗ Văn', familyName: 'Đỗ', middleName: '', givenName: 'Văn' },
    ]);
    expect(clean[0]!.warnings).toEqual([]);
    expect(clean[1]!.warnings).toMatchObject([{ code: 'NAME_GIVEN_NAME_EMPTY', field: 'child.fullName' }]);
    // A rule's finding names the column of the empty cell it is about.
    const [rejected] = readJsonl(join(out, '249/birth/rejected.jsonl'));
    expect(rejected!.errors).toMatchObject([{ code: 'FIELD_REQUIRED', field: 'child.birthDate', column: 'H' }]);
  });

  it("split a 'Họ' cell holding the middle name too, in a book with no 'Chữ đệm' column", async () => {
    // A 2009 Tiền Châu book typed 'Họ' | 'Tên': the clerk put the middle name with the family name.
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const csv = [
      'Số,Ngày đăng ký,Họ,Tên,Giới tính,Ngày sinh,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha,Nơi cư trú',
      '1,08/03/2009,Nguyễn Văn,Nam,Nam,08/02/2009,Lê Thị Thủy,1981,Nguyễn Văn Bắc,1978,"Thôn Thượng, xã Tiền Châu"',
      '2,15/04/2009,Tôn Nữ Thu,Hà,Nữ,15/03/2009,Lê Thị Hoa,1982,Tôn Thất Hùng,1979,"Thôn Đoài, xã Tiền Châu"',
      '3,22/05/2009,Ông Thị,Hoa,Nữ,22/04/2009,Đàm Thị Huệ,1983,Ông Văn Khoa,1980,"Thôn Đoài, xã Tiền Châu"',
      '4,02/06/2009,Hoàng Phủ Minh,Tuấn,Nam,12/05/2009,Trần Thị Mai,1984,Hoàng Phủ Khải,1980,"Thôn Thượng, xã Tiền Châu"',
      '5,10/06/2009,Lê,Linh,Nữ,20/05/2009,Đỗ Thị Hằng,1985,Lê Văn Tùng,1983,"Thôn Thượng, xã Tiền Châu"',
      '6,18/06/2009,Đinh Thị,B,Nữ,01/06/2009,Đinh Thị Hằng,1986,Đinh Văn Hai,1984,"Thôn Đoài, xã Tiền Châu"',
    ].join('\r\n');
    writeFileSync(join(folder, 'KS-Tien-Chau-2009.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['244'], inputs: [join(folder, 'KS-Tien-Chau-2009.csv')] });
    const clean = readJsonl(join(out, '244/birth/clean.jsonl'));
    expect(clean.map((record) => record.child)).toMatchObject([
      { fullName: 'Nguyễn Văn Nam', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Nam' },
      { fullName: 'Tôn Nữ Thu Hà', familyName: 'Tôn Nữ', middleName: 'Thu', givenName: 'Hà' },
      { fullName: 'Ông Thị Hoa', familyName: 'Ông', middleName: 'Thị', givenName: 'Hoa' },
      { fullName: 'Hoàng Phủ Minh Tuấn', familyName: 'Hoàng Phủ', middleName: 'Minh', givenName: 'Tuấn' },
      { fullName: 'Lê Linh', familyName: 'Lê', middleName: '', givenName: 'Linh' },
      { fullName: 'Đinh Thị B', familyName: 'Đinh', middleName: 'Thị', givenName: 'B' },
    ]);
    expect(clean.slice(0, 5).map((record) => record.warnings)).toEqual([[], [], [], [], []]);
    // A given name of one consonant is an initial (split columns or not).
    expect(clean[5]!.warnings).toEqual([{ code: 'NAME_ABBREVIATED', field: 'child.fullName', message: 'Họ tên "Đinh Thị B" có chữ viết tắt «B».' }]);
  });

  it("keep a 'Họ' cell of two words as the family name where the book has a 'Chữ đệm' column, even empty", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const csv = [
      'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ,Chữ đệm,Tên,Ngày sinh,Giới tính,Họ tên mẹ,Năm sinh mẹ,Họ tên cha,Năm sinh cha',
      '1,1,12/01/2015,UBND xã Tam Hợp,Nguyễn Lê,,Bình,03/01/2015,Nam,Lê Thị Mai,1990,Nguyễn Văn Bình,1988',
    ].join('\r\n');
    writeFileSync(join(folder, 'tach-ten.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(folder, 'tach-ten.csv')] });
    expect(readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => record.child)).toMatchObject([
      { fullName: 'Nguyễn Lê Bình', familyName: 'Nguyễn Lê', middleName: '', givenName: 'Bình' },
    ]);
  });

  it("merge the re-registration of a child of a 'Họ' | 'Tên' book into the original entry", async () => {
    // Phúc Yên: born 2009 in Tiền Châu (book typed 'Họ' | 'Tên'), re-registered (đăng ký lại) in 2016 in Hùng Vương.
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const book = [
      'Số,Ngày đăng ký,Họ,Tên,Giới tính,Ngày sinh,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha,Nơi cư trú',
      '3,22/05/2009,Phùng Quang,Tiến,Nam,22/04/2009,Đàm Thị Yến,1983,Phùng Đức Hùng,1980,"Thôn Đoài, xã Tiền Châu"',
      '4,30/05/2009,Dương Thị,Hương,Nữ,22/05/2009,Bùi Ngọc Yến,1985,Dương Văn Long,1982,"Thôn Đoài, xã Tiền Châu"',
    ].join('\r\n');
    const again = [
      'Số,Ngày đăng ký,Họ và tên,Giới tính,Ngày sinh,Họ tên mẹ,Họ tên cha,Nơi cư trú,Ghi chú',
      '41,16/03/2016,Phùng Quang Tiến,Nam,22/04/2009,Đàm Thị Yến,Phùng Đức Hùng,"Tổ dân phố 3, phường Hùng Vương",Đăng ký lại',
      '42,17/03/2016,Dương Thị Hương,Nữ,22/05/2009,Bùi Ngọc Yến,Dương Văn Long,"Tổ dân phố 3, phường Hùng Vương",Đăng ký lại',
    ].join('\r\n');
    writeFileSync(join(folder, 'KS-08758-2009.csv'), `\uFEFF${book}\r\n`);
    writeFileSync(join(folder, 'KS-08737-2016.csv'), `\uFEFF${again}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['244'], inputs: [folder] });
    const clean = readJsonl(join(out, '244/birth/clean.jsonl'));
    expect(clean.map((record) => (record.child as { familyName: string }).familyName).sort()).toEqual(['Dương', 'Phùng']);
    expect(readJsonl(join(out, '244/birth/duplicates.jsonl'))).toHaveLength(2);
  });
});
