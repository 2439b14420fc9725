import type { CellValue } from '../../ingest/source-cell.js';
import { ETHNIC_GROUPS, type EthnicGroup } from '../../reference/ethnic-groups.js';
import { ok, type Finding, type Normalized } from '../finding.js';
import { precomputeCleanSpellings } from './clean-spellings.js';
import { readWithTelex } from './telex-spelled.js';
import { wholeNumberWrittenAsFloat } from './float-written.js';
import { lookupEthnicName, PROJECT_ALIAS_NAMES, stripEthnicPrefixes, type EthnicNameMatch } from './ethnicity-name-index.js';
import { accentWords, MAX_CODED_TEXT } from './match-key.js';
import { isNoneMarker } from './none-marker.js';
import { normalizeNationality } from './nationality.js';

/** The two official code orders (DOMAIN.md §6); which one DanToc uses must be set per target. */
export type EthnicCodeList = '1979' | '2008';

export interface EthnicityOptions {
  /** The list a numeric code in the source register is read in. */
  sourceList: EthnicCodeList;
  /** The list the output code is written in. */
  targetList: EthnicCodeList;
}

/** Labels for the run manifest, so a loaded file says which list its codes follow. */
export const ETHNIC_CODE_LISTS: Readonly<Record<EthnicCodeList, string>> = {
  '1979': 'GSO 121-TCTK/PPCĐ (1979)',
  '2008': 'GSO 1019/QĐ-TCTK (2008), QCVN 109:2017 Appendix E',
};

/** The same lists as officers name them, for messages: 'danh mục năm 2008 (…)'. */
const CODE_LISTS_VI: Readonly<Record<EthnicCodeList, string>> = {
  '1979': 'năm 1979 (Quyết định 121-TCTK/PPCĐ)',
  '2008': 'năm 2008 (Quyết định 1019/QĐ-TCTK, Phụ lục E của QCVN 109:2017)',
};

function codeIn(list: EthnicCodeList, group: EthnicGroup): string {
  return list === '1979' ? group.code1979 : group.code2008;
}

function nameIn(list: EthnicCodeList, group: EthnicGroup): string {
  return list === '1979' ? group.name1979 : group.name2008;
}

const GROUP_BY_CODE: Readonly<Record<EthnicCodeList, ReadonlyMap<string, EthnicGroup>>> = {
  '1979': new Map(ETHNIC_GROUPS.map((group) => [group.code1979, group])),
  '2008': new Map(ETHNIC_GROUPS.map((group) => [group.code2008, group])),
};

const CODE_WORD = /^\d{1,3}$/;

/** A code as typed (1, '1', '01', 17) → the group in `list`, or undefined. */
function groupByCode(list: EthnicCodeList, code: number): EthnicGroup | undefined {
  if (!Number.isInteger(code) || code < 0 || code > 99) return undefined;
  return GROUP_BY_CODE[list].get(String(code).padStart(2, '0'));
}

/**
 * Ethnicity → two-digit code in options.targetList. Names in either list's spelling, aliases,
 * any case, with or without diacritics/hyphens, after "dân tộc"/"DT"; a bare code is read in
 * options.sourceList and converted. A recognised value is canonicalisation (no finding).
 * Idempotent when the output is re-read with sourceList = targetList.
 */
export function normalizeEthnicity(value: CellValue, options: EthnicityOptions): Normalized<string | null> {
  const clean = typeof value === 'string' ? CLEAN_SPELLINGS[options.sourceList][options.targetList].get(value) : undefined;
  return clean === undefined ? readWithTelex(value, readEthnicity(value, options), (text) => readEthnicity(text, options)) : ok(clean);
}

