import type { BoundFinding } from '../normalize/bound-finding.js';
import { valueAt } from './record-access.js';

type Sex = 'male' | 'female';
type Record_ = Readonly<Record<string, unknown>>;

/**
 * The sex a middle name hints at (DOMAIN.md §4: 'Văn' is traditionally a man's, 'Thị' a
 * woman's; a hint, never an inference): 'male' for words holding 'văn' and not 'thị',
 * 'female' for the reverse, null otherwise ('Nguyễn Thị Văn Anh' is a woman's name with
 * both). Only the marked spelling counts: 'Thi' and 'Van' are names of their own (Thi, Vân).
 */
export function middleNameSex(middleWords: readonly string[]): Sex | null {
  let male = false;
  let female = false;
  for (const word of middleWords) {
    const lower = word.toLowerCase();
    if (lower === 'văn') male = true;
    else if (lower === 'thị') female = true;
  }
  return male === female ? null : male ? 'male' : 'female';
}

/** The middle words of a full name: all but the first (family name) and the last (given name). */
function middleWordsOf(fullName: string): string[] {
  const words = fullName.split(' ');
  return words.length < 3 ? [] : words.slice(1, -1);
}

export const MIDDLE_WORD_VI: Record<Sex, string> = { male: 'Văn', female: 'Thị' };
const SEX_VI: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };
/** Who a middle word's sex is, in the officer's words. */
export const OTHER_VI: Record<Sex, string> = { male: 'nam giới', female: 'phụ nữ' };

/** A person of another nationality (a foreign parent, a foreigner who died here): Văn/Thị say nothing of them. */
function foreign(record: Record_, person: string): boolean {
  const nationality = valueAt(record, `${person}.nationality`);
  return typeof nationality === 'string' && nationality !== 'VN';
}

/**
 * SEX_MIDDLE_NAME_MISMATCH: a person whose recorded sex is not the one their middle name
 * hints at ('Nguyễn Thị Lan Anh', Nam). Either the sex cell or the name was typed wrong;
 * the record keeps both as typed. Nothing without a sex, or without 'Văn'/'Thị', nor for
 * a name that is a parent's ('Con bà Nguyễn Thị Lan', an infant without a name: NAME_PARENT_REFERENCE).
 */
export function sexAgreesWithMiddleName(person: 'child' | 'deceased') {
  const nameField = `${person}.fullName`;
  return (record: Record_, findings: readonly BoundFinding[] = []): BoundFinding[] => {
    const sex = valueAt(record, `${person}.sex`);
    if (sex !== 'male' && sex !== 'female') return [];
    const middle = valueAt(record, `${person}.middleName`);
    // Names are capitalised by the name normalizer: the other sex's word as written, before splitting.
    if (typeof middle !== 'string' || !middle.includes(MIDDLE_WORD_VI[sex === 'male' ? 'female' : 'male'])) return [];
    const hinted = middleNameSex(middle.split(' '));
    if (hinted === null || hinted === sex || foreign(record, person)) return [];
    if (findings.some((finding) => finding.code === 'NAME_PARENT_REFERENCE' && finding.field === nameField)) return [];
    const name = valueAt(record, nameField);
    return [
      {
        code: 'SEX_MIDDLE_NAME_MISMATCH',
        field: `${person}.sex`,
        ...(typeof name === 'string' ? { value: name } : {}),
        params: { sex: SEX_VI[sex], word: MIDDLE_WORD_VI[hinted], other: OTHER_VI[hinted] },
      },
    ];
  };
}

const PARENT_VI = { mother: 'mẹ', father: 'cha' } as const;
const PARENT_SEX = { mother: 'female', father: 'male' } as const;

/**
 * PARENT_NAME_SEX: a mother named '… Văn …' or a father named '… Thị …' — most often the
 * parents typed in each other's columns (the marriage rule's twin, spouse-names.ts).
 */
export function parentsInTheirColumns(record: Record_): BoundFinding[] {
  const findings: BoundFinding[] = [];
  for (const parent of ['mother', 'father'] as const) {
    const name = valueAt(record, `${parent}.fullName`);
    if (typeof name !== 'string' || !name.includes(MIDDLE_WORD_VI[parent === 'mother' ? 'male' : 'female'])) continue;
    const hinted = middleNameSex(middleWordsOf(name));
    if (hinted === null || hinted === PARENT_SEX[parent] || foreign(record, parent)) continue;
    findings.push({
      code: 'PARENT_NAME_SEX',
      field: `${parent}.fullName`,
      value: name,
      params: { parent: PARENT_VI[parent], word: MIDDLE_WORD_VI[hinted], other: OTHER_VI[hinted] },
    });
  }
  return findings;
}
