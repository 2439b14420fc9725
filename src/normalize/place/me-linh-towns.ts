/**
 * Phúc Yên's two towns before Decree 153/2003/NĐ-CP of 09/12/2003, which re-created thị xã Phúc Yên out of
 * huyện Mê Linh. General knowledge, not in DOMAIN.md nor in the GSO lists behind the reference (they start in
 * 2017): thị trấn Phúc Yên was divided into the phường Trưng Trắc, Trưng Nhị, Hùng Vương and Phúc Thắng, and
 * thị trấn Xuân Hòa became phường Xuân Hòa. Phúc Yên keeps both towns' books, headed 'UBND THỊ TRẤN PHÚC YÊN'.
 */
import type { CommuneUnitType } from '../../reference/admin-units.js';
import type { RegistrationPeriod } from './registration-period.js';

/** Phúc Yên's district code: the towns lay wholly in what became it. */
export const PHUC_YEN_DISTRICT = '244';
/**
 * Pre-printed books kept the old heading: a town is accepted until the end of the year after the decree, as
 * unit-validity.ts accepts an old district's name.
 */
export const TOWN_NAME_ACCEPTED_UNTIL = '2005-01-01';
/** Folded name → the codes of the wards the town became (Trưng Nhị is 08740, Hai Bà Trưng from 2025). */
const TOWN_WARDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['phuc yen', ['08734', '08737', '08740', '08743']],
  ['xuan hoa', ['08746']],
]);

export interface MeLinhTown {
  /** Vĩnh Phúc codes of the wards that took the town over. */
  wards: readonly string[];
  /** Whether the whole period lies while the town's name was in use (its book, or a pre-printed one). */
  named: boolean;
}

/** The town a commune typed 'thị trấn Phúc Yên' or 'thị trấn Xuân Hòa' names, else null. */
export function meLinhTown(key: string, communeType: CommuneUnitType | null, period: RegistrationPeriod): MeLinhTown | null {
  if (communeType !== 'thị trấn') return null;
  const wards = TOWN_WARDS.get(key);
  return wards === undefined ? null : { wards, named: period.end < TOWN_NAME_ACCEPTED_UNTIL };
}
