import { COUNTRIES, FORMER_STATES, type Country } from '../../reference/countries.js';
import { accentKey, accentWords, foldKey, yAsI } from './match-key.js';

export type NationalityMatch =
  | { kind: 'country'; country: Country }
  | { kind: 'former'; nameVi: string; iso3166_3: string }
  | { kind: 'stateless' };

/** Người không quốc tịch (Law on Nationality 2008, Art. 3): a status, not a country. */
const STATELESS_NAMES = ['Không quốc tịch', 'Không có quốc tịch', 'Người không quốc tịch', 'Stateless'];

/**
 * Leading words (folded) that frame a country name: "Quốc tịch: Việt Nam", "Nước CHXHCN Việt Nam",
 * "Cộng hòa Séc", "Liên bang Nga", "Vương quốc Anh", "Republic of Korea". Longest first.
 */
const PREFIXES: readonly (readonly string[])[] = [
  ['cong', 'hoa', 'xa', 'hoi', 'chu', 'nghia'],
  ['cong', 'hoa', 'dan', 'chu', 'nhan', 'dan'],
  ['cong', 'hoa', 'lien', 'bang'],
  ['cong', 'hoa', 'nhan', 'dan'],
  ['hop', 'chung', 'quoc'],
  ['cong', 'hoa'],
  ['quoc', 'tich'],
  ['lien', 'bang'],
  ['vuong', 'quoc'],
  ['republic', 'of'],
  ['kingdom', 'of'],
  ['chxhcn'],
  ['chdcnd'],
  // The abbreviation typed with a space: 'CHDC ND Lào', 'CH XHCN Việt Nam'.
  ['chdc', 'nd'],
  ['ch', 'xhcn'],
  ['chnd'],
  ['chlb'],
  ['qt'],
  ['nuoc'],
  ['nguoi'],
  ['the'],
];

/**
 * The fold key of words with a final y after a consonant written i ('Hoa Kỳ', 'Hoa Kì',
 * 'Hoa Ki' → 'hoaki'; 'Thụy Sỹ' → 'thuysi'), for names spelt the other way than the table's.
 */
function iSpellingKey(words: readonly string[]): string {
  return words.map((word) => yAsI(foldKey(word))).join('');
}

interface NationalityIndexes {
  byAccent: Map<string, NationalityMatch>;
  byFold: Map<string, NationalityMatch>;
  byISpelling: Map<string, NationalityMatch>;
  byCode: Map<string, Country>;
}

function buildIndexes(): NationalityIndexes {
  const byAccent = new Map<string, NationalityMatch>();
  const byISpelling = new Map<string, NationalityMatch>();
  const byFold = new Map<string, NationalityMatch>();
  const byCode = new Map<string, Country>();
  // First entry wins; test/normalize/nationality-table.test.ts checks that no key is shared.
  const add = (name: string, match: NationalityMatch): void => {
    const accent = accentKey(name);
    const fold = foldKey(name);
    if (accent !== '' && !byAccent.has(accent)) byAccent.set(accent, match);
    if (fold !== '' && !byFold.has(fold)) byFold.set(fold, match);
    const iSpelling = iSpellingKey(accentWords(name));
    if (iSpelling !== '' && !byISpelling.has(iSpelling)) byISpelling.set(iSpelling, match);
  };
  for (const country of COUNTRIES) {
    byCode.set(country.alpha2, country);
    byCode.set(country.alpha3, country);
    const match: NationalityMatch = { kind: 'country', country };
    for (const name of [country.nameVi, country.nameEn, ...country.aliases]) add(name, match);
  }
  for (const state of FORMER_STATES) {
    const match: NationalityMatch = { kind: 'former', nameVi: state.nameVi, iso3166_3: state.iso3166_3 };
    for (const name of [state.nameVi, ...state.aliases]) add(name, match);
  }
  for (const name of STATELESS_NAMES) add(name, { kind: 'stateless' });
  return { byAccent, byFold, byISpelling, byCode };
}

const { byAccent, byFold, byISpelling, byCode } = buildIndexes();

