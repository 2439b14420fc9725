import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import { normalizeEthnicity } from '../../src/normalize/codes/ethnicity.js';
import { normalizeNationality } from '../../src/normalize/codes/nationality.js';
import { normalizeSex } from '../../src/normalize/codes/sex.js';
import { currentYear, YearClock } from '../../src/normalize/date/calendar.js';
import { normalizeDate, normalizeYear } from '../../src/normalize/date/normalize-date.js';
import type { Normalized } from '../../src/normalize/finding.js';
import { BoundedMemo } from '../../src/normalize/memo/bounded-memo.js';
import { FieldMemo, type FieldOptions } from '../../src/normalize/memo/field-memo.js';
import { RunMemo } from '../../src/normalize/memo/run-memo.js';
import { normalizeDeclarant } from '../../src/normalize/name/declarant.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { matchCommune } from '../../src/normalize/place/match-commune.js';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';
import { placeLineBreaks } from '../../src/normalize/place/place-line-breaks.js';
import { decodedFromTcvn3 } from '../../src/normalize/text/lost-capital.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';

const OPTIONS: FieldOptions = { toneStyle: 'as-written', sourceEthnicityCodeList: '2008', ethnicityCodeList: '2008', districtCode: '249' };

/** What FieldReader computed before memos: the text cleaner, then the kind's normalizer on a non-empty result. */
function direct<T>(cell: SourceCell, normalize: (text: string, cleaned: Normalized<string>) => Normalized<T>): { text: Normalized<string>; value: Normalized<T> | null } {
  const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs });
  return { text, value: text.value === '' ? null : normalize(text.value, text) };
}

function withPlaceBreaks(cell: SourceCell): SourceCell {
  const [text = cell.text] = placeLineBreaks(cell.text);
  const runs = cell.runs === undefined ? undefined : placeLineBreaks(cell.text, cell.runs.map((run) => run.text));
  return { ...cell, value: text, text, ...(cell.runs === undefined ? {} : { runs: cell.runs.map((run, i) => ({ ...run, text: runs?.[i] ?? run.text })) }) };
}

/** Cell texts registers repeat, with the messy variants the normalizers take care of. */
const cellText = fc.oneof(
  fc.constantFrom(
    'Nguyễn Văn An', 'NGUYỄN VĂN AN', 'Nguyễn Văn Hải, con', 'Trưởng thôn Lê Văn Ba', 'Nguyễn Văn An'.normalize('NFD'), 'Bà Trần Thị Thủy', 'không rõ', 'NguyÔn V¨n An', 'Ph¹m ThÞ Ngäc ¸nh', 'ñy ban nh©n d©n x· cò',
    'UBND xã Tam Hợp', 'X. Quất Lưu', 'TT Hương Canh', 'Xóm Chùa\nxã Tam Hợp', 'Bệnh viện huyện\nMê Linh', 'xã Sơn Lôi', 'Phường Vĩnh Phúc', 'xã Tân Phú', 'xã Tân Cương', '08953', 'Bình Xuyên',
    'Kinh', 'kinh', '18 - Sán Dìu', 'Thổ', '01', 'Việt Nam', 'VN', 'Việt Nam, Lào', 'Nam', 'Nữ', 'x', '',
    '5/3/90', '5/3/95', '15.8.75', '05/03/1990', '1990', '75', 'ngày 5 tháng 3 năm 1990', '32937', '3/25/1990', 'khoảng 1990', '  ', '\u00a0',
  ),
  fc.string({ maxLength: 30 }),
);
/** Cells whose answer depends on what else the key must hold: font, registration date (two-digit years, lists in force). */
const sensitiveText = fc.constantFrom(
  '5/3/95', '95', '15.8.75', '1/1/05', '5/08', '11/05', '5/3/01', 'NguyÔn V¨n An', 'nguyen van an', 'NGUYEN VAN AN', 'Ph¹m ThÞ Ngäc ¸nh', '§¨ng ký', 'Kinh',
  'Phường Vĩnh Phúc', 'xã Tân Phú', 'xã Tân Cương', 'xã Xuân Hòa', 'thị trấn Vĩnh Tường',
);
const font = fc.constantFrom(undefined, '.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman');
// This year's too: without a registration date the limit is this year, yet '11/05' reads otherwise.
const registrationDate = fc.constantFrom(null, '1990-03-05', '1975', '1899-01-01', '2000-01-10', '2008', '2020', '2025', '2025-08-01', '2030-01-01', '1990-13', String(new Date().getUTCFullYear()));
const numberValue = fc.oneof(
  { arbitrary: fc.constantFrom(0, -0, 1, 5, 75, 95, 1990, 32937, 32937.5, 19900305, 5031990, NaN), weight: 3 },
  { arbitrary: fc.oneof(fc.double(), fc.integer({ min: -10, max: 100_000 })), weight: 1 },
);
const dateValue = fc.oneof(
  fc.date({ min: new Date('1800-01-01'), max: new Date('2100-01-01'), noInvalidDate: false }),
  // Years typed into date-formatted cells (1980 shown as 02/06/1905, 80 as 20/03/1900): read so under a year header only.
  fc.constantFrom(new Date(Date.UTC(1905, 5, 2)), new Date(Date.UTC(1900, 2, 20)), new Date(Date.UTC(1905, 3, 8))),
);

