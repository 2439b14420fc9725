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
});
