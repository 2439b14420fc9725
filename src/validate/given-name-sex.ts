import type { BoundFinding } from '../normalize/bound-finding.js';
import { middleNameSex } from './middle-name-sex.js';
import { valueAt } from './record-access.js';

type Sex = 'male' | 'female';
type Record_ = Readonly<Record<string, unknown>>;

/**
 * Given names borne by one sex only, as written with their marks (DOMAIN.md §4 frequent names;
 * unmarked 'Hung' may be Hùng or Hưng). Kept short on purpose: names a man or a woman may
 * both carry, even rarely or in old registers ('Anh', 'Giang', 'Tâm', 'Hậu', 'Minh', 'Sơn',
 * 'Thủy', 'Mai', 'Hoa', 'Lan', 'Loan', 'Thảo', 'Quỳnh', 'Hương', 'Phượng', 'Khánh'; girls named Huy,
 * Quân, Kiên, Toàn), are not listed.
 */
/**
 * Middle words that lean to one sex beside Văn and Thị: a person whose middle name leans to the sex typed is not
 * warned of ('Lê Đức Trang', 'Trần Đình Nguyệt' are men; 'Nguyễn Thu Hùng' a woman).
 */
const LEANING_MIDDLE: ReadonlyMap<string, Sex> = new Map([
  ...['đình', 'đức', 'công', 'hữu', 'bá', 'trọng', 'quang', 'mạnh', 'tiến', 'duy', 'khắc', 'đăng', 'viết', 'quốc', 'tài', 'huy'].map((word) => [word, 'male'] as const),
  ...['thu', 'thúy', 'thuý', 'thùy', 'thuỳ', 'diệu', 'mỹ', 'kiều', 'tuyết', 'bích', 'phương', 'lệ', 'nguyệt'].map((word) => [word, 'female'] as const),
]);
/**
 * The sex the middle words lean to beside Văn and Thị ('Hữu', 'Quang' a man's; 'Thu', 'Bích' a woman's), or null
 * when none leans or they lean both ways. A hint for telling which way round a couple was typed, never a sex.
 */
export function middleNameLeaning(middleWords: readonly string[]): Sex | null {
  let leaning: Sex | null = null;
  for (const word of middleWords) {
    const sex = LEANING_MIDDLE.get(word.toLowerCase());
    if (sex === undefined) continue;
    if (leaning !== null && leaning !== sex) return null;
    leaning = sex;
  }
  return leaning;
}
/** The ethnic group code of the Kinh (both code lists): names of other groups follow other customs ('Triệu Tài Nguyệt', a Dao man). */
const KINH = '01';
const ONE_SEX_GIVEN: ReadonlyMap<string, Sex> = new Map([
  ...['Hùng', 'Dũng', 'Cường', 'Tuấn', 'Thắng', 'Tùng', 'Mạnh', 'Chiến', 'Lực', 'Đạt', 'Vượng', 'Hưng'].map((name) => [name, 'male'] as const),
  ...['Trang', 'Hằng', 'Huyền', 'Nhung', 'Nga', 'Yến', 'Oanh', 'Duyên', 'Uyên', 'Nguyệt'].map((name) => [name, 'female'] as const),
]);

const ONE_SEX_GIVEN_LOWER: ReadonlyMap<string, Sex> = new Map([...ONE_SEX_GIVEN].map(([name, sex]) => [name.toLowerCase(), sex]));
/** The sex a given name is borne by only ('Tuấn' a man's, 'Trang' a woman's: ONE_SEX_GIVEN), in any case; null for others. */
export function oneSexGivenName(given: string): Sex | null {
  return ONE_SEX_GIVEN_LOWER.get(given.toLowerCase()) ?? null;
}

const SEX_VI: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };
const OTHER_VI: Record<Sex, string> = { male: 'nam giới', female: 'phụ nữ' };
const ID_12 = /^\d{12}$/;

/**
 * SEX_GIVEN_NAME_MISMATCH: a child (birth) or a deceased (death) recorded with the sex a
 * one-sex given name never has ('Phạm Minh Tuấn', Nữ; 'Lê Ngọc Trang', Nam): the sex cell is
 * likely mistyped or filled down. Strong evidence only (DOMAIN.md §4: sex is hinted, never
 * inferred): not when the middle name hints either sex ('Nguyễn Thị Hùng', Nữ, is an old
 * woman's name; 'Văn'/'Thị' against the sex is SEX_MIDDLE_NAME_MISMATCH's) or leans to the sex
 * typed ('Lê Đức Trang', Nam), nor for a person of an ethnic group other than the Kinh, nor when a
 * 12-digit ID's sex digit confirms the sex typed, nor for a foreign national, nor a name that
 * is a parent's ('Con bà …'). A warning: both values are kept.
 */
export function sexAgreesWithGivenName(person: 'child' | 'deceased') {
  const nameField = `${person}.fullName`;
  const fields = { sex: `${person}.sex`, given: `${person}.givenName`, middle: `${person}.middleName`, id: `${person}.personalId`, nationality: `${person}.nationality`, ethnicity: `${person}.ethnicityCode` };
  return (record: Record_, findings: readonly BoundFinding[] = []): BoundFinding[] => {
    const sex = valueAt(record, fields.sex);
    if (sex !== 'male' && sex !== 'female') return [];
    const given = valueAt(record, fields.given);
    if (typeof given !== 'string') return [];
    const named = ONE_SEX_GIVEN.get(given);
    if (named === undefined || named === sex) return [];
    const middle = valueAt(record, fields.middle);
    if (typeof middle === 'string' && middle !== '' && middleNameSex(middle.split(' ')) !== null) return [];
    if (typeof middle === 'string' && middle.split(' ').some((word) => LEANING_MIDDLE.get(word.toLowerCase()) === sex)) return [];
    const ethnicity = valueAt(record, fields.ethnicity);
    if (typeof ethnicity === 'string' && ethnicity !== KINH) return [];
    const nationality = valueAt(record, fields.nationality);
    if (typeof nationality === 'string' && nationality !== 'VN') return [];
    const id = valueAt(record, fields.id);
    if (typeof id === 'string' && ID_12.test(id) && (Number(id[3]) % 2 === 0 ? 'male' : 'female') === sex) return [];
    if (findings.some((finding) => finding.code === 'NAME_PARENT_REFERENCE' && finding.field === nameField)) return [];
    const name = valueAt(record, nameField);
    return [{ code: 'SEX_GIVEN_NAME_MISMATCH', field: fields.sex, value: SEX_VI[sex], params: { sex: SEX_VI[sex], name: typeof name === 'string' ? name : '', given, other: OTHER_VI[named] } }];
  };
}
