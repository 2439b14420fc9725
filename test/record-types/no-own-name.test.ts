/**
 * The registered person's name cell that holds no name of theirs (the child of a birth, the
 * deceased of a death): an infant named after a parent ('Con bà Nguyễn Thị Lan'), an
 * unidentified body ('Không rõ danh tính'), an unnamed newborn ('Bé trai'), an "unknown"
 * marker. Loaded, the parent's name would register the parent born or dead: the entry is
 * rejected as its name missing, with the warning that says why. Parents' "unknown" question
 * marks, office declarants and unknown places of the same books load without warnings.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

type Cell = string | number | null;
interface Read {
  clean: Map<number, Record<string, any>>;
  rejected: Map<number, { errors: string[]; warnings: string[]; raw: Record<string, string> }>;
}

async function readBook(path: string, header: string[], rows: Cell[][]): Promise<Read> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KT 2012');
  sheet.addRow(['UBND XÃ TỀ LỖ']);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  const indexes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type, {}));
  const read: Read = { clean: new Map(), rejected: new Map() };
  for await (const event of readRegister(path, { provinceCode: '26', districtCode: '251', file: 'book.xlsx', options: DEFAULT_NORMALIZE_OPTIONS, indexes })) {
    if (event.kind !== 'row') continue;
    if (event.outcome.kind === 'clean') read.clean.set(event.rowNumber, event.outcome.record);
    else {
      const { errors, warnings, raw } = event.outcome.rejected;
      read.rejected.set(event.rowNumber, { errors: errors.map(({ code, field }) => `${code}@${field}`), warnings: warnings.map(({ code, field }) => `${code}@${field}`), raw });
    }
  }
  return read;
}

const codes = (findings: { code: string; field: string }[] | undefined): string[] => (findings ?? []).map(({ code, field }) => `${code}@${field}`);
const RESIDENCE = 'Thôn Đông, xã Tề Lỗ, huyện Yên Lạc, tỉnh Vĩnh Phúc';

const DEATH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Người đi khai tử'];
const death = (number: number, name: string, sex: string, declarant = 'Nguyễn Văn Bình - con', deathPlace = 'Tại nhà'): Cell[] => [
  number, `1${number % 10}/03/2012`, name, sex, 2012, 'Kinh', 'Việt Nam', RESIDENCE, `0${number % 10}/03/2012`, deathPlace, declarant,
];
/** Death entries by sheet row (a title row and the header come first); a birth's number is its row less 2. */
const DEATHS: [number, string, string][] = [
  [3, 'Con bà Nguyễn Thị Lan', 'Nam'],
  [4, 'Con ông Lê Văn Dũng', 'Nữ'],
  [5, 'Con chị Trần Thị Mai', 'Nam'],
  [6, 'Con của bà Lê Thị Hoa', 'Nữ'],
  [7, 'Con bà Lan', 'Nam'],
  [8, 'Bé trai', 'Nam'],
  [9, 'Bé gái', 'Nữ'],
  [10, 'Vô danh', 'Nam'],
  [11, 'Không rõ danh tính', 'Nam'],
  [12, 'Nam giới không rõ danh tính', 'Nam'],
  [13, 'Nữ không rõ danh tính', 'Nữ'],
  [14, 'Người vô danh', 'Nam'],
  [15, 'Chưa xác định được danh tính', 'Nam'],
  [16, 'Không xác định', 'Nam'],
  [17, '?', 'Nam'],
];

const BIRTH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Dân tộc', 'Quốc tịch', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú', 'Ghi chú'];
const birth = (number: number, child: string, father: string, { birthPlace = 'Trạm y tế xã Tề Lỗ', remarks = '' } = {}): Cell[] => [
  number, `1${number}/04/2012`, child, 'Nữ', `0${number}/03/2012`, birthPlace, 'Kinh', 'Việt Nam', 'Ngô Thị Hằng', 1993, father, '', RESIDENCE, remarks,
];

