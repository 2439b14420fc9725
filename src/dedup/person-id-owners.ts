/**
 * A personal ID or CMND names one person (DOMAIN.md §2.1, §2.2): the same number
 * under two different names in one batch — a mother's CMND typed again for
 * another mother, a husband's CCCD copied onto another husband, a father's CMND
 * typed in the newborn's column — is a number copied onto the wrong person.
 * Parents and spouses recur legitimately (a mother of twins or of several children,
 * a man who remarried), always under their own name, so only a number seen with
 * another family or given name is reported (PERSONAL_ID_OTHER_PERSON), on the
 * later record in source order, unless an earlier record gave it the same name (the
 * conflict was reported on the record that brought the other name). Names are
 * compared folded (a mark slipped, 'Lan' / 'Lân', or typed without marks, is one
 * person's name typed twice; so is i for y, 'Lý' / 'Lí'), by family and given name alone (a middle name left
 * out is the same person).
 * Two records of the registered person (two children, two deceased) are
 * PERSONAL_ID_REPEATED's, not checked here.
 */
import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { foldedKey } from '../normalize/name/name-keys.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { earlierRow } from '../validate/register-numbers.js';

/** One person's ID in a clean record, with the name parts that tell two people apart. */
export interface PersonId {
  /** Record path of the ID ('mother.personalId'). */
  field: string;
  id: string;
  /** Role in Vietnamese for the message ('mẹ'). */
  roleVi: string;
  family: string;
  given: string;
  /** The person the register is about (the child, the deceased): repeats among them are PERSONAL_ID_REPEATED. */
  registered: boolean;
  /** The row's ID checks already say the number is not this person's (a parent's sex, century or birth year digits disagree). */
  notTheirs?: true;
}

/**
 * The warnings saying a parent's number does not fit the parent: the child's number typed in the mother's column
 * fits the child. The row then already names the wrong cell, and PERSONAL_ID_OTHER_PERSON would name the right one.
 */
const NOT_THEIRS: ReadonlySet<string> = new Set(['ID_PARENT_SEX_CENTURY_MISMATCH', 'ID_PARENT_BIRTH_YEAR_MISMATCH']);

function warnedNotTheirs(record: Readonly<Record<string, unknown>>, field: string): boolean {
  const warnings = record['warnings'];
  return Array.isArray(warnings) && warnings.some((warning: { code?: unknown; field?: unknown }) => warning.field === field && NOT_THEIRS.has(String(warning.code)));
}

interface Role {
  key: string;
  roleVi: string;
  registered: boolean;
}

const ROLES: Readonly<Record<RecordTypeName, readonly Role[]>> = {
  // The child last: a parent's number typed again in the child's column is reported on the child's.
  birth: [
    { key: 'mother', roleVi: 'mẹ', registered: false },
    { key: 'father', roleVi: 'cha', registered: false },
    { key: 'child', roleVi: 'trẻ được khai sinh', registered: true },
  ],
  marriage: [
    { key: 'husband', roleVi: 'chồng', registered: false },
    { key: 'wife', roleVi: 'vợ', registered: false },
  ],
  // The deceased is the only person of a death entry with an ID: PERSONAL_ID_REPEATED covers it.
  death: [],
};

const PERSONAL_NUMBER = /^\d{9}$|^\d{12}$/;
/** Shared by the many records (old books) whose people carry no number: nothing kept per record. */
const NONE: readonly PersonId[] = Object.freeze([]);

