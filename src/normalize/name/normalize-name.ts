/**
 * Normalizer for a personal-name cell (DOMAIN.md §4, §4.1, §8). Input is already text-cleaned
 * (NFC, legacy fonts converted) but may be in any letter case and carry honorifics, remarks or
 * stray punctuation. Output: the canonical name split into họ / chữ đệm / tên, or null for a blank
 * cell (the caller decides whether the name was required). A foreign national's name
 * (`foreign`) is cleaned the same way but kept as typed and split as foreign-name.ts says.
 * Never throws; idempotent on fullName.
 */
import { ok, type Finding, type Normalized } from '../finding.js';
import { BIRTH_ORDER_PLACEHOLDER, HONORIFIC_PREFIXES, NONE_MARKERS, PLACEHOLDER_LEAD_WORDS, UNNAMED_PLACEHOLDERS } from '../../reference/name-lists.js';
import { isBaptismalKey, stripHonorifics } from './honorific.js';
import { capitaliseName, lowerCapitalisedWord } from './name-case.js';
import { accentKey, foldedKey } from './name-keys.js';
import { SURNAME_ACCENT_KEYS } from './surname-keys.js';
import { foreignName } from './foreign-name.js';
import { endsWithRemarkAcronym, extractRemarks } from './name-remarks.js';
import { digitsAsLetters } from './digit-letters.js';
import { mayStartCompoundFamilyName, splitName } from './name-split.js';
import {
  canonicalText,
  hasLoosePunctuationWord,
  invalidNameCharacters,
  isPlainVietnamese,
  scanLetterWords,
  separateJoinedWords,
  trimEdgePunctuation,
} from './name-text.js';
import { lostDiacritics } from './no-diacritics.js';
import { doubtfulWords, isDroppedLetterFamilyName } from './spelling.js';
import { typedInTelex } from './telex.js';
import { isNameSyllable } from './word-flags.js';
import { applyToneStyle, type ToneStyle } from './tone-style.js';
import { placeMisplacedToneMarks } from './misplaced-tone.js';
import { spaceHyphenatedSyllables } from './hyphenated-name.js';
import { mayEndInMiddleName, reorderGivenNameFirst } from './name-order.js';
import { hasNonAscii } from '../text/ascii.js';

export type { ToneStyle } from './tone-style.js';
export { applyToneStyle } from './tone-style.js';
export { accentKey, foldedKey } from './name-keys.js';

export interface PersonName {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
}

export interface NameOptions {
  toneStyle: ToneStyle;
  /** The person's nationality is read and is not Vietnamese (foreign-name.ts). */
  foreign?: boolean;
}

/** A lone '0' is a typist's "none" too ('0' | '0' | '0' across a parent's columns): no name holds a digit. */
const NONE_KEYS = new Set([...NONE_MARKERS.map(accentKey), '0']);
const PLACEHOLDER_KEYS = new Set(UNNAMED_PLACEHOLDERS.map(accentKey));
/** More middle words than this suggests two names in one cell (women's names have ≤ 3, §4). */
const MAX_MIDDLE_WORDS = 3;
const ABBREVIATION = /^\p{L}{1,3}\.$/u;
/** Capital letters that are no syllable alone (the Vietnamese consonants, and F, J, W, Z of foreign spellings). */
const CONSONANT_LETTERS: ReadonlySet<string> = new Set('BCDĐFGHJKLMNPQRSTVWXZ');
/** First words of titles and of "unknown" markers ('con', 'cháu', 'ông', 'không' …), lower case: such a cell takes the full path. */
const FULL_PATH_FIRST_WORDS = new Set(
  [...HONORIFIC_PREFIXES.map((prefix) => prefix.words), ...NONE_MARKERS, ...UNNAMED_PLACEHOLDERS, ...PLACEHOLDER_LEAD_WORDS].flatMap((words) => {
    const first = words.split(' ')[0] ?? '';
    return [first.toLowerCase(), accentKey(first)];
  }),
);
/**
 * First words of titles typed without marks ('cu', 'ong', 'ba'): a cell starting so takes the full
 * path, except that a family name spelled so ('Chu') before a name with marks is never a title there.
 */
