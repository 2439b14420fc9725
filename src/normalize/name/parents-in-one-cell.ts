import { accentKey } from './name-keys.js';
import { SURNAME_ACCENT_KEYS } from './surname-keys.js';

/**
 * A birth book's cell headed for both parents' names ('Họ tên cha mẹ'), each name after its label:
 * 'Cha: Nguyễn Văn A; Mẹ: Trần Thị B', 'Bố: Trần Văn Nam - Mẹ: Lê Thị Hương', 'Cha: Lê Văn Tùng\nMẹ: Phạm Thị Thu',
 * 'Mẹ: Phạm Thị Hoa' (no father). A cell with no label at its start ('Nguyễn Văn A, Trần Thị B') is not split
 * here: splitUnlabelledParents reads it by its names' middle words.
 */
export interface ParentsInOneCell {
  father: string | null;
  mother: string | null;
}

/**
 * A parent's label, at the cell's start or after a separator or a space, then a colon or a capitalised name
 * ('Cha:', 'Bố -', 'mẹ Trần …'). Case is spelt out (no /i): under /iu, \p{Lu} would take lower-case letters too,
 * and 'cha' before a lower-case word is no label.
 */
const LABEL = /(?:^|[\s;,.\-–]+)(Cha|CHA|cha|Bố|BỐ|bố|Mẹ|MẸ|mẹ)(?:\s*[:\-–]\s*|\s+(?=\p{Lu}))/gu;
const TRAILING = /[\s;,.\-–]+$/u;

/** The parents' names of a labelled cell; null when the cell does not open with a label or names a parent twice. */
export function splitParentsInOneCell(text: string): ParentsInOneCell | null {
  const trimmed = text.trim();
  const labels = [...trimmed.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  const parents: ParentsInOneCell = { father: null, mother: null };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const role = label[1]!.toLowerCase() === 'mẹ' ? 'mother' : 'father';
    if (parents[role] !== null) return null;
    const end = i + 1 < labels.length ? labels[i + 1]!.index : trimmed.length;
    const name = trimmed.slice(label.index + label[0].length, end).replace(TRAILING, '');
    parents[role] = name === '' ? null : name;
  }
  return parents;
}

/** Between the two names of an unlabelled cell: a line break, ';', ',', '/' or a spaced dash. */
const NAME_SEPARATOR = /\s*(?:\n|;|,|\/|\s[-–]\s)\s*/u;
/** A whole name: two to five words of letters, the first capitalised. */
const WHOLE_NAME = /^\p{Lu}\p{L}*(?:\s+\p{L}+){1,4}$/u;

/** A whole name opening with a listed family name, marks and all ('Nguyễn', not 'Bộ' of 'Bộ đội'). */
function personsName(part: string): boolean {
  return WHOLE_NAME.test(part) && SURNAME_ACCENT_KEYS.has(accentKey(part.slice(0, part.search(/\s/u))));
}

/** The sex a name's middle words hint at: Thị a woman's, Văn a man's (DOMAIN.md §4); null for neither or both. */
function middleWordSex(name: string): 'male' | 'female' | null {
  const words = name.toLowerCase().split(/\s+/u);
  let thi = false;
  let van = false;
  for (let i = 1; i < words.length; i++) {
    if (words[i] === 'thị') thi = true;
    else if (words[i] === 'văn') van = true;
  }
  return thi === van ? null : thi ? 'female' : 'male';
}

/** What the column's header says of a cell of both parents' names without labels, and what the row says of whose is whose. */
export interface ParentsColumnContext {
  /** The parent the header names first ('Họ tên cha, mẹ': father); undefined when the header names one parent only. */
  headerFirst?: 'father' | 'mother';
  /** The registered child's family name: a child bears the father's. */
  childFamilyName?: string;
}

/**
 * The parents' names of the father's cell holding two without labels (an old book's 'Họ tên cha, mẹ':
 * 'Nguyễn Văn Tài\nTrần Thị Lan', 'Lê Văn Sơn - Phạm Thị Nga', 'Trần Thị Mận, Đỗ Văn Quý'): exactly two whole
 * names, each opening with a family name, whose middle words tell them apart — Thị in one, or Văn in one: the
 * woman's (or the one beside the man's) is the mother's, in whichever order the clerk typed them. Under a header
 * naming both parents (`context.headerFirst`), two names that neither word tells apart ('Kiều Thanh Việt, Lê Minh
 * Hằng', three words each) are the father's where the child bears one's family name and not the other's, else in the header's
 * order; and one name with Thị alone is the mother's (a child with no father named: the birth registers the
 * mother always, DOMAIN.md §3.2). Null for anything else: a figure, two names with the same hint, a lone name
 * or two names without a hint under a header naming one parent (which is whose would be a guess, left to the officer).
 */
export function splitUnlabelledParents(text: string, context: ParentsColumnContext = {}): (ParentsInOneCell & { fatherFirst: boolean }) | null {
  const parts = text.trim().split(NAME_SEPARATOR);
  const { headerFirst } = context;
  if (parts.length === 1 && headerFirst !== undefined && personsName(parts[0]!) && middleWordSex(parts[0]!) === 'female') {
    return { father: null, mother: parts[0]!, fatherFirst: false };
  }
  if (parts.length !== 2 || !personsName(parts[0]!) || !personsName(parts[1]!)) return null;
  const first = middleWordSex(parts[0]!);
  const second = middleWordSex(parts[1]!);
  let fatherFirst: boolean;
  if (first !== second) fatherFirst = first === 'male' || second === 'female';
  else if (first === null && headerFirst !== undefined && parts.every(hasMiddleName)) fatherFirst = childBearsFamilyName(parts, context.childFamilyName) ?? headerFirst === 'father';
  else return null;
  return fatherFirst ? { father: parts[0]!, mother: parts[1]!, fatherFirst } : { father: parts[1]!, mother: parts[0]!, fatherFirst };
}

/** Three words or more: a whole name with a middle name, never a two-word place typed after a name ('Hà Nội', 'Vĩnh Yên'). */
function hasMiddleName(name: string): boolean {
  return name.trim().split(/\s+/u).length >= 3;
}

/** Whether the child's family name is the first name's (true) or the second's (false) alone; null when it tells nothing. */
function childBearsFamilyName(parts: string[], childFamilyName: string | undefined): boolean | null {
  if (childFamilyName === undefined) return null;
  const child = accentKey(childFamilyName);
  const [first, second] = parts.map((part) => accentKey(part.slice(0, part.search(/\s/u))) === child);
  return first === second ? null : first!;
}

/**
 * Whether the father is named first in a cell of both parents' names, labelled or (`unlabelled`) not; null when
 * it is no such cell.
 */
export function fatherNamedFirst(text: string, unlabelled = true, context: ParentsColumnContext = {}): boolean | null {
  const labelled = splitParentsInOneCell(text);
  if (labelled !== null) {
    if (labelled.father === null || labelled.mother === null) return null;
    return text.indexOf(labelled.father) < text.indexOf(labelled.mother);
  }
  if (!unlabelled) return null;
  const parents = splitUnlabelledParents(text, context);
  return parents === null || parents.father === null ? null : parents.fatherFirst;
}