describe('a registered person without a name of their own', () => {
  let folder: string;
  let deaths: Read;
  let births: Read;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-no-own-name-'));
    deaths = await readBook(join(folder, 'kt.xlsx'), DEATH_HEADER, [
      ...DEATHS.map(([row, name, sex]) => death(row, name, sex)),
      death(18, 'Nguyễn Văn Tám', 'Nam', 'Công an xã Tề Lỗ', 'Không rõ'),
      death(19, 'Phạm Thị Nụ', 'Nữ', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'),
    ]);
    births = await readBook(join(folder, 'ks.xlsx'), BIRTH_HEADER, [
      birth(1, 'Con bà Ngô Thị Hằng', 'Đỗ Văn Long'),
      birth(2, 'Ngô Thị Thu', '?'),
      birth(3, 'Ngô Thị Hà', '??'),
      birth(4, 'Ngô Thị Hoa', '(?)'),
      birth(5, 'Ngô Thị Lan', 'Không xác định', { birthPlace: 'Không rõ' }),
      birth(6, 'Ngô Thị Kim', '', { remarks: 'Đã đăng ký nhận cha cho con theo Trích lục số 15/TLNCC ngày 3/5/2014, cha là Đỗ Văn Long' }),
      birth(7, '?', 'Đỗ Văn Long'),
    ]);
  }, 30_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('rejects a death named after a parent as its name missing, saying the name is the parent’s', () => {
    for (const row of [3, 4, 5, 6, 7]) {
      const rejected = deaths.rejected.get(row);
      expect(rejected, `row ${row}`).toEqual({ errors: ['FIELD_REQUIRED@deceased.fullName'], warnings: ['NAME_PARENT_REFERENCE@deceased.fullName'], raw: expect.any(Object) });
      // the cell as typed stays in raw
      expect(rejected?.raw['Họ và tên người chết']).toBe(DEATHS.find(([at]) => at === row)![1]);
    }
  });

  it('rejects an unnamed newborn and an unidentified body alike, with the placeholder warning', () => {
    for (const row of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) {
      expect(deaths.rejected.get(row), `row ${row}`).toMatchObject({ errors: ['FIELD_REQUIRED@deceased.fullName'], warnings: ['NAME_PLACEHOLDER@deceased.fullName'] });
    }
  });

  it('rejects a birth named after the mother, and a child named "?"', () => {
    expect(births.rejected.get(3)).toMatchObject({ errors: ['FIELD_REQUIRED@child.fullName'], warnings: ['NAME_PARENT_REFERENCE@child.fullName'] });
    expect(births.rejected.get(9)).toMatchObject({ errors: ['FIELD_REQUIRED@child.fullName'], warnings: ['NAME_PLACEHOLDER@child.fullName'] });
  });

  it('loads a single mother’s child whose father is "?" or "không xác định", with no warning', () => {
    for (const row of [4, 5, 6, 7]) {
      const record = births.clean.get(row);
      expect(record?.father, `row ${row}`).toBeNull();
      expect(codes(record?.warnings), `row ${row}`).toEqual([]);
    }
  });

  it('loads an office declarant as typed and an unknown place as none, with no warning', () => {
    const police = deaths.clean.get(18);
    expect(police?.declarant).toEqual({ fullName: 'Công an xã Tề Lỗ', relation: null });
    expect(police?.deathPlace).toBeNull();
    expect(codes(police?.warnings)).toEqual([]);
    const hospital = deaths.clean.get(19);
    expect(hospital?.declarant).toEqual({ fullName: 'Bệnh viện đa khoa tỉnh Vĩnh Phúc', relation: null });
    expect(codes(hospital?.warnings)).toEqual([]);
    expect(births.clean.get(7)?.child.birthPlace).toBeNull();
  });

  it('warns that a father recognised later may be missing from the entry', () => {
    expect(codes(births.clean.get(8)?.warnings)).toEqual(['ENTRY_CHANGED_LATER@remarks']);
  });
});
