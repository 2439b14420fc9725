import type { AliasHit, AliasIndex } from './alias-index.js';
import { combinedForms, type Candidate, type CandidateColumn } from './header-candidates.js';
import type { SheetLookups } from './header-lookups.js';
import { foldHeader } from './header-text.js';
import { personAttributes } from '../record-types/common-columns.js';
import { isNameAndBirthDateKey } from '../record-types/name-and-birth-date.js';

/** Column keys of one header candidate for one record type. */
export interface Assignment {
  /** Column index → canonical key. */
  keys: Map<number, string>;
  taken: Set<string>;
  /** Column index → the confidence its key was given with. */
  confidences: Map<number, number>;
  score: number;
}

/**
 * Gives each column of the candidate the key its label names, left to right,
 * each key to one column. When two columns name one key, the better claim
 * keeps it whatever the order: an exact label over one inside a longer label
 * ('Ngày đăng ký' over 'Ngày đăng ký lại'), the header or an alias over a
 * secondary alias ('Ngày đăng ký' over 'Ngày cấp GKS'), any over a fallback label
 * ('Ngày cấp'), and on a tie a visible column over a hidden one (a clerk hides
 * the column a retyped one replaces); else the first. The loser then takes
 * what else its label names, or nothing (its values stay in `raw`).
 */
export function assignKeys(candidate: Candidate, indexNumber: number, lookups: SheetLookups, isHidden: (column: number) => boolean): Assignment {
  const refused = new Set<string>();
  for (;;) {
    const assignment = assignOnce(candidate, indexNumber, lookups, isHidden, refused);
    if (assignment.displaced === undefined) return otherParentsResidence(sttAsNumber(assignment), candidate);
    refused.add(assignment.displaced);
  }
}

/**
 * 'STT' / 'Số TT' is the registration number when no column is (DOMAIN.md §3.3): 1990s books number
 * their entries there, restarting each year, and print no 'Số' column. Beside a 'Số' or a 'Số, quyển'
 * column it is the page's row counter and stays one.
 */
function sttAsNumber(assignment: Attempt): Assignment {
  const { keys, taken } = assignment;
  if (!taken.has('stt') || taken.has('registration.number') || taken.has('registration.numberAndBook')) return assignment;
  for (const [column, key] of keys) {
    if (key !== 'stt') continue;
    keys.set(column, 'registration.number');
    taken.delete('stt');
    taken.add('registration.number');
    break;
  }
  return assignment;
}

const SHARED_RESIDENCE = 'parents.residence';
const OWN_RESIDENCE = { mother: 'mother.residence', father: 'father.residence' } as const;

/**
 * A birth book's residence column naming no one ('Nơi cư trú') is both parents' (birth.ts), unless the
 * header also has one parent's own: then it is the other parent's. The 2020 one-row layout heads each
 * parent's block 'Họ, chữ đệm, tên người mẹ' | … | 'Nơi cư trú' | 'Họ, chữ đệm, tên người cha' | … |
 * 'Nơi cư trú': the second is the father's (attributeOfPerson), so the first is the mother's. A column
 * headed for both ('Nơi cư trú của cha, mẹ') or grouped under them stays both parents'.
 */
function otherParentsResidence(assignment: Assignment, candidate: Candidate): Assignment {
  const { keys, taken } = assignment;
  if (!taken.has(SHARED_RESIDENCE)) return assignment;
  const motherHasOwn = taken.has(OWN_RESIDENCE.mother);
  if (motherHasOwn === taken.has(OWN_RESIDENCE.father)) return assignment;
  const other = motherHasOwn ? OWN_RESIDENCE.father : OWN_RESIDENCE.mother;
  const shared = candidate.columns.find((column) => keys.get(column.column) === SHARED_RESIDENCE);
  if (shared === undefined || shared.group !== undefined || !isUnqualifiedResidence(shared.fold ?? '')) return assignment;
  keys.set(shared.column, other);
  taken.delete(SHARED_RESIDENCE);
  taken.add(other);
  return assignment;
}

interface Attempt extends Assignment {
  /** A column's claim on a key that a better claim of a later column wants: refuse it and assign again. */
  displaced?: string;
}

