/**
 * Comparison values shared by the specs: name parts as accent and folded keys
 * (DOMAIN.md §8: compare the given name, not the whole string), the register
 * position, the re-registration flag, and the completeness of a clean record.
 */
import { accentKey, foldedKey } from '../../normalize/name/name-keys.js';
import { isReRegistration as isReRegistrationText, type ReRegistrationKind } from '../../normalize/text/re-registration.js';
import { SURNAMES } from '../../reference/name-lists.js';
import { yAsI } from '../../normalize/codes/match-key.js';
import type { NameKeyMemo, PartKeys } from './name-key-memo.js';
import { splitName } from '../../normalize/name/name-split.js';
import { hasNonAscii } from '../../normalize/text/ascii.js';
import { blockingKeysFor, defineComparison as comparison, type BlockingRule, type Comparison, type ComparisonLevel } from '../dedup-spec.js';
import type { DedupRecord } from '../dedup-record.js';
import type { RecordTypeName } from '../../record-types/record-type.js';
import { nameLevel } from '../compare.js';

type Values = Record<string, string | null>;

interface NameParts {
  fullName: string | null;
  familyName?: string | null;
  middleName?: string | null;
  givenName?: string | null;
  nationality?: string | null;
}

const LOWER = /\p{Ll}/u;

/**
 * A foreign name as foreign-name.ts splits it: by the letter case it was typed in, which a copy of
 * the entry need not share ('LIU Xiao Hong' → LIU | Xiao Hong, but 'LIU XIAO HONG' and 'Liu Xiao
 * Hong' whole as the given name). Such a name is compared whole, case-folded: split by its words
 * alone, as a parent's name, so every copy gets the same parts. Told by the nationality (read, not
 * VN), or by the split itself — a name left whole (no family name, a given name of several words)
 * or a family name in capitals — for a copy whose nationality cell was blank.
 */
function splitByLetterCase(name: NameParts): boolean {
  if (name.nationality && name.nationality !== 'VN') return true;
  const { familyName, givenName } = name;
  if (familyName === '') return givenName?.includes(' ') === true;
  return familyName !== null && familyName !== undefined && !LOWER.test(familyName);
}

function keys(values: Values, field: string, part: PartKeys, memo: NameKeyMemo): void {
  values[field] = part.accent;
  values[memo.foldedField(field)] = part.folded;
}

/**
 * `${prefix}.given|family|middle` (accent keys) and their `.folded` twins, and
 * `${prefix}.unmarked` = '1' when the whole name was typed without a single
 * mark (every part's accent key is its folded key). A name given only whole
 * (parents), or a foreign one (splitByLetterCase), is split as the normalizer splits
 * a Vietnamese name, by its words; the middle name is left out
 * when no comparison reads it (`withMiddle`).
 */
/**
 * Given names one key apart only by a final y written i ('Vy' / 'Vi', 'Sỹ' / 'Sĩ'): the same
 * name to blocking and scoring (yAsI), two spellings to whoever gave them — twins among them.
 */
export function iyApart(a: Values, b: Values, prefix: string): boolean {
  return a[`${prefix}.given.y`] !== b[`${prefix}.given.y`];
}

export function addNameValues(values: Values, prefix: string, name: NameParts | null, memo: NameKeyMemo, withMiddle = true): void {
  let parts = name;
  if (name?.fullName && (name.givenName === undefined || splitByLetterCase(name))) {
    const split = splitName(name.fullName.split(' ').filter((word) => word !== ''));
    parts = Object.assign({ fullName: name.fullName }, split);
  }
  const fields = memo.nameFields(prefix);
  const given = memo.part(parts?.givenName);
  const family = memo.part(parts?.familyName);
  const middle = memo.part(parts?.middleName);
  keys(values, fields.given, given, memo);
  // Vy and Vi are one name to blocking and scoring, yet two names parents give twins (iyApart);
  // the registry's label of a record loaded before spells each part back as typed (Lý, Sỹ, Tý: yRestored).
  if (given.spelledY) values[`${fields.given}.y`] = given.spelledY;
  keys(values, fields.family, family, memo);
  if (family.spelledY) values[`${fields.family}.y`] = family.spelledY;
  if (withMiddle) keys(values, fields.middle, middle, memo);
  if (withMiddle && middle.spelledY) values[`${fields.middle}.y`] = middle.spelledY;
  const typed = [given, family, middle].filter((part) => part.accent !== null);
  values[fields.unmarked] = typed.length > 0 && typed.every((part) => part.accent === part.folded) ? '1' : null;
}

