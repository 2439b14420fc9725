/**
 * A numeric day/month/year date with a zero typed before a two-digit day or month, or before the
 * year ('010/02/1949', '05/011/1948', '10/02/01949'): a finger resting on 0, or a day typed '10'
 * into a cell already holding the '0' of a template. The figure keeps its value without the zero
 * (010 is 10); read so only when the other fields are a plain date's and every padded field is a
 * zero and two digits (day, month) or four (year): '005/02/2020' is 05/02/2020; '100/02/1949' stays unread.
 */

const PADDED_DATE = /^(\d{1,3})\s*([/.-])\s*(\d{1,3})\s*\2\s*(\d{4,5})$/;
const PADDED_DAY_OR_MONTH = /^0\d\d$/;
const PADDED_YEAR = /^0\d{4}$/;

function withoutPadding(field: string, padded: RegExp, width: number): string | null {
  if (field.length < width + 1) return field;
  return padded.test(field) ? field.slice(1) : null;
}

/** The cell with the extra zeros taken out ('010/02/1949' → '10/02/1949'), or null when it has none or is no such date. */
export function withExtraZeroDropped(text: string): string | null {
  const date = PADDED_DATE.exec(text);
  if (date === null) return null;
  const [, day = '', separator = '/', month = '', year = ''] = date;
  if (day.length < 3 && month.length < 3 && year.length < 5) return null;
  const fixedDay = withoutPadding(day, PADDED_DAY_OR_MONTH, 2);
  const fixedMonth = withoutPadding(month, PADDED_DAY_OR_MONTH, 2);
  const fixedYear = withoutPadding(year, PADDED_YEAR, 4);
  if (fixedDay === null || fixedMonth === null || fixedYear === null) return null;
  return `${fixedDay}${separator}${fixedMonth}${separator}${fixedYear}`;
}
