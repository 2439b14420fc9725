import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { RunMemo } from '../../src/normalize/memo/run-memo.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

// DOMAIN.md §5: a book typed d/m/yyyy on a PC set to US dates. Excel parsed every date
// whose day is at most 12 month first and stored day and month exchanged; the others
// stayed text. The whole column tells it; a Vietnamese-locale book never does.
const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const HEADER = ['STT', 'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha'];
const PLACE = 'UBND xã Tam Hợp';
const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Phan', 'Lưu', 'Kiều', 'Tạ'];
const BOYS = ['Minh', 'Hùng', 'Tuấn', 'Đức', 'Nam', 'Long', 'Sơn', 'Hải', 'Quang', 'Thắng'];
const GIRLS = ['Lan', 'Hương', 'Trang', 'Thảo', 'Linh', 'Ngọc', 'Huyền', 'Yến', 'Mai', 'Phương'];
const SHORT_DATE = 'mm-dd-yy'; // exceljs writes built-in format 14, the locale's short date

interface Entry {
  /** As the clerk typed them, day first. */
  born: string;
  registered: string;
}

/** The same entries as Excel on a US-locale PC stored them: a Date of month `day`, day `month` when the day is at most 12, else the text. */
function onUsPc(typed: string): ExcelJS.CellValue {
  const [day, month, year] = typed.split('/').map(Number) as [number, number, number];
  return day <= 12 ? new Date(Date.UTC(year, day - 1, month)) : typed;
}

/** On a Vietnamese-locale PC: a Date of the day typed, or the text when the clerk typed it as text (`asText`). */
function onVnPc(typed: string, asText: boolean): ExcelJS.CellValue {
  const [day, month, year] = typed.split('/').map(Number) as [number, number, number];
  return asText ? typed : new Date(Date.UTC(year, month - 1, day));
}

function iso(typed: string): string {
  const [day, month, year] = typed.split('/');
  return `${year}-${month}-${day}`;
}

/** `count` entries of 2019, a few days apart, registered within three weeks. */
function entries(count: number, from = Date.UTC(2019, 0, 3)): Entry[] {
  const typed = (ms: number): string => {
    const date = new Date(ms);
    return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
  };
  return Array.from({ length: count }, (_, index) => {
    const born = from + index * 9 * 86_400_000;
    return { born: typed(born), registered: typed(born + (4 + ((index * 5) % 17)) * 86_400_000) };
  });
}

async function writeBook(folder: string, file: string, rows: { registered: ExcelJS.CellValue; born: ExcelJS.CellValue }[], numFmt = SHORT_DATE): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Khai sinh 2019');
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019']);
  sheet.addRow(HEADER);
  rows.forEach(({ registered, born }, index) => {
    const girl = index % 2 === 1;
    const family = FAMILIES[index % FAMILIES.length]!;
    const given = (girl ? GIRLS : BOYS)[Math.floor(index / 2) % 10]!;
    const name = `${family} ${girl ? 'Thị' : 'Văn'} ${given}${index >= 20 ? ' Anh' : ''}`;
    const row = sheet.addRow([index + 1, index + 1, registered, PLACE, name, born, girl ? 'Nữ' : 'Nam', 'Kinh', 'Việt Nam', `Cao Thị ${GIRLS[(index + 3) % 10]}`, 1990 + (index % 7), `${family} Văn ${BOYS[(index + 5) % 10]}`, 1988 + (index % 7)]);
    for (const column of [3, 6]) if (row.getCell(column).value instanceof Date) row.getCell(column).numFmt = numFmt;
  });
  const path = join(folder, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

interface Read {
  born: string | null;
  registered: string | null;
  notes: { code: string; field: string; from: string; to: string }[];
  warnings: { code: string; field: string; message: string }[];
  errors: string[];
}

async function readBook(path: string, memo = new RunMemo()): Promise<Read[]> {
  const options = { provinceCode: '26', districtCode: '249', file: path, options: DEFAULT_NORMALIZE_OPTIONS, indexes, memo };
  const read: Read[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind !== 'row') continue;
    const { outcome } = event;
    if (outcome.kind === 'rejected') {
      read.push({ born: null, registered: null, notes: [], warnings: outcome.rejected.warnings, errors: outcome.rejected.errors.map((error) => `${error.code} ${error.field}`) });
      continue;
    }
    const record = outcome.record as { child: { birthDate: string | null }; registration: { date: string | null }; notes: Read['notes']; warnings: Read['warnings'] };
    read.push({ born: record.child.birthDate, registered: record.registration.date, notes: record.notes, warnings: record.warnings, errors: [] });
  }
  return read;
}

