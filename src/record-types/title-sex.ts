import { BIRTH_ORDER_WORDS, HONORIFIC_PREFIXES, KINSHIP_TITLES, TITLE_SEX } from '../reference/name-lists.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { foldedKey } from '../normalize/name/name-keys.js';

const HONORIFIC_REMOVED = 'NAME_HONORIFIC_REMOVED';

/**
 * The sex of each title, also as typed without marks ('cu ong', 'ba', 'chi') where every title that
 * folds so states the same one: 'co' may be Cô (female) or Cố (the late), so it states none.
 */
const SEX_BY_TITLE = new Map(TITLE_SEX);
const foldedSexes = new Map<string, Set<'male' | 'female' | undefined>>();
for (const { words } of HONORIFIC_PREFIXES) {
  const folded = foldedKey(words);
  if (folded !== words) foldedSexes.set(folded, (foldedSexes.get(folded) ?? new Set()).add(TITLE_SEX.get(words)));
}
for (const [folded, sexes] of foldedSexes) {
  const [sex] = sexes;
  if (sexes.size === 1 && sex !== undefined && !SEX_BY_TITLE.has(folded)) SEX_BY_TITLE.set(folded, sex);
}
/** Longest first, so that 'cụ bà' is read before 'cụ' and 'bà'. */
const TITLES = [...SEX_BY_TITLE.keys()].sort((a, b) => b.length - a.length);
/** Titles of no sex, passed over whole: the 'chi' of 'dong chi' (Đồng chí unmarked) is no Chị. */
const SEXLESS_TITLES = [...new Set(HONORIFIC_PREFIXES.flatMap(({ words }) => [words, foldedKey(words)]))]
  .filter((words) => !SEX_BY_TITLE.has(words))
  .sort((a, b) => b.length - a.length);
const startsWithTitle = (text: string) => (words: string) => text === words || text.startsWith(`${words} `);
const KINSHIP = new Set(KINSHIP_TITLES.flatMap((title) => [title, foldedKey(title)]));
/** A birth-order word after a kinship title ('Anh Ba', 'Chị Hai'): the title's, not Bà. */
const BIRTH_ORDER = new Set(BIRTH_ORDER_WORDS.flatMap((word) => [word, foldedKey(word)]));
/** Titles that say nothing of the sex ('Cụ', 'Liệt sĩ', 'Cháu'): skipped over. */
const ANY_WORD = /^\S+\s*/u;

/**
 * The sex the titles removed from a name state ('Cụ bà' → female, 'Liệt sĩ Ông' → male), or null
 * when none states one or two disagree. `removed` is NAME_HONORIFIC_REMOVED's `honorific`: the
 * titles as typed, joined by spaces.
 */
export function sexOfTitles(removed: string): 'male' | 'female' | null {
  let rest = removed.toLowerCase().replace(/[:.,\-–—]+/g, ' ').trim();
  let sex: 'male' | 'female' | null = null;
  while (rest !== '') {
    const title = TITLES.find(startsWithTitle(rest));
    const sexless = SEXLESS_TITLES.find(startsWithTitle(rest));
    if (title === undefined || (sexless !== undefined && sexless.length > title.length)) {
      rest = sexless === undefined ? rest.replace(ANY_WORD, '') : rest.slice(sexless.length).trimStart();
      continue;
    }
    const stated = SEX_BY_TITLE.get(title)!;
    if (sex !== null && sex !== stated) return null;
    sex = stated;
    rest = rest.slice(title.length).trimStart();
    const order = rest.split(' ', 1)[0] ?? '';
    if (KINSHIP.has(title) && BIRTH_ORDER.has(order)) rest = rest.slice(order.length).trimStart();
  }
  return sex;
}

/**
 * A person's sex that no column states (no sex column, or its cell empty), from the title the name
 * cell gave them ('Cụ bà Lê Thị Mơ', 'Ông Trần Văn Hợi'): in an old death book without a sex column
 * the title is the book's only statement of it. Noted (SEX_FROM_TITLE) on `sexField`; null when the
 * name had no such title, or when the sex cell held something unreadable. Never asked when a column
 * gave the sex: the column's value stands.
 */
export function sexFromTitle(reader: FieldReader, nameField: string, sexField: string): 'male' | 'female' | null {
  // A sex cell that said something unreadable ('?', both ticks) is a value too: not overridden.
  if (reader.findings.some((finding) => finding.field === sexField)) return null;
  const removal = reader.findings.find((finding) => finding.field === nameField && finding.code === HONORIFIC_REMOVED);
  const honorific = removal?.params?.honorific;
  if (typeof honorific !== 'string') return null;
  const sex = sexOfTitles(honorific);
  if (sex === null) return null;
  reader.report({ code: 'SEX_FROM_TITLE', field: sexField, column: removal!.column, value: removal!.value, normalized: sex, params: { honorific, sex: sex === 'male' ? 'Nam' : 'Nữ' } });
  return sex;
}

const MIDDLE_WORD = { male: 'Văn', female: 'Thị' } as const;
const SEX_VI = { male: 'Nam', female: 'Nữ' } as const;
const TITLE_SEX_VI = { male: 'nam giới', female: 'phụ nữ' } as const;

/**
 * SEX_TITLE_MISMATCH: a death book's sex cell says one sex and the title removed from the deceased's
 * name the other ('Bà Lê Minh Hòa', Nam): one of them was typed wrong, both are kept. Not when the
 * middle name hints the title's sex ('Bà Nguyễn Thị Hoa', Nam): SEX_MIDDLE_NAME_MISMATCH tells it.
 * Only where the sex was read from the cell (`typedSex`) and a title states one (sexOfTitles).
 */
export function reportSexAgainstTitle(reader: FieldReader, nameField: string, sexField: string, typedSex: 'male' | 'female' | null, fullName: string | null): void {
  if (typedSex === null) return;
  const removal = reader.findings.find((finding) => finding.field === nameField && finding.code === HONORIFIC_REMOVED);
  const honorific = removal?.params?.honorific;
  if (typeof honorific !== 'string') return;
  const stated = sexOfTitles(honorific);
  if (stated === null || stated === typedSex) return;
  if (fullName !== null && fullName.split(' ').slice(1, -1).includes(MIDDLE_WORD[stated])) return;
  reader.report({
    code: 'SEX_TITLE_MISMATCH',
    field: sexField,
    ...reader.cellReference(sexField),
    params: { sex: SEX_VI[typedSex], honorific, name: fullName ?? '', other: TITLE_SEX_VI[stated] },
  });
}
