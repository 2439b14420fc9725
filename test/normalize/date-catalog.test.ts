import { describe, expect, it } from 'vitest';
import { dateCodes } from '../../src/catalog/date-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { currentYear } from '../../src/normalize/date/calendar.js';
import { DATE_CODES } from '../../src/normalize/date/date-finding-codes.js';
import { normalizeDate, normalizeYear, type DateOptions } from '../../src/normalize/date/normalize-date.js';

/** One cell that produces each code, to check the catalog templates against real findings. */
const SAMPLES: Record<string, CellValue> = {
  DATE_UNPARSEABLE: 'abc',
  DATE_COLUMN_TOO_NARROW: '########',
  DATE_YEAR_MISSING: '5/3',
  DATE_IMPOSSIBLE: '31/02/1990',
  DATE_OUT_OF_RANGE: '1700',
  DATE_TWO_DIGIT_YEAR: '15.8.75',
  // Next year's two digits: a century back, with no registration date to go by.
  DATE_CENTURY_DOUBTFUL: `5/3/${String((currentYear() + 1) % 100).padStart(2, '0')}`,
  DATE_EXCEL_SERIAL: 32937,
  DATE_TIME_DROPPED: '05/03/1990 14:30',
  DATE_UNKNOWN: 'không rõ',
  DATE_APPROXIMATE: 'khoảng năm 1940',
  DATE_AGE_ONLY: '75 tuổi',
  DATE_YEAR_UNDETERMINED: 'tuổi Ngọ',
  DATE_YEAR_IN_DATE_CELL: new Date(Date.UTC(1905, 3, 8)),
  DATE_LUNAR: 'tháng 3/1950 ÂL',
  DATE_LUNAR_CONVERTED: '5/3/1950 ÂL',
  DATE_MONTH_FIRST: '03/25/1990',
  // 3 January: the column's verdict (month first) is in the options below.
  DATE_MONTH_FIRST_COLUMN: '1/3/2012',
  DATE_AMBIGUOUS: '1121990',
  DATE_LETTER_AS_DIGIT: '05/03/199O',
  DATE_YEAR_SPACE_JOINED: '5/3/19 78',
  DATE_EXTRA_ZERO_DROPPED: '010/02/1949',
  // 1 March 2019 as a US-locale Excel stored '03/01/2019' (3 January); the column's verdict is in the options below.
  DATE_US_LOCALE_SWAPPED: new Date(Date.UTC(2019, 2, 1)),
  DATE_US_LOCALE_LIKELY: new Date(Date.UTC(2019, 2, 1)),
};

/** The options a sample is read with (the verdict the reader put on a Date cell's column). */
const SAMPLE_OPTIONS: Record<string, DateOptions> = {
  DATE_US_LOCALE_SWAPPED: { dayMonthSwapped: 'certain' },
  DATE_MONTH_FIRST_COLUMN: { monthFirst: true },
  DATE_US_LOCALE_LIKELY: { dayMonthSwapped: 'likely' },
};

const EXPECTED_SEVERITY: Record<string, string> = {
  DATE_UNPARSEABLE: 'error',
  DATE_COLUMN_TOO_NARROW: 'warning',
  DATE_YEAR_MISSING: 'error',
  DATE_YEAR_FROM_BOOK: 'warning',
  DATE_YEAR_NOT_BOOK: 'warning',
  DATE_IMPOSSIBLE: 'error',
  DATE_OUT_OF_RANGE: 'error',
  DATE_TWO_DIGIT_YEAR: 'note',
  DATE_CENTURY_DOUBTFUL: 'warning',
  DATE_CYCLE_YEAR_DOUBTFUL: 'warning',
  DATE_EXCEL_SERIAL: 'note',
  DATE_TIME_DROPPED: 'note',
  DATE_PLACE_SPLIT: 'note',
  DATE_PLACE_DATE_UNREAD: 'warning',
  DATE_UNKNOWN: 'note',
  DATE_APPROXIMATE: 'warning',
  DATE_AGE_ONLY: 'warning',
  DATE_YEAR_UNDETERMINED: 'warning',
  DATE_YEAR_IN_DATE_CELL: 'warning',
  DATE_LUNAR: 'warning',
  DATE_LUNAR_CONVERTED: 'note',
  DATE_MONTH_FIRST: 'warning',
  DATE_MONTH_FIRST_COLUMN: 'warning',
  DATE_AMBIGUOUS: 'warning',
  DATE_LETTER_AS_DIGIT: 'note',
  DATE_YEAR_SPACE_JOINED: 'note',
  DATE_EXTRA_ZERO_DROPPED: 'warning',
  DATE_US_LOCALE_SWAPPED: 'note',
  DATE_US_LOCALE_LIKELY: 'warning',
};

const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('date catalog', () => {
  it('has exactly one entry per emitted code, with the designed severity', () => {
    const catalogued = dateCodes.map((entry) => entry.code);
    expect(new Set(catalogued).size).toBe(catalogued.length);
    expect([...catalogued].sort()).toEqual(Object.values(DATE_CODES).sort());
    for (const entry of dateCodes) expect(entry.severity).toBe(EXPECTED_SEVERITY[entry.code]);
  });

  it.each(dateCodes.map((entry) => [entry.code, entry] as const))('%s: Vietnamese text in NFC with diacritics, an English description', (_code, entry) => {
    for (const text of entry.fixVi === undefined ? [entry.messageVi] : [entry.messageVi, entry.fixVi]) {
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toMatch(VIETNAMESE_LETTER);
    }
    expect(entry.description).toMatch(/\b(?:the|a|is|are)\b/i);
  });

  it.each(Object.entries(SAMPLES))('%s: the sample produces the code and fills every placeholder', (code, cell) => {
    // A year typed into a date cell is read so in a year column only.
    const read = code === 'DATE_YEAR_IN_DATE_CELL' ? normalizeYear(cell) : normalizeDate(cell, SAMPLE_OPTIONS[code]);
    const finding = read.findings.find((candidate) => candidate.code === code);
    expect(finding).toBeDefined();
    const entry = dateCodes.find((candidate) => candidate.code === code);
    const params: Record<string, string | number> = { value: String(cell), ...finding?.params };
    for (const template of [entry?.messageVi ?? '', entry?.fixVi ?? '']) {
      const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
      expect(filled).not.toMatch(/\{\w+\}/);
    }
  });
});
