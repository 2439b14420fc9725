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

/** Every VNI modifier byte is in 0xC0–0xFF; only then is a pair worth looking up. */
function pairAt(text: string, i: number): string | undefined {
  const next = text.charCodeAt(i + 1);
  return next >= 0xc0 && next <= 0xff ? PAIRS.get(text.charAt(i) + text.charAt(i + 1)) : undefined;
}

/** Decode a VNI cell string; never throws; characters that are not VNI pass through. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = pairAt(text, i);
    if (pair !== undefined) {
      out += pair;
      i++;
    } else if (code < 0x80) out += text.charAt(i);
    else if (code <= 0x9f) out += windows1252Char(code) ?? text.charAt(i); // C1 control = Windows punctuation byte
    else out += SINGLES.get(text.charAt(i)) ?? text.charAt(i);
  }
  return out;
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
