import { z } from 'zod';
import { marriageDedupSpec } from '../dedup/specs/marriage.js';
import type { FieldReader } from '../normalize/field-reader.js';
import type { PersonName } from '../normalize/name/normalize-name.js';
import { middleNameSex } from '../validate/middle-name-sex.js';
import { personColumns, roleHeadsName, type ColumnDefinition } from './column.js';
import { birthDateAndPlace, personAttributes as a, registrationColumns, remarksColumn } from './common-columns.js';
import * as s from './common-schema.js';
import { personKeys } from './person-keys.js';
import { nameFields } from './name-fields.js';
import { nationalEthnicity } from './national-ethnicity.js';
import { ownCodedCells } from './crossed-coded-cells.js';
import { readPersonalIdAfterBirth } from './id-century.js';
import { centurySexDigitFor, decodeCenturySexDigit, describePersonalId } from '../normalize/codes/personal-id-structure.js';
import { recordedVi } from '../normalize/codes/personal-id.js';
import { readRegistration } from './registration-fields.js';
import { spouseLabelledParts } from './spouse-labelled-parts.js';
import { readSharedIdParts, type SharedIdParts } from './shared-id-column.js';
import { birthInAgeColumn, reportAgeOnly, reportSpouseAgeUnderMinimum } from './age-column.js';
import type { RecordTypeDefinition } from './record-type.js';
import { reportSpouseSexTyped, ROLE_SEX, SPOUSE_VI, spouseSexAttribute } from './spouse-sex.js';

/** Marriage register (sổ đăng ký kết hôn), Law on Civil Status Art. 17. */
const spouseAttributes = {
  fullName: a.fullName,
  familyNamePart: a.familyNamePart,
  middleNamePart: a.middleNamePart,
  nameAndBirthDate: a.nameAndBirthDate,
  birthDate: birthDateAndPlace,
  ethnicity: a.ethnicity,
  nationality: a.nationality,
  residence: a.residence,
  personalId: a.personalId,
  age: a.age,
  sex: spouseSexAttribute,
};

/**
 * Words that name both spouses at once ('Nơi cư trú của vợ, chồng', 'Nơi thường trú của hai bên', 'Dân tộc
 * (chồng/vợ)'): folded, 'vợ, chồng', 'vợ/chồng' and 'vợ - chồng' are all 'vo chong'. The column is both
 * spouses' (readSpouse), as a birth book's 'Nơi cư trú của cha, mẹ' is both parents'.
 */
const spousesWords = [
  'vợ chồng', 'của vợ chồng', 'chồng vợ', 'của chồng vợ', 'vợ và chồng', 'của vợ và chồng', 'chồng và vợ', 'của chồng và vợ',
  'hai vợ chồng', 'của hai vợ chồng', 'hai bên', 'của hai bên', 'cả hai bên', 'của cả hai bên',
  'nam nữ', 'nam và nữ', 'bên nam bên nữ', 'bên nam và bên nữ', 'của bên nam và bên nữ',
];
/** What one column can say of both spouses: where they live, their people, their country. */
const sharedSpouseAttributes = { ethnicity: a.ethnicity, nationality: a.nationality, residence: a.residence, personalId: a.personalId, birthDate: a.birthDate };

