import type { BoundFinding } from '../normalize/bound-finding.js';
import { ageAt, compareAtCommonPrecision } from '../normalize/date/partial-date.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { firstRegistrationDate } from '../normalize/date/first-registration-date.js';
import { isReRegistration } from '../normalize/text/re-registration.js';
import { decodeCenturySexDigit, describePersonalId } from '../normalize/codes/personal-id-structure.js';
import { dateAt, valueAt } from './record-access.js';
import { middleNameSex } from './middle-name-sex.js';

interface AgeRule {
  from: string;
  law: string;
  /** Minimum completed years of age at registration. */
  husband: number;
  wife: number;
}

/**
 * Legal marriage ages by the law in force on the registration date (DOMAIN.md
 * §3.4). Law 52/2014/QH13 (from 2015-01-01): men from full 20, women from full
 * 18 (Joint Circular 01/2016). Law 22/2000/QH10 and, by the same wording, the
 * 1986 and 1959 laws: "từ 20 / 18 tuổi trở lên", read as entering the 20th /
 * 18th year, i.e. 19 / 17 completed years (the 1986/1959 reading is UNVERIFIED,
 * so it is applied leniently). Under-age entries exist in old books: flagged, not
 * rejected.
 */
const RULES: readonly AgeRule[] = [
  { from: '2015-01-01', law: 'Luật Hôn nhân và gia đình 52/2014/QH13', husband: 20, wife: 18 },
  { from: '2001-01-01', law: 'Luật Hôn nhân và gia đình 22/2000/QH10', husband: 19, wife: 17 },
  { from: '0000-01-01', law: 'Luật Hôn nhân và gia đình 1986 / 1959', husband: 19, wife: 17 },
];

/**
 * The first day a registration date of any precision may be ('2015' → '2015-01-01').
 * Every rule starts on 1 January, so a year or a month lies wholly under one law,
 * the law in force on its first day; comparing '2015' itself with '2015-01-01'
 * would put the whole of 2015 under the previous law.
 */
const firstDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** The marriage-age rule of the law in force on a registration date (ISO, any precision), or undefined. */
export function marriageAgeRule(registered: string): Readonly<AgeRule> | undefined {
  return RULES.find((candidate) => firstDay(registered) >= candidate.from);
}

/** Record paths as constants: a path built per row is a new string to hash on every lookup. */
const BIRTH_DATE = { husband: 'husband.birthDate', wife: 'wife.birthDate' } as const;
const MIDDLE_NAME = { husband: 'husband.middleName', wife: 'wife.middleName' } as const;
const PERSONAL_ID = { husband: 'husband.personalId', wife: 'wife.personalId' } as const;
const OWN_SEX = { husband: 'male', wife: 'female' } as const;

/** The sex a spouse's middle name ('Văn', 'Thị') or 12-digit ID born in the year typed beside it gives. */
function sexOf(record: Readonly<Record<string, unknown>>, spouse: 'husband' | 'wife', by: 'name' | 'id'): 'male' | 'female' | null {
  if (by === 'name') {
    const middle = valueAt(record, MIDDLE_NAME[spouse]);
    return typeof middle === 'string' ? middleNameSex(middle.split(' ')) : null;
  }
  const id = valueAt(record, PERSONAL_ID[spouse]);
  const born = dateAt(record, BIRTH_DATE[spouse]);
  const parts = typeof id === 'string' && born ? describePersonalId(id) : null;
  if (parts === null) return null;
  const decoded = decodeCenturySexDigit(parts.centurySexDigit);
  return decoded.centuryStart + parts.birthYearTwoDigits === Number(born!.slice(0, 4)) ? decoded.sex : null;
}

/**
 * Both spouses typed in each other's columns, by the same evidence as MARRIAGE_SPOUSE_NAME_SEX on both
 * names or MARRIAGE_SPOUSE_ID_SEX (both names, or both 12-digit IDs born in the year typed beside them,
 * of the other column's sex): the woman in the husband's column is held to the wife's minimum age and
 * the man in the wife's to the husband's, not a woman of 19 warned under the men's 20. One hint alone
 * (a husband named '… Thị …', a wife's 'Văn' with no other sign) changes nothing.
 */
function columnsCrossed(record: Readonly<Record<string, unknown>>): boolean {
  return (['name', 'id'] as const).some((by) => sexOf(record, 'husband', by) === OWN_SEX.wife && sexOf(record, 'wife', by) === OWN_SEX.husband);
}

