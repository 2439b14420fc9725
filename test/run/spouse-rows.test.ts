/**
 * Marriage books laid out one row per spouse (Đồng Cương 2022): 'Số | Ngày đăng ký | (role) | Họ, chữ đệm, tên |
 * Ngày sinh | Dân tộc | Quốc tịch | Nơi cư trú | Số định danh cá nhân | Ghi chú', each marriage a 'Chồng' row and a
 * 'Vợ' row, 'Số' and 'Ngày đăng ký' merged over both (or typed on the first only). Each pair is one marriage.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeTcvn3Capitals } from '../../fixtures/generator/legacy-encode.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

type Cell = string | number | null;
const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const TITLES: Cell[][] = [['ỦY BAN NHÂN DÂN XÃ ĐỒNG CƯƠNG'], ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2022'], []];
const header = (role: string): Cell[] => ['Số', 'Ngày đăng ký', role, 'Họ, chữ đệm, tên', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Số định danh cá nhân', 'Ghi chú'];
const HUNG: Cell[] = ['Nguyễn Văn Hùng', '12/03/1995', 'Kinh', 'Việt Nam', 'Thôn Đông, xã Đồng Cương', '026095012345'];
const MAI: Cell[] = ['Trần Thị Mai', '05/06/1997', 'Kinh', 'Việt Nam', 'Thôn Nam, xã Đồng Cương', '026197054321'];
const NAM: Cell[] = ['Lê Văn Nam', '01/01/1994', 'Kinh', 'Việt Nam', 'Thôn Bắc, xã Đồng Cương', '026094011111'];
const LAN: Cell[] = ['Phạm Thị Lan', '02/02/1996', 'Kinh', 'Việt Nam', 'Thôn Bắc, xã Đồng Cương', '026196022222'];
const row = (number: Cell, date: Cell, role: Cell, person: Cell[], remarks: Cell = null): Cell[] => [number, date, role, ...person, remarks];

async function writeBook(name: string, rows: Cell[][], merges: string[] = [], font?: Partial<ExcelJS.Font>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2022');
  rows.forEach((cells, at) => {
    const line = sheet.getRow(at + 1);
    cells.forEach((value, column) => {
      if (value === null || value === '') return;
      const cell = line.getCell(column + 1);
      cell.value = value;
      if (font) cell.font = font;
    });
  });
  for (const range of merges) sheet.mergeCells(range);
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-spouse-rows-')), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

interface Spouse {
  fullName: string | null;
  birthDate: string | null;
  personalId: string | null;
  residence: string | null;
}
interface Marriage {
  registration: { number: string | null; date: string | null };
  husband: Spouse;
  wife: Spouse;
  remarks: string | null;
  warnings: { code: string }[];
}

/** Each event of the book below its header: a marriage read (number, date, husband, wife), a rejection, or a skip. */
async function readBook(path: string, file = 'KH_DongCuong_2022.xlsx'): Promise<string[]> {
  const events: string[] = [];
  const options = { provinceCode: '26', districtCode: '251', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  let headerRow = 0;
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'sheet') {
      events.push(`sheet: ${event.header?.type.name ?? 'no header'}`);
      headerRow = event.header?.headerRowNumbers[0] ?? 0;
    } else if (event.kind === 'skipped') {
      if (event.rowNumber > headerRow) events.push(`${event.rowNumber}: ${event.reason}`);
    } else if (event.outcome.kind === 'rejected') {
      events.push(`${event.rowNumber}: rejected ${event.outcome.rejected.errors.map((error) => `${error.code} ${error.field} ${error.column}`).join(', ')}`);
    } else {
      const record = event.outcome.record as unknown as Marriage;
      const { registration: r, husband: h, wife: w } = record;
      const warnings = record.warnings.map((warning) => warning.code);
      events.push(
        `${event.rowNumber}: ${r.number} ${r.date} | ${h.fullName} ${h.birthDate} ${h.personalId} ${h.residence} | ${w.fullName} ${w.birthDate} ${w.personalId} ${w.residence}` +
          (record.remarks === null ? '' : ` | ${record.remarks}`) +
          (warnings.length === 0 ? '' : ` [${warnings.join(', ')}]`),
      );
    }
  }
  return events;
}

