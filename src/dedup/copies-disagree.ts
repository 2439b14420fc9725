/**
 * What a merge would hide: a merged copy of the entry that gives another value of a
 * key field of the registered person — a birth date with day and month swapped
 * (12/07/1957 against 07/12/1957), another year, another personal ID of the same
 * kind, another sex, a name spelt otherwise beyond the placement of a tone mark, a
 * death date. The survivor's value is loaded; which of the two the paper register
 * holds is the officer's to check (DEDUP_COPIES_DISAGREE on the survivor).
 *
 * Quiet on what a copy merely gives less precisely or less well: a date agreeing at
 * the precision both give ('1957' beside 1957-07-12: a fill, survivor.ts), a value the
 * survivor lacks (a fill), a CMND beside a 12-digit ID (one person's old and new paper),
 * a name typed without marks or with some dropped ('Tuân' for Tuấn), abbreviated ('Ng.
 * Văn An') or with a word dropped ('Lê Linh'), a member's name carrying spelling warnings the survivor's lacks (the
 * copy's slip, 'Trag'). Only the registered person's fields: parents, declarants and
 * residences differ between copies for many harmless reasons.
 */
import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { valueAt } from '../validate/record-access.js';
import { earlierRow } from '../validate/register-numbers.js';
import { DATE_AGREES, dateLevel, nameLevel } from './compare.js';
import { isVietnameseSyllable } from '../normalize/text/vietnamese-syllable.js';
import type { DedupRecord, DedupValues } from './dedup-record.js';

/** A key field on which a merged member gives another value than the survivor. */
export interface Disagreement {
  /** The survivor's record path ('deceased.birthDate', 'child.fullName'), as typed (before roles are exchanged). */
  field: string;
  /** The member giving the other value. */
  fromId: string;
  /** The member's path of the value, when not `field` (a marriage member compared crossed). */
  sourceField?: string;
}

/** The registered persons of each record type and the event dates besides their birth dates. */
const KEY_FIELDS: Record<RecordTypeName, { persons: readonly string[]; dates: readonly string[] }> = {
  birth: { persons: ['child'], dates: [] },
  death: { persons: ['deceased'], dates: ['deathDate'] },
  marriage: { persons: ['husband', 'wife'], dates: [] },
};

/** Name levels that say the part is spelt otherwise (exact hides tone placement; unmarked is a copy without marks). */
const OTHER_SPELLING: ReadonlySet<string> = new Set(['folded', 'typo1', 'typo2', 'different']);

const words = (key: string | null | undefined): string[] => (key ? key.split(' ') : []);

/** One side's part abbreviates the other's ('ng.' for 'nguyễn'), or holds only words of it (a middle name with a word dropped). */
function shortened(left: string | null | undefined, right: string | null | undefined): boolean {
  const [shorter, longer] = words(left).length <= words(right).length ? [words(left), words(right)] : [words(right), words(left)];
  if (shorter.length === 1 && longer.length === 1 && shorter[0]!.endsWith('.')) return longer[0]!.startsWith(shorter[0]!.slice(0, -1));
  return shorter.length < longer.length && shorter.every((word) => longer.includes(word));
}

/**
 * The member's part is the survivor's with marks dropped ('tuân' for 'tuấn', 'anh' for
 * 'ánh', 'dung' for 'dũng'): a copy typed less precisely, as a name without marks is.
 * A mark the survivor lacks (Hùng beside Hưng) is another spelling.
 */
function marksDropped(survivor: string | null | undefined, member: string | null | undefined): boolean {
  if (!survivor || !member) return false;
  const full = survivor.normalize('NFD');
  const typed = member.normalize('NFD');
  let at = 0;
  for (const char of typed) {
    while (at < full.length && full[at] !== char && !(full[at] === 'đ' && char === 'd') && COMBINING_MARK.test(full[at]!)) at++;
    if (at >= full.length || (full[at] !== char && !(full[at] === 'đ' && char === 'd'))) return false;
    at++;
  }
  for (; at < full.length; at++) if (!COMBINING_MARK.test(full[at]!)) return false;
  return true;
}
const COMBINING_MARK = /\p{M}/u;

/** Every word of the part is a Vietnamese syllable ('hùng', 'thị'; not 'hh', 'hùg'). */
const allSyllables = (part: string | null | undefined): boolean => Boolean(part) && words(part).every(isVietnameseSyllable);

/**
 * The member's part is no Vietnamese word where the survivor's is ('Hh' for 'Hà', 'Hùg' for
 * 'Hùng'): the copy's slip is plain to see, the survivor's value loaded — nothing to check.
 */
