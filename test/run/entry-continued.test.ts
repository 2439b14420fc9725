import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

type Cell = string | number | null;
const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
type Note = { code: string; field: string; from: string; to: string };

// Tam Hợp's birth book typed into a CSV: the mother's and the father's residence, then the remarks.
const HEADER = 'Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Nơi sinh;Họ và tên mẹ;Năm sinh mẹ;Nơi cư trú mẹ;Họ và tên cha;Năm sinh cha;Nơi cư trú cha;Ghi chú';
const birth = (number: number, name: string, motherResidence: string, fatherResidence = 'Thôn Ngọc Bảo, xã Tam Hợp'): string =>
  `${number};1${number}/02/1998;${name};Nam;0${number}/02/1998;Trạm y tế xã Tam Hợp;Trần Thị Mai;1972;${motherResidence};Nguyễn Văn Bình;1970;${fatherResidence};`;
/** A line with text in the given columns alone (0-based: 8 is the mother's residence, 11 the father's). */
const line = (cells: Record<number, string>): string => Array.from({ length: 13 }, (_, column) => cells[column] ?? '').join(';');

type ReadRecord = { child: { fullName: string }; mother: { fullName: string; birthYear: string; residence: string }; father: { residence: string }; notes: Note[] };

/** Each row of Tam Hợp's 1998 CSV book: `describe` of the entry (with the fields joined to it), or why the row was skipped. */
async function readRows(lines: string[], describe: (record: ReadRecord) => string): Promise<string[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-wrapped-')), 'so-khai-sinh-1998.csv');
  writeFileSync(path, `\uFEFFUBND XÃ TAM HỢP\r\n${HEADER}\r\n${lines.join('\r\n')}\r\n`);
  const options = { provinceCode: '26', districtCode: '249', file: 'so-khai-sinh-1998.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const rows: string[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'skipped' && event.rowNumber > 2) rows.push(`${event.rowNumber}: ${event.reason}`);
    if (event.kind !== 'row') continue;
    if (event.outcome.kind !== 'clean') {
      rows.push(`${event.rowNumber}: rejected`);
      continue;
    }
    const record = event.outcome.record as ReadRecord;
    const joined = record.notes.filter((note) => note.code === 'ROW_CONTINUATION_JOINED').map((note) => note.field);
    rows.push(`${event.rowNumber}: ${describe(record)}${joined.length > 0 ? ` [${joined.join(', ')}]` : ''}`);
  }
  return rows;
}

/** Each row: the entry's child and both residences, or why the row was skipped. */
const readBook = (lines: string[]): Promise<string[]> => readRows(lines, (record) => `${record.child.fullName} | ${record.mother.residence} | ${record.father.residence}`);

