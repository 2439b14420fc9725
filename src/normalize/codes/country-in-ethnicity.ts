import { normalizeEthnicity } from './ethnicity.js';
import { normalizeNationality } from './nationality.js';
import { BoundedMemo } from '../memo/bounded-memo.js';

/**
 * The foreign country a cell of a column headed for both ('Dân tộc, quốc tịch') names beside the person's people:
 * 'Hán, Trung Quốc' → CN, 'Hàn Quốc' → KR, 'Hoa, Đài Loan (Trung Quốc)' → TW. Parts are cut at ',', ';', '/' and
 * spaced dashes (a bracket stays with its country); a part naming one of Vietnam's groups ('Hán' is Hoa, 'Kinh')
 * is the people, any other part read as a country is the nationality. Null when no part names a country, when
 * one names Việt Nam (crossed-coded-cells.ts moves it), or when two countries are named.
 */
export function foreignCountryInEthnicity(text: string): CountryAndPeople | null {
  const known = COUNTRY_IN_ETHNICITY.get(text);
  if (known !== undefined) return known;
  const read = readCountry(text);
  COUNTRY_IN_ETHNICITY.set(text, read);
  return read;
}

/** The country a cell names, and the one part naming a group of Vietnam's beside it ('Hán' of 'Hán, Trung Quốc'), if any. */
export interface CountryAndPeople {
  country: string;
  people: string | null;
}

/** By text: a column of such cells repeats few values ('Kinh, Việt Nam' down the page). */
const COUNTRY_IN_ETHNICITY = new BoundedMemo<string, CountryAndPeople | null>(1024);

const PART_SEPARATOR = /\s*[,;/]\s*|\s+[-–—]\s+/u;
/** Any list will do: only whether a part names one of Vietnam's groups (not 55, a foreigner) is asked. */
const ANY_LIST = { sourceList: '2008', targetList: '2008' } as const;
const FOREIGNER = '55';

function readCountry(text: string): CountryAndPeople | null {
  let country: string | null = null;
  const people: string[] = [];
  for (const part of text.split(PART_SEPARATOR)) {
    if (part.trim() === '') continue;
    const group = normalizeEthnicity(part, ANY_LIST).value;
    if (group !== null && group !== FOREIGNER) {
      people.push(part.trim());
      continue;
    }
    const named = normalizeNationality(part).value;
    if (named === null) continue;
    if (named === 'VN' || (country !== null && country !== named)) return null;
    country = named;
  }
  return country === null ? null : { country, people: people.length === 1 ? people[0]! : null };
}
