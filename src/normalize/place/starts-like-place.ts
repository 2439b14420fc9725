/**
 * Whether words typed after a date in a column headed by a date and a place ('Ngày, nơi sinh',
 * 'Ngày, giờ, nơi chết') open a place: a unit word ('Thôn Đông', 'xã Tam Hợp', 'TT Hương Canh'), a
 * place of birth or death told by its kind ('Trạm y tế …', 'Bệnh viện …', 'BV …', 'Nhà hộ sinh …',
 * 'nhà riêng'), or a commune, district or province name of the lists ('Tam Hợp', 'Hà Nội'). Anything
 * else — a time ('lúc 22 giờ'), a remark ('sinh con thứ ba', 'chết đuối', 'ĐKKS quá hạn'), a lunar
 * gloss ('năm Bính Tuất') — is no place: the cell is not split, and the place is not guessed.
 */
import { ID_PROVINCE_CODES } from '../../reference/id-province-codes.js';
import { NAME_INDEX } from './commune-index.js';
import { foldName, foldText } from './fold.js';
import { DISTRICT_ALIASES, PROVINCE_ALIASES } from './historical-units.js';

/** Folded words a place opens with: unit words and their abbreviations, kinds of place, street words. */
const PLACE_OPENING =
  /^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon|xom|to dan pho|to|khu pho|khu|ap|ban|lang|doi|so nha|duong|pho|ngo|ngach|kiet|hem|ttr|tt|tp|tx|t\.tr|benh vien|bv|bvdk|tram y te|tram yte|tyt|tram xa|benh xa|nha ho sinh|nhs|trung tam y te|ttyt|phong kham|nha|tai|o)(?![a-z])|^[xhpqt]\.\s*[a-z]/;
/** Most and fewest words of a listed name at the start (one word alone may be anything: 'Nam', 'Đông'). */
const MOST_NAME_WORDS = 3;
const FEWEST_NAME_WORDS = 2;
const PROVINCE_NAMES: ReadonlySet<string> = new Set([...ID_PROVINCE_CODES.map((province) => foldName(province.provinceName)), ...PROVINCE_ALIASES]);

export function startsLikePlace(text: string): boolean {
  if (PLACE_OPENING.test(foldText(text))) return true;
  const words = text.split(/[\s,;]+/).filter((word) => word !== '');
  for (let count = Math.min(MOST_NAME_WORDS, words.length); count >= FEWEST_NAME_WORDS; count--) {
    const key = foldName(words.slice(0, count).join(' '));
    if (key !== '' && (NAME_INDEX.has(key) || DISTRICT_ALIASES.has(key) || PROVINCE_NAMES.has(key))) return true;
  }
  return false;
}
