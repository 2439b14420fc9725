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

/** Record paths as constants: a path built per row is a new string to hash on every lookup. */
const NATIONALITY = { child: 'child.nationality', deceased: 'deceased.nationality', mother: 'mother.nationality', father: 'father.nationality' } as const;

/** A person of another nationality (a foreign parent, a foreigner who died here): Văn/Thị say nothing of them. */
function foreign(record: Record_, person: 'child' | 'deceased' | 'mother' | 'father'): boolean {
  const nationality = valueAt(record, NATIONALITY[person]);
  return typeof nationality === 'string' && nationality !== 'VN';
}

/** Declarant relations that make the declarant the registered person's parent (a child's death declared by its mother). */
const PARENT_RELATIONS = new Set(['mẹ', 'mẹ đẻ', 'mẹ nuôi', 'cha', 'cha đẻ', 'cha nuôi', 'bố', 'bố đẻ', 'bố nuôi']);

/** The first word of a name, lower case: a parent's family name. */
function familyWordOf(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const space = name.indexOf(' ');
  return (space < 0 ? name : name.slice(0, space)).toLowerCase();
}

/**
 * Whether `word` (lower case) is the family name of the person's mother or father, as far as
 * the record names them: a child's parents' columns; a deceased's declarant who is a parent.
 */
function isParentFamilyName(record: Record_, person: 'child' | 'deceased', word: string): boolean {
  if (person === 'child') return familyWordOf(valueAt(record, 'mother.fullName')) === word || familyWordOf(valueAt(record, 'father.fullName')) === word;
  const relation = valueAt(record, 'declarant.relation');
  return typeof relation === 'string' && PARENT_RELATIONS.has(relation.toLowerCase()) && familyWordOf(valueAt(record, 'declarant.fullName')) === word;
}

/**
 * The sex the middle words hint at once a first middle word that is a parent's family name is
 * set aside: a child carrying both parents' surnames (DOMAIN.md §4, 'Nguyễn Lê …') carries the
 * second one where a middle name stands, and Văn is a family name too ('Trần Văn Khánh Linh',
 * mother 'Văn Thị Hạnh'). The split keeps that word in the middle name (QCVN 109 `Ho` holds the first word).
 * Only when a middle word remains after it ('Khánh'): with none ('Phạm Văn Hùng', mother 'Văn Thị
 * Lan'), the word stands where the middle name does and is one — 99 % of names have a middle name
 * (DOMAIN.md §4), and a second surname in its place would leave the name without one.
 */
function hintWithoutParentSurname(record: Record_, person: 'child' | 'deceased', middleWords: readonly string[], hinted: Sex): Sex | null {
  if (middleWords.length < 2) return hinted;
  const first = middleWords[0]!.toLowerCase();
  if (first !== MIDDLE_WORD_VI[hinted].toLowerCase() || !isParentFamilyName(record, person, first)) return hinted;
  return middleNameSex(middleWords.slice(1));
}

/**
 * SEX_MIDDLE_NAME_MISMATCH: a person whose recorded sex is not the one their middle name
 * hints at ('Nguyễn Thị Lan Anh', Nam). Either the sex cell or the name was typed wrong;
 * the record keeps both as typed. Nothing without a sex, or without 'Văn'/'Thị', nor for
 * a name that is a parent's ('Con bà Nguyễn Thị Lan', an infant without a name: NAME_PARENT_REFERENCE),
 * nor when the word is a parent's family name carried as a second surname (hintWithoutParentSurname).
 */
export function sexAgreesWithMiddleName(person: 'child' | 'deceased') {
  const nameField = `${person}.fullName`;
  const sexField = `${person}.sex`;
  const middleField = `${person}.middleName`;
  return (record: Record_, findings: readonly BoundFinding[] = []): BoundFinding[] => {
    const sex = valueAt(record, sexField);
    if (sex !== 'male' && sex !== 'female') return [];
    const middle = valueAt(record, middleField);
    // Names are capitalised by the name normalizer: the other sex's word as written, before splitting.
    if (typeof middle !== 'string' || !middle.includes(MIDDLE_WORD_VI[sex === 'male' ? 'female' : 'male'])) return [];
    const middleWords = middle.split(' ');
    const typedHint = middleNameSex(middleWords);
    if (typedHint === null || typedHint === sex || foreign(record, person)) return [];
    if (findings.some((finding) => finding.code === 'NAME_PARENT_REFERENCE' && finding.field === nameField)) return [];
    const hinted = hintWithoutParentSurname(record, person, middleWords, typedHint);
    if (hinted === null || hinted === sex) return [];
    const name = valueAt(record, nameField);
    // Reported on the sex cell with its value (the report's column and value name one cell): a 'Thị' man or a
    // 'Văn' woman is far more often a sex cell mistyped or filled down than a name; the message quotes the name.
    return [
      {
        code: 'SEX_MIDDLE_NAME_MISMATCH',
        field: `${person}.sex`,
        value: SEX_VI[sex],
        params: { sex: SEX_VI[sex], name: typeof name === 'string' ? name : '', word: MIDDLE_WORD_VI[hinted], other: OTHER_VI[hinted] },
      },
    ];
  };
}

const PARENT_VI = { mother: 'mẹ', father: 'cha' } as const;
const PARENT_SEX = { mother: 'female', father: 'male' } as const;
const FULL_NAME = { mother: 'mother.fullName', father: 'father.fullName' } as const;

/**
 * PARENT_NAME_SEX: a mother named '… Văn …' or a father named '… Thị …' — most often the
 * parents typed in each other's columns (the marriage rule's twin, spouse-names.ts).
 */
export function parentsInTheirColumns(record: Record_): BoundFinding[] {
  const findings: BoundFinding[] = [];
  for (const parent of ['mother', 'father'] as const) {
    const name = valueAt(record, FULL_NAME[parent]);
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
