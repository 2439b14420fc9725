/**
 * A death entry typed without Vietnamese marks whose deceased or declarant cell starts with a title that is
 * also a family name ('Ong Bui Huu Cuong', 'Cu Duong Cong Quang': Ông and Cù are families too). With no Văn
 * or Thị after the next family name the name alone keeps the word as the family name (honorific.ts); the
 * entry can tell. A child or grandchild who declares a death ('Con', 'Con trai', 'Cháu nội'; not 'Con dâu',
 * 'Con rể', 'Cháu ngoại', of another family) carries the
 * deceased's family name (DOMAIN.md §4), so when the declarant's family name is the word after the title,
 * the deceased is of that family and the first word was the title; and the other way round for a declarant
 * typed with a title before the deceased's family name. Each title taken off is noted NAME_HONORIFIC_REMOVED.
 */
import type { FieldReader } from '../normalize/field-reader.js';
import { isOneWordTitle, opensFamilyNameUnmarked } from '../normalize/name/honorific.js';
import { foldedKey } from '../normalize/name/name-keys.js';
import type { PersonName } from '../normalize/name/normalize-name.js';
import { hasNonAscii } from '../normalize/text/ascii.js';

/** Relations of a declarant who carries the deceased's family name: a child or a grandchild (folded). */
const SAME_FAMILY_RELATION = /^(con|chau)(\s|$)/;
/** Kin by marriage or through a daughter, who carry another family name: con dâu, con rể, cháu ngoại. */
const OTHER_FAMILY_RELATION = /\b(dau|re|ngoai)\b/;

/** The words of a name typed without marks that starts with a one-word title before three words, or null. */
function titledWords(fullName: string | null): string[] | null {
  if (fullName === null || hasNonAscii(fullName)) return null;
  const words = fullName.split(' ');
  return words.length >= 4 && isOneWordTitle(words[0] ?? '') ? words : null;
}

/** The family names a name may have: its first word, and the word after a title. */
function familyKeys(fullName: string | null): string[] {
  if (fullName === null) return [];
  const words = fullName.split(' ');
  const keys = [foldedKey(words[0] ?? '')];
  if (words.length >= 3 && isOneWordTitle(words[0] ?? '')) keys.push(foldedKey(words[1] ?? ''));
  return keys;
}

/**
 * `words` without its title when `kin`'s family name is the word after it, else null. That word must be a family
 * name that is no middle name too: 'Chu Van Thanh Hai' declaring for 'Chu Van Minh' is a Chu, Văn no family.
 */
function untitled(words: string[] | null, kin: string | null): string[] | null {
  if (words === null || !opensFamilyNameUnmarked(words[1] ?? '')) return null;
  const family = foldedKey(words[1] ?? '');
  return familyKeys(kin).includes(family) ? words.slice(1) : null;
}

function report(reader: FieldReader, field: string, from: string, to: string, title: string): void {
  reader.report({ code: 'NAME_HONORIFIC_REMOVED', field, ...reader.cellReference(field), from, to, params: { honorific: title } });
}

/** The deceased's name and the declarant's name without such titles (see the module comment). */
export function withoutKinTitles(reader: FieldReader, deceased: PersonName | null, declarant: { fullName: string | null; relation: string | null }): { deceased: PersonName | null; declarantName: string | null } {
  const relation = declarant.relation === null ? '' : foldedKey(declarant.relation);
  if (!SAME_FAMILY_RELATION.test(relation) || OTHER_FAMILY_RELATION.test(relation)) return { deceased, declarantName: declarant.fullName };
  const deceasedWords = untitled(titledWords(deceased?.fullName ?? null), declarant.fullName);
  const declarantWords = untitled(titledWords(declarant.fullName), deceased?.fullName ?? null);
  let name = deceased;
  if (deceasedWords !== null && deceased !== null) {
    const fullName = deceasedWords.join(' ');
    report(reader, 'deceased.fullName', deceased.fullName, fullName, deceased.fullName.split(' ')[0] ?? '');
    name = { fullName, familyName: deceasedWords[0] ?? '', middleName: deceasedWords.slice(1, -1).join(' '), givenName: deceasedWords[deceasedWords.length - 1] ?? '' };
  }
  let declarantName = declarant.fullName;
  if (declarantWords !== null && declarantName !== null) {
    const fullName = declarantWords.join(' ');
    report(reader, 'declarant.fullName', declarantName, fullName, declarantName.split(' ')[0] ?? '');
    declarantName = fullName;
  }
  return { deceased: name, declarantName };
}

/** The age at death (at least, from the years) from which 'Cụ' is how a book titles the deceased. */
const ELDER_AGE = 60;

/**
 * 'Cu Ta Dinh Hung': a deceased's name typed without marks, of four words or more, after 'Cu' — Cụ, the title of
 * the elderly, or the rare family name Cù. The name alone keeps Cù (honorific.ts: the next family name may be the
 * mother's, carried as a middle name). The entry can tell: when the deceased was at least ELDER_AGE at death and
 * the word after 'Cu' can only be a family name (a known one that is no middle name: Tạ, Nguyễn, not Văn or Đức),
 * Cụ is the title: a Cù of that age with a family name for a middle name would be a name of a later generation's
 * fashion. Noted NAME_HONORIFIC_REMOVED; a younger deceased, an age not known, or a declarant whose own family
 * name is Cù ('Cu Minh Hai'), keeps Cù.
 */
export function withoutElderTitle(reader: FieldReader, deceased: PersonName | null, birthDate: string | null, deathDate: string | null, declarantName: string | null = null): PersonName | null {
  const words = titledWords(deceased?.fullName ?? null);
  if (deceased === null || words === null || foldedKey(words[0] ?? '') !== 'cu' || !opensFamilyNameUnmarked(words[1] ?? '')) return deceased;
  // 'Cu Tran Minh Tuan' declared by 'Cu Minh Hai': the declarant's family name is Cù, the deceased's too.
  if (declarantName !== null && foldedKey(declarantName.split(' ')[0] ?? '') === 'cu') return deceased;
  if (birthDate === null || deathDate === null || Number(deathDate.slice(0, 4)) - Number(birthDate.slice(0, 4)) - 1 < ELDER_AGE) return deceased;
  const rest = words.slice(1);
  const fullName = rest.join(' ');
  report(reader, 'deceased.fullName', deceased.fullName, fullName, words[0] ?? '');
  return { fullName, familyName: rest[0] ?? '', middleName: rest.slice(1, -1).join(' '), givenName: rest[rest.length - 1] ?? '' };
}
