/**
 * A clerk's '-', '--' or '…' in a free-text column means "nothing here" (s11-province):
 * the birth book's residence, the remarks and a death's place and cause are empty, not '-'.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

describe('blank marks in free-text columns', () => {
  let folder: string;
  let births: BookRead;
  let deaths: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-blank-marks-'));
    births = await readBook(
      join(folder, 'ks-tam-hop-2012.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Họ tên cha', 'Nơi cư trú', 'Ghi chú'],
        ['1', '05/03/2012', 'Nguyễn Văn An', 'Nam', '01/03/2012', 'Trạm y tế xã Tam Hợp', 'Lê Thị Hoa', 'Nguyễn Văn Bình', '-', '-'],
        ['2', '06/03/2012', 'Trần Thị Bích', 'Nữ', '02/03/2012', '…', 'Phạm Thị Lan', 'Trần Văn Cường', '--', '...'],
        ['3', '07/03/2012', 'Lê Văn Cao', 'Nam', '03/03/2012', 'Trạm y tế xã Tam Hợp', 'Đỗ Thị Mai', 'Lê Văn Dũng', 'Thôn Cổ Độ, xã Tam Hợp', 'Đăng ký đúng hạn'],
      ],
      { districtCode: '249' },
    );
    deaths = await readBook(
      join(folder, 'kt-tam-hop-2012.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú'],
        ['1', '05/03/2012', 'Nguyễn Văn Tư', 'Nam', '1930', 'Thôn Cổ Độ, xã Tam Hợp', '04/03/2012', '-', '—', '- -'],
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads them as empty', () => {
    for (const row of [2, 3]) {
      const record = births.clean.get(row);
      expect([record?.mother.residence, record?.father.residence, record?.remarks]).toEqual([null, null, null]);
    }
    expect(births.clean.get(3)?.child.birthPlace).toBeNull();
    const death = deaths.clean.get(2);
    expect([death?.deathPlace, death?.cause, death?.remarks]).toEqual([null, null, null]);
  });

  it('keeps real text', () => {
    const record = births.clean.get(4);
    expect([record?.mother.residence, record?.remarks]).toEqual(['Thôn Cổ Độ, xã Tam Hợp', 'Đăng ký đúng hạn']);
  });
});
