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