export interface RegistrationLike {
  communeCode: string | null;
  number: string | null;
  date: string | null;
}

/**
 * `registration.commune`, `registration.date` and `registration.entry`: the
 * register position commune | year | number. Numbering runs through the
 * calendar year across books (DOMAIN.md §3.3), so the book is not needed and a
 * row whose book came from no title still has a position.
 */
export function addRegistrationValues(values: Values, registration: RegistrationLike): void {
  values['registration.commune'] = registration.communeCode;
  values['registration.date'] = registration.date;
  const year = registration.date?.slice(0, 4) ?? null;
  const number = registration.number?.replace(/^0+(?=\d)/, '') ?? null;
  values['registration.entry'] = registration.communeCode && year && number ? `${registration.communeCode}|${year}|${number}` : null;
}

/**
 * The value key marking a re-registration (đăng ký lại, DOMAIN.md §3.3), '1' when the remarks
 * say so. Births and deaths set it only then: the registry matches a moved entry by its exact
 * comparison values, as loaded before the key existed.
 */
export const RE_REGISTRATION = 'registration.again';

/** The remarks call the entry a re-registration (đăng ký lại, DOMAIN.md §3.3) of its own register's event: one reading for every stage. */
export function isReRegistration(remarks: string | null, kind: ReRegistrationKind): boolean {
  return isReRegistrationText(remarks, kind);
}

/**
 * The remarks say the registered person has died ('Đã chết ngày 03/05/1975', 'tử vong',
 * 'qua đời', 'đã mất năm 1980'; not 'bản chính bị mất', a lost paper, nor 'cha đã chết',
 * a parent). Parents often give a later child the name of one who died young: a
 * re-registration of that name is not the dead child.
 */
const DEATH_NOTE = /\b(?:chet|tu vong|qua doi)\b|\bda mat(?= ngay| nam| luc| \d|\s*(?:[.,;)]|$))/;
const PARENT_DIED = /\b(?:cha|me|bo|chong|vo)\b(?: de)?(?: da)? (?:chet|mat|tu vong|qua doi|hy sinh)\b/;

export function notesDeath(remarks: string | null): boolean {
  if (remarks === null) return false;
  const folded = foldedKey(remarks);
  return DEATH_NOTE.test(folded) && !PARENT_DIED.test(folded);
}

/**
 * The remarks say the entry is one of twins or triplets ('Sinh đôi', 'Song sinh', 'Sinh ba', 'Sinh đôi với số 5';
 * typed without marks, 'sinh doi' and 'song sinh' only: 'sinh ba' is also 'khai sinh: bà …').
 */
const MULTIPLE_BIRTH_NOTE = /(?<![\p{L}])(?:sinh (?:đôi|ba|tư)|song sinh)(?![\p{L}])/u;
const UNMARKED_MULTIPLE_BIRTH_NOTE = /\b(?:sinh doi|song sinh)\b/;

export function notesMultipleBirth(remarks: string | null): boolean {
  if (remarks === null) return false;
  const lower = remarks.normalize('NFC').toLowerCase();
  return MULTIPLE_BIRTH_NOTE.test(lower) || (!hasNonAscii(lower) && UNMARKED_MULTIPLE_BIRTH_NOTE.test(lower));
}

const NOT_COUNTED = new Set(['id', 'type', 'provenance', 'raw', 'warnings', 'notes']);

function countFilled(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value !== 'object' || Array.isArray(value)) return 1;
  let count = 0;
  for (const inner of Object.values(value)) count += countFilled(inner);
  return count;
}

/** Number of non-empty leaf fields of a clean record (ids, provenance and audit trail left out). */
export function completenessOf(record: object): number {
  let count = 0;
  for (const [key, value] of Object.entries(record)) if (!NOT_COUNTED.has(key)) count += countFilled(value);
  return count;
}

/**
 * Record paths a survivor may take from a member ('child.personalId'), split once.
 * Never the registered person's name or a part of it: the survivor's name is the
 * one its register entry holds (required, so never missing), and a middle name
 * the survivor lacks ('Nguyễn Anh' beside 'Nguyễn Văn Anh') is either how the
 * person was registered or a copy's slip — changing a registered name takes a
 * correction (cải chính), not an inference. A parent's name is filled whole.
 */