/** One call of every kind, asked of a memo and of the normalizers directly. */
type Question =
  | { kind: 'name' | 'declarant' | 'place' | 'sex' | 'nationality' | 'ethnicity' | 'text'; cell: SourceCell }
  | { kind: 'dateText'; cell: SourceCell; target: 'date' | 'year'; registrationDate: string | null; anyAgeBirth: boolean }
  | { kind: 'dateValue'; value: number | Date; target: 'date' | 'year'; registrationDate: string | null; yearHeader: boolean; anyAgeBirth: boolean }
  | { kind: 'ethnicityValue'; value: number }
  | { kind: 'commune'; place: string; registrationDate: string | null };

const KINDS = ['name', 'declarant', 'place', 'sex', 'nationality', 'ethnicity', 'text', 'dateText', 'dateValue', 'ethnicityValue', 'commune'] as const;

/**
 * A few texts, each in a few fonts, a few values and registration dates, and questions that keep
 * coming back to them in every combination: the answers a memo could get wrong if its key left out
 * the font or the registration date are asked for again and again.
 */
const questions: fc.Arbitrary<Question[]> = fc
  .record({
    texts: fc.array(fc.oneof({ arbitrary: sensitiveText, weight: 3 }, { arbitrary: cellText, weight: 1 }), { minLength: 1, maxLength: 3 }),
    fonts: fc.uniqueArray(font, { minLength: 1, maxLength: 3 }),
    values: fc.array(fc.oneof(numberValue, dateValue), { minLength: 1, maxLength: 3 }),
    dates: fc.array(registrationDate, { minLength: 2, maxLength: 3 }),
    steps: fc.array(
      fc.record({ kind: fc.constantFrom(...KINDS), text: fc.nat(), font: fc.nat(), value: fc.nat(), date: fc.nat(), year: fc.boolean(), yearHeader: fc.boolean(), anyAgeBirth: fc.boolean() }),
      { minLength: 10, maxLength: 60 },
    ),
  })
  .map(({ texts, fonts, values, dates, steps }) =>
    steps.map((step): Question => {
      const text = texts[step.text % texts.length] ?? '';
      const cellFont = fonts[step.font % fonts.length];
      const sourceCell: SourceCell = { value: text, text, column: 'C' };
      if (cellFont !== undefined) sourceCell.font = cellFont;
      const value = values[step.value % values.length] ?? 0;
      const date = dates[step.date % dates.length] ?? null;
      const target = step.year ? 'year' : 'date';
      switch (step.kind) {
        case 'dateText':
          return { kind: 'dateText', cell: sourceCell, target, registrationDate: date, anyAgeBirth: step.anyAgeBirth };
        case 'dateValue':
          return { kind: 'dateValue', value, target, registrationDate: date, yearHeader: step.yearHeader, anyAgeBirth: step.anyAgeBirth };
        case 'ethnicityValue':
          return { kind: 'ethnicityValue', value: typeof value === 'number' ? value : value.getTime() };
        case 'commune':
          return { kind: 'commune', place: text, registrationDate: date };
        default:
          return { kind: step.kind, cell: sourceCell };
      }
    }),
  );

