import { z } from 'zod';
import { marriageDedupSpec } from '../dedup/specs/marriage.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { personColumns, roleHeadsName, type ColumnDefinition } from './column.js';
import { personAttributes as a, registrationColumns, remarksColumn } from './common-columns.js';
import * as s from './common-schema.js';
import { personKeys } from './person-keys.js';
import { nameFields } from './name-fields.js';
import { readPersonalIdAfterBirth } from './id-century.js';
import { readRegistration } from './registration-fields.js';
import type { RecordTypeDefinition } from './record-type.js';

/** Marriage register (sổ đăng ký kết hôn), Law on Civil Status Art. 17. */
const spouseAttributes = {
  fullName: a.fullName,
  familyNamePart: a.familyNamePart,
  middleNamePart: a.middleNamePart,
  birthDate: a.birthDate,
  ethnicity: a.ethnicity,
  nationality: a.nationality,
  residence: a.residence,
  personalId: a.personalId,
};

const columns: ColumnDefinition[] = [
  ...registrationColumns,
  ...roleHeadsName(personColumns('husband', ['chồng', 'bên chồng', 'người chồng', 'của chồng', 'nam', 'bên nam', 'của bên nam'], spouseAttributes), 'husband', [
    'Chồng', 'Bên chồng', 'Người chồng', 'Nam', 'Bên nam',
  ]),
  ...roleHeadsName(personColumns('wife', ['vợ', 'bên vợ', 'người vợ', 'của vợ', 'nữ', 'bên nữ', 'của bên nữ'], spouseAttributes), 'wife', [
    'Vợ', 'Bên vợ', 'Người vợ', 'Nữ', 'Bên nữ',
  ]),
  remarksColumn,
];

const spouseSchema = z.object({
  ...s.nameParts,
  birthDate: s.partialDateSchema.nullable(),
  ethnicityCode: s.ethnicityCodeSchema.nullable(),
  nationality: s.nationalitySchema.nullable(),
  residence: z.string().nullable(),
  personalId: s.personalIdSchema.nullable(),
});

export const marriageRecordSchema = s.recordSchema('marriage', {
  husband: spouseSchema,
  wife: spouseSchema,
});
export type MarriageRecord = z.infer<typeof marriageRecordSchema>;

const SPOUSE_KEYS = { husband: personKeys('husband'), wife: personKeys('wife') };

function readSpouse(reader: FieldReader, role: 'husband' | 'wife'): Record<string, unknown> {
  const keys = SPOUSE_KEYS[role];
  const name = reader.name(keys.fullName, keys.fullName, keys.nationality);
  const typedBirthDate = reader.date(keys.birthDate);
  const ethnicityCode = reader.ethnicity(keys.ethnicity, keys.ethnicityCode);
  const nationality = reader.nationality(keys.nationality);
  const residence = reader.place(keys.residence);
  const { birthDate, personalId } = readPersonalIdAfterBirth(reader, keys, typedBirthDate, role === 'husband' ? 'male' : 'female');
  return Object.assign(nameFields(name), { birthDate, ethnicityCode, nationality, residence, personalId });
}

export const marriageType: RecordTypeDefinition = {
  name: 'marriage',
  labelVi: 'Kết hôn',
  columns,
  signatureKeys: ['husband.fullName', 'wife.fullName'],
  requiredFields: ['husband.fullName', 'wife.fullName', 'registration.date'],
  schema: marriageRecordSchema,
  dedup: marriageDedupSpec,
  build(reader) {
    return {
      registration: readRegistration(reader),
      remarks: reader.text('remarks'),
      fields: { husband: readSpouse(reader, 'husband'), wife: readSpouse(reader, 'wife') },
    };
  },
};
