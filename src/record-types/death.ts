import { z } from 'zod';
import { deathDedupSpec } from '../dedup/specs/death.js';
import { personColumns, roleHeadsName, type ColumnDefinition } from './column.js';
import {
  birthDateAndPlace,
  DECLARANT_LABEL,
  declarantColumns,
  personAttributes as a,
  registrationColumns,
  remarksColumn,
  splitSexColumns,
} from './common-columns.js';
import * as s from './common-schema.js';
import { nameFields, ownName } from './name-fields.js';
import { nationalEthnicity } from './national-ethnicity.js';
import { ownCodedCells } from './crossed-coded-cells.js';
import { birthDateBySexColumns, readBirthDateBySex } from './birth-date-by-sex.js';
import { readPersonalIdAfterBirth } from './id-century.js';
import { withoutElderTitle, withoutKinTitles } from './death-kin-title.js';
import { readDeclarant } from './declarant-fields.js';
import { readRegistration } from './registration-fields.js';
import { birthInAgeColumn, reportAgeOnly, reportDeathAgeAgainstDates, reportDeathAgeTooHigh } from './age-column.js';
import { settleDeceasedCentury } from './deceased-century.js';
import { reportSexAgainstTitle, sexFromTitle } from './title-sex.js';
import { sentenceFromCapitals } from '../normalize/text/capitals-sentence.js';
import type { RecordTypeDefinition } from './record-type.js';

/** Death register (sổ đăng ký khai tử), Law on Civil Status Art. 33; DOMAIN.md §3.2. */
const deceasedWords = ['', 'người chết', 'người đã chết', 'người đã mất', 'người mất', 'người được khai tử', 'người từ trần'];

/**
 * Headers of the death date: the date words before the verb ('Ngày, tháng, năm
 * mất', 'Ngày, giờ, phút chết', 'Thời điểm chết') or the verb first ('Chết lúc',
 * 'Đã chết vào lúc', 'Mất ngày'), for each verb the books use — a fallen
 * soldier's 'hy sinh' too ('Ngày hy sinh', 'Hy sinh ngày': martyrs registered
 * from the army's death notices).
 */
const DEATH_VERBS = ['chết', 'mất', 'từ trần', 'tử vong', 'qua đời', 'hy sinh'];
const DEATH_DATE_WORDS = [
  'Ngày', 'Ngày, tháng', 'Ngày, tháng, năm', 'Ngày giờ', 'Ngày, giờ, phút', 'Ngày, tháng, năm, giờ', 'Ngày, tháng, năm, giờ, phút',
  'Giờ, ngày', 'Giờ, phút, ngày', 'Giờ, phút, ngày, tháng, năm', 'Thời gian', 'Thời điểm',
  // One column for when and where ('Ngày, giờ, nơi chết'): the cell holds the date, then 'tại' and the place (FieldReader.eventDate).
  'Ngày, nơi', 'Ngày, giờ, nơi', 'Ngày, tháng, năm, nơi', 'Ngày, tháng, năm, giờ, nơi', 'Thời gian, địa điểm',
  // The same joined by 'và' ('Ngày và nơi chết'), as 'Ngày và nơi sinh' is: not the place's column ('Nơi chết' inside it).
  'Ngày và nơi', 'Ngày, giờ và nơi', 'Ngày giờ và nơi', 'Ngày, tháng, năm và nơi', 'Ngày tháng năm và nơi', 'Thời gian và địa điểm', 'Thời gian và nơi',
];
const DEATH_DATE_AFTER_VERB = ['ngày', 'lúc', 'vào lúc', 'vào ngày', 'hồi'];
const deathDateAliases = DEATH_VERBS.flatMap((verb) => [
  ...DEATH_DATE_WORDS.map((words) => `${words} ${verb}`),
  ...DEATH_DATE_AFTER_VERB.flatMap((after) => [`${verb} ${after}`, `Đã ${verb} ${after}`]),
]);

/**
 * The deceased's age as death books and clerks' sheets head it besides 'Tuổi': the age lived ('Hưởng thọ', 'Thọ',
 * 'Hưởng dương' for the young), 'Tuổi đời', 'Số tuổi', 'Tuổi khi chết'. Whole labels only: 'Thọ' inside a longer
 * label says nothing of an age.
 */
const DECEASED_AGE_LABELS = [
  'Hưởng thọ', 'Thọ', 'Tuổi thọ', 'Hưởng dương', 'Tuổi đời', 'Số tuổi',
  'Tuổi khi chết', 'Tuổi khi mất', 'Tuổi lúc chết', 'Tuổi lúc mất', 'Tuổi chết', 'Tuổi mất',
];

