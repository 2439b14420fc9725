/**
 * The commune a sheet's or a file's name names, for a book whose title gives none: a district's workbook
 * with a sheet per commune ('Tam Hợp', 'TT Hương Canh', 'Tam Hợp 2016'), a file named after its commune
 * ('KS_TamHop_2015.xlsx', 'khai sinh xa Tam Hop.xlsx'). Only a name that resolves to exactly one commune
 * of the source's district counts: never a guess among several, never a district's name ('huyen Binh
 * Xuyen', 'Yên Lạc' alone, which also names its thị trấn).
 */
import { VINH_PHUC_LIST_ENDS_ON } from '../../reference/admin-units.js';
import { displayNameOf, districtsOf, isInForce, MAX_NAME_WORDS, NAME_INDEX, type UnitList } from './commune-index.js';
import { foldName } from './fold.js';
import { DISTRICT_ALIASES, PROVINCE_ALIASES } from './historical-units.js';
import { matchCommune } from './match-commune.js';
import { registrationPeriod } from './registration-period.js';

export interface NamedCommune {
  code: string;
  /** The unit's name in force in the book's year ('Xã Tam Hợp'), as a title would give it. */
  name: string;
  /**
   * Set when the name is a commune of the 2025 list only ('VinhAn', Xã Vĩnh An from 2025-07-01) in a book whose
   * year does not rule out entries after 2025-07-01: its code is the new list's, so each row reads the name on its
   * own date, as under a title naming it (an entry before that date is PLACE_NAME_NOT_YET_IN_FORCE).
   */
  since2025?: true;
}

export interface NamedCommuneOptions {
  /** The source's district; null matches across the province (hotich check). */
  districtCode: string | null;
  /** The book's year, when its title or sheet gives one. */
  year: number | null;
  /** The one year the file's name gives: without the book's, it rules out a 2025 commune for an older book. */
  fileYear?: number;
}

/**
 * 'KS_TamHop_2015.xlsx' → 'KS Tam Hop 2015': extension dropped, CamelCase and figures split off; a unit's
 * initials glued to the name split off too ('KS_TTHuongCanh_2015' → 'KS TT Huong Canh 2015', 'KT_PTrungTrac').
 */
function spaced(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/\.[A-Za-z]{3,4}$/, '');
  return base
    .replace(/(\p{Ll})(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1$2 ')
    .replace(/(\p{L})(?=\d)|(\d)(?=\p{L})/gu, '$1$2 ');
}

/** Unit words before a name, folded: the commune's ('xa', 'tt', 'thi tran') are read with it; a district's or a province's rule it out. */
const COMMUNE_WORDS = new Set(['xa', 'x', 'phuong', 'p', 'tt', 'ttr', 'thi tran']);
const HIGHER_WORDS = new Set(['huyen', 'h', 'tp', 'thanh pho', 'tx', 'thi xa', 'quan', 'q', 'tinh', 't']);

function unitWordBefore(words: readonly string[], at: number): string {
  const two = at >= 2 ? `${words[at - 2]} ${words[at - 1]}` : '';
  if (COMMUNE_WORDS.has(two) || HIGHER_WORDS.has(two)) return two;
  return words[at - 1] ?? '';
}

/** A commune code's name in force in the book's year ('08959' → 'Xã Sơn Lôi'). */
export function communeNameIn(code: string, year: number | null): string {
  const period = registrationPeriod(year === null ? null : String(year));
  return displayNameOf(period.start >= VINH_PHUC_LIST_ENDS_ON ? 'phu-tho-2025' : 'vinh-phuc', code, period);
}

/**
 * A Vĩnh Phúc commune code's name in force on a registration date ('08923' on 2016-05-02 → 'Xã Đại Đình',
 * a thị trấn only from 2020-02-01); null without a date or after the Vĩnh Phúc list (codes are reused then).
 */
export function communeNameOn(code: string, registrationDate: string | null): string | null {
  if (registrationDate === null) return null;
  const period = registrationPeriod(registrationDate);
  if (period.start >= VINH_PHUC_LIST_ENDS_ON || !isInForce('vinh-phuc', code, period)) return null;
  return displayNameOf('vinh-phuc', code, period);
}

/** A commune's or a district's folded name typed without its spaces ('tamhop', 'binhxuyen') → its words. */
const GLUED_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  [...NAME_INDEX.keys(), ...DISTRICT_ALIASES.keys()].filter((key) => key.includes(' ')).map((key) => [key.replaceAll(' ', ''), key.split(' ')]),
);
/** A commune's unit word glued before such a name ('TTHUONGCANH', 'xatamhop'), folded. */
const GLUED_UNIT_WORDS = ['thitran', 'phuong', 'ttr', 'xa', 'tt'];

