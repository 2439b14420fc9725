import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Death books with one column for when and where ('Ngày, giờ, nơi chết'), and clerks who typed the place
// after the date in a date column: the date is read when it is whole, the place goes to the record's place
// field when that is blank or absent, with DATE_PLACE_SPLIT (a note).

type Finding = { code: string; field: string; from?: string; to?: string };
type Death = { provenance: { row: number }; deathDate: string; deathPlace: string | null; notes: Finding[]; warnings: Finding[] };
type Birth = { provenance: { row: number }; child: { birthDate: string; birthPlace: string | null }; notes: Finding[]; warnings: Finding[] };
type Rejected = { provenance: { row: number }; errors: { code: string; field: string }[] };

async function run(type: 'death' | 'birth', name: string, lines: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-date-place-'));
  const path = join(folder, name);
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  const { out } = await runInto({ type, districts: ['249'], inputs: [path] });
  return { clean: readJsonl(join(out, `249/${type}/clean.jsonl`)), rejected: readJsonl(join(out, `249/${type}/rejected.jsonl`)) as Rejected[] };
}

const codes = (record: { notes: Finding[]; warnings: Finding[] }) => [...record.warnings, ...record.notes].map((finding) => `${finding.code} ${finding.field}`);

describe("a death book whose date column also holds the place ('Ngày, giờ, nơi chết')", () => {
  const HEADER = 'STT,Số,Ngày đăng ký,Họ và tên người chết,Giới tính,Năm sinh,"Ngày, giờ, nơi chết",Nguyên nhân chết,Người đi khai';
  const LINES = [
    HEADER,
    '1,01,12/03/2020,Nguyễn Văn An,Nam,1940,10/3/2020 tại nhà,Già yếu,Nguyễn Văn Bình',
    '2,02,13/03/2020,Lê Thị Bảy,Nữ,1941,ngày 11 tháng 3 năm 2020 tại nhà riêng,Già yếu,Lê Văn Tám',
    '3,03,16/03/2020,Trần Văn Cư,Nam,1942,11/3/2020 tại Bệnh viện đa khoa tỉnh,Bệnh,Trần Văn Hải',
    '4,04,08/03/2021,Phùng Thị Dung,Nữ,1935,"15h30 ngày 5/3/2021 tại thôn Đông, xã Tam Hợp",Già yếu,Phùng Văn Bảy',
    // A doubt in the cell, or a date without its day: unread as before.
    '5,05,10/03/2021,Phạm Thị Gấm,Nữ,1938,7/3/2021 tại nhà (chưa chắc),Già yếu,Phạm Văn Nam',
    '6,06,11/03/2021,Hoàng Văn Hải,Nam,1944,3/2021 tại nhà,Già yếu,Hoàng Văn Sơn',
    '7,07,12/03/2021,Đỗ Văn Khoa,Nam,1930,09/03/2021,Già yếu,Đỗ Văn Lâm',
  ];

  it('reads each whole date, fills the death place and notes the split; a doubt or a month alone stays unread', async () => {
    const { clean, rejected } = await run('death', 'khai-tu-tam-hop-2020.csv', LINES);
    const deaths = clean as unknown as Death[];
    expect(deaths.map((death) => [death.provenance.row, death.deathDate, death.deathPlace])).toEqual([
      [2, '2020-03-10', 'Tại nhà'],
      [3, '2020-03-11', 'Tại nhà riêng'],
      [4, '2020-03-11', 'Bệnh viện đa khoa tỉnh'],
      [5, '2021-03-05', 'Thôn Đông, xã Tam Hợp'],
      [8, '2021-03-09', null],
    ]);
    expect(deaths.map(codes)).toEqual([
      ['DATE_PLACE_SPLIT deathDate'],
      ['DATE_PLACE_SPLIT deathDate'],
      ['DATE_PLACE_SPLIT deathDate'],
      ['DATE_TIME_DROPPED deathDate', 'DATE_PLACE_SPLIT deathDate'],
      [],
    ]);
    const split = deaths[3]!.notes.find((note) => note.code === 'DATE_PLACE_SPLIT')!;
    expect(split.from).toBe('15h30 ngày 5/3/2021 tại thôn Đông, xã Tam Hợp');
    expect(split.to).toBe('2021-03-05');
    // The hour's note quotes the cell as the officer sees it, not the part read.
    expect(deaths[3]!.notes.find((note) => note.code === 'DATE_TIME_DROPPED')!.from).toBe('15h30 ngày 5/3/2021 tại thôn Đông, xã Tam Hợp');
    expect(rejected.map((entry) => [entry.provenance.row, entry.errors.map((error) => `${error.code} ${error.field}`)])).toEqual([
      [6, ['DATE_UNPARSEABLE deathDate']],
      [7, ['DATE_UNPARSEABLE deathDate']],
    ]);
  });

  it('keeps the place column as typed when it holds a place: the words after the date stay in the raw cell', async () => {
    const { clean, rejected } = await run('death', 'khai-tu-huong-canh-2021.csv', [
      'STT,Số,Ngày đăng ký,Họ và tên người chết,Giới tính,Năm sinh,Ngày chết,Nơi chết,Nguyên nhân chết',
      '1,01,13/03/2021,Vũ Thị Lan,Nữ,1932,9/3/2021 tại nhà,Bệnh viện Việt Đức,Tai nạn',
      '2,02,14/03/2021,Ngô Văn Minh,Nam,1929,"10/3/2021, tại nhà",,Già yếu',
      '3,03,15/03/2021,Bùi Văn Nam,Nam,1931,11/3/2021,Tại nhà,Già yếu',
    ]);
    expect(rejected).toEqual([]);
    const deaths = clean as unknown as Death[];
    expect(deaths.map((death) => [death.deathDate, death.deathPlace, codes(death)])).toEqual([
      ['2021-03-09', 'Bệnh viện Việt Đức', ['DATE_PLACE_SPLIT deathDate']],
      ['2021-03-10', 'Tại nhà', ['DATE_PLACE_SPLIT deathDate']],
      ['2021-03-11', 'Tại nhà', []],
    ]);
  });
});