function refusal(column: number, key: string): string {
  return `${column}\u0000${key}`;
}

/** Claims by strength: a fallback label, a label inside a longer one, an exact secondary alias, an exact label; visible above hidden. */
function rank(hit: AliasHit, hidden: boolean): number {
  const strength = hit.fallback ? 0 : hit.confidence < 1 ? 1 : hit.secondary ? 2 : 3;
  return strength * 2 + (hidden ? 0 : 1);
}

function assignOnce(
  candidate: Candidate, indexNumber: number, lookups: SheetLookups, isHidden: (column: number) => boolean, refused: ReadonlySet<string>,
): Attempt {
  const index = lookups.indexes[indexNumber]!;
  const keys = new Map<number, string>();
  const taken = new Set<string>();
  const holders = new Map<string, { column: number; rank: number }>();
  const confidences = new Map<number, number>();
  let score = 0;
  // The person named by the last name column, for unqualified attributes after it ('Họ tên mẹ' | 'Năm sinh' | 'Dân tộc').
  let person: NamedPerson | null = null;
  // Whether the columns keyed since the last name column are all the declarant's ('Người đi khai sinh' | 'Số CMND').
  let afterDeclarant = false;
  // The role of the last name column keyed ('father' after 'Họ tên cha'), grouped or not.
  let namedRole: string | null = null;
  // The last column keyed, when it is one of both people's ('Dân tộc (chồng/vợ)' after the wife's columns): its role and words.
  let shared: NamedPerson | null = null;
  // Where the header's personal ID number columns stand, found when one follows a name column that is not the child's.
  let layout: PersonalNumberLayout | undefined;
  for (const column of candidate.columns) {
    if (column.unplaced) continue;
    const allowed = (key: string): boolean => !refused.has(refusal(column.column, key));
    let wanted: AliasHit | undefined;
    let best: AliasHit | undefined;
    if (column.group) {
      ({ wanted, best } = groupedHits(column, indexNumber, index, lookups, taken, allowed));
    } else {
      const hit = lookups.plainHit(indexNumber, column.label, column.fold ?? '') ?? undefined;
      wanted = hit && allowed(hit.key) && !(hit.fallback && isAfterId(column, keys)) ? hit : undefined;
      best = wanted && !taken.has(wanted.key) ? wanted : undefined;
      // A label that, read with the person named to its left, is exactly one of that person's columns says more
      // than an alias found inside it ('Số CMND, ngày cấp' after 'Họ và tên chồng' is his ID, not a date).
      if (person !== null && (!best || best.confidence < 1 || givenByNameAndBirthDate(best.key, person, taken))) {
        // Right after a column of both people, an attribute they share is theirs too ('Dân tộc (chồng/vợ)' | 'Quốc tịch').
        best = (shared === null ? undefined : attributeOfPerson(column, shared, index, lookups, taken, (key) => allowed(key) && isBareSharedKey(key))) ?? attributeOfPerson(column, person, index, lookups, taken, allowed) ?? best;
      }
      if (best === undefined && person !== null && column.fold === BIRTH_ABBREVIATION) best = parentsBirthAfterName(person, index, taken, allowed);
      // The declarant has no ID or age key: their ID or age column stays in `raw` rather than pass for the registered person's.
      if (afterDeclarant && best !== undefined && isDeclarantOwnLabel(column.fold ?? '', best.key)) wanted = best = undefined;
      else if (best !== undefined && namedRole !== null && !best.key.startsWith(`${namedRole}.`) && isCardId(column.fold ?? '')) {
        wanted = best = idOfNamedPerson(column, person, namedRole, index, lookups, taken, allowed);
      } else if (namedRole !== null && !best?.key.startsWith(`${namedRole}.`) && isPersonalNumber(column.fold ?? '')) {
        layout ??= personalNumberLayout(candidate, indexNumber, index, lookups);
        const own = personalNumberOfNamedPerson(column, namedRole, layout, index, lookups, taken, allowed);
        if (own !== undefined) wanted = best = own;
      }
    }
    const hidden = isHidden(column.column);
    // Only a column left with nothing displaces: one that reads as the person's to its left keeps that reading.
    if (!best && wanted && taken.has(wanted.key)) {
      const holder = holders.get(wanted.key)!;
      if (rank(wanted, hidden) > holder.rank) return { keys, taken, confidences, score, displaced: refusal(holder.column, wanted.key) };
    }
    if (!best || taken.has(best.key)) continue;
    keys.set(column.column, best.key);
    taken.add(best.key);
    holders.set(best.key, { column: column.column, rank: rank(best, hidden) });
    score += best.confidence;
    confidences.set(column.column, best.confidence);
    if (isNameKey(best.key)) {
      person = column.group ? null : namedPerson(best.key, column.fold ?? '');
      namedRole = best.key.slice(0, best.key.indexOf('.'));
    }
    shared = sharedPerson(column, best.key, person);
    afterDeclarant = !column.group && best.key.startsWith('declarant.') && (best.key === 'declarant.fullName' || afterDeclarant);
  }
  return { keys, taken, confidences, score };
}

