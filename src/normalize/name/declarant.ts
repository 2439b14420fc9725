/**
 * The declarant's cell of birth and death books (người đi khai, Law on Civil Status
 * Art. 15, 33; DOMAIN.md §3.2). Clerks type more than the name there: the relation
 * after it ('Nguyễn Văn Hải, con', '… - con trai', '…/con', '… (mẹ)'), the
 * declarant's birth year, age, ID or address ('…, sinh 1970', '…; CMND 135000111'),
 * or an office before it when no relative declared ('Trưởng thôn Nguyễn Văn Hải',
 * 'Y tá Lê Thị Lan'). An organisation that declared ('Công an xã Tề Lỗ', 'Bệnh viện …') is
 * kept as typed (declarant-office.ts). The name is the name part; the rest is split off and told in
 * a note, and a relation or an office found there is offered as the relation (the
 * record type uses it when the relation column is empty). A relation may stand before
 * the name too ('Con trai: Nguyễn Văn An', 'Mẹ đẻ Trần Thị Bình'), or after it without
 * punctuation ('Nguyễn Văn An con trai'); declarant-relation.ts tells which words are one. The declarant is not part
 * of the basic civil-status information (Law Art. 14): a cell that still holds no
 * readable name is a warning with no name, never a rejected entry.
 * Never throws; idempotent on fullName.
 */
import type { Finding, Normalized } from '../finding.js';
import { ok } from '../finding.js';
import { foldedKey } from './name-keys.js';
import { canonicalText, scanLetterWords, trimEdgePunctuation } from './name-text.js';
import { HONORIFIC_PREFIXES, MOST_COMMON_SURNAMES } from '../../reference/name-lists.js';
import { asRelation, COMMUNE_OFFICES, leadingRelation, mayHaveRelationAtEdge, OFFICES, relationInsteadOfName, relationOf, trailingRelation } from './declarant-relation.js';
import { officerAfterOrganisation, organisationDeclarant } from './declarant-office.js';
import { isKnownSurname } from './honorific.js';
import { normalizeName, type PersonName, type ToneStyle } from './normalize-name.js';
import { endsWithRemarkAcronym } from './name-remarks.js';
import { hasNonAscii } from '../text/ascii.js';
import { lowerUnitWords, recaseUniformPlace } from '../place/place-case.js';
import { NAME_INDEX } from '../place/commune-index.js';
import { foldName } from '../place/fold.js';

