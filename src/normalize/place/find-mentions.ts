/**
 * Finds which words of a place text name the commune and which the district. A unit-type word
 * is optional and is only trusted together with a known name after it: folded, "phuong" is both
 * phường and the first syllable of Phương Khoan, "tinh" both tỉnh and the end of Đồng Tĩnh.
 * Unprefixed names count when they open a part or follow another recognised mention, so a
 * hamlet named like a commune ("thôn Tam Hợp, xã Đạo Tú") is not taken for the commune.
 */
import type { CommuneUnitType } from '../../reference/admin-units.js';
import { MAX_NAME_WORDS, NAME_INDEX } from './commune-index.js';
import { DISTRICT_ALIASES, PROVINCE_ALIASES } from './historical-units.js';
import type { PlaceToken } from './place-tokens.js';
import { canonicalSpelling, nameOfCanonicalKey } from './spelling-variants.js';
import { AUTHORITY_PREFIXES, PLACE_KEYWORDS, TRAILING_REMARKS, type HigherUnitType, type PlaceKeyword, type PlaceLevel } from './place-words.js';

export interface Mention {
  /** Folded name ("tam hop"); '' when a unit word is followed by nothing readable. */
  key: string;
  /** The words as typed, unit word included ("xã Tam Hợp"). */
  typed: string;
  /** The name's words as typed, without the unit word ("Tam Hợp"). */
  nameTyped: string;
  /** Level named by the unit word; null for a bare name. */
  level: PlaceLevel | null;
  communeType: CommuneUnitType | null;
  /** District or province type the unit word names ('TX' → thị xã); null for a bare name, a commune word or 'quận'. */
  higherType: HigherUnitType | null;
  /** A bare name opening a part or following another mention (see file comment). */
  anchored: boolean;
  /** The mention opens the whole text (only "UBND" may precede it). */
  opening: boolean;
  /** The name was typed with another i/y spelling than the list's ('Trung Mĩ'); `key` is the list's. */
  respelled: boolean;
}

/** Every name a mention can be: communes (all periods), district aliases, province aliases. */
const KNOWN_NAMES: ReadonlySet<string> = new Set([...NAME_INDEX.keys(), ...DISTRICT_ALIASES.keys(), ...PROVINCE_ALIASES]);

function startsWith(tokens: readonly PlaceToken[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.key === word);
}

// Keywords by first token, longest first, so a position is tested against a handful only.
const KEYWORDS_BY_FIRST_TOKEN = new Map<string, PlaceKeyword[]>();
for (const keyword of PLACE_KEYWORDS) {
  const first = keyword.tokens[0] ?? '';
  KEYWORDS_BY_FIRST_TOKEN.set(first, [...(KEYWORDS_BY_FIRST_TOKEN.get(first) ?? []), keyword]);
}

function keywordAt(tokens: readonly PlaceToken[], at: number): PlaceKeyword | null {
  const candidates = KEYWORDS_BY_FIRST_TOKEN.get(tokens[at]?.key ?? '');
  return candidates?.find((k) => startsWith(tokens, at, k.tokens)) ?? null;
}

function authorityLengthAt(tokens: readonly PlaceToken[], at: number): number {
  return AUTHORITY_PREFIXES.find((words) => startsWith(tokens, at, words))?.length ?? 0;
}

function keyOf(tokens: readonly PlaceToken[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.key).join(' ');
}

function typedOf(tokens: readonly PlaceToken[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.raw).join(' ');
}

interface KnownName {
  /** Tokens the name covers (0 = none). */
  length: number;
  /** Folded name as the lists write it. */
  key: string;
  respelled: boolean;
}

const NO_NAME: KnownName = { length: 0, key: '', respelled: false };

/**
 * The longest known name starting at `at`, as typed or in another i/y spelling
 * (spelling-variants.ts); of one length, the name as typed.
 */