/** 'N.sinh', 'N. sinh' folded: ngày, năm or nơi sinh, which the books all shorten so. */
const BIRTH_ABBREVIATION = 'n sinh';

/**
 * 'N.sinh' after a parent's name ('Họ tên mẹ' | 'N.sinh'): the parent's birth date or year, whichever it shortens
 * (no register records a parent's birth place). After anyone else's name, or alone, it stays unread: a child's
 * 'N.sinh' may be the place of birth. Scored as a label found inside a longer one: a parent's own 'Năm sinh' column
 * elsewhere in the header keeps the key.
 */
function parentsBirthAfterName(person: NamedPerson, index: AliasIndex, taken: ReadonlySet<string>, allowed: (key: string) => boolean): AliasHit | undefined {
  if (person.role !== 'mother' && person.role !== 'father') return undefined;
  const key = `${person.role}.birthYear`;
  return index.hasKey(key) && !taken.has(key) && allowed(key) ? { key, confidence: 0.5 } : undefined;
}

/** Folded ID labels that name no person ('Số CMND', 'Giấy tờ tùy thân'). */
const UNQUALIFIED_ID_LABELS = new Set([personAttributes.personalId.header, ...personAttributes.personalId.aliases].map((label) => foldHeader(label)));

/**
 * An ID label naming no person, right of the declarant's name column (only the
 * declarant's columns between: 'Người đi khai sinh' | 'Quan hệ' | 'Số CMND'), is
 * the declarant's ID paper: the one-row books of 2006–2020 ('Họ, chữ đệm, tên
 * người đi khai tử' | 'Giấy tờ tùy thân' | 'Quan hệ với người chết') have no ID
 * column of the deceased or the child (none was given to a child before 2016).
 */
function isUnqualifiedId(fold: string): boolean {
  return UNQUALIFIED_ID_LABELS.has(fold);
}

/** The folded age label naming no person ('Tuổi'). */
const UNQUALIFIED_AGE_LABEL = foldHeader(personAttributes.age.header);

/** Folded residence labels naming no person ('Nơi cư trú', 'Chỗ ở', 'Địa chỉ'). */
const UNQUALIFIED_RESIDENCE_LABELS = new Set([personAttributes.residence.header, ...personAttributes.residence.aliases].map((label) => foldHeader(label)));

function isUnqualifiedResidence(fold: string): boolean {
  return UNQUALIFIED_RESIDENCE_LABELS.has(fold);
}

/**
 * A label naming no person that, right of the declarant's name column (only the declarant's columns
 * between), is the declarant's own: an ID paper (isUnqualifiedId), or the age old books ask of
 * whoever declares ('Người đứng khai' | 'Tuổi' | 'Chỗ ở'), never the deceased's or a parent's; in a
 * birth book, where a residence naming no one is the parents' (birth.ts), also that residence.
 */
function isDeclarantOwnLabel(fold: string, key: string): boolean {
  return fold === UNQUALIFIED_AGE_LABEL || isUnqualifiedId(fold) || (key === SHARED_RESIDENCE && isUnqualifiedResidence(fold));
}

