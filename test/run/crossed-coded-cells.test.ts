/**
 * Ethnicity and nationality typed in each other's column ('Việt Nam' under Dân tộc, 'Kinh' under
 * Quốc tịch), or both in the ethnicity cell ('Kinh - Việt Nam', 'Kinh/VN') beside a blank
 * nationality: found by testing (blind corpus of wave 20), where each was left empty with two
 * warnings, or the nationality lost. Both are read where they belong, with
 * ETHNICITY_NATIONALITY_CROSSED; clean rows and foreigners' cells read as before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;

const crossedNotes = (record: Row): string[] =>
  record.notes.filter((note: Row) => note.code === 'ETHNICITY_NATIONALITY_CROSSED').map((note: Row) => `${note.field} ${note.from}→${note.to}`);

describe('ethnicity and nationality typed in the wrong column', () => {
  let marriages: Row[] = [];
  let deaths: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-crossed-coded-'));
    const write = (name: string, header: string, lines: string[]): string => {
      const path = join(folder, name);
      writeFileSync(path, `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
      return path;
    };
    const marriage = write('ket-hon-ba-hien-2020.csv', 'Số;Ngày đăng ký;Nơi đăng ký;Họ tên chồng;Ngày sinh chồng;Dân tộc chồng;Quốc tịch chồng;Họ tên vợ;Ngày sinh vợ;Dân tộc vợ;Quốc tịch vợ', [
      '1;02/06/2020;UBND thị trấn Bá Hiến;Nguyễn Văn Đông;02/04/1993;Kinh;Việt Nam;Trần Thị Xuân;12/09/1995;Kinh;Việt Nam',
      '2;03/06/2020;UBND thị trấn Bá Hiến;Hà Văn Phúc;07/07/1988;Sán Dìu;Việt Nam;Diệp Thị Ngọc;21/01/1994;Việt Nam;Sán Dìu',
      '3;04/06/2020;UBND thị trấn Bá Hiến;Đỗ Minh Tuấn;09/10/1991;Kinh - Việt Nam;;Lưu Thị Hằng;30/05/1996;Kinh/VN;',
      // A Chinese husband's country in the ethnicity column, the nationality blank: his people (55), no nationality read.
      '4;05/06/2020;UBND thị trấn Bá Hiến;Wang Lei;05/05/1980;Trung Quốc;;Vi Thị Nga;06/06/1991;Nùng;Việt Nam',
      // 'Việt Nam' under Dân tộc beside another country: no swap, both warned of as before.
      '5;06/06/2020;UBND thị trấn Bá Hiến;Lê Văn Hòa;15/08/1990;Việt Nam;Hàn Quốc;Phạm Thị Thu;03/11/1992;Kinh;Việt Nam',
    ]);
    const death = write('khai-tu-son-loi-2021.csv', 'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên người chết;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Ngày chết;Nơi chết', [
      '1;04/03/2021;UBND xã Sơn Lôi;Trần Thị Bưởi;Nữ;1945;Việt Nam;Kinh;02/03/2021;Tại nhà',
      '2;05/03/2021;UBND xã Sơn Lôi;La Văn Bảy;Nam;1939;Việt Nam;Cao Lan;03/03/2021;Tại nhà',
      '3;06/03/2021;UBND xã Sơn Lôi;Lý Văn Sáu;Nam;1936;Sán Dìu - Việt Nam;;04/03/2021;Tại nhà',
      // 'Việt', an alias of Kinh: the group, no nationality typed.
      '4;07/03/2021;UBND xã Sơn Lôi;Phạm Văn Thọ;Nam;1944;Việt;;05/03/2021;Tại nhà',
    ]);
    const run = async (type: 'marriage' | 'death', path: string): Promise<Row[]> => {
      const { out } = await runInto({ type, districts: ['249'], inputs: [path] });
      return readJsonl(join(out, `249/${type}/clean.jsonl`)) as Row[];
    };
    marriages = await run('marriage', marriage);
    deaths = await run('death', death);
  });

  it('reads both values where they belong, each move noted, and leaves a clean couple alone', () => {
    const spouses = marriages.map((record) => [record.husband.ethnicityCode, record.husband.nationality, record.wife.ethnicityCode, record.wife.nationality]);
    expect(spouses.slice(0, 3)).toEqual([
      ['01', 'VN', '01', 'VN'],
      ['17', 'VN', '17', 'VN'],
      ['01', 'VN', '01', 'VN'],
    ]);
    expect(marriages.slice(0, 3).map(crossedNotes)).toEqual([
      [],
      ['wife.nationality Việt Nam→VN', 'wife.ethnicityCode Sán Dìu→17'],
      ['husband.nationality Kinh - Việt Nam→VN', 'wife.nationality Kinh/VN→VN'],
    ]);
    expect(marriages.slice(0, 3).map((record) => record.warnings)).toEqual([[], [], []]);
  });

  it("moves nothing for a foreigner's country in the ethnicity column, nor beside another country", () => {
    expect(marriages[3]?.husband).toMatchObject({ ethnicityCode: '55', nationality: null });
    expect(marriages[4]?.husband).toMatchObject({ ethnicityCode: null, nationality: 'KR' });
    expect(marriages.slice(3).map(crossedNotes)).toEqual([[], []]);
    expect(marriages[4]?.warnings.map((warning: Row) => `${warning.code} ${warning.field}`)).toContain('ETHNICITY_UNKNOWN husband.ethnicityCode');
  });

  it('does the same for the deceased of a death book', () => {
    expect(deaths.map((record) => [record.deceased.ethnicityCode, record.deceased.nationality])).toEqual([
      ['01', 'VN'],
      ['13', 'VN'],
      ['17', 'VN'],
      ['01', null],
    ]);
    expect(deaths.map((record) => record.warnings)).toEqual([[], [], [], []]);
    expect(deaths.map(crossedNotes)).toEqual([
      ['deceased.nationality Việt Nam→VN', 'deceased.ethnicityCode Kinh→01'],
      ['deceased.nationality Việt Nam→VN', 'deceased.ethnicityCode Cao Lan→13'],
      ['deceased.nationality Sán Dìu - Việt Nam→VN'],
      [],
    ]);
  });
});

/**
 * A district's marriage book with a foreign element, one column 'Dân tộc, quốc tịch' per spouse: a foreign spouse's
 * country there ('Hán, Trung Quốc', 'Hàn Quốc') is the nationality the header asks for. Before, only Việt Nam moved:
 * the Chinese husband had no nationality, 'Hán, Trung Quốc' warned ETHNICITY_AMBIGUOUS, his name
 * NAME_FOREIGN_NATIONALITY_VN and his passport ID_PASSPORT, as if he were a citizen.
 */