describe('a birth book whose birth date column also holds the place of birth', () => {
  it('reads the date and fills the blank place of birth', async () => {
    const { clean, rejected } = await run('birth', 'khai-sinh-tam-hop-1995.csv', [
      'Số,Ngày đăng ký,Họ và tên,Giới tính,Ngày sinh,Nơi sinh,Dân tộc,Họ và tên mẹ,Họ và tên cha',
      '1,12/03/1995,Nguyễn Văn An,Nam,10/3/1995 tại nhà,,Kinh,Lê Thị Hoa,Nguyễn Văn Bình',
      '2,13/03/1995,Trần Thị Bích,Nữ,ngày 2 tháng 3 năm 1995 tại Trạm y tế xã Tam Hợp,,Kinh,Phạm Thị Mai,Trần Văn Cường',
      '3,14/03/1995,Lê Văn Chính,Nam,11/03/1995,Trạm y tế xã Tam Hợp,Kinh,Đỗ Thị Lan,Lê Văn Dũng',
    ]);
    expect(rejected).toEqual([]);
    const births = clean as unknown as Birth[];
    expect(births.map((birth) => [birth.child.birthDate, birth.child.birthPlace, codes(birth).filter((code) => code.startsWith('DATE_'))])).toEqual([
      ['1995-03-10', 'Tại nhà', ['DATE_PLACE_SPLIT child.birthDate']],
      ['1995-03-02', 'Trạm y tế xã Tam Hợp', ['DATE_PLACE_SPLIT child.birthDate']],
      ['1995-03-11', 'Trạm y tế xã Tam Hợp', []],
    ]);
  });
});