/**
 * Folded ID labels naming no person that name an identity card ('CCCD', 'Số CMND', 'Giấy tờ tùy thân'),
 * not the personal ID number ('Số định danh cá nhân', 'Mã định danh', 'Số ĐDCN'): the number a birth
 * registration gives the child (Law on Civil Status Art. 14), which a book may type after the parents.
 */
const CARD_ID_LABELS = new Set([...UNQUALIFIED_ID_LABELS].filter((fold) => !fold.includes('dinh danh') && !fold.includes('ddcn')));

function isCardId(fold: string): boolean {
  return CARD_ID_LABELS.has(fold);
}

/** Folded labels of the personal ID number naming no person: 'Số định danh cá nhân', 'Mã định danh', 'Số ĐDCN'. */
const PERSONAL_NUMBER_LABELS = new Set([...UNQUALIFIED_ID_LABELS].filter((fold) => !CARD_ID_LABELS.has(fold)));

function isPersonalNumber(fold: string): boolean {
  return PERSONAL_NUMBER_LABELS.has(fold);
}

/** The one-cell personal number columns of a header, and the people whose name columns stand where. */
interface PersonalNumberLayout {
  /** How many one-cell columns are headed by a personal number label naming no person. */
  count: number;
  /** Column index and role of each name column ('mother' of 'Họ tên mẹ' or of 'Mẹ' / 'Họ và tên'), left to right. */
  names: { column: number; role: string }[];
}

