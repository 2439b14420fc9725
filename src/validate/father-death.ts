import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { normalizeDate } from '../normalize/date/normalize-date.js';
import { dateAt, valueAt } from './record-access.js';

/** Any word of a death: a remark without one is turned away before the pattern below. */
const DEATH_WORD = /chết|mất|từ trần|qua đời|hy sinh|tử vong/iu;
/**
 * The father's death told in the remarks with its whole date ('Cha Kiều Văn Thắng chết ngày 15/02/2015', 'Bố đã mất
 * 15-2-2015', 'cha hy sinh ngày 3/5/2016', 'Cha chết ngày 15 tháng 2 năm 2015'): 'cha' or 'bố', up to a few words (his name) in the same clause, a
 * word of death, the date right after it ('ngày', 'vào ngày', 'từ ngày' allowed). 'Bố mất giấy khai sinh' has no date there.
 * Another man called father is not the child's: 'cha nuôi', 'bố dượng', 'bố chồng', 'bố của mẹ', 'anh trai của bố', 'em bố'.
 */
const FATHER_DEATH =
  /(?<!\p{L})(?<!(?:của|em|anh|chị|ông|bà|chú|bác|cô|dì|trai|gái)\s+)(?:cha|bố)(?!\p{L})(?!\s+(?:nuôi|dượng|chồng|vợ|đỡ đầu)(?!\p{L}))(?!\s+của\s+(?!(?:cháu|bé|trẻ|con|em)(?!\p{L})))[^,;:()\n]{0,40}?(?<!\p{L})(?:chết|mất|từ trần|qua đời|hy sinh|tử vong)(?!\p{L})\s*(?:(?:vào|từ)\s+)?(?:ngày\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})|\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,\s*)?(?:năm\s+)?\d{4})(?!\d)/iu;
/**
 * Law on Marriage and Family 52/2014/QH13 Art. 88(1) (from memory, not in DOMAIN.md): a child born within 300 days of
 * the end of the marriage (the husband's death) is taken to have been conceived in it.
 */
const PRESUMPTION_DAYS = 300;
const DAY_MS = 86_400_000;
/** Half a century each side of the birth: the reach of a two-digit year of the father's death. */
const NEAREST_CENTURY_SPAN = 50;

/**
 * FATHER_DIED_BEFORE_CONCEPTION: the remarks say the father died ('Cha … chết ngày 15/02/2015') more than 300 days before
 * the child's whole birth date: the father the entry names cannot be the mother's late husband by the law's presumption,
 * or one of the two dates is mistyped. A warning for the officer; nothing when the birth or the death date is not whole,
 * or the father died after the birth or within the 300 days (a posthumous child).
 */
export function fatherDeathBeforeConception(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const remarks = valueAt(record, 'remarks');
  if (typeof remarks !== 'string' || !DEATH_WORD.test(remarks)) return [];
  const birth = dateAt(record, 'child.birthDate');
  if (birth === null || birth.length !== 10) return [];
  const told = FATHER_DEATH.exec(remarks);
  if (told === null) return [];
  // The date as the date normalizer reads a cell ('15/02/2015', '15-2-15', '15 tháng 2 năm 2015'); an impossible one is none.
  // A two-digit year takes the century nearest the child's birth: the father may die after it ('Bố mất 20/10/98' beside a
  // birth of 1995 in a late registration is 1998, not 1898), so the birth is no latest year for his death.
  const deathIso = normalizeDate(told[1]!, { referenceDate: String(Number(birth.slice(0, 4)) + NEAREST_CENTURY_SPAN) }).value;
  if (deathIso === null || deathIso.length !== 10) return [];
  const days = Math.round((Date.parse(birth) - Date.parse(deathIso)) / DAY_MS);
  if (days <= PRESUMPTION_DAYS) return [];
  return [{ code: 'FATHER_DIED_BEFORE_CONCEPTION', field: 'child.birthDate', value: dateVi(birth), params: { fatherDeath: dateVi(deathIso), days, max: PRESUMPTION_DAYS } }];
}
