import { DATE_PARTS, datePartKey, type DatePart } from '../record-types/date-parts.js';
import type { AliasIndex } from './alias-index.js';
import { combinedForms, groupWords, type Candidate, type CandidateColumn } from './header-candidates.js';

/** The word that makes a label one part of a split date. */
const PART_WORDS: ReadonlyMap<string, DatePart> = new Map([
  ['ngay', 'Day'],
  ['thang', 'Month'],
  ['nam', 'Year'],
]);

/** Keys a whole date (or a year of birth) is read under: what a split date's parts stand for. */
const DATE_KEY = /(date|Date|birthYear)$/;

/** A date whose day, month and year columns were keyed as its parts. */
export interface SplitDate {
  date: string;
  columns: CandidateColumn[];
}

interface PartLabel {
  column: CandidateColumn;
  part: DatePart;
  /** The label's other words ('sinh' of 'Tháng sinh', 'dang ky' of 'Năm đăng ký'). */
  qualifier: string;
  /** The label of the group it is under, as written ('' for none). */
  group: string;
  /** The attribute's fold ('nu' of 'Nữ'). */
  fold: string;
  /** Written with the marks of 'năm' (a year, never 'Nam'). */
  marked: boolean;
}

/**
 * Keys the columns of dates split over adjacent columns — 'Ngày sinh' | 'Tháng sinh' |
 * 'Năm sinh', 'Ngày, tháng, năm sinh' over 'Ngày' | 'Tháng' | 'Năm', 'Ngày' | 'Tháng'
 * | 'Năm đăng ký' — as the date's day, month and year ('child.birthDateDay', …), in
 * place of the keys the labels got one by one: 'Ngày sinh' alone is the birth date,
 * and under 'Ngày, tháng, năm sinh' a 'Năm' folds to 'Nam', the male column of the
 * layout that splits the birth year by sex (birth-date-by-sex.ts). A month between
 * a day and a year, under the same group, settles it: 'NAM' typed without marks is
 * the year there too — unless a 'Nữ' follows it (that layout's female column).
 *
 * Which date: the one the day column was taken for ('Ngày sinh', or 'Ngày' under
 * 'Ngày, tháng, năm sinh'), else the one 'Ngày, tháng, năm' with the labels' other
 * words names. A run naming no date, or one another column holds, is left as read.
 * Returns the dates keyed this way, with their columns.
 */
export function keySplitDates(candidate: Candidate, keys: Map<number, string>, index: AliasIndex): SplitDate[] {
  const { columns } = candidate;
  if (!columns.some(mayBeMonth)) return [];
  const labels = columns.map(partLabel);
  const dates: SplitDate[] = [];
  for (let i = 0; i < labels.length; i++) {
    const month = labels[i];
    if (month?.part !== 'Month') continue;
    const year = sibling(labels[i + 1], month, 'Year', 1);
    if (year === undefined) continue;
    const day = sibling(labels[i - 1], month, 'Day', -1);
    // An unmarked 'Nam' followed by 'Nữ': the year of birth under the person's sex.
    const after = labels[i + 2];
    if (!year.marked && after && after.group === year.group && after.column.column === year.column.column + 1 && /^nu\b/.test(after.fold)) continue;
    const run = day === undefined ? [month, year] : [day, month, year];
    const qualifiers = new Set(run.map((label) => label.qualifier).filter((qualifier) => qualifier !== ''));
    if (qualifiers.size > 1) continue;
    const qualifier = [...qualifiers][0] ?? '';
    const dateKey = runDate(run, qualifier, keys, index) ?? bareRunAfterName(run, qualifier, keys, index);
    if (dateKey === undefined || heldElsewhere(keys, dateKey, run)) continue;
    for (const label of run) keys.set(label.column.column, datePartKey(dateKey, label.part));
    dates.push({ date: dateKey, columns: run.map((label) => label.column) });
  }
  if (dates.length > 0) {
    // Keys stay in column order, as the one-by-one matching leaves them.
    const sorted = [...keys].sort(([a], [b]) => a - b);
    keys.clear();
    for (const [column, key] of sorted) keys.set(column, key);
  }
  return dates;
}