function askMemo(memo: FieldMemo, q: Question): unknown {
  switch (q.kind) {
    case 'name':
      return memo.name(q.cell);
    case 'declarant':
      return memo.declarant(q.cell);
    case 'place':
      return memo.place(q.cell);
    case 'sex':
      return memo.sex(q.cell);
    case 'nationality':
      return memo.nationality(q.cell);
    case 'ethnicity':
      return memo.ethnicityText(q.cell);
    case 'text':
      return memo.text(q.cell);
    case 'dateText':
      return memo.dateText(q.cell, q.target, q.registrationDate, q.anyAgeBirth);
    case 'dateValue':
      return memo.dateValue(q.value, q.target, q.registrationDate, q.yearHeader, q.anyAgeBirth);
    case 'ethnicityValue':
      return memo.ethnicityValue(q.value);
    case 'commune':
      return memo.commune(q.place, q.registrationDate);
  }
}

function askDirectly(options: FieldOptions, q: Question): unknown {
  const lists = { sourceList: options.sourceEthnicityCodeList, targetList: options.ethnicityCodeList };
  switch (q.kind) {
    case 'name':
      return direct(q.cell, (text) => normalizeName(text, { toneStyle: options.toneStyle }));
    case 'declarant':
      return direct(q.cell, (text) => normalizeDeclarant(text, { toneStyle: options.toneStyle }));
    case 'place':
      // A place cell's line breaks are its parts' separators, or spaces (place-line-breaks.ts), before the text cleaner.
      return direct(withPlaceBreaks(q.cell), (text, cleaned) => normalizePlace(text, { tcvn3: decodedFromTcvn3(cleaned) }));
    case 'sex':
      return direct(q.cell, normalizeSex);
    case 'nationality':
      return direct(q.cell, normalizeNationality);
    case 'ethnicity':
      return direct(q.cell, (text) => normalizeEthnicity(text, lists));
    case 'text':
      return normalizeText({ text: q.cell.text, font: q.cell.font, runs: q.cell.runs });
    case 'dateText': {
      const dateOptions = { date1904: false, referenceDate: q.registrationDate, anyAgeBirth: q.anyAgeBirth };
      return direct(q.cell, (text) => (q.target === 'date' ? normalizeDate(text, dateOptions) : normalizeYear(text, dateOptions)));
    }
    case 'dateValue': {
      const dateOptions = { date1904: false, referenceDate: q.registrationDate, anyAgeBirth: q.anyAgeBirth };
      return q.target === 'date' ? normalizeDate(q.value, { ...dateOptions, yearColumn: q.yearHeader }) : normalizeYear(q.value, dateOptions);
    }
    case 'ethnicityValue':
      return normalizeEthnicity(q.value, lists);
    case 'commune':
      return matchCommune(q.place, { districtCode: options.districtCode || null, registrationDate: q.registrationDate });
  }
}

