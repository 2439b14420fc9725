import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { readJsonl, runInto } from './run-helpers.js';

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const HEADER = 'STT;Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Nơi sinh;Họ và tên mẹ;Năm sinh mẹ;Họ và tên cha;Năm sinh cha';

interface Child {
  fullName: string;
  birthDate: string | null;
  mother: string | null;
  father: string | null;
  registered: string | null;
}

/** Each entry's child, birth date, parents and registration date, or its rejection codes. */
async function readBook(lines: string[]): Promise<(Child | string[])[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-ditto-')), 'so-khai-sinh.csv');
  writeFileSync(path, `\uFEFFUBND XÃ TAM HỢP\r\n${HEADER}\r\n${lines.join('\r\n')}\r\n`);
  const options = { provinceCode: '26', districtCode: '249', file: 'so-khai-sinh.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const entries: (Child | string[])[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind !== 'row') continue;
    if (event.outcome.kind !== 'clean') {
      entries.push(event.outcome.rejected.errors.map((error) => error.code));
      continue;
    }
    const record = event.outcome.record as {
      child: { fullName: string; birthDate: string | null };
      mother: { fullName: string | null } | null;
      father: { fullName: string | null } | null;
      registration: { date: string | null };
    };
    entries.push({
      fullName: record.child.fullName,
      birthDate: record.child.birthDate,
      mother: record.mother?.fullName ?? null,
      father: record.father?.fullName ?? null,
      registered: record.registration.date,
    });
  }
  return entries;
}

interface Note {
  code: string;
  field: string;
  from: string;
  to: string;
}

/** What one entry became: its record's notes and warnings, or its rejection's errors and warnings. */
interface EntryRead {
  row: number;
  kind: 'clean' | 'rejected';
  record?: Record<string, any>;
  notes: Note[];
  warnings: { code: string; field: string; message: string }[];
  errors: { code: string; field: string; column: string | null; value: string | null }[];
  /** Every finding of the row, a rejected row's notes included (what errors.xlsx counts). */
  codes: string[];
}

/** Every entry of a CSV book (';'): a title line, the header, then `lines`. */
async function readEntries(file: string, title: string, header: string, lines: string[]): Promise<EntryRead[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-ditto-')), file);
  writeFileSync(path, `\uFEFF${title}\r\n${header}\r\n${lines.join('\r\n')}\r\n`);
  return readEntriesOf(path, file, '249');
}

/** What each entry of a register file became. */
async function readEntriesOf(path: string, file: string, districtCode: string): Promise<EntryRead[]> {
  const options = { provinceCode: '26', districtCode, file, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const entries: EntryRead[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind !== 'row') continue;
    const { outcome } = event;
    const codes = outcome.findings.map((finding) => finding.code);
    if (outcome.kind === 'clean') {
      const { record } = outcome;
      entries.push({ row: event.rowNumber, kind: 'clean', record, notes: record.notes as Note[], warnings: record.warnings as EntryRead['warnings'], errors: [], codes });
    } else {
      const { errors, warnings } = outcome.rejected;
      entries.push({ row: event.rowNumber, kind: 'rejected', notes: [], warnings, errors: errors.map(({ code, field, column, value }) => ({ code, field, column, value })), codes });
    }
  }
  return entries;
}

const dittoNotes = (entry: EntryRead | undefined): Note[] => entry?.notes.filter((note) => note.code === 'CELL_DITTO_FILLED') ?? [];
const filled = (field: string, from: string, to: string): Note => ({ code: 'CELL_DITTO_FILLED', field, from, to });

const BIRTH_HEADER =
  'STT;Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Nơi sinh;Họ và tên mẹ;Năm sinh mẹ;Nơi cư trú của mẹ;Họ và tên cha;Năm sinh cha;Nơi cư trú của cha';
const TWIN_ONE = '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Thôn Tam Lộng, xã Tam Hợp;Nguyễn Văn Bình;1972;Thôn Tam Lộng, xã Tam Hợp';

