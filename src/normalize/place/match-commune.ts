/**
 * Registration place → 5-digit GSO commune code, resolved against the list in force on the
 * registration date (DOMAIN.md §1.5 pipeline rule). Tolerates case, missing diacritics, either
 * tone-mark placement, abbreviated or missing unit words, "UBND" prefixes and appended
 * district/province parts. Never throws; problems are findings (catalog: place-codes.ts).
 */
import { VINH_PHUC_DISTRICTS, VINH_PHUC_LIST_ENDS_ON, type CommuneUnitType } from '../../reference/admin-units.js';
import { ok, type Finding, type Normalized } from '../finding.js';
import {
  COMMUNE_BY_CODE,
  describeUnit,
  districtLabel,
  displayNameOf,
  districtOf,
  districtsOf,
  isInForce,
  locationOf,
  NAME_INDEX,
  PHU_THO_UNIT_BY_CODE,
  type UnitList,
} from './commune-index.js';
import { findMentions, type Mention } from './find-mentions.js';
import { foldText } from './fold.js';
import { couldShareDistrict, DISTRICT_ALIASES, DISTRICT_CODE_BY_NAME, DISTRICT_INITIALS, FORMER_PROVINCES, PROVINCE_ALIASES } from './historical-units.js';
import { ID_PROVINCE_CODES } from '../../reference/id-province-codes.js';
import { foldName } from './fold.js';
import { pickMentions } from './pick-mentions.js';
import { placeSegments, type PlaceToken } from './place-tokens.js';
import { registrationPeriod, withinFixedDistricts, type RegistrationPeriod } from './registration-period.js';
import { marksDiffer } from './name-marks.js';
import { meLinhTown, PHUC_YEN_DISTRICT } from './me-linh-towns.js';
import { resolveCommune, unitsNamedIn, type UnitRef } from './resolve-commune.js';
import { suggestCommunes } from './suggest-communes.js';
import { unitsNotInForce } from './unit-validity.js';

export interface CommuneMatch {
  communeCode: string | null;
  districtCode: string | null;
}

export interface MatchCommuneOptions {
  /** The source's district (from the pipeline): narrows the search. */
  districtCode?: string | null;
  /** ISO date (or year / year-month) of registration: selects the list in force then. */
  registrationDate?: string | null;
  /** readPlaceMentions, or a memo of it (FieldMemo): a place's words read alike whatever the date. */
  mentionsOf?: (input: string) => PlaceMentions;
}

/** The words of a registration place, as matchCommune weighs them against every date: its segments and the mentions in them. */
export interface PlaceMentions {
  readonly segments: readonly (readonly PlaceToken[])[];
  readonly mentions: readonly Mention[];
}

/** The segments and mentions of a registration place (trimmed, NFC); never changed by matchCommune, so they may be shared. */
export function readPlaceMentions(input: string): PlaceMentions {
  const segments = placeSegments(input);
  return { segments, mentions: findMentions(segments) };
}

// A registration place is a few words; beyond this it is not a place, and the cost stays bounded.
const MAX_TEXT_LENGTH = 500;
const DISTRICT_CODES = new Set(VINH_PHUC_DISTRICTS.map((d) => d.code));
/** 'Huyện Yên Lạc', as a candidate beside the thị trấn of its name. */
const DISTRICT_FULL_NAME = new Map(VINH_PHUC_DISTRICTS.map((d) => [d.code, d.gsoFullName]));
const UNIT_TYPE_WORDS: Record<CommuneUnitType, string> = { xã: 'xã', phường: 'phường', 'thị trấn': 'thị trấn' };
const CODE_TEXT = /^\d{4,5}$/;

function asText(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFC').trim().slice(0, MAX_TEXT_LENGTH);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function optionDistrict(value: unknown): string | null {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return DISTRICT_CODES.has(text) ? text : null;
}

function noMatch(districtCode: string | null, findings: Finding[]): Normalized<CommuneMatch> {
  return ok({ communeCode: null, districtCode }, findings);
}

function matched(unit: UnitRef, findings: Finding[]): Normalized<CommuneMatch> {
  return ok({ communeCode: unit.code, districtCode: districtOf(unit.list, unit.code) }, findings);
}

function listOf(units: readonly UnitRef[], period: RegistrationPeriod): string {
  return units.map((u) => describeUnit(u.list, u.code, period)).join('; ');
}

