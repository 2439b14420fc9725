/**
 * Honorific and kinship prefixes in name cells ('Cháu Nguyễn Văn An', 'BÀ: LÊ THỊ HOA',
 * 'Con ông Trần Văn Sơn'). Decision rule, so that real names survive:
 * - a prefix followed by ':' or '-' is always a title ('Ông: Văn Dũng' → 'Văn Dũng');
 * - 'Ông' is also a surname ('Ông Văn Dũng', 'Ông Thị Hoa'), so without punctuation it is only
 *   removed when a known surname starts a full name after it ('Ông Nguyễn Văn Tư' → 'Nguyễn Văn Tư'),
 *   never before a woman's name ('Thị'), and before a surname as common as a middle name ('Ông
 *   Kim Uyên', 'Ông Công Thành': of the Ông family) only when three words follow;
 * - "child of" ('Con bà', 'Con ông', 'Con của') is removed before anything: the rest is a parent's name;
 * - the other prefixes (Bà, Cháu, Anh, Em, …) are never Vietnamese surnames: they are removed when a
 *   known surname follows, or when at least two words (a family and a given name) follow — this
 *   catches minority surnames missing from the list ('Cháu Hảng A Dế'). A lone word after them
 *   ('Anh Tuấn', 'Bà Lan') is kept: the cell may be a given name written without its surname.
 * Applied until nothing more comes off, so normalising the result again removes nothing.
 */
import { COMPOUND_FAMILY_NAMES, HONORIFIC_PREFIXES, SURNAMES, type HonorificKind } from '../../reference/name-lists.js';
import type { Finding } from '../finding.js';
import { accentKey } from './name-keys.js';
import { trimEdgePunctuation } from './name-text.js';

const SURNAME_KEYS = new Set(SURNAMES.map(accentKey));
const COMPOUND_FIRST_WORD_KEYS = new Set(COMPOUND_FAMILY_NAMES.map((name) => accentKey(name).split(' ')[0] ?? ''));
/** 'Ông' (Mr) and its abbreviation 'Ô'. */
const MISTER = new Set(['ông', 'ô']);
/** Surnames as common as middle names (Kim, Phương, Công, …): after 'Ông' they may be the middle name of an Ông. */
const MIDDLE_NAME_SURNAME_KEYS = new Set(['kim', 'phương', 'công', 'đình', 'quang', 'hoàng', 'mạnh', 'thanh', 'hồng', 'hữu', 'đức', 'ngọc', 'xuân', 'minh']);
const KIND_BY_PREFIX = new Map(HONORIFIC_PREFIXES.map((prefix) => [prefix.words, prefix.kind]));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest prefixes first; case-insensitive; then either punctuation or a space. */
const PREFIX = new RegExp(
  `^(${[...KIND_BY_PREFIX.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})` +
    `(\\s*[:\\-–—,.]+\\s*|\\s+)`,
  'iu',
);

/** True when `word` is a known Vietnamese family name (tone placement and case ignored). */
export function isKnownSurname(word: string): boolean {
  const key = accentKey(word);
  return SURNAME_KEYS.has(key) || COMPOUND_FIRST_WORD_KEYS.has(key);
}

function shouldRemove(kind: HonorificKind, prefix: string, punctuated: boolean, rest: string): boolean {
  if (rest === '') return false;
  if (punctuated) return true;
  // 'Con bà Lan': what follows "child of" is a parent's name, however short; 'Con' is no surname.
  if (kind === 'parent-reference') return true;
  const words = rest.split(' ');
  const surnameFirst = isKnownSurname(words[0] ?? '');
  if (kind === 'maybe-surname') {
    // A woman is never 'Ông' (Mr): 'Ông Thị Hoa', 'Ông Phương Thị Lan' are of the Ông family.
    if (MISTER.has(accentKey(prefix)) && words.some((word) => accentKey(word) === 'thị')) return false;
    // 'Ông Kim Uyên', 'Ông Công Thành': a surname that is as often a middle name needs a whole name after it.
    const minimum = MIDDLE_NAME_SURNAME_KEYS.has(accentKey(words[0] ?? '')) ? 3 : 2;
    return surnameFirst && words.length >= minimum;
  }
  return surnameFirst || words.length >= 2;
}

export interface HonorificResult {
  rest: string;
  findings: Finding[];
}

/** Strips leading titles from a cleaned, single-spaced name; reports what came off. */
export function stripHonorifics(text: string): HonorificResult {
  let rest = text;
  const removed: string[] = [];
  let parentReference = false;
  // Terminates: every removal shortens `rest`.
  for (;;) {
    const match = PREFIX.exec(rest);
    if (match === null) break;
    const prefix = match[1] ?? '';
    const kind = KIND_BY_PREFIX.get(prefix.toLowerCase()) ?? 'title';
    const remainder = trimEdgePunctuation(rest.slice(match[0].length));
    if (!shouldRemove(kind, prefix, /[:\-–—]/.test(match[2] ?? ''), remainder)) break;
    removed.push(prefix);
    if (kind === 'parent-reference') parentReference = true;
    rest = remainder;
  }
  if (removed.length === 0) return { rest: text, findings: [] };
  const findings: Finding[] = [
    { code: 'NAME_HONORIFIC_REMOVED', from: text, to: rest, params: { honorific: removed.join(' ') } },
  ];
  if (parentReference) findings.push({ code: 'NAME_PARENT_REFERENCE', params: { name: rest } });
  return { rest, findings };
}