describe("a foreign spouse's country under 'Dân tộc, quốc tịch'", () => {
  let marriages: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-country-in-ethnicity-'));
    const path = join(folder, 'ket-hon-yeu-to-nuoc-ngoai-binh-xuyen-2018.csv');
    const lines = [
      'Số;Ngày đăng ký;Nơi đăng ký;Họ tên chồng;Ngày sinh chồng;Dân tộc, quốc tịch;Giấy tờ tùy thân;Họ tên vợ;Ngày sinh vợ;Dân tộc, quốc tịch;Giấy tờ tùy thân',
      '1;05/03/2018;UBND huyện Bình Xuyên;WANG Wei;20/02/1985;Hán, Trung Quốc;E12345678;Lê Thị Thu;15/06/1992;Kinh, Việt Nam;026192001111',
      '2;20/04/2018;UBND huyện Bình Xuyên;Phạm Văn Toàn;01/01/1988;Kinh, Việt Nam;026088002222;ZHANG Li;11/11/1991;Hán - Trung Quốc;EA7654321',
      '3;18/06/2018;UBND huyện Bình Xuyên;KIM Min Soo;05/09/1979;Hàn Quốc;M12345678;Đỗ Thị Hạnh;22/02/1995;Kinh;026195003333',
      // Citizens: a group alone, a group beside Việt Nam; a Hoa citizen with her ID.
      '4;02/08/2018;UBND huyện Bình Xuyên;Lê Văn Quân;07/07/1991;Kinh;026091004444;Lý Thị Mai;09/09/1994;Hoa;026194005555',
      '5;05/11/2018;UBND huyện Bình Xuyên;Hoàng Văn Sơn;10/10/1989;Tày, Việt Nam;026089007777;Dương Thị Nga;12/12/1992;Kinh/VN;026192008888',
    ];
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    marriages = readJsonl(join(out, '249/marriage/clean.jsonl')) as Row[];
  });

  it("reads the foreign spouse's nationality, 55 for the people, and no warning", () => {
    const spouses = marriages.map((record) => [record.husband.ethnicityCode, record.husband.nationality, record.wife.ethnicityCode, record.wife.nationality]);
    expect(spouses).toEqual([
      ['55', 'CN', '01', 'VN'],
      ['01', 'VN', '55', 'CN'],
      ['55', 'KR', '01', null],
      ['01', null, '06', null],
      ['02', 'VN', '01', 'VN'],
    ]);
    expect(marriages.map((record) => record.warnings.map((warning: Row) => warning.code))).toEqual([[], [], [], [], []]);
    expect(marriages.slice(0, 3).map(crossedNotes)).toEqual([
      ['husband.nationality Hán, Trung Quốc→CN', 'wife.nationality Kinh, Việt Nam→VN'],
      ['husband.nationality Kinh, Việt Nam→VN', 'wife.nationality Hán - Trung Quốc→CN'],
      ['husband.nationality Hàn Quốc→KR'],
    ]);
  });
});