const US_CODES = new Set(['DATE_US_LOCALE_SWAPPED', 'DATE_US_LOCALE_LIKELY']);
const usFindings = (read: Read[]) => read.flatMap((entry) => [...entry.notes, ...entry.warnings].filter((finding) => US_CODES.has(finding.code)));

describe('date columns typed on a PC set to US dates', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-us-dates-'));

  it('reads every date of a US-locale birth book as typed: each exchanged Date cell back, with a note from the day Excel stored', async () => {
    const book = entries(30);
    const path = await writeBook(folder, 'khai-sinh-tam-hop-2019-us.xlsx', book.map((entry) => ({ registered: onUsPc(entry.registered), born: onUsPc(entry.born) })));
    const read = await readBook(path);
    expect(read.map((entry) => [entry.born, entry.registered])).toEqual(book.map((entry) => [iso(entry.born), iso(entry.registered)]));
    // An unremarkable row has no warning; the Date cells (day ≤ 12, not the same as the month) have their audit note.
    expect(read.flatMap((entry) => entry.warnings)).toEqual([]);
    read.forEach((entry, index) => {
      const typed = book[index]!;
      const expected = (['born', 'registered'] as const).flatMap((key) => {
        const [day, month] = typed[key].split('/').map(Number) as [number, number];
        if (day > 12 || day === month) return [];
        const to = iso(typed[key]);
        const from = `${to.slice(0, 4)}-${to.slice(8, 10)}-${to.slice(5, 7)}`;
        return [{ code: 'DATE_US_LOCALE_SWAPPED', field: key === 'born' ? 'child.birthDate' : 'registration.date', from, to }];
      });
      expect(usFindings([entry]).sort((a, b) => a.field.localeCompare(b.field)), typed.born).toEqual(expected.sort((a, b) => a.field.localeCompare(b.field)));
    });
    expect(usFindings(read).length).toBeGreaterThan(10);
  });

  it('checks the dates read back across fields as usual: a birth after its registration only once exchanged is clean, one before it only once exchanged is not', async () => {
    const book = entries(24, Date.UTC(2019, 3, 1));
    const rows = book.map((entry) => ({ registered: onUsPc(entry.registered), born: onUsPc(entry.born) }));
    // Born 3 February, registered 20 February: stored as 2 March, the birth would fall after the registration.
    rows.push({ born: onUsPc('03/02/2019'), registered: onUsPc('20/02/2019') });
    // Born 25 March, registration typed 05/03 (a slip for 05/04): stored as 3 May, it would pass unseen.
    rows.push({ born: onUsPc('25/03/2019'), registered: onUsPc('05/03/2019') });
    const read = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-us-checks.xlsx', rows));
    const [early, slip] = read.slice(-2);
    expect(early).toMatchObject({ born: '2019-02-03', registered: '2019-02-20', errors: [] });
    expect(early?.notes).toEqual([{ code: 'DATE_US_LOCALE_SWAPPED', field: 'child.birthDate', from: '2019-03-02', to: '2019-02-03' }]);
    expect(slip?.errors).toEqual(['REGISTRATION_BEFORE_EVENT registration.date']);
  });

  it('warns instead of noting when the evidence is less than certain (a short book), naming the day shown and the day read', async () => {
    // Five Date cells and five texts in each column: by chance in a day-first book less than once in a thousand, not in a million.
    const typed = ['03/01/2019', '14/01/2019', '04/02/2019', '19/02/2019', '07/03/2019', '23/03/2019', '09/04/2019', '27/04/2019', '11/05/2019', '18/05/2019'];
    const registered = ['10/01/2019', '21/01/2019', '15/02/2019', '26/02/2019', '11/03/2019', '01/04/2019', '16/04/2019', '06/05/2019', '20/05/2019', '03/06/2019'];
    const read = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-short.xlsx', typed.map((born, index) => ({ born: onUsPc(born), registered: onUsPc(registered[index]!) }))));
    expect(read.map((entry) => entry.born)).toEqual(typed.map(iso));
    expect(read.map((entry) => entry.registered)).toEqual(registered.map(iso));
    expect(read.flatMap((entry) => entry.notes)).toEqual([]);
    const warnings = read.flatMap((entry) => entry.warnings);
    expect(warnings.map((warning) => warning.code)).toEqual(Array(10).fill('DATE_US_LOCALE_LIKELY'));
    expect(warnings[0]).toEqual({
      code: 'DATE_US_LOCALE_LIKELY',
      field: 'registration.date',
      message: 'Cột ngày này có dấu hiệu được nhập trên máy tính đặt định dạng ngày kiểu Mỹ (tháng/ngày/năm), Excel đã đảo ngày và tháng: ô hiển thị 01/10/2019 đã được đọc lại là 10/01/2019. Cần đối chiếu sổ gốc.',
    });
    // The same book with the Date cells in an explicit month-first format ('m/d/yyyy', which a US-locale PC offers): certain.
    const formatted = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-mdy.xlsx', typed.map((born, index) => ({ born: onUsPc(born), registered: onUsPc(registered[index]!) })), 'm/d/yyyy'));
    expect(formatted.flatMap((entry) => entry.warnings)).toEqual([]);
    expect(formatted.flatMap((entry) => entry.notes).map((note) => note.code)).toEqual(Array(10).fill('DATE_US_LOCALE_SWAPPED'));
  });

  it('leaves a Vietnamese-locale book alone: Date cells and dates typed as text, mixed, are read as typed, without a warning', async () => {
    const book = entries(30);
    // Every third date typed as text (a cell formatted Text, or an apostrophe), whatever its day.
    const rows = book.map((entry, index) => ({ registered: onVnPc(entry.registered, index % 3 === 1), born: onVnPc(entry.born, index % 3 === 0) }));
    const read = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-vn.xlsx', rows, 'dd/mm/yyyy'));
    expect(read.map((entry) => [entry.born, entry.registered])).toEqual(book.map((entry) => [iso(entry.born), iso(entry.registered)]));
    expect(read.flatMap((entry) => [...entry.warnings, ...entry.notes])).toEqual([]);
    // Even when every date typed as text happens to fall after the 12th (the 13th to the 19th): the Date cells' own days
    // above 12 say no US PC made them.
    const lateText = (typed: string): boolean => Number(typed.slice(0, 2)) > 12 && Number(typed.slice(0, 2)) < 20;
    const lateTexts = book.map((entry) => ({ registered: onVnPc(entry.registered, lateText(entry.registered)), born: onVnPc(entry.born, lateText(entry.born)) }));
    const late = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-vn-late.xlsx', lateTexts, 'dd/mm/yyyy'));
    expect(late.map((entry) => [entry.born, entry.registered])).toEqual(book.map((entry) => [iso(entry.born), iso(entry.registered)]));
    expect(late.flatMap((entry) => [...entry.warnings, ...entry.notes])).toEqual([]);
  });

  it('leaves a column with too little evidence as Excel stored it', async () => {
    // Two texts after the 12th and two Date cells: proof of nothing.
    const typed = ['03/01/2019', '14/01/2019', '04/02/2019', '19/02/2019'];
    const rows = typed.map((born) => ({ born: onUsPc(born), registered: '28/05/2019' }));
    const read = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-few.xlsx', rows));
    expect(read.map((entry) => entry.born)).toEqual(['2019-03-01', '2019-01-14', '2019-04-02', '2019-02-19']);
    expect(usFindings(read)).toEqual([]);
    // A single date typed as text that a US-locale Excel would have converted ('05/04/2019') clears the column too.
    const book = entries(30);
    const mixed = book.map((entry, index) => ({ registered: index === 7 ? entry.registered : onUsPc(entry.registered), born: onUsPc(entry.born) }));
    const cleared = await readBook(await writeBook(folder, 'khai-sinh-tam-hop-2019-one-text.xlsx', mixed));
    expect(Number(book[7]!.registered.slice(0, 2))).toBeLessThanOrEqual(12);
    expect(cleared.flatMap((entry) => [...entry.notes, ...entry.warnings]).filter((finding) => finding.field === 'registration.date')).toEqual([]);
    expect(cleared.flatMap((entry) => entry.notes).filter((note) => note.field === 'child.birthDate').length).toBeGreaterThan(5);
  });

  it('keeps the answers of a US-locale book and a Vietnamese one apart in a shared memo: one stored day, two readings', async () => {
    const memo = new RunMemo();
    const us = await readBook(await writeBook(folder, 'khai-sinh-us.xlsx', entries(30).map((entry) => ({ registered: onUsPc(entry.registered), born: onUsPc(entry.born) }))), memo);
    // 1 March 2019 in a Vietnamese book is what the US book stored for 3 January.
    const vnRows = entries(30).map((entry, index) => ({ registered: onVnPc(entry.registered, index % 4 === 0), born: index === 0 ? new Date(Date.UTC(2019, 2, 1)) : onVnPc(entry.born, index % 3 === 0) }));
    vnRows[0]!.registered = new Date(Date.UTC(2019, 2, 5));
    const vn = await readBook(await writeBook(folder, 'khai-sinh-vn.xlsx', vnRows, 'dd/mm/yyyy'), memo);
    expect(us[0]?.born).toBe('2019-01-03');
    expect(vn[0]?.born).toBe('2019-03-01');
    expect(usFindings(vn)).toEqual([]);
  });
});