const HUNG_MAI = '1 2022-01-10 | Nguyễn Văn Hùng 1995-03-12 026095012345 Thôn Đông, xã Đồng Cương | Trần Thị Mai 1997-06-05 026197054321 Thôn Nam, xã Đồng Cương';
const NAM_LAN = '2 2022-02-15 | Lê Văn Nam 1994-01-01 026094011111 Thôn Bắc, xã Đồng Cương | Phạm Thị Lan 1996-02-02 026196022222 Thôn Bắc, xã Đồng Cương';
const MERGES = ['A5:A6', 'B5:B6', 'A7:A8', 'B7:B8'];

describe('a marriage book laid out one row per spouse', () => {
  it.each([
    ['Chồng/Vợ', 'Chồng', 'Vợ'],
    ['Bên', 'Bên chồng', 'Bên vợ'],
    ['', 'Chồng', 'Vợ'],
    ['', 'Nam', 'Nữ'],
  ])("role column '%s' with '%s' | '%s': each pair of rows is one marriage, its second row read with it", async (label, husband, wife) => {
    const path = await writeBook(
      'KH_DongCuong_2022.xlsx',
      [...TITLES, header(label), row(1, '10/01/2022', husband, HUNG), row(null, null, wife, MAI), row(2, '15/02/2022', husband, NAM), row(null, null, wife, LAN)],
      MERGES,
    );
    expect(await readBook(path)).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued', `7: ${NAM_LAN}`, '8: entry-continued']);
  });

  it("a 'Giới tính' column saying 'Nam' | 'Nữ', the number and date typed again on the wife's row (a book announced as marriages)", async () => {
    const path = await writeBook('KH_DongCuong_2022.xlsx', [
      ...TITLES,
      header('Giới tính'),
      row(1, '10/01/2022', 'Nam', HUNG),
      row(1, '10/01/2022', 'Nữ', MAI),
      row(2, '15/02/2022', 'Nam', NAM),
      row(2, '15/02/2022', 'Nữ', LAN),
    ]);
    expect(await readBook(path)).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued', `7: ${NAM_LAN}`, '8: entry-continued']);
  });

  it('with no role at all, the order says it: the first row of the pair is the husband (a book announced as marriages)', async () => {
    const path = await writeBook('so-2022.xlsx', [...TITLES, header(''), row(1, '10/01/2022', null, HUNG), row(null, null, null, MAI), row(2, '15/02/2022', null, NAM), row(null, null, null, LAN)], MERGES);
    expect(await readBook(path, 'so-2022.xlsx')).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued', `7: ${NAM_LAN}`, '8: entry-continued']);
  });

  it("with no role column, a name typed after its role ('Chồng: …', 'Vợ - …') says which spouse the row is, the first row too", async () => {
    const labelled = (label: string, person: Cell[]): Cell[] => [`${label}${String(person[0])}`, ...person.slice(1)];
    const path = await writeBook('so-2022.xlsx', [
      ...TITLES,
      header(''),
      row(1, '10/01/2022', null, labelled('Chồng: ', HUNG)),
      row(null, null, null, labelled('Vợ: ', MAI)),
      row(2, '15/02/2022', null, labelled('Vợ - ', LAN)),
      row(null, null, null, labelled('Chồng - ', NAM)),
    ]);
    expect(await readBook(path, 'so-2022.xlsx')).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued', `7: ${NAM_LAN}`, '8: entry-continued']);
  });

  it("a two-row header: 'Số' | 'Ngày đăng ký' | 'Chồng/Vợ' merged down beside a group over the person's columns", async () => {
    const group = ['Số', 'Ngày đăng ký', 'Chồng/Vợ', 'Thông tin về bên đăng ký kết hôn', null, null, null, null, null, 'Ghi chú'];
    const labels = [null, null, null, 'Họ, chữ đệm, tên', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Số định danh cá nhân', null];
    const path = await writeBook(
      'KH_DongCuong_2022.xlsx',
      [...TITLES, group, labels, row(1, '10/01/2022', 'Chồng', HUNG), row(null, null, 'Vợ', MAI), row(2, '15/02/2022', 'Chồng', NAM), row(null, null, 'Vợ', LAN)],
      ['A4:A5', 'B4:B5', 'C4:C5', 'D4:I4', 'J4:J5', 'A6:A7', 'B6:B7', 'A8:A9', 'B8:B9'],
    );
    expect(await readBook(path)).toEqual(['sheet: marriage', '5: header', `6: ${HUNG_MAI}`, '7: entry-continued', `8: ${NAM_LAN}`, '9: entry-continued']);
    // The same labels with the group typed in one row over the role column too: its lower row alone is read as before.
    const oneRow = await writeBook('KH_DongCuong_2022.xlsx', [...TITLES, header('Chồng/Vợ'), row(1, '10/01/2022', 'Chồng', HUNG), row(null, null, 'Vợ', MAI)], ['A5:A6', 'B5:B6']);
    expect(await readBook(oneRow)).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued']);
  });

  it("is read by the role cells when the wife's row comes first", async () => {
    const path = await writeBook('KH.xlsx', [...TITLES, header('Chồng/Vợ'), row(1, '10/01/2022', 'Vợ', MAI), row(null, null, 'Chồng', HUNG)], ['A5:A6', 'B5:B6']);
    expect(await readBook(path)).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued']);
  });

  it("takes the registration's cells typed on the first row only, and a remark typed on either row", async () => {
    const path = await writeBook('KH.xlsx', [
      ...TITLES,
      header(''),
      row(1, '10/01/2022', 'Chồng', HUNG),
      row(null, null, 'Vợ', MAI, 'Kết hôn lần hai'),
      row(2, '15/02/2022', 'Chồng', NAM),
      row(null, null, 'Vợ', LAN),
    ]);
    expect(await readBook(path)).toEqual(['sheet: marriage', `5: ${HUNG_MAI} | Kết hôn lần hai`, '6: entry-continued', `7: ${NAM_LAN}`, '8: entry-continued']);
  });

  it("reads two rows of one number that say the same spouse as one marriage, the second as the other spouse, with a warning", async () => {
    // 'Chồng' | 'Chồng' under one merged number, 'Nữ' | 'Nữ' under a number typed on the first row only, 'Nam' | 'Nam' typed again.
    const path = await writeBook(
      'KH_DongCuong_2022.xlsx',
      [...TITLES, header('Chồng/Vợ'), row(1, '10/01/2022', 'Chồng', HUNG), row(null, null, 'Chồng', MAI), row(2, '15/02/2022', 'Vợ', LAN), row(null, null, 'Vợ', NAM)],
      ['A5:A6', 'B5:B6'],
    );
    expect(await readBook(path)).toEqual([
      'sheet: marriage',
      `5: ${HUNG_MAI} [MARRIAGE_SPOUSE_ROLE_REPEATED]`,
      '6: entry-continued',
      // The wife's row first says the second is the husband's: Lê Văn Nam, read as he is.
      `7: ${NAM_LAN} [MARRIAGE_SPOUSE_ROLE_REPEATED]`,
      '8: entry-continued',
    ]);
    const typedAgain = await writeBook('KH_DongCuong_2022.xlsx', [...TITLES, header('Giới tính'), row(1, '10/01/2022', 'Nam', HUNG), row(1, '10/01/2022', 'Nam', MAI)]);
    expect(await readBook(typedAgain)).toEqual(['sheet: marriage', `5: ${HUNG_MAI} [MARRIAGE_SPOUSE_ROLE_REPEATED]`, '6: entry-continued']);
  });

  it("rejects a husband's row with no wife's row after it for the wife's missing name (in the name's column), and reads the next pair", async () => {
    const path = await writeBook('KH.xlsx', [
      ...TITLES,
      header('Chồng/Vợ'),
      row(1, '10/01/2022', 'Chồng', HUNG),
      row(2, '15/02/2022', 'Chồng', NAM),
      row(null, null, 'Vợ', LAN),
      row(3, '20/02/2022', 'Vợ', MAI),
    ]);
    expect(await readBook(path)).toEqual([
      'sheet: marriage',
      '5: rejected FIELD_REQUIRED wife.fullName D',
      `6: ${NAM_LAN}`,
      '7: entry-continued',
      '8: rejected FIELD_REQUIRED husband.fullName D',
    ]);
  });

  it("pairs a husband's row at a page's foot with the wife's row under the header printed again at the next page's top", async () => {
    const path = await writeBook('KH.xlsx', [
      ...TITLES,
      header('Chồng/Vợ'),
      row(1, '10/01/2022', 'Chồng', HUNG),
      header('Chồng/Vợ'),
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
      row(null, null, 'Vợ', MAI),
      row(2, '15/02/2022', 'Chồng', NAM),
      row(null, null, 'Vợ', LAN),
      // A footer between two rows still leaves the first alone.
      row(3, '20/02/2022', 'Chồng', HUNG),
      [null, 'Người ghi sổ'],
      row(null, null, 'Vợ', MAI),
    ]);
    const read = await readBook(path);
    // The page's lines are told as they come; the pair once its second row has come.
    expect(read.slice(0, 7)).toEqual(['sheet: marriage', '6: repeated-header', '7: column-numbers', `5: ${HUNG_MAI}`, '8: entry-continued', `9: ${NAM_LAN}`, '10: entry-continued']);
    expect(read).toContain('11: rejected FIELD_REQUIRED wife.fullName D');
  });

  it('a ditto mark on the wife\'s row copies the husband\'s cell', async () => {
    const path = await writeBook('KH.xlsx', [...TITLES, header('Chồng/Vợ'), row(1, '10/01/2022', 'Chồng', HUNG), row(null, null, 'Vợ', [...MAI.slice(0, 4), '"', MAI[5]!])], ['A5:A6', 'B5:B6']);
    expect(await readBook(path)).toEqual([
      'sheet: marriage',
      '5: 1 2022-01-10 | Nguyễn Văn Hùng 1995-03-12 026095012345 Thôn Đông, xã Đồng Cương | Trần Thị Mai 1997-06-05 026197054321 Thôn Đông, xã Đồng Cương',
      '6: entry-continued',
    ]);
  });

  it('is read in a TCVN3 font (.VnTime)', async () => {
    const legacy = (cells: Cell[]): Cell[] => cells.map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell));
    const path = await writeBook(
      'KH.xlsx',
      [...TITLES.map((title) => title.map((cell) => (typeof cell === 'string' ? encodeTcvn3Capitals(cell) : cell))), header('Chồng/Vợ').map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell)), legacy(row(1, '10/01/2022', 'Chồng', HUNG)), legacy(row(null, null, 'Vợ', MAI))],
      ['A5:A6', 'B5:B6'],
      { name: '.VnTime', size: 12 },
    );
    expect(await readBook(path)).toEqual(['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued']);
  });

  it('is read from a CSV, in Unicode and in TCVN3 bytes, the number typed on the first row', async () => {
    const lines = [...TITLES, header('Bên'), row(1, '10/01/2022', 'Bên chồng', HUNG), row(null, null, 'Bên vợ', MAI), row(2, '15/02/2022', 'Bên chồng', NAM), row(null, null, 'Bên vợ', LAN)];
    const csv = (encode: (text: string) => string): string =>
      lines.map((cells) => cells.map((cell) => (cell === null ? '' : encode(String(cell)))).map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
    const folder = mkdtempSync(join(tmpdir(), 'hotich-spouse-rows-csv-'));
    writeFileSync(join(folder, 'unicode.csv'), `\ufeff${csv((text) => text)}`);
    writeFileSync(join(folder, 'tcvn3.csv'), iconv.encode(csv(encodeTcvn3), 'windows1252'));
    const expected = ['sheet: marriage', `5: ${HUNG_MAI}`, '6: entry-continued', `7: ${NAM_LAN}`, '8: entry-continued'];
    expect(await readBook(join(folder, 'unicode.csv'), 'KH_DongCuong_2022.csv')).toEqual(expected);
    expect(await readBook(join(folder, 'tcvn3.csv'), 'KH_DongCuong_2022.csv')).toEqual(expected);
  });

  it('counts each marriage once in a run, the second rows skipped as entry-continued, and the accounting closes', async () => {
    const path = await writeBook(
      'KH_DongCuong_2022.xlsx',
      [...TITLES, header(''), row(1, '10/01/2022', 'Chồng', HUNG), row(null, null, 'Vợ', MAI), row(2, '15/02/2022', 'Chồng', NAM), row(null, null, 'Vợ', LAN), row(3, '20/02/2022', 'Chồng', ['Đỗ Văn An', '01/01/1990', 'Kinh', 'Việt Nam', 'Thôn Đông', ''])],
      MERGES,
    );
    const { out, result } = await runInto({ type: 'marriage', districts: ['251'], inputs: [path], workers: '0' });
    expect(result.exitCode).toBe(0);
    expect(readJson(join(out, '251/marriage/manifest.json')).counts).toMatchObject({ rowsRead: 3, clean: 2, rejected: 1, skippedByReason: { 'entry-continued': 2 } });
    const clean = readJsonl(join(out, '251/marriage/clean.jsonl')) as unknown as Marriage[];
    expect(clean.map((record) => [record.husband.fullName, record.wife.fullName])).toEqual([
      ['Nguyễn Văn Hùng', 'Trần Thị Mai'],
      ['Lê Văn Nam', 'Phạm Thị Lan'],
    ]);
  });
});