function readEthnicity(value: CellValue, options: EthnicityOptions): Normalized<string | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') return fromCode(value, options);
  if (typeof value !== 'string' || value.length > MAX_CODED_TEXT) return ok(null, [{ code: 'ETHNICITY_UNKNOWN' }]);
  // '17.0': a code of a number column a CSV export wrote as a float ('17' and '0' are not a code and a name).
  const floatCode = wholeNumberWrittenAsFloat(value);
  if (floatCode !== null) return fromCode(Number(floatCode), options);
  const words = accentWords(value);
  if (words.length === 0) return ok(null);
  const core = stripEthnicPrefixes(words);
  const [first] = core;
  if (core.length === 1 && first !== undefined && CODE_WORD.test(first)) return fromCode(Number(first), options);
  return fromName(words, options, value);
}

function fromCode(code: number, options: EthnicityOptions): Normalized<string | null> {
  const group = groupByCode(options.sourceList, code);
  if (!group) return ok(null, [{ code: 'ETHNICITY_CODE_UNKNOWN', params: { list: CODE_LISTS_VI[options.sourceList] } }]);
  return ok(codeIn(options.targetList, group));
}

/** "18 - Sán Dìu", "Sán Dìu (18)", "01.Kinh": a code written beside the name. */
function splitWrittenCode(words: readonly string[]): { nameWords: readonly string[]; writtenCode?: number } {
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length > 1 && first !== undefined && CODE_WORD.test(first)) {
    return { nameWords: words.slice(1), writtenCode: Number(first) };
  }
  if (words.length > 1 && last !== undefined && CODE_WORD.test(last)) {
    return { nameWords: words.slice(0, -1), writtenCode: Number(last) };
  }
  return { nameWords: words };
}

/** Brackets, slashes, semicolons and spaced dashes set a second name beside the first: 'Sán Dìu (Trại)', 'Sán Chay/Cao Lan'. */
const NAME_PART_SEPARATORS = /[()[\]/;,]|\s[-–—]\s/;

/**
 * A group named twice, by its name and a local name or alias: 'Sán Chay (Cao Lan)',
 * 'Dao (Mán)', 'Sán Dìu/Trại'. The first part must name one group; every other part
 * must name the same group (alone or among others, as 'Trại' names Dao and Sán Dìu)
 * or nothing known (a local name the reference lacks). Parts naming different groups
 * ('Kinh (Hoa)') are ambiguous between them; undefined when the text is not written so.
 */
function lookupNamedTwice(text: string): EthnicNameMatch | undefined {
  const parts = text.split(NAME_PART_SEPARATORS).map(accentWords).filter((words) => words.length > 0);
  if (parts.length < 2) return undefined;
  const matches = parts.map((words) => lookupEthnicName(words));
  const [first] = matches;
  if (first === undefined || first.kind !== 'group') return undefined;
  const agree = matches.every(
    (match) => match === undefined || (match.kind === 'group' ? match.group === first.group : match.groups.includes(first.group)),
  );
  if (agree) return first;
  const named = new Set(matches.flatMap((match) => (match?.kind === 'group' ? [match.group] : [])));
  return named.size > 1 ? { kind: 'ambiguous', groups: [...named] } : undefined;
}

/**
 * A group's name followed, with no separator, by one of its own local names or by itself: 'Dao
 * Quần Chẹt', 'Dao Thanh Y' (subgroups the reference lists as aliases of Dao), 'Kinh Kinh' (a value
 * typed twice, or on two lines of one cell). Both halves must be known and name the same group.
 */
function lookupNameThenAlias(words: readonly string[]): EthnicNameMatch | undefined {
  for (let split = 1; split < words.length; split++) {
    const first = lookupEthnicName(words.slice(0, split));
    if (first?.kind !== 'group') continue;
    const second = lookupEthnicName(words.slice(split));
    if (second === undefined) continue;
    if (second.kind === 'group' ? second.group === first.group : second.groups.includes(first.group)) return first;
  }
  return undefined;
}