export type FillablePaths = readonly { path: string; parts: readonly string[] }[];

export function fillablePaths(paths: readonly string[]): FillablePaths {
  return paths.map((path) => ({ path, parts: path.split('.') }));
}

/** The paths (the shared strings of `paths`) that hold a non-empty value in the record. */
export function filledAmong(record: object, paths: FillablePaths): string[] {
  const filled: string[] = [];
  for (const { path, parts } of paths) {
    let value: unknown = record;
    for (const part of parts) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[part];
    if (value !== null && value !== undefined && value !== '') filled.push(path);
  }
  return filled;
}

/** Name comparisons of one person: given, family and middle name. */
export function nameComparisons(
  prefix: string,
  field: string,
  levels: { given: readonly ComparisonLevel[]; family: readonly ComparisonLevel[]; middle: readonly ComparisonLevel[] },
): Comparison[] {
  const unmarked = `${prefix}.unmarked`;
  const part = (name: string, partLevels: readonly ComparisonLevel[], label: string): Comparison => {
    const key = `${prefix}.${name}`;
    const folded = `${key}.folded`;
    if (name !== 'family') return comparison(`${field}.${label}`, partLevels, (a, b) => nameLevel(a, b, key, folded, unmarked));
    return comparison(`${field}.${label}`, partLevels, (a, b) => familyNameLevel(nameLevel(a, b, key, folded, unmarked), a[key], b[key]));
  };
  return [part('given', levels.given, 'givenName'), part('family', levels.family, 'familyName'), part('middle', levels.middle, 'middleName')];
}

/** Known family names by accent key, final y written i as the name keys have it (Hồ, Lò, Đỗ, Võ, Lí …). */
const SURNAME_KEYS: ReadonlySet<string> = new Set(SURNAMES.map((name) => yAsI(accentKey(name))));
/** Northern and southern forms of one family name (DOMAIN.md §4): a letter apart, yet the same name. */
const SAME_SURNAME = new Set(['vũ|võ', 'võ|vũ']);

/**
 * One or two letters apart, two family names that are both real ones (Hồ/Lò,
 * Đỗ/Võ, Lê/Lý) are two families, not a slip: short names are a letter from
 * each other. Vũ/Võ, one name in two regions, stay a possible slip.
 */
function familyNameLevel(level: ReturnType<typeof nameLevel>, left: string | null | undefined, right: string | null | undefined): ReturnType<typeof nameLevel> {
  if ((level !== 'typo1' && level !== 'typo2') || !left || !right) return level;
  return SURNAME_KEYS.has(left) && SURNAME_KEYS.has(right) && !SAME_SURNAME.has(`${left}|${right}`) ? 'different' : level;
}

/** The year of a partial ISO date, for blocking keys. */
export const yearOf = (date: string | null | undefined): string | null => (date ? date.slice(0, 4) : null);
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * The months a date may fall in, for blocking keys that a typo in the day
 * keeps: its own 'YYYY-MM', or every month of the year for a date known only
 * to the year (a re-registration often gives just the year), so it still meets
 * the full dates of that year while full dates meet only their own month.
 */
export function monthsOf(date: string | null | undefined): readonly (string | null)[] {
  if (!date) return [null];
  if (date.length >= 7) return [date.slice(0, 7)];
  return MONTHS.map((month) => `${date.slice(0, 4)}-${month}`);
}
/** A date only when complete to the day, for blocking keys that need one. */
export const fullDateOf = (date: string | null | undefined): string | null => (date && date.length === 10 ? date : null);

/**
 * A full date whose day could be read as a month ('2010-05-11' and '2010-11-05'
 * both give '2010|05|11'): the key a date shares with itself typed day and
 * month swapped (DOMAIN.md §5, Excel on a PC set to US dates). Null for a
 * partial date or a day above 12, which no swap produces.
 */
export function swappableDateOf(date: string | null | undefined): string | null {
  if (!date || date.length !== 10) return null;
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day > '12') return null;
  return month <= day ? `${date.slice(0, 4)}|${month}|${day}` : `${date.slice(0, 4)}|${day}|${month}`;
}

