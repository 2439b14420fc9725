/**
 * A foreign spouse's name has no Vietnamese marks and their paper is a passport: both are
 * normal for a person of another nationality, so neither is a warning there; the same cells
 * of a Vietnamese spouse still are.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER = 'Số;Ngày đăng ký;Nơi đăng ký;Họ tên chồng;Ngày sinh chồng;Quốc tịch chồng;Giấy tờ tùy thân chồng;Họ tên vợ;Ngày sinh vợ;Quốc tịch vợ;Giấy tờ tùy thân vợ';

describe('a marriage with a foreign spouse', () => {
  it('warns about neither the unmarked name nor the passport of the foreigner, and still about a Vietnamese name without marks', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-foreign-'));
    const path = join(folder, 'ket-hon-huyen-binh-xuyen-2014.csv');
    const lines = [
      '1;12/05/2014;UBND huyện Bình Xuyên;Huang Wei;03/02/1985;Trung Quốc;Hộ chiếu E12345678;Trần Thị Lan;05/06/1990;Việt Nam;135246801',
      '2;20/06/2014;UBND huyện Bình Xuyên;Nguyen Van Binh;03/02/1986;Việt Nam;135246802;Kim Ji Yeon;05/06/1991;Hàn Quốc;M12345678',
    ];
    writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl')) as Record<string, any>[];
    expect(clean.map((record) => [record.husband.fullName, record.husband.nationality, record.wife.fullName, record.wife.nationality])).toEqual([
      ['Huang Wei', 'CN', 'Trần Thị Lan', 'VN'],
      ['Nguyen Van Binh', 'VN', 'Kim Ji Yeon', 'KR'],
    ]);
    expect(clean.map((record) => record.warnings.map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`))).toEqual([
      [],
      ['NAME_NO_DIACRITICS@husband.fullName'],
    ]);
  });
});
