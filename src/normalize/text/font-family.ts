/**
 * Which encoding a cell's font name implies (legacy-encodings.md §2, "Font-name
 * families"). The font is a strong hint, not proof: detect-legacy-encoding.ts
 * confirms it with the content.
 */

/** tcvn3-capitals = a `.Vn…H` font: same table, but every letter is drawn as a capital. */
export type FontFamily = 'tcvn3' | 'tcvn3-capitals' | 'vni' | 'unicode';

// Names are compared trimmed and case-insensitively; quotes appear when a font
// name was copied out of CSS (`font-family: ".VnTime"`).
const QUOTES = /^["']+|["']+$/g;

/**
 * `.Vn*` → TCVN3 (any face: the family has many); `.Vn*` ending in H → TCVN3
 * capitals (`.VnTimeH`, `.VnArialH`, also spelt `.VnTimeh`); `VNI-*` → VNI
 * (also `VNI Times`, `VNI_Times`); any other name → Unicode; no name → null.
 */
export function fontFamily(font: unknown): FontFamily | null {
  if (typeof font !== 'string') return null;
  // Asked for every text cell: a name starting with an ASCII letter other than v ('Times New Roman',
  // 'Calibri', 'Arial') needs no trimming, is not empty and can start neither '.vn' nor 'vni'.
  const first = font.charCodeAt(0) | 0x20;
  if (first >= 0x61 && first <= 0x7a && first !== 0x76) return 'unicode';
  const name = font.trim().replace(QUOTES, '').trim().toLowerCase();
  if (name === '') return null;
  if (name.startsWith('.vn')) return name.endsWith('h') ? 'tcvn3-capitals' : 'tcvn3';
  if (/^vni[-_ ]/.test(name)) return 'vni';
  return 'unicode';
}
