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
      // The only notes: a Vietnamese spouse's CMND, and 'Hán' | 'Hoa' of a foreign national given 55 (ETHNICITY_FOREIGN_NATIONAL).
      expect(record.notes.filter((note: Row) => (note.code !== 'ID_LEGACY_CMND' || note.to === '300123456') && note.code !== 'ETHNICITY_FOREIGN_NATIONAL')).toEqual([]);
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

/**
 * The 54 groups are groups of Vietnamese citizens (DOMAIN.md §6). Found by testing (KH_DonNhan_2017,
 * Sông Lô): a Lao wife typed 'Lào' was loaded as Vietnam's Lào group (35), a Thai 'Thái' as 03, a
 * Cambodian 'Khmer' as 05, a Korean beside 'Kinh' filled down as 01, with no word; 'Trung Quốc' or
 * 'Đài Loan' in the ethnicity column was left empty with ETHNICITY_UNKNOWN. A foreign national gets
 * 55, the group as typed kept in a note.
 */
describe("a foreign national's ethnicity", () => {
  type Row = Record<string, any>;
  let marriages: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-foreign-ethnicity-'));
    const path = join(folder, 'KH_DonNhan_2017.csv');
    const header = 'Số;Ngày đăng ký;Nơi đăng ký;Họ tên chồng;Ngày sinh chồng;Dân tộc chồng;Quốc tịch chồng;Giấy tờ tùy thân chồng;Họ tên vợ;Ngày sinh vợ;Dân tộc vợ;Quốc tịch vợ;Giấy tờ tùy thân vợ';
    const lines = [
      '1;10/02/2017;UBND xã Đôn Nhân;Trần Văn Hùng;05/05/1990;Kinh;Việt Nam;135666777;Bounmy SENGDARA;06/06/1996;Lào;CHDCND Lào;P2233445',
      '2;15/03/2017;UBND xã Đôn Nhân;Somchai Srisuk;02/02/1988;Thái;Thái Lan;AA1234567;Nguyễn Thị Mai;03/03/1994;Kinh;Việt Nam;135777888',
      '3;20/04/2017;UBND xã Đôn Nhân;Lê Văn Nam;04/04/1989;Kinh;Việt Nam;135888999;Sok DARA;07/07/1995;Khmer;Campuchia;N0123456',
      '4;25/05/2017;UBND xã Đôn Nhân;CHOI Young Soo;08/08/1982;Kinh;Hàn Quốc;M34567890;Phạm Thị Hoa;09/09/1993;Kinh;Việt Nam;135999000',
      '5;30/06/2017;UBND xã Đôn Nhân;ZHOU Peng;10/10/1984;Người Trung Quốc;Trung Quốc;E11223344;Đỗ Thị Lan;11/11/1995;Kinh;Việt Nam;135000111',
      '6;05/07/2017;UBND xã Đôn Nhân;LIN Chun Yi;12/12/1983;Đài Loan;Đài Loan;301122334;Vũ Thị Hằng;01/12/1994;Kinh;Việt Nam;135000222',
      // A Vietnamese citizen of the Lào group keeps it.
      '7;12/07/2017;UBND xã Đôn Nhân;Lò Văn Pọm;02/01/1991;Lào;Việt Nam;135000333;Lò Thị Ón;03/01/1995;Lào;Việt Nam;135000444',
      // A citizen holding a CMND whose nationality cell repeats the group ('Thái'): the group stays.
      '8;19/07/2017;UBND xã Đôn Nhân;Hà Văn Khánh;05/02/1990;Kinh;Việt Nam;135000555;Lò Thị Xuân;06/03/1994;Thái;Thái;135000666',
      // A country typed for a Vietnamese citizen's ethnicity ('Trung Quốc': a Hoa?) is no code to load.
      '9;26/07/2017;UBND xã Đôn Nhân;Đặng Văn Tài;07/04/1989;Kinh;Việt Nam;135000777;Trần Thị Hoa;08/05/1995;Trung Quốc;Việt Nam;135000888',
      // 'Lào' in both columns beside a passport: a Lao national, not the group typed twice.
      '10;02/08/2017;UBND xã Đôn Nhân;Lê Văn Hậu;09/06/1990;Kinh;Việt Nam;135000999;Phonevilay SOUKSAVANH;10/07/1996;Lào;Lào;P1234567',
    ];
    writeFileSync(path, `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'marriage', districts: ['253'], inputs: [path] });
    marriages = readJsonl(join(out, '253/marriage/clean.jsonl')) as Row[];
  });

  it("gives 55 to a foreign national typed with a Vietnamese group's name or a country's, and keeps a Vietnamese citizen's group (a CMND says citizen)", () => {
    expect(marriages.map((record) => [record.husband.ethnicityCode, record.wife.ethnicityCode])).toEqual([
      ['01', '55'],
      ['55', '01'],
      ['01', '55'],
      ['55', '01'],
      ['55', '01'],
      ['55', '01'],
      ['35', '35'],
      ['01', '03'],
      ['01', null],
      ['01', '55'],
    ]);
    for (const record of marriages.slice(0, 8)) expect(record.warnings).toEqual([]);
    expect(marriages[8]!.warnings).toEqual([{ code: 'ETHNICITY_UNKNOWN', field: 'wife.ethnicityCode', message: 'Dân tộc "Trung Quốc" không có trong danh mục 54 dân tộc.' }]);
    expect(marriages[9]!.wife).toMatchObject({ nationality: 'LA', personalId: null });
    expect(marriages[9]!.warnings).toEqual([]);
  });

  it('notes the group as read and the code given, on the ethnicity field (a note, no warning)', () => {
    const notes = marriages.map((record) => record.notes.filter((note: Row) => note.code === 'ETHNICITY_FOREIGN_NATIONAL').map((note: Row) => `${note.field} ${note.from}→${note.to}`));
    expect(notes).toEqual([['wife.ethnicityCode 35→55'], ['husband.ethnicityCode 03→55'], ['wife.ethnicityCode 05→55'], ['husband.ethnicityCode 01→55'], [], [], [], [], [], ['wife.ethnicityCode 35→55']]);
  });
});

/**
 * Ethnicity 55 with the nationality left blank (gen3 row 12 of Hồ Sơn's 2009 book: 'Lee Min Ji', 'Hàn',
 * passport 'M99887766'): the record itself says the person is a foreigner. The name is read as a foreign
 * one and the passport is no Vietnamese citizen's (no ID_PASSPORT).
 */
describe('a person whose ethnicity is 55 and whose nationality is blank', () => {
  it('reads the name the foreign way and raises no passport or foreign-name warning', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-foreign-blank-nationality-'));
    const path = join(folder, 'KH_HoSon_2009.csv');
    const header = 'Số;Ngày đăng ký;Nơi đăng ký;Họ tên chồng;Ngày sinh chồng;Dân tộc chồng;Quốc tịch chồng;Giấy tờ tùy thân chồng;Họ tên vợ;Ngày sinh vợ;Dân tộc vợ;Quốc tịch vợ;Giấy tờ tùy thân vợ';
    const lines = [
      '12;10/02/2009;UBND xã Hồ Sơn;Phan Văn Lực;09/09/1984;Sán Dìu;Việt Nam;135223344;Lee Min Ji;10/10/1989;Hàn;;M99887766',
      '10;03/02/2009;UBND xã Hồ Sơn;Wang Lei;05/05/1980;Trung Quốc;;E55667788;Vi Thị Nga;06/06/1991;Nùng;Việt Nam;135334455',
    ];
    writeFileSync(path, `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'marriage', districts: ['248'], inputs: [path] });
    const clean = readJsonl(join(out, '248/marriage/clean.jsonl')) as Record<string, any>[];
    const byNumber = new Map(clean.map((record) => [record.registration.number, record]));
    expect(byNumber.get('12')?.wife).toMatchObject({ fullName: 'Lee Min Ji', familyName: '', middleName: '', givenName: 'Lee Min Ji', ethnicityCode: '55', nationality: null, personalId: null });
    expect(byNumber.get('10')?.husband).toMatchObject({ fullName: 'Wang Lei', familyName: '', givenName: 'Wang Lei', ethnicityCode: '55', nationality: null });
    expect(clean.map((record) => record.warnings)).toEqual([[], []]);
  });
});
