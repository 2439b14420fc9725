/**
 * A child's name typed given name first with another middle name than Thị/Văn ('Anh Phạm Minh' for
 * Phạm Minh Anh), which the name alone cannot tell from a real name (name-order.ts reads only Thị/Văn
 * back): the birth entry's parents can. A child carries a parent's family name (DOMAIN.md §4), so a name
 * whose first word is no family name and neither parent's, while its second word is the father's (or,
 * with no father, the mother's) family name, was typed given name first: read back as that family
 * name, the middle words, then the given name, with the note NAME_ORDER_REVERSED.
 */
import { COMPOUND_FAMILY_NAMES } from '../reference/name-lists.js';
import type { FieldReader } from '../normalize/field-reader.js';
import type { PersonName } from '../normalize/name/normalize-name.js';
import { foldedKey } from '../normalize/name/name-keys.js';
import { SURNAME_FOLDED_KEYS } from '../normalize/name/surname-keys.js';
import { hasNonAscii } from '../normalize/text/ascii.js';

/**
 * Titles of a child typed without marks that are family names too (Cháu/Châu, Bé/Bế): the name alone keeps
 * them as the family name (honorific.ts), the parents tell (childNameWithoutTitle).
 */
const CHILD_TITLES_LIKE_FAMILY_NAMES: ReadonlySet<string> = new Set(['chau', 'be']);
const COMPOUND_FAMILY_KEYS: ReadonlySet<string> = new Set(COMPOUND_FAMILY_NAMES.map((family) => foldedKey(family)));

/** The family name of a parent's full name (its first word), folded; null for none. */
function familyKey(fullName: string | null | undefined): string | null {
  if (!fullName) return null;
  const first = fullName.split(' ')[0] ?? '';
  return first === '' ? null : foldedKey(first);
}

/**
 * Whether a word as typed is a family name (SURNAME_FOLDED_KEYS), remembered by the word: a district's
 * children's names open with a few hundred spellings of family names, so the word is folded once, not per
 * row. Bounded like record-access.ts's paths, for a book of names in no known family.
 */
const familyNameWords = new Map<string, boolean>();
const MAX_FAMILY_NAME_WORDS = 4096;

function isFamilyName(word: string): boolean {
  let known = familyNameWords.get(word);
  if (known === undefined) {
    known = SURNAME_FOLDED_KEYS.has(foldedKey(word));
    if (familyNameWords.size < MAX_FAMILY_NAME_WORDS) familyNameWords.set(word, known);
  }
  return known;
}

/** The child's name in họ, chữ đệm, tên order when its words say it was typed given name first; else null. */
export function childNameInParentsOrder(name: PersonName | null, mother: string | null, father: string | null): PersonName | null {
  if (name === null) return null;
  // Three words or more (two spaces); the first word read in place: split only for the rare name that goes on.
  const { fullName } = name;
  const firstSpace = fullName.indexOf(' ');
  if (firstSpace < 0 || fullName.indexOf(' ', firstSpace + 1) < 0) return null;
  // Nearly every child's name opens with a family name: asked first.
  const firstWord = fullName.slice(0, firstSpace);
  if (isFamilyName(firstWord)) return null;
  const first = foldedKey(firstWord);
  const parentFamily = familyKey(father) ?? familyKey(mother);
  if (parentFamily === null || first === familyKey(mother) || first === familyKey(father)) return null;
  const words = fullName.split(' ');
  if (foldedKey(words[1] ?? '') !== parentFamily) return null;
  const familyName = words[1] ?? '';
  const middleName = words.slice(2).join(' ');
  const givenName = words[0] ?? '';
  return { fullName: `${familyName} ${middleName} ${givenName}`, familyName, middleName, givenName };
}

/** Reads the child's name back in order (childNameInParentsOrder), noting it on `field`. */
export function childNameInOrder(reader: FieldReader, field: string, name: PersonName | null, mother: string | null, father: string | null): PersonName | null {
  const reordered = childNameInParentsOrder(name, mother, father);
  if (reordered === null || name === null) return name;
  reader.report({
    code: 'NAME_ORDER_REVERSED',
    field,
    ...reader.cellReference(field),
    from: name.fullName,
    to: reordered.fullName,
    params: { name: reordered.fullName },
  });
  return reordered;
}

/**
 * The child's name without a title typed without marks that is also a family name ('Chau Nguyen Van Hung',
 * 'Be Tran Thi Lan': Cháu, Bé typed as Châu, Bế), or null. The name alone cannot tell (honorific.ts keeps
 * 'Chau Le Van Hung' of the Châu family); the parents can: when no parent is a Châu (Bế) and the word after
 * it is the father's family name (with no father, the mother's), followed by a middle and a given name, the
 * child is of that family and the first word was the title. A name typed with marks is left alone (its
 * marks tell Cháu from Châu).
 */
export function childNameWithoutTitle(name: PersonName | null, mother: string | null, father: string | null): { name: PersonName; title: string } | null {
  if (name === null || hasNonAscii(name.fullName)) return null;
  const words = name.fullName.split(' ');
  if (words.length < 4) return null;
  const title = foldedKey(words[0] ?? '');
  if (!CHILD_TITLES_LIKE_FAMILY_NAMES.has(title) || title === familyKey(mother) || title === familyKey(father)) return null;
  const parentFamily = familyKey(father) ?? familyKey(mother);
  if (parentFamily === null || foldedKey(words[1] ?? '') !== parentFamily) return null;
  const rest = words.slice(1);
  if (COMPOUND_FAMILY_KEYS.has(foldedKey(rest.slice(0, 2).join(' '))) || COMPOUND_FAMILY_KEYS.has(foldedKey(rest.slice(0, 3).join(' ')))) return null;
  const familyName = rest[0] ?? '';
  const givenName = rest[rest.length - 1] ?? '';
  return { name: { fullName: rest.join(' '), familyName, middleName: rest.slice(1, -1).join(' '), givenName }, title: words[0] ?? '' };
}

/** The child's name without such a title (childNameWithoutTitle), noting it on `field`. */
export function childNameUntitled(reader: FieldReader, field: string, name: PersonName | null, mother: string | null, father: string | null): PersonName | null {
  const untitled = childNameWithoutTitle(name, mother, father);
  if (untitled === null || name === null) return name;
  reader.report({
    code: 'NAME_HONORIFIC_REMOVED',
    field,
    ...reader.cellReference(field),
    from: name.fullName,
    to: untitled.name.fullName,
    params: { honorific: untitled.title },
  });
  return untitled.name;
}