const UNMARKED_TITLE_FIRST_WORDS = new Set(
  HONORIFIC_PREFIXES.map((prefix) => foldedKey(prefix.words.split(' ')[0] ?? '')).filter((first) => !FULL_PATH_FIRST_WORDS.has(first)),
);
/** PLACEHOLDER_LEAD_WORDS with the space that follows them. */
const PLACEHOLDER_LEADS = PLACEHOLDER_LEAD_WORDS.map((words) => `${words} `);
const NO_WORDS: readonly string[] = Object.freeze([]);
/** Officer-facing names of the two placement styles (DOMAIN.md §4.1). */
const STYLE_LABEL_VI: Record<string, string> = { old: 'kiểu cũ: hòa, thủy', new: 'kiểu mới: hoà, thuỷ' };

/** Normalizes one name cell; see the module comment for the contract. */
export function normalizeName(text: string, options: NameOptions): Normalized<PersonName | null> {
  return letterWordsName(text, options) ?? normalizeNameInFull(text, options);
}

/**
 * The answer of normalizeNameInFull for the common cell — Vietnamese letters
 * in words between single spaces, not starting with a word that may be a
 * title or an "unknown" marker, placement kept as written — without its
 * clean-up passes: every name of a register goes through here, and a test
 * holds it equal to the full path. Null for any other cell.
 */
function letterWordsName(text: string, options: NameOptions): Normalized<PersonName | null> | null {
  if (typeof text !== 'string' || (options?.toneStyle ?? 'as-written') !== 'as-written' || options.foreign === true) return null;
  const scan = scanLetterWords(text);
  if (scan === null || scan.closerLook) return null;
  const { wordCount, firstSpace, lastSpace } = scan;
  // 'Mai Van Hung GV': an unmarked name's trailing acronym is no syllable, which the scan asks about only in names with marks.
  if (scan.ascii && wordCount > 2 && endsWithRemarkAcronym(text)) return null;
  // 'Nguyễn Văn An trưởng thôn': lower-case words after a capitalised name may be an office (name-remarks.ts).
  if (!scan.capitalised && wordCount >= 4 && isLowerCaseLetter(text, lastSpace + 1) && !isLowerCaseLetter(text, 0)) return null;
  // 'Lan Nguyễn Thị': typed given name first, read back in the full path (name-order.ts).
  if (wordCount >= 3 && mayEndInMiddleName(text.slice(lastSpace + 1))) return null;
  const firstWord = firstSpace < 0 ? text : text.slice(0, firstSpace);
  const firstKey = scan.capitalised ? lowerCapitalisedWord(firstWord) : firstWord.toLowerCase();
  if (FULL_PATH_FIRST_WORDS.has(firstKey)) return null;
  // 'Giuse Nguyễn Văn An': a baptismal name before the civil name (honorific.ts).
  // (With marks, a baptismal name reads as no syllable and the scan asked for a closer look already.)
  if (wordCount > 2 && isBaptismalKey(firstKey)) return null;
  if (UNMARKED_TITLE_FIRST_WORDS.has(firstKey) && (scan.ascii || !SURNAME_ACCENT_KEYS.has(firstKey))) return null;
  // 'Ngyễn Thị Hoa': every word reads as a syllable, yet the family name lost a letter (spelling.ts).
  if (!scan.ascii && wordCount > 1 && isDroppedLetterFamilyName(firstKey)) return null;
  // 'Ng Gia Hân': a family name cut short (isCutFamilyName).
  if (wordCount > 1 && firstKey.length <= 3 && INITIAL_CLUSTER.test(firstKey)) return null;
  let fullName = text;
  if (!scan.capitalised) {
    const lower = text.toLowerCase();
    // Precomposed Vietnamese letters keep their length in lower case; anything else takes the full path.
    if (lower.length !== text.length) return null;
    fullName = capitaliseName(lower);
  }
  let parts: { familyName: string; middleName: string; givenName: string; familyWordCount: number };
  if (wordCount === 1) parts = { familyName: '', middleName: '', givenName: fullName, familyWordCount: 0 };
  else if (wordCount > 2 && mayStartCompoundFamilyName(fullName.slice(0, firstSpace), fullName.slice(firstSpace + 1, fullName.indexOf(' ', firstSpace + 1)))) {
    parts = splitName(fullName.split(' '));
  } else {
    // One family word (what splitName gives when no compound can start the name), sliced without splitting.
    const middleName = firstSpace === lastSpace ? '' : fullName.slice(firstSpace + 1, lastSpace);
    parts = { familyName: fullName.slice(0, firstSpace), middleName, givenName: fullName.slice(lastSpace + 1), familyWordCount: 1 };
  }
  // Letter words hold no period: no abbreviation; only an all-ASCII name can have lost its marks,
  // and a name with marks has no doubtful word (the scan would have asked for a closer look, or
  // its family name is one the check above sends to the full path).
  const lostMarks = scan.ascii && lostDiacritics(fullName.split(' '), parts.familyWordCount);
  const findings = shapeFindings(wordCount, parts.familyWordCount, NO_WORDS, lostMarks, NO_WORDS, parts.givenName, parts.familyName);
  return { value: { fullName, familyName: parts.familyName, middleName: parts.middleName, givenName: parts.givenName }, findings };
}