/**
 * A word of a name typed in one case without spaces ('KS_TAMHOP_2015', 'ks_tthuongcanh'), which CamelCase cannot
 * split: a commune's or a district's name, with its unit word glued or not, read as its words; other words as typed.
 */
function unglued(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    if (word.length < 4 || NAME_INDEX.has(word)) return [word];
    const whole = GLUED_NAMES.get(word);
    if (whole !== undefined) return [...whole];
    const unit = GLUED_UNIT_WORDS.find((prefix) => word.startsWith(prefix) && GLUED_NAMES.has(word.slice(prefix.length)));
    return unit === undefined ? [word] : [unit === 'thitran' ? 'thi tran' : unit, ...(GLUED_NAMES.get(word.slice(unit.length)) ?? [])];
  });
}

/** The one commune of the source's district the name names; null when it names none, several, or a district. */
export function communeNamedBy(name: string, options: NamedCommuneOptions): NamedCommune | null {
  const words = unglued(foldName(spaced(name)).split(' ')).join(' ').split(' ');
  const period = registrationPeriod(options.year === null ? null : String(options.year));
  const list: UnitList = period.start >= VINH_PHUC_LIST_ENDS_ON ? 'phu-tho-2025' : 'vinh-phuc';
  const found = new Map<string, NamedCommune>();
  for (let at = 0; at < words.length; at++) {
    let end = Math.min(words.length, at + MAX_NAME_WORDS);
    while (end > at + 1 && !NAME_INDEX.has(words.slice(at, end).join(' '))) end--;
    const key = words.slice(at, end).join(' ');
    if (!NAME_INDEX.has(key)) continue;
    const unitWord = unitWordBefore(words, at);
    const communeWord = COMMUNE_WORDS.has(unitWord);
    at = end - 1;
    if (HIGHER_WORDS.has(unitWord) || (!communeWord && (DISTRICT_ALIASES.has(key) || PROVINCE_ALIASES.has(key)))) continue;
    const text = communeWord ? `${unitWord} ${key}` : key;
    const match = matchCommune(text, { districtCode: options.districtCode, registrationDate: options.year === null ? null : String(options.year) });
    if (list === 'vinh-phuc' && isNewCommuneOnly(match.findings) && (options.year ?? options.fileYear ?? earliestYearIn(name) ?? 0) >= NEW_LIST_FIRST_YEAR) {
      const named = newCommuneNamed(text, options.districtCode);
      if (named === null) return null;
      found.set(named.code, named);
      continue;
    }
    const code = match.value.communeCode;
    // Only a sure reading: no warning (another district, a name not yet in force), notes only.
    if (code === null || match.findings.some((finding) => finding.to === undefined)) return null;
    if (options.districtCode !== null && !districtsOf(list, code).includes(options.districtCode)) return null;
    found.set(code, { code, name: displayNameOf(list, code, period) });
  }
  const [only] = found.values();
  return found.size === 1 && only !== undefined ? only : null;
}

/** The year of VINH_PHUC_LIST_ENDS_ON: a book of that year or none may hold entries of the 2025 list. */
const NEW_LIST_FIRST_YEAR = Number(VINH_PHUC_LIST_ENDS_ON.slice(0, 4));

/** A year 1945–2039 standing alone in a name ('DS_KhaiSinh_XaVinhAn_2025-2026.csv'). */
const NAME_YEAR = /(?<!\d)(?:19[4-9]\d|20[0-3]\d)(?!\d)/g;

/**
 * The earliest year a name gives; undefined when it gives none. A 2025 commune's name without any year ('VinhAn/',
 * 'Xã Vĩnh Hưng') may be the folder of its old communes' books (entries before 2025-07-01, not the new commune's).
 */
export function earliestYearIn(name: string): number | undefined {
  const years = [...name.matchAll(NAME_YEAR)].map(([figures]) => Number(figures));
  return years.length === 0 ? undefined : Math.min(...years);
}

/** A reading whose only finding is that the name is in force from 2025-07-01 only (a commune of the 2025 list). */
function isNewCommuneOnly(findings: readonly { code: string }[]): boolean {
  return findings.length === 1 && findings[0]?.code === 'PLACE_NAME_NOT_YET_IN_FORCE';
}

/** The one 2025 commune of the source's district a name names, read on the list's first day; null when not sure. */
function newCommuneNamed(text: string, districtCode: string | null): NamedCommune | null {
  const match = matchCommune(text, { districtCode, registrationDate: VINH_PHUC_LIST_ENDS_ON });
  const code = match.value.communeCode;
  if (code === null || match.findings.some((finding) => finding.to === undefined)) return null;
  if (districtCode !== null && !districtsOf('phu-tho-2025', code).includes(districtCode)) return null;
  return { code, name: displayNameOf('phu-tho-2025', code, registrationPeriod(VINH_PHUC_LIST_ENDS_ON)), since2025: true };
}
