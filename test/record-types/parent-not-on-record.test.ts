/**
 * A child with no father on record: the clerk leaves his columns blank or types a marker across
 * them ('x', 'không', '-'). No column of his is then a problem: not the name, the year, the ID,
 * nor the ethnicity and nationality (s20 birth books: 'x' | 'x' | 'x' | 'x' warned ETHNICITY_UNKNOWN
 * and NATIONALITY_UNKNOWN on a good entry).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

describe('birth book: a father not on record', () => {
  let folder: string;
  let births: BookRead;
  const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Quốc tịch',
    'Họ tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Quốc tịch mẹ', 'Họ tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Quốc tịch cha', 'Số CMND cha', 'Nơi cư trú', 'Người đi khai sinh'];
  const mother = ['Kinh', 'Việt Nam'];
  const place = 'thôn Bá Cầu, xã Hương Sơn';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-no-father-'));
    births = await readBook(
      join(folder, 'ks-huong-son-2005.xlsx'),
      [
        header,
        ['17', '15/03/2005', 'Lưu Thị Ngọc', 'Nữ', '20/02/2005', 'Trạm y tế xã Hương Sơn', 'Kinh', 'Việt Nam', 'Lưu Thị Dung', '1986', ...mother, 'x', 'x', 'x', 'x', 'x', place, 'Lưu Thị Dung'],
        ['18', '20/03/2005', 'Dương Văn Trung', 'Nam', '01/03/2005', 'tại nhà', 'Kinh', 'Việt Nam', 'Dương Thị Lan', '1984', ...mother, 'không', 'không', 'không', 'không', 'không', place, 'Dương Thị Lan'],
        ['19', '22/03/2005', 'Trần Thị Huyền', 'Nữ', '10/03/2005', 'tại nhà', 'Kinh', 'Việt Nam', 'Trần Thị Nhàn', '1980', ...mother, '-', '-', '-', '-', '-', place, 'Trần Thị Nhàn'],
        ['20', '25/03/2005', 'Phùng Văn Lợi', 'Nam', '20/03/2005', 'tại nhà', 'Kinh', 'Việt Nam', 'Nguyễn Thị Xoan', '1982', ...mother, 'Phùng Văn Toản', '1979', 'Kinh', 'Việt Nam', '', place, 'Phùng Văn Toản'],
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads every entry with the father empty and no warning', () => {
    for (const row of [2, 3, 4]) {
      const record = births.clean.get(row);
      expect(record).toBeDefined();
      // A father with nothing on record is no person: the record holds null for him.
      expect(record?.father).toBeNull();
      expect(record?.warnings).toEqual([]);
    }
  });

  it('keeps the mother and a father on record as read', () => {
    expect(births.clean.get(3)?.mother).toMatchObject({ fullName: 'Dương Thị Lan', ethnicityCode: '01', nationality: 'VN' });
    expect(births.clean.get(5)?.father).toMatchObject({ fullName: 'Phùng Văn Toản', birthYear: '1979', ethnicityCode: '01', nationality: 'VN' });
    expect(births.clean.get(5)?.warnings).toEqual([]);
  });
});
