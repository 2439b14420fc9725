import type { FieldReader } from '../normalize/field-reader.js';
import type { RecordBody } from './record-type.js';

/**
 * Reads the register position shared by every book. The registration date is
 * read first: it resolves the two-digit years of the record's other dates.
 */
export function readRegistration(reader: FieldReader): RecordBody['registration'] {
  const date = reader.date('registration.date');
  reader.registrationDate = date;
  const place = reader.place('registration.place');
  const { communeCode } = reader.commune(place, 'registration.place', 'registration.communeCode');
  return {
    communeCode,
    book: reader.text('registration.book'),
    number: registerNumber(reader.text('registration.number')),
    date,
    place,
  };
}

/** '0015' and '15' are the same entry number; 'Số 15/2015' keeps its year suffix. */
function registerNumber(text: string | null): string | null {
  if (text === null) return null;
  const withoutLabel = text.replace(/^số\s*:?\s*/i, '');
  return /^\d+$/.test(withoutLabel) ? String(Number(withoutLabel)) : withoutLabel;
}

export function yearNumber(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}