/**
 * A group named beside Việt Nam with nothing between them but spaces or a hyphen: 'Kinh Việt Nam', 'Kinh-VN',
 * 'Việt Nam Kinh' — a cell of a column headed for both ('Dân tộc, quốc tịch') typed on two lines, whose line
 * break the text cleaning made a space. The country must read as Việt Nam exactly (no spelling corrected), the
 * rest as one group. Tried last, on names nothing else reads.
 */
function lookupBesideVietnam(words: readonly string[]): EthnicNameMatch | undefined {
  for (let split = 1; split < words.length; split++) {
    const head = words.slice(0, split);
    const tail = words.slice(split);
    const group = namesVietnamExactly(tail) ? lookupEthnicName(head) : namesVietnamExactly(head) ? lookupEthnicName(tail) : undefined;
    if (group?.kind === 'group') return group;
  }
  return undefined;
}

function namesVietnamExactly(words: readonly string[]): boolean {
  const read = normalizeNationality(words.join(' '));
  return read.value === 'VN' && read.findings.length === 0;
}

/**
 * The cell names one group and Việt Nam with no separator between them ('Kinh Việt Nam', the two lines of a
 * 'Dân tộc, quốc tịch' cell): the ethnicity reads it as the group, and the caller takes Việt Nam as the
 * nationality, as it does from 'Kinh - Việt Nam'.
 */
export function namesGroupBesideVietnam(text: string): boolean {
  const { nameWords, writtenCode } = splitWrittenCode(accentWords(text));
  if (writtenCode !== undefined || lookupEthnicName(nameWords) !== undefined || lookupNameThenAlias(nameWords) !== undefined) return false;
  return lookupBesideVietnam(nameWords) !== undefined;
}

function matchName(nameWords: readonly string[], writtenCode: number | undefined, text: string): EthnicNameMatch | undefined {
  return (
    lookupEthnicName(nameWords) ??
    (writtenCode === undefined ? lookupNamedTwice(text) : undefined) ??
    lookupNameThenAlias(nameWords) ??
    lookupBesideVietnam(nameWords)
  );
}

/**
 * The cell reads as ETHNICITY_AMBIGUOUS between peoples only — groups and the foreigners' 55, none of them the
 * list's 'unknown' ('Trung Quốc (Hán)': a foreigner or Hoa; 'Kinh (Hoa)'). For a foreign national every such
 * candidate is 55 (ethnicityOfNational), so the ambiguity is none. Asked only of a cell already found ambiguous.
 */
export function ambiguousAmongPeoples(text: string): boolean {
  if (text.length > MAX_CODED_TEXT) return false;
  const { nameWords, writtenCode } = splitWrittenCode(accentWords(text));
  const match = matchName(nameWords, writtenCode, text);
  return match?.kind === 'ambiguous' && match.groups.every((group) => group.kind !== 'unknown');
}

function fromName(words: readonly string[], options: EthnicityOptions, text: string): Normalized<string | null> {
  const { nameWords, writtenCode } = splitWrittenCode(words);
  const match = matchName(nameWords, writtenCode, text);
  // 'Không rõ', 'Không xác định' name the list's own code for unknown (99/56) above; a bare marker is a blank.
  if (!match) return isNoneMarker(text) ? ok(null) : ok(null, [{ code: 'ETHNICITY_UNKNOWN' }]);
  const codedGroup = writtenCode === undefined ? undefined : groupByCode(options.sourceList, writtenCode);
  if (match.kind === 'ambiguous') {
    // A code written beside an ambiguous name ("Thổ 02") settles it when it is one of the candidates.
    if (codedGroup && match.groups.includes(codedGroup)) return ok(codeIn(options.targetList, codedGroup));
    const candidates = match.groups
      .map((group) => `${nameIn(options.targetList, group)} (${codeIn(options.targetList, group)})`)
      .join(', ');
    return ok(null, [{ code: 'ETHNICITY_AMBIGUOUS', params: { candidates } }]);
  }
  const target = codeIn(options.targetList, match.group);
  const findings: Finding[] = [];
  if (writtenCode !== undefined && codedGroup !== match.group) {
    // The name is the more reliable half: a code is easily read in the wrong list (DOMAIN.md §6).
    findings.push({
      code: 'ETHNICITY_CODE_NAME_MISMATCH',
      params: { code: String(writtenCode).padStart(2, '0'), name: nameIn(options.targetList, match.group), list: CODE_LISTS_VI[options.sourceList] },
    });
  }
  return ok(target, findings);
}