describe('FieldMemo', () => {
  it('answers every question exactly as the normalizers do, whatever was asked before (tiny and ample memos)', () => {
    fc.assert(
      fc.property(questions, fc.constantFrom(0, 1, 3, 64), (asked, capacity) => {
        const memo = new FieldMemo(OPTIONS, false, capacity);
        // Each question twice, the second time after others: answers from the memo must not differ.
        for (const q of [...asked, ...asked]) expect(askMemo(memo, q)).toEqual(askDirectly(OPTIONS, q));
      }),
      { numRuns: 400 },
    );
  });

  it('keys a two-digit year on the registration date it was resolved against', () => {
    const memo = new FieldMemo(OPTIONS, false);
    const cell: SourceCell = { value: '5/3/95', text: '5/3/95', column: 'F' };
    expect(memo.dateText(cell, 'date', '2020-01-01').value?.value).toBe('1995-03-05');
    expect(memo.dateText(cell, 'date', '1990-01-01').value?.value).toBe('1895-03-05');
    expect(memo.dateText(cell, 'date', '2020-06-30').value?.value).toBe('1995-03-05');
    expect(memo.dateValue(95, 'year', '1990').value).toBe('1895');
    expect(memo.dateValue(95, 'year', '2000').value).toBe('1995');
  });

  it('keys a two-digit year on whether a registration date was given and on a birth of any age', () => {
    const memo = new FieldMemo(OPTIONS, false);
    const thisYear = String(new Date().getUTCFullYear());
    const monthYear: SourceCell = { value: '11/05', text: '11/05', column: 'F' };
    // The registration date itself has none: a day and a month; any other date: November 2005.
    expect(memo.dateText(monthYear, 'date', null).value?.findings.map((finding) => finding.code)).toEqual(['DATE_YEAR_MISSING']);
    expect(memo.dateText(monthYear, 'date', thisYear).value?.value).toBe('2005-11');
    const old: SourceCell = { value: '2/3/01', text: '2/3/01', column: 'F' };
    expect(memo.dateText(old, 'date', '2000-02-03').value?.findings.map((finding) => finding.code)).toContain('DATE_CENTURY_DOUBTFUL');
    expect(memo.dateText(old, 'date', '2000-02-03', true).value?.findings.map((finding) => finding.code)).toEqual(['DATE_TWO_DIGIT_YEAR']);
    expect(memo.dateText(old, 'date', '2000-02-03').value?.findings.map((finding) => finding.code)).toContain('DATE_CENTURY_DOUBTFUL');
  });

  it("keys a Date cell on its column's day/month verdict: one stored day, read as stored or exchanged, noted or warned", () => {
    const memo = new FieldMemo(OPTIONS, false);
    const stored = new Date(Date.UTC(2019, 2, 1));
    const read = (swap?: 'certain' | 'likely') => {
      const { value, findings } = memo.dateValue(stored, 'date', '2019-03-10', false, false, swap);
      return [value, findings.map((finding) => finding.code)];
    };
    for (let round = 0; round < 2; round++) {
      expect(read()).toEqual(['2019-03-01', []]);
      expect(read('certain')).toEqual(['2019-01-03', ['DATE_US_LOCALE_SWAPPED']]);
      expect(read('likely')).toEqual(['2019-01-03', ['DATE_US_LOCALE_LIKELY']]);
    }
    // A year is a year whichever the order of day and month.
    expect(memo.dateValue(stored, 'year', null, false, false, 'certain')).toEqual({ value: '2019', findings: [] });
  });

  it('keys a commune on the registration date: a name is matched against the list in force then', () => {
    const memo = new FieldMemo(OPTIONS, false);
    expect(memo.commune('Phường Vĩnh Phúc', '2025-09-09').value.communeCode).toBe('08716');
    expect(memo.commune('Phường Vĩnh Phúc', '2025').findings.map((finding) => finding.code)).toEqual(['PLACE_NAME_NOT_YET_IN_FORCE']);
  });

  it('shares frozen answers: a row cannot change what the next row gets', () => {
    const memo = new FieldMemo(OPTIONS, false);
    const cell: SourceCell = { value: 'X. Quất Lưu', text: 'X. Quất Lưu', column: 'E' };
    const first = memo.place(cell);
    expect(memo.place({ ...cell })).toBe(first);
    expect(first.value?.findings.length).toBeGreaterThan(0);
    expect(() => first.value?.findings.push({ code: 'X' })).toThrow(TypeError);
    expect(() => Object.assign(first.value?.findings[0] ?? {}, { code: 'X' })).toThrow(TypeError);
    const name = memo.name({ value: 'nguyễn văn an', text: 'nguyễn văn an', column: 'F' }).value?.value;
    expect(() => Object.assign(name ?? {}, { fullName: 'X' })).toThrow(TypeError);
  });

  it('knows which options its answers belong to', () => {
    const memo = new FieldMemo(OPTIONS, false);
    expect(memo.fits(OPTIONS, '249', false)).toBe(true);
    expect(memo.fits(OPTIONS, '251', false)).toBe(false);
    expect(memo.fits(OPTIONS, '249', true)).toBe(false);
    expect(memo.fits({ ...OPTIONS, toneStyle: 'new' }, '249', false)).toBe(false);
    expect(memo.fits({ ...OPTIONS, sourceEthnicityCodeList: '1979' }, '249', false)).toBe(false);
  });
});