function knownNameAt(tokens: readonly PlaceToken[], at: number): KnownName {
  let longest = NO_NAME;
  let key = '';
  let canonicalKey = '';
  let variable = false;
  const last = Math.min(at + MAX_NAME_WORDS, tokens.length);
  for (let end = at; end < last; end++) {
    const token = tokens[end]?.key ?? '';
    const canonical = canonicalSpelling(token);
    variable ||= canonical !== undefined;
    key = end === at ? token : `${key} ${token}`;
    canonicalKey = end === at ? (canonical ?? token) : `${canonicalKey} ${canonical ?? token}`;
    if (KNOWN_NAMES.has(key)) {
      longest = { length: end - at + 1, key, respelled: false };
    } else if (variable) {
      const listed = nameOfCanonicalKey(canonicalKey);
      if (listed !== undefined) longest = { length: end - at + 1, key: listed, respelled: true };
    }
  }
  return longest;
}

/** End of an unknown name after a unit word: up to the next unit word, skipping trailing remarks. */
function unknownNameEnd(tokens: readonly PlaceToken[], from: number): number {
  let end = from;
  while (end < tokens.length && keywordAt(tokens, end) === null && authorityLengthAt(tokens, end) === 0) end++;
  while (end > from && TRAILING_REMARKS.has(tokens[end - 1]?.key ?? '')) end--;
  return end;
}

/** Words of a hamlet or residential group given by its number ('tổ 7', 'xóm 3', 'đội 5', 'tổ dân phố 2'), folded. */
const HAMLET_WORDS: ReadonlySet<string> = new Set(['to', 'xom', 'thon', 'doi', 'khu', 'cum', 'ap', 'ban', 'pho']);
const HAMLET_NUMBER = /^\d{1,3}[a-z]?$/;

/**
 * Whether the tokens before `at` are a hamlet word and its number ('tổ 7 Tích Sơn', 'xóm 3 Đạo Tú'):
 * a numbered hamlet has no name to run on, so a known name right after it is the commune, typed
 * without its comma. A hamlet with a name ('xóm Chợ Đức Bác') tells nothing where its name ends.
 */
function numberedHamletEndsAt(tokens: readonly PlaceToken[], at: number): boolean {
  return at >= 2 && HAMLET_NUMBER.test(tokens[at - 1]?.key ?? '') && HAMLET_WORDS.has(tokens[at - 2]?.key ?? '');
}

/** Every mention in one segment, in order. */
function segmentMentions(tokens: readonly PlaceToken[], firstSegment: boolean): Mention[] {
  const mentions: Mention[] = [];
  let at = 0;
  let afterMention = true;
  let opening = firstSegment;
  while (at < tokens.length) {
    const authority = authorityLengthAt(tokens, at);
    if (authority > 0) {
      at += authority;
      afterMention = true;
      continue;
    }
    const keyword = keywordAt(tokens, at);
    const nameAt = keyword === null ? at : at + keyword.tokens.length;
    const known = knownNameAt(tokens, nameAt);
    const bareKnown = keyword === null ? known : knownNameAt(tokens, at);
    if (keyword !== null && (known.length > 0 || bareKnown.length === 0)) {
      const end = known.length > 0 ? nameAt + known.length : unknownNameEnd(tokens, nameAt);
      const key = known.length > 0 ? known.key : keyOf(tokens, nameAt, end);
      const { level, communeType, higherType } = keyword;
      const nameTyped = typedOf(tokens, nameAt, end);
      mentions.push({ key, typed: typedOf(tokens, at, end), nameTyped, level, communeType, higherType, anchored: true, opening, respelled: known.respelled });
      at = Math.max(end, nameAt);
      afterMention = true;
      opening = false;
    } else if (bareKnown.length > 0) {
      const end = at + bareKnown.length;
      const typed = typedOf(tokens, at, end);
      mentions.push({ key: bareKnown.key, typed, nameTyped: typed, level: null, communeType: null, higherType: null, anchored: afterMention, opening, respelled: bareKnown.respelled });
      at = end;
      afterMention = true;
      opening = false;
    } else {
      at++;
      opening = false;
      afterMention = (TRAILING_REMARKS.has(tokens[at - 1]?.key ?? '') && afterMention) || numberedHamletEndsAt(tokens, at);
    }
  }
  return mentions;
}

/** Mentions of all segments, in order. */
export function findMentions(segments: readonly (readonly PlaceToken[])[]): Mention[] {
  return segments.flatMap((tokens, index) => segmentMentions(tokens, index === 0));
}
