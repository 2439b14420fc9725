/**
 * Two mojibake families that are not font tricks but code-page mix-ups
 * (legacy-encodings.md §5): Windows-1258 bytes read as Windows-1252
 * (`NguyêÞn`, `HoÌa`), and UTF-8 bytes read as Windows-1252 (`Nguyá»…n`, `HÃ  Ná»™i`).
 */
import { COMMON_SYLLABLES, CP1258_MISREAD_AS_CP1252, VIETNAMESE_LETTERS } from '../../reference/legacy-tables.js';
import { legacyByteOf } from './legacy-bytes.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

const CP1258_CHARS = new RegExp(`[${Object.keys(CP1258_MISREAD_AS_CP1252).join('')}]`, 'g');

/**
 * Windows-1258 seen through Windows-1252: map the 14 differing characters back
 * (Ã→Ă, Ð→Đ, Õ→Ơ, Ý→Ư, þ→₫…, and Ì Ò Þ ì ò → the combining tone marks CP1258
 * stores after the letter), then NFC composes the marks onto their letters.
 */
export function decodeCp1258Mojibake(text: string): string {
  return text.replace(CP1258_CHARS, (ch) => CP1258_MISREAD_AS_CP1252[ch] ?? ch).normalize('NFC');
}

/** Continuation byte 0x80–0xBF at position i, or -1. */
function continuation(text: string, i: number): number {
  if (i >= text.length) return -1;
  const byte = legacyByteOf(text.charCodeAt(i));
  return byte >= 0x80 && byte <= 0xbf ? byte : -1;
}

