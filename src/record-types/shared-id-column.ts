/**
 * One ID column for two people: a marriage book's 'Số CMND/CCCD chồng, vợ', a birth book's 'Số CMND cha, mẹ' /
 * 'CCCD của cha mẹ'. Each person gets the number the cell clearly gives them: after their label ('Chồng: …; Vợ: …',
 * 'Cha: …, Mẹ: …'), or, two numbers without labels ('026090001234 - 026193005678', one a line), in the order the
 * header names them — unless both are 12-digit IDs of opposite sexes (DOMAIN.md §2.1): their sex digits then say whose
 * each is, typed either way round, under a header naming no order too ('Số CMND hai bên'). A lone number, or numbers whose owners the cell and the
 * header do not tell, go to no one: which person's it is would be a guess (ID_SHARED_COLUMN_OWNER_UNKNOWN keeps
 * the cell in raw for the officer).
 */
import type { FieldReader } from '../normalize/field-reader.js';
import { splitParentsInOneCell } from '../normalize/name/parents-in-one-cell.js';
import { spouseLabelledParts } from './spouse-labelled-parts.js';

export type SharedIdRoles = readonly ['husband', 'wife'] | readonly ['father', 'mother'];

/** What a shared ID cell gives each of its two people: the part of the cell that is their number, or null. */
export type SharedIdParts = Readonly<Record<string, string | null>>;

/** Two numbers of 8 to 12 digits (an ID or a CMND, leading zeros perhaps lost in a CSV) and a separator between them. */
const TWO_NUMBERS = /^\s*(\d{8,12})\s*(?:\r?\n|[;,/&+]|[-–—]|\s)\s*(\d{8,12})\s*$/u;
const FIRST_DIGIT = /\d/u;
const SEX_DIGIT_MALE = new Set(['0', '2', '4', '6', '8']);

/** Between two numbers typed in groups ('026 090 001 234 - 026 193 005 678'): a line break, ';', ',', '/', a spaced dash. */
const NUMBER_SEPARATOR = /\s*(?:\r?\n|[;,/&]|\s[-–—]\s)\s*/u;
/** A number typed in groups of digits: spaces or dots between them. */
const GROUPED_NUMBER = /^\d[\d .]*\d$/u;
const GROUPING = /[ .]/gu;

/** The two numbers of a cell holding two and nothing else (each of 8 to 12 digits), in the order typed; null otherwise. */
function twoNumbers(text: string): [string, string] | null {
  const plain = TWO_NUMBERS.exec(text);
  if (plain !== null) return [plain[1]!, plain[2]!];
  const parts = text.split(NUMBER_SEPARATOR);
  if (parts.length !== 2 || !parts.every((part) => GROUPED_NUMBER.test(part))) return null;
  const [first, second] = parts.map((part) => part.replace(GROUPING, '')) as [string, string];
  return /^\d{8,12}$/u.test(first) && /^\d{8,12}$/u.test(second) ? [first, second] : null;
}

/** The sex a 12-digit ID's fourth digit states; null for any other number. */
function idSex(id: string): 'male' | 'female' | null {
  return id.length === 12 ? (SEX_DIGIT_MALE.has(id[3]!) ? 'male' : 'female') : null;
}

const ROLE_SEX: Readonly<Record<string, 'male' | 'female'>> = { husband: 'male', wife: 'female', father: 'male', mother: 'female' };

/**
 * Each person's part of the shared cell under `key` (findings: ID_SHARED_COLUMN_SPLIT per person given a part,
 * ID_SHARED_COLUMN_OWNER_UNKNOWN when the cell holds a number that goes to no one); null when the sheet has no such
 * column or the cell is blank or holds no digit. `first` is the person the header names first, if it names an order.
 */
export function readSharedIdParts(reader: FieldReader, key: string, roles: SharedIdRoles, first: string | undefined, personVi: Readonly<Record<string, string>>): SharedIdParts | null {
  const cell = reader.sourceCell(key);
  if (cell === undefined) return null;
  const text = cell.text.normalize('NFC').trim();
  if (!FIRST_DIGIT.test(text)) return null;
  const [a, b] = roles;
  const labelled: Record<string, string | null> | null = a === 'husband' ? spouseLabelledParts(text) : parentsParts(text);
  // A label for both ('Chồng, vợ: …') says nothing of whose each number is: read as a cell without labels.
  const both = labelled !== null && labelled[a] === labelled[b] ? labelled[a] : null;
  let parts: Record<string, string | null> | null = both === null ? labelled : null;
  if (parts === null) {
    const two = twoNumbers(both ?? text);
    if (two !== null) {
      const [typedFirst, typedSecond] = two;
      // Both 12-digit IDs of opposite sexes say whose each is, whatever the header's order (or where it names none).
      const byIds = idSex(typedFirst) !== null && idSex(typedSecond) !== null && idSex(typedFirst) !== idSex(typedSecond);
      const sexFirst = byIds ? (ROLE_SEX[a] === idSex(typedFirst) ? a : b) : undefined;
      const lead = sexFirst ?? first;
      if (lead !== undefined) parts = { [lead]: typedFirst, [lead === a ? b : a]: typedSecond };
    }
  }
  const column = cell.column;
  if (parts === null || (parts[a] == null && parts[b] == null)) {
    reader.report({ code: 'ID_SHARED_COLUMN_OWNER_UNKNOWN', field: key, column, value: text, params: { people: `${personVi[a]}, ${personVi[b]}` } });
    return { [a]: null, [b]: null };
  }
  for (const role of roles) {
    const part = parts[role] ?? null;
    if (part !== null) reader.report({ code: 'ID_SHARED_COLUMN_SPLIT', field: `${role}.personalId`, column, value: text, normalized: part, params: { person: personVi[role]!, to: part } });
  }
  return { [a]: parts[a] ?? null, [b]: parts[b] ?? null };
}

/** A parents' cell with labels ('Cha: 026…, Mẹ: 026…', 'Mẹ: …; Bố: …'), its parts by role. */
function parentsParts(text: string): Record<string, string | null> | null {
  const parents = splitParentsInOneCell(text);
  return parents === null ? null : { father: parents.father, mother: parents.mother };
}

/** The person the label names first ('Số CMND/CCCD chồng, vợ': husband; 'CCCD của cha mẹ': father); undefined for neither or one. */
export function firstNamedOf(label: string, words: Readonly<Record<string, RegExp>>): string | undefined {
  const text = label.normalize('NFC').toLowerCase();
  let best: { role: string; at: number } | undefined;
  let found = 0;
  for (const [role, word] of Object.entries(words)) {
    const at = text.search(word);
    if (at < 0) continue;
    found++;
    if (best === undefined || at < best.at) best = { role, at };
  }
  return found === 2 ? best?.role : undefined;
}
