/**
 * Memo of date and year cells. An answer depends on the cell (text after the
 * text cleaner, number, or Date by time value and, for a date, the cell's
 * dayMonthSwapped verdict; a text, whether it is read month first), the target (date or year) and,
 * for numbers and Dates, whether a date column's header names a year, the
 * date system, the current year — all in the key or the memo's scope — and on
 * the registration date only through the two-digit-year limit, and only for
 * cells with a two-digit year: readDateCell reports when it asked for the
 * limit, and those cells keep one answer per limit key (twoDigitLimitKey: the
 * limit, whether a reference date gave it, and DateOptions.anyAgeBirth).
 */
import type { DaySwapVerdict, SourceCell } from '../../ingest/source-cell.js';
import { YearClock } from '../date/calendar.js';
import { readDateCell } from '../date/normalize-date.js';
import type { DateTarget } from '../date/resolve-date.js';
import { twoDigitLimitKey } from '../date/two-digit-year.js';
import type { Normalized } from '../finding.js';
import { BoundedMemo } from './bounded-memo.js';
import { cleanText, CellMemo, frozenReading, type CellReading } from './cell-memo.js';
import { frozen } from './frozen.js';

type DateResult = Normalized<string | null>;
/** Answers of a two-digit-year cell by two-digit-year limit. */
type ByLimit = Map<number, DateResult>;
/** A number or Date cell's answer: the same for every row, or one per limit. */
type DateAnswer = DateResult | { byLimit: ByLimit };

/** A text date cell's answers; with `byLimit` (a two-digit year) `value` is unused and the answer is per limit. */
interface DateTextReading extends CellReading<string | null> {
  byLimit?: ByLimit;
}

interface ValueMemos {
  numbers: BoundedMemo<number, DateAnswer>;
  /** Date cells by time value. */
  times: BoundedMemo<number, DateAnswer>;
  /** Date cells of columns typed on a US-locale PC (SourceCell.dayMonthSwapped), by verdict and time value; made when first met. */
  exchanged?: Record<DaySwapVerdict, BoundedMemo<number, DateAnswer>>;
}

/** What a number or Date cell is read as: a target, or a date under a year header ('Năm sinh chồng'). */
type ValueKind = DateTarget | 'dateUnderYearHeader';

/**
 * Dates read without a reference date (the registration date, repeated down a book) are kept apart from
 * those read against one (births, nearly all distinct): in one memo the unique ones drag the hit rate
 * under BoundedMemo's threshold and the memo rests, recomputing the repeated ones too. Apart, each memo
 * judges its own hit rate. The role only picks a memo: every answer is the same in either.
 */
type DateRole = 'unreferenced' | 'referenced';

function roleOf(referenceDate: string | null): DateRole {
  return referenceDate === null ? 'unreferenced' : 'referenced';
}

export class DateMemo {
  private readonly texts: Record<DateRole, Record<DateTarget, CellMemo<DateTextReading>>>;
  /** Text dates of columns written month first (SourceCell.monthFirst); made when first met. */
  private monthFirstTexts: CellMemo<DateTextReading> | undefined;
  private readonly values: Record<DateRole, Record<ValueKind, ValueMemos>>;
  private readonly clock = new YearClock();
  /** The current year the kept answers were computed in (the upper bound of every date). */
  private year: number | null = null;
  /** Answers kept per limit, over all cells: bounded like any memo. */
  private perLimitAnswers = 0;

  /** `capacity` 0 keeps nothing. */
  constructor(
    private readonly date1904: boolean,
    private readonly capacity: number,
  ) {
    const size = Math.max(capacity, 1);
    const values = (): ValueMemos => ({ numbers: new BoundedMemo(size), times: new BoundedMemo(size) });
    const texts = (): Record<DateTarget, CellMemo<DateTextReading>> => ({ date: new CellMemo(capacity), year: new CellMemo(capacity) });
    const valuesByKind = (): Record<ValueKind, ValueMemos> => ({ date: values(), year: values(), dateUnderYearHeader: values() });
    this.texts = { unreferenced: texts(), referenced: texts() };
    this.values = { unreferenced: valuesByKind(), referenced: valuesByKind() };
  }

  /** A text date cell through the text cleaner, then normalizeDate (target 'date') or normalizeYear ('year'). */
  text(cell: SourceCell, target: DateTarget, referenceDate: string | null, anyAgeBirth = false): CellReading<string | null> {
    const thisYear = this.currentYear();
    // A year is the same whichever field is the month: only dates are read month first.
    const monthFirst = cell.monthFirst === true && target === 'date';
    const memo = (monthFirst ? (this.monthFirstTexts ??= new CellMemo(this.capacity)) : this.texts[roleOf(referenceDate)][target]).of(cell);
    const known = memo?.get(cell.text);
    if (known !== undefined) {
      if (known.byLimit === undefined) return known;
      return { text: known.text, value: this.perLimit(known.byLimit, known.text.value, target, { date1904: this.date1904, referenceDate, anyAgeBirth, monthFirst }, thisYear) };
    }
    const text = cleanText(cell);
    if (text.value === '') return memo === undefined || !memo.storing ? { text, value: null } : memo.set(cell.text, frozenReading({ text, value: null }));
    const { result, usesReferenceDate } = readDateCell(text.value, target, { date1904: this.date1904, referenceDate, anyAgeBirth, monthFirst }, thisYear);
    if (memo === undefined || !memo.storing) return { text, value: result };
    if (!usesReferenceDate) return memo.set(cell.text, frozenReading({ text, value: result }));
    const value = frozen(result);
    memo.set(cell.text, { text: frozen(text), value: null, byLimit: this.firstLimit(referenceDate, anyAgeBirth, thisYear, value) });
    return { text, value };
  }