describe('a book with one person a row that is no marriage book', () => {
  // 'Sổ cấp giấy xác nhận tình trạng hôn nhân', kept beside the marriage book: each row a person, each with its own
  // number and date; its 'Nam/Nữ' column is the sex, not a spouse's role.
  const certificates = (numbered: boolean): Cell[][] => [
    ['UBND XÃ ĐỒNG CƯƠNG'],
    ['SỔ CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN NĂM 2015'],
    [],
    ['Số', 'Ngày cấp', 'Họ và tên', 'Nam/Nữ', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú', 'Tình trạng hôn nhân', 'Mục đích sử dụng'],
    [numbered ? 1 : null, '06/01/2015', 'Nguyễn Văn Hậu', 'Nam', '12/04/1990', 'Kinh', 'Thôn Đông, xã Đồng Cương', 'Chưa đăng ký kết hôn với ai', 'Để đăng ký kết hôn'],
    [numbered ? 2 : null, '08/01/2015', 'Trần Thị Nhàn', 'Nữ', '03/09/1993', 'Kinh', 'Thôn Nam, xã Đồng Cương', 'Chưa đăng ký kết hôn với ai', 'Để đăng ký kết hôn'],
    [numbered ? 3 : null, '12/01/2015', 'Lê Văn Tú', 'Nam', '21/11/1988', 'Kinh', 'Thôn Bắc, xã Đồng Cương', 'Đã ly hôn', 'Để bổ sung hồ sơ'],
  ];

  it.each([
    ['XNTTHN_DongCuong_2015.xlsx', true],
    ['KH_DongCuong_2015.xlsx', true],
    ['KH_DongCuong_2015.xlsx', false],
  ])("a certificate book in '%s' (numbered: %s) is not read as marriages for its 'Nam/Nữ' column", async (file, numbered) => {
    const path = await writeBook(file, certificates(numbered));
    const events = await readBook(path, file);
    expect(events[0]).toBe('sheet: no header');
    expect(events.slice(1).every((event) => event.endsWith(': no-header'))).toBe(true);
  });

  it('stays without a header when nothing says spouses (a list of people in a birth file)', async () => {
    const path = await writeBook('so-khai-sinh-2022.xlsx', [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2022'], [], [], header(''), row(1, '10/01/2022', null, HUNG), row(null, null, null, MAI)]);
    const options = { provinceCode: '26', districtCode: '251', file: 'so-khai-sinh-2022.xlsx', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
    for await (const event of readRegister(path, options)) if (event.kind === 'sheet') expect(event.header?.type.name).not.toBe('marriage');
  });
});