/** The IDs of a clean record's people that have a name to compare, in role order. */
export function personIdsOf(type: RecordTypeName, record: Readonly<Record<string, unknown>>): readonly PersonId[] {
  let ids: PersonId[] | null = null;
  for (const role of ROLES[type]) {
    const person = record[role.key] as { personalId?: unknown; fullName?: unknown; nationality?: unknown } | null | undefined;
    const id = person?.personalId;
    const name = person?.fullName;
    if (typeof id !== 'string' || !PERSONAL_NUMBER.test(id) || typeof name !== 'string') continue;
    // A foreigner's name is not split the Vietnamese way ('Kim Min-jun' / 'KIM Min Jun'), and their number is their own country's.
    if (typeof person?.nationality === 'string' && person.nationality !== 'VN') continue;
    const words = foldedKey(name).split(' ').filter((word) => word !== '');
    if (words.length < 2) continue;
    const field = `${role.key}.personalId`;
    const personId: PersonId = { field, id, roleVi: role.roleVi, family: words[0]!, given: words[words.length - 1]!, registered: role.registered };
    if (warnedNotTheirs(record, field)) personId.notTheirs = true;
    (ids ??= []).push(personId);
  }
  return ids ?? NONE;
}

interface Owner {
  person: PersonId;
  provenance: Provenance;
}

export class PersonIdOwners {
  private readonly owners = new Map<string, Owner[]>();

  /** PERSONAL_ID_OTHER_PERSON for each ID of this kept record an earlier person (or another person of this record) holds under another name. */
  check(ids: readonly PersonId[], provenance: Provenance): BoundFinding[] {
    const findings: BoundFinding[] = [];
    const mine: Owner[] = [];
    for (const person of ids) {
      const known = [...(this.owners.get(person.id) ?? []), ...mine.filter((owner) => owner.person.id === person.id)];
      // Two registered people are PERSONAL_ID_REPEATED's; a name already seen with the number is its owner again.
      const others = known.filter((owner) => !(owner.person.registered && person.registered));
      const other = others.some((owner) => samePerson(owner.person, person)) ? undefined : others[0];
      // One number on two people of this row, the row's ID checks saying whose it is not: told once, on that cell.
      const toldOnRow = other !== undefined && other.provenance === provenance && (other.person.notTheirs === true || person.notTheirs === true);
      if (other !== undefined && !toldOnRow) {
        const where = other.provenance === provenance ? 'cùng dòng này' : earlierRow(other.provenance, provenance);
        findings.push({ code: 'PERSONAL_ID_OTHER_PERSON', field: person.field, value: person.id, params: { otherRole: other.person.roleVi, earlier: where } });
      }
      mine.push({ person, provenance });
    }
    for (const owner of mine) {
      // A number the row's own checks say is not this person's names no owner: the row that gives it to its owner is right.
      if (owner.person.notTheirs === true) continue;
      const list = this.owners.get(owner.person.id);
      if (list === undefined) this.owners.set(owner.person.id, [owner]);
      // One name per ID is enough to tell another from it; a second kept only when it differs.
      else if (!list.some((known) => samePerson(known.person, owner.person))) list.push(owner);
    }
    return findings;
  }
}

function samePerson(a: PersonId, b: PersonId): boolean {
  return sameWord(a.family, b.family) && sameWord(a.given, b.given);
}

/**
 * One word, spelt with i or y where y is the only vowel (Lý / Lí, Quý / Quí, Vy / Vi, Kỳ / Kì: both spellings are
 * written for one name), or abbreviated to its first letters with a full stop ('Ng.' for Nguyễn: 'ng.' and 'nguyen' folded).
 */
function sameWord(a: string, b: string): boolean {
  return a === b || iForY(a) === iForY(b) || abbreviates(a, b) || abbreviates(b, a);
}

/** A folded syllable whose only vowel is a final y, spelt with i ('ly' → 'li', 'quy' → 'qui'); any other unchanged. */
const Y_ONLY_VOWEL = /^(qu|[b-df-hj-np-tv-xz]*)y$/;
function iForY(word: string): string {
  return Y_ONLY_VOWEL.test(word) ? `${word.slice(0, -1)}i` : word;
}

function abbreviates(short: string, long: string): boolean {
  return short.length > 1 && short.endsWith('.') && long.startsWith(short.slice(0, -1));
}