export interface DeclarantName {
  /** The declarant's name, or null when the cell holds none that can be read. */
  fullName: string | null;
  /** A relation or office typed in the cell ('Con trai', 'Trưởng thôn'), or null. */
  relation: string | null;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An office, then punctuation or a space, then the rest (a name of two words at least is checked after). */
const officePrefix = (offices: readonly string[]): RegExp => new RegExp(`^(${offices.map(escape).join('|')})[\\s:;\\-–—,./]+(?=\\S)`, 'u');
const OFFICE_PREFIX = officePrefix(OFFICES);
/** A title or kinship word before an office ('Ông', 'Bà', 'Anh'), longest first. */
const TITLE_PREFIX = new RegExp(
  `^(${HONORIFIC_PREFIXES.map((prefix) => prefix.words).sort((a, b) => b.length - a.length).map(escape).join('|')})[\\s:,\\-–—.]+(?=\\S)`,
  'iu',
);
const FOLDED_OFFICE_PREFIX = officePrefix(OFFICES.map((office) => foldedKey(office)));
/**
 * A cell of letter words that may hold more than a name: a word that starts an office
 * (anywhere: a title may stand before it), or 'là' / 'quan hệ' before a relation. Any
 * other such cell is a plain name. Lower case, as typed and folded.
 */
const DETAIL_WORDS = new Set([...OFFICES.flatMap((office) => [office.split(' ')[0] ?? '', foldedKey(office).split(' ')[0] ?? '']), 'là', 'quan']);

/**
 * True when a cell of letter words between single spaces has a word of DETAIL_WORDS, a
 * relation at either end ('Mẹ đẻ Trần Thị Bình', 'Nguyễn Văn An con trai') or only a relation
 * ('Bố', 'Bà nội'): every declarant cell is asked.
 */
function mayHoldDetails(letterWords: string): boolean {
  // An acronym the name normalizer takes off the end ('… chồng TT') may leave a relation there: the full path reads it.
  if (endsWithRemarkAcronym(letterWords)) return true;
  const words = letterWords.toLowerCase().split(' ');
  for (let i = 0; i < words.length; i++) if (DETAIL_WORDS.has(words[i]!)) return true;
  return mayHaveRelationAtEdge(words) || (words.length <= 4 && relationInsteadOfName(letterWords) !== null);
}

/**
 * Where what follows the name starts: a comma, semicolon, slash, bracket, '+', '&',
 * a dash between spaces (a hyphen inside a name, "Y-Moan", is not one), or — with
 * no punctuation — a birth year, an ID, any figure, or 'là' ('… là con': no name has 'Là').
 */
const TAIL_START = /\s*(?:[,;/+&([]|\s[-–—]\s)|\s+(?=(?:sinh|sn|ns|năm sinh|nam sinh|cmnd|cccd|cmt|số cmnd|so cmnd)\s*:?\s*(?:số\s*)?\d|\d|(?:là|quan hệ)\s)/giu;
/** Separators between the parts of what follows the name ('con, sinh 1970'); a slash between figures is a date's. */
const PART_SEPARATOR = /[,;+&()[\]]|(?<!\d)\/|\/(?!\d)|\s[-–—]\s/u;
/** Punctuation around a part. */
const PART_EDGES = /^[\s.,;:\-–—_*"']+|[\s.,;:\-–—_*"']+$/gu;

/** Passes of splitting: a cell holds an office or two and a title, never more. */
const MAX_PASSES = 4;

/**
 * A cell normalizeDeclarant reads as a name alone, exactly as normalizeName does (letter words, no
 * office or relation word, no organisation): its answer is the name normalizer's, value and findings, with no relation.
 */
export function isPlainName(text: string): boolean {
  return scanLetterWords(text) !== null && !mayHoldDetails(text) && organisationDeclarant(text) === null;
}

/** Normalizes a declarant cell; see the module comment for the contract. */
export function normalizeDeclarant(text: string, options: { toneStyle: ToneStyle }): Normalized<DeclarantName | null> {
  if (typeof text !== 'string') return asDeclarant(normalizeName(text, options), null, []);
  // An office declaring ('Công an xã Tề Lỗ', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'): no person's name to read.
  const organisation = organisationDeclarant(text);
  if (organisation !== null) {
    // 'Chủ tịch UBND xã Tam Phúc Nguyễn Văn Hải': the officer who declared for it, the organisation his relation.
    const officer = officerAfterOrganisation(organisation);
    if (officer === null) return ok({ fullName: organisation, relation: null });
    const name = normalizeName(officer.name, options);
    return asDeclarant(name, officer.relation, [{ code: 'NAME_DECLARANT_DETAILS_SPLIT', from: organisation, to: name.value?.fullName ?? '', params: { details: officer.relation } }]);
  }
  // The common cell, a name alone (isPlainName, the organisation asked above): the name normalizer's answer as it is.
  if (scanLetterWords(text) !== null && !mayHoldDetails(text)) return asDeclarant(normalizeName(text, options), null, []);
  const typed = canonicalText(text);
  if (typed === '') return ok(null);
  // 'Bố', 'Mẹ đẻ', 'Bà nội': who declared, without a name; the relation, not a person called 'Bố'.
  const onlyRelation = relationInsteadOfName(trimEdgePunctuation(typed));
  if (onlyRelation !== null) {
    return ok({ fullName: null, relation: onlyRelation }, [{ code: 'NAME_DECLARANT_RELATION_ONLY', from: typed, to: '', params: { relation: onlyRelation } }]);
  }
  // 'Trưởng thôn Xuân Lai': the office and the hamlet it serves, no person named.
  const served = officeServingPlace(trimEdgePunctuation(typed));
  if (served !== null && served.rest === '') {
    return ok({ fullName: null, relation: served.office }, [{ code: 'NAME_DECLARANT_RELATION_ONLY', from: typed, to: '', params: { relation: served.office } }]);
  }
  const details: string[] = [];
  const titles: Finding[] = [];
  let relation: string | null = null;
  let normalized: Normalized<PersonName | null> | null = null;
  // Punctuation typed before an office ('- Trưởng thôn …') would hide it. A name freed of a title or a
  // remark may begin with an office in turn: split until nothing more comes off (a few passes at most).
  let rest = trimEdgePunctuation(typed);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const split = splitOffices(rest);
    const { name, tail } = splitTail(split.rest);
    if (split.offices.length === 0 && tail.length === 0) {
      // Nothing to split: the name normalizer's answer, unless freeing the name of a remark exposed an office.
      if (normalized !== null) break;
      normalized = normalizeName(text, options);
      if (normalized.value === null || normalized.value.fullName === rest) break;
      rest = normalized.value.fullName;
      continue;
    }
    details.push(...split.offices, ...tail);
    titles.push(...split.titles);
    relation ??= tail.map(relationOf).find((found) => found !== null) ?? split.servedPlace ?? (split.offices[0] === undefined ? null : asRelation(split.offices[0]));
    normalized = normalizeName(name, options);
    if (normalized.value === null) break;
    rest = normalized.value.fullName;
  }
  normalized ??= normalizeName(text, options);
  // What is left of the name a relation too ('Vợ - chồng', 'Trưởng thôn (') : no name.
  const leftRelation = normalized.value === null ? null : relationInsteadOfName(normalized.value.fullName);
  if (leftRelation !== null) {
    return ok({ fullName: null, relation: relation ?? leftRelation }, [
      ...titles,
      { code: 'NAME_DECLARANT_RELATION_ONLY', from: typed, to: '', params: { relation: relation ?? leftRelation } },
    ]);
  }
  if (details.length === 0) return asDeclarant(normalized, null, []);
  const note: Finding = { code: 'NAME_DECLARANT_DETAILS_SPLIT', from: typed, to: normalized.value?.fullName ?? '', params: { details: details.join('; ') } };
  return asDeclarant(normalized, relation, [...titles, note]);
}

/**
 * The offices and relations before the name ('Trưởng thôn Nguyễn Văn Hải', 'Con trai: …',
 * 'Bà nội Lê Thị Cúc'), with a title before an office ('Ông trưởng thôn …'), and the
 * rest; each taken only when a name of two words at least follows it.
 */
function splitOffices(text: string): { offices: string[]; rest: string; titles: Finding[]; servedPlace?: string } {
  const offices: string[] = [];
  const titles: Finding[] = [];
  let rest = text;
  // The office and the hamlet it serves before the name ('Trưởng thôn Xuân Lai Nguyễn Văn Hải'): the relation as typed.
  const served = officeServingPlace(text);
  if (served !== null) return { offices: [served.office], rest: served.rest, titles, servedPlace: served.office };
  // Terminates: every pass shortens `rest`.
  for (;;) {
    const office = officeAt(rest);
    if (office !== null) {
      offices.push(office.office);
      rest = office.rest;
      continue;
    }
    const relation = leadingRelation(rest);
    if (relation !== null) {
      offices.push(relation.relation);
      rest = relation.rest;
      continue;
    }
    // A title before an office or a relation ('Ông trưởng thôn …', 'Bà y tá …', 'Bà mẹ đẻ …') is no part of the name either.
    const title = TITLE_PREFIX.exec(rest);
    const afterTitle = title === null ? '' : rest.slice(title[0].length);
    if (title === null || (officeAt(afterTitle) === null && leadingRelation(afterTitle) === null)) break;
    titles.push({ code: 'NAME_HONORIFIC_REMOVED', from: rest, to: afterTitle, params: { honorific: title[1]! } });
    rest = afterTitle;
  }
  return { offices, rest, titles };
}

/** An office at the start of the text and the rest after it, when a name of two words at least follows. */
function officeAt(text: string): { office: string; rest: string } | null {
  const lower = text.toLowerCase();
  // Typed without marks, an office is known folded; with marks, only as written ('Trương Thôn …' is a name).
  const match = hasNonAscii(lower) ? OFFICE_PREFIX.exec(lower) : FOLDED_OFFICE_PREFIX.exec(lower);
  if (match === null || lower.length !== text.length) return null;
  const rest = text.slice(match[0].length);
  return /\S\s+\S/.test(rest) ? { office: text.slice(0, match[1]!.length), rest } : null;
}

/** Offices that serve a hamlet or a street ('Trưởng thôn Xuân Lai', 'Tổ trưởng TDP Đoàn Kết'), lower case. */
const PLACE_OFFICES = new Set(['trưởng thôn', 'trưởng xóm', 'trưởng khu phố', 'trưởng khu', 'trưởng bản', 'trưởng làng', 'trưởng ấp',
  'tổ trưởng tổ dân phố', 'tổ trưởng dân phố', 'tổ trưởng', 'phó trưởng thôn', 'phó thôn', 'bí thư chi bộ', 'đại diện thôn', ...COMMUNE_OFFICES]);
/** A word of a place's name: capitalised or a figure ('Xuân Lai', 'TDP Đoàn Kết', 'Thôn 3'). */
const PLACE_WORD = /^[\p{Lu}\d][\p{L}\d]*$/u;
/** A hamlet's or street's unit word before its name ('thôn Xuân Lai', 'Tổ dân phố Đoàn Kết'): the words after it are a place's. */
const PLACE_UNIT = /^(?:thôn|xóm|làng|bản|ấp|khu phố|khu|tổ dân phố|tổ|tdp)\s+/iu;
/** Punctuation between the place and the name after it ('Trưởng thôn Ngọc Bảo - Nguyễn Văn Hải', '… Xuân Lai (Nguyễn Văn Hải)'). */
const PLACE_END = /\s*[,;:(]\s*|\s+[-–—]\s+/u;
/** The bracket closing a name typed in brackets after the place. */
const CLOSING_BRACKET = /\s*\)\s*$/u;
/** The fewest words of a person's name typed after the place: a family name, a middle name and a given name. */
const NAME_AFTER_PLACE_WORDS = 3;
/** A name of a family and a given name only ('Nguyễn Hải'), and the fewest words of the place it may follow. */
const SHORT_NAME_WORDS = 2;
const SHORT_NAME_MIN_PLACE_WORDS = 2;
/** A commune's offices with its unit word ('Chủ tịch xã', COMMUNE_OFFICES): the words after them may be the commune's name. */
const COMMUNE_OFFICE_SET: ReadonlySet<string> = new Set(COMMUNE_OFFICES);
/** The most words of a commune's name ('Phạm Công Bình'). */
const COMMUNE_NAME_MAX_WORDS = 3;

/**
 * How many first words name a commune of the lists ('Kim Long', 'Hồ Sơn', 'Đồng Văn', led by a family name or holding
 * Văn as a person's name would), the most first; 0 for none.
 */
function communeNameWords(words: readonly string[]): number {
  for (let count = Math.min(COMMUNE_NAME_MAX_WORDS, words.length); count >= 2; count--) {
    if (NAME_INDEX.has(foldName(words.slice(0, count).join(' ')))) return count;
  }
  return 0;
}
/** The middle names that tell a person's name from a place's ('Lều Văn Hải'). */
const MIDDLE_NAMES = new Set(['Văn', 'Thị', 'VĂN', 'THỊ']);
const COMMON_SURNAMES: ReadonlySet<string> = new Set(MOST_COMMON_SURNAMES);

/**
 * Whether the two capitalised words after a hamlet's office are the hamlet's name ('Trưởng thôn Đồng Tâm'), not a person
 * of a family and a given name: as a hamlet's name under its unit word on the next line (place-line-breaks.ts), a
 * person's name mostly has three words, and two words are a person's only when led by a common family name
 * ('Trưởng thôn Nguyễn Hải') or holding Văn or Thị. A commune's office is followed by the commune's name, which the
 * lists know (communeNameWords): two other words after it are its officer's name ('Chủ tịch UBND xã Trần Hải').
 */
function hamletNamedAlone(office: string, words: readonly string[]): boolean {
  return words.length === 2 && !COMMUNE_OFFICE_SET.has(office) && PLACE_WORD.test(words[1]!) && !COMMON_SURNAMES.has(words[0]!) && !MIDDLE_NAMES.has(words[1]!);
}

/**
 * A hamlet's office and the place it serves, typed before the name or instead of it ('Trưởng thôn Xuân
 * Lai', 'Tổ trưởng TDP Đoàn Kết', 'Trưởng thôn Xuân Lai Nguyễn Văn Hải', 'Trưởng thôn Ngọc Bảo - Nguyễn Văn Hải'),
 * with the office's relation as a relation column would hold it ('Trưởng thôn Xuân Lai') and the name after it ('' for
 * none). Only when the words after the office are capitalised (a unit word before them may be lower case, 'thôn Xuân
 * Lai') and, without a unit word, the first is no family name ('Trưởng thôn Đồng Tâm' may be Mr Đồng Tâm: officeAt
 * reads it); the name, when one follows without punctuation, is the last three words or more led by a family name.
 */
function officeServingPlace(text: string): { office: string; rest: string } | null {
  const lower = text.toLowerCase();
  // Typed with marks only: a place's words typed without them are no evidence against a name.
  if (lower.length !== text.length || !hasNonAscii(lower)) return null;
  const match = OFFICE_PREFIX.exec(lower);
  if (match === null || !PLACE_OFFICES.has(match[1]!)) return null;
  const after = text.slice(match[0].length);
  const punctuated = PLACE_END.exec(after);
  const placePart = punctuated === null ? after : after.slice(0, punctuated.index);
  const unit = PLACE_UNIT.exec(placePart);
  const words = placePart.slice(unit?.[0].length ?? 0).split(' ');
  // After a commune's office and its unit word, the commune's name ('Chủ tịch xã Hồ Sơn'), though led by a family name.
  const commune = COMMUNE_OFFICE_SET.has(match[1]!) ? communeNameWords(words) : 0;
  // A person's name whose family name no list has ('Lều Văn Hải') still shows its middle name.
  const personFirst = isKnownSurname(words[0]!) && !hamletNamedAlone(match[1]!, words);
  if (!PLACE_WORD.test(words[0]!) || (commune === 0 && unit === null && (personFirst || MIDDLE_NAMES.has(words[1] ?? '')))) return null;
  let end = words.length;
  if (punctuated === null && commune > 0) end = commune;
  else if (punctuated === null) {
    for (let start = words.length - NAME_AFTER_PLACE_WORDS; start >= 1; start--) {
      if (isKnownSurname(words[start]!)) {
        end = start;
        break;
      }
    }
    // A name of two words after a place of two or more ('Trưởng thôn Đạo Tú Nguyễn Hải'): led by a family name, and
    // preferred to three words leaving a place of one when only it opens with a common one ('Trưởng thôn Thượng Lai Vũ
    // Hùng' is Vũ Hùng of Thượng Lai, no Lai Vũ Hùng of a hamlet Thượng).
    const shortName = words.length - SHORT_NAME_WORDS;
    const shortNameFirst = shortName >= SHORT_NAME_MIN_PLACE_WORDS && isKnownSurname(words[shortName]!);
    const oneWordPlace = end === 1 && !COMMON_SURNAMES.has(words[end]!) && COMMON_SURNAMES.has(words[shortName] ?? '');
    if (shortNameFirst && (end === words.length || oneWordPlace)) end = shortName;
  }
  const place = words.slice(0, end);
  if (!place.every((word) => PLACE_WORD.test(word))) return null;
  const afterPlace = punctuated === null ? words.slice(end).join(' ') : trimEdgePunctuation(after.slice(punctuated.index + punctuated[0].length).replace(CLOSING_BRACKET, ''));
  // A bracket holding no capitalised word is a remark, no name ('Trưởng thôn Xuân Lai (đã ký)').
  const rest = punctuated?.[0].includes('(') === true && !/\p{Lu}/u.test(afterPlace) ? '' : afterPlace;
  const served = `${unit?.[0] ?? ''}${place.join(' ')}`;
  // 'TRƯỞNG THÔN XUÂN LAI': a place typed in capitals is recased as a relation column's is ('Trưởng thôn Xuân Lai').
  const recased = served === served.toUpperCase() ? recaseUniformPlace(served) : null;
  const office = `${asRelation(match[1]!)} ${recased ?? served}`;
  return { office: recased === null ? office : lowerUnitWords(office), rest };
}

/**
 * The name and the parts typed after it: the first separator with a name of two
 * words at least before it ('Ông, Nguyễn Văn Hải' is a title and a name, not a split),
 * or else the relations ending it.
 */
function splitTail(text: string): { name: string; tail: string[] } {
  for (const match of text.matchAll(TAIL_START)) {
    const name = text.slice(0, match.index).trim();
    if (!/\S\s+\S/.test(name)) continue;
    const tail = text
      .slice(match.index)
      .split(PART_SEPARATOR)
      .map((part) => part.replace(PART_EDGES, ''))
      .filter((part) => part !== '');
    return tail.length === 0 ? { name: text, tail: [] } : { name, tail };
  }
  // A relation typed after the name without punctuation ('Nguyễn Văn An con trai'), or several.
  const tail: string[] = [];
  let name = text.trim().replace(/\s+/g, ' ');
  for (let found = trailingRelation(name); found !== null; found = trailingRelation(name)) {
    tail.unshift(found.relation);
    name = found.name;
  }
  return tail.length === 0 ? { name: text, tail: [] } : { name, tail };
}

/**
 * The name normalizer's answer as the declarant's: characters no name can hold leave
 * the declarant without a name, with a warning (the declarant is optional).
 */
function asDeclarant(name: Normalized<{ fullName: string } | null>, relation: string | null, before: Finding[]): Normalized<DeclarantName | null> {
  // The common answer (a plain name): the name normalizer's findings as they are.
  if (before.length === 0 && relation === null && !name.findings.some((finding) => finding.code === 'NAME_INVALID_CHARACTERS')) {
    return { value: name.value === null ? null : { fullName: name.value.fullName, relation: null }, findings: name.findings };
  }
  const findings = [...before];
  let fullName = name.value?.fullName ?? null;
  for (const finding of name.findings) {
    if (finding.code !== 'NAME_INVALID_CHARACTERS') {
      findings.push(finding);
      continue;
    }
    fullName = null;
    findings.push({ code: 'NAME_DECLARANT_UNREADABLE', params: { characters: String(finding.params?.characters ?? '') } });
  }
  if (fullName === null && relation === null) return { value: null, findings };
  return { value: { fullName, relation }, findings };
}