/** Whether the character at `index` is a lower-case letter (it equals its lower case and not its upper case). */
function isLowerCaseLetter(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char !== char.toUpperCase();
}

/** normalizeName without its fast path (exported for the test that holds the two equal). */
export function normalizeNameInFull(text: string, options: NameOptions): Normalized<PersonName | null> {
  const typedCanonical = canonicalText(text);
  if (typedCanonical === '') return ok(null);
  const foreign = options?.foreign === true;
  const findings: Finding[] = [];
  const canonical = withoutFormulaSign(typedCanonical);
  if (canonical !== typedCanonical) findings.push({ code: 'NAME_PUNCTUATION_REMOVED', from: typedCanonical, to: canonical });
  // A capital inside a foreign name is meant ('DeLa Cruz'): only abbreviations get their space back.
  const joined = separateJoinedWords(canonical, !foreign);
  // 'Nguyễn-văn-Ba': hyphens for the spaces, as older papers wrote a name.
  const typed = foreign ? joined : spaceHyphenatedSyllables(joined);
  if (typed !== canonical) findings.push({ code: 'NAME_WORDS_SEPARATED', from: canonical, to: typed });

  // A formula ('=HYPERLINK(…)', '+a(') is kept whole, to be rejected for its characters: cutting a bracket
  // or a remark off it would leave a sign before letters, which the next reading would take off.
  const formula = canonical === typedCanonical && isFormula(canonical);
  const { rest: withoutRemarks, remarks } = formula ? { rest: typed, remarks: [] } : extractRemarks(typed, foreign);
  if (withoutRemarks !== typed) findings.push(remarkFinding(typed, withoutRemarks, remarks));
  let edgesTrimmed = formula ? withoutRemarks : trimEdgePunctuation(withoutRemarks);
  // '!+An': a sign behind punctuation at the cell's edge is judged once that punctuation is gone.
  if (edgesTrimmed !== withoutRemarks) edgesTrimmed = trimEdgePunctuation(withoutFormulaSign(edgesTrimmed));
  if (edgesTrimmed !== withoutRemarks) {
    findings.push({ code: 'NAME_PUNCTUATION_REMOVED', from: withoutRemarks, to: edgesTrimmed });
  }
  // '-Nguyễn-văn-Ba', 'Nguyễn-văn-Ba(': the hyphens are the name's spaces once the marks around it are gone.
  const separated = foreign || edgesTrimmed === typed ? edgesTrimmed : spaceHyphenatedSyllables(edgesTrimmed);
  if (separated !== edgesTrimmed) findings.push({ code: 'NAME_WORDS_SEPARATED', from: edgesTrimmed, to: separated });
  // '. Dương - Anh Bà - Bà': a remark is judged again once the cell's edges are clean, as the name read again is.
  const trimmed = separated === withoutRemarks ? separated : withoutLateRemarks(separated, findings);

  // Cells that hold no name at all: one finding replaces the clean-up notes above.
  // The marker lists hold no final oa/oe/uy, so lower case is as good as accentKey here.
  const cellKey = trimmed.toLowerCase();
  // '(?)', '(không rõ)': a marker in brackets is still the marker.
  const bracketedNone = trimmed === '' && remarks.length === 1 && NONE_KEYS.has(remarks[0]!.toLowerCase());
  if ((trimmed === '' && remarks.length === 0) || bracketedNone || NONE_KEYS.has(cellKey)) {
    return ok(null, [{ code: 'NAME_NONE_MARKER', from: typed, to: '' }]);
  }
  if (trimmed === '' || isPlaceholder(cellKey)) {
    return ok(null, [{ code: 'NAME_PLACEHOLDER', from: typed, to: '' }]);
  }

  const honorifics = stripHonorifics(trimmed, !foreign);
  findings.push(...honorifics.findings);
  // 'Con ông Ông - Tôn Anh - ?': a remark behind a title is judged once the title is off, as well.
  const untitled = formula || honorifics.rest === trimmed ? honorifics.rest : withoutLateRemarks(honorifics.rest, findings);
  // 'Ông Nguyễn-văn-Ba' is judged as 'Nguyễn-văn-Ba': its family name first once the title is off.
  const spaced = foreign || untitled === trimmed ? untitled : spaceHyphenatedSyllables(untitled);
  if (spaced !== untitled) findings.push({ code: 'NAME_WORDS_SEPARATED', from: untitled, to: spaced });
  // 'Nguyễn Văn. Hùng': a period after a whole syllable with marks closes no abbreviation.
  const unperiod = foreign ? spaced : withoutStrayPeriods(spaced);
  if (unperiod !== spaced) findings.push({ code: 'NAME_PUNCTUATION_REMOVED', from: spaced, to: unperiod });
  // 'Âu. Công-Hoà': the hyphens are the name's spaces once the period beside them is gone.
  const bareName = unperiod === spaced ? unperiod : spaceHyphenatedSyllables(unperiod);
  if (bareName !== unperiod) findings.push({ code: 'NAME_WORDS_SEPARATED', from: unperiod, to: bareName });
  // 'Anh không rõ', 'Bà chưa rõ': a title in front of "unknown" is still no name.
  if (bareName !== trimmed) {
    const bareKey = bareName.toLowerCase();
    if (NONE_KEYS.has(bareKey) || isPlaceholder(bareKey)) {
      return ok(null, [{ code: 'NAME_PLACEHOLDER', from: typed, to: '' }]);
    }
  }

  // 'Trần Thị 1inh', 'TRẦN VĂN M1NH': a digit typed for the letter it looks like.
  const lettered = foreign ? bareName : digitsAsLetters(bareName);
  if (lettered !== bareName) findings.push({ code: 'NAME_DIGIT_AS_LETTER', from: bareName, to: lettered });
  const plain = isPlainVietnamese(lettered);
  const invalid = plain ? [] : invalidCharacters(lettered);
  if (invalid.length > 0) {
    findings.push({ code: 'NAME_INVALID_CHARACTERS', params: { characters: invalid.join(' ') } });
  }
  // A foreign national's name, unless typed as a Vietnamese one ('Nguyễn Văn An' of another nationality).
  if (foreign && !typedAsVietnamese(lettered)) return ok(foreignName(lettered), findings);

  // Case mapping keeps precomposed Vietnamese letters in NFC; anything else is re-normalized. A formula is
  // shown to the officer as typed ('=HYPERLINK(…)', not '=hyperlink(…)'): it is rejected, not a name to case.
  const cased = formula ? lettered : plain ? capitaliseName(lettered) : capitaliseName(lettered).normalize('NFC');
  // 'Qúy', 'Hòang': Quý, Hoàng misspelt in any style, the mark on a letter that never takes it there.
  const placed = placeMisplacedToneMarks(cased);
  if (placed !== cased) findings.push({ code: 'NAME_TONE_MARK_MOVED', from: cased, to: placed });
  const styled = applyToneStyle(placed, options?.toneStyle ?? 'as-written');
  if (styled !== placed) {
    findings.push({ code: 'NAME_TONE_STYLE_APPLIED', from: placed, to: styled, params: { style: STYLE_LABEL_VI[options.toneStyle] ?? '' } });
  }
  const reordered = reorderGivenNameFirst(styled.split(' '));
  const fullName = reordered === null ? styled : reordered.join(' ');
  if (fullName !== styled) findings.push({ code: 'NAME_ORDER_REVERSED', from: styled, to: fullName, params: { name: fullName } });

  const nameWords = fullName.split(' ');
  const parts = splitName(nameWords);
  if (invalid.length === 0) {
    const abbreviations = nameWords.filter((word) => word.endsWith('.') && ABBREVIATION.test(word));
    const telex = typedInTelex(nameWords);
    const lostMarks = !telex && lostDiacritics(nameWords, parts.familyWordCount);
    const cutFamilyName = isCutFamilyName(parts.familyName, parts.familyWordCount, nameWords.length) ? parts.familyName : null;
    if (cutFamilyName !== null) abbreviations.unshift(cutFamilyName);
    const doubtful = telex ? [] : doubtfulWords(nameWords, parts.familyWordCount).filter((word, index) => index > 0 || word !== cutFamilyName);
    // 'Bé Thị Lan', 'Bé Ngọc Mai': a title kept as the family name (honorific.ts) is no family name as typed.
    if (!telex && titleAsFamilyName(parts, nameWords) && !doubtful.includes(parts.familyName)) doubtful.unshift(parts.familyName);
    findings.push(...shapeFindings(nameWords.length, parts.familyWordCount, abbreviations, lostMarks, doubtful, parts.givenName, parts.familyName));
    if (telex) findings.push({ code: 'NAME_TELEX_UNCONVERTED' });
  }
  return ok({ fullName, familyName: parts.familyName, middleName: parts.middleName, givenName: parts.givenName }, findings);
}