/** Warning codes of a record read from a sheet its workbook hides (a draft or an older copy of the book). */
const HIDDEN_SHEET = 'SHEET_HIDDEN';
/** Warnings on a name's quality: every NAME_… warning, and legacy text left undecoded in a name. */
const NAME_WARNING = 'NAME_';
const UNDECODED_TEXT = 'TEXT_UNDECODED_LEGACY';

interface WarningLike {
  code: string;
  field: string;
}

/** Warnings that the entry's two roles (spouses, parents) were typed in each other's columns. */
const ROLES_CROSSED: ReadonlySet<string> = new Set(['MARRIAGE_SPOUSE_NAME_SEX', 'MARRIAGE_SPOUSE_ID_SEX', 'PARENT_NAME_SEX']);

/** The name fields of the person a record registers: the child, the deceased, the spouses (not parents nor declarants). */
const PERSON_NAME_FIELDS: ReadonlySet<string> = new Set(['child.fullName', 'deceased.fullName', 'husband.fullName', 'wife.fullName']);
const PERSON_ROLES = ['child', 'deceased', 'husband', 'wife'] as const;
/** Warnings that a name is spelt wrong or short: another copy of the entry may have it right. */
const SPELLING_WARNINGS: ReadonlySet<string> = new Set(['NAME_SPELLING_DOUBTFUL', 'NAME_NO_DIACRITICS', 'NAME_ABBREVIATED', 'NAME_TELEX_UNCONVERTED', UNDECODED_TEXT]);

interface WarningTies {
  nameWarnings: number;
  personNameWarnings: number;
  hiddenSheet: boolean;
  rolesCrossed?: true;
}

/** Name-quality warnings (all names, and the registered person's spelling ones), the hidden-sheet mark and the crossed roles of a record (most records have no warning at all). */
function warningTies(warnings: readonly WarningLike[] | undefined): WarningTies {
  let nameWarnings = 0;
  let personNameWarnings = 0;
  let hiddenSheet = false;
  let rolesCrossed = false;
  for (const warning of warnings ?? []) {
    if (warning.code.startsWith(NAME_WARNING) || (warning.code === UNDECODED_TEXT && warning.field.endsWith('Name'))) {
      nameWarnings++;
      if (SPELLING_WARNINGS.has(warning.code) && PERSON_NAME_FIELDS.has(warning.field)) personNameWarnings++;
    } else if (warning.code === HIDDEN_SHEET) hiddenSheet = true;
    else if (ROLES_CROSSED.has(warning.code)) rolesCrossed = true;
  }
  return rolesCrossed ? { nameWarnings, personNameWarnings, hiddenSheet, rolesCrossed } : { nameWarnings, personNameWarnings, hiddenSheet };
}

type PersonNames = Partial<Record<(typeof PERSON_ROLES)[number], { fullName?: string | null } | null>>;

/** Words of the registered person's name (both spouses'), a word typed twice counted once: a copy that dropped a middle name has fewer. */
function personNameWords(record: PersonNames): number {
  let count = 0;
  for (const role of PERSON_ROLES) {
    const name = record[role]?.fullName;
    if (!name) continue;
    const words = name.split(' ');
    count += words.length > 2 ? new Set(words).size : words.length;
  }
  return count;
}

/** A clean record's DedupRecord from the comparison values its spec computed (shared by every type). */
export function dedupRecordOf(
  record: {
    id: string;
    type: RecordTypeName;
    remarks: string | null;
    registration: { date: string | null };
    provenance?: { file: string };
    warnings?: readonly WarningLike[];
  } & PersonNames,
  districtCode: string,
  values: Values,
  blockingRules: readonly BlockingRule[],
  fillable: FillablePaths,
): DedupRecord {
  const filledFields = filledAmong(record, fillable);
  return {
    id: record.id,
    type: record.type,
    districtCode,
    values,
    blockingKeys: blockingKeysFor(blockingRules, values),
    registrationDate: record.registration.date,
    reRegistration: isReRegistration(record.remarks, record.type),
    // What a fill cannot give the survivor: a field a member has is filled in whichever copy stays, so it
    // must not make a later copy (often with a slip in a key field) outrank the entry typed first.
    completeness: completenessOf(record) - filledFields.length,
    filledFields,
    sourceFile: record.provenance?.file,
    personNameWords: personNameWords(record),
    ...warningTies(record.warnings),
  };
}