/** The label of the date part expected beside the month, when it is that part under the same group. */
function sibling(label: PartLabel | null | undefined, month: PartLabel, part: DatePart, offset: number): PartLabel | undefined {
  if (!label || label.part !== part || label.column.column !== month.column.column + offset) return undefined;
  if (label.group === month.group) return label;
  // 'Ngày, tháng sinh' over 'Ngày' | 'Tháng', then 'Năm sinh' merged down beside it: the group named no year.
  const groupFold = month.column.group?.groupFold ?? '';
  const yearBeside = part === 'Year' && label.group === '' && (label.marked || label.qualifier !== '');
  return yearBeside && /\bngay\b/.test(groupFold) && /\bthang\b/.test(groupFold) && !/\bnam\b/.test(groupFold) ? label : undefined;
}

function runDate(run: readonly PartLabel[], qualifier: string, keys: ReadonlyMap<number, string>, index: AliasIndex): string | undefined {
  const first = run[0]!;
  const dayKey = first.part === 'Day' ? keys.get(first.column.column) : undefined;
  if (dayKey !== undefined && DATE_KEY.test(dayKey)) return dayKey;
  const whole = qualifier === '' ? 'ngay thang nam' : `ngay thang nam ${qualifier}`;
  const group = first.column.group;
  const forms = group ? combinedForms(groupWords(group.groupFold), whole) : [];
  if (qualifier !== '') forms.push(whole);
  for (const form of forms) {
    const hit = index.lookup(form, run[1]!.column.label);
    if (hit?.confidence === 1 && DATE_KEY.test(hit.key)) return hit.key;
  }
  return undefined;
}

/**
 * A bare 'Ngày' | 'Tháng' | 'Năm' — one header row, no group over it, no other word — right after a
 * person's name column ('Họ và tên' | 'Ngày' | 'Tháng' | 'Năm' | 'Giới tính'): that person's birth date.
 * It is the two-row header 'Ngày, tháng, năm sinh' over 'Ngày' | 'Tháng' | 'Năm' whose top row was lost
 * when the table was copied onto a new sheet or typed flat; a person's name is followed by their birth
 * date in every register's form, never by the registration's or the death's date.
 */
function bareRunAfterName(run: readonly PartLabel[], qualifier: string, keys: ReadonlyMap<number, string>, index: AliasIndex): string | undefined {
  const first = run[0]!;
  if (qualifier !== '' || run.length !== 3 || run.some((label) => label.group !== '' || label.column.group)) return undefined;
  const person = PERSON_NAME.exec(keys.get(first.column.column - 1) ?? '')?.[1];
  if (person === undefined) return undefined;
  const birthDate = `${person}.birthDate`;
  return index.hasKey(birthDate) ? birthDate : undefined;
}

/** The whole-name column of a person ('child.fullName', 'deceased.fullName', 'husband.fullName'). */
const PERSON_NAME = /^(\w+)\.fullName$/;

/** The date, or one of its parts, is already some other column's. */
function heldElsewhere(keys: ReadonlyMap<number, string>, dateKey: string, run: readonly PartLabel[]): boolean {
  const own = new Set(run.map((label) => label.column.column));
  for (const [column, key] of keys) {
    if (own.has(column)) continue;
    if (key === dateKey || DATE_PARTS.some((part) => key === datePartKey(dateKey, part))) return true;
  }
  return false;
}

function attributeFold(column: CandidateColumn): string {
  return column.group ? column.group.subFold : (column.fold ?? '');
}

function mayBeMonth(column: CandidateColumn): boolean {
  return /\bthang\b/.test(attributeFold(column));
}

/** A label holding exactly one of 'ngày', 'tháng', 'năm' (with other words, or none), else null. */
function partLabel(column: CandidateColumn): PartLabel | null {
  const fold = attributeFold(column);
  const words = fold.split(' ');
  let part: DatePart | undefined;
  const others: string[] = [];
  for (const word of words) {
    const found = PART_WORDS.get(word);
    if (found === undefined) others.push(word);
    else if (part === undefined) part = found;
    else return null;
  }
  if (part === undefined) return null;
  const cut = column.group ? column.label.lastIndexOf(' / ') : -1;
  const written = cut < 0 ? column.label : column.label.slice(cut + 3);
  return { column, part, qualifier: others.join(' '), group: cut < 0 ? '' : column.label.slice(0, cut), fold, marked: /[ăĂ]/.test(written.normalize('NFC')) };
}