function personalNumberLayout(candidate: Candidate, indexNumber: number, index: AliasIndex, lookups: SheetLookups): PersonalNumberLayout {
  let count = 0;
  const names: { column: number; role: string }[] = [];
  const anyKey = (): boolean => true;
  for (const column of candidate.columns) {
    if (column.unplaced) continue;
    let key: string | undefined;
    if (column.group) key = groupedHits(column, indexNumber, index, lookups, NO_KEYS, anyKey).wanted?.key;
    else {
      if (isPersonalNumber(column.fold ?? '')) count++;
      key = lookups.plainHit(indexNumber, column.label, column.fold ?? '')?.key;
    }
    if (key !== undefined && isNameKey(key)) names.push({ column: column.column, role: key.slice(0, key.indexOf('.')) });
  }
  return { count, names };
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * A personal number column naming no person ('Số định danh cá nhân') right of
 * the name column of someone other than the person it would name alone (the
 * child: a birth registration gives the child that number, Law on Civil Status
 * Art. 14), within that person's block: the 2016+ books that give each parent
 * one ('Họ tên mẹ' | 'Năm sinh' | 'Số định danh cá nhân' | 'Họ tên cha' | … |
 * 'Số định danh cá nhân'), or a column merged down after a parent's group. It is
 * that person's when the header has two or more such columns (the child's, if
 * any, is the one in the child's block), or when the next person's name column
 * closes the block after it. A single one after the last person's columns is
 * the child's: communes added it at the end of an older layout. The declarant
 * has no ID key: it never takes one.
 */
function personalNumberOfNamedPerson(
  column: CandidateColumn, namedRole: string, layout: PersonalNumberLayout, index: AliasIndex, lookups: SheetLookups, taken: ReadonlySet<string>,
  allowed: (key: string) => boolean,
): AliasHit | undefined {
  const key = `${namedRole}.personalId`;
  if (!index.hasKey(key) || taken.has(key) || !allowed(key)) return undefined;
  const closed = layout.names.some((name) => name.column > column.column && name.role !== namedRole && name.role !== 'declarant');
  if (layout.count < 2 && !closed) return undefined;
  return { key, confidence: lookups.plainBound(column.fold ?? '') };
}

/**
 * An ID card label naming no person ('CCCD', 'Số CMND', 'CMND/CCCD') right of
 * another person's name column is that person's ID, as a repeated 'Năm sinh' is
 * that person's year: 'Họ tên cha' | 'Năm sinh' | 'CCCD' | 'Họ tên mẹ' | 'Năm
 * sinh' | 'CCCD' (no child under 14 holds a card). The registered person's ID is
 * such a label only inside their own block, before the first other person's
 * name. When the person named to the left has no free ID key (a name read from
 * a group), the column stays in `raw`.
 */
function idOfNamedPerson(
  column: CandidateColumn, person: NamedPerson | null, namedRole: string, index: AliasIndex, lookups: SheetLookups, taken: ReadonlySet<string>,
  allowed: (key: string) => boolean,
): AliasHit | undefined {
  if (person === null || person.role !== namedRole) return undefined;
  return attributeOfPerson(column, person, index, lookups, taken, allowed);
}

/**
 * A birth date key of a person whose 'Họ tên, ngày sinh' column already gives it, hit by a label right of
 * another person's name ('Họ tên, ngày sinh' … 'Họ tên mẹ' | 'Năm sinh'): that label is the named person's
 * first (the mother's year), and the child's birth date only when it is no attribute of theirs.
 */
function givenByNameAndBirthDate(key: string, person: NamedPerson, taken: ReadonlySet<string>): boolean {
  if (!key.endsWith('.birthDate')) return false;
  const role = key.slice(0, key.indexOf('.'));
  return role !== person.role && taken.has(`${role}.nameAndBirthDate`);
}

/** A fallback label right of a person's ID column ('Số CMND' | 'Ngày cấp') is the ID's issue date. */
function isAfterId(column: CandidateColumn, keys: ReadonlyMap<number, string>): boolean {
  return keys.get(column.column - 1)?.endsWith('.personalId') === true;
}

interface NamedPerson {
  /** The key's role ('mother' of 'mother.fullName'). */
  role: string;
  /** The words of the name column's label that name the person ('nguoi me' of 'ho chu dem ten nguoi me'). */
  words: string[];
}

/**
 * What a bare label right after a column of both people is theirs too ('Dân tộc (chồng/vợ)' | 'Quốc tịch'): where they
 * live, their people, their country — often one value for both. Not a birth date or an ID, one per person: a bare
 * 'Ngày sinh' or 'Số CMND' there stays the attribute of the person named to its left.
 */
const BARE_SHARED_ATTRIBUTES = new Set(['ethnicity', 'nationality', 'residence']);
export function isBareSharedKey(key: string): boolean {
  return BARE_SHARED_ATTRIBUTES.has(key.slice(key.indexOf('.') + 1));
}

/**
 * A column of both people for what each has their own of ('Năm sinh chồng/vợ', 'Số CMND cha, mẹ'): only its own
 * label says so. Under a group naming both ('Vợ, chồng' over 'Năm sinh chồng'), the group and the label together
 * would read as both's: the label names its person.
 */
function isOnePerPersonSharedKey(key: string): boolean {
  return (key.startsWith('spouses.') || key.startsWith('parents.')) && !isBareSharedKey(key);
}

/** The roles of two people at once, which no name column has: both spouses', both parents'. */
const SHARED_ROLES = new Set(['spouses', 'parents']);

/**
 * A plain column of both people after a person's name column ('spouses.ethnicity' of 'Dân tộc (chồng/vợ)' after
 * 'Họ tên vợ'): its label's words name them for the bare attribute right after it. Null after any other column.
 */
function sharedPerson(column: CandidateColumn, key: string, person: NamedPerson | null): NamedPerson | null {
  if (column.group || person === null) return null;
  const role = key.slice(0, key.indexOf('.'));
  return SHARED_ROLES.has(role) ? { role, words: (column.fold ?? '').split(' ').filter((word) => word !== '') } : null;
}

/** A column naming a person: their name, alone or with their birth date ('Họ tên, năm sinh chồng'). */
function isNameKey(key: string): boolean {
  return key.endsWith('.fullName') || isNameAndBirthDateKey(key);
}

/** Words of a name column's label that name the name, not the person. */
const NAME_WORDS = new Set(['ho', 'chu', 'dem', 'va', 'ten', 'day', 'du', 'lot']);
function namedPerson(key: string, fold: string): NamedPerson | null {
  const words = (isNameAndBirthDateKey(key) ? wordsAfterBirthDate(fold) : fold.split(' ')).filter((word) => word !== '' && !NAME_WORDS.has(word));
  return words.length === 0 ? null : { role: key.slice(0, key.indexOf('.')), words };
}

/**
 * The words after the birth date of a 'Họ tên, ngày sinh' label, which name the person: 'nguoi chet' of
 * 'ho ten nam sinh nguoi chet', 'nam' of 'ho ten sinh nam nam' (a husband's), never the date's 'ngay' or 'nam'.
 */
function wordsAfterBirthDate(fold: string): string[] {
  const words = fold.split(' ');
  const birth = words.findIndex((word) => word === 'sinh' || word === 'ns');
  if (birth < 0) return words;
  // 'sinh ngay', 'sinh nam': the date goes on one word after 'sinh' when 'sinh' opens it.
  const opens = words[birth] === 'sinh' && !DATE_WORDS.has(words[birth - 1] ?? '') && DATE_WORDS.has(words[birth + 1] ?? '');
  return words.slice(birth + (opens ? 2 : 1));
}

const DATE_WORDS = new Set(['ngay', 'thang', 'nam']);

/**
 * A one-row header that names the person once, in the name column, and leaves
 * the columns after it unqualified (the one-row layout of the 2020 birth book:
 * 'Họ, chữ đệm, tên người mẹ' | 'Năm sinh' | 'Dân tộc' | 'Nơi cư trú'): a label
 * no column of the type takes otherwise is that person's attribute when the
 * label with the person's words is an alias of one of that person's columns.
 * It scores the label's own bound (SheetLookups.plainBound), never more.
 */
function attributeOfPerson(
  column: CandidateColumn, person: NamedPerson, index: AliasIndex, lookups: SheetLookups, taken: ReadonlySet<string>, allowed: (key: string) => boolean,
): AliasHit | undefined {
  const fold = column.fold ?? '';
  const bound = lookups.plainBound(fold);
  if (bound === 0) return undefined;
  for (const form of combinedForms(person.words, fold)) {
    if (!index.isAlias(form)) continue;
    const hit = index.lookup(form, column.label);
    if (hit && hit.key.startsWith(`${person.role}.`) && !taken.has(hit.key) && allowed(hit.key)) return { key: hit.key, confidence: Math.min(hit.confidence, bound) };
  }
  return undefined;
}

/** The register's own columns (its position and date), never a person's attribute. */
function isRegistrationKey(key: string): boolean {
  return key === 'stt' || key.startsWith('registration.');
}

/**
 * A grouped label's hits: `wanted`, the best among its forms, and `best`, the
 * best whose key is still free; an exact alias on any form beats a partial
 * match on an earlier one. Under a group that names a person ('Chồng', 'Người
 * chết', 'Thông tin về mẹ'), the person's 'Ngày cấp' or 'Số' is not the
 * register's: a registration key is taken only from an attribute label that is
 * exactly one alone ('Ngày đăng ký' whose upper cell is empty, carried under
 * the group to its left), never from a form with the person's words.
 */
function groupedHits(
  column: CandidateColumn, indexNumber: number, index: AliasIndex, lookups: SheetLookups, taken: ReadonlySet<string>, allowed: (key: string) => boolean,
): { wanted: AliasHit | undefined; best: AliasHit | undefined } {
  const { groupFold, subFold } = column.group!;
  const personGroup = lookups.namesPerson(indexNumber, groupFold);
  let wanted: AliasHit | undefined;
  let best: AliasHit | undefined;
  for (const form of combinedForms(lookups.groupWords(groupFold).words, subFold)) {
    const hit = index.lookup(form, column.label);
    if (!hit || !allowed(hit.key) || (personGroup && isRegistrationKey(hit.key)) || isOnePerPersonSharedKey(hit.key)) continue;
    if (!wanted || hit.confidence > wanted.confidence) wanted = hit;
    if (!taken.has(hit.key) && (!best || hit.confidence > best.confidence)) best = hit;
    if (best?.confidence === 1) break;
  }
  if (personGroup && wanted === undefined) {
    const alone = index.lookup(subFold, column.label);
    if (alone && alone.confidence === 1 && !alone.fallback && isRegistrationKey(alone.key) && allowed(alone.key)) {
      // A label read without its group counts for nothing in the header's score (the group's words cannot bound it).
      wanted = { key: alone.key, confidence: 0 };
      if (!taken.has(alone.key)) best = wanted;
    }
  }
  return { wanted, best };
}
