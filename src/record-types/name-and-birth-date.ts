/**
 * A column headed for a person's name and birth date together: 'Họ tên, ngày sinh' in books of the 1990s,
 * 'Họ và tên, ngày tháng năm sinh', 'Họ tên - Năm sinh', 'Họ tên và ngày sinh', 'Họ tên, năm sinh người
 * chết', 'Họ tên, năm sinh chồng'. Its key is the person's with the attribute 'nameAndBirthDate'
 * ('child.nameAndBirthDate'); FieldReader reads each cell's name part as the person's name and its date
 * part as the birth date (or year), where the person has no column of their own for either
 * (normalize/name/name-with-birth-date.ts).
 */
export const NAME_AND_BIRTH_DATE = 'nameAndBirthDate';

/** Folded, 'Họ tên, ngày sinh', 'Họ tên - ngày sinh' and 'Họ tên ngày sinh' are one label: the words are enough. */
const NAME_WORDS = ['Họ và tên', 'Họ tên', 'Họ, chữ đệm, tên', 'Họ, chữ đệm và tên'];
// 'Họ tên, tuổi người chết': old death books asked the age beside the name ('Nguyễn Văn A, 78 tuổi'); the
// age part reads as an age typed in a birth-date cell (DATE_AGE_ONLY, birth date left empty), a year as the year.
const BIRTH_WORDS = ['ngày sinh', 'ngày, tháng, năm sinh', 'ngày tháng năm sinh', 'năm sinh', 'sinh ngày', 'sinh năm', 'NS', 'tuổi'];
const JOINERS = [', ', ' và '];

/** The attribute as personColumns takes it (common-columns.ts personAttributes). */
export const nameAndBirthDateAttribute = {
  header: 'Họ tên, ngày sinh',
  aliases: NAME_WORDS.flatMap((name) => JOINERS.flatMap((joiner) => BIRTH_WORDS.map((birth) => `${name}${joiner}${birth}`))),
  abbreviations: ['HT, NS', 'HT và NS'],
};

/** Name and birth keys whose person may have a combined column; keys are constants of the code, asked per row. */
const PERSON_FIELD = /^(\w+)\.(?:fullName|birthDate|birthYear)$/;
const combinedKeys = new Map<string, string | null>();
const MAX_KEYS = 64;

/**
 * The key of the combined column of the person whose name or birth date (year) `key` is
 * ('child.fullName', 'mother.birthYear' → 'child.nameAndBirthDate', 'mother.nameAndBirthDate'); null for any other key.
 */
export function nameAndBirthDateKey(key: string): string | null {
  let combined = combinedKeys.get(key);
  if (combined === undefined) {
    const person = PERSON_FIELD.exec(key)?.[1];
    combined = person === undefined ? null : `${person}.${NAME_AND_BIRTH_DATE}`;
    if (combinedKeys.size < MAX_KEYS) combinedKeys.set(key, combined);
  }
  return combined;
}

/** Whether a column key is a person's name and birth date in one column. */
export function isNameAndBirthDateKey(key: string): boolean {
  return key.endsWith(`.${NAME_AND_BIRTH_DATE}`);
}
