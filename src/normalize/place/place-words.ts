/**
 * Unit-type words as they appear in registers, as folded token sequences (see fold.ts; a dot
 * stays part of an abbreviation token: "x.", "tt."). Folding makes "phuong" (phường) equal to the
 * syllable of "Phương Khoan", so a keyword only counts when the words after it are checked against
 * the lists (find-mentions.ts), never by itself.
 */
import type { CommuneUnitType } from '../../reference/admin-units.js';

export type PlaceLevel = 'commune' | 'district' | 'province';

export interface PlaceKeyword {
  tokens: readonly string[];
  level: PlaceLevel;
  /** The commune unit type the word names (null for district/province words). */
  communeType: CommuneUnitType | null;
}

function keyword(words: string, level: PlaceLevel, communeType: CommuneUnitType | null = null): PlaceKeyword {
  return { tokens: words.split(' '), level, communeType };
}

// Longest first: "thi xa" (thị xã, a district) must win over "xa" (xã).
export const PLACE_KEYWORDS: readonly PlaceKeyword[] = [
  keyword('thi tran', 'commune', 'thị trấn'),
  keyword('thi xa', 'district'),
  keyword('thanh pho', 'district'),
  ...['xa', 'x.', 'x'].map((w) => keyword(w, 'commune', 'xã')),
  ...['phuong', 'p.', 'p'].map((w) => keyword(w, 'commune', 'phường')),
  ...['tt', 'tt.', 't.t.', 't.t'].map((w) => keyword(w, 'commune', 'thị trấn')),
  ...['huyen', 'h.', 'h', 'tp', 'tp.', 't.p.', 't.p', 'tx', 'tx.', 't.x.', 't.x', 'quan', 'q.'].map((w) =>
    keyword(w, 'district'),
  ),
  ...['tinh', 't.', 't'].map((w) => keyword(w, 'province')),
];

/** Words before a unit that only say who registered there ("UBND xã …", "Ủy ban nhân dân …"). */
export const AUTHORITY_PREFIXES: readonly (readonly string[])[] = [
  ['uy', 'ban', 'nhan', 'dan'],
  ['ubnd'],
  ['ubnd.'],
  ['ub'],
];

/** Folded tokens that keep their dot (everything else loses punctuation). */
export const DOTTED_TOKENS: ReadonlySet<string> = new Set(
  [...PLACE_KEYWORDS.flatMap((k) => k.tokens), ...AUTHORITY_PREFIXES.flat()].filter((t) => t.includes('.')),
);

/** Words after a name that do not change which unit is meant ("xã Tân Cương (cũ)"). */
export const TRAILING_REMARKS: ReadonlySet<string> = new Set(['cu', 'moi', 'nay']);

const TYPE_LABELS: Record<CommuneUnitType, string> = { xã: 'Xã', phường: 'Phường', 'thị trấn': 'Thị trấn' };

/** "Xã Tam Hợp", "Thị trấn Thổ Tang": the type word in sentence case, GSO spelling of the name. */
export function communeDisplayName(unitType: CommuneUnitType, name: string): string {
  return `${TYPE_LABELS[unitType]} ${name}`;
}
