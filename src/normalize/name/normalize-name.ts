/**
 * Normalizer for a personal-name cell (DOMAIN.md §4, §4.1, §8). Input is already text-cleaned
 * (NFC, legacy fonts converted) but may be in any letter case and carry honorifics, remarks or
 * stray punctuation. Output: the canonical name split into họ / chữ đệm / tên, or null for a blank
 * cell (the caller decides whether the name was required). Never throws; idempotent on fullName.
 */
import { NONE_MARKERS, UNNAMED_PLACEHOLDERS } from '../../reference/name-lists.js';
import { ok, type Finding, type Normalized } from '../finding.js';
import { stripHonorifics } from './honorific.js';
import { capitaliseName } from './name-case.js';
import { accentKey } from './name-keys.js';
import { splitName } from './name-split.js';
import {
  canonicalText,
  extractRemarks,
  hasLoosePunctuationWord,
  invalidNameCharacters,
  isPlainVietnamese,
  trimEdgePunctuation,
} from './name-text.js';
import { lostDiacritics } from './no-diacritics.js';
import { applyToneStyle, type ToneStyle } from './tone-style.js';

export type { ToneStyle } from './tone-style.js';
export { applyToneStyle } from './tone-style.js';
export { accentKey, foldedKey } from './name-keys.js';

export interface PersonName {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
}

const NONE_KEYS = new Set(NONE_MARKERS.map(accentKey));
const PLACEHOLDER_KEYS = new Set(UNNAMED_PLACEHOLDERS.map(accentKey));
/** More middle words than this suggests two names in one cell (women's names have ≤ 3, §4). */
const MAX_MIDDLE_WORDS = 3;
const ABBREVIATION = /^\p{L}{1,3}\.$/u;
/** Officer-facing names of the two placement styles (DOMAIN.md §4.1). */
const STYLE_LABEL_VI: Record<string, string> = { old: 'kiểu cũ: hòa, thủy', new: 'kiểu mới: hoà, thuỷ' };

/** Normalizes one name cell; see the module comment for the contract. */
export function normalizeName(text: string, options: { toneStyle: ToneStyle }): Normalized<PersonName | null> {
  const typed = canonicalText(text);
  if (typed === '') return ok(null);
  const findings: Finding[] = [];

  const { rest: withoutRemarks, remarks } = extractRemarks(typed);
  if (withoutRemarks !== typed) {
    findings.push(
      remarks.length > 0
        ? { code: 'NAME_REMARK_REMOVED', from: typed, to: withoutRemarks, params: { remark: remarks.join('; ') } }
        : { code: 'NAME_PUNCTUATION_REMOVED', from: typed, to: withoutRemarks },
    );
  }
  const trimmed = trimEdgePunctuation(withoutRemarks);
  if (trimmed !== withoutRemarks) {
    findings.push({ code: 'NAME_PUNCTUATION_REMOVED', from: withoutRemarks, to: trimmed });
  }

  // Cells that hold no name at all: one finding replaces the clean-up notes above.
  // The marker lists hold no final oa/oe/uy, so lower case is as good as accentKey here.
  const cellKey = trimmed.toLowerCase();
  if ((trimmed === '' && remarks.length === 0) || NONE_KEYS.has(cellKey)) {
    return ok(null, [{ code: 'NAME_NONE_MARKER', from: typed, to: '' }]);
  }
  if (trimmed === '' || PLACEHOLDER_KEYS.has(cellKey)) {
    return ok(null, [{ code: 'NAME_PLACEHOLDER', from: typed, to: '' }]);
  }

  const honorifics = stripHonorifics(trimmed);
  findings.push(...honorifics.findings);
  const bareName = honorifics.rest;
  // 'Anh không rõ', 'Bà chưa rõ': a title in front of "unknown" is still no name.
  if (bareName !== trimmed) {
    const bareKey = bareName.toLowerCase();
    if (NONE_KEYS.has(bareKey) || PLACEHOLDER_KEYS.has(bareKey)) {
      return ok(null, [{ code: 'NAME_PLACEHOLDER', from: typed, to: '' }]);
    }
  }

  const plain = isPlainVietnamese(bareName);
  const invalid = plain ? [] : invalidCharacters(bareName);
  if (invalid.length > 0) {
    findings.push({ code: 'NAME_INVALID_CHARACTERS', params: { characters: invalid.join(' ') } });
  }

  // Case mapping keeps precomposed Vietnamese letters in NFC; anything else is re-normalized.
  const cased = plain ? capitaliseName(bareName) : capitaliseName(bareName).normalize('NFC');
  const fullName = applyToneStyle(cased, options?.toneStyle ?? 'as-written');
  if (fullName !== cased) {
    findings.push({ code: 'NAME_TONE_STYLE_APPLIED', from: cased, to: fullName, params: { style: STYLE_LABEL_VI[options.toneStyle] ?? '' } });
  }

  const nameWords = fullName.split(' ');
  const { familyWordCount, ...parts } = splitName(nameWords);
  if (invalid.length === 0) findings.push(...shapeFindings(nameWords, familyWordCount));
  return ok({ fullName, ...parts }, findings);
}

/** Characters of a name that no name can hold, including stray periods and loose punctuation. */
function invalidCharacters(name: string): string[] {
  const invalid = invalidNameCharacters(name);
  const words = name.split(' ');
  if (hasLoosePunctuationWord(words)) invalid.push(...words.filter((word) => /^[-'.]+$/.test(word)));
  // A period may only close a short abbreviation ('Ng. Văn An'); 'Nguyễn. Văn An' is a stray one.
  if (words.some((word) => word.endsWith('.') && !ABBREVIATION.test(word))) invalid.push('.');
  return [...new Set(invalid)];
}

/** Warnings about the shape of a name made only of valid characters. */
function shapeFindings(words: readonly string[], familyWordCount: number): Finding[] {
  const findings: Finding[] = [];
  if (words.length === 1) findings.push({ code: 'NAME_SINGLE_WORD' });
  const middleWordCount = words.length - familyWordCount - 1;
  if (middleWordCount > MAX_MIDDLE_WORDS) {
    findings.push({ code: 'NAME_TOO_MANY_WORDS', params: { wordCount: words.length } });
  }
  const abbreviations = words.filter((word) => word.endsWith('.') && ABBREVIATION.test(word));
  if (abbreviations.length > 0) {
    findings.push({ code: 'NAME_ABBREVIATED', params: { abbreviations: abbreviations.join(' ') } });
  }
  if (lostDiacritics(words, familyWordCount)) findings.push({ code: 'NAME_NO_DIACRITICS' });
  return findings;
}
