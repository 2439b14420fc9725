/**
 * A foreign spouse's name has no Vietnamese marks and their paper is a passport: both are
 * normal for a person of another nationality, so neither is a warning there; the same cells
 * of a Vietnamese spouse still are.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

/**
 * A foreign national's identity paper is their passport: found by testing (BinhXuyen_KH_YTNN_2013), a
 * Chinese 'G12345678' and Korean 'M23456789' vanished, and Taiwanese passports of 9 digits ('300123456')
 * were loaded as Vietnamese CMNDs; 'Hán' for a Chinese husband became Vietnam's Hoa group. The ID field
 * takes only a personal ID or a CMND, so the passport stays in `raw` under its column's label, without
 * a warning, for spouses, parents and the deceased alike.
 */
describe("a foreign national's passport and people", () => {
  type Row = Record<string, any>;
  const PAPER_HUSBAND = 'Giấy tờ tùy thân chồng';
  const PAPER_WIFE = 'Giấy tờ tùy thân vợ';
  let marriages: Row[] = [];
  let births: Row[] = [];
  let deaths: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-foreign-papers-'));
    const write = (name: string, header: string, lines: string[]): string => {
      const path = join(folder, name);
      writeFileSync(path, `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
      return path;
    };
    const marriage = write('ket-hon-yeu-to-nuoc-ngoai-binh-xuyen-2013.csv', 'Số;Ngày đăng ký;Nơi đăng ký;Họ tên chồng;Ngày sinh chồng;Dân tộc chồng;Quốc tịch chồng;Giấy tờ tùy thân chồng;Họ tên vợ;Ngày sinh vợ;Dân tộc vợ;Quốc tịch vợ;Giấy tờ tùy thân vợ', [
      '1;15/03/2013;UBND huyện Bình Xuyên;Wang Xiao Ming;12/04/1985;Hán;Trung Quốc;G12345678;Nguyễn Thị Hà;02/02/1992;Kinh;Việt Nam;135667788',
      '2;20/05/2013;UBND huyện Bình Xuyên;Lee Jae Won;03/07/1980;Hàn;Hàn Quốc;M23456789;Trần Thị Thu;05/06/1993;Kinh;Việt Nam;135778899',
      '3;02/12/2013;UBND huyện Bình Xuyên;Phạm Văn Toản;01/01/1980;Kinh;Việt Nam;135333444;Chen Mei Ling;15/10/1985;Hoa;Đài Loan;300123456',
      // A Vietnamese citizen of the Hoa group keeps it.
      '4;20/12/2013;UBND huyện Bình Xuyên;Lý Văn Phát;01/05/1988;Hoa;Việt Nam;135444555;Lê Thị Ánh;01/09/1990;Kinh;Việt Nam;135444666',
    ]);
    const birth = write('khai-sinh-tam-hop-2016.csv', 'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Quốc tịch;Họ và tên mẹ;Năm sinh mẹ;Dân tộc mẹ;Quốc tịch mẹ;Số CMND mẹ;Họ và tên cha;Năm sinh cha;Dân tộc cha;Quốc tịch cha;Số CMND cha', [
      '5;10/03/2016;UBND xã Tam Hợp;Lee Min Jun;01/03/2016;Nam;Kinh;Việt Nam;Nguyễn Thị Hoa;1993;Kinh;Việt Nam;135111222;Lee Jae Hoon;1985;Hàn;Hàn Quốc;M12345678',
    ]);
    const death = write('khai-tu-huong-son-2016.csv', 'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên người chết;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Giấy tờ tùy thân;Ngày chết;Nơi chết', [
      '3;12/05/2016;UBND xã Hương Sơn;Chen Wei Hong;Nam;1950;Hán;Đài Loan (Trung Quốc);312345678;10/05/2016;Tại nhà',
    ]);
    const run = async (type: 'birth' | 'marriage' | 'death', path: string): Promise<Row[]> => {
      const { out } = await runInto({ type, districts: ['249'], inputs: [path] });
      return readJsonl(join(out, `249/${type}/clean.jsonl`)) as Row[];
    };
    marriages = await run('marriage', marriage);
    births = await run('birth', birth);
    deaths = await run('death', death);
  });

  it("keeps a foreign spouse's passport in raw, never as a CMND, with no warning or note about it", () => {
    expect(marriages.map((record) => [record.husband.personalId, record.wife.personalId])).toEqual([
      [null, '135667788'],
      [null, '135778899'],
      ['135333444', null],
      ['135444555', '135444666'],
    ]);
    expect(marriages.map((record) => record.raw)).toEqual([{ [PAPER_HUSBAND]: 'G12345678' }, { [PAPER_HUSBAND]: 'M23456789' }, { [PAPER_WIFE]: '300123456' }, {}]);
    for (const record of marriages) {
      expect(record.warnings).toEqual([]);
      expect(record.notes.filter((note: Row) => note.code !== 'ID_LEGACY_CMND' || note.to === '300123456')).toEqual([]);
    }
  });

  it("gives a Chinese or Taiwanese national 'Hán' or 'Hoa' the foreigners' code, and a Vietnamese Hoa the group's", () => {
    expect(marriages.map((record) => [record.husband.ethnicityCode, record.wife.ethnicityCode])).toEqual([
      ['55', '01'],
      ['55', '01'],
      ['01', '55'],
      ['06', '01'],
    ]);
    expect(deaths[0]?.deceased.ethnicityCode).toBe('55');
  });

  it("keeps a foreign parent's and a foreign deceased's passport the same way", () => {
    expect(births[0]?.father).toMatchObject({ fullName: 'Lee Jae Hoon', nationality: 'KR', personalId: null, ethnicityCode: '55' });
    expect(births[0]?.raw).toEqual({ 'Số CMND cha': 'M12345678' });
    expect(births[0]?.warnings).toEqual([]);
    expect(deaths[0]?.deceased).toMatchObject({ nationality: 'TW', personalId: null });
    expect(deaths[0]?.raw).toEqual({ 'Giấy tờ tùy thân': '312345678' });
    expect(deaths[0]?.warnings).toEqual([]);
    expect(deaths[0]?.notes.map((note: Row) => note.code)).not.toContain('ID_LEGACY_CMND');
  });
});