/** The accent keys of the marked Vietnamese country names, by fold key ('han' → 'hàn', Korea). */
const markedNamesByFold: ReadonlyMap<string, readonly string[]> = (() => {
  const found = new Map<string, string[]>();
  for (const country of COUNTRIES) {
    for (const name of [country.nameVi, ...country.aliases]) {
      const accent = accentKey(name);
      const fold = foldKey(name);
      if (accent === fold) continue;
      found.set(fold, [...(found.get(fold) ?? []), accent]);
    }
  }
  return found;
})();

/**
 * Whether `text` is typed with marks that make it another word than the marked country name
 * its letters fold to: 'Hán' (the Han, a people) is not 'Hàn' (Korea). Unmarked text never is.
 */
export function marksNameAnotherWord(text: string): boolean {
  const accent = accentKey(text);
  const fold = foldKey(text);
  if (accent === fold) return false;
  const marked = markedNamesByFold.get(fold);
  return marked !== undefined && !marked.includes(accent);
}

/**
 * Two-word Vietnamese country names with the first word cut to its initial, as clerks
 * shorten them ('V.Nam', 'VNam', 'V. Nam' = Việt Nam; 'T.Quốc' = Trung Quốc, 'H.Quốc' =
 * Hàn Quốc), by folded key ('vnam'). Only official names whose second word has three
 * letters or more ('Ấn Độ' would give 'ado'); a key two countries share, or one that is
 * already a name or a code (answered first by the other indexes), is left out.
 */
function buildAbbreviations(): Map<string, NationalityMatch> {
  const found = new Map<string, NationalityMatch | null>();
  for (const country of COUNTRIES) {
    const [first, second, ...rest] = accentWords(country.nameVi);
    if (first === undefined || second === undefined || rest.length > 0 || second.length < 3) continue;
    const key = foldKey(`${first.charAt(0)}${second}`);
    if (byFold.has(key) || byCode.has(key.toUpperCase())) continue;
    found.set(key, found.has(key) ? null : { kind: 'country', country });
  }
  const abbreviations = new Map<string, NationalityMatch>();
  for (const [key, match] of found) if (match !== null) abbreviations.set(key, match);
  return abbreviations;
}

const byAbbreviation = buildAbbreviations();

/** An ISO 3166-1 alpha-2 or alpha-3 code, exactly as written in upper case ("VN", "VNM", "MY"). */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

function lookupWords(words: readonly string[]): NationalityMatch | undefined {
  const key = words.join('');
  return byAccent.get(key) ?? byFold.get(foldKey(key)) ?? byISpelling.get(iSpellingKey(words));
}

const NOT_ASCII = /[^\x00-\x7f]/u;

function withoutPrefix(words: readonly string[]): readonly string[] | undefined {
  const folded = words.map(foldKey);
  const prefix = PREFIXES.find((candidate) => candidate.every((word, at) => folded[at] === word));
  return prefix && prefix.length < words.length ? words.slice(prefix.length) : undefined;
}

/**
 * A written country name: diacritics compared first ("Mỹ" = USA), then folded ("Viet Nam"), then
 * folded with the i spelling of a syllable's final y ("Mĩ", "Hoa Kì", as school textbooks write them);
 * the whole text first, then without framing prefixes; last, a code in any case ("vn", "V.N."; in Latin letters only)
 * or a name with its first word cut to the initial ("V.Nam").
 */
export function lookupNationalityName(text: string): NationalityMatch | undefined {
  let words: readonly string[] | undefined = accentWords(text);
  while (words) {
    const match = lookupWords(words);
    if (match) return match;
    const key = foldKey(words.join(''));
    // A code is typed in Latin letters: a Vietnamese letter or mark makes it a word ('Đê', the end of Ê Đê, is no DE).
    const country = key.length <= 3 && !NOT_ASCII.test(words.join('')) ? byCode.get(key.toUpperCase()) : undefined;
    if (country) return { kind: 'country', country };
    const abbreviated = byAbbreviation.get(key);
    if (abbreviated) return abbreviated;
    words = withoutPrefix(words);
  }
  return undefined;
}
