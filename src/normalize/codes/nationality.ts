import levenshtein from 'fast-levenshtein';
import type { CellValue } from '../../ingest/source-cell.js';
import { COUNTRIES } from '../../reference/countries.js';
import { ETHNIC_GROUPS } from '../../reference/ethnic-groups.js';
import { ok, type Normalized } from '../finding.js';
import { precomputeCleanSpellings } from './clean-spellings.js';
import { readWithTelex } from './telex-spelled.js';
import { accentKey, foldKey, MAX_CODED_TEXT } from './match-key.js';
import { countryByCode, lookupNationalityName, marksNameAnotherWord } from './nationality-index.js';
import { isNoneMarker } from './none-marker.js';

/** A code typed as such: two or three capital ASCII letters. Wins over names ("MY" = Malaysia). */
const UPPER_CODE = /^[A-Z]{2,3}$/;
/** "Việt Nam, Hàn Quốc", "Việt Nam / Trung Quốc", "Việt Nam - Hàn Quốc", "Việt Nam và Lào". */
/** Between the countries of a list, and around a code given in brackets after a name ('Việt Nam (VN)'). */
const LIST_SEPARATOR = /\s*[,;/+&()]\s*|\s+[-–]\s+|\s+(?:và|va|and)\s+|\s*[\r\n]+\s*/iu;

const unknown = (): Normalized<string | null> => ok(null, [{ code: 'NATIONALITY_UNKNOWN' }]);

/** Every name and alias of the ethnic groups (ethnic-groups.csv), as accent keys. */
const ETHNIC_NAME_KEYS: ReadonlySet<string> = new Set(
  ETHNIC_GROUPS.flatMap((group) => [group.name1979, group.name2008, ...group.aliases]).map(accentKey),
);

/**
 * A people's name typed in the nationality column, its marks another word than the country
 * its letters fold to: 'Hán' (the Han, Hoa's alias: a Chinese or a Taiwanese spouse) is not
 * 'Hàn' (Korea). Which country is not certain, so none is read (NATIONALITY_UNKNOWN).
 */
function isPeopleNotCountry(text: string): boolean {
  const name = text.replace(PEOPLE_PREFIX, '');
  return ETHNIC_NAME_KEYS.has(accentKey(name)) && marksNameAnotherWord(name);
}

/**
 * Fold keys of the people's names whose marks make them another word than a country's ('hán' → 'han'): the same
 * letters typed without any mark ('Han') may be either, the country (Hàn, Korea) or the people (Hán, a Chinese
 * or Taiwanese spouse's).
 */
const PEOPLE_OR_COUNTRY_FOLDS: ReadonlySet<string> = new Set(
  ETHNIC_GROUPS.flatMap((group) => [group.name1979, group.name2008, ...group.aliases])
    .filter((name) => accentKey(name) !== foldKey(name) && marksNameAnotherWord(name))
    .map(foldKey),
);

/** 'người Hán': the word for a person before a people's name. */
const PEOPLE_PREFIX = /^\s*người\s+/iu;

/**
 * Territories Vietnam names with China beside them ('Đài Loan (Trung Quốc)', 'Hồng Kông (TQ)'):
 * the bracket places the territory, it is no second nationality.
 */
const CHINESE_TERRITORIES: ReadonlySet<string> = new Set(['TW', 'HK', 'MO']);

/**
 * Việt Nam, the value of nearly every cell, is the one name read through a one-letter slip
 * ('Vệt Nam', 'Việt Nan', 'Viêt Namm'): no other country's name is within one letter of it.
 */
const VIETNAM_KEY = 'vietnam';

/**
 * Nationality → ISO 3166-1 alpha-2 (COUNTRIES in src/reference/countries.ts) from a Vietnamese
 * or English name, alpha-2 or alpha-3. Blank → null without finding. Idempotent.
 */