/** The remarks extractRemarks finds in a name once its edges or its title are off, taken out and reported; the name unchanged when none. */
function withoutLateRemarks(name: string, findings: Finding[]): string {
  const { rest, remarks } = extractRemarks(name);
  if (rest === name || rest === '') return name;
  findings.push(remarkFinding(name, rest, remarks));
  return rest;
}

/** The remarks taken out of a name, or only its punctuation when extractRemarks found no remark's words. */
function remarkFinding(from: string, to: string, remarks: readonly string[]): Finding {
  return remarks.length > 0 ? { code: 'NAME_REMARK_REMOVED', from, to, params: { remark: remarks.join('; ') } } : { code: 'NAME_PUNCTUATION_REMOVED', from, to };
}

/**
 * The name without the periods typed after a whole word of two letters or more with marks before another
 * word ('Nguyễn Văn. Hùng', 'Lê Thị. Hoa'): abbreviations are cut words ('Ng.', 'Th.', 'Đ.'), written without
 * marks or a single letter, and an abbreviation is never a whole syllable with its marks.
 */
function withoutStrayPeriods(name: string): string {
  if (!name.includes('. ')) return name;
  const words = name.split(' ');
  for (let at = 0; at < words.length - 1; at++) {
    const word = words[at]!;
    const stem = word.slice(0, -1);
    if (word.endsWith('.') && /^\p{L}{2,}$/u.test(stem) && hasNonAscii(stem) && isNameSyllable(stem)) words[at] = stem;
  }
  return words.join(' ');
}

