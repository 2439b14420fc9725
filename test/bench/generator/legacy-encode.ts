/**
 * Unicode → legacy 8-bit font text, as an ABC (TCVN3) or VNI keyboard typed it
 * into a cell: the inverses of the project's decode tables
 * (src/reference/legacy-tables.ts), copied from fixtures/generator/legacy-encode.ts.
 * The result is the Windows-1252 view of the legacy bytes, which is what an
 * .xlsx cell (and a CSV saved in the ANSI code page) holds.
 */
import { TCVN3_VN3_LETTERS, VNI_PAIRS, VNI_SINGLES } from '../../../src/reference/legacy-tables.js';

export type LegacyFont = 'tcvn3' | 'vni';

/** Font names the officers' PCs used with each keyboard (legacy-encodings.md §2). */
export const LEGACY_FONTS: Readonly<Record<LegacyFont, { data: string; header: string }>> = {
  tcvn3: { data: '.VnTime', header: '.VnTimeH' },
  vni: { data: 'VNI-Times', header: 'VNI-Times' },
};

function invert(table: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(table).map(([legacy, letter]) => [letter.normalize('NFC'), legacy]));
}

const toTcvn3 = invert(TCVN3_VN3_LETTERS);
const toVni = new Map([...invert(VNI_PAIRS), ...invert(VNI_SINGLES)]);
const ASCII = /^[\x00-\x7f]*$/;

/** .VnTime: VN3 has no toned capitals, so ABC keyboards wrote the lowercase code (legacy-encodings.md §3). */
export function encodeTcvn3(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (const char of text.normalize('NFC')) out += toTcvn3.get(char) ?? toTcvn3.get(char.toLowerCase()) ?? char;
  return out;
}

/** .VnTimeH draws every lowercase code as a capital: headings were typed in lower case. */
function encodeTcvn3Capitals(text: string): string {
  return encodeTcvn3(text.toLowerCase());
}

export function encodeVni(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (const char of text.normalize('NFC')) out += toVni.get(char) ?? char;
  return out;
}

/** Text as typed with the keyboard of `font`: data cells, or headings (`.VnTimeH` capitals). */
export function encodeLegacy(text: string, font: LegacyFont, heading = false): string {
  if (font === 'vni') return encodeVni(text);
  return heading ? encodeTcvn3Capitals(text) : encodeTcvn3(text);
}
