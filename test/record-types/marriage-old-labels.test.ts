/**
 * A marriage book of the 1990s typed on an old form: each spouse's 'Sinh năm' | 'Quê quán' | 'Nghề nghiệp'
 * | 'Nơi ở hiện nay' | 'CMND số'. Where the spouse lives now is the residence the load format asks, and
 * the card's number the ID; the hometown and the trade stay in raw.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBook } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-marriage-old-labels-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("an old form's spouse columns", () => {
  it("reads 'Nơi ở hiện nay' as the residence and 'CMND số' as the ID, of each spouse", async () => {
    const book = await readBook(join(folder, 'kh-1998.xlsx'), [
      ['UBND XÃ TIỀN CHÂU'],
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1998'],
      ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Sinh năm', 'Quê quán', 'Nghề nghiệp', 'Nơi ở hiện nay', 'CMND số', 'Họ tên vợ', 'Sinh năm', 'Quê quán', 'Nghề nghiệp', 'Chỗ ở hiện nay', 'CMND số', 'Ghi chú'],
      ['1', '05/01/1998', 'Nguyễn Văn Hùng', '1970', 'Tiền Châu', 'Làm ruộng', 'Thôn Yên Mỹ, xã Tiền Châu', '135001122', 'Trần Thị Lan', '1974', 'Nam Viêm', 'Làm ruộng', 'Thôn Nội, xã Tiền Châu', '135001123', null],
    ], { districtCode: '244' });
    const record = book.clean.get(4);
    expect(record?.husband).toMatchObject({ birthDate: '1970', residence: 'Thôn Yên Mỹ, xã Tiền Châu', personalId: '135001122' });
    expect(record?.wife).toMatchObject({ birthDate: '1974', residence: 'Thôn Nội, xã Tiền Châu', personalId: '135001123' });
    expect(record?.warnings).toEqual([]);
    expect(Object.keys(record?.raw ?? {})).toEqual(expect.arrayContaining(['Quê quán', 'Nghề nghiệp']));
    expect(book.unknownHeaders).not.toContain('Nơi ở hiện nay');
  });

  it("reads the certificate's number ('Số GCNKH') as the entry's number where the book has no 'Số', and the card and residence labels of a 2003 form", async () => {
    const book = await readBook(join(folder, 'kh-2003.xlsx'), [
      ['UBND THỊ TRẤN XUÂN HÒA'],
      ['Số GCNKH', 'Ngày tháng năm đăng ký kết hôn', 'Họ và tên người chồng', 'Ngày tháng năm sinh', 'Nơi cư trú hiện nay', 'Giấy CMND số', 'Họ và tên người vợ', 'Ngày tháng năm sinh', 'Nơi cư trú hiện nay', 'Giấy CMND số'],
      ['7', '05/01/2003', 'Nguyễn Văn Hùng', '12/03/1975', 'Tổ 3, thị trấn Xuân Hòa', '135001122', 'Trần Thị Lan', '05/06/1979', 'Tổ 4, thị trấn Xuân Hòa', '135001123'],
    ], { districtCode: '244' });
    const record = book.clean.get(3);
    expect(record?.registration.number).toBe('7');
    expect(record?.husband).toMatchObject({ residence: 'Tổ 3, thị trấn Xuân Hòa', personalId: '135001122' });
    expect(record?.wife).toMatchObject({ residence: 'Tổ 4, thị trấn Xuân Hòa', personalId: '135001123' });
    expect(book.unknownHeaders).toEqual([]);
  });

  it("keeps the book's 'Số' as the number beside the certificate's series number, wherever that stands", async () => {
    for (const [name, header, entry] of [
      ['kh-first.xlsx', ['Số GCNKH', 'Số', 'Ngày đăng ký', 'Họ tên chồng', 'Họ tên vợ'], ['A 012345', '12', '05/01/2010', 'Nguyễn Văn Hùng', 'Trần Thị Lan']],
      ['kh-after.xlsx', ['Số', 'Ngày đăng ký', 'Số GCNKH', 'Họ tên chồng', 'Họ tên vợ'], ['12', '05/01/2010', 'A 012345', 'Nguyễn Văn Hùng', 'Trần Thị Lan']],
    ] as const) {
      const book = await readBook(join(folder, name), [[...header], [...entry]], { districtCode: '244' });
      expect(book.clean.get(2)?.registration.number, name).toBe('12');
      expect(book.clean.get(2)?.raw['Số GCNKH'], name).toBe('A 012345');
    }
  });

  it("reads the other ways a clerk heads each spouse's card and residence columns", async () => {
    const cases: [string, string, string][] = [
      ['Số CCCD/CMND', 'Trú tại', 'kh-cccd-cmnd.xlsx'],
      ['Số CMND/Thẻ CCCD', 'Địa chỉ thường trú', 'kh-the-cccd.xlsx'],
      ['Số CMND/CCCD/Hộ chiếu', 'Nơi thường trú hiện nay', 'kh-ho-chieu.xlsx'],
      ['Số Chứng minh nhân dân/Hộ chiếu', 'Hộ khẩu thường trú hiện nay', 'kh-cmnd-day-du.xlsx'],
      ['CCCD/CMND', 'Nơi ĐKHK thường trú', 'kh-dkhk.xlsx'],
    ];
    for (const [idLabel, residenceLabel, name] of cases) {
      const book = await readBook(join(folder, name), [
        ['UBND XÃ TIỀN CHÂU'],
        ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', residenceLabel, idLabel, 'Họ tên vợ', 'Năm sinh', residenceLabel, idLabel],
        ['3', '05/01/2012', 'Nguyễn Văn Hùng', '1985', 'Thôn Nội, xã Tiền Châu', '135001122', 'Trần Thị Lan', '1988', 'Thôn Yên Mỹ, xã Tiền Châu', '026188001234'],
      ], { districtCode: '244' });
      const record = book.clean.get(3);
      expect(record?.husband, name).toMatchObject({ residence: 'Thôn Nội, xã Tiền Châu', personalId: '135001122' });
      expect(record?.wife, name).toMatchObject({ residence: 'Thôn Yên Mỹ, xã Tiền Châu', personalId: '026188001234' });
      expect(book.unknownHeaders, name).toEqual([]);
    }
  });

  it("reads 'Số ĐKKH', a column of both ethnicity and nationality, and the old forms' 'Những thay đổi sau này'", async () => {
    const book = await readBook(join(folder, 'kh-1992.xlsx'), [
      ['UBND XÃ NGỌC THANH'],
      ['Số ĐKKH', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', 'Dân tộc, quốc tịch', 'Họ tên vợ', 'Năm sinh', 'Dân tộc, quốc tịch', 'Những thay đổi sau này'],
      ['5', '12/03/1992', 'Lý Văn Sáng', '1966', 'Sán Dìu, Việt Nam', 'Lương Thị Hạnh', '1969', 'Sán Dìu - Việt Nam', 'Cải chính năm sinh vợ từ 1970 thành 1969 theo QĐ số 12/QĐ-UBND ngày 10/5/2010'],
    ], { districtCode: '244' });
    const record = book.clean.get(3);
    expect(record?.registration.number).toBe('5');
    expect(record?.husband).toMatchObject({ ethnicityCode: '17', nationality: 'VN' });
    expect(record?.wife).toMatchObject({ ethnicityCode: '17', nationality: 'VN' });
    expect(record?.remarks).toMatch(/^Cải chính năm sinh vợ/);
    expect(record?.warnings.map((warning: { code: string }) => warning.code)).toEqual(['ENTRY_CHANGED_LATER']);
    expect(book.unknownHeaders).toEqual([]);
  });

  it("keeps a 'Ghi chú' column as the remarks beside 'Những thay đổi sau này'", async () => {
    const book = await readBook(join(folder, 'kh-2005-ghi-chu.xlsx'), [
      ['UBND XÃ NGỌC THANH'],
      ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', 'Họ tên vợ', 'Năm sinh', 'Những thay đổi sau này', 'Ghi chú'],
      ['6', '12/03/2005', 'Lý Văn Sáng', '1980', 'Lương Thị Hạnh', '1983', null, 'Đăng ký lại'],
    ], { districtCode: '244' });
    expect(book.clean.get(3)?.remarks).toBe('Đăng ký lại');
  });

  // Before, what 'Những thay đổi sau này' recorded beside a 'Ghi chú' stayed in `raw` only: an annulment or a
  // correction written there was no ENTRY_ANNULLED_LATER or ENTRY_CHANGED_LATER, and the loaded remarks lacked it.
  it("adds what 'Những thay đổi sau này' records to the remarks of a book with a 'Ghi chú' too", async () => {
    const book = await readBook(join(folder, 'kh-2006-thay-doi.xlsx'), [
      ['UBND XÃ NGỌC THANH'],
      ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', 'Họ tên vợ', 'Năm sinh', 'Những thay đổi sau này', 'Ghi chú'],
      ['1', '12/03/2006', 'Lý Văn Sáng', '1980', 'Lương Thị Hạnh', '1983', 'Hủy việc kết hôn trái pháp luật theo bản án số 05/2008/HNGĐ-ST ngày 12/6/2008', 'Đăng ký lại'],
      ['2', '14/03/2006', 'Trần Văn Minh', '1979', 'Đỗ Thị Lan', '1984', 'Cải chính năm sinh vợ từ 1985 thành 1984 theo QĐ số 12/QĐ-UBND ngày 10/5/2010', null],
      ['3', '20/03/2006', 'Nguyễn Văn Hải', '1981', 'Phạm Thị Thu', '1985', null, null],
    ], { districtCode: '244' });
    const read = (row: number) => [book.clean.get(row)?.remarks, book.clean.get(row)?.warnings.map((warning: { code: string }) => warning.code)];
    expect(read(3)).toEqual(['Đăng ký lại; Hủy việc kết hôn trái pháp luật theo bản án số 05/2008/HNGĐ-ST ngày 12/6/2008', ['ENTRY_ANNULLED_LATER']]);
    expect(read(4)).toEqual(['Cải chính năm sinh vợ từ 1985 thành 1984 theo QĐ số 12/QĐ-UBND ngày 10/5/2010', ['ENTRY_CHANGED_LATER']]);
    expect(read(5)).toEqual([null, []]);
    expect(book.unknownHeaders).toEqual([]);
  });

  it("reads 'Không', 'x', '0', 'Chưa có' in 'Những thay đổi sau này' as nothing changed: no remark added", async () => {
    const book = await readBook(join(folder, 'kh-2007-thay-doi.xlsx'), [
      ['UBND XÃ NGỌC THANH'],
      ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', 'Họ tên vợ', 'Năm sinh', 'Những thay đổi sau này', 'Ghi chú'],
      ['1', '12/03/2007', 'Lý Văn Sáng', '1980', 'Lương Thị Hạnh', '1983', 'Không', 'Đăng ký lại'],
      ['2', '14/03/2007', 'Trần Văn Minh', '1979', 'Đỗ Thị Lan', '1984', 'x', null],
      ['3', '20/03/2007', 'Nguyễn Văn Hải', '1981', 'Phạm Thị Thu', '1985', 'Chưa có', null],
      ['4', '22/03/2007', 'Hoàng Văn Tâm', '1982', 'Lê Thị Hoa', '1986', '0', null],
    ], { districtCode: '244' });
    expect([3, 4, 5, 6].map((row) => book.clean.get(row)?.remarks)).toEqual(['Đăng ký lại', null, null, null]);
  });
});
