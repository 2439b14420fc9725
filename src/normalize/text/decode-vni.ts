/**
 * VNI Windows (VNI-Times, VNI-Helve…) → Unicode, per legacy-encodings.md §4 and
 * vni.csv. Most letters are two characters, a base vowel and a modifier byte;
 * the same modifier means different things after different bases (`eâ` = ê but
 * `aê` = ă), so pairs are decoded as pairs, never modifiers alone. đ ơ ư and
 * the i/y forms are single bytes (a lone `ô` is ơ, `ó` is ĩ).
 */
import { VNI_PAIRS, VNI_SINGLES } from '../../reference/legacy-tables.js';
import { windows1252Char } from './legacy-bytes.js';

/**
 * Pairs as in vni.csv plus the same pairs with the modifier in the other case:
 * Excel's PROPER() turns `AÙNH` into `Aùnh`, so `Aù` must still read Á. The
 * base letter decides the case of the result.
 */
function buildPairs(): ReadonlyMap<string, string> {
  const pairs = new Map<string, string>(Object.entries(VNI_PAIRS));
  for (const [pair, letter] of Object.entries(VNI_PAIRS)) {
    const base = pair.charAt(0);
    const modifier = pair.charAt(1);
    const flipped = modifier === modifier.toLowerCase() ? modifier.toUpperCase() : modifier.toLowerCase();
    const key = base + flipped;
    if (flipped.length === 1 && !pairs.has(key)) pairs.set(key, letter);
  }
  return pairs;
}

const PAIRS = buildPairs();
const SINGLES: ReadonlyMap<string, string> = new Map(Object.entries(VNI_SINGLES));

/** The pair key of a base character and a modifier byte 0xC0–0xFF, as a number: no string is built per lookup. */
function pairCode(base: number, modifier: number): number {
  return base * 0x100 + (modifier & 0xff);
}

/** PAIRS by pairCode; pairs whose modifier is outside 0xC0–0xFF are never looked up (pairAt). */
const PAIR_BY_CODE: ReadonlyMap<number, string> = new Map(
  [...PAIRS].filter(([pair]) => pair.length === 2 && pair.charCodeAt(1) >= 0xc0 && pair.charCodeAt(1) <= 0xff).map(([pair, letter]) => [pairCode(pair.charCodeAt(0), pair.charCodeAt(1)), letter]),
);
/** SINGLES by character code (every key is one character). */
const SINGLE_BY_CODE: ReadonlyMap<number, string> = new Map([...SINGLES].filter(([ch]) => ch.length === 1).map(([ch, letter]) => [ch.charCodeAt(0), letter]));

/** Every VNI modifier byte is in 0xC0–0xFF; only then is a pair worth looking up. */
function pairAt(text: string, i: number): string | undefined {
  const next = text.charCodeAt(i + 1);
  return next >= 0xc0 && next <= 0xff ? PAIR_BY_CODE.get(pairCode(text.charCodeAt(i), next)) : undefined;
}

/** Decode a VNI cell string; never throws; characters that are not VNI pass through. */
export function decodeVni(text: string): string {
  // Characters that stay as they are are copied in stretches (`kept` = start of the current one), not one by one.
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = pairAt(text, i);
    let decoded: string | undefined;
    if (pair !== undefined) decoded = pair;
    else if (code < 0x80) continue;
    else if (code <= 0x9f) decoded = windows1252Char(code); // C1 control = Windows punctuation byte
    else decoded = SINGLE_BY_CODE.get(code);
    if (decoded === undefined) continue;
    out += text.slice(kept, i) + decoded;
    kept = pair === undefined ? i + 1 : i + 2;
    if (pair !== undefined) i++;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Every character VNI writes after a base vowel (both cases), single-byte letters excepted. */
const MODIFIERS: ReadonlySet<string> = new Set(
  [...PAIRS.keys()].map((pair) => pair.charAt(1)).filter((modifier) => !SINGLES.has(modifier)),
);

/**
 * True when the text holds a VNI modifier that no VNI keyboard could have put
 * there: one that is neither part of a pair nor a single-byte letter ('Lê', 'Trà',
 * 'Ánh' — VNI writes 'Leâ', 'Traø', 'AÙnh'). Such text was typed in Unicode.
 */
export function hasOrphanVniModifier(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (pairAt(text, i) !== undefined) i++;
    else if (MODIFIERS.has(text.charAt(i))) return true;
  }
  return false;
}
