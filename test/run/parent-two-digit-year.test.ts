import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// A birth of 1962 registered again (đăng ký lại) in 2018, its parents' years typed with two digits.
describe('a parent\'s two-digit birth year', () => {
  it('resolves against the child\'s birth, so a re-registration still meets its original', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-parent-year-'));
    const csv = [
      'STT,Số,Ngày đăng ký,Họ tên trẻ,Ngày sinh,Giới tính,Dân tộc,Nơi sinh,Họ tên mẹ,Năm sinh mẹ,Họ tên cha,Năm sinh cha,Ghi chú',
      '1,45,20/05/1962,Nguyễn Văn Thanh,12/05/1962,Nam,Kinh,Tại nhà,Lê Thị Tý,1928,Nguyễn Văn Sửu,1915,',
      '2,12,05/03/2018,Nguyễn Văn Thanh,1962,Nam,Kinh,Tại nhà,Lê Thị Tý,28,Nguyễn Văn Sửu,15,Đăng ký lại',
      '3,13,06/03/2018,Trần Thị Hoa,02/02/2018,Nữ,Kinh,Tại nhà,Phạm Thị Lan,95,Trần Văn Hải,93,',
    ].join('\r\n');
    writeFileSync(join(folder, 'khai-sinh.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(folder, 'khai-sinh.csv')] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    const parents = (record: Record<string, unknown>) => [(record.mother as { birthYear: string }).birthYear, (record.father as { birthYear: string }).birthYear];
    expect(clean.map(parents)).toEqual([['1928', '1915'], ['1995', '1993']]);
    expect(clean.flatMap((record) => record.warnings)).toEqual([]);
    expect(readJsonl(join(out, '249/birth/duplicates.jsonl'))).toHaveLength(1);
  });
});
