import type { BoundFinding } from '../normalize/bound-finding.js';
import type { RecordTypeDefinition, RecordTypeName } from '../record-types/record-type.js';
import { childCmnd, cmndUnderAge } from './child-cmnd.js';
import { childIdProvince } from './child-id-province.js';
import { entryRemarks } from './entry-remarks.js';
import { deathAfterBirth, deathAgePlausible, deathRegisteredSoonAfter, registrationAfterEvent } from './event-order.js';
import { fatherDeathBeforeConception } from './father-death.js';
import { datesNotAfterToday } from './future-dates.js';
import { sexAgreesWithGivenName } from './given-name-sex.js';
import { marriageAges } from './marriage-age.js';
import { parentsInTheirColumns, sexAgreesWithMiddleName } from './middle-name-sex.js';
import { parentsNotOnePerson } from './parents-one-person.js';
import { parentsOlderThanChild } from './parent-age.js';
import { reRegistrationDates } from './re-registration.js';
import { spousesInTheirColumns, spousesNotOnePerson } from './spouse-names.js';
import { checkRequiredFields } from './required-fields.js';

/** A rule reads the record, and the row's normalizer findings where a value's reading matters (a name that is a parent's). */
type Rule = (record: Readonly<Record<string, unknown>>, findings: readonly BoundFinding[]) => BoundFinding[];

/** Cross-field rules per record type, in one visible list; what the remarks say of the entry first. */
const RULES: Record<RecordTypeName, readonly Rule[]> = {
  birth: [
    entryRemarks,
    reRegistrationDates('birth'),
    datesNotAfterToday(['registration.date', 'child.birthDate']),
    registrationAfterEvent('child.birthDate', 'sinh'),
    parentsOlderThanChild,
    fatherDeathBeforeConception,
    childIdProvince,
    childCmnd,
    sexAgreesWithMiddleName('child'),
    sexAgreesWithGivenName('child'),
    parentsInTheirColumns,
    parentsNotOnePerson,
  ],
  marriage: [
    entryRemarks,
    reRegistrationDates('marriage'),
    datesNotAfterToday(['registration.date', 'husband.birthDate', 'wife.birthDate']),
    registrationAfterEvent('husband.birthDate', 'sinh của người chồng'),
    registrationAfterEvent('wife.birthDate', 'sinh của người vợ'),
    marriageAges,
    spousesNotOnePerson,
    spousesInTheirColumns,
  ],
  death: [
    entryRemarks,
    reRegistrationDates('death'),
    datesNotAfterToday(['registration.date', 'deathDate', 'deceased.birthDate']),
    registrationAfterEvent('deathDate', 'chết'),
    deathAfterBirth,
    deathAgePlausible,
    deathRegisteredSoonAfter,
    cmndUnderAge('deceased'),
    sexAgreesWithMiddleName('deceased'),
    sexAgreesWithGivenName('deceased'),
  ],
};

/** Required fields, then the type's cross-field rules; the row's normalizer findings are already in `findings`. */
export function validateRecord(
  type: RecordTypeDefinition,
  record: Readonly<Record<string, unknown>>,
  findings: readonly BoundFinding[],
  isError: (code: string) => boolean,
): BoundFinding[] {
  // A loop rather than spreads and flatMap: the same list in the same order, without the copies per row.
  const found = checkRequiredFields(type, record, findings, isError);
  const rules = RULES[type.name];
  for (let i = 0; i < rules.length; i++) {
    const more = rules[i]!(record, findings);
    for (let j = 0; j < more.length; j++) found.push(more[j]!);
  }
  return found;
}