async function writeWorkbook(name: string, rows: Cell[][], merges: string[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KH');
  rows.forEach((cells, at) => {
    const row = sheet.getRow(at + 1);
    cells.forEach((value, column) => {
      if (value !== null && value !== '') row.getCell(column + 1).value = value;
    });
  });
  for (const range of merges) sheet.mergeCells(range);
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-two-rows-')), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('an address that wraps onto the next line', () => {
  it('is appended to the entry\'s cell above it, with a note, and the line is skipped as entry-continued', async () => {
    expect(
      await readBook([
        birth(1, 'Nguyễn Văn Hùng', 'Thôn Ngọc Bảo, xã Tam Hợp'),
        birth(2, 'Đỗ Văn Thuỷ', 'Xóm Đồng, thôn Ngọc Bảo, xã Tam Hợp,'),
        line({ 8: 'huyện Bình Xuyên, tỉnh Vĩnh Phúc' }),
        birth(3, 'Lê Văn Đức', 'Thôn Ngọc Bảo, xã Tam Hợp'),
      ]),
    ).toEqual([
      '3: Nguyễn Văn Hùng | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Ngọc Bảo, xã Tam Hợp',
      '4: Đỗ Văn Thuỷ | Xóm Đồng, thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc | Thôn Ngọc Bảo, xã Tam Hợp [mother.residence]',
      '5: entry-continued',
      '6: Lê Văn Đức | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Ngọc Bảo, xã Tam Hợp',
    ]);
  });

  it('goes on in lower case or with the next unit up, over several lines and in two columns at once', async () => {
    expect(
      await readBook([
        birth(1, 'Nguyễn Văn Hùng', 'Thôn Hữu Bằng', 'Thôn Hữu Bằng'),
        line({ 8: 'xã Hương Sơn', 11: 'Huyện Bình Xuyên' }),
        line({ 8: 'huyện Bình Xuyên' }),
      ]),
    ).toEqual(['3: Nguyễn Văn Hùng | Thôn Hữu Bằng, xã Hương Sơn, huyện Bình Xuyên | Thôn Hữu Bằng, Huyện Bình Xuyên [mother.residence, father.residence]', '4: entry-continued', '5: entry-continued']);
  });

  it("reads the line's end as the part separator it stands for, and a unit word ending the line above as waiting for its name", async () => {
    // What a line break typed inside the cell reads as (place-line-breaks.ts): ', ' between two parts of the address, a space inside a name.
    const rows = await readRows(
      [
        birth(1, 'Nguyễn Văn Hùng', 'Thôn Ngọc Bảo', 'Thôn Ngọc Bảo, xã Tam Hợp'),
        line({ 8: 'xã Tam Hợp, huyện Bình Xuyên', 11: 'huyện Bình Xuyên, tỉnh Vĩnh Phúc' }),
        birth(2, 'Trần Văn Nam', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Thôn Nhân'),
        line({ 11: 'nghĩa, xã Tam Hợp' }),
        birth(3, 'Lê Văn Đức', 'Thôn Ngọc Bảo, xã', 'Bệnh viện huyện'),
        line({ 8: 'Tam Hợp', 11: 'Bình Xuyên' }),
      ],
      (record) => `${record.child.fullName} | ${record.mother.residence} | ${record.father.residence} | ${record.notes.filter((note) => note.code === 'ROW_CONTINUATION_JOINED').map((note) => note.to).join(' / ')}`,
    );
    expect(rows).toEqual([
      '3: Nguyễn Văn Hùng | Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên | Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc | Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên / Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc [mother.residence, father.residence]',
      '4: entry-continued',
      '5: Trần Văn Nam | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Nhân nghĩa, xã Tam Hợp | Thôn Nhân nghĩa, xã Tam Hợp [father.residence]',
      '6: entry-continued',
      '7: Lê Văn Đức | Thôn Ngọc Bảo, xã Tam Hợp | Bệnh viện huyện Bình Xuyên | Thôn Ngọc Bảo, xã Tam Hợp / Bệnh viện huyện Bình Xuyên [mother.residence, father.residence]',
      '8: entry-continued',
    ]);
  });

  it('joins a line that carries on a place and the remarks at once, each to its own cell', async () => {
    const rows = await readRows(
      [
        `1;11/02/1998;Nguyễn Văn Hùng;Nam;01/02/1998;Trạm y tế xã Tam Hợp;Trần Thị Mai;1972;Thôn Ngọc Bảo, xã Tam Hợp,;Nguyễn Văn Bình;1970;Thôn Ngọc Bảo, xã Tam Hợp;Đăng ký quá hạn theo`,
        line({ 8: 'huyện Bình Xuyên', 12: 'Nghị định 158/2005/NĐ-CP' }),
        // A footer's words in the remarks column keep the line a footer, the place's words with it.
        `2;12/02/1998;Lê Văn Đức;Nam;02/02/1998;Trạm y tế xã Tam Hợp;Trần Thị Lan;1972;Thôn Ngọc Bảo, xã Tam Hợp,;Lê Văn Bình;1970;Thôn Ngọc Bảo, xã Tam Hợp;`,
        line({ 8: 'huyện Bình Xuyên', 12: 'Người ghi sổ' }),
      ],
      (record) => `${record.child.fullName} | ${record.mother.residence} | ${(record as unknown as { remarks: string | null }).remarks}`,
    );
    expect(rows).toEqual([
      '3: Nguyễn Văn Hùng | Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên | Đăng ký quá hạn theo Nghị định 158/2005/NĐ-CP [mother.residence]',
      '4: entry-continued',
      '5: Lê Văn Đức | Thôn Ngọc Bảo, xã Tam Hợp | null',
      '6: footer',
    ]);
  });

  it("joins to a line ending with a unit word only a commune's or district's name of the lists, never a name, a heading or 'Ghi chú:' (regression tester 2)", async () => {
    const rows = await readRows(
      [
        birth(1, 'Nguyễn Văn Hùng', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Bệnh viện huyện'),
        line({ 11: 'Bình Xuyên' }),
        birth(2, 'Trần Văn Nam', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Trạm y tế xã'),
        // A signer's name typed in the column under the last entry's place.
        line({ 11: 'Nguyễn Thị Lan' }),
        birth(3, 'Lê Văn Đức', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Bệnh viện huyện'),
        line({ 11: 'Ghi chú:' }),
        birth(4, 'Đỗ Văn Hải', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Trạm y tế xã'),
        line({ 11: 'Năm 1999' }),
        birth(5, 'Vũ Văn Long', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Thôn Ngọc Bảo, xã'),
        line({ 11: 'NĂM: 2000' }),
      ],
      (record) => `${record.child.fullName} | ${record.father.residence}`,
    );
    expect(rows.filter((row) => !/: (?:footer|section-title)$/.test(row))).toEqual([
      '3: Nguyễn Văn Hùng | Bệnh viện huyện Bình Xuyên [father.residence]',
      '4: entry-continued',
      '5: Trần Văn Nam | Trạm y tế xã',
      '7: Lê Văn Đức | Bệnh viện huyện',
      '9: Đỗ Văn Hải | Trạm y tế xã',
      '11: Vũ Văn Long | Thôn Ngọc Bảo, xã',
    ]);
  });

  it("joins to a line ending with a hamlet's unit word its name, in no list, but never a person's name", async () => {
    const rows = await readRows(
      [
        birth(1, 'Nguyễn Văn Hùng', 'Xã Tam Hợp, thôn', 'Thôn Ngọc Bảo, xã Tam Hợp'),
        line({ 8: 'Mới' }),
        birth(2, 'Trần Văn Nam', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Xã Tam Hợp, xóm'),
        line({ 11: 'Đồng Sậu' }),
        birth(3, 'Lê Văn Đức', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Xã Tam Hợp, thôn'),
        // A signer's name typed in the column under the last entry's place.
        line({ 11: 'Nguyễn Thị Lan' }),
        birth(4, 'Đỗ Văn Hải', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Xã Tam Hợp, thôn'),
        line({ 11: 'Lê Lan' }),
      ],
      (record) => `${record.child.fullName} | ${record.mother.residence} | ${record.father.residence}`,
    );
    expect(rows.filter((row) => !/: (?:footer|section-title)$/.test(row))).toEqual([
      '3: Nguyễn Văn Hùng | Xã Tam Hợp, thôn Mới | Thôn Ngọc Bảo, xã Tam Hợp [mother.residence]',
      '4: entry-continued',
      '5: Trần Văn Nam | Thôn Ngọc Bảo, xã Tam Hợp | Xã Tam Hợp, xóm Đồng Sậu [father.residence]',
      '6: entry-continued',
      '7: Lê Văn Đức | Thôn Ngọc Bảo, xã Tam Hợp | Xã Tam Hợp, thôn',
      '9: Đỗ Văn Hải | Thôn Ngọc Bảo, xã Tam Hợp | Xã Tam Hợp, thôn',
    ]);
  });

  it('leaves ordinary lines as they were: titles, footers, a line after a blank one, an entry', async () => {
    expect(
      await readBook([
        birth(1, 'Nguyễn Văn Hùng', 'Thôn Ngọc Bảo, xã Tam Hợp'),
        line({ 8: 'Thôn Nam Viêm' }),
        birth(2, 'Trần Văn Nam', 'Thôn Ngọc Bảo'),
        line({ 8: 'XÃ TAM HỢP' }),
        birth(3, 'Lê Văn Đức', 'Thôn Ngọc Bảo,'),
        '',
        line({ 8: 'huyện Bình Xuyên' }),
        birth(4, 'Phạm Văn Long', 'Thôn Ngọc Bảo, xã Tam Hợp,'),
        line({ 0: 'Tháng 3' }),
        birth(5, 'Vũ Văn Minh', 'Thôn Ngọc Bảo, xã Tam Hợp,'),
        line({ 8: 'Tam Hợp, ngày 31 tháng 12 năm 1998' }),
        line({ 8: 'Chủ tịch UBND xã' }),
      ]),
    ).toEqual([
      '3: Nguyễn Văn Hùng | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Ngọc Bảo, xã Tam Hợp',
      '4: section-title',
      '5: Trần Văn Nam | Thôn Ngọc Bảo | Thôn Ngọc Bảo, xã Tam Hợp',
      '6: section-title',
      '7: Lê Văn Đức | Thôn Ngọc Bảo | Thôn Ngọc Bảo, xã Tam Hợp',
      '8: blank',
      '9: section-title',
      '10: Phạm Văn Long | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Ngọc Bảo, xã Tam Hợp',
      '11: section-title',
      '12: Vũ Văn Minh | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Ngọc Bảo, xã Tam Hợp',
      '13: footer',
      '14: footer',
    ]);
  });

  it('is counted among the skipped rows of the batch with its reason, and the note among its problems', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-wrapped-')), 'so-khai-sinh-1998.csv');
    writeFileSync(path, `\uFEFFUBND XÃ TAM HỢP\r\n${HEADER}\r\n${[birth(1, 'Đỗ Văn Thuỷ', 'Xóm Đồng, thôn Ngọc Bảo, xã Tam Hợp,'), line({ 8: 'huyện Bình Xuyên, tỉnh Vĩnh Phúc' })].join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 1, clean: 1, rejected: 0, mergedAway: 0, skipped: 3, skippedByReason: { title: 1, header: 1, 'entry-continued': 1 } });
    expect(manifest.problemsByCode).toMatchObject({ ROW_CONTINUATION_JOINED: 1 });
    const [record] = readJsonl(join(out, '249/birth/clean.jsonl')) as { notes: Note[] }[];
    expect(record?.notes.find((note) => note.code === 'ROW_CONTINUATION_JOINED')).toEqual({
      code: 'ROW_CONTINUATION_JOINED',
      field: 'mother.residence',
      from: 'Xóm Đồng, thôn Ngọc Bảo, xã Tam Hợp,',
      to: 'Xóm Đồng, thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    });
  });
});

// Quất Lưu's 1997 marriage book: an entry typed over two rows, every cell merged over both but the wife's residence.
const MARRIAGE_HEADER: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Nơi thường trú chồng', 'Họ và tên vợ', 'Ngày sinh vợ', 'Nơi thường trú vợ', 'Ghi chú'];
const couple = (number: number, registered: string, husband: string, wife: string, wifeResidence = 'Thôn Quất Lưu'): Cell[] =>
  [number, registered, husband, '12/03/1970', 'Thôn Quất Lưu', wife, '05/06/1974', wifeResidence, null];
/** Columns A to I of row `row` merged with the row below, but those listed. */
const mergedOverTwoRows = (row: number, except: string[]): string[] => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].filter((column) => !except.includes(column)).map((column) => `${column}${row}:${column}${row + 1}`);

describe('an entry typed over two rows, its cells merged over both', () => {
  it('is one entry: the second line\'s own text is joined to the first\'s, with a note; never a duplicate', async () => {
    const rows: Cell[][] = [
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1997'],
      MARRIAGE_HEADER,
      couple(1, '10/01/1997', 'Nguyễn Văn Thắng', 'Trần Thị Hoa'),
      couple(2, '22/02/1997', 'Lê Văn Bình', 'Phạm Thị Nhung', 'Thôn Lạc Ý, xã Đồng Văn,'),
      [null, null, null, null, null, null, null, 'huyện Yên Lạc, tỉnh Vĩnh Phú'],
      couple(3, '05/05/1997', 'Đào Văn Hiếu', 'Nguyễn Thị Sen'),
    ];
    const path = await writeWorkbook('ket-hon-quat-luu-1997.xlsx', rows, mergedOverTwoRows(4, ['H']));
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl')) as { provenance: { row: number }; wife: { residence: string }; notes: Note[] }[];
    expect(clean.map((record) => [record.provenance.row, record.wife.residence])).toEqual([
      [3, 'Thôn Quất Lưu'],
      [4, 'Thôn Lạc Ý, xã Đồng Văn, huyện Yên Lạc, tỉnh Vĩnh Phú'],
      [6, 'Thôn Quất Lưu'],
    ]);
    expect(clean[1]?.notes.filter((note) => note.code === 'ROW_CONTINUATION_JOINED')).toEqual([
      { code: 'ROW_CONTINUATION_JOINED', field: 'wife.residence', from: 'Thôn Lạc Ý, xã Đồng Văn,', to: 'Thôn Lạc Ý, xã Đồng Văn, huyện Yên Lạc, tỉnh Vĩnh Phú' },
    ]);
    expect(clean[0]?.notes.some((note) => note.code === 'ROW_CONTINUATION_JOINED')).toBe(false);
    expect(readJsonl(join(out, '249/marriage/duplicates.jsonl'))).toEqual([]);
    expect(readJson(join(out, '249/marriage/manifest.json')).counts).toMatchObject({ rowsRead: 3, clean: 3, mergedAway: 0, skippedByReason: { 'entry-continued': 1 } });
  });

  it('joins whatever the second line types, even text that goes on in capitals, and is one entry when it types nothing', async () => {
    const rows: Cell[][] = [
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1997'],
      MARRIAGE_HEADER,
      couple(1, '10/01/1997', 'Nguyễn Văn Thắng', 'Trần Thị Hoa', 'Thôn Lạc Ý'),
      [null, null, null, null, null, null, null, 'Xã Đồng Văn'],
      couple(2, '22/02/1997', 'Lê Văn Bình', 'Phạm Thị Nhung'),
      [],
      couple(3, '05/05/1997', 'Đào Văn Hiếu', 'Nguyễn Thị Sen'),
    ];
    const path = await writeWorkbook('ket-hon-quat-luu-1997.xlsx', rows, [...mergedOverTwoRows(3, ['H']), ...mergedOverTwoRows(5, [])]);
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl')) as { provenance: { row: number }; husband: { fullName: string }; wife: { residence: string }; notes: Note[] }[];
    expect(clean.map((record) => [record.provenance.row, record.husband.fullName, record.wife.residence])).toEqual([
      [3, 'Nguyễn Văn Thắng', 'Thôn Lạc Ý, Xã Đồng Văn'],
      [5, 'Lê Văn Bình', 'Thôn Quất Lưu'],
      [7, 'Đào Văn Hiếu', 'Thôn Quất Lưu'],
    ]);
    expect(clean[1]?.notes.some((note) => note.code === 'ROW_CONTINUATION_JOINED')).toBe(false);
    expect(readJson(join(out, '249/marriage/manifest.json')).counts).toMatchObject({ rowsRead: 3, mergedAway: 0, skippedByReason: { 'entry-continued': 2 } });
  });

  it('leaves twins apart: their names are not merged, only what they share', async () => {
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha'];
    const rows: Cell[][] = [
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      header,
      [10, '16/03/1998', 'Nguyễn Văn An', 'Nam', '10/03/1998', 'Trần Thị Bích', 1975, 'Nguyễn Văn Bình', 1972],
      [null, null, 'Nguyễn Văn Khang', 'Nam', null, null, null, null, null],
    ];
    // The 'Số' merged too: twins under one number (README, Known limits), still two entries.
    const path = await writeWorkbook('khai-sinh-1998.xlsx', rows, ['A3:A4', 'B3:B4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:I4']);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { child: { fullName: string }; mother: { fullName: string } }[];
    expect(clean.map((record) => [record.child.fullName, record.mother.fullName])).toEqual([
      ['Nguyễn Văn An', 'Trần Thị Bích'],
      ['Nguyễn Văn Khang', 'Trần Thị Bích'],
    ]);
  });
});

describe('an entry typed over two lines without merged cells', () => {
  /** Tam Hợp's 1998 birth book with the child's entry `number`, its mother's name and birth year left for the line below. */
  const withoutMother = (number: number, name: string): string =>
    `${number};1${number}/02/1998;${name};Nam;0${number}/02/1998;Trạm y tế xã Tam Hợp;;;Thôn Ngọc Bảo, xã Tam Hợp;Nguyễn Văn Bình;1970;Thôn Ngọc Bảo, xã Tam Hợp;`;
  const readMothers = (lines: string[]): Promise<string[]> => readRows(lines, (record) => `${record.child.fullName} | ${record.mother.fullName} ${record.mother.birthYear}`);

  it('reads the mother typed on the line under the child as the entry\'s, and skips that line as entry-continued', async () => {
    expect(
      await readMothers([
        birth(1, 'Nguyễn Văn Hùng', 'Thôn Ngọc Bảo, xã Tam Hợp'),
        withoutMother(2, 'Đỗ Văn Thuỷ'),
        line({ 6: 'Lê Thị Hằng', 7: '1975' }),
        birth(3, 'Lê Văn Đức', 'Thôn Ngọc Bảo, xã Tam Hợp'),
      ]),
    ).toEqual([
      '3: Nguyễn Văn Hùng | Trần Thị Mai 1972',
      '4: Đỗ Văn Thuỷ | Lê Thị Hằng 1975 [mother.fullName, mother.birthYear]',
      '5: entry-continued',
      '6: Lê Văn Đức | Trần Thị Mai 1972',
    ]);
  });

  it('leaves a line of remarks alone to the remarks\' own continuation, without a note', async () => {
    expect(await readBook([birth(1, 'Nguyễn Văn Hùng', 'Thôn Ngọc Bảo, xã Tam Hợp'), line({ 12: 'bản chính bị mất' })])).toEqual([
      '3: Nguyễn Văn Hùng | Thôn Ngọc Bảo, xã Tam Hợp | Thôn Ngọc Bảo, xã Tam Hợp',
      '4: remarks-continued',
    ]);
  });

  it('leaves a line that types a number, a cell the entry filled, or a footer to be what it is', async () => {
    expect(
      await readMothers([
        // A line with its own number is an entry missing its child's name, not the rest of the one above.
        withoutMother(1, 'Nguyễn Văn Hùng'),
        `2;;;;;;Lê Thị Hằng;1975;;;;;`,
        // The entry above has its mother: a second mother is no rest of it.
        birth(3, 'Trần Văn Nam', 'Thôn Ngọc Bảo, xã Tam Hợp'),
        line({ 6: 'Lê Thị Hằng', 7: '1975' }),
        // Under an entry without mother: a signature block is a footer.
        withoutMother(4, 'Vũ Văn Minh'),
        line({ 6: 'Người ghi sổ', 9: 'Chủ tịch UBND xã' }),
      ]),
    ).toEqual(['3: Nguyễn Văn Hùng | null null', '4: rejected', '5: Trần Văn Nam | Trần Thị Mai 1972', '6: rejected', '7: Vũ Văn Minh | null null', '8: footer']);
  });
});

describe('a marriage typed over two lines without merged cells', () => {
  it('reads the wife typed on the line under the husband as the same marriage; a husband on the next line is another entry', async () => {
    const rows: Cell[][] = [
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1997'],
      MARRIAGE_HEADER,
      couple(1, '10/01/1997', 'Nguyễn Văn Thắng', 'Trần Thị Hoa'),
      [2, '22/02/1997', 'Lê Văn Bình', '01/02/1971', 'Thôn Quất Lưu', null, null, null, null],
      [null, null, null, null, null, 'Phạm Thị Nhung', '05/06/1974', 'Thôn Lạc Ý'],
      [3, '05/05/1997', 'Đào Văn Hiếu', '01/01/1972', 'Thôn Quất Lưu', null, null, null, null],
      [null, null, 'Vũ Văn Long', '01/01/1973', null, null, null, null, null],
    ];
    const path = await writeWorkbook('ket-hon-quat-luu-1997.xlsx', rows, []);
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl')) as { provenance: { row: number }; husband: { fullName: string }; wife: { fullName: string; residence: string } }[];
    expect(clean.map((record) => [record.provenance.row, record.husband.fullName, record.wife.fullName, record.wife.residence])).toEqual([
      [3, 'Nguyễn Văn Thắng', 'Trần Thị Hoa', 'Thôn Quất Lưu'],
      [4, 'Lê Văn Bình', 'Phạm Thị Nhung', 'Thôn Lạc Ý'],
    ]);
    const rejected = readJsonl(join(out, '249/marriage/rejected.jsonl')) as { provenance: { row: number } }[];
    expect(rejected.map((row) => row.provenance.row)).toEqual([6, 7]);
    expect(readJson(join(out, '249/marriage/manifest.json')).counts).toMatchObject({ rowsRead: 4, skippedByReason: { 'entry-continued': 1 } });
  });
});
