import type { BoundFinding } from '../normalize/bound-finding.js';
import { ageAt, compareAtCommonPrecision, yearOf } from '../normalize/date/partial-date.js';
import { foldedKey } from '../normalize/name/name-keys.js';
import { isReRegistration } from '../normalize/text/re-registration.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { dateAt, valueAt } from './record-access.js';

type Record_ = Readonly<Record<string, unknown>>;

/**
 * An event is registered on or after it happened (Law on Civil Status: birth
 * within 60 days after, death within 15 days after, DOMAIN.md §3.2). Dates of
 * reduced precision are compared at their common precision: '2016' is not
 * before '2016-03-05'.
 */
export function registrationAfterEvent(eventField: string, eventLabel: string) {
  return (record: Record_): BoundFinding[] => {
    const registered = dateAt(record, 'registration.date');
    const event = dateAt(record, eventField);
    if (!registered || !event || compareAtCommonPrecision(registered, event) >= 0) return [];
    // Dates in messages and in the report's 'value' column as officers write them.
    const params = { event: eventLabel, eventDate: dateVi(event), registered: dateVi(registered) };
    return [{ code: 'REGISTRATION_BEFORE_EVENT', field: 'registration.date', value: params.registered, params }];
  };
}

/** A death certificate's person died on or after being born. */
export function deathAfterBirth(record: Record_): BoundFinding[] {
  const born = dateAt(record, 'deceased.birthDate');
  const died = dateAt(record, 'deathDate');
  if (!born || !died || compareAtCommonPrecision(died, born) >= 0) return [];
  const params = { born: dateVi(born), died: dateVi(died) };
  return [{ code: 'DEATH_BEFORE_BIRTH', field: 'deathDate', value: params.died, params }];
}

/**
 * No one registered in these books lived past 115 (the oldest verified lives are 117–122): an
 * older age at death is a mistyped birth year ('1875' for '1975') or a year written in another
 * century, to be checked against the paper register — a warning, the entry may still be right.
 */
const OLDEST_AGE_AT_DEATH = 115;

export function deathAgePlausible(record: Record_): BoundFinding[] {
  const born = dateAt(record, 'deceased.birthDate');
  const died = dateAt(record, 'deathDate');
  const bornYear = yearOf(born);
  const diedYear = yearOf(died);
  // By years alone the age may be one less ('1900', died 15/03/2016: 115 or 116): warned only when even that is past the limit.
  if (bornYear === null || diedYear === null || diedYear - bornYear - 1 <= OLDEST_AGE_AT_DEATH) return [];
  const params = { born: dateVi(born!), died: dateVi(died!), age: diedYear - bornYear - 1, max: OLDEST_AGE_AT_DEATH };
  return [{ code: 'DEATH_AGE_IMPLAUSIBLE', field: 'deceased.birthDate', value: params.born, params }];
}

/**
 * A death is declared within 15 days (Law on Civil Status 60/2014 Art. 33). A death registered
 * long after is real — the national form has a type for a death long ago (DOMAIN.md §3.2) — but a
 * gap of ten years or more is as often a death year mistyped ('1988' for 2018): a warning on the
 * death date, the entry loaded as typed. Counted at the least for dates of reduced precision. A
 * re-registration (đăng ký lại, DOMAIN.md §3.3) is dated when the book was written again, long
 * after the death by nature, and is not warned of; nor is an entry whose remarks say the death was long
 * ago ('Khai tử cho người chết đã lâu', the national form's registration type 5; 'chết đã lâu', 'mất từ
 * lâu', 'đã chết lâu năm'): the clerk recorded the gap as such, so it is no mistyped year.
 */
const LATE_DEATH_REGISTRATION_YEARS = 10;
// 'lâu ngày' is days, not years ('chết lâu ngày mới phát hiện': a body found late).
const DIED_LONG_AGO = /\b(?:(?:chet|mat|qua doi)(?: da| tu)? lau|da (?:chet|mat|qua doi) (?:tu )?lau)\b(?! ngay)/;

export function deathRegisteredSoonAfter(record: Record_): BoundFinding[] {
  const died = dateAt(record, 'deathDate');
  const registered = dateAt(record, 'registration.date');
  if (!died || !registered) return [];
  const years = ageAt(died, registered)?.min ?? 0;
  if (years < LATE_DEATH_REGISTRATION_YEARS) return [];
  const remarks = valueAt(record, 'remarks');
  if (typeof remarks === 'string') {
    const folded = foldedKey(remarks);
    if (isReRegistration(remarks, 'death') || DIED_LONG_AGO.test(folded)) return [];
  }
  if (registeredAsLate(valueAt(record, 'raw'))) return [];
  const params = { died: dateVi(died), registered: dateVi(registered), years };
  return [{ code: 'DEATH_REGISTRATION_LATE', field: 'deathDate', value: params.died, params }];
}

/** A column of the registration's kind, which no field reads (kept in `raw`): 'Loại đăng ký', 'Loại ĐK', 'Hình thức đăng ký'. */
const REGISTRATION_KIND_HEADER = /^(?:loai|hinh thuc) (?:dang k[iy]|dk)\b/;
/**
 * Whether the entry's registration-kind column says what its remarks would ('Loại đăng ký': 'Đăng ký lại',
 * 'Khai tử cho người chết đã lâu'). 'Quá hạn' (late) says no more than as a remark: a decade is still doubted.
 */
function registeredAsLate(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object') return false;
  for (const [header, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || !REGISTRATION_KIND_HEADER.test(foldedKey(header))) continue;
    if (isReRegistration(value, 'death') || DIED_LONG_AGO.test(foldedKey(value))) return true;
  }
  return false;
}
