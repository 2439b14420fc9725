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
import type { FieldTruth, MessKind } from './truth.js';

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

/** Each shape with the mess kind it is and the precision it keeps ('day', 'month' or 'year'). */
const DATE_SHAPES: readonly (readonly [{ make: DateShape; mess: MessKind; keeps: 10 | 7 | 4 }, number])[] = [
  [{ make: (y, m, d) => new Date(Date.UTC(y, m - 1, d)), mess: 'date:cell', keeps: 10 }, 30],
  [{ make: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`, mess: 'date:dd/mm/yyyy', keeps: 10 }, 18],
  [{ make: (y, m, d) => `${d}/${m}/${y}`, mess: 'date:d/m/yyyy', keeps: 10 }, 10],
  [{ make: (y, m, d) => `${pad(d)}-${pad(m)}-${y}`, mess: 'date:dd-mm-yyyy', keeps: 10 }, 6],
  [{ make: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`, mess: 'date:dd.mm.yyyy', keeps: 10 }, 5],
  [{ make: (y, m, d) => `ngày ${d} tháng ${m} năm ${y}`, mess: 'date:words', keeps: 10 }, 5],
  [{ make: (y, m, d) => `${d}/${m}/${pad(y % 100)}`, mess: 'date:d/m/yy', keeps: 10 }, 4],
  [{ make: (y, m, d) => `${pad(d)}${pad(m)}${y}`, mess: 'date:ddmmyyyy', keeps: 10 }, 3],
  [{ make: (y, m, d) => `${y}-${pad(m)}-${pad(d)}`, mess: 'date:iso', keeps: 10 }, 4],
  // Five-digit serials only (serial 10000 is 1927-05-18): a four-digit one in a CSV reads as a year, rightly.
  [{ make: (y, m, d) => (y >= 1928 ? excelSerial(y, m, d) : `${pad(d)}/${pad(m)}/${y}`), mess: 'date:serial', keeps: 10 }, 3],
  [{ make: (y, m, d) => `Ngày ${pad(d)}/${pad(m)}/${y}`, mess: 'date:prefixed', keeps: 10 }, 3],
  [{ make: (y, m, d) => ` ${pad(d)} / ${pad(m)} / ${y} `, mess: 'date:spaced', keeps: 10 }, 3],
  [{ make: (y, m) => `${pad(m)}/${y}`, mess: 'date:mm/yyyy', keeps: 7 }, 3],
  [{ make: (y) => String(y), mess: 'date:year', keeps: 4 }, 3],
];

/**
 * A date cell for an ISO date ('YYYY-MM-DD', or a year alone) in one of the
 * shapes above; `truth` gets the shape and the date at the precision the cell keeps.
 */
export function dateCell(random: Random, iso: string, truth?: FieldTruth): BenchCell {
  if (iso.length === 4) {
    const asNumber = random.chance(0.5);
    truth?.mess.push(asNumber ? 'date:year-number' : 'date:year');
    return asNumber ? Number(iso) : iso;
  }
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const shape = random.weighted(DATE_SHAPES);
  if (truth) {
    truth.mess.push(shape.mess === 'date:serial' && year < 1928 ? 'date:dd/mm/yyyy' : shape.mess);
    truth.expected = iso.slice(0, shape.keeps);
  }
  return shape.make(year, month, day);
}

/** A year cell (a parent's birth year): a number or text. */
export function yearCell(random: Random, year: number, truth?: FieldTruth): BenchCell {
  const asNumber = random.chance(0.7);
  if (asNumber) truth?.mess.push('year:number');
  return asNumber ? year : String(year);
}

export function personalIdCell(random: Random, id: string | null, truth?: FieldTruth): BenchCell {
  if (id === null) return null;
  if (id.length === 9) truth?.mess.push('id:cmnd');
  const roll = random.next();
  if (roll < 0.3 && id.startsWith('0')) {
    truth?.mess.push('id:lost-zero');
    return Number(id);
  }
  if (roll < 0.33) {
    truth?.mess.push('id:spaced');
    return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;
  }
  return id;
}

