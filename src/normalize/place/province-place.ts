/**
 * Whether a place other than the registration's (a residence, a birth or death place) names a
 * commune of Vĩnh Phúc, so that the commune lists can judge it: the text must name the province, or
 * one of its districts with the unit word ('huyện Bình Xuyên', 'TP Phúc Yên'), and a commune with its
 * own unit word ('xã', 'phường', 'thị trấn'). Places of other provinces are in no list of this
 * project, 'Tam Hợp, Bình Xuyên' (no unit words) may be a village, and Mê Linh's communes, in the
 * province until 2008 (DOMAIN.md §1.5), are in no list either.
 */
import { VINH_PHUC_DISTRICTS } from '../../reference/admin-units.js';
import { foldText } from './fold.js';

const PROVINCE = /\bvinh phuc\b/;
const DISTRICT = new RegExp(`\\b(?:huyen|thanh pho|thi xa|tp|tx)\\.? (?:${VINH_PHUC_DISTRICTS.map((district) => foldText(district.name)).join('|')})\\b`);
// The xã of 'thị xã' (a district: 'Tổ 3, thị xã Phúc Yên') names no commune.
const COMMUNE = /(?:^|[\s,;(-])(?<!\bthi )(?:xa|phuong|thi tran) \S/;
const ME_LINH = /\bme linh\b/;

export function namesCommuneOfProvince(place: string): boolean {
  const folded = foldText(place);
  return COMMUNE.test(folded) && (PROVINCE.test(folded) || DISTRICT.test(folded)) && !ME_LINH.test(folded);
}
