import { normalizeText } from '../normalize/text/normalize-text.js';
import type { SheetRow } from './sheet-source.js';
import type { SourceCell } from './source-cell.js';

/** Lower case without accents, punctuation kept: for finding labels in title lines. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const BOOK = /quyen so\s*:?\s*([0-9][0-9a-z/.-]*)/;
const AUTHORITY = /^(?:uy ban nhan dan|ubnd)\s+((?:xa|phuong|thi tran)\s+.+)$/;

/**
 * Register facts printed once above the header instead of in a column:
 * 'Quyển số: 01/2015' → registration.book, 'ỦY BAN NHÂN DÂN XÃ TAM HỢP' →
 * registration.place. Rows use them when they have no such cell of their own.
 */
export function titleDefaults(titleRows: readonly SheetRow[]): Map<string, SourceCell> {
  const defaults = new Map<string, SourceCell>();
  for (const row of titleRows) {
    for (const cell of row.cells) {
      if (!cell) continue;
      const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value;
      const folded = plain(text);
      const book = BOOK.exec(folded);
      if (book?.[1] && !defaults.has('registration.book')) {
        const value = book[1].replace(/[.-]+$/, '');
        defaults.set('registration.book', { value, text: value, column: cell.column });
      }
      const authority = AUTHORITY.exec(folded);
      if (authority && !defaults.has('registration.place')) {
        // Keep the officer's spelling: cut the same number of words from the original text.
        const words = text.split(' ');
        const skip = folded.startsWith('ubnd') ? 1 : 4;
        const place = words.slice(skip).join(' ');
        defaults.set('registration.place', { value: place, text: place, column: cell.column });
      }
    }
  }
  return defaults;
}
