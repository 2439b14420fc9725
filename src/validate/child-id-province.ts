import type { BoundFinding } from '../normalize/bound-finding.js';
import { ID_PROVINCE_CODES } from '../reference/id-province-codes.js';
import { isPersonalNumber } from '../normalize/codes/personal-id-structure.js';
import { dateAt, valueAt } from './record-access.js';

/** The district level and Vĩnh Phúc ended on 2025-07-01; which code later births get is not documented (DOMAIN.md §2.2 item 4). */
const PROVINCES_MERGED_ON = '2025-07-01';
const PROVINCE_NAME_BY_ID_CODE = new Map(ID_PROVINCE_CODES.map((province) => [province.idCode, province.provinceName]));

/**
 * A child's personal ID begins with the code of the province where the birth was
 * registered (DOMAIN.md §2.1): in this province's birth book, '0' + its code. A
 * warning, not a rejection (§2.2 item 3): a re-registration or a typing slip in
 * either number may explain it. Not checked for registrations from 2025-07-01.
 */
export function childIdProvince(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const id = valueAt(record, 'child.personalId');
  const provinceCode = valueAt(record, 'registration.provinceCode');
  const registered = dateAt(record, 'registration.date');
  if (!isPersonalNumber(id) || typeof provinceCode !== 'string' || registered === null) return [];
  if (registered >= PROVINCES_MERGED_ON || (registered.length < 10 && PROVINCES_MERGED_ON.startsWith(registered))) return [];
  const expected = `0${provinceCode}`;
  const written = id.slice(0, 3);
  if (written === expected || !PROVINCE_NAME_BY_ID_CODE.has(written) || !PROVINCE_NAME_BY_ID_CODE.has(expected)) return [];
  return [
    {
      code: 'ID_PROVINCE_NOT_REGISTRATION',
      field: 'child.personalId',
      value: id,
      params: { written, writtenName: PROVINCE_NAME_BY_ID_CODE.get(written)!, expected, expectedName: PROVINCE_NAME_BY_ID_CODE.get(expected)! },
    },
  ];
}
