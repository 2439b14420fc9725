import { childNameInOrder, childNameUntitled } from './child-name-order.js';
import { z } from 'zod';
import { birthDedupSpec } from '../dedup/specs/birth.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { personColumns, roleHeadsName, type ColumnDefinition } from './column.js';
import {
  BIRTH_DATE_AND_PLACE_LABELS,
  DECLARANT_LABEL,
  declarantColumns,
  personAttributes as a,
  registrationColumns,
  remarksColumn,
  splitSexColumns,
} from './common-columns.js';
import * as s from './common-schema.js';
import { parentYearUnlessAge } from './parent-year-as-age.js';
import { personKeys } from './person-keys.js';
import { nameFields, ownName } from './name-fields.js';
import { nationalEthnicity } from './national-ethnicity.js';
import { ownCodedCells } from './crossed-coded-cells.js';
import { birthDateBySexColumns, readBirthDateBySex } from './birth-date-by-sex.js';
import { readPersonalIdAfterBirth } from './id-century.js';
import { readSharedIdParts } from './shared-id-column.js';
import { readDeclarant } from './declarant-fields.js';
import { readRegistration } from './registration-fields.js';
import { birthInAgeColumn, reportAgeOnly, reportParentAgeTyped } from './age-column.js';
import { reportParentUnderAgeByDate } from './parent-birth-date.js';
import type { RecordTypeDefinition } from './record-type.js';

/** Birth register (sổ đăng ký khai sinh), Law on Civil Status Art. 14. */
const childWords = ['', 'trẻ', 'trẻ em', 'con', 'người được khai sinh', 'của trẻ'];
const motherWords = ['mẹ', 'người mẹ', 'của mẹ'];
const fatherWords = ['cha', 'bố', 'người cha', 'của cha'];
/**
 * Words that name both parents at once ('Nơi cư trú của cha, mẹ', 'Dân tộc bố mẹ', 'Quốc tịch cha và mẹ'):
 * folded, 'cha, mẹ', 'cha/mẹ' and 'cha - mẹ' are all 'cha me'. The column is both parents' (readParent).
 */
const parentsWords = [
  'cha mẹ', 'của cha mẹ', 'mẹ cha', 'của mẹ cha', 'cha và mẹ', 'của cha và mẹ', 'mẹ và cha', 'của mẹ và cha',
  'bố mẹ', 'của bố mẹ', 'bố và mẹ', 'của bố và mẹ',
];
/** What one column can say of both parents: where they live, their people, their country. */
const sharedParentAttributes = { ethnicity: a.ethnicity, nationality: a.nationality, residence: a.residence, personalId: a.personalId };
const SHARED_RESIDENCE_KEY = 'parents.residence';
const parentAttributes = {
  fullName: a.fullName,
  nameAndBirthDate: a.nameAndBirthDate,
  familyNamePart: a.familyNamePart,
  middleNamePart: a.middleNamePart,
  birthYear: a.birthYear,
  ethnicity: a.ethnicity,
  nationality: a.nationality,
  residence: a.residence,
  personalId: a.personalId,
  age: a.age,
};

/**
 * A residence column naming no one ('Nơi cư trú', 'Nơi thường trú', 'Chỗ ở', 'Địa chỉ') is the parents': a birth
 * entry lists the parents' residence, and the child's is theirs (Law on Civil Status Art. 14; DOMAIN.md
 * §3.2), so wherever the clerk put it, it is read as 'Nơi cư trú của cha, mẹ' is, for both. A label naming the
 * declarant ('Nơi cư trú người đi khai') is not theirs. Beside a parent's own residence column it is the other
 * parent's (header-assign.ts).
 */
function withUnqualifiedResidence(column: ColumnDefinition): ColumnDefinition {
  const { header, aliases } = a.residence;
  return { ...column, aliases: [...column.aliases, header, ...aliases], notMatching: DECLARANT_LABEL };
}

/** 'Họ tên khai sinh', 'HT khai sinh': the child's name as registered ('khai sinh' names no other column). */
function withChildNameAsRegistered(column: ColumnDefinition): ColumnDefinition {
  return { ...column, aliases: [...column.aliases, 'Họ và tên khai sinh', 'Họ tên khai sinh'], abbreviations: [...(column.abbreviations ?? []), 'HT khai sinh'] };
}

/**
 * One column for when and where the child was born ('Ngày, nơi sinh', 'Ngày tháng năm sinh, nơi sinh'):
 * the date column, whose cells the reader splits at the place (FieldReader.eventDate, placeHeader).
 */

function withBirthPlaceInDateColumn(column: ColumnDefinition): ColumnDefinition {
  return { ...column, aliases: [...column.aliases, ...BIRTH_DATE_AND_PLACE_LABELS] };
}