/** One-word titles ('bé', 'cháu', 'em'), by accent key. */
const ONE_WORD_TITLE_KEYS = new Set(HONORIFIC_PREFIXES.filter((prefix) => !prefix.words.includes(' ')).map((prefix) => accentKey(prefix.words)));
const GENDERED_MIDDLE_KEYS: ReadonlySet<string> = new Set(['van', 'thi']);

/**
 * The family name is a title word that is no family name: before Văn or Thị ('Bé Thị Lan'), or kept before a
 * name ending in a family name ('Bé Ngọc Mai', honorific.ts: 'Anh Thư Nguyễn' typed given name first).
 */
function titleAsFamilyName(parts: { familyName: string; familyWordCount: number }, words: readonly string[]): boolean {
  if (parts.familyWordCount !== 1 || words.length < 3) return false;
  const key = accentKey(parts.familyName);
  if (!ONE_WORD_TITLE_KEYS.has(key) || SURNAME_ACCENT_KEYS.has(key)) return false;
  return GENDERED_MIDDLE_KEYS.has(foldedKey(words[1] ?? '')) || SURNAME_ACCENT_KEYS.has(accentKey(words[words.length - 1] ?? ''));
}

/**
 * A cell (lower case) standing for a person with no name: a placeholder of UNNAMED_PLACEHOLDERS or a
 * child called by its birth order (BIRTH_ORDER_PLACEHOLDER), alone or after a word saying only the sex ('Nam giới không rõ danh tính', 'Nữ vô danh'). After such a
 * word only a placeholder of two words or more counts: 'Nam Con' may be a name.
 */
