/**
 * A four-digit year typed with a space inside it ('19 78', '1 978', '5/3/19 78'): a slip of the
 * space bar, or a year wrapped in a narrow cell and retyped. Joined only where no other reading
 * exists: the year alone, or the third field of a numeric day/month/year date, its two pieces
 * making four digits and a year from 1850 to 2099. A year alone whose pieces could be a day and a
 * month ('19 12', '20 05') is left unread: it may be 19/12 or 20/05 with the year not typed.
 */

const YEAR_ALONE = /^(\d{1,3}) (\d{1,3})$/;
const DAY_MONTH_YEAR = /^(\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*)(\d{1,3}) (\d{1,3})$/;
const YEAR_DIGITS = 4;
const FIRST_YEAR = 1850;
const LAST_YEAR = 2099;

function joinedYear(head: string, tail: string): string | null {
  if (head.length + tail.length !== YEAR_DIGITS) return null;
  const year = Number(head + tail);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? head + tail : null;
}

/** The cell with the space inside its year taken out ('5/3/19 78' → '5/3/1978'), or null when it is no such date. */
export function withSpacedYearJoined(text: string): string | null {
  const date = DAY_MONTH_YEAR.exec(text);
  if (date !== null) {
    const year = joinedYear(date[3]!, date[4]!);
    return year === null ? null : date[1]! + year;
  }
  const alone = YEAR_ALONE.exec(text);
  if (alone === null) return null;
  const [, head = '', tail = ''] = alone;
  const year = joinedYear(head, tail);
  if (year === null) return null;
  // '19 12', '20 05': a day and a month as well as a year.
  const couldBeDayMonth = Number(head) >= 1 && Number(head) <= 31 && Number(tail) >= 1 && Number(tail) <= 12;
  return couldBeDayMonth ? null : year;
}
