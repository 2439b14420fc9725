import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateCodes } from '../../src/catalog/date-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { normalizeDate, normalizeYear, type DateOptions } from '../../src/normalize/date/normalize-date.js';
import { daysInMonth } from '../../src/normalize/date/calendar.js';

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const severity = new Map(dateCodes.map((entry) => [entry.code, entry.severity]));

/** Fragments real date cells are made of, glued in random order: exercises every branch of the reader. */
const fragment = fc.constantFrom(
  'ngày', 'Ngày', 'tháng', 'THÁNG', 'năm', 'mồng', 'T', 'khoảng', 'k.', 'ÂL', 'âm lịch', 'Giêng', 'Chạp', 'nhuận', 'không rõ',
  'lúc', 'giờ', 'phút', 'h', ':', 'AM', 'Z', 'T', '/', '-', '.', ' ', ',', '..', '--', '?', 'xx', '(', ')', '~',
  '0', '00', '5', '05', '12', '13', '29', '30', '31', '32', '75', '90', '1849', '1900', '1950', '1990', '2000', '2099',
  '32937', '05031990', '1121990', '050350', '031950', '121950', 'O', 'o', 'l', 'I', 'Dần', 'Canh Thìn', '(1940)', 'rằm', 'đầu', 'cuối', 'IX', 'VIII', 'II', '[', ']', 'thọ', 'hưởng dương', 'ngµy', 'th¸ng', 'n¨m', 'naêm', '\u0301', '\u00a0', '１', 'Mar',
);
const dateLikeText = fc.array(fragment, { maxLength: 9 }).map((parts) => parts.join(''));
const dateLikeSpaced = fc.array(fragment, { maxLength: 9 }).map((parts) => parts.join(' '));

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', minLength: 200, maxLength: 2000 }),
  dateLikeText,
  dateLikeSpaced,
  fc.double(),
  fc.integer(),
  fc.double({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

const anyOptions: fc.Arbitrary<DateOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      date1904: fc.boolean(),
      referenceDate: fc.oneof(fc.constant(null), fc.string(), fc.constantFrom('1975', '1990-03', '2000-01-01', '2030-01-01')),
    },
    { requiredKeys: [] },
  ),
);

function checkInvariants(result: { value: string | null; findings: { code: string }[] }): void {
  if (result.value !== null) expect(result.value).toMatch(ISO_PARTIAL);
  for (const finding of result.findings) expect(severity.has(finding.code)).toBe(true);
  const hasError = result.findings.some((finding) => severity.get(finding.code) === 'error');
  // An error always means no value; a value never comes with an error.
  // Only "unknown", "an age, not a date" and "no one year" leave the value empty without an error.
  const emptyOnPurpose = ['DATE_UNKNOWN', 'DATE_AGE_ONLY', 'DATE_YEAR_UNDETERMINED'].includes(result.findings[0]?.code ?? '');
  expect(hasError).toBe(result.value === null && result.findings.length > 0 && !emptyOnPurpose);
}

