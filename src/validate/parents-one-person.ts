import type { BoundFinding } from '../normalize/bound-finding.js';
import { middleNameSex } from './middle-name-sex.js';
import { accentKey } from '../normalize/name/name-keys.js';
import { valueAt } from './record-access.js';

const SAME_BIRTH_YEAR_VI = 'năm sinh';
const SAME_ID_VI = 'số định danh';

/**
 * PARENTS_ONE_PERSON: the mother's and the father's columns of a birth entry hold one whole name
 * (the tone of oa/oe/uy on either vowel) with one birth year or personal ID — one parent's cells
 * copied into the other's columns (a fill-down across, a copied row), as MARRIAGE_SPOUSES_ONE_PERSON
 * for spouses. A name with 'Văn' or 'Thị' is left to PARENT_NAME_SEX, which already names the
 * column it does not belong in; this catches the names without them ('Khổng Minh Hiếu', 'Lê Thu Hà').
 */
export function parentsNotOnePerson(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const name = valueAt(record, 'mother.fullName');
  if (typeof name !== 'string' || !name.includes(' ')) return [];
  // The years or IDs first: two equal values are rare, two names to key are on every birth row.
  const birthYear = valueAt(record, 'mother.birthYear');
  const personalId = valueAt(record, 'mother.personalId');
  const same =
    typeof birthYear === 'string' && birthYear !== '' && valueAt(record, 'father.birthYear') === birthYear
      ? SAME_BIRTH_YEAR_VI
      : typeof personalId === 'string' && personalId !== '' && valueAt(record, 'father.personalId') === personalId
        ? SAME_ID_VI
        : null;
  if (same === null) return [];
  // Parents born in one year are common, and most mothers' names hold 'Thị': that test before keying two names.
  if (middleNameSex(name.split(' ').slice(1, -1)) !== null) return [];
  const fatherName = valueAt(record, 'father.fullName');
  if (fatherName !== name && (typeof fatherName !== 'string' || accentKey(fatherName) !== accentKey(name))) return [];
  return [{ code: 'PARENTS_ONE_PERSON', field: 'mother.fullName', value: name, params: { same } }];
}
