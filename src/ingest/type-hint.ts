import type { RecordTypeName } from '../record-types/record-type.js';
import { foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';

/**
 * The register a file or sheet name announces ('so-khai-sinh-2015.xlsx',
 * 'KT 2005', 'Sổ kết hôn'). Used only when the header names too few columns
 * particular to one register to tell it apart on its own.
 */
const HINTS: readonly [RegExp, RecordTypeName][] = [
  [/\b(khai sinh|ks|dang ky lai khai sinh)\b/, 'birth'],
  [/\b(ket hon|kh)\b/, 'marriage'],
  [/\b(khai tu|kt|chung tu)\b/, 'death'],
];

export function recordTypeHint(...names: readonly string[]): RecordTypeName | null {
  const folded = foldHeader(names.join(' ').replace(/[_\-.]/g, ' '));
  const found = HINTS.filter(([pattern]) => pattern.test(folded)).map(([, type]) => type);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The registers' names written out: titles abbreviate nothing ('KT.' above a signer is 'ký thay'). */
const TITLE_HINTS: readonly [RegExp, RecordTypeName][] = [
  [/\bkhai sinh\b/, 'birth'],
  [/\bket hon\b/, 'marriage'],
  [/\b(khai tu|chung tu)\b/, 'death'],
];
/** A row with this many filled cells is the table (its header or an entry), no title. */
const TABLE_CELLS = 3;

/**
 * The register the title lines at the top of a sheet announce ('SỔ ĐĂNG KÝ KHAI TỬ',
 * 'UBND XÃ SƠN LÔI' over 'SỔ ĐĂNG KÝ KẾT HÔN NĂM 2005'): the rows above the first
 * row of three cells or more, when they name exactly one register. Like the file
 * name, used only for a header that names nothing particular to one register.
 */
export function titleTypeHint(rows: readonly SheetRow[]): RecordTypeName | null {
  const titles: string[] = [];
  for (const row of rows) {
    const texts = row.cells.flatMap((cell) => (cell === undefined || cell.text.trim() === '' ? [] : [cell.text]));
    if (texts.length >= TABLE_CELLS) break;
    titles.push(...texts);
  }
  if (titles.length === 0) return null;
  const folded = foldHeader(titles.join(' '));
  const found = TITLE_HINTS.filter(([pattern]) => pattern.test(folded)).map(([, type]) => type);
  return found.length === 1 ? (found[0] ?? null) : null;
}