describe('normalizeDate / normalizeYear properties', () => {
  it('never throw; value is ISO at some precision or null; every code is catalogued', () => {
    fc.assert(
      fc.property(anyCell, anyOptions, (cell, options) => {
        checkInvariants(normalizeDate(cell, options));
        const year = normalizeYear(cell, options);
        checkInvariants(year);
        if (year.value !== null) expect(year.value).toMatch(/^\d{4}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('are idempotent: the output normalizes to itself without findings', () => {
    fc.assert(
      fc.property(anyCell, anyOptions, (cell, options) => {
        const once = normalizeDate(cell, options);
        if (once.value !== null) expect(normalizeDate(once.value, options)).toEqual({ value: once.value, findings: [] });
        const year = normalizeYear(cell, options);
        if (year.value !== null) expect(normalizeYear(year.value, options)).toEqual({ value: year.value, findings: [] });
      }),
      { numRuns: 3000 },
    );
  });

  it('agree: the year column gets the year of what the date column gets', () => {
    fc.assert(
      fc.property(fc.oneof(dateLikeText, dateLikeSpaced, fc.date({ noInvalidDate: false })), (cell) => {
        const date = normalizeDate(cell);
        if (date.value !== null) expect(normalizeYear(cell).value).toBe(date.value.slice(0, 4));
      }),
      { numRuns: 2000 },
    );
  });

  const validDay = fc
    .record({ year: fc.integer({ min: 1850, max: 2024 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= daysInMonth(year, month));

  it('round-trip: every way of writing a real date gives the same ISO date, without findings', () => {
    fc.assert(
      fc.property(validDay, ({ year, month, day }) => {
        const dd = String(day).padStart(2, '0');
        const mm = String(month).padStart(2, '0');
        const iso = `${year}-${mm}-${dd}`;
        const writings: CellValue[] = [
          `${day}/${month}/${year}`,
          `${dd}-${mm}-${year}`,
          `${dd}.${mm}.${year}`,
          `${day} ${month} ${year}`,
          `ngày ${day} tháng ${month} năm ${year}`,
          `Ngày ${dd} tháng ${mm} năm ${year}`.normalize('NFD'),
          `ngay ${day} thang ${month} nam ${year}`,
          `${dd}${mm}${year}`,
          iso,
          new Date(Date.UTC(year, month - 1, day)),
          new Date(Date.UTC(year, month - 1, day) - 1), // exceljs float noise just before midnight
        ];
        for (const cell of writings) expect(normalizeDate(cell)).toEqual({ value: iso, findings: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('compact ddmmyy reads as dd-mm-yy does: same date, same findings', () => {
    fc.assert(
      fc.property(validDay, fc.constantFrom(undefined, '1975', '1990-03', '2000-01-01', '2024-12-31'), ({ year, month, day }, referenceDate) => {
        const [dd, mm, yy] = [day, month, year % 100].map((value) => String(value).padStart(2, '0'));
        const options = { referenceDate };
        const separated = normalizeDate(`${dd}-${mm}-${yy}`, options);
        const compact = normalizeDate(`${dd}${mm}${yy}`, options);
        expect(compact.value).toBe(separated.value);
        expect(compact.findings.map((finding) => finding.code)).toEqual(separated.findings.map((finding) => finding.code));
      }),
      { numRuns: 1000 },
    );
  });

  it('one letter typed for a look-alike digit gives the same date, with its note', () => {
    const lookalikes: Readonly<Record<string, readonly string[]>> = { '0': ['O', 'o'], '1': ['l', 'I'] };
    fc.assert(
      fc.property(validDay, fc.nat(), fc.nat(), ({ year, month, day }, at, pick) => {
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const typed = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
        const positions = [...typed].flatMap((char, index) => (char in lookalikes ? [index] : []));
        fc.pre(positions.length > 0);
        const index = positions[at % positions.length] ?? 0;
        const choices = lookalikes[typed[index] ?? ''] ?? [];
        const cell = typed.slice(0, index) + (choices[pick % choices.length] ?? '') + typed.slice(index + 1);
        const result = normalizeDate(cell);
        expect(result.value).toBe(iso);
        expect(result.findings).toEqual([{ code: 'DATE_LETTER_AS_DIGIT', from: cell, to: iso, params: { digits: typed, result: typed } }]);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trip through the Excel serial of the date (both date systems)', () => {
    // Whole numbers up to 2100 are read as years typed, so the days of 1900–1905 (1904–1909) they would be are excluded.
    const isYearWindow = (serial: number) => serial <= 2100;
    fc.assert(
      fc.property(validDay.filter(({ year }) => year >= 1900), ({ year, month, day }) => {
        const unixDays = Date.UTC(year, month - 1, day) / 86_400_000;
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const serial1900 = unixDays + (unixDays < -25_508 ? 25_568 : 25_569); // before 1900-03-01: the Lotus bug offset
        const serial1904 = unixDays + 24_107;
        if (!isYearWindow(serial1900)) expect(normalizeDate(serial1900).value).toBe(iso);
        if (serial1904 >= 1 && !isYearWindow(serial1904)) expect(normalizeDate(serial1904, { date1904: true }).value).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });

  it('reduced precision round-trips: m/yyyy and yyyy keep their precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2024 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const yyyymm = `${year}-${String(month).padStart(2, '0')}`;
        for (const cell of [`${month}/${year}`, `tháng ${month} năm ${year}`, `00/${month}/${year}`, `../${month}/${year}`, `T${month}/${year}`]) {
          expect(normalizeDate(cell).value).toBe(yyyymm);
        }
        for (const cell of [`${year}`, year, `năm ${year}`, `00/00/${year}`, `../../${year}`]) expect(normalizeDate(cell).value).toBe(String(year));
      }),
    );
  });

  it('impossible days are never guessed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        if (day > 31 && month <= 12 && day <= 12) return;
        const result = normalizeDate(`${day}/${month}/${year}`);
        expect(result.value).toBeNull();
        expect(result.findings.map((finding) => finding.code)).toEqual(['DATE_IMPOSSIBLE']);
      }),
    );
  });
});
