/**
 * Some books split a date over three columns — 'Ngày sinh' | 'Tháng sinh' |
 * 'Năm sinh', or 'Ngày, tháng, năm đăng ký' over 'Ngày' | 'Tháng' | 'Năm' —
 * and every row of such a book types the day, the month and the year apart.
 * Header detection keys those columns by the date's key with these suffixes
 * ('child.birthDate' → 'child.birthDateDay', …); FieldReader joins them back.
 */
export const DATE_PARTS = ['Day', 'Month', 'Year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** The keys of the day, month and year columns of a date split over three columns. */
export function datePartKey(dateKey: string, part: DatePart): string {
  return `${dateKey}${part}`;
}

/** Date keys are constants of the code (a dozen), asked for on every row without the date's own column. */
const partKeys = new Map<string, readonly [string, string, string]>();
const MAX_KEYS = 64;

/** The column keys a split date's parts take. */
export function datePartKeys(dateKey: string): readonly [string, string, string] {
  let keys = partKeys.get(dateKey);
  if (keys === undefined) {
    keys = [datePartKey(dateKey, 'Day'), datePartKey(dateKey, 'Month'), datePartKey(dateKey, 'Year')];
    if (partKeys.size < MAX_KEYS) partKeys.set(dateKey, keys);
  }
  return keys;
}