describe('RunMemo', () => {
  it('gives one memo per set of options, and a fitting one', () => {
    const run = new RunMemo();
    const memo = run.forSheet(OPTIONS, false);
    expect(run.forSheet({ ...OPTIONS }, false)).toBe(memo);
    const other = run.forSheet({ ...OPTIONS, toneStyle: 'old' }, false);
    expect(other).not.toBe(memo);
    expect(other.fits({ ...OPTIONS, toneStyle: 'old' }, '249', false)).toBe(true);
    expect(run.forSheet(OPTIONS, true).fits(OPTIONS, '249', true)).toBe(true);
  });
});

describe('BoundedMemo', () => {
  it('never holds more than its capacity and keeps at least the newest half of what it stored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 100 }), (capacity, keys) => {
        const memo = new BoundedMemo<number, number>(capacity);
        const stored: number[] = [];
        for (const key of keys) {
          const known = memo.get(key);
          if (known !== undefined) expect(known).toBe(key * 2);
          else {
            memo.set(key, key * 2);
            stored.push(key);
          }
          expect(memo.size).toBeLessThanOrEqual(capacity);
        }
        const newest = new Set(stored.slice(-Math.max(1, Math.floor(capacity / 2))));
        for (const key of newest) expect(memo.get(key)).toBe(key * 2);
      }),
    );
  });

  it('rests when hits are rare, answering nothing for a while, then keeps answers again', () => {
    const memo = new BoundedMemo<string, number>(4096);
    // A window of values that never repeat (children's names): storing does not pay.
    for (let value = 0; value < 1024; value++) {
      if (memo.get(`unique ${value}`) === undefined) memo.set(`unique ${value}`, value);
    }
    expect(memo.storing).toBe(false);
    memo.set('place', 1);
    expect(memo.get('place')).toBeUndefined();
    // After its rest (16 windows of lookups) it stores and answers again.
    for (let lookup = 0; lookup < 16 * 1024; lookup++) memo.get('anything');
    expect(memo.storing).toBe(true);
    memo.set('place', 1);
    expect(memo.get('place')).toBe(1);
  });

  it('keeps storing while values repeat (places, ethnicities, registration dates)', () => {
    const memo = new BoundedMemo<string, number>(4096);
    for (let lookup = 0; lookup < 10_000; lookup++) {
      const key = `commune ${lookup % 40}`;
      if (memo.get(key) === undefined) memo.set(key, lookup % 40);
    }
    expect(memo.storing).toBe(true);
    expect(memo.get('commune 7')).toBe(7);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new BoundedMemo(0)).toThrow(RangeError);
    expect(() => new BoundedMemo(1.5)).toThrow(RangeError);
  });
});

describe('YearClock', () => {
  it('tells the current Vietnamese year like currentYear, across New Year and back', () => {
    const clock = new YearClock();
    const now = vi.spyOn(Date, 'now');
    try {
      // 2025-12-31 16:59:59.999 UTC is still 2025 in Vietnam (UTC+7); a millisecond later it is 2026.
      for (const time of [Date.UTC(2025, 11, 31, 16, 59, 59, 999), Date.UTC(2025, 11, 31, 17), Date.UTC(2025, 11, 31, 16), Date.UTC(1999, 5, 1), Date.UTC(2026, 0, 1)]) {
        now.mockReturnValue(time);
        expect(clock.year()).toBe(currentYear());
      }
      now.mockReturnValue(Date.UTC(2025, 11, 31, 16, 59, 59, 999));
      expect(clock.year()).toBe(2025);
      now.mockReturnValue(Date.UTC(2025, 11, 31, 17));
      expect(clock.year()).toBe(2026);
    } finally {
      now.mockRestore();
    }
  });
});