/** Length and code point of a well-formed UTF-8 sequence starting at i (RFC 3629), or null. */
function sequenceAt(text: string, i: number): [number, number] | null {
  const lead = legacyByteOf(text.charCodeAt(i));
  if (lead < 0xc2 || lead > 0xf4) return null;
  const b1 = continuation(text, i + 1);
  if (b1 < 0) return null;
  if (lead < 0xe0) return [2, ((lead & 0x1f) << 6) | (b1 & 0x3f)];
  // Reject overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if ((lead === 0xe0 && b1 < 0xa0) || (lead === 0xed && b1 > 0x9f)) return null;
  if ((lead === 0xf0 && b1 < 0x90) || (lead === 0xf4 && b1 > 0x8f)) return null;
  const b2 = continuation(text, i + 2);
  if (b2 < 0) return null;
  if (lead < 0xf0) return [3, ((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)];
  const b3 = continuation(text, i + 3);
  if (b3 < 0) return null;
  return [4, ((lead & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)];
}

/**
 * The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D): many
 * converters drop them, so a sequence that had one arrives cut short.
 */
const DROPPED_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
/** Stands for a cut-short sequence between the two passes (Unicode private use area). */
const SLOT = 0xe000;
const SLOT_WORD = /[\p{L}\p{M}\ue000-\ue0ff]+/gu;
const HAS_SLOT = /[\ue000-\ue0ff]/;
const COMMON = new Set(COMMON_SYLLABLES);
/** More slots in one word than this are left as typed (each slot has up to five readings). */
const MAX_SLOTS_PER_WORD = 2;

interface CutShort {
  /** The characters as they stand. */
  typed: string;
  /** The letters the sequence may have been, one per dropped byte that makes a Vietnamese letter. */
  letters: string[];
  /** No reading fits: the letter is lost (U+FFFD) rather than left as characters a reader takes for punctuation ('»'). */
  lostIfUnread: boolean;
}

/**
 * A sequence cut short by a dropped byte at i, or null: 'Ã'/'Ä' (C3/C4) before a
 * letter (Á Í Ý, Đ: 'Ãnh', 'Äức') and 'á»' (E1 BB) before anything but a
 * continuation (ề ọ ỏ Ố ờ: 'Ngá»c').
 */
function cutShortAt(text: string, i: number): [number, CutShort] | null {
  const lead = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if ((lead === 0xc3 || lead === 0xc4) && isLetterCode(next)) {
    const letters = DROPPED_BYTES.map((byte) => String.fromCharCode(((lead & 0x1f) << 6) | (byte & 0x3f))).filter((ch) => VIETNAMESE_LETTERS.includes(ch));
    return [1, { typed: text.charAt(i), letters, lostIfUnread: false }];
  }
  if (lead === 0xe1 && next === 0xbb && continuation(text, i + 2) < 0 && i + 2 < text.length) {
    const letters = DROPPED_BYTES.map((byte) => String.fromCharCode(0x1ec0 | (byte & 0x3f)));
    return [2, { typed: text.slice(i, i + 2), letters, lostIfUnread: true }];
  }
  return null;
}

/** A letter, ASCII or Latin-1 (the lead of the next sequence: 'Äáº·ng'). */
function isLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

/**
 * Re-read every well-formed UTF-8 byte sequence (seen as Windows-1252
 * characters); the rest passes through. A sequence cut short by a dropped byte
 * (cutShortAt) is read as the one letter that makes its word a Vietnamese
 * syllable (preferring the case of its neighbours, then a common syllable):
 * 'Ngá»c' → Ngọc, 'Ãnh' → Ánh, 'Äa' → Đa. With no single reading, 'á»' becomes
 * U+FFFD (a letter was lost) and 'Ã'/'Ä' stay as typed.
 */
export function decodeUtf8Mojibake(text: string): string {
  let out = '';
  const cut: CutShort[] = [];
  for (let i = 0; i < text.length; i++) {
    const sequence = text.charCodeAt(i) >= 0xc2 ? sequenceAt(text, i) : null;
    if (sequence !== null) {
      out += String.fromCodePoint(sequence[1]);
      i += sequence[0] - 1;
      continue;
    }
    const short = cut.length < 0xff && text.charCodeAt(i) >= 0xc3 ? cutShortAt(text, i) : null;
    if (short === null) {
      out += text.charAt(i);
      continue;
    }
    out += String.fromCharCode(SLOT + cut.length);
    cut.push(short[1]);
    i += short[0] - 1;
  }
  if (cut.length > 0) out = out.replace(SLOT_WORD, (word) => (HAS_SLOT.test(word) ? readCutShort(word, cut) : word));
  return out.normalize('NFC');
}

/** A word with cut-short sequences, each read as its one fitting letter (see decodeUtf8Mojibake). */
function readCutShort(word: string, cut: readonly CutShort[]): string {
  const slots = [...word].filter((ch) => HAS_SLOT.test(ch)).map((ch) => cut[ch.charCodeAt(0) - SLOT]!);
  const fallback = (): string => word.replace(/[\ue000-\ue0ff]/g, (ch) => {
    const slot = cut[ch.charCodeAt(0) - SLOT]!;
    return slot.lostIfUnread ? '\ufffd' : slot.typed;
  });
  if (slots.length > MAX_SLOTS_PER_WORD) return fallback();
  let readings = [''];
  for (const ch of word) {
    const slot = HAS_SLOT.test(ch) ? cut[ch.charCodeAt(0) - SLOT]! : undefined;
    const options = slot === undefined ? [ch] : slot.letters;
    readings = readings.flatMap((reading) => options.map((option) => reading + option));
  }
  const syllables = readings.filter((reading) => isVietnameseSyllable(reading.normalize('NFC')));
  const best = narrow(narrow(syllables, caseFits), (reading) => COMMON.has(reading.normalize('NFC').toLowerCase()));
  return best.length === 1 ? best[0]! : fallback();
}

/** The readings that pass `test`, or all of them when none does. */
function narrow(readings: readonly string[], test: (reading: string) => boolean): readonly string[] {
  const passing = readings.filter(test);
  return passing.length > 0 ? passing : readings;
}

/** A word in one case, or capitalised: 'Ngọc', 'NGỌC', 'Ánh', not 'NgỐc'. */
function caseFits(reading: string): boolean {
  const rest = reading.slice(1);
  return rest === rest.toLowerCase() || reading === reading.toUpperCase();
}

/**
 * Is every non-ASCII character of the text part of a well-formed UTF-8 sequence of a letter ('PiÃ±eda', 'JosÃ©')
 * or of a Latin-1 character — the characters legacy text is stored as: a TCVN3 CSV exported as UTF-8 and
 * opened again as Windows-1252 ('NguyÃ”n VÂ¨n An', 'xÂ· Tam HÃ®p' for 'NguyÔn V¨n An', 'x· Tam Hîp').
 */
export function isWholeUtf8Mojibake(text: string): boolean {
  let sequences = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const sequence = sequenceAt(text, i);
    if (sequence === null || !(isLatin1(sequence[1]) || LETTER_OR_MARK.test(String.fromCodePoint(sequence[1])))) return false;
    sequences++;
    i += sequence[0] - 1;
  }
  return sequences > 0;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** U+00A0–U+00FF: a legacy (TCVN3, VNI) byte as the cell holds it. */
function isLatin1(code: number): boolean {
  return code >= 0xa0 && code <= 0xff;
}

/**
 * Is the no-break space at `i` a UTF-8 continuation byte 0xA0 seen as Windows-1252
 * (legacy-encodings.md §1)? Only where it completes a letter a Vietnamese or
 * European name has: à (C3 A0), Ơ (C6 A0), Š (C5 A0), Ạ (E1 BA A0), Ỡ (E1 BB A0),
 * and a doubly encoded NBSP (C2 A0). Anywhere else an NBSP is a space typed
 * with Ctrl+Shift+Space or pasted from the web: no legacy encoding uses byte
 * 0xA0 for a letter (tcvn3-decode.csv, vni.csv: "no-break space in all variants").
 */
export function isMojibakeNbsp(text: string, i: number): boolean {
  const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (previous === 0xc2 || previous === 0xc3 || previous === 0xc5 || previous === 0xc6) return true;
  return (previous === 0xba || previous === 0xbb) && i > 1 && text.charCodeAt(i - 2) === 0xe1;
}
