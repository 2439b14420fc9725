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
