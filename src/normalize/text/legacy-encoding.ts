/**
 * The legacy encodings this stage converts, in the order the detector prefers
 * them on a tie, each with its decoder and the characters that betray it.
 * UTF-8 mojibake first: a well-formed multi-byte sequence is rarely chance.
 * Then TCVN3/ABC (the northern offices' standard), VNI, and Windows-1258.
 */
import {
  CP1258_MISREAD_AS_CP1252,
  TCVN3_VN1_EXTRA_LETTERS,
  TCVN3_VN3_LETTERS,
  VIETNAMESE_LETTERS,
  VNI_PAIRS,
  VNI_SINGLES,
} from '../../reference/legacy-tables.js';
import { decodeCp1258Mojibake, decodeUtf8Mojibake } from './decode-mojibake.js';
import { decodeTcvn3 } from './decode-tcvn3.js';
import { decodeVni, hasOrphanVniModifier } from './decode-vni.js';

/** tcvn3-capitals = TCVN3 typed in a `.Vn…H` font: decode, then upper-case. */
export type LegacyEncoding = 'tcvn3' | 'tcvn3-capitals' | 'vni' | 'cp1258' | 'utf8-mojibake';

/**
 * The encodings a font carries: what a whole row, sheet or file typed with one
 * keyboard is in, and so what a cell's context can tell about it.
 */
export type FontEncoding = 'tcvn3' | 'vni';

/**
 * What a cell's context (its row, its sheet) can say it was typed in: a font
 * encoding, or Windows-1258 read as Windows-1252 (a CP1258 sheet, sheet-encoding.ts).
 */
export type ContextEncoding = FontEncoding | 'cp1258';

export interface LegacyCandidate {
  encoding: Exclude<LegacyEncoding, 'tcvn3-capitals'>;
  /** Cheap test: could the decoder change anything at all? */
  present: RegExp;
  /**
   * Characters of the encoding that are not Vietnamese letters (so a Unicode
   * text would not contain them); they confirm a font hint (legacy-encodings.md §2).
   */
  marker: RegExp;
  /**
   * Does the text hold what the encoding's keyboards never typed (TCVN3: the
   * VN1-only positions; VNI: a modifier after no base vowel)?
   */
  untypable: (text: string) => boolean;
  decode: (text: string) => string;
}

function charClass(chars: Iterable<string>): RegExp {
  const escaped = [...new Set(chars)].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new RegExp(`[${escaped.join('')}]`);
}

const notVietnamese = (ch: string): boolean => !VIETNAMESE_LETTERS.includes(ch);

const tcvn3Chars = [...Object.keys(TCVN3_VN3_LETTERS), ...Object.keys(TCVN3_VN1_EXTRA_LETTERS)];
const vniChars = [...Object.keys(VNI_PAIRS).flatMap((pair) => [...pair].slice(1)), ...Object.keys(VNI_SINGLES)];
const vniModifiers = vniChars.flatMap((ch) => [ch.toLowerCase(), ch.toUpperCase()]).filter((ch) => ch.length === 1);
// A lead byte C2–F4 followed by a continuation byte 0x80–0xBF, either as Latin-1/C1
// or as the Windows-1252 punctuation for 0x80–0x9F.
const TCVN3_UNTYPABLE = charClass(Object.keys(TCVN3_VN1_EXTRA_LETTERS));
const UTF8_PAIR =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;

export const LEGACY_CANDIDATES: readonly LegacyCandidate[] = [
  {
    encoding: 'utf8-mojibake',
    present: UTF8_PAIR,
    marker: UTF8_PAIR,
    untypable: () => false,
    decode: decodeUtf8Mojibake,
  },
  {
    encoding: 'tcvn3',
    present: charClass(tcvn3Chars),
    marker: charClass(tcvn3Chars.filter(notVietnamese)),
    // VN3 keyboards (ABC, Unikey, VBKey) never emit the VN1-only positions
    // (legacy-encodings.md §3.3), so an `à` in a .VnTime cell hints at Unicode.
    untypable: (text) => TCVN3_UNTYPABLE.test(text),
    decode: (text) => decodeTcvn3(text),
  },
  {
    encoding: 'vni',
    present: charClass(vniModifiers),
    marker: charClass(vniModifiers.filter(notVietnamese)),
    // 'Lê', 'Trà', 'Ánh': VNI writes every modifier after its base vowel ('Leâ', 'Traø', 'AÙnh').
    untypable: hasOrphanVniModifier,
    decode: decodeVni,
  },
  {
    encoding: 'cp1258',
    present: charClass(Object.keys(CP1258_MISREAD_AS_CP1252)),
    marker: charClass(Object.keys(CP1258_MISREAD_AS_CP1252).filter(notVietnamese)),
    untypable: () => false,
    decode: decodeCp1258Mojibake,
  },
];

/** Decode `text` from `encoding`. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text);
    case 'tcvn3-capitals':
      return decodeTcvn3(text, { capitals: true });
    case 'vni':
      return decodeVni(text);
    case 'cp1258':
      return decodeCp1258Mojibake(text);
    case 'utf8-mojibake':
      return decodeUtf8Mojibake(text);
  }
}
