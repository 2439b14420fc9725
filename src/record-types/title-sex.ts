import { TITLE_SEX } from '../reference/name-lists.js';
import type { FieldReader } from '../normalize/field-reader.js';

const HONORIFIC_REMOVED = 'NAME_HONORIFIC_REMOVED';
/** Longest first, so that 'cụ bà' is read before 'cụ' and 'bà'. */
const TITLES = [...TITLE_SEX.keys()].sort((a, b) => b.length - a.length);
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
    const title = TITLES.find((words) => rest === words || rest.startsWith(`${words} `));
    if (title === undefined) {
      rest = rest.replace(ANY_WORD, '');
      continue;
    }
    const stated = TITLE_SEX.get(title)!;
    if (sex !== null && sex !== stated) return null;
    sex = stated;
    rest = rest.slice(title.length).trimStart();
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
