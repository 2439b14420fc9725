import type { BoundFinding } from '../normalize/bound-finding.js';
import { ID_PROVINCE_CODES } from '../reference/id-province-codes.js';
import { isPersonalNumber } from '../normalize/codes/personal-id-structure.js';
import { dateAt, valueAt } from './record-access.js';

/** The district level and Vĩnh Phúc ended on 2025-07-01; which code later births get is not documented (DOMAIN.md §2.2 item 4). */
const PROVINCES_MERGED_ON = '2025-07-01';
const PROVINCE_NAME_BY_ID_CODE = new Map(ID_PROVINCE_CODES.map((province) => [province.idCode, province.provinceName]));
/** An ID code → the ID code of the province it belongs to from 2025-07-01 ('026' → '025', Phú Thọ). */
const MERGED_ID_CODE = new Map(ID_PROVINCE_CODES.map((province) => [province.idCode, `0${province.merged2025IntoGsoCode}`]));

/**
 * A child's personal ID begins with the code of the province where the birth was
 * registered (DOMAIN.md §2.1): in this province's birth book, '0' + its code. A
 * warning, not a rejection (§2.2 item 3): a re-registration or a typing slip in
 * either number may explain it. From 2025-07-01 the book's communes are the new
 * province's, whose births may get its code or keep the old one (§2.2 item 4,
 * not documented): '025' and '026' pass in a Vĩnh Phúc book, any other province's
 * code ('001' Hà Nội) fits neither and is warned of, as before; so is it under a
 * registration date that reaches past the merge ('2025').
 */
export function childIdProvince(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const id = valueAt(record, 'child.personalId');
  const provinceCode = valueAt(record, 'registration.provinceCode');
  const registered = dateAt(record, 'registration.date');
  if (!isPersonalNumber(id) || typeof provinceCode !== 'string' || registered === null) return [];
  const expected = `0${provinceCode}`;
  const written = id.slice(0, 3);
  if (written === expected || !PROVINCE_NAME_BY_ID_CODE.has(written) || !PROVINCE_NAME_BY_ID_CODE.has(expected)) return [];
  const merged = MERGED_ID_CODE.get(expected)!;
  const mayBeMerged = registered >= PROVINCES_MERGED_ON || (registered.length < 10 && PROVINCES_MERGED_ON.startsWith(registered));
  if (mayBeMerged && written === merged) return [];
  const expectedName = PROVINCE_NAME_BY_ID_CODE.get(expected)!;
  return [
    {
      code: 'ID_PROVINCE_NOT_REGISTRATION',
      field: 'child.personalId',
      value: id,
      params: mayBeMerged && merged !== expected
        ? { written, writtenName: PROVINCE_NAME_BY_ID_CODE.get(written)!, expected: `${merged} hoặc ${expected}`, expectedName: `${PROVINCE_NAME_BY_ID_CODE.get(merged)!} (${expectedName} cũ)` }
        : { written, writtenName: PROVINCE_NAME_BY_ID_CODE.get(written)!, expected, expectedName },
    },
  ];
}