const columns: ColumnDefinition[] = [
  ...registrationColumns,
  ...roleHeadsName(personColumns('husband', ['chồng', 'bên chồng', 'người chồng', 'của chồng', 'nam', 'bên nam', 'của bên nam'], spouseAttributes), 'husband', [
    'Chồng', 'Bên chồng', 'Người chồng', 'Nam', 'Bên nam',
  ]),
  ...roleHeadsName(personColumns('wife', ['vợ', 'bên vợ', 'người vợ', 'của vợ', 'nữ', 'bên nữ', 'của bên nữ'], spouseAttributes), 'wife', [
    'Vợ', 'Bên vợ', 'Người vợ', 'Nữ', 'Bên nữ',
  ]),
  ...personColumns('spouses', spousesWords, sharedSpouseAttributes),
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
const SPOUSE_ROLES = ['husband', 'wife'] as const;
/** Column keys of a column headed for both spouses ('Nơi cư trú của vợ, chồng'); fields of neither record path. */
const SHARED_KEYS = personKeys('spouses');

/** Values of the columns headed for both spouses, read once per entry (their findings bound to 'spouses.…'). */
interface SharedSpouseValues {
  ethnicityCode: string | null;
  nationality: string | null;
  residence: string | null;
  /** The spouse's number in a shared ID column ('Số CMND/CCCD chồng, vợ'), undefined without one (shared-id-column.ts). */
  personalIdPart?: string | null;
  /** The spouse's year in a shared year column ('Năm sinh chồng/vợ'), undefined without one (sharedYearParts). */
  birthDatePart?: string | null;
}

/** Two years in one cell: '1990/1992', '1990 - 1992', one a line. */
const TWO_YEARS = /^(\d{4})\s*(?:\r?\n|[;,/&]|[-–—])\s*(\d{4})$/u;

/**
 * Each spouse's part of a year column headed for both ('Năm sinh chồng/vợ'): after their label ('Chồng: 1990;
 * Vợ: 1992'), or two years in the order the header names them. Any other cell stays whole the spouse the header
 * names first, as the column was read before it was known as both spouses' (a lone year there is a guess: a known limit).
 */
function sharedYearParts(reader: FieldReader): Record<'husband' | 'wife', string | null> | null {
  const cell = reader.sourceCell(SHARED_KEYS.birthDate);
  if (cell === undefined) return null;
  const text = cell.text.normalize('NFC').trim();
  const labelled = spouseLabelledParts(text);
  if (labelled !== null && labelled.husband !== labelled.wife) return labelled;
  const years = TWO_YEARS.exec(labelled?.husband ?? text);
  const first = reader.sharedIdFirst(SHARED_KEYS.birthDate);
  if (first === undefined) return { husband: null, wife: null };
  // Not two years: the spouse the header names first keeps the whole cell, as when the column was read as theirs.
  if (years === null) return first === 'husband' ? { husband: text, wife: null } : { husband: null, wife: text };
  return first === 'husband' ? { husband: years[1]!, wife: years[2]! } : { husband: years[2]!, wife: years[1]! };
}

/**
 * A cell of such a column is one value for both, as a birth's 'Nơi cư trú của cha, mẹ' is: 'Kinh / Tày' or
 * 'xã A - xã B' is not split between them (a place may hold a dash, an ethnicity a slash of its own spelling).
 * A cell labelling each spouse's part ('Chồng: Thôn Nội; Vợ: Thôn Đồng Sậu') gives each spouse their part.
 */
function readSharedSpouseValues(reader: FieldReader): Record<'husband' | 'wife', SharedSpouseValues> {
  const read = (key: string, value: (reader: FieldReader) => string | null): Record<'husband' | 'wife', string | null> => {
    const parts = spouseLabelledParts(reader.sourceCell(key)?.text);
    if (parts === null) {
      const both = value(reader);
      return { husband: both, wife: both };
    }
    const part = (text: string | null): string | null => (text === null ? null : reader.readPart(key, text, value));
    return { husband: part(parts.husband), wife: part(parts.wife) };
  };
  const ethnicityCode = read(SHARED_KEYS.ethnicity, (part) => part.ethnicity(SHARED_KEYS.ethnicity, SHARED_KEYS.ethnicityCode));
  const nationality = read(SHARED_KEYS.nationality, (part) => part.nationality(SHARED_KEYS.nationality));
  const residence = read(SHARED_KEYS.residence, (part) => part.placeInProvince(SHARED_KEYS.residence));
  const ids: SharedIdParts | null = readSharedIdParts(reader, SHARED_KEYS.personalId, SPOUSE_ROLES, reader.sharedIdFirst(SHARED_KEYS.personalId), SPOUSE_VI);
  const years = sharedYearParts(reader);
  const of = (role: 'husband' | 'wife'): SharedSpouseValues => Object.assign(
    { ethnicityCode: ethnicityCode[role], nationality: nationality[role], residence: residence[role] },
    ids === null ? {} : { personalIdPart: ids[role] ?? null },
    years === null ? {} : { birthDatePart: years[role] },
  );
  return { husband: of('husband'), wife: of('wife') };
}

/** The column of the spouse's nationality: their own, else the one headed for both (to tell a foreign name). */
function nationalityKey(reader: FieldReader, role: 'husband' | 'wife'): string {
  const own = SPOUSE_KEYS[role].nationality;
  return reader.has(own) ? own : SHARED_KEYS.nationality;
}

type Sex = 'male' | 'female';

/** The sex each spouse's middle name hints at (DOMAIN.md §4: Văn, Thị), null for none. */
function nameHints(husband: PersonName | null, wife: PersonName | null): { husband: Sex | null; wife: Sex | null } {
  return {
    husband: husband === null ? null : middleNameSex(husband.middleName.split(' ')),
    wife: wife === null ? null : middleNameSex(wife.middleName.split(' ')),
  };
}

/**
 * The names say the spouses were typed in each other's columns: a middle name hints at the other
 * column's sex ('Ngô Thị Kim Oanh' as the husband, 'Đặng Văn Phúc' as the wife) and neither hints at
 * its own column's (MARRIAGE_SPOUSE_NAME_SEX warns of it; dedup compares such entries crossed).
 */
function spousesCrossed(hints: { husband: Sex | null; wife: Sex | null }): boolean {
  return (hints.husband === 'female' || hints.wife === 'male') && hints.husband !== 'male' && hints.wife !== 'female';
}

const SEX_CENTURY_MISMATCH = 'ID_SEX_CENTURY_MISMATCH';
const OTHER_SEX_VI = { husband: 'nữ giới', wife: 'nam giới' } as const;

/** A spouse's 12-digit ID whose sex digit is the other column's and whose century and year digits are the birth year typed beside it. */
function idOfOtherSex(spouse: Record<string, unknown>, role: 'husband' | 'wife'): { id: string; digit: number } | null {
  const { personalId, birthDate } = spouse;
  if (typeof personalId !== 'string' || typeof birthDate !== 'string') return null;
  const parts = describePersonalId(personalId);
  if (parts === null) return null;
  const decoded = decodeCenturySexDigit(parts.centurySexDigit);
  if (decoded.sex === ROLE_SEX[role] || decoded.centuryStart + parts.birthYearTwoDigits !== Number(birthDate.slice(0, 4))) return null;
  return { id: personalId, digit: parts.centurySexDigit };
}

/**
 * The IDs say the spouses were typed in each other's columns, where the names say nothing of it
 * (no Văn/Thị, common in recent books, DOMAIN.md §4): both spouses' 12-digit IDs contradict their
 * column's sex — each ID_SEX_CENTURY_MISMATCH found from `first` on — and each is of the other sex,
 * born in the year typed beside it (the person typed there, with their own birth date, is the other
 * spouse). As for crossed names, the two errors give way to a warning on each ID (MARRIAGE_SPOUSE_ID_SEX,
 * which dedup reads as MARRIAGE_SPOUSE_NAME_SEX); one ID alone against its column stays an error.
 */
function settleCrossedIds(reader: FieldReader, first: number, husband: Record<string, unknown>, wife: Record<string, unknown>): void {
  const { findings } = reader;
  const mismatches: number[] = [];
  for (let i = first; i < findings.length; i++) if (findings[i]!.code === SEX_CENTURY_MISMATCH) mismatches.push(i);
  if (mismatches.length !== 2) return;
  const fields = mismatches.map((index) => findings[index]!.field);
  if (!fields.includes(SPOUSE_KEYS.husband.personalId) || !fields.includes(SPOUSE_KEYS.wife.personalId)) return;
  const husbandId = idOfOtherSex(husband, 'husband');
  const wifeId = husbandId === null ? null : idOfOtherSex(wife, 'wife');
  if (husbandId === null || wifeId === null) return;
  const ids = { husband: husbandId, wife: wifeId };
  findings.splice(mismatches[1]!, 1);
  findings.splice(mismatches[0]!, 1);
  for (const role of ['husband', 'wife'] as const) {
    const { id, digit } = ids[role];
    const column = reader.sourceCell(SPOUSE_KEYS[role].personalId)?.column;
    reader.report(Object.assign({ code: 'MARRIAGE_SPOUSE_ID_SEX', field: SPOUSE_KEYS[role].personalId, value: id, params: { spouse: SPOUSE_VI[role], digit, other: OTHER_SEX_VI[role] } }, column && { column }));
  }
}

/** The sex a spouse's 12-digit ID states (its century/sex digit), or null for no such ID. */
function idSex(spouse: Record<string, unknown>): { id: string; digit: number; sex: 'male' | 'female'; centuryStart: number } | null {
  const { personalId } = spouse;
  if (typeof personalId !== 'string' || personalId.length !== 12) return null;
  const parts = describePersonalId(personalId);
  if (parts === null) return null;
  const decoded = decodeCenturySexDigit(parts.centurySexDigit);
  return { id: personalId, digit: parts.centurySexDigit, sex: decoded.sex, centuryStart: decoded.centuryStart };
}

/**
 * Names that say the columns are crossed let each ID carry either column's sex (readSpouse), but not both
 * IDs one sex: read as typed or crossed, two men or two women are no couple a Vietnamese book registers,
 * so one ID is not its holder's. The one against its own column is reported, as when nothing is crossed.
 */
function reportIdsOfOneSex(reader: FieldReader, husband: Record<string, unknown>, wife: Record<string, unknown>): void {
  const husbandId = idSex(husband);
  const wifeId = husbandId === null ? null : idSex(wife);
  if (husbandId === null || wifeId === null || husbandId.sex !== wifeId.sex) return;
  const role = husbandId.sex === 'male' ? 'wife' : 'husband';
  const { id, digit, centuryStart } = role === 'wife' ? wifeId : husbandId;
  const birthDate = (role === 'wife' ? wife : husband).birthDate;
  const birthYear = typeof birthDate === 'string' ? Number(birthDate.slice(0, 4)) : null;
  const expected = centurySexDigitFor(ROLE_SEX[role], birthYear ?? centuryStart) ?? 'không có';
  const column = reader.sourceCell(SPOUSE_KEYS[role].personalId)?.column;
  reader.report(Object.assign({ code: SEX_CENTURY_MISMATCH, field: SPOUSE_KEYS[role].personalId, value: id, params: { digit, expected, recorded: recordedVi(ROLE_SEX[role], birthYear) } }, column && { column }));
}

/**
 * One spouse's columns, the name already read. In an entry whose names say the columns are crossed,
 * the ID's sex digit may be either column's sex (each ID fits the person typed beside it); its century
 * and year digits are still checked. A column headed for both spouses ('Nơi cư trú của vợ, chồng') gives
 * its value to each spouse whose own column is empty.
 */
function readSpouse(reader: FieldReader, role: 'husband' | 'wife', name: PersonName | null, crossed: boolean, shared: SharedSpouseValues): Record<string, unknown> {
  const keys = SPOUSE_KEYS[role];
  // 'Ngày, nơi sinh': the date before the place is read, the place kept in raw (no field holds it).
  const readBirth = (from: FieldReader): string | null => from.birthDateBeforePlace(keys.birthDate, keys.birthDate, () => from.date(keys.birthDate));
  // A year column headed for both spouses gives each their year where their own column is absent (sharedYearParts).
  const yearPart = reader.has(keys.birthDate) ? undefined : shared.birthDatePart;
  const birthCell = typeof yearPart === 'string' ? reader.readPartAs(SHARED_KEYS.birthDate, keys.birthDate, yearPart, readBirth) : readBirth(reader);
  const typedBirthDate = birthInAgeColumn(reader, keys.age, keys.birthDate, birthCell, (key) => reader.date(key, keys.birthDate));
  reportAgeOnly(reader, keys.age, keys.birthDate, typedBirthDate);
  reportSpouseAgeUnderMinimum(reader, keys.age, keys.birthDate, typedBirthDate, role, crossed ? (role === 'husband' ? 'wife' : 'husband') : role);
  const own = ownCodedCells(reader, { ethnicity: keys.ethnicity, ethnicityField: keys.ethnicityCode, nationality: keys.nationality }, shared.nationality);
  const ethnicityCode = own.ethnicityCode ?? shared.ethnicityCode;
  const nationality = own.nationality ?? shared.nationality;
  const residence = reader.placeInProvince(keys.residence) ?? shared.residence;
  const sex = crossed ? null : ROLE_SEX[role];
  // A shared ID column gives the spouse their number where their own column is empty (shared-id-column.ts).
  const idPart = reader.has(keys.personalId) ? undefined : shared.personalIdPart;
  const { birthDate, personalId } = typeof idPart === 'string'
    ? reader.readPartAs(SHARED_KEYS.personalId, keys.personalId, idPart, (part) => readPersonalIdAfterBirth(part, keys, typedBirthDate, sex, { nationality }))
    : readPersonalIdAfterBirth(reader, keys, typedBirthDate, sex, { nationality });
  return Object.assign(nameFields(name), {
    birthDate,
    ethnicityCode: nationalEthnicity(reader, { key: keys.ethnicity, sharedKey: SHARED_KEYS.ethnicity, field: keys.ethnicityCode, nationalityKey: reader.has(keys.nationality) ? keys.nationality : SHARED_KEYS.nationality, idField: keys.personalId }, ethnicityCode, nationality, personalId),
    nationality,
    residence,
    personalId,
  });
}

/** Both spouses; the wife's name is read ahead (to tell crossed columns) and its findings keep their place after the husband's. */
function readSpouses(reader: FieldReader): { husband: Record<string, unknown>; wife: Record<string, unknown> } {
  const { husband: h, wife: w } = SPOUSE_KEYS;
  const husbandName = reader.name(h.fullName, h.fullName, nationalityKey(reader, 'husband'));
  const { findings } = reader;
  const ahead = findings.length;
  const wifeName = reader.name(w.fullName, w.fullName, nationalityKey(reader, 'wife'));
  const wifeNameFindings = findings.length === ahead ? null : findings.splice(ahead);
  const hints = nameHints(husbandName, wifeName);
  const crossed = spousesCrossed(hints);
  const shared = readSharedSpouseValues(reader);
  const first = findings.length;
  const husband = readSpouse(reader, 'husband', husbandName, crossed, shared.husband);
  if (wifeNameFindings !== null) findings.push(...wifeNameFindings);
  const wife = readSpouse(reader, 'wife', wifeName, crossed, shared.wife);
  // Names typed in each other's columns are told already (MARRIAGE_SPOUSE_NAME_SEX): their sex cells say the same.
  if (!crossed) {
    reportSpouseSexTyped(reader, 'husband');
    reportSpouseSexTyped(reader, 'wife');
  }
  // Names that hint at their own column's sex say nothing is crossed: both IDs are then wrong, or the names.
  if (!crossed && hints.husband !== 'male' && hints.wife !== 'female') settleCrossedIds(reader, first, husband, wife);
  if (crossed) reportIdsOfOneSex(reader, husband, wife);
  return { husband, wife };
}

export const marriageType: RecordTypeDefinition = {
  name: 'marriage',
  labelVi: 'Kết hôn',
  columns,
  signatureKeys: ['husband.fullName', 'wife.fullName', 'husband.nameAndBirthDate', 'wife.nameAndBirthDate'],
  requiredFields: ['husband.fullName', 'wife.fullName', 'registration.date'],
  schema: marriageRecordSchema,
  dedup: marriageDedupSpec,
  build(reader) {
    return {
      registration: readRegistration(reader, 'marriage'),
      remarks: reader.remarks(),
      fields: readSpouses(reader),
    };
  },
};