const columns: ColumnDefinition[] = [
  ...registrationColumns,
  // The child's columns are headed without a role word ('Họ và tên'): inside a label naming the declarant, they are not the child's.
  ...personColumns(
    'child',
    childWords,
    {
      fullName: a.fullName,
      familyNamePart: a.familyNamePart,
      middleNamePart: a.middleNamePart,
      nameAndBirthDate: a.nameAndBirthDate,
      birthDate: a.birthDate,
      sex: a.sex,
      ethnicity: a.ethnicity,
      nationality: a.nationality,
      birthPlace: a.birthPlace,
      hometown: a.hometown,
      personalId: a.personalId,
    },
    DECLARANT_LABEL,
  ).map((column) => (column.key === 'child.fullName' ? withChildNameAsRegistered(column) : column.key === 'child.birthDate' ? withBirthPlaceInDateColumn(column) : column)),
  ...splitSexColumns('child'),
  ...birthDateBySexColumns('child'),
  // Headed by the role alone, as narrow one-row headers are ('Họ và tên' | 'Ngày sinh' | 'Cha' | 'Mẹ'): the parent's name.
  ...roleHeadsName(personColumns('mother', motherWords, parentAttributes), 'mother', ['Mẹ', 'Người mẹ']),
  ...roleHeadsName(personColumns('father', fatherWords, parentAttributes), 'father', ['Cha', 'Bố', 'Người cha']),
  ...personColumns('parents', parentsWords, sharedParentAttributes).map((column) => (column.key === SHARED_RESIDENCE_KEY ? withUnqualifiedResidence(column) : column)),
  ...declarantColumns,
  remarksColumn,
];

const parentSchema = z.object({
  fullName: z.string().nullable(),
  birthYear: s.yearSchema.nullable(),
  ethnicityCode: s.ethnicityCodeSchema.nullable(),
  nationality: s.nationalitySchema.nullable(),
  residence: z.string().nullable(),
  personalId: s.personalIdSchema.nullable(),
});

export const birthRecordSchema = s.recordSchema('birth', {
  child: z.object({
    ...s.nameParts,
    sex: s.sexSchema.nullable(),
    birthDate: s.partialDateSchema,
    birthPlace: z.string().nullable(),
    hometown: z.string().nullable(),
    ethnicityCode: s.ethnicityCodeSchema.nullable(),
    nationality: s.nationalitySchema.nullable(),
    personalId: s.personalIdSchema.nullable(),
  }),
  mother: parentSchema,
  father: parentSchema.nullable(),
  declarant: s.declarantSchema,
});
export type BirthRecord = z.infer<typeof birthRecordSchema>;

const PARENT_KEYS = { mother: personKeys('mother'), father: personKeys('father') };
/** Column keys of a column headed for both parents ('Nơi cư trú của cha, mẹ'); fields of neither record path. */
const SHARED_KEYS = personKeys('parents');
const CHILD_KEYS = { birthDate: 'child.birthDate', personalId: 'child.personalId' };

const PARENT_VI = { mother: 'mẹ', father: 'cha' } as const;

/** Values of the columns headed for both parents, read once per entry (their findings bound to 'parents.…'). */
interface SharedParentValues {
  ethnicityCode: string | null;
  nationality: string | null;
  residence: string | null;
  /** Each parent's number in a shared ID column ('Số CMND cha, mẹ'), null without one (shared-id-column.ts). */
  personalIdParts: Readonly<Record<string, string | null>> | null;
}

const PARENT_ROLES = ['father', 'mother'] as const;

function readSharedParentValues(reader: FieldReader): SharedParentValues {
  return {
    ethnicityCode: reader.ethnicity(SHARED_KEYS.ethnicity, SHARED_KEYS.ethnicityCode),
    nationality: reader.nationality(SHARED_KEYS.nationality),
    residence: reader.placeInProvince(SHARED_KEYS.residence),
    personalIdParts: readSharedIdParts(reader, SHARED_KEYS.personalId, PARENT_ROLES, reader.sharedIdFirst(SHARED_KEYS.personalId), PARENT_VI),
  };
}

/**
 * A parent's columns; a two-digit birth year resolves against the child's birth (a parent is born first).
 * Problems of a parent's ID are warnings (id-century.ts): the entry registers the child. A column headed
 * for both parents ('Nơi cư trú của cha, mẹ') gives its value to each parent whose own column is empty.
 */