function withDeceasedAgeLabels(columns: readonly ColumnDefinition[]): ColumnDefinition[] {
  return columns.map((column) => (column.key === 'deceased.age' ? { ...column, wholeLabels: [...(column.wholeLabels ?? []), ...DECEASED_AGE_LABELS] } : column));
}

const columns: ColumnDefinition[] = [
  ...registrationColumns,
  // Headed without a role word too ('Họ và tên'): inside a label naming the declarant ('Họ tên người đứng khai'), not the deceased's.
  ...withDeceasedAgeLabels(roleHeadsName(
    personColumns(
      'deceased',
      deceasedWords,
      {
        fullName: a.fullName,
        familyNamePart: a.familyNamePart,
        middleNamePart: a.middleNamePart,
        nameAndBirthDate: a.nameAndBirthDate,
        sex: a.sex,
        birthDate: birthDateAndPlace,
        ethnicity: a.ethnicity,
        nationality: a.nationality,
        personalId: a.personalId,
        residence: a.residence,
        age: a.age,
      },
      DECLARANT_LABEL,
    ),
    'deceased',
    deceasedWords.filter((word) => word !== ''),
  )),
  ...splitSexColumns('deceased'),
  ...birthDateBySexColumns('deceased'),
  {
    key: 'deathDate',
    header: 'Ngày chết',
    aliases: ['Ngày tử', ...deathDateAliases],
    // 'Ng. chết' (ngày chết) cut to fit a narrow column, as 'Ng. sinh' is.
    abbreviations: ['Ng. chết', 'Ng. mất'],
    // Under a 'Giấy báo tử' or 'Giấy chứng tử' group ('Giấy báo tử / Ngày'), a date is the notice's
    // (the certificate's): its combined form 'Ngày tử' is not the death date.
    notMatching: /gi[aấ]y\s*(b[aá]o|ch[uứ]ng)\s*t[uử][^/]*\//,
  },
  {
    key: 'deathPlace',
    header: 'Nơi chết',
    aliases: ['Nơi mất', 'Nơi từ trần', 'Nơi tử vong', 'Chết tại', 'Nơi hy sinh', 'Hy sinh tại', 'Chết ở đâu', 'Chết tại đâu', 'Mất ở đâu', 'Mất tại', 'Nơi người chết', 'Nơi qua đời', 'Qua đời tại', 'Địa điểm chết', 'Địa điểm tử vong'],
    // Old books (1960s–80s) head it with the preposition alone, after 'Chết ngày': 'Tại' is too short
    // to name the place inside a longer label ('Tại ngũ', 'Thường trú tại'), so only as the whole label.
    wholeLabels: ['Tại'],
  },
  {
    key: 'cause',
    header: 'Nguyên nhân chết',
    aliases: ['Nguyên nhân', 'Nguyên nhân tử vong', 'Nguyên nhân mất', 'Lý do chết', 'Vì bệnh gì', 'Chết vì bệnh gì', 'Chết vì bệnh', 'Chết vì gì', 'Mất vì bệnh gì'],
    // Old books' question form: 'Bệnh gì' is the cause only as the whole label.
    wholeLabels: ['Bệnh gì'],
  },
  ...declarantColumns,
  remarksColumn,
];

export const deathRecordSchema = s.recordSchema('death', {
  deceased: z.object({
    ...s.nameParts,
    sex: s.sexSchema.nullable(),
    birthDate: s.partialDateSchema.nullable(),
    ethnicityCode: s.ethnicityCodeSchema.nullable(),
    nationality: s.nationalitySchema.nullable(),
    personalId: s.personalIdSchema.nullable(),
    residence: z.string().nullable(),
  }),
  deathDate: s.partialDateSchema,
  deathPlace: z.string().nullable(),
  cause: z.string().nullable(),
  declarant: s.declarantSchema,
});
export type DeathRecord = z.infer<typeof deathRecordSchema>;

const DECEASED_KEYS = { birthDate: 'deceased.birthDate', personalId: 'deceased.personalId' };