describe("a birth book with one column for the date and the place of birth ('Ngày, nơi sinh')", () => {
  it.each(['Ngày, nơi sinh', 'Ngày tháng năm sinh, nơi sinh'])('%s: reads the date and takes the place after a comma, a dash or a line break', async (label) => {
    const { clean, rejected } = await run('birth', 'khai-sinh-son-loi-2006.csv', [
      `Số,Ngày đăng ký,Họ và tên,Giới tính,"${label}",Dân tộc,Họ và tên mẹ,Họ và tên cha`,
      '1,12/03/2006,Nguyễn Văn An,Nam,"05/03/2006, Trạm y tế xã Sơn Lôi",Kinh,Lê Thị Hoa,Nguyễn Văn Bình',
      '2,13/03/2006,Trần Thị Bích,Nữ,02/03/2006 - Bệnh viện Sản Nhi Vĩnh Phúc,Kinh,Phạm Thị Mai,Trần Văn Cường',
      '3,14/03/2006,Lê Văn Chính,Nam,"4/3/2006\nBệnh viện đa khoa tỉnh Vĩnh Phúc",Kinh,Đỗ Thị Lan,Lê Văn Dũng',
      '4,15/03/2006,Đỗ Thị Dịu,Nữ,ngày 6 tháng 3 năm 2006 tại nhà,Kinh,Vũ Thị Yến,Đỗ Văn Hải',
      '5,16/03/2006,Phạm Văn Đức,Nam,07/03/2006,Kinh,Ngô Thị Nga,Phạm Văn Long',
    ]);
    expect(rejected).toEqual([]);
    const births = clean as unknown as Birth[];
    expect(births.map((birth) => [birth.child.birthDate, birth.child.birthPlace, codes(birth).filter((code) => code.startsWith('DATE_'))])).toEqual([
      ['2006-03-05', 'Trạm y tế xã Sơn Lôi', ['DATE_PLACE_SPLIT child.birthDate']],
      ['2006-03-02', 'Bệnh viện Sản Nhi Vĩnh Phúc', ['DATE_PLACE_SPLIT child.birthDate']],
      ['2006-03-04', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc', ['DATE_PLACE_SPLIT child.birthDate']],
      ['2006-03-06', 'Tại nhà', ['DATE_PLACE_SPLIT child.birthDate']],
      ['2006-03-07', null, []],
    ]);
  });
});

// A death book of xã Gia Khánh (2008) headed 'Ngày và nơi chết': read as the place's column ('Nơi chết' inside it),
// every entry was rejected without a death date. And 'Thời gian, địa điểm chết' names no day, but a place beside the time.
describe("a date-and-place column joined by 'và', or headed by the time", () => {
  it.each(['Ngày và nơi chết', 'Ngày, giờ và nơi chết', 'Thời gian và địa điểm chết', 'Thời gian, địa điểm chết'])('%s: the date, and the place after a comma or a line break', async (label) => {
    const { clean, rejected } = await run('death', 'khai-tu-gia-khanh-2008.csv', [
      `STT,Số,Ngày đăng ký,Họ và tên người chết,Giới tính,Năm sinh,"${label}",Nguyên nhân chết,Người đi khai`,
      '1,01,05/03/2008,Nguyễn Văn An,Nam,1940,"03/03/2008, tại nhà",Già yếu,Nguyễn Văn Bình',
      '2,02,06/03/2008,Lê Thị Bảy,Nữ,1941,"04/03/2008\nBệnh viện đa khoa tỉnh Vĩnh Phúc",Bệnh,Lê Văn Tám',
      '3,03,07/03/2008,Trần Văn Cư,Nam,1942,05/03/2008,Bệnh,Trần Văn Hải',
    ]);
    expect(rejected).toEqual([]);
    expect((clean as unknown as Death[]).map((death) => [death.deathDate, death.deathPlace])).toEqual([
      ['2008-03-03', 'Tại nhà'],
      ['2008-03-04', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'],
      ['2008-03-05', null],
    ]);
  });

  it("leaves a place column 'Nơi chết' and a time column 'Thời gian chết' as they were", async () => {
    const { clean, rejected } = await run('death', 'khai-tu-gia-khanh-2009.csv', [
      'STT,Số,Ngày đăng ký,Họ và tên người chết,Giới tính,Năm sinh,Thời gian chết,Nơi chết,Nguyên nhân chết',
      '1,01,05/03/2009,Nguyễn Văn An,Nam,1940,"03/03/2009\nBệnh viện Bạch Mai",,Già yếu',
      '2,02,06/03/2009,Lê Thị Bảy,Nữ,1941,04/03/2009,Tại nhà,Bệnh',
    ]);
    expect(rejected).toEqual([]);
    expect((clean as unknown as Death[]).map((death) => [death.deathDate, death.deathPlace])).toEqual([
      ['2009-03-03', null],
      ['2009-03-04', 'Tại nhà'],
    ]);
  });
});