function readParent(reader: FieldReader, role: 'mother' | 'father', childBirthDate: string | null, shared: SharedParentValues): z.infer<typeof parentSchema> {
  const keys = PARENT_KEYS[role];
  // '35' under 'Năm sinh' for the mother of a child of 2004 is her age, not 1935 (parent-year-as-age.ts).
  const yearCell = parentYearUnlessAge(reader, role, keys.birthYear, reader.year(keys.birthYear, keys.birthYear, childBirthDate), childBirthDate);
  const typedBirthYear = birthInAgeColumn(reader, keys.age, keys.birthYear, yearCell, (key) => reader.year(key, keys.birthYear, childBirthDate));
  reportAgeOnly(reader, keys.age, keys.birthYear, typedBirthYear);
  reportParentAgeTyped(reader, role, keys.age, keys.birthYear, typedBirthYear, childBirthDate);
  reportParentUnderAgeByDate(reader, role, keys.birthYear, yearCell, childBirthDate);
  const nationalityKey = reader.has(keys.nationality) ? keys.nationality : SHARED_KEYS.nationality;
  const fullName = reader.name(keys.fullName, keys.fullName, nationalityKey)?.fullName ?? null;
  const own = ownCodedCells(reader, { ethnicity: keys.ethnicity, ethnicityField: keys.ethnicityCode, nationality: keys.nationality }, shared.nationality);
  const ethnicityCode = own.ethnicityCode ?? shared.ethnicityCode;
  const nationality = own.nationality ?? shared.nationality;
  const residence = reader.placeInProvince(keys.residence) ?? shared.residence;
  const readId = (from: FieldReader) => readPersonalIdAfterBirth(
    from,
    { birthDate: keys.birthYear, personalId: keys.personalId },
    typedBirthYear,
    role === 'mother' ? 'female' : 'male',
    { nationality, parent: PARENT_VI[role] },
  );
  // A shared ID column gives the parent their number where their own column is empty (shared-id-column.ts).
  const idPart = reader.has(keys.personalId) ? null : (shared.personalIdParts?.[role] ?? null);
  const { birthDate: birthYear, personalId } = idPart === null ? readId(reader) : reader.readPartAs(SHARED_KEYS.personalId, keys.personalId, idPart, readId);
  const national = nationalEthnicity(reader, { key: keys.ethnicity, sharedKey: SHARED_KEYS.ethnicity, field: keys.ethnicityCode, nationalityKey, idField: keys.personalId }, ethnicityCode, nationality, personalId);
  return { fullName, birthYear, ethnicityCode: national, nationality, residence, personalId };
}

/**
 * The father an entry names: by his name, or at least his birth year or ID (kept, though unnamed, rather
 * than lost). An ethnicity, a nationality or a residence alone names no one: a child born out of wedlock
 * has the father's cells empty, while 'Kinh' | 'Việt Nam' are often typed down the whole column and a
 * column headed for both parents gives the mother's address to him too. Such an entry has no father (null).
 */
function namedFather(father: z.infer<typeof parentSchema>): z.infer<typeof parentSchema> | null {
  return father.fullName !== null || father.birthYear !== null || father.personalId !== null ? father : null;
}

export const birthType: RecordTypeDefinition = {
  name: 'birth',
  labelVi: 'Khai sinh',
  columns,
  signatureKeys: ['mother.fullName', 'father.fullName', 'mother.nameAndBirthDate', 'father.nameAndBirthDate', 'child.birthPlace', 'declarant.relation'],
  requiredFields: ['child.fullName', 'child.birthDate', 'registration.date'],
  schema: birthRecordSchema,
  dedup: birthDedupSpec,
  build(reader) {
    const registration = readRegistration(reader, 'birth');
    const name = ownName(reader, 'child.fullName', reader.name('child.fullName', 'child.fullName', 'child.nationality'));
    const typedSex = reader.sex('child.sex');
    const { sex, birthDate: typedBirthDate } = readBirthDateBySex(reader, 'child', typedSex, reader.eventDate('child.birthDate', 'child.birthPlace'));
    if (sex === null) reader.reportSexBlank('child.sex');
    const shared = readSharedParentValues(reader);
    const father = readParent(reader, 'father', typedBirthDate, shared);
    // Read in the order the findings have always been listed in (notes are compared with golden files).
    const remarks = reader.remarks();
    const birthPlace = reader.placeInProvince('child.birthPlace');
    const hometown = reader.place('child.hometown');
    const { ethnicityCode, nationality } = ownCodedCells(reader, { ethnicity: 'child.ethnicity', ethnicityField: 'child.ethnicityCode', nationality: 'child.nationality' }, null);
    const { birthDate, personalId } = readPersonalIdAfterBirth(reader, CHILD_KEYS, typedBirthDate, sex, { nationality });
    if (sex === null) reader.reportSexShownById('child.sex', personalId);
    const mother = readParent(reader, 'mother', typedBirthDate, shared);
    const fatherNamed = namedFather(father);
    // 'Anh Phạm Minh' beside a father Phạm …: the child's name typed given name first (child-name-order.ts).
    // 'Chau Nguyen Van Hung' beside a father Nguyễn …: Cháu typed without marks, not the family name Châu.
    const untitled = childNameUntitled(reader, 'child.fullName', name, mother.fullName, fatherNamed?.fullName ?? null);
    const childName = childNameInOrder(reader, 'child.fullName', untitled, mother.fullName, fatherNamed?.fullName ?? null);
    return {
      registration,
      remarks,
      fields: {
        child: Object.assign(nameFields(childName), {
          sex,
          birthDate,
          birthPlace,
          hometown,
          ethnicityCode: nationalEthnicity(reader, { key: 'child.ethnicity', field: 'child.ethnicityCode', nationalityKey: 'child.nationality' }, ethnicityCode, nationality, personalId),
          nationality,
          personalId,
        }),
        mother,
        father: fatherNamed,
        declarant: readDeclarant(reader, [mother.fullName, fatherNamed?.fullName ?? null]),
      },
    };
  },
};