describe('ditto marks', () => {
  it('give the second twin the birth date, parents and registration date of the entry above', async () => {
    const entries = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      // A '"' cell as Excel exports it: quoted, the quote doubled.
      '2;13;"""";Nguyễn Văn Hưng;Nam;"""";"""";"""";"""";nt;như trên',
      '3;14;- nt -;Nguyễn Thị Lan;Nữ;〃;”;Lê Thị Hoa;1980;Phạm Văn Tú;1978',
    ]);
    const first = { birthDate: '2001-03-01', mother: 'Trần Thị Mai', father: 'Nguyễn Văn Bình', registered: '2001-03-05' };
    expect(entries).toEqual([
      { fullName: 'Nguyễn Văn Hùng', ...first },
      { fullName: 'Nguyễn Văn Hưng', ...first },
      { fullName: 'Nguyễn Thị Lan', birthDate: '2001-03-01', mother: 'Lê Thị Hoa', father: 'Phạm Văn Tú', registered: '2001-03-05' },
    ]);
  });

  it("are read when typed as two slashes ('//', '-//-'), while one slash or a blank date stays empty", async () => {
    const entries = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      TWIN_ONE,
      '2;13;//;Nguyễn Văn Hưng;Nam;-//-;//;Trần Thị Mai;1975;//;Nguyễn Văn Bình;1972;- // -',
      '3;14;06/03/2001;Lê Thị Hoa;Nữ;02/03/2001;Trạm y tế xã Tam Hợp;Phạm Thị Lan;1980;/;Lê Văn Tú;1978;  /  /',
    ]);
    const [, second, third] = entries;
    expect(second?.record).toMatchObject({
      registration: { date: '2001-03-05' },
      child: { birthDate: '2001-03-01', birthPlace: 'Trạm y tế xã Tam Hợp' },
      mother: { residence: 'Thôn Tam Lộng, xã Tam Hợp' },
      father: { residence: 'Thôn Tam Lộng, xã Tam Hợp' },
    });
    expect(dittoNotes(second).map((note) => note.from)).toEqual(['//', '-//-', '//', '//', '- // -']);
    expect(third?.record).toMatchObject({ mother: { residence: null }, father: { residence: null } });
    expect(dittoNotes(third)).toEqual([]);
  });

  it("are read in capitals or with a full stop ('NHƯ TRÊN', 'Như trên.')", async () => {
    const entries = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      '2;13;NHƯ TRÊN;Nguyễn Văn Hưng;Nam;Như trên.;;N.T;;nt;',
    ]);
    expect(entries[1]).toMatchObject({ birthDate: '2001-03-01', mother: 'Trần Thị Mai', registered: '2001-03-05' });
  });

  it('copy nothing across a signature block or from a record out of line: the mark is then no value', async () => {
    const afterFooter = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      ';Người ghi sổ;;;;;;;Chủ tịch;;',
      ';Nguyễn Thị Hạnh;;;;;;;Trần Văn Bình;;',
      '1;1;02/01/2002;Lê Văn Hòa;Nam;nt;nt;Lê Thị Hoa;1980;Lê Văn Tú;1978',
    ]);
    expect(afterFooter[1]).toEqual(['FIELD_REQUIRED']);
    // The record above has one field too many (an unquoted ';' in the place): its cells are out of line.
    const afterExtra = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      '2;13;06/03/2001;Phạm Văn An;Nam;02/03/2001;Thôn 3; xã Tam Hợp;Đỗ Thị Lan;1979;Phạm Văn Hải;1976',
      '3;14;nt;Phạm Văn Bình;Nam;nt;nt;nt;nt;nt;nt',
    ]);
    expect(afterExtra[1]).toEqual(expect.arrayContaining(['CSV_EXTRA_FIELDS']));
    expect(afterExtra[2]).toEqual(expect.arrayContaining(['FIELD_REQUIRED']));
  });

  it('leave a mark with nothing above empty (and so rejected where a value is required)', async () => {
    const entries = await readBook(['1;12;05/03/2001;Nguyễn Văn Hùng;Nam;"""";Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972']);
    expect(entries).toEqual([['FIELD_REQUIRED']]);
  });

  it('leave an audit note per field they filled: the mark as typed, the value the field took', async () => {
    // Twins, the second typed with marks for what the two share ('"' as Excel exports it: quoted, the quote doubled).
    const [first, second, third] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      TWIN_ONE,
      '2;13;"""";Nguyễn Thị Hoa;Nữ;"""";nt;"""";nt;- nt -;N.T;"""";như trên',
      '3;14;06/03/2001;Lê Văn Tú;Nam;02/03/2001;Trạm y tế xã Tam Hợp;Đỗ Thị Lan;1980;Thôn Lũng Ngoài, xã Tam Hợp;Lê Văn Hải;1978;""""',
    ]);
    expect(second?.kind).toBe('clean');
    expect(dittoNotes(second)).toEqual([
      filled('registration.date', '"', '2001-03-05'),
      filled('child.birthDate', '"', '2001-03-01'),
      filled('child.birthPlace', 'nt', 'Trạm y tế xã Tam Hợp'),
      filled('mother.fullName', '"', 'Trần Thị Mai'),
      filled('mother.birthYear', 'nt', '1975'),
      filled('mother.residence', '- nt -', 'Thôn Tam Lộng, xã Tam Hợp'),
      filled('father.fullName', 'N.T', 'Nguyễn Văn Bình'),
      filled('father.birthYear', '"', '1972'),
      filled('father.residence', 'như trên', 'Thôn Tam Lộng, xã Tam Hợp'),
    ]);
    expect(second?.warnings).toEqual([]);
    // The entry typed in full has no ditto note; a mark beside cells typed in full has its own only.
    expect(dittoNotes(first)).toEqual([]);
    expect(first?.warnings).toEqual([]);
    // Another family of the same village: the mark copies the residence of the entry above, the twin's.
    expect(dittoNotes(third)).toEqual([filled('father.residence', '"', 'Thôn Tam Lộng, xã Tam Hợp')]);
  });

  it('note the value the field took, normalized, when the copied cell is corrected too', async () => {
    const [first, second] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      '1;12;5/3/01;Nguyễn Văn Hùng;Nam;1/3/01;Trạm y tế xã Tam Hợp;TRẦN THỊ MAI;1975;Thôn Tam Lộng, xã Tam Hợp;Nguyễn Văn Bình;1972;',
      '2;13;"""";Nguyễn Thị Hoa;Nữ;"""";;nt;;;;;',
    ]);
    // The copy is corrected as the cell it copies (with the same notes), and its own note names the corrected value.
    expect(first?.notes.map((note) => note.code)).toContain('DATE_TWO_DIGIT_YEAR');
    expect(second?.notes.filter((note) => note.code === 'DATE_TWO_DIGIT_YEAR').map((note) => note.field)).toEqual(['registration.date', 'child.birthDate']);
    expect(first?.record?.mother.fullName).toBe('Trần Thị Mai');
    expect(dittoNotes(second)).toEqual([
      filled('registration.date', '"', '2001-03-05'),
      filled('child.birthDate', '"', '2001-03-01'),
      filled('mother.fullName', 'nt', 'Trần Thị Mai'),
    ]);
  });

  it('in the first entry copy nothing and say so beside the missing field, with no note', async () => {
    const [entry] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      '1;12;nt;Nguyễn Văn Hùng;Nam;"""";Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Thôn Tam Lộng, xã Tam Hợp;Nguyễn Văn Bình;1972;nt',
    ]);
    expect(entry?.kind).toBe('rejected');
    expect(entry?.errors).toEqual([
      { code: 'FIELD_REQUIRED', field: 'child.birthDate', column: 'F', value: null },
      { code: 'FIELD_REQUIRED', field: 'registration.date', column: 'C', value: null },
    ]);
    expect(entry?.warnings.map(({ code, field }) => [code, field])).toEqual([
      ['CELL_DITTO_NOTHING_TO_COPY', 'registration.date'],
      ['CELL_DITTO_NOTHING_TO_COPY', 'child.birthDate'],
      ['CELL_DITTO_NOTHING_TO_COPY', 'father.residence'],
    ]);
    expect(entry?.warnings[1]?.message).toBe(
      'Ô ghi dấu nhắc lại «"» (như trên) nhưng không có giá trị nào ở mục đăng ký ngay trên để chép (mục đầu tiên của trang tính, mục ngay sau dòng chữ ký, sau dòng tiêu đề cột theo mẫu sổ khác hoặc sau một dòng bị lệch cột, hay ô đó của mục trên để trống): ô được coi là để trống.',
    );
    expect(entry?.codes).not.toContain('CELL_DITTO_FILLED');
  });

  it('warn of a mark with nothing to copy in an entry that is loaded all the same', async () => {
    const [first, second] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      // The mother's residence left empty above: the twin's 'nt' there copies nothing.
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;;Nguyễn Văn Bình;1972;Thôn Tam Lộng, xã Tam Hợp',
      '2;13;05/03/2001;Nguyễn Thị Hoa;Nữ;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;nt;Nguyễn Văn Bình;1972;Thôn Tam Lộng, xã Tam Hợp',
    ]);
    expect(first?.warnings).toEqual([]);
    expect(second?.kind).toBe('clean');
    expect(second?.record?.mother.residence).toBeNull();
    expect(second?.warnings.map(({ code, field }) => [code, field])).toEqual([['CELL_DITTO_NOTHING_TO_COPY', 'mother.residence']]);
    expect(dittoNotes(second)).toEqual([]);
  });

  it('take the value the sheet prints above its header, as an empty cell does: no warning', async () => {
    const [entry] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', `${BIRTH_HEADER};Nơi đăng ký`, [`${TWIN_ONE};nt`]);
    expect(entry?.kind).toBe('clean');
    expect(entry?.record?.registration).toMatchObject({ communeCode: '08953' });
    expect(entry?.warnings).toEqual([]);
    expect(dittoNotes(entry)).toEqual([]);
  });

  it('leave one note per field read from several cells: a name over Họ | Chữ đệm | Tên, a date over three columns', async () => {
    const header = 'STT;Số;Ngày đăng ký;Họ;Chữ đệm;Tên;Giới tính;Ngày sinh;Tháng sinh;Năm sinh;Họ và tên mẹ;Năm sinh mẹ';
    const [, second, third] = await readEntries('so-khai-sinh.csv', 'UBND XÃ BÁ HIẾN', header, [
      '1;1;20/12/1985;Nguyễn;Văn;Hùng;Nam;5;3;1985;Trần Thị Lan;1960',
      '2;2;nt;nt;Văn;Hưng;Nam;"""";"""";"""";nt;nt',
      '3;3;20/12/1985;"""";"""";Hà;Nữ;nt;"""";nt;nt;nt',
    ]);
    expect(second?.record?.child).toMatchObject({ fullName: 'Nguyễn Văn Hưng', birthDate: '1985-03-05' });
    expect(dittoNotes(second)).toEqual([
      filled('registration.date', 'nt', '1985-12-20'),
      filled('child.fullName', 'nt', 'Nguyễn Văn Hưng'),
      filled('child.birthDate', '"', '1985-03-05'),
      filled('mother.fullName', 'nt', 'Trần Thị Lan'),
      filled('mother.birthYear', 'nt', '1960'),
    ]);
    // Two marks in one field: each named once, in the order of the columns.
    expect(third?.record?.child).toMatchObject({ fullName: 'Nguyễn Văn Hà', birthDate: '1985-03-05' });
    expect(dittoNotes(third).slice(0, 2)).toEqual([filled('child.fullName', '"', 'Nguyễn Văn Hà'), filled('child.birthDate', 'nt "', '1985-03-05')]);
  });

  it('leave their notes in a marriage book: couples of one village registered the same day', async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên chồng;Ngày sinh chồng;Nơi cư trú chồng;Họ và tên vợ;Ngày sinh vợ;Nơi cư trú vợ;Ghi chú';
    const [, second] = await readEntries('so-ket-hon-2016.csv', 'UBND XÃ THIỆN KẾ', header, [
      '1;02/02/2016;Nguyễn Văn Nam;12/03/1990;Thôn Lập Đinh, xã Thiện Kế;Đỗ Thị Hoa;20/10/1993;Thôn Lập Đinh, xã Thiện Kế;',
      '2;〃;Trần Văn Quý;05/07/1991;nt;Lê Thị Thu;14/01/1994;nt;',
    ]);
    expect(second?.kind).toBe('clean');
    expect(dittoNotes(second)).toEqual([
      filled('registration.date', '〃', '2016-02-02'),
      filled('husband.residence', 'nt', 'Thôn Lập Đinh, xã Thiện Kế'),
      filled('wife.residence', 'nt', 'Thôn Lập Đinh, xã Thiện Kế'),
    ]);
    expect(second?.warnings).toEqual([]);
  });

  it('leave their notes in a death book: old people dead at home, registered the same day', async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên người chết;Năm sinh;Giới tính;Ngày chết;Nơi chết;Nguyên nhân chết';
    const [, second] = await readEntries('so-khai-tu-2005.csv', 'UBND XÃ TRUNG KIÊN', header, [
      '7;14/03/2005;Phạm Văn Tỵ;1921;Nam;10/03/2005;Tại nhà;Già yếu',
      '8;nt;Lê Thị Dần;1926;Nữ;12/03/2005;"""";""""',
    ]);
    expect(second?.kind).toBe('clean');
    expect(dittoNotes(second)).toEqual([
      filled('registration.date', 'nt', '2005-03-14'),
      filled('deathPlace', '"', 'Tại nhà'),
      filled('cause', '"', 'Già yếu'),
    ]);
  });

  it("leave '//' blank in an ID column (an ID is one person's) and under a blank cell: the slashes say \"none\"", async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên người chết;Năm sinh;Giới tính;Số CMND;Ngày chết;Nơi chết;Nguyên nhân chết;Ghi chú';
    const [, second] = await readEntries('so-khai-tu-2005.csv', 'UBND XÃ TAM HỢP', header, [
      '7;14/03/2005;Phạm Văn Tỵ;1931;Nam;135024567;10/03/2005;Tại nhà;Già yếu;',
      '8;//;Lê Thị Dần;1926;Nữ;//;12/03/2005;//;//;//',
    ]);
    expect(second?.record).toMatchObject({ remarks: null });
    // Nor under a blank mark: a column of '//' below an empty cell stays empty, without a note.
    const [, , , fourth] = await readEntries('so-khai-tu-2005.csv', 'UBND XÃ TAM HỢP', header, [
      '7;14/03/2005;Phạm Văn Tỵ;1931;Nam;;10/03/2005;Tại nhà;Già yếu;',
      '8;14/03/2005;Lê Thị Dần;1926;Nữ;;12/03/2005;Tại nhà;Già yếu;//',
      '9;15/03/2005;Lê Văn Dần;1928;Nam;;13/03/2005;Tại nhà;Già yếu;-',
      '10;16/03/2005;Lê Văn Tý;1929;Nam;;14/03/2005;Tại nhà;Già yếu;//',
    ]);
    expect(fourth?.record).toMatchObject({ remarks: null });
    expect(dittoNotes(fourth)).toEqual([]);
    expect(second?.kind).toBe('clean');
    expect(second?.record).toMatchObject({ deceased: { personalId: null } });
    expect(second?.warnings).toEqual([]);
    expect(dittoNotes(second).map((note) => note.field)).toEqual(['registration.date', 'deathPlace', 'cause']);
  });

  it("copy no ID into the deceased's ID column: '\"', 'nt', '-nt-' there leave it empty with ID_DITTO_MARK", async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên người chết;Ngày sinh;Giới tính;Số định danh cá nhân;Nơi cư trú;Ngày chết;Nơi chết;Nguyên nhân chết';
    const entries = await readEntries('so-khai-tu-2020.csv', 'UBND THỊ TRẤN ĐẠO ĐỨC', header, [
      '1;09/01/2020;Trần Văn Hùng;01/04/1940;Nam;026040100120;Thôn Lạc Ý, xã Đạo Đức;03/01/2020;Tại nhà;Bệnh',
      '2;09/02/2020;Nguyễn Thị Ngọc;02/04/1941;Nữ;"""";"""";03/02/2020;Tại nhà;Bệnh',
      '3;09/03/2020;Lê Văn Sơn;03/04/1942;Nam;nt;nt;03/03/2020;Tại nhà;Bệnh',
      '4;09/04/2020;Đỗ Thị Phương;04/04/1943;Nữ;-nt-;nt;03/04/2020;Tại nhà;Bệnh',
    ]);
    expect(entries.map((entry) => entry.kind)).toEqual(['clean', 'clean', 'clean', 'clean']);
    for (const [at, mark] of [[1, '"'], [2, 'nt'], [3, 'nt']] as const) {
      const entry = entries[at];
      expect(entry?.record).toMatchObject({ deceased: { personalId: null, residence: 'Thôn Lạc Ý, xã Đạo Đức' } });
      expect(entry?.warnings.map((warning) => [warning.code, warning.field])).toEqual([['ID_DITTO_MARK', 'deceased.personalId']]);
      expect(dittoNotes(entry).map((note) => [note.field, note.from])).toEqual([['deceased.residence', mark]]);
    }
  });

  it("copy no ID into a child's or a spouse's ID column, but still a twin's mother's and father's", async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Số định danh cá nhân;Họ và tên mẹ;Năm sinh mẹ;Số CCCD mẹ;Họ và tên cha;Năm sinh cha;Số CCCD cha';
    const [first, twin] = await readEntries('so-khai-sinh-2021.csv', 'UBND THỊ TRẤN HƯƠNG CANH', header, [
      '1;05/03/2021;Vũ Văn Hùng;Nam;09/02/2021;026221100050;Dương Thị Nhung;1993;026193100061;Vũ Văn Sơn;1990;026090100062',
      '2;05/03/2021;Vũ Thị Hương;Nữ;"""";"""";"""";"""";"""";"""";"""";""""',
    ]);
    expect(first?.kind).toBe('clean');
    expect(twin?.kind).toBe('clean');
    expect(twin?.record).toMatchObject({
      child: { personalId: null, birthDate: '2021-02-09' },
      mother: { fullName: 'Dương Thị Nhung', personalId: '026193100061' },
      father: { fullName: 'Vũ Văn Sơn', personalId: '026090100062' },
    });
    expect(twin?.warnings.map((warning) => [warning.code, warning.field])).toEqual([['ID_DITTO_MARK', 'child.personalId']]);
    const marriage = 'Số;Ngày đăng ký;Họ và tên chồng;Ngày sinh chồng;Số CMND chồng;Họ và tên vợ;Ngày sinh vợ;Số CMND vợ';
    const [, second] = await readEntries('so-ket-hon-2016.csv', 'UBND XÃ HƯƠNG SƠN', marriage, [
      '1;15/01/2016;Nguyễn Văn Tuấn;03/06/1988;135000111;Lê Thị Lan;01/08/1992;026192100080',
      '2;15/02/2016;Trần Văn Minh;04/06/1989;nt;Bùi Thị Hoa;02/08/1993;""""',
    ]);
    expect(second?.kind).toBe('clean');
    expect(second?.record).toMatchObject({ husband: { personalId: null }, wife: { personalId: null } });
    expect(second?.warnings.map((warning) => [warning.code, warning.field]).sort()).toEqual([['ID_DITTO_MARK', 'husband.personalId'], ['ID_DITTO_MARK', 'wife.personalId']]);
  });

  it("copy a parent's ID only for the same parent: under another mother's name a mark there copies nothing", async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Họ và tên mẹ;Năm sinh mẹ;Số CCCD mẹ;Họ và tên cha;Năm sinh cha;Số CCCD cha';
    const entries = await readEntries('so-khai-sinh-2015.csv', 'UBND XÃ THANH LÃNG', header, [
      '1;02/05/2015;Trần Thị Linh;Nữ;10/04/2015;Vũ Thị Hằng;1992;026192100091;Trần Văn Minh;1989;026089100092',
      '2;02/06/2015;Đỗ Văn Huy;Nam;10/05/2015;Nguyễn Thị Phương;1992;"""";Đỗ Văn Hải;1989;026089100094',
      '3;02/06/2015;Đỗ Thị Hà;Nữ;10/05/2015;Nguyễn Thị Phương;1992;"""";Đỗ Văn Hải;1989;nt',
    ]);
    expect(entries.map((entry) => entry.kind)).toEqual(['clean', 'clean', 'clean']);
    expect(entries[1]?.record).toMatchObject({ mother: { fullName: 'Nguyễn Thị Phương', personalId: null }, father: { personalId: '026089100094' } });
    expect(entries[1]?.warnings.map((warning) => [warning.code, warning.field])).toEqual([['ID_DITTO_MARK', 'mother.personalId']]);
    // The twin below: her mother's name typed again, the father's ID marked: both parents are the ones above, whose
    // numbers the marks copy (the mother's was left blank above: nothing to copy, as for any column).
    expect(entries[2]?.record).toMatchObject({ mother: { personalId: null }, father: { fullName: 'Đỗ Văn Hải', personalId: '026089100094' } });
    expect(entries[2]?.warnings.map((warning) => warning.code)).toEqual(['CELL_DITTO_NOTHING_TO_COPY']);
  });

  it('are counted in errors.xlsx as other notes are; a mark with nothing to copy is listed at its cell', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-ditto-run-')), 'so-khai-sinh-tam-hop-2001.csv');
    const lines = [
      '1;11;05/03/2001;Phạm Văn An;Nam;28/02/2001;Trạm y tế xã Tam Hợp;Đỗ Thị Lan;1979;;nt;1976;',
      TWIN_ONE.replace(/^1;/, '2;'),
      '3;13;"""";Nguyễn Thị Hoa;Nữ;"""";nt;"""";nt;nt;nt;nt;nt',
    ];
    writeFileSync(path, `\uFEFFUBND XÃ TAM HỢP\r\n${BIRTH_HEADER}\r\n${lines.join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean).toHaveLength(3);
    expect((clean[2]!.notes as Note[]).filter((note) => note.code === 'CELL_DITTO_FILLED')).toHaveLength(9);
    expect(clean[0]!.warnings).toMatchObject([{ code: 'CELL_DITTO_NOTHING_TO_COPY', field: 'father.fullName' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '249/birth/errors.xlsx'));
    const rows = (name: string): unknown[][] => {
      const values: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => values.push(Array.isArray(row.values) ? row.values.slice(1) : []));
      return values;
    };
    // The summary counts notes by code, as it counts every note; the detail lists warnings and errors only.
    expect(rows('Tổng hợp').find((values) => values[0] === 'CELL_DITTO_FILLED')).toEqual(['CELL_DITTO_FILLED', 'Tự sửa', expect.stringContaining('như trên'), 9]);
    const detail = rows('Chi tiết');
    expect(detail.some((values) => values[1] === 'CELL_DITTO_FILLED')).toBe(false);
    const warning = detail.find((values) => values[1] === 'CELL_DITTO_NOTHING_TO_COPY');
    expect(warning?.slice(0, 4)).toEqual(['Cảnh báo', 'CELL_DITTO_NOTHING_TO_COPY', expect.stringMatching(/^Họ và tên cha: Ô ghi dấu nhắc lại «nt»/), 'so-khai-sinh-tam-hop-2001.csv']);
    // Row, column and the cell as typed.
    expect(warning?.slice(5, 8)).toEqual([3, 'K', 'nt']);
  });
});

/** Every entry of a one-sheet workbook: `rows` under a title line, each cell in `font` (as typed: encode legacy text first). */
async function readWorkbook(rows: (string | number | null)[][], font: string, merges: string[] = []): Promise<EntryRead[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('1998');
  for (const values of rows) {
    const row = sheet.addRow(values);
    values.forEach((value, index) => {
      if (value !== null) row.getCell(index + 1).font = { name: font, size: 12 };
    });
  }
  for (const range of merges) sheet.mergeCells(range);
  const file = 'KS_VinhThinh_1998.xlsx';
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-ditto-')), file);
  await workbook.xlsx.writeFile(path);
  return readEntriesOf(path, file, '252');
}

const VINH_THINH = 'Vĩnh Thịnh, Vĩnh Tường, Vĩnh Phúc';
const VINH_THINH_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Quê quán', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Ngày đăng ký'];

describe('ditto marks under a section title', () => {
  // A book kept by quarter, month or kind of registration: the clerk writes the section's title
  // alone in the name column between two entries, and 'nt' in the entry below still means the entry above.
  it.each(['QUÝ II', 'Tháng 4', 'Đăng ký quá hạn', 'Năm 2001', '- 2 -'])("copy the entry above across a line '%s' between entries", async (title) => {
    const entries = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      TWIN_ONE,
      `;;;${title};;;;;;;;;`,
      '2;13;nt;Lê Văn Tú;Nam;02/03/2001;nt;Đỗ Thị Lan;1980;nt;Lê Văn Hải;1978;""""',
    ]);
    expect(entries.map((entry) => entry.row)).toEqual([3, 5]);
    const [, second] = entries;
    expect(second?.kind).toBe('clean');
    expect(dittoNotes(second)).toEqual([
      filled('registration.date', 'nt', '2001-03-05'),
      filled('child.birthPlace', 'nt', 'Trạm y tế xã Tam Hợp'),
      filled('mother.residence', 'nt', 'Thôn Tam Lộng, xã Tam Hợp'),
      filled('father.residence', '"', 'Thôn Tam Lộng, xã Tam Hợp'),
    ]);
    expect(second?.warnings).toEqual([]);
  });

  it("copy the hometown of the entry above a quarter's title centred over the row, and every mark after it", async () => {
    const entries = await readWorkbook(
      [
        ['UBND XÃ VĨNH THỊNH'],
        [null, null, 'SỔ ĐĂNG KÝ KHAI SINH NĂM 1998'],
        [],
        VINH_THINH_HEADER,
        [1, 'Trần Văn Khoa', '02/03/1998', 'Nam', VINH_THINH, 'Lê Thị Mận', 1972, 'Trần Văn Quý', 1970, '20/03/1998'],
        [2, 'Phạm Thị Hồng', '11/05/1998', 'Nữ', 'nt', 'Đỗ Thị Thơm', 1975, 'Phạm Văn Lợi', 1973, '01/06/1998'],
        [null, 'Quý III'],
        [3, 'Vũ Văn Toàn', '04/07/1998', 'Nam', 'nt', 'Bùi Thị Nhung', 1976, 'Vũ Văn Chiến', 1974, '25/07/1998'],
        [4, 'Lê Thị Hoa', '12/08/1998', 'Nữ', 'nt', 'Ngô Thị Hằng', 1978, 'Lê Văn Hậu', 1975, '30/08/1998'],
      ],
      'Times New Roman',
      ['B7:J7'],
    );
    expect(entries.map((entry) => [entry.row, entry.kind, entry.record?.child.hometown])).toEqual([
      [5, 'clean', VINH_THINH],
      [6, 'clean', VINH_THINH],
      [8, 'clean', VINH_THINH],
      [9, 'clean', VINH_THINH],
    ]);
    expect(entries.flatMap((entry) => entry.warnings)).toEqual([]);
    expect(dittoNotes(entries[2])).toEqual([filled('child.hometown', 'nt', VINH_THINH)]);
  });

  it('copy the last entry of the page before under the page header printed again (a new page of the same book)', async () => {
    const [, second] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      TWIN_ONE,
      BIRTH_HEADER,
      '2;13;nt;Lê Văn Tú;Nam;02/03/2001;Trạm y tế xã Tam Hợp;Đỗ Thị Lan;1980;nt;Lê Văn Hải;1978;nt',
    ]);
    expect(dittoNotes(second).map((note) => note.field)).toEqual(['registration.date', 'mother.residence', 'father.residence']);
    expect(second?.warnings).toEqual([]);
  });

  it('copy nothing across a total line, which ends the page as a signature block does', async () => {
    const [, second] = await readEntries('so-khai-sinh.csv', 'UBND XÃ TAM HỢP', BIRTH_HEADER, [
      TWIN_ONE,
      ';;;Cộng quý I: 12 trường hợp;;;;;;;;;',
      '2;13;02/04/2001;Lê Văn Tú;Nam;28/03/2001;Trạm y tế xã Tam Hợp;Đỗ Thị Lan;1980;nt;Lê Văn Hải;1978;Thôn Tam Lộng, xã Tam Hợp',
    ]);
    expect(second?.record?.mother.residence).toBeNull();
    expect(second?.warnings.map(({ code, field }) => [code, field])).toEqual([['CELL_DITTO_NOTHING_TO_COPY', 'mother.residence']]);
  });
});

describe('ditto marks typed in a legacy font', () => {
  const rows = (encode: (text: string) => string): (string | number | null)[][] => {
    const header = [...VINH_THINH_HEADER.slice(0, 7), 'Nơi cư trú của mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú của cha', 'Ngày đăng ký'];
    const book: (string | number | null)[][] = [
      ['UBND XÃ VĨNH THỊNH'],
      [null, null, 'SỔ ĐĂNG KÝ KHAI SINH NĂM 1999'],
      header,
      [1, 'Trần Văn Khoa', '02/03/1999', 'Nam', VINH_THINH, 'Lê Thị Mận', 1972, 'Thôn Đoài, Vĩnh Thịnh', 'Trần Văn Quý', 1970, 'Thôn Đoài, Vĩnh Thịnh', '20/03/1999'],
      [2, 'Phạm Thị Hồng', '11/05/1999', 'Nữ', 'như trên', 'Đỗ Thị Thơm', 1975, 'NHƯ TRÊN', 'Phạm Văn Lợi', 1973, 'nt', '01/06/1999'],
      [3, 'Vũ Văn Toàn', '25/05/1999', 'Nam', 'Như trên.', 'Bùi Thị Nhung', 1976, '-nt-', 'Vũ Văn Chiến', 1974, '- như trên -', '"'],
    ];
    return book.map((values) => values.map((value) => (typeof value === 'string' ? encode(value) : value)));
  };

  it.each([
    ['TCVN3 (.VnTime)', '.VnTime', encodeTcvn3],
    ['VNI (VNI-Times)', 'VNI-Times', encodeVni],
  ])('copy the entry above in a book typed in %s, as in Unicode', async (_name, font, encode) => {
    const [first, second, third] = await readWorkbook(rows(encode), font);
    expect(first?.record?.child.hometown).toBe(VINH_THINH);
    expect([second, third].map((entry) => [entry?.kind, entry?.record?.child.hometown, entry?.record?.mother.residence, entry?.record?.father.residence])).toEqual([
      ['clean', VINH_THINH, 'Thôn Đoài, Vĩnh Thịnh', 'Thôn Đoài, Vĩnh Thịnh'],
      ['clean', VINH_THINH, 'Thôn Đoài, Vĩnh Thịnh', 'Thôn Đoài, Vĩnh Thịnh'],
    ]);
    // The note names the mark as the clerk saw it in the font, not the bytes stored.
    expect(dittoNotes(second)).toEqual([
      filled('child.hometown', 'như trên', VINH_THINH),
      filled('mother.residence', 'NHƯ TRÊN', 'Thôn Đoài, Vĩnh Thịnh'),
      filled('father.residence', 'nt', 'Thôn Đoài, Vĩnh Thịnh'),
    ]);
    expect(dittoNotes(third)).toEqual([
      filled('child.hometown', 'Như trên.', VINH_THINH),
      filled('mother.residence', '-nt-', 'Thôn Đoài, Vĩnh Thịnh'),
      filled('father.residence', '- như trên -', 'Thôn Đoài, Vĩnh Thịnh'),
      filled('registration.date', '"', '1999-06-01'),
    ]);
    expect([second, third].flatMap((entry) => entry?.warnings ?? [])).toEqual([]);
  });

  it('read a CSV exported from a .VnTime book (Windows-1252 bytes) and one typed decomposed', async () => {
    const lines = [TWIN_ONE, '2;13;như trên;Nguyễn Thị Hoa;Nữ;như trên;Như trên;Trần Thị Mai;1975;NHƯ TRÊN;Nguyễn Văn Bình;1972;- như trên -'];
    const dir = mkdtempSync(join(tmpdir(), 'hotich-ditto-'));
    const text = ['UBND XÃ TAM HỢP', BIRTH_HEADER, ...lines].join('\r\n') + '\r\n';
    const files = { 'so-khai-sinh-tcvn3.csv': iconv.encode(encodeTcvn3(text), 'win1252'), 'so-khai-sinh-nfd.csv': Buffer.from(`\uFEFF${text.normalize('NFD')}`) };
    for (const [file, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, file), bytes);
      const options = { provinceCode: '26', districtCode: '249', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
      const records: Record<string, any>[] = [];
      for await (const event of readRegister(join(dir, file), options)) if (event.kind === 'row' && event.outcome.kind === 'clean') records.push(event.outcome.record);
      expect(records, file).toHaveLength(2);
      const second = records[1]!;
      expect([second.registration.date, second.child.birthDate, second.child.birthPlace, second.mother.residence, second.father.residence], file).toEqual([
        '2001-03-05',
        '2001-03-01',
        'Trạm y tế xã Tam Hợp',
        'Thôn Tam Lộng, xã Tam Hợp',
        'Thôn Tam Lộng, xã Tam Hợp',
      ]);
      expect((second.notes as Note[]).filter((note) => note.code === 'CELL_DITTO_FILLED').map((note) => note.from), file).toEqual([
        'như trên',
        'như trên',
        'Như trên',
        'NHƯ TRÊN',
        '- như trên -',
      ]);
      expect(second.warnings, file).toEqual([]);
    }
  });

  it('name the mark as the font shows it when it has nothing to copy', async () => {
    const book = rows(encodeTcvn3);
    book.splice(3, 1);
    const [first] = await readWorkbook(book, '.VnTime');
    expect(first?.warnings.filter((warning) => warning.code === 'CELL_DITTO_NOTHING_TO_COPY').map(({ field, message }) => [field, /^Ô ghi dấu nhắc lại «(.*?)» \(như trên\)/u.exec(message)?.[1]])).toEqual([
      ['child.hometown', 'như trên'],
      ['mother.residence', 'NHƯ TRÊN'],
      ['father.residence', 'nt'],
    ]);
  });
});