export function normalizeNationality(value: CellValue): Normalized<string | null> {
  const clean = typeof value === 'string' ? CLEAN_SPELLINGS.get(value) : undefined;
  return clean === undefined ? readWithTelex(value, readNationality(value), readNationality) : ok(clean);
}

function readNationality(value: CellValue): Normalized<string | null> {
  if (value === null) return ok(null);
  if (typeof value !== 'string' || value.length > MAX_CODED_TEXT) return unknown();
  const text = value.trim();
  if (accentKey(text) === '' || isNoneMarker(text)) return ok(null);
  const coded = UPPER_CODE.test(text) ? countryByCode(text) : undefined;
  if (coded) return ok(coded.alpha2);
  if (isPeopleNotCountry(text)) return unknown();
  const match = lookupNationalityName(text);
  if (!match) return fromList(text) ?? fromRepeat(text) ?? fromSlip(text) ?? unknown();
  if (match.kind === 'country') {
    // 'Han' without its mark: read as the country it names, for the officer to check it is not the Han people.
    if (PEOPLE_OR_COUNTRY_FOLDS.has(accentKey(text))) return ok(match.country.alpha2, [{ code: 'NATIONALITY_UNMARKED_DOUBTFUL', params: { country: match.country.nameVi } }]);
    return ok(match.country.alpha2);
  }
  if (match.kind === 'former') {
    return ok(null, [{ code: 'NATIONALITY_FORMER_STATE', params: { state: match.nameVi, iso: match.iso3166_3 } }]);
  }
  return ok(null, [{ code: 'NATIONALITY_STATELESS' }]);
}

/**
 * Several nationalities in one cell: never pick one (dual nationality or a typing slip), except
 * a territory of China with China beside it. Undefined when the text is no list of countries.
 */
function fromList(text: string): Normalized<string | null> | undefined {
  const parts = text.split(LIST_SEPARATOR).filter((part) => accentKey(part) !== '');
  if (parts.length < 2) return undefined;
  const codes = new Set<string>();
  for (const part of parts) {
    const coded = UPPER_CODE.test(part) ? countryByCode(part) : undefined;
    const match = coded ? { kind: 'country' as const, country: coded } : lookupNationalityName(part);
    if (match?.kind !== 'country') return undefined;
    codes.add(match.country.alpha2);
  }
  const [only, other] = codes;
  if (only !== undefined && codes.size === 1) return ok(only);
  if (codes.size === 2 && codes.has('CN')) {
    const territory = only === 'CN' ? other : only;
    if (territory !== undefined && CHINESE_TERRITORIES.has(territory)) return ok(territory);
  }
  return ok(null, [{ code: 'NATIONALITY_MULTIPLE', params: { candidates: [...codes].join(', ') } }]);
}

/** One name typed twice without a separator ('Việt Nam Việt Nam', a value pasted over itself): that country. */
function fromRepeat(text: string): Normalized<string | null> | undefined {
  const words = text.split(/\s+/u);
  const half = words.length / 2;
  if (!Number.isInteger(half) || half === 0) return undefined;
  const first = words.slice(0, half).join(' ');
  if (accentKey(first) !== accentKey(words.slice(half).join(' '))) return undefined;
  const match = lookupNationalityName(first);
  return match?.kind === 'country' ? ok(match.country.alpha2) : undefined;
}

/** 'Vệt Nam' → VN with a note (VIETNAM_KEY); undefined for anything else. */
function fromSlip(text: string): Normalized<string | null> | undefined {
  const key = foldKey(text);
  if (Math.abs(key.length - VIETNAM_KEY.length) > 1 || levenshtein.get(key, VIETNAM_KEY) !== 1) return undefined;
  return ok('VN', [{ code: 'NATIONALITY_SPELLING_CORRECTED', from: text, to: 'Việt Nam', params: { name: 'Việt Nam' } }]);
}

const CLEAN_SPELLINGS = precomputeCleanSpellings(
  COUNTRIES.flatMap((country) => [country.alpha2, country.alpha3, country.nameVi, country.nameEn, ...country.aliases]),
  readNationality,
);
