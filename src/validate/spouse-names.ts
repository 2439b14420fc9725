import type { BoundFinding } from '../normalize/bound-finding.js';
import { MIDDLE_WORD_VI, middleNameSex, OTHER_VI } from './middle-name-sex.js';
import { accentKey } from '../normalize/name/name-keys.js';
import { valueAt } from './record-access.js';

/**
 * A husband whose middle name hints at a woman ('Thị') or a wife whose middle name
 * hints at a man ('Văn'), DOMAIN.md §4 (middleNameSex): most often an entry typed
 * with the spouses in each other's columns.
 */
const OWN_SEX = { husband: 'male', wife: 'female' } as const;
const SPOUSE_VI = { husband: 'chồng', wife: 'vợ' } as const;
/** Record paths as constants: a path built per row is a new string to hash on every lookup. */
const PATHS = {
  husband: { middleName: 'husband.middleName', fullName: 'husband.fullName' },
  wife: { middleName: 'wife.middleName', fullName: 'wife.fullName' },
} as const;

const SAME_BIRTH_DATE_VI = 'ngày sinh';
const SAME_ID_VI = 'số định danh';

/**
 * Both spouses with one whole name (the tone of oa/oe/uy on either vowel) and one birth date (at the
 * coarser precision of the two: '1994' retyped for 04/03/1994) or personal ID: one person's cells copied
 * into the other's columns (MARRIAGE_SPOUSES_ONE_PERSON). Namesakes marrying happen, namesakes born the
 * same day hardly.
 */
export function spousesNotOnePerson(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const name = valueAt(record, 'husband.fullName');
  if (typeof name !== 'string' || name === '') return [];
  // The dates or IDs first (as parentsNotOnePerson): two equal values are rare, two names to key are on every marriage row.
  const birthDate = valueAt(record, 'husband.birthDate');
  const personalId = valueAt(record, 'husband.personalId');
  const same =
    typeof birthDate === 'string' && sameAtLowerPrecision(birthDate, valueAt(record, 'wife.birthDate'))
      ? SAME_BIRTH_DATE_VI
      : typeof personalId === 'string' && valueAt(record, 'wife.personalId') === personalId
        ? SAME_ID_VI
        : null;
  if (same === null) return [];
  const wifeName = valueAt(record, 'wife.fullName');
  // 'Thủy' and 'Thuỷ': one name typed with the tone on another vowel.
  if (wifeName !== name && (typeof wifeName !== 'string' || accentKey(wifeName) !== accentKey(name))) return [];
  return [{ code: 'MARRIAGE_SPOUSES_ONE_PERSON', field: 'wife.fullName', value: name, params: { same } }];
}

/** Two ISO dates of any precision ('1994', '1994-03', '1994-03-04') that agree at the coarser one: one retyped less precisely. */
function sameAtLowerPrecision(one: string, other: unknown): boolean {
  if (typeof other !== 'string' || one === '' || other === '') return false;
  return one.length <= other.length ? other.startsWith(one) : one.startsWith(other);
}

export function spousesInTheirColumns(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const findings: BoundFinding[] = [];
  for (const spouse of ['husband', 'wife'] as const) {
    const middle = valueAt(record, PATHS[spouse].middleName);
    if (typeof middle !== 'string') continue;
    const hinted = middleNameSex(middle.split(' '));
    if (hinted === null || hinted === OWN_SEX[spouse]) continue;
    const name = valueAt(record, PATHS[spouse].fullName);
    findings.push({
      code: 'MARRIAGE_SPOUSE_NAME_SEX',
      field: `${spouse}.fullName`,
      ...(typeof name === 'string' ? { value: name } : {}),
      params: { spouse: SPOUSE_VI[spouse], word: MIDDLE_WORD_VI[hinted], other: OTHER_VI[hinted] },
    });
  }
  return findings;
}
