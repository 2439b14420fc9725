import { parsePartialDate } from './partial-date.js';

/** An ISO partial date as officers write it: '1990-03-05' → '05/03/1990', '1990-03' → '03/1990', '1990' → '1990'; anything else as it is. */
export function dateVi(iso: string): string {
  const date = parsePartialDate(iso);
  if (date === null) return iso;
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  const month = `${String(date.month).padStart(2, '0')}/${year}`;
  return date.day === undefined ? month : `${String(date.day).padStart(2, '0')}/${month}`;
}

/**
 * A Date cell's text as the officer's Excel shows it: its day ('2008-03-05', the readers' text of a
 * Date cell) written dd/mm/yyyy, or mm/yyyy, yyyy when the cell's format shows only that much
 * (SourceCell.datePrecision). The day/month order is the officers' (DOMAIN.md §5), whatever the
 * PC that typed it.
 */
export function dateCellText(text: string, precision?: 'month' | 'year'): string {
  const shown = precision === 'year' ? text.slice(0, 4) : precision === 'month' ? text.slice(0, 7) : text;
  return dateVi(shown);
}

/**
 * Why a two-digit year read a century back is doubtful (DATE_CENTURY_DOUBTFUL's {why}): the year
 * `year` is `years` before `limit` (the registration's year), the other reading after it.
 */
export function beforeLimitDoubtVi(year: number, years: number, alternative: number, limit: number): string {
  return `năm ${year} sớm hơn năm ${limit} tới ${years} năm, còn năm ${alternative} lại muộn hơn năm ${limit}; năm này hoặc ngày đăng ký có thể đã bị ghi nhầm`;
}

/**
 * Why a deceased's two-digit birth year is doubtful (DATE_CENTURY_DOUBTFUL's {why}): the year read
 * makes them a child of `age` (whole years; `exact` when counted from both days), the other century
 * a very old person, and the row tells neither.
 */
export function deceasedAgeDoubtVi(year: number, age: number, alternative: number, alternativeAge: number, exact: boolean): string {
  const about = exact ? '' : 'khoảng ';
  const young = age === 0 && exact ? 'chưa đầy 1 tuổi' : `${about}${age} tuổi`;
  return `sinh năm ${year} thì người chết ${young}, sinh năm ${alternative} thì ${about}${alternativeAge} tuổi; trong sổ không ghi tuổi hay điều gì cho biết năm nào đúng`;
}
