/**
 * Chooses, among the mentions of a place text, the one naming the commune and the one naming
 * the district; when no known commune is named, the words to suggest corrections for.
 */
import { NAME_INDEX } from './commune-index.js';
import type { Mention } from './find-mentions.js';
import { DISTRICT_ALIASES, PROVINCE_ALIASES } from './historical-units.js';
import type { PlaceToken } from './place-tokens.js';
import { AUTHORITY_PREFIXES, PLACE_KEYWORDS, TRAILING_REMARKS } from './place-words.js';

export interface PickedMentions {
  commune: Mention | null;
  district: Mention | null;
  /** Folded words that should have named the commune but match no known name. */
  unknownCommune: string | null;
  /** A district or province is named (so a missing commune is "missing", not "unknown"). */
  namesHigherUnit: boolean;
}

function namesHigherUnit(m: Mention): boolean {
  if (m.level === 'district' || m.level === 'province') return true;
  return m.level === null && (DISTRICT_ALIASES.has(m.key) || PROVINCE_ALIASES.has(m.key));
}

function isCommuneMention(m: Mention): boolean {
  if (!NAME_INDEX.has(m.key)) return false;
  if (m.level === 'commune') return true;
  // A bare name that is also a district or province ("Yên Lạc", "Vĩnh Phú") is a commune
  // candidate only when it opens the text: "Tam Hp, Yên Lạc" names the district. matchCommune
  // reads it as the higher unit after all when no commune of that name was in force.
  if (m.level !== null || !m.anchored) return false;
  return m.opening || !(DISTRICT_ALIASES.has(m.key) || PROVINCE_ALIASES.has(m.key));
}

function startsWith(tokens: readonly PlaceToken[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.key === word);
}

/** The first part's words after "UBND" and a commune word, when it names no higher unit. */
function leadingWords(segment: readonly PlaceToken[] | undefined): string | null {
  if (segment === undefined) return null;
  let at = 0;
  for (const prefix of AUTHORITY_PREFIXES) if (startsWith(segment, at, prefix)) at += prefix.length;
  const keyword = PLACE_KEYWORDS.find((k) => startsWith(segment, at, k.tokens));
  if (keyword !== undefined && keyword.level !== 'commune') return null;
  if (keyword !== undefined) at += keyword.tokens.length;
  const kept = segment.slice(at).filter((t) => !TRAILING_REMARKS.has(t.key));
  const key = kept.map((t) => t.key).join(' ');
  if (key === '' || DISTRICT_ALIASES.has(key) || PROVINCE_ALIASES.has(key)) return null;
  return key;
}

export function pickMentions(mentions: readonly Mention[], segments: readonly (readonly PlaceToken[])[]): PickedMentions {
  const communeIndex = mentions.findIndex(isCommuneMention);
  const commune = mentions[communeIndex] ?? null;
  const explicitDistrict = mentions.find((m, i) => m.level === 'district' && m.key !== '' && i !== communeIndex);
  const bareDistrict = mentions.find(
    (m, i) => i > communeIndex && m.level === null && m.anchored && DISTRICT_ALIASES.has(m.key),
  );
  const district = explicitDistrict ?? bareDistrict ?? null;
  const higher = mentions.some(namesHigherUnit);
  if (commune !== null) return { commune, district, unknownCommune: null, namesHigherUnit: higher };
  const keyworded = mentions.find((m) => m.level === 'commune' && m.key !== '');
  const unknownCommune = keyworded?.key ?? leadingWords(segments[0]);
  return { commune: null, district, unknownCommune, namesHigherUnit: higher };
}