/**
 * The date the spouses married: the registration date, or for a re-registration (đăng ký lại, DOMAIN.md §3.3)
 * the first registration's date its remarks give, when before it ('Đăng ký lại, đăng ký lần đầu ngày 15/02/1982'):
 * the marriage was contracted then, under the law then in force, and the spouses were that much younger.
 */
function marriedOn(record: Readonly<Record<string, unknown>>): string | null {
  const registered = dateAt(record, 'registration.date');
  const remarks = valueAt(record, 'remarks');
  if (!registered || typeof remarks !== 'string' || !isReRegistration(remarks, 'marriage')) return registered;
  const first = firstRegistrationDate(remarks);
  return first !== null && compareAtCommonPrecision(first, registered) < 0 ? first : registered;
}

/**
 * A spouse's birth year as their 12-digit personal ID encodes it (digit 4 the century, digits 5–6 the year,
 * DOMAIN.md §2.1), for a spouse whose birth date the book leaves empty: the ID is then the only evidence of
 * their age, and a 16-year-old bride must not pass unseen because one cell is blank. Year precision, so an
 * age that may or may not reach the minimum is MARRIAGE_AGE_UNCERTAIN, as for a birth date of a year alone.
 * Only an ID of the sex the column holds: the other spouse's number typed again there (ID_SEX_CENTURY_MISMATCH)
 * says nothing of this spouse's age.
 */
function birthYearFromId(record: Readonly<Record<string, unknown>>, spouse: 'husband' | 'wife', sex: 'male' | 'female'): string | null {
  const id = valueAt(record, PERSONAL_ID[spouse]);
  const parts = typeof id === 'string' ? describePersonalId(id) : null;
  if (parts === null) return null;
  const decoded = decodeCenturySexDigit(parts.centurySexDigit);
  return decoded.sex === sex ? String(decoded.centuryStart + parts.birthYearTwoDigits) : null;
}

export function marriageAges(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const registered = marriedOn(record);
  if (!registered) return [];
  const rule = marriageAgeRule(registered);
  if (!rule) return [];
  // A registration date before a spouse's birth is itself wrong (REGISTRATION_BEFORE_EVENT):
  // ages counted from it say nothing about either spouse's birth date, and a warning on the
  // other spouse's birth date would send the officer to correct a right value.
  const births = [dateAt(record, BIRTH_DATE.husband), dateAt(record, BIRTH_DATE.wife)];
  if (births.some((born) => born && compareAtCommonPrecision(registered, born) < 0)) return [];
  const crossed = columnsCrossed(record);
  const findings: BoundFinding[] = [];
  for (const spouse of ['husband', 'wife'] as const) {
    const typed = dateAt(record, BIRTH_DATE[spouse]);
    const born = typed ?? birthYearFromId(record, spouse, OWN_SEX[crossed ? (spouse === 'husband' ? 'wife' : 'husband') : spouse]);
    const age = born ? ageAt(born, registered) : null;
    if (!born || !age) continue;
    const minimum = rule[crossed ? (spouse === 'husband' ? 'wife' : 'husband') : spouse];
    // The birth date as officers write it (DOMAIN.md §5), in the report's 'value' column; the ID it was read from when the date is empty.
    const shown = typed ? dateVi(typed) : String(valueAt(record, PERSONAL_ID[spouse]));
    const years = age.min === age.max ? String(age.max) : `${age.min}–${age.max}`;
    // Where the age comes from: the officer must not look for a year-only birth date in an empty cell.
    const basis = typed ? { basis: '', reason: 'ngày sinh chỉ ghi năm hoặc tháng' } : { basis: ' theo năm sinh trong số định danh (không ghi ngày sinh)', reason: 'không ghi ngày sinh, tuổi tính theo năm sinh trong số định danh' };
    const params = { spouse: spouse === 'husband' ? 'chồng' : 'vợ', age: years, minimum, law: rule.law, ...basis };
    // Reduced precision gives an age range: definitely under age, or possibly (counted conservatively).
    if (age.max < minimum) findings.push({ code: 'MARRIAGE_UNDER_AGE', field: `${spouse}.birthDate`, value: shown, params });
    else if (age.min < minimum) findings.push({ code: 'MARRIAGE_AGE_UNCERTAIN', field: `${spouse}.birthDate`, value: shown, params });
  }
  return findings;
}