function isPlaceholder(key: string): boolean {
  if (PLACEHOLDER_KEYS.has(key) || BIRTH_ORDER_PLACEHOLDER.test(key)) return true;
  for (const lead of PLACEHOLDER_LEADS) {
    if (!key.startsWith(lead)) continue;
    const rest = key.slice(lead.length);
    if (rest.includes(' ') && PLACEHOLDER_KEYS.has(rest)) return true;
  }
  return false;
}

/** A Vietnamese initial of two or three consonant letters ('Ng', 'Tr', 'Ngh'): what a family name cut short keeps. */
const INITIAL_CLUSTER = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr)$/i;

/**
 * 'Ng Gia Hân', 'Tr Văn Nam': a one-word family name cut to its initial consonants and typed
 * without its period (Ng. for Nguyễn) is an abbreviation (NAME_ABBREVIATED), not a misspelling.
 * 'Ng' is also a Hoa family name; the warning asks the officer to check it either way.
 */
function isCutFamilyName(familyName: string, familyWordCount: number, wordCount: number): boolean {
  return familyWordCount === 1 && wordCount > 1 && INITIAL_CLUSTER.test(familyName);
}

/** The women's middle name, as a capitalised name writes it. */
const MIDDLE_NAME_THI = 'Thị';

/** Characters of a name that no name can hold, including stray periods and loose punctuation. */
function invalidCharacters(name: string): string[] {
  const invalid = invalidNameCharacters(name);
  const words = name.split(' ');
  if (hasLoosePunctuationWord(words)) invalid.push(...words.filter((word) => /^[-'.]+$/.test(word)));
  // A period may only close a short abbreviation ('Ng. Văn An'); 'Nguyễn. Văn An' is a stray one.
  if (words.some((word) => word.endsWith('.') && !ABBREVIATION.test(word))) invalid.push('.');
  return [...new Set(invalid)];
}

/**
 * Warnings about the shape of a name made only of valid characters, in the order officers read them.
 * A given name of one consonant letter ('Trần Thị B') is an initial typed without its period: no
 * Vietnamese syllable is a consonant alone, while a vowel may be one ('Y', 'A', 'Ê').
 */
function shapeFindings(
  wordCount: number,
  familyWordCount: number,
  abbreviations: readonly string[],
  lostMarks: boolean,
  doubtful: readonly string[],
  givenName: string,
  familyName: string,
): Finding[] {
  const findings: Finding[] = [];
  if (wordCount === 1) findings.push({ code: 'NAME_SINGLE_WORD' });
  // 'Thị Lan', 'Nguyễn Thị': Thị opens no name and ends none (DOMAIN.md §4: a middle name), so a part was left out.
  // After a middle name ('Nguyễn Văn Thị', 'Lê Thị Thị') Thị is the given name typed whole: a lost one leaves the middle name last.
  else if (familyName === MIDDLE_NAME_THI) findings.push({ code: 'NAME_PART_MISSING', params: { position: 'bắt đầu', part: 'họ' } });
  else if (givenName === MIDDLE_NAME_THI && wordCount === familyWordCount + 1) findings.push({ code: 'NAME_PART_MISSING', params: { position: 'kết thúc', part: 'tên' } });
  if (wordCount - familyWordCount - 1 > MAX_MIDDLE_WORDS) findings.push({ code: 'NAME_TOO_MANY_WORDS', params: { wordCount } });
  const initial = givenName.length === 1 && CONSONANT_LETTERS.has(givenName) ? givenName : '';
  if (abbreviations.length > 0 || initial !== '') {
    findings.push({ code: 'NAME_ABBREVIATED', params: { abbreviations: initial === '' ? abbreviations.join(' ') : [...abbreviations, initial].join(' ') } });
  }
  if (lostMarks) findings.push({ code: 'NAME_NO_DIACRITICS' });
  if (doubtful.length > 0) findings.push({ code: 'NAME_SPELLING_DOUBTFUL', params: { words: doubtful.join(', ') } });
  return findings;
}


/** Every word a Vietnamese syllable and one with marks at least: a name typed as Vietnamese. */
function typedAsVietnamese(name: string): boolean {
  const words = name.split(' ');
  return words.some((word) => hasNonAscii(word)) && words.every(isNameSyllable);
}

/** What follows a formula sign in a formula and never in a name: a call, a cell reference, a string, a sheet or range, a number. */
const FORMULA_BODY = /[(\d"!:$]/;

/** What follows a leading '=', '+' or '@' (after Excel's text apostrophe), or null when the text starts with none. */
function afterFormulaSign(text: string): string | null {
  const at = text.charCodeAt(0) === 39 ? 1 : 0; // an apostrophe
  const sign = text.charCodeAt(at);
  return sign === 61 || sign === 43 || sign === 64 ? text.slice(at + 1) : null; // '=', '+', '@'
}

/** A sign before a formula's body: a formula withoutFormulaSign leaves as typed. */
function isFormula(text: string): boolean {
  const body = afterFormulaSign(text);
  return body !== null && FORMULA_BODY.test(body);
}

/**
 * A name typed after '=', '+' or '@' ('=Trần Thị Lan': what a clerk types so Excel takes the cell for a
 * formula, or what a CSV carries of one), after the apostrophe that keeps it text, without them: the sign
 * is no part of the name and would stick to the family name ('=trần'). A formula ('=HYPERLINK(…)', '=A7',
 * '="Lan"') is left as typed, to be rejected for its characters.
 */
function withoutFormulaSign(text: string): string {
  const body = afterFormulaSign(text);
  if (body === null) return text;
  const rest = body.trimStart();
  // Only a name follows the sign: a letter first ('+/(' stays as typed, so a second pass finds the same).
  return !/^\p{L}/u.test(rest) || FORMULA_BODY.test(rest) ? text : rest;
}