  /**
   * A number or Date cell: normalizeDate (target 'date') or normalizeYear ('year');
   * `yearColumn`: a date column whose header names a year (DateOptions.yearColumn);
   * `dayMonthSwapped`: a Date cell's SourceCell.dayMonthSwapped (DateOptions.dayMonthSwapped).
   */
  value(value: number | Date, target: DateTarget, referenceDate: string | null, yearColumn = false, anyAgeBirth = false, dayMonthSwapped?: DaySwapVerdict): DateResult {
    const thisYear = this.currentYear();
    const underYearHeader = yearColumn && target === 'date';
    const memos = this.values[roleOf(referenceDate)][underYearHeader ? 'dateUnderYearHeader' : target];
    // A year is the same whichever the order of day and month: only dates are exchanged.
    const swap = typeof value === 'number' || target === 'year' ? undefined : dayMonthSwapped;
    const memo = typeof value === 'number' ? memos.numbers : swap === undefined ? memos.times : exchangedMemo(memos, swap, this.capacity);
    const key = typeof value === 'number' ? value : value.getTime();
    const known = this.capacity === 0 ? undefined : memo.get(key);
    if (known !== undefined && !('byLimit' in known)) return known;
    const options = { date1904: this.date1904, referenceDate, anyAgeBirth, yearColumn: underYearHeader, dayMonthSwapped: swap };
    if (known !== undefined) return this.perLimit(known.byLimit, value, target, options, thisYear);
    const { result, usesReferenceDate } = readDateCell(value, target, options, thisYear);
    // As for texts: a memo that found storing does not pay (birth dates hardly repeat) keeps nothing, so nothing to freeze.
    if (this.capacity === 0 || !memo.storing) return result;
    const answer = frozen(result);
    memo.set(key, usesReferenceDate ? { byLimit: this.firstLimit(referenceDate, anyAgeBirth, thisYear, answer) } : answer);
    return answer;
  }

  private firstLimit(referenceDate: string | null, anyAgeBirth: boolean, thisYear: number, answer: DateResult): ByLimit {
    this.countPerLimitAnswer();
    return new Map([[twoDigitLimitKey(referenceDate, thisYear, anyAgeBirth), answer]]);
  }

  /** The answer of a two-digit-year cell for this row's limit, computed when the limit is new. */
  private perLimit(
    byLimit: ByLimit,
    value: string | number | Date,
    target: DateTarget,
    options: { date1904: boolean; referenceDate: string | null; anyAgeBirth: boolean; yearColumn?: boolean; dayMonthSwapped?: DaySwapVerdict | undefined; monthFirst?: boolean },
    thisYear: number,
  ): DateResult {
    const limit = twoDigitLimitKey(options.referenceDate, thisYear, options.anyAgeBirth);
    const known = byLimit.get(limit);
    if (known !== undefined) return known;
    const answer = frozen(readDateCell(value, target, options, thisYear).result);
    this.countPerLimitAnswer();
    byLimit.set(limit, answer);
    return answer;
  }

  /** Per-limit answers are nested in the memos' entries: past `capacity` of them, everything starts afresh. */
  private countPerLimitAnswer(): void {
    if (++this.perLimitAnswers > this.capacity) this.clear();
  }

  /** The current year; kept answers (bounded by it) are dropped when it changes. */
  private currentYear(): number {
    const thisYear = this.clock.year();
    if (this.year !== thisYear) {
      this.clear();
      this.year = thisYear;
    }
    return thisYear;
  }

  private clear(): void {
    for (const role of [this.texts.unreferenced, this.texts.referenced]) {
      role.date.clear();
      role.year.clear();
    }
    this.monthFirstTexts?.clear();
    for (const role of [this.values.unreferenced, this.values.referenced]) {
      for (const memos of [role.date, role.year, role.dateUnderYearHeader]) {
        memos.numbers.clear();
        memos.times.clear();
        memos.exchanged?.certain.clear();
        memos.exchanged?.likely.clear();
      }
    }
    this.perLimitAnswers = 0;
  }
}

/** The memo of exchanged Date cells of one verdict, made the first time a book needs it. */
function exchangedMemo(memos: ValueMemos, swap: DaySwapVerdict, capacity: number): BoundedMemo<number, DateAnswer> {
  const size = Math.max(capacity, 1);
  memos.exchanged ??= { certain: new BoundedMemo(size), likely: new BoundedMemo(size) };
  return memos.exchanged[swap];
}
