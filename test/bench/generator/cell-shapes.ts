/**
 * How typists left values in register cells, in the shares the benchmark uses
 * (per cell unless said otherwise; the book-level shares are in book-plan.ts):
 *
 * - dates in a dozen shapes: a real date cell 30 %, dd/mm/yyyy 18 %, d/m/yyyy 10 %,
 *   dd-mm-yyyy 6 %, dd.mm.yyyy 5 %, 'ngày d tháng m năm yyyy' 5 %, d/m/yy 4 %,
 *   ddmmyyyy 3 %, yyyy-mm-dd 4 %, an Excel serial left as a number 3 %,
 *   'Ngày dd/mm/yyyy' 3 %, ' dd / mm / yyyy ' 3 %, mm/yyyy 3 %, the year only 3 %;
 * - personal IDs that lost their leading zero (stored as a number) 30 %, typed in
 *   groups with spaces 3 %;
 * - names in capitals 5 %, lower case 1 %, with doubled or stray spaces 4 %;
 *   in a Unicode book, pasted decomposed (NFD) 1.5 % or pasted from a TCVN3
 *   document with its .VnTime font 0.5 %;
 * - sex, ethnicity and nationality in their usual spellings (Nam / nam / NAM / Trai …).
 */
import { encodeLegacy, encodeTcvn3, LEGACY_FONTS, type LegacyFont } from './legacy-encode.js';
import type { Random } from './random.js';

/** A cell as the benchmark writes it: a value, or text typed in a legacy font. */
export type BenchCell = string | number | Date | null | { text: string; font: string };

/** How a whole book was typed (a typist's keyboard and font settings). */
export type BookEncoding = 'unicode' | 'nfd' | LegacyFont;

const pad = (value: number): string => String(value).padStart(2, '0');

/** 1900-based Excel serial of a date after 1900-03-01. */
function excelSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

type DateShape = (year: number, month: number, day: number) => BenchCell;

const DATE_SHAPES: readonly (readonly [DateShape, number])[] = [
  [(y, m, d) => new Date(Date.UTC(y, m - 1, d)), 30],
  [(y, m, d) => `${pad(d)}/${pad(m)}/${y}`, 18],
  [(y, m, d) => `${d}/${m}/${y}`, 10],
  [(y, m, d) => `${pad(d)}-${pad(m)}-${y}`, 6],
  [(y, m, d) => `${pad(d)}.${pad(m)}.${y}`, 5],
  [(y, m, d) => `ngày ${d} tháng ${m} năm ${y}`, 5],
  [(y, m, d) => `${d}/${m}/${pad(y % 100)}`, 4],
  [(y, m, d) => `${pad(d)}${pad(m)}${y}`, 3],
  [(y, m, d) => `${y}-${pad(m)}-${pad(d)}`, 4],
  // Five-digit serials only (serial 10000 is 1927-05-18): a four-digit one in a CSV reads as a year, rightly.
  [(y, m, d) => (y >= 1928 ? excelSerial(y, m, d) : `${pad(d)}/${pad(m)}/${y}`), 3],
  [(y, m, d) => `Ngày ${pad(d)}/${pad(m)}/${y}`, 3],
  [(y, m, d) => ` ${pad(d)} / ${pad(m)} / ${y} `, 3],
  [(y, m) => `${pad(m)}/${y}`, 3],
  [(y) => String(y), 3],
];

/** A date cell for an ISO date ('YYYY-MM-DD', or a year alone) in one of the shapes above. */
export function dateCell(random: Random, iso: string): BenchCell {
  if (iso.length === 4) return random.chance(0.5) ? Number(iso) : iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return random.weighted(DATE_SHAPES)(year, month, day);
}

/** A year cell (a parent's birth year): a number or text. */
export function yearCell(random: Random, year: number): BenchCell {
  return random.chance(0.7) ? year : String(year);
}

export function personalIdCell(random: Random, id: string | null): BenchCell {
  if (id === null) return null;
  const roll = random.next();
  if (roll < 0.3 && id.startsWith('0')) return Number(id);
  if (roll < 0.33) return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;
  return id;
}

/** A name as typed: case and spacing slips. */
export function messyName(random: Random, name: string): string {
  const roll = random.next();
  if (roll < 0.05) return name.toUpperCase();
  if (roll < 0.06) return name.toLowerCase();
  if (roll < 0.08) return name.replace(' ', '  ');
  if (roll < 0.1) return ` ${name} `;
  return name;
}

export function sexCell(random: Random, sex: 'male' | 'female'): string {
  const [plain, lower, upper, word] = sex === 'male' ? ['Nam', 'nam', 'NAM', 'Trai'] : ['Nữ', 'nữ', 'NỮ', 'Gái'];
  return random.weighted([[plain, 90], [lower, 5], [upper, 3], [word, 2]]);
}

export function ethnicityCell(random: Random): string | null {
  return random.weighted<string | null>([['Kinh', 90], ['kinh', 3], ['01', 2], ['Sán Dìu', 2.5], ['Tày', 1], ['Nùng', 0.5], [null, 1]]);
}

export function nationalityCell(random: Random): string | null {
  return random.weighted<string | null>([['Việt Nam', 92], ['VN', 3], ['Viet Nam', 2], ['việt nam', 1], [null, 2]]);
}

/**
 * Text of a cell in a book typed with `encoding`: legacy books carry the font
 * on every text cell; a Unicode book now and then holds a cell pasted in
 * decomposed form or from a TCVN3 document.
 */
export function textCell(random: Random, encoding: BookEncoding, text: string | null, heading = false): BenchCell {
  if (text === null || text === '') return null;
  if (encoding === 'tcvn3' || encoding === 'vni') {
    const fonts = LEGACY_FONTS[encoding];
    return { text: encodeLegacy(text, encoding, heading), font: heading ? fonts.header : fonts.data };
  }
  if (encoding === 'nfd') return text.normalize('NFD');
  if (heading) return text;
  const roll = random.next();
  if (roll < 0.015) return text.normalize('NFD');
  if (roll < 0.02) return { text: encodeTcvn3(text), font: LEGACY_FONTS.tcvn3.data };
  return text;
}