/** The one district all units share, else null. */
function commonDistrict(units: readonly UnitRef[]): string | null {
  const districts = new Set(units.map((u) => districtOf(u.list, u.code)));
  const [only] = districts;
  return districts.size === 1 && only !== undefined ? only : null;
}

/**
 * A commune code as a spreadsheet writes a number out: after Excel's text-marker apostrophe ("'08953"),
 * as a float ('8953.0') or with digit grouping ('8,953', '8.953'). The digits, or the text unchanged.
 */
const CODE_AS_NUMBER = /^['’`]?(\d{4,5})(?:[.,]0{1,2})?$|^(\d{1,2})[.,](\d{3})$/u;
function codeDigits(text: string): string {
  const number = CODE_AS_NUMBER.exec(text);
  if (number === null) return text;
  return number[1] ?? `${number[2] ?? ''}${number[3] ?? ''}`;
}

/** A commune code typed into the place cell ("08953", or 8953 read as a number). */
function matchCodeText(typed: string, period: RegistrationPeriod): Normalized<CommuneMatch> | null {
  const text = codeDigits(typed);
  if (!CODE_TEXT.test(text)) return null;
  const code = text.padStart(5, '0');
  const lists: UnitList[] = period.start >= VINH_PHUC_LIST_ENDS_ON ? ['phu-tho-2025', 'vinh-phuc'] : ['vinh-phuc', 'phu-tho-2025'];
  const list = lists.find((l) => (l === 'vinh-phuc' ? COMMUNE_BY_CODE : PHU_THO_UNIT_BY_CODE).has(code));
  if (list === undefined) return noMatch(null, [{ code: 'PLACE_COMMUNE_UNKNOWN', params: { candidates: '—' } }]);
  const findings: Finding[] =
    code === text ? [] : [{ code: 'PLACE_CODE_LEADING_ZERO_RESTORED', from: typed, to: code, params: { code } }];
  return matched({ list, code }, findings);
}

/** 'UBND huyện …', 'Ủy ban nhân dân thành phố …', 'UBND TX …' (folded). */
const DISTRICT_AUTHORITY = /^(?:ubnd|uy ban nhan dan)\s*(?:huyen|h\.|thanh pho|tp\.?|thi xa|tx\.?)(?:\s|$)/;

/**
 * The justice office of a district or of the province ('Phòng Tư pháp huyện Bình Xuyên',
 * 'Sở Tư pháp tỉnh Vĩnh Phúc', 'PTP', 'STP', 'P. Tư pháp'), folded: it prepared the cases the district or
 * province registered (a foreign element), so no commune is expected. What follows may
 * only name the district or province.
 */
const JUSTICE_OFFICE = /^(?:(?:(?:phong|so)\s+|[ps]\.\s*)tu\s+phap|ptp|stp)(?=\s|,|$)[\s,.-]*/;
/** 'UBND tỉnh Vĩnh Phúc': the province registered it (foreign elements before 2016). */
const PROVINCE_AUTHORITY = /^(?:ubnd|uy ban nhan dan)\s*(?:tinh|t\.)(?:\s|$)/;

/** A district or the province named as the registering authority: its district code (null for the province) and the words' mentions; null otherwise. */
function registeringAuthority(input: string): { districtCode: string | null; mentions: readonly Mention[] } | null {
  const folded = foldText(input);
  const office = JUSTICE_OFFICE.exec(folded);
  if (office === null && !PROVINCE_AUTHORITY.test(folded)) return null;
  const rest = office === null ? input : input.slice(office[0].length);
  if (rest.trim() === '') return { districtCode: null, mentions: [] };
  const segments = placeSegments(rest);
  const mentions = findMentions(segments);
  const { commune, district, unknownCommune } = pickMentions(mentions, segments);
  // 'Phòng Tư pháp Bình Xuyên': the district's name with no unit word is read as a commune name.
  const districtName = district?.key ?? (commune !== null && commune.level === null && DISTRICT_ALIASES.has(commune.key) ? commune.key : null);
  if (districtName === null) {
    const provinceOnly = commune === null ? unknownCommune === null : commune.level === null && PROVINCE_ALIASES.has(commune.key);
    return provinceOnly ? { districtCode: null, mentions } : null;
  }
  return { districtCode: DISTRICT_CODE_BY_NAME.get(districtName) ?? null, mentions };
}

/** Adds the findings on the district and province named (unit-validity.ts) to a match. */
function withUnitsInForce(match: Normalized<CommuneMatch>, mentions: readonly Mention[], period: RegistrationPeriod): Normalized<CommuneMatch> {
  const outOfForce = unitsNotInForce(mentions, period.datedEnd === undefined ? period : { start: period.start, end: period.datedEnd });
  return outOfForce.length === 0 ? match : ok(match.value, [...match.findings, ...outOfForce]);
}

/**
 * PLACE_OUTSIDE_SOURCE_DISTRICT for a district named as the registering authority ('UBND huyện
 * Yên Lạc', 'Phòng Tư pháp huyện Yên Lạc') that is not the book's: a district registers only
 * its own cases, so the book's folder or the place is wrong — judged as a commune of that
 * district would be (any other district from 2009 to 30/06/2025; before, one never held
 * together with the book's). A district of its time without a present code ('huyện Vĩnh Lạc')
 * is not judged, nor is a date from 01/07/2025 on (no districts: PLACE_UNIT_NOT_IN_FORCE).
 */
function authorityOutsideSource(authorityDistrict: string | null, sourceDistrict: string | null, period: RegistrationPeriod): Finding[] {
  if (authorityDistrict === null || sourceDistrict === null || authorityDistrict === sourceDistrict) return [];
  if (period.start >= VINH_PHUC_LIST_ENDS_ON) return [];
  if (!withinFixedDistricts(period) && couldShareDistrict(authorityDistrict, sourceDistrict, period)) return [];
  const name = DISTRICT_FULL_NAME.get(authorityDistrict) ?? authorityDistrict;
  const source = districtLabel(sourceDistrict) || sourceDistrict;
  return [{ code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', params: { code: authorityDistrict, name, expected: 'tỉnh Vĩnh Phúc', source } }];
}

/** Registration place → commune code of the list in force on the registration date. */
export function matchCommune(text: string, options: MatchCommuneOptions): Normalized<CommuneMatch> {
  const input = asText(text);
  if (input === '') return noMatch(null, []);
  const period = registrationPeriod(options?.registrationDate);
  const byCode = matchCodeText(input, period);
  if (byCode !== null) return byCode;
  const authority = registeringAuthority(input);
  if (authority !== null) {
    const outside = authorityOutsideSource(authority.districtCode, optionDistrict(options?.districtCode), period);
    return withUnitsInForce(noMatch(authority.districtCode, outside), authority.mentions, period);
  }
  const { segments, mentions } = (options?.mentionsOf ?? readPlaceMentions)(input);
  return withUnitsInForce(matchMentions(input, mentions, segments, period, options), mentionsOfTheTime(input, mentions), period);
}

/** 'nay là', 'nay thuộc', '(nay …', '- nay …' (folded): what follows names today's units, an annotation of a later hand. */
const NOW_ANNOTATION = /(?:^|[\s(,;-])nay\s+(?:la|thuoc)\s|[(,;-]\s*nay\s/;

/**
 * The mentions whose levels the place names before an annotation of today's units ('UBND xã Tam Hợp - nay là xã
 * Bình Nguyên, tỉnh Phú Thọ'): a district or a province named only in that annotation is no unit of the registration
 * date, so it is not checked against it; one named before it is checked with the annotation's ('huyện Vĩnh Lạc (nay
 * là huyện Yên Lạc)' fits either way).
 */
function mentionsOfTheTime(input: string, mentions: readonly Mention[]): readonly Mention[] {
  if (!input.includes('nay')) return mentions;
  const at = NOW_ANNOTATION.exec(foldText(input));
  if (at === null) return mentions;
  const levels = new Set(readPlaceMentions(input.slice(0, at.index)).mentions.map((m) => m.level));
  return mentions.filter((m) => levels.has(m.level));
}

/** The commune the mentions of a registration place name (matchCommune without the district and province dates). */
function matchMentions(
  input: string,
  mentions: readonly Mention[],
  segments: readonly (readonly PlaceToken[])[],
  period: RegistrationPeriod,
  options: MatchCommuneOptions,
): Normalized<CommuneMatch> {
  const { commune, district, unknownCommune, namesHigherUnit } = pickMentions(mentions, segments);
  const textDistricts = district === null ? null : (DISTRICT_ALIASES.get(district.key) ?? DISTRICT_INITIALS.get(district.key) ?? []);
  const sourceDistrict = optionDistrict(options?.districtCode);
  const hints = [textDistricts, sourceDistrict === null ? null : [sourceDistrict]].filter((h) => h !== null);
  const namedDistrict = district === null ? null : (DISTRICT_CODE_BY_NAME.get(district.key) ?? null);

  if (commune === null) {
    if (unknownCommune === null && namesHigherUnit) {
      // 'UBND huyện Bình Xuyên': the district's People's Committee registered it, as it did every
      // case with a foreign element until 2025 (DOMAIN.md §3.1) — no commune is missing. So did a district of
      // its time ('UBND huyện Vĩnh Lạc', 'UBND huyện Mê Linh'): the source's district when it is one it became.
      const districtAuthority = textDistricts !== null && textDistricts.length > 0 && DISTRICT_AUTHORITY.test(foldText(input));
      if (!districtAuthority) return noMatch(namedDistrict, [{ code: 'PLACE_COMMUNE_MISSING' }]);
      const authorityDistrict = namedDistrict ?? (sourceDistrict !== null && textDistricts.includes(sourceDistrict) ? sourceDistrict : null);
      return noMatch(authorityDistrict, authorityOutsideSource(namedDistrict, sourceDistrict, period));
    }
    const suggestions = suggestCommunes(unknownCommune ?? '', period, hints[0] ?? null);
    const candidates = suggestions.length === 0 ? '—' : listOf(suggestions, period);
    return noMatch(namedDistrict, [{ code: 'PLACE_COMMUNE_UNKNOWN', params: { candidates } }]);
  }

  const resolution = resolveCommune({ key: commune.key, communeType: commune.communeType, period, districtHints: hints });
  const higherUnitName = commune.level === null && (DISTRICT_ALIASES.has(commune.key) || PROVINCE_ALIASES.has(commune.key));
  if (higherUnitName && resolution.kind !== 'matched' && resolution.kind !== 'ambiguous') {
    // "Bình Xuyên" alone before 2025-07 is the district, not the xã Bình Xuyên of the new list.
    return noMatch(DISTRICT_CODE_BY_NAME.get(commune.key) ?? namedDistrict, [{ code: 'PLACE_COMMUNE_MISSING' }]);
  }
  switch (resolution.kind) {
    case 'matched': {
      const { unit } = resolution;
      const name = displayNameOf(unit.list, unit.code, period);
      if (higherUnitName && district === null && unit.list === 'vinh-phuc' && DISTRICT_ALIASES.has(commune.key)) {
        // 'Yên Lạc' alone before 2025-07 names the district as well as its thị trấn: never guessed.
        const districtCode = DISTRICT_CODE_BY_NAME.get(commune.key) ?? districtOf(unit.list, unit.code);
        const candidates = `${describeUnit(unit.list, unit.code, period)}; ${DISTRICT_FULL_NAME.get(districtCode ?? '') ?? commune.typed}`;
        return noMatch(districtCode, [{ code: 'PLACE_COMMUNE_AMBIGUOUS', params: { candidates } }]);
      }
      const findings: Finding[] = [];
      if (commune.respelled) {
        findings.push({ code: 'PLACE_SPELLING_VARIANT_MAPPED', from: commune.typed, to: name, params: { code: unit.code, name } });
      } else if (marksDiffer(commune.nameTyped, commune.key)) {
        findings.push({ code: 'PLACE_NAME_MARKS_MAPPED', from: commune.typed, to: name, params: { code: unit.code, name, typed: commune.nameTyped } });
      }
      if (resolution.renamed) {
        findings.push({ code: 'PLACE_FORMER_NAME_MAPPED', from: commune.typed, to: name, params: { code: unit.code, name } });
      }
      const town = meLinhTown(commune.key, commune.communeType, period);
      if (town !== null && town.wards.includes(unit.code)) {
        // 'thị trấn Xuân Hòa' of Mê Linh before 2003 (me-linh-towns.ts): its own name then, a former one after.
        if (!town.named) findings.push({ code: 'PLACE_FORMER_NAME_MAPPED', from: commune.typed, to: name, params: { code: unit.code, name } });
      } else if (resolution.typeNever === true && commune.communeType !== null) {
        const typedType = UNIT_TYPE_WORDS[commune.communeType];
        findings.push({ code: 'PLACE_UNIT_TYPE_CORRECTED', from: commune.typed, to: name, params: { code: unit.code, name, typedType } });
      }
      if (district !== null && textDistricts !== null && !districtFits(unit, textDistricts)) {
        const expected = locationOf(unit.list, unit.code);
        findings.push({ code: 'PLACE_DISTRICT_MISMATCH', params: { code: unit.code, name, expected, district: district.typed } });
      } else if (otherProvince(input, commune.typed) !== null) {
        // 'xã Tam Hồng, huyện Yên Lạc, tỉnh Hà Nam': the commune is of the province, the last part names another.
        const province = unit.list === 'vinh-phuc' ? 'tỉnh Vĩnh Phúc' : 'tỉnh Phú Thọ';
        const expected = unit.list === 'vinh-phuc' ? `${locationOf(unit.list, unit.code)}, ${province}` : locationOf(unit.list, unit.code);
        findings.push({ code: 'PLACE_DISTRICT_MISMATCH', params: { code: unit.code, name, expected, district: otherProvince(input, commune.typed)! } });
      } else if (sourceDistrict !== null && unit.list === 'phu-tho-2025' && !districtFits(unit, [sourceDistrict])) {
        // After 2025-07-01 a book still comes from a former district's delivery: a new commune none of whose
        // component units lay in that district ('Phường Xuân Hòa', all of old Phúc Yên, in a Lập Thạch book).
        const source = districtLabel(sourceDistrict) || sourceDistrict;
        const formerDistricts = districtsOf(unit.list, unit.code).map((d) => districtLabel(d) || d).join(', ');
        const expected = `${locationOf(unit.list, unit.code)} (đơn vị cũ thuộc ${formerDistricts})`;
        findings.push({ code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', params: { code: unit.code, name, expected, source } });
      } else if (sourceDistrict !== null && unit.list === 'vinh-phuc' && !districtFits(unit, [sourceDistrict])) {
        const fixed = withinFixedDistricts(period);
        if (!fixed && district === null) {
          // Before 2009 a unit of the name in the source's district under another type than typed ('xã Xuân
          // Hòa' in a Phúc Yên book of 2005) leaves the type or the book wrong.
          const local = unitsNamedIn(commune.key, [sourceDistrict], period);
          if (local.length > 0) {
            return noMatch(null, [{ code: 'PLACE_COMMUNE_AMBIGUOUS', params: { candidates: listOf([unit, ...local], period) } }]);
          }
        }
        // A book is kept by one commune of the source's district; before 2009 districts were split and merged,
        // so a commune of a district held together with the source's then is no warning (historical-units.ts).
        const unitDistrict = districtOf(unit.list, unit.code) ?? '';
        if (fixed || !couldShareDistrict(unitDistrict, sourceDistrict, period)) {
          const source = districtLabel(sourceDistrict) || sourceDistrict;
          findings.push({ code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', params: { code: unit.code, name, expected: locationOf(unit.list, unit.code), source } });
        }
      }
      return matched(unit, findings);
    }
    case 'ambiguous':
      return noMatch(commonDistrict(resolution.units), [
        { code: 'PLACE_COMMUNE_AMBIGUOUS', params: { candidates: listOf(resolution.units, period) } },
      ]);
    case 'abolished': {
      const { unit } = resolution;
      const abolishedOn = COMMUNE_BY_CODE.get(unit.code)?.abolishedOn ?? VINH_PHUC_LIST_ENDS_ON;
      const name = displayNameOf(unit.list, unit.code, period);
      return noMatch(districtOf(unit.list, unit.code), [
        { code: 'PLACE_COMMUNE_ABOLISHED', params: { code: unit.code, name, abolishedOn: vietnameseDate(abolishedOn) } },
      ]);
    }
    case 'notYetInForce': {
      const town = meLinhTown(commune.key, commune.communeType, period);
      if (town !== null && town.wards.length > 1) {
        // 'UBND thị trấn Phúc Yên' (before 2003) is no 2025 phường Phúc Yên: the town was divided among
        // four wards, so no commune code fits its book, and the book is not wrong.
        if (town.named) return noMatch(PHUC_YEN_DISTRICT, []);
        const inForce = town.wards.filter((code) => isInForce('vinh-phuc', code, period));
        const wards = (inForce.length > 0 ? inForce : town.wards).map((code) => ({ list: 'vinh-phuc' as const, code }));
        return noMatch(PHUC_YEN_DISTRICT, [{ code: 'PLACE_COMMUNE_AMBIGUOUS', params: { candidates: listOf(wards, period) } }]);
      }
      // 'Xã Bình Nguyên (Tam Hợp cũ)' in a 2016 book: the text names the unit of the registration date as well.
      const ofTheTime = unitNamedBeside(input, commune, mentions, resolution.units, period, hints);
      if (ofTheTime !== null) return matched(ofTheTime, []);
      const [only] = resolution.units;
      const finding: Finding = {
        code: 'PLACE_NAME_NOT_YET_IN_FORCE',
        params: { since: vietnameseDate(resolution.since), candidates: listOf(resolution.units, period) || '—' },
      };
      if (resolution.units.length === 1 && only !== undefined) return matched(only, [finding]);
      return noMatch(commonDistrict(resolution.units), [finding]);
    }
    case 'unknown':
      return noMatch(namedDistrict, [{ code: 'PLACE_COMMUNE_UNKNOWN', params: { candidates: '—' } }]);
  }
}

/**
 * Another commune the place names beside a name not yet in force, when it is one of the units of the registration
 * date that became it, in force then under the name typed ('Xã Bình Nguyên (Tam Hợp cũ)', 'Phường Vĩnh Phúc - Liên
 * Bảo cũ'); null otherwise.
 */
function unitNamedBeside(
  input: string,
  commune: Mention,
  mentions: readonly Mention[],
  units: readonly UnitRef[],
  period: RegistrationPeriod,
  districtHints: readonly (readonly string[])[],
): UnitRef | null {
  for (const other of mentions) {
    if (other === commune || other.key === commune.key || other.level !== null && other.level !== 'commune') continue;
    if (!NAME_INDEX.has(other.key) || namedAsHamlet(input, other)) continue;
    const resolution = resolveCommune({ key: other.key, communeType: other.communeType, period, districtHints });
    if (resolution.kind !== 'matched' || resolution.renamed) continue;
    const { unit } = resolution;
    if (units.some((u) => u.list === unit.list && u.code === unit.code)) return unit;
  }
  return null;
}

/** A hamlet's or a residential group's word before a name, folded ('thôn Tam Hợp', 'TDP Hương Canh'). */
const HAMLET_BEFORE = /(?:^|[\s,;(-])(?:thon|xom|to dan pho|tdp|to|khu pho|khu|ap|ban|lang|doi|cum)\.?\s*$/;

/** Whether a bare name is a hamlet's ('Xã Bình Nguyên, thôn Tam Hợp'), which a merged commune often keeps: no commune of the date. */
function namedAsHamlet(input: string, mention: Mention): boolean {
  const folded = foldText(input);
  const at = folded.indexOf(foldText(mention.typed));
  return at > 0 && HAMLET_BEFORE.test(folded.slice(0, at));
}

/** Folded names of the provinces other than Vĩnh Phúc (and its Vĩnh Phú, Phú Thọ), present and former. */
const OTHER_PROVINCES: ReadonlySet<string> = new Set(
  [...ID_PROVINCE_CODES.map((province) => province.provinceName), ...FORMER_PROVINCES].map(foldName).filter((name) => !PROVINCE_ALIASES.has(name)),
);
/** A province's unit word before its name ('tỉnh', 'T.', 'TP', 'thành phố'), folded. */
const PROVINCE_WORD = /^(?:tinh|t\.|tp\.?|thanh pho)\s*/;

/**
 * The last part of a place ('…, tỉnh Hà Nam', '…, Hà Nội') when it names a province other than the commune's, as
 * typed; else null. Not the commune's own part: xã Bình Định (Yên Lạc) is named like a province.
 */
function otherProvince(input: string, communeTyped: string): string | null {
  const parts = input.split(/[,;]/);
  if (parts.length < 2) return null;
  const last = (parts[parts.length - 1] ?? '').trim();
  if (communeTyped !== '' && last.includes(communeTyped)) return null;
  const key = foldName(last).replace(PROVINCE_WORD, '').replace(/\.$/, '').trim();
  return OTHER_PROVINCES.has(key) ? last : null;
}

function districtFits(unit: UnitRef, districts: readonly string[]): boolean {
  return districtsOf(unit.list, unit.code).some((d) => districts.includes(d));
}

/** 2020-02-01 → 01/02/2020, as officers read dates. */
function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}