function slipOfCopy(survivor: string | null | undefined, member: string | null | undefined): boolean {
  return allSyllables(survivor) && !allSyllables(member);
}

/** The person's name spelt otherwise on one of its parts; false when the parts agree, or one side is only shorter or without marks. */
function namesDisagree(survivor: DedupValues, member: DedupValues, person: string): boolean {
  const unmarked = `${person}.unmarked`;
  let differs = false;
  for (const part of ['given', 'family', 'middle']) {
    const field = `${person}.${part}`;
    const level = nameLevel(survivor, member, field, `${field}.folded`, unmarked);
    if (level === null || !OTHER_SPELLING.has(level)) continue;
    if (marksDropped(survivor[field], member[field]) || slipOfCopy(survivor[field], member[field])) continue;
    if (shortened(survivor[field], member[field]) || shortened(survivor[`${field}.folded`], member[`${field}.folded`])) continue;
    differs = true;
  }
  return differs;
}

/** Two IDs of one kind (12 digits, or 9-digit CMNDs) that are not one number. */
function idsDisagree(left: string | null | undefined, right: string | null | undefined): boolean {
  return Boolean(left && right && left !== right && left.length === right.length);
}

function datesDisagree(left: string | null | undefined, right: string | null | undefined): boolean {
  const level = dateLevel(left, right);
  return level !== null && !DATE_AGREES.has(level);
}

/**
 * The key fields on which `member` gives another value than `survivor`, in the survivor's
 * paths. `memberValues` are the member's values as compared with the survivor (a marriage
 * member compared crossed: with its roles exchanged), `sourceField` maps a path back to
 * the member's own.
 */
export function disagreementsOf(
  survivor: DedupRecord,
  member: DedupRecord,
  memberValues: DedupValues = member.values,
  sourceField: (path: string) => string = (path) => path,
): Disagreement[] {
  const fields = KEY_FIELDS[survivor.type];
  const found: string[] = [];
  const own = survivor.values;
  const slipOfCopy = (member.personNameWarnings ?? 0) > (survivor.personNameWarnings ?? 0);
  for (const person of fields.persons) {
    if (!slipOfCopy && namesDisagree(own, memberValues, person)) found.push(`${person}.fullName`);
    const sex = `${person}.sex`;
    if (own[sex] && memberValues[sex] && own[sex] !== memberValues[sex]) found.push(sex);
    if (datesDisagree(own[`${person}.birthDate`], memberValues[`${person}.birthDate`])) found.push(`${person}.birthDate`);
    if (idsDisagree(own[`${person}.personalId`], memberValues[`${person}.personalId`])) found.push(`${person}.personalId`);
  }
  for (const date of fields.dates) if (datesDisagree(own[date], memberValues[date])) found.push(date);
  return found.map((field) => {
    const source = sourceField(field);
    return source === field ? { field, fromId: member.id } : { field, fromId: member.id, sourceField: source };
  });
}

/** How an officer reads a value of a key field: a date as typed in the books, sex in words. */
function shownValue(field: string, value: unknown): string {
  const text = String(value ?? '');
  if (field.endsWith('Date')) return dateVi(text);
  if (field.endsWith('.sex')) return SEX_VI[text] ?? text;
  return text;
}
const SEX_VI: Readonly<Record<string, string>> = { male: 'nam', female: 'nữ' };

interface SourcedRecord {
  provenance?: Provenance;
}

/**
 * The DEDUP_COPIES_DISAGREE warning on the survivor's row (records as loaded, the survivor
 * after its roles were put back and filled): its value, the member's, and where the member
 * is; null when either value is no longer there.
 */
export function copiesDisagreeFinding(
  disagreement: Disagreement,
  survivor: Record<string, unknown> & SourcedRecord,
  member: Record<string, unknown> & SourcedRecord,
  labelOf: (path: string) => string,
): BoundFinding | null {
  const own = valueAt(survivor, disagreement.field);
  const other = valueAt(member, disagreement.sourceField ?? disagreement.field);
  if (own === null || own === undefined || own === '' || other === null || other === undefined || other === '') return null;
  const value = shownValue(disagreement.field, own);
  const source = member.provenance && survivor.provenance ? earlierRow(member.provenance, survivor.provenance) : disagreement.fromId;
  return {
    code: 'DEDUP_COPIES_DISAGREE',
    field: disagreement.field,
    value,
    params: { label: labelOf(disagreement.field), value, other: shownValue(disagreement.field, other), source },
  };
}