/** A name as typed: case and spacing slips. */
export function messyName(random: Random, name: string, truth?: FieldTruth): string {
  const roll = random.next();
  const [mess, typed]: [MessKind | null, string] =
    roll < 0.05 ? ['name:upper', name.toUpperCase()]
      : roll < 0.06 ? ['name:lower', name.toLowerCase()]
        : roll < 0.08 ? ['name:double-space', name.replace(' ', '  ')]
          : roll < 0.1 ? ['name:padded', ` ${name} `]
            : [null, name];
  if (mess) truth?.mess.push(mess);
  return typed;
}

export function sexCell(random: Random, sex: 'male' | 'female', truth?: FieldTruth): string {
  const [plain, lower, upper, word] = sex === 'male' ? ['Nam', 'nam', 'NAM', 'Trai'] : ['Nữ', 'nữ', 'NỮ', 'Gái'];
  const typed = random.weighted([[plain, 90], [lower, 5], [upper, 3], [word, 2]]);
  const mess = ({ [lower]: 'sex:lower', [upper]: 'sex:upper', [word]: 'sex:word' } as Record<string, MessKind>)[typed];
  if (mess) truth?.mess.push(mess);
  return typed;
}

/** Ethnicity spellings: [typed, 2008 code (QCVN 109 Appendix E), mess kind]. Sán Dìu is 17 in the 2008 list. */
const ETHNICITY_SPELLINGS: readonly (readonly [readonly [string | null, string | null, MessKind | null], number])[] = [
  [['Kinh', '01', null], 90], [['kinh', '01', 'ethnicity:lower'], 3], [['01', '01', 'ethnicity:code'], 2],
  [['Sán Dìu', '17', 'ethnicity:minority'], 2.5], [['Tày', '02', 'ethnicity:minority'], 1], [['Nùng', '07', 'ethnicity:minority'], 0.5], [[null, null, null], 1],
];

/** An ethnicity cell; `truth` gets the 2008 code it stands for. */
export function ethnicityCell(random: Random, truth?: FieldTruth): string | null {
  const [typed, code, mess] = random.weighted(ETHNICITY_SPELLINGS);
  if (truth) {
    truth.expected = code;
    if (mess) truth.mess.push(mess);
  }
  return typed;
}

const NATIONALITY_SPELLINGS: readonly (readonly [readonly [string | null, MessKind | null], number])[] = [
  [['Việt Nam', null], 92], [['VN', 'nationality:abbreviation'], 3], [['Viet Nam', 'nationality:unaccented'], 2], [['việt nam', 'nationality:lower'], 1], [[null, null], 2],
];

/** A nationality cell; `truth` gets the ISO 3166 code (VN, or null when blank). */
export function nationalityCell(random: Random, truth?: FieldTruth): string | null {
  const [typed, mess] = random.weighted(NATIONALITY_SPELLINGS);
  if (truth) {
    truth.expected = typed === null ? null : 'VN';
    if (mess) truth.mess.push(mess);
  }
  return typed;
}

/**
 * Text of a cell in a book typed with `encoding`: legacy books carry the font
 * on every text cell; a Unicode book now and then holds a cell pasted in
 * decomposed form or from a TCVN3 document.
 */
export function textCell(random: Random, encoding: BookEncoding, text: string | null, heading = false, truth?: FieldTruth): BenchCell {
  if (text === null || text === '') return null;
  if (encoding === 'tcvn3' || encoding === 'vni') {
    const fonts = LEGACY_FONTS[encoding];
    return { text: encodeLegacy(text, encoding, heading), font: heading ? fonts.header : fonts.data };
  }
  if (encoding === 'nfd') return text.normalize('NFD');
  if (heading) return text;
  const roll = random.next();
  if (roll < 0.015) {
    truth?.mess.push('cell:nfd');
    return text.normalize('NFD');
  }
  if (roll < 0.02) {
    truth?.mess.push('cell:tcvn3');
    return { text: encodeTcvn3(text), font: LEGACY_FONTS.tcvn3.data };
  }
  return text;
}