export const deathType: RecordTypeDefinition = {
  name: 'death',
  labelVi: 'Khai tử',
  columns,
  signatureKeys: ['deathDate', 'deathPlace', 'cause'],
  requiredFields: ['deceased.fullName', 'deathDate', 'registration.date'],
  schema: deathRecordSchema,
  dedup: deathDedupSpec,
  build(reader) {
    const registration = readRegistration(reader, 'death');
    const name = ownName(reader, 'deceased.fullName', reader.name('deceased.fullName', 'deceased.fullName', 'deceased.nationality'));
    const typedSex = reader.sex('deceased.sex');
    // 'Ngày, nơi sinh': the date before the place is read, the place kept in raw (no field holds it).
    const birthCell = reader.ageInBirthAndAgeColumn('deceased.birthDate')
      ? null
      : reader.birthDateBeforePlace('deceased.birthDate', 'deceased.birthDate', () => reader.anyAgeBirthDate('deceased.birthDate', 'deceased.birthDate', 'deathDate'));
    const typedBirth = birthInAgeColumn(reader, 'deceased.age', 'deceased.birthDate', birthCell, (key) => reader.anyAgeBirthDate(key, 'deceased.birthDate', 'deathDate'));
    const { sex: statedSex, birthDate: typedBirthDate } = readBirthDateBySex(reader, 'deceased', typedSex, typedBirth, true);
    // A book without a sex column states it in the title before the name ('Cụ bà', 'Ông'), if anywhere.
    const sex = statedSex ?? sexFromTitle(reader, 'deceased.fullName', 'deceased.sex');
    reportSexAgainstTitle(reader, 'deceased.fullName', 'deceased.sex', statedSex, name?.fullName ?? null);
    if (sex === null) reader.reportSexBlank('deceased.sex');
    reportAgeOnly(reader, 'deceased.age', 'deceased.birthDate', typedBirthDate);
    reportDeathAgeTooHigh(reader, 'deceased.age', 'deceased.birthDate', typedBirthDate);
    // Read in the order the findings have always been listed in (notes are compared with golden files).
    const remarks = reader.remarks();
    const { ethnicityCode, nationality } = ownCodedCells(reader, { ethnicity: 'deceased.ethnicity', ethnicityField: 'deceased.ethnicityCode', nationality: 'deceased.nationality' }, null);
    const { birthDate, personalId } = readPersonalIdAfterBirth(reader, DECEASED_KEYS, typedBirthDate, sex, { nationality });
    if (sex === null) reader.reportSexShownById('deceased.sex', personalId);
    // Kept in the order the findings have always been listed in: the declarant is read after the death's cells.
    const deceasedEthnicity = nationalEthnicity(reader, { key: 'deceased.ethnicity', field: 'deceased.ethnicityCode', nationalityKey: 'deceased.nationality', idField: DECEASED_KEYS.personalId }, ethnicityCode, nationality, personalId);
    const residence = reader.placeInProvince('deceased.residence');
    const deathDate = reader.eventDate('deathDate', 'deathPlace');
    const deathPlace = reader.placeInProvince('deathPlace');
    const typedCause = reader.sentence('cause');
    const cause = typedCause === null ? null : sentenceFromCapitals(typedCause);
    const typedDeclarant = readDeclarant(reader);
    // 'Ong Bui Huu Cuong' declared by his son Bui Xuan Binh: Ông is the title (death-kin-title.ts).
    const kin = withoutKinTitles(reader, name, typedDeclarant);
    const fields = {
      deceased: Object.assign(nameFields(kin.deceased), {
        sex,
        birthDate,
        ethnicityCode: deceasedEthnicity,
        nationality,
        personalId,
        residence,
      }),
      deathDate,
      deathPlace,
      cause,
      declarant: { fullName: kin.declarantName, relation: typedDeclarant.relation },
    };
    // After the death date and the cause are read: they tell an infant's two-digit birth year from a centenarian's.
    // The declarant's relation tells a parent's infant from a grandchild's grandparent (declarant-kin-age.ts).
    const evidence = { eventDate: fields.deathDate ?? registration.date, personalId, cause: fields.cause, remarks, declarantRelation: typedDeclarant.relation };
    fields.deceased.birthDate = settleDeceasedCentury(reader, birthDate, evidence);
    // Once the century is settled (an age in the row may have settled it): the age column against the dates.
    reportDeathAgeAgainstDates(reader, 'deceased.age', 'deceased.birthDate', fields.deceased.birthDate, fields.deathDate);
    // 'Cu Ta Dinh Hung' of a deceased of 60 or more: Cụ, the elder's title (death-kin-title.ts); once the birth year is settled.
    const elder = withoutElderTitle(reader, kin.deceased, fields.deceased.birthDate, fields.deathDate, kin.declarantName);
    if (elder !== kin.deceased && elder !== null) Object.assign(fields.deceased, nameFields(elder));
    return { registration, remarks, fields };
  },
};