function referenceGroup(test: (group: EthnicGroup) => boolean): EthnicGroup {
  const group = ETHNIC_GROUPS.find(test);
  if (group === undefined) throw new Error('ethnic-groups: a row hotich relies on is missing');
  return group;
}
const FOREIGNER = referenceGroup((group) => group.kind === 'foreigner');

/**
 * The ethnicity code of a person whose nationality is read (ISO alpha-2). The 54 groups are
 * groups of Vietnamese citizens (DOMAIN.md §6): one of them typed for a national of another
 * country names that person's people ('Hán'/'Hoa' for a Chinese or Taiwanese spouse, 'Lào'
 * beside 'CHDCND Lào', 'Thái' beside 'Thái Lan', 'Khmer' beside 'Campuchia'), or is a value
 * typed down the column ('Kinh' beside a Korean). They get the foreigners' code 55, as 'Hàn'
 * (a Korean) already does; the caller notes the change (foreignNationalEthnicityNote). A
 * Vietnamese citizen, or a person whose nationality is not read, keeps the group.
 */
export function ethnicityOfNational(code: string | null, nationality: string | null, list: EthnicCodeList): string | null {
  if (code === null || nationality === null || nationality === 'VN') return code;
  return GROUP_BY_CODE[list].get(code)?.kind === 'group' ? codeIn(list, FOREIGNER) : code;
}

/** The note of ethnicityOfNational's change: the group's code and name as read, and the code given. */
export function foreignNationalEthnicityNote(from: string, to: string, list: EthnicCodeList): Finding {
  const group = GROUP_BY_CODE[list].get(from);
  return { code: 'ETHNICITY_FOREIGN_NATIONAL', from, to, params: { name: group === undefined ? from : nameIn(list, group), code: from, foreignCode: to } };
}

/** The foreigners' code in `list` (55 in both). */
export function foreignerCode(list: EthnicCodeList): string {
  return codeIn(list, FOREIGNER);
}

/** The foreigners' code 55 in `list` ('người nước ngoài'): the record itself says the person is not a Vietnamese citizen. */
export function isForeignerCode(code: string | null | undefined, list: EthnicCodeList): boolean {
  return code === codeIn(list, FOREIGNER);
}

/** Every name and code as the reference writes it, the project's own aliases, unpadded codes "1"…"9". */
const COMMON_SPELLINGS = [
  ...ETHNIC_GROUPS.flatMap((group) => [group.name1979, group.name2008, ...group.aliases, group.code1979, group.code2008]),
  ...PROJECT_ALIAS_NAMES,
  ...Array.from({ length: 9 }, (_, index) => String(index + 1)),
];
const cleanSpellingsFor = (sourceList: EthnicCodeList, targetList: EthnicCodeList): ReadonlyMap<string, string> =>
  precomputeCleanSpellings(COMMON_SPELLINGS, (text) => readEthnicity(text, { sourceList, targetList }));
/** Clean spellings per [sourceList][targetList]. */
const CLEAN_SPELLINGS: Readonly<Record<EthnicCodeList, Readonly<Record<EthnicCodeList, ReadonlyMap<string, string>>>>> = {
  '1979': { '1979': cleanSpellingsFor('1979', '1979'), '2008': cleanSpellingsFor('1979', '2008') },
  '2008': { '1979': cleanSpellingsFor('2008', '1979'), '2008': cleanSpellingsFor('2008', '2008') },
};
