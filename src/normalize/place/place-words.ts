/**
 * Unit-type words as they appear in registers, as folded token sequences (see fold.ts; a dot
 * stays part of an abbreviation token: "x.", "tt."). Folding makes "phuong" (phường) equal to the
 * syllable of "Phương Khoan", so a keyword only counts when the words after it are checked against
 * the lists (find-mentions.ts), never by itself.
 */
import type { CommuneUnitType, DistrictUnitType } from '../../reference/admin-units.js';

export type PlaceLevel = 'commune' | 'district' | 'province';

/** The type a district or province word names ('TX' → thị xã); null for 'quận' and commune words. */
export type HigherUnitType = DistrictUnitType | 'tỉnh';

export interface PlaceKeyword {
  tokens: readonly string[];
  level: PlaceLevel;
  /** The commune unit type the word names (null for district/province words). */
  communeType: CommuneUnitType | null;
  /** The district or province type the word names (null for commune words and 'quận'). */
  higherType: HigherUnitType | null;
}

function keyword(words: string, level: PlaceLevel, communeType: CommuneUnitType | null = null): PlaceKeyword {
  return { tokens: words.split(' '), level, communeType, higherType: null };
}

function higherKeyword(words: string, level: PlaceLevel, higherType: HigherUnitType | null): PlaceKeyword {
  return { tokens: words.split(' '), level, communeType: null, higherType };
}

// Longest first: "thi xa" (thị xã, a district) must win over "xa" (xã).
export const PLACE_KEYWORDS: readonly PlaceKeyword[] = [
  keyword('thi tran', 'commune', 'thị trấn'),
  higherKeyword('thi xa', 'district', 'thị xã'),
  higherKeyword('thanh pho', 'district', 'thành phố'),
  ...['xa', 'x.', 'x'].map((w) => keyword(w, 'commune', 'xã')),
  ...['phuong', 'p.', 'p'].map((w) => keyword(w, 'commune', 'phường')),
  ...['tt', 'tt.', 't.t.', 't.t', 'ttr', 'ttr.', 't.tr', 't.tr.'].map((w) => keyword(w, 'commune', 'thị trấn')),
  ...['huyen', 'h.', 'h'].map((w) => higherKeyword(w, 'district', 'huyện')),
  ...['tp', 'tp.', 't.p.', 't.p'].map((w) => higherKeyword(w, 'district', 'thành phố')),
  ...['tx', 'tx.', 't.x.', 't.x'].map((w) => higherKeyword(w, 'district', 'thị xã')),
  ...['quan', 'q.'].map((w) => higherKeyword(w, 'district', null)),
  ...['tinh', 't.', 't'].map((w) => higherKeyword(w, 'province', 'tỉnh')),
];

/** Words before a unit that only say who registered there ("UBND xã …", "Ủy ban nhân dân …"; "UBHC xã …", its name in the 1960s–70s). */
export const AUTHORITY_PREFIXES: readonly (readonly string[])[] = [
  ['uy', 'ban', 'nhan', 'dan'],
  ['uy', 'ban', 'hanh', 'chinh'],
  ['ubnd'],
  ['ubnd.'],
  ['ubhc'],
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
