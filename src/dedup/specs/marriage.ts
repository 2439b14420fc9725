/**
 * Deduplication of marriages: the same couple — both spouses — on the same
 * registration (an entry typed twice, a copy with a typo, a re-registration).
 * A man who married twice ('Kết hôn lần hai') has two marriages: one spouse in
 * common is not a duplicate.
 */
import type { MarriageRecord } from '../../record-types/marriage.js';
import { DATE_AGREES, dateLevel, daysApart, exactLevel, identityNumberLevel, type DateLevel } from '../compare.js';
import type { DedupRecord, DedupValues } from '../dedup-record.js';
import { decodeCenturySexDigit, describePersonalId } from '../../normalize/codes/personal-id-structure.js';
import { middleNameLeaning, oneSexGivenName } from '../../validate/given-name-sex.js';
import { middleNameSex } from '../../validate/middle-name-sex.js';
import { defineComparison, keyOf, type BlockingRule, type ComparisonLevel, type CrossedRoles, type DedupSpec, type PairLevels, type Veto, type VetoAction } from '../dedup-spec.js';
import { dateLevels, FAMILY_NAME_LEVELS, GIVEN_NAME_LEVELS, MIDDLE_NAME_LEVELS, PERSONAL_ID_LEVELS, REGISTER_ENTRY_LEVELS } from './levels.js';
import { NameKeyMemo } from './name-key-memo.js';
import { firstRegistrationDate } from '../../normalize/date/first-registration-date.js';
import { MARRIAGE_ENDED } from '../spouse-marriages.js';
import { addNameValues, addRegistrationValues, dedupRecordOf, fillablePaths, fullDateOf, isReRegistration, nameComparisons, RE_REGISTRATION, yearOf } from './record-values.js';
import { entriesApart, registeredTogether } from './register-position.js';
import { residenceKey, residenceLevel, RESIDENCE_LEVELS } from './residence.js';
import { hasNonAscii } from '../../normalize/text/ascii.js';

const SPOUSES = ['husband', 'wife'] as const;

/**
 * Personal IDs (either spouse: one rule, two keys), the register position,
 * both spouses' names in both orders (an entry typed with the spouses crossed
 * meets the other; a record loaded before keeps its husband-first key, which
 * the two orders include), then both given names + both birth years (a typo in a
 * family name) and both family names + birth years (a typo in a given name),
 * and both family names + the registration date: a typo in a given name when a
 * spouse's birth date is blank (the year rules then make no key), on an entry
 * typed again under another number. The registration date is required, so the
 * key always exists; it adds 0.25 candidate pairs a record on the 1M benchmark
 * (37,086 for 148,777 marriages: 15.2 → 15.5 a record).
 */
const blockingRules: readonly BlockingRule[] = [
  {
    name: 'id',
    description: "husband's or wife's personal ID",
    keys: (v) => [...keyOf('h', v['husband.personalId']), ...keyOf('w', v['wife.personalId'])],
  },
  { name: 'entry', description: 'commune + registration year + number', keys: (v) => keyOf(v['registration.entry']) },
  {
    name: 'couple',
    description: "both spouses: family + given name (folded), in both orders (an entry typed with the spouses in each other's columns)",
    keys: (v) => [
      ...keyOf(v['husband.family.folded'], v['husband.given.folded'], v['wife.family.folded'], v['wife.given.folded']),
      ...keyOf(v['wife.family.folded'], v['wife.given.folded'], v['husband.family.folded'], v['husband.given.folded']),
    ],
  },
  {
    name: 'given+years',
    description: 'both given names (folded) + both birth years',
    keys: (v) => keyOf(v['husband.given.folded'], v['wife.given.folded'], yearOf(v['husband.birthDate']), yearOf(v['wife.birthDate'])),
  },
  {
    name: 'family+years',
    description: 'both family names (folded) + both birth years',
    keys: (v) => keyOf(v['husband.family.folded'], v['wife.family.folded'], yearOf(v['husband.birthDate']), yearOf(v['wife.birthDate'])),
  },
  {
    name: 'family+registration-date',
    description: 'both family names (folded) + full registration date',
    keys: (v) => keyOf(v['husband.family.folded'], v['wife.family.folded'], fullDateOf(v['registration.date'])),
  },
];

const nameLevels = { given: GIVEN_NAME_LEVELS, family: FAMILY_NAME_LEVELS, middle: MIDDLE_NAME_LEVELS };

/**
 * Ethnicity (DOMAIN.md §6): Kinh is most of Vĩnh Phúc's people, so agreeing says
 * little (u ≈ Σ p² ≈ 0.85, +0.2) while a different code is evidence against
 * (a code mistyped or read from another list: m 0.03).
 */
const ETHNICITY_LEVELS: readonly ComparisonLevel[] = [
  { name: 'exact', m: 0.97, u: 0.85 },
  { name: 'different', m: 0.03, u: 0.15 },
];

/**
 * Registrations of one couple at most this many days apart are one marriage typed or registered
 * twice (in the husband's and the wife's commune, or a date mistyped by a few weeks): between a
 * marriage and a new one of the same couple lie a divorce by a court and its appeal period.
 */
const REGISTERED_AGAIN_DAYS = 92;

/**
 * Registration dates. A re-registration (DOMAIN.md §3.3) is made years after
 * the marriage, on the day the couple asked again: its date differing from the
 * original's is what a re-registration is, not evidence against, so such a
 * pair gets its own level of weight 0 (m = u; explanations name it); dates that
 * agree still count.
 */
const RE_REGISTERED = 're-registration';
const REGISTRATION_DATE_LEVELS: readonly ComparisonLevel[] = [...dateLevels(30, 0.12), { name: RE_REGISTERED, m: 0.5, u: 0.5 }];

/** Values of a re-registration: the first registration's date its remarks name (firstRegistrationDate). */
const FIRST_REGISTERED = 'registration.first';

function registrationDateLevel(a: DedupValues, b: DedupValues): DateLevel | typeof RE_REGISTERED | null {
  const level = dateLevel(a['registration.date'], b['registration.date']);
  if (level === null || DATE_AGREES.has(level)) return level;
  if ((a[RE_REGISTRATION] === '1') === (b[RE_REGISTRATION] === '1')) return level;
  // The re-registration names the first registration's date: compared with the other entry's, as a date.
  const [again, other] = a[RE_REGISTRATION] === '1' ? [a, b] : [b, a];
  return dateLevel(again[FIRST_REGISTERED] ?? null, other['registration.date']) ?? RE_REGISTERED;
}

/**
 * Days between the first registration a re-registration's remarks name and the other entry's
 * registration date, when one side only is a re-registration naming one; else null.
 */
function firstRegistrationDaysApart(a: DedupRecord, b: DedupRecord): number | null {
  if (a.reRegistration === b.reRegistration) return null;
  const [again, other] = a.reRegistration ? [a, b] : [b, a];
  const first = again.values[FIRST_REGISTERED] ?? null;
  return first === null ? null : daysApart(first, other.values['registration.date']);
}

/**
 * Spouses' birth dates span ~40 years of a register (u of exact 1/14 600).
 * Registration date: a book covers ~30 years; a re-registration carries a new
 * date, so 'different' is not rare among duplicates (m 0.12) — and weighs
 * nothing when one entry is the re-registration. The couple's residence is one piece of
 * evidence (residence.ts: spouses often share it).
 */
const comparisons = [
  ...SPOUSES.flatMap((spouse) => [
    ...nameComparisons(spouse, spouse, nameLevels),
    defineComparison(`${spouse}.birthDate`, dateLevels(40), (a, b) => dateLevel(a[`${spouse}.birthDate`], b[`${spouse}.birthDate`])),
    defineComparison(`${spouse}.personalId`, PERSONAL_ID_LEVELS, (a, b) => identityNumberLevel(a[`${spouse}.personalId`], b[`${spouse}.personalId`])),
    defineComparison(`${spouse}.ethnicityCode`, ETHNICITY_LEVELS, (a, b) => exactLevel(a[`${spouse}.ethnicityCode`], b[`${spouse}.ethnicityCode`])),
  ]),
  defineComparison('residence', RESIDENCE_LEVELS, residenceLevel),
  defineComparison('registration.date', REGISTRATION_DATE_LEVELS, registrationDateLevel),
  defineComparison('registration.entry', REGISTER_ENTRY_LEVELS, (a, b) => {
    const level = exactLevel(a['registration.entry'], b['registration.entry']);
    return level === null ? null : level === 'exact' ? 'same-entry' : 'other-entry';
  }),
];

/**
 * Spouses typed in each other's columns (the wife's name, birth date and ID
 * under the husband's headings: a clerk's slip, or a book re-typed from a copy
 * laid out wife first). A pair is compared crossed when more of the spouses'
 * name parts and birth years agree crossed than as typed.
 */
interface SpouseKeys {
  given: string;
  family: string;
  birthDate: string;
}
const spouseKeys = (spouse: (typeof SPOUSES)[number]): SpouseKeys => ({ given: `${spouse}.given.folded`, family: `${spouse}.family.folded`, birthDate: `${spouse}.birthDate` });
const HUSBAND = spouseKeys('husband');
const WIFE = spouseKeys('wife');

/** Name parts (folded) and birth years of a's `left` spouse that b's `right` spouse shares. */
function agreement(a: DedupValues, b: DedupValues, left: SpouseKeys, right: SpouseKeys): number {
  const same = (x: string | null | undefined, y: string | null | undefined): number => (x && x === y ? 1 : 0);
  return same(a[left.given], b[right.given]) + same(a[left.family], b[right.family]) + same(yearOf(a[left.birthDate]), yearOf(b[right.birthDate]));
}

const HUSBAND_PREFIX = 'husband.';
const WIFE_PREFIX = 'wife.';

function exchangePath(path: string): string {
  if (path.startsWith(HUSBAND_PREFIX)) return WIFE_PREFIX + path.slice(HUSBAND_PREFIX.length);
  if (path.startsWith(WIFE_PREFIX)) return HUSBAND_PREFIX + path.slice(WIFE_PREFIX.length);
  return path;
}

const ROLE_SEX = { husband: 'male', wife: 'female' } as const;

/**
 * A spouse's own values say they are in their column: a 12-digit ID whose sex digit is the column's
 * (DOMAIN.md §2.1), or a middle name hinting at it (Văn, Thị: DOMAIN.md §4). A record whose values say the opposite carries
 * MARRIAGE_SPOUSE_NAME_SEX / MARRIAGE_SPOUSE_ID_SEX (rolesCrossed) instead.
 */
function inOwnColumn(values: DedupValues, spouse: (typeof SPOUSES)[number]): boolean {
  const id = values[`${spouse}.personalId`];
  const parts = id ? describePersonalId(id) : null;
  if (parts !== null && decodeCenturySexDigit(parts.centurySexDigit).sex === ROLE_SEX[spouse]) return true;
  const middle = values[`${spouse}.middle`];
  return Boolean(middle) && middleNameSex(middle!.split(' ')) === ROLE_SEX[spouse];
}

const OTHER_SEX = { male: 'female', female: 'male' } as const;

/** The sex a spouse's middle name leans to (Hữu, Quang; Thu, Bích), or their given name is borne by only (Tuấn; Trang). */
function nameLeaning(values: DedupValues, spouse: (typeof SPOUSES)[number]): { middle: 'male' | 'female' | null; given: 'male' | 'female' | null } {
  const middle = values[`${spouse}.middle`];
  const given = values[`${spouse}.given`];
  return { middle: middle ? middleNameLeaning(middle.split(' ')) : null, given: given ? oneSexGivenName(given) : null };
}

/**
 * A record typed the right way round: a spouse's ID or Văn/Thị says so (inOwnColumn) — or, with neither, a middle
 * name leans to its column's sex while no name of the couple leans or is borne against its column ('Trần Đức Hạnh'
 * is a woman, 'Nguyễn Phương Nam' a man: a leaning is a hint, and the two copies of such a couple compared crossed
 * lean both ways, so neither is taken for right). 'Nguyễn Hữu Hưởng' under the husband's headings, 'Lê Thu Hà' under
 * the wife's: a CMND-era book of modern names, which gives no other sign.
 */
function typedStraight(values: DedupValues): boolean {
  if (inOwnColumn(values, 'husband') || inOwnColumn(values, 'wife')) return true;
  let leansOwn = false;
  for (const spouse of SPOUSES) {
    const leaning = nameLeaning(values, spouse);
    const other = OTHER_SEX[ROLE_SEX[spouse]];
    if (leaning.middle === other || leaning.given === other) return false;
    if (leaning.middle === ROLE_SEX[spouse]) leansOwn = true;
  }
  return leansOwn;
}

const crossedRoles: CrossedRoles = {
  roles: SPOUSES,
  straight: typedStraight,
  crossed: (a, b) => agreement(a, b, HUSBAND, WIFE) + agreement(a, b, WIFE, HUSBAND) > agreement(a, b, HUSBAND, HUSBAND) + agreement(a, b, WIFE, WIFE),
  exchange: (values) => {
    const exchanged: Record<string, string | null> = {};
    for (const key in values) exchanged[exchangePath(key)] = values[key] ?? null;
    return exchanged;
  },
  exchangePath,
};

const sameEntry = (levels: PairLevels): boolean => levels['registration.entry'] === 'same-entry';
const OTHER_NAME = new Set(['typo2', 'different']);
/** Levels of two full birth dates that are not the same date (a slip of one key is told apart below). */
const OTHER_FULL_DATE = new Set(['year-month', 'year', 'within-year']);
const CMND_LENGTH = 9;
const CCCD_LENGTH = 12;

/** Two strings of one length that differ in one character: a key struck for another ('1990-05-13' / '1990-05-18'). */
function oneKeyApart(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let differences = 0;
  for (let index = 0; index < left.length && differences < 2; index++) if (left.charCodeAt(index) !== right.charCodeAt(index)) differences++;
  return differences === 1;
}

/**
 * A spouse's two personal IDs of one kind (two 12-digit numbers, or two 9-digit CMNDs) that
 * differ: two people — a 12-digit number is a person's for life, and a CMND is the number
 * of its holder (DOMAIN.md §2). A CMND beside a 12-digit number is one person's old and new
 * paper. 'review' where a copy's slip is possible (one digit apart: also how twins' CMNDs,
 * issued one after the other, differ) or where the CMND may have been issued again
 * (a re-registration, years later and maybe in another province); null for the same
 * register entry (a copy: its ID slip is weighed).
 */
function otherPersonalId(spouse: string, levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  if (levels[`${spouse}.personalId`] !== 'different' || sameEntry(levels)) return null;
  const left = a.values[`${spouse}.personalId`] ?? '';
  const right = b.values[`${spouse}.personalId`] ?? '';
  if (left.length !== right.length || (left.length !== CMND_LENGTH && left.length !== CCCD_LENGTH)) return null;
  if (oneKeyApart(left, right)) return 'review';
  return left.length === CMND_LENGTH && (a.reRegistration || b.reRegistration) ? 'review' : 'distinct';
}

/**
 * Two full birth dates of a spouse that are not one date (10/02/1980 and 22/07/1980: only the
 * year agrees): another person. A slip of one key or the day and month swapped is a copy's;
 * null for the same register entry (its slips are weighed).
 */
function otherBirthDate(spouse: string, levels: PairLevels, a: DedupRecord, b: DedupRecord): boolean {
  if (!OTHER_FULL_DATE.has(levels[`${spouse}.birthDate`] ?? '') || sameEntry(levels)) return false;
  return !oneKeyApart(a.values[`${spouse}.birthDate`] ?? '', b.values[`${spouse}.birthDate`] ?? '');
}

/**
 * The spouse is one person on both entries: one personal ID, or one family and given name as
 * typed with one full birth date. Twins marry two people; a person married twice on one day is
 * one marriage typed twice.
 */
function sameSpouse(spouse: (typeof SPOUSES)[number], levels: PairLevels, a: DedupRecord): boolean {
  if (levels[`${spouse}.personalId`] === 'exact') return true;
  const born = a.values[`${spouse}.birthDate`];
  return levels[`${spouse}.givenName`] === 'exact' && levels[`${spouse}.familyName`] === 'exact' && levels[`${spouse}.birthDate`] === 'exact' && born?.length === 10;
}

const otherSpouse = (spouse: (typeof SPOUSES)[number]): (typeof SPOUSES)[number] => (spouse === 'husband' ? 'wife' : 'husband');

/**
 * Two entries registered together (neighbouring numbers or the same day) whose other spouse is
 * one person on both (sameSpouse): nobody marries twice in a day, so a difference in this
 * spouse's given name (a mark) or, beside the other's one ID, birth date (a day's digits
 * transposed, 12/05 and 21/05) is a slip of one entry typed twice, weighed as such rather than
 * taken for another bride or groom.
 */
function oneMarriageTypedTwice(spouse: (typeof SPOUSES)[number], levels: PairLevels, a: DedupRecord, b: DedupRecord): boolean {
  return entriesApart(a.values, b.values) !== null && registeredTogether(a.values, b.values) && sameSpouse(otherSpouse(spouse), levels, a);
}

/**
 * A spouse's given names equal only once folded (Tuyên/Tuyền, Nga/Ngà: DOMAIN.md §8, two
 * names) under two numbers of one commune's register of one year: twins marrying the same
 * day are registered together (neighbouring numbers, or the same day) — 'distinct', unless
 * the other spouse is one person on both (sameSpouse: the entry typed twice, a mark slipped,
 * weighed); apart, a copy with a mark slipped is possible — 'review'. Elsewhere (the same
 * entry, another commune, a re-registration) the fold is weighed.
 */
function otherFoldedName(spouse: (typeof SPOUSES)[number], levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  if (levels[`${spouse}.givenName`] !== 'folded' || entriesApart(a.values, b.values) === null) return null;
  if (!registeredTogether(a.values, b.values)) return 'review';
  return oneMarriageTypedTwice(spouse, levels, a, b) ? null : 'distinct';
}

/**
 * Without the other spouse's ID, one marriage typed twice under neighbouring numbers on one day
 * (the other spouse one person by name and full birth date) whose spouse keeps the family and
 * given name and has the day's two digits transposed (20/06 typed 02/06): the double entry is
 * likelier than namesake twin brides marrying two namesake grooms, but not sure enough to merge
 * — review, so the officer sees it rather than two marriages loaded silently.
 */
function sameNameDayTransposed(spouse: (typeof SPOUSES)[number], levels: PairLevels, a: DedupRecord, b: DedupRecord): boolean {
  if (levels[`${spouse}.givenName`] !== 'exact' || levels[`${spouse}.familyName`] !== 'exact') return false;
  const left = a.values[`${spouse}.birthDate`] ?? '';
  const right = b.values[`${spouse}.birthDate`] ?? '';
  if (left.length !== 10 || right.length !== 10 || left.slice(0, 8) !== right.slice(0, 8)) return false;
  return left[8] === right[9] && left[9] === right[8] && left[8] !== left[9] && oneMarriageTypedTwice(spouse, levels, a, b);
}

/** Given-name levels a mark or a letter apart: two names of twins, or one name with a slip. */
const NAME_SLIPS: ReadonlySet<string> = new Set(['folded', 'typo1']);

/**
 * Both spouses' given names a mark or a letter apart (Hải/Hà and Lan/Lam) under two numbers of
 * one commune's register, made together (neighbouring numbers or the same day): twin brothers
 * marrying twin sisters the same day. A copy slips one name, not both, and keeps its number.
 * Apart, nothing changes: each spouse is weighed as before (otherFoldedName).
 */
function twinCouples(levels: PairLevels, a: DedupRecord, b: DedupRecord): boolean {
  if (!SPOUSES.every((spouse) => NAME_SLIPS.has(levels[`${spouse}.givenName`] ?? ''))) return false;
  return entriesApart(a.values, b.values) !== null && registeredTogether(a.values, b.values);
}

/** The strongest finding on one spouse: 'distinct' over 'review'. */
function spouseDiffers(spouse: (typeof SPOUSES)[number], levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  if (OTHER_NAME.has(levels[`${spouse}.givenName`] ?? '') || levels[`${spouse}.familyName`] === 'different' || levels[`${spouse}.birthDate`] === 'different') {
    return sameEntry(levels) ? 'review' : 'distinct';
  }
  // Another full birth date is the entry's slip only beside the other spouse's one ID: names and a birth date
  // alike may be twin brides typed alike (Nga for Ngà) marrying two namesake men the same day.
  if (otherBirthDate(spouse, levels, a, b) && !(levels[`${otherSpouse(spouse)}.personalId`] === 'exact' && oneMarriageTypedTwice(spouse, levels, a, b))) {
    return sameNameDayTransposed(spouse, levels, a, b) ? 'review' : 'distinct';
  }
  const id = otherPersonalId(spouse, levels, a, b);
  if (id === 'distinct') return id;
  return otherFoldedName(spouse, levels, a, b) ?? id;
}

const vetoes: readonly Veto[] = [
  {
    code: 'other-spouse',
    labelVi: 'Một bên chồng hoặc vợ khác: có thể là một lần kết hôn khác',
    description:
      "A spouse differs: a given name two letters or more apart, a family name or a birth date different — another marriage of the other spouse (same register entry: review). Besides, for two register entries: two full birth dates of a spouse that are not one date (only the year or the month agreeing, not a slip of one key nor day and month swapped); two personal IDs of one kind (12 or 9 digits) of a spouse (review when one digit apart, or two CMNDs where one side is a re-registration); a spouse's given names equal only once folded (Tuyên/Tuyền) under two numbers of one commune's year — twins marrying the same day when registered together (neighbouring numbers or the same day) unless the other spouse is one person on both (one ID, or one name and full birth date: the entry typed twice, weighed — and beside the other spouse's one ID, so is another full birth date of the spouse; without that ID, the spouse's family and given name alike and the birth day's two digits transposed, 20/06 and 02/06, is review), review when apart; both spouses' given names a mark or a letter apart (Hải/Hà and Lan/Lam) on entries registered together — twin brothers marrying twin sisters.",
    check: (levels, a, b) => {
      if (twinCouples(levels, a, b)) return 'distinct';
      let found: VetoAction | null = null;
      for (const spouse of SPOUSES) {
        const action = spouseDiffers(spouse, levels, a, b);
        if (action === 'distinct') return action;
        found = action ?? found;
      }
      return found;
    },
  },
  {
    code: 'other-registration',
    labelVi: 'Cùng cặp vợ chồng nhưng ngày đăng ký khác nhau: kết hôn lại, hoặc ngày bị ghi nhầm',
    description:
      "Same couple, registration dates differ, neither a re-registration: a second marriage after a divorce, or a mistyped date. Review — unless the two dates are at most a quarter apart (the couple registered again in the other spouse's commune, or a date mistyped): a divorce by a court and a new marriage between them take longer. A re-registration whose remarks name the first registration's date ('đăng ký lần đầu ngày 20/01/2005') more than a quarter from the other entry's registration date re-registers another marriage of the couple (they married again after a divorce) or has a slip in the remark's date: review.",
    check: (levels, a, b) => {
      const date = levels['registration.date'];
      if (date === null || date === undefined || DATE_AGREES.has(date) || sameEntry(levels)) return null;
      if (a.reRegistration || b.reRegistration) {
        // A re-registration naming its first registration's date re-registers that marriage, not one of another
        // date: the officer looks (the couple married again, or the year in the remark is a slip).
        const firstApart = firstRegistrationDaysApart(a, b);
        return firstApart !== null && firstApart > REGISTERED_AGAIN_DAYS ? 'review' : null;
      }
      const days = daysApart(a.values['registration.date'], b.values['registration.date']);
      return days !== null && days <= REGISTERED_AGAIN_DAYS ? null : 'review';
    },
  },
];

/** Person fields a survivor may take from a member (never a part of the registered person's name: see fillablePaths). */
const FILLABLE = fillablePaths(
  SPOUSES.flatMap((spouse) =>
    ['birthDate', 'ethnicityCode', 'nationality', 'residence', 'personalId'].map((key) => `${spouse}.${key}`),
  ),
);

/**
 * Remarks saying a marriage ended or was never valid — a divorce, a spouse's death, an annulment — or that this one
 * follows such an end ('tái hôn', 'góa vợ', 'Kết hôn lần hai'): a spouse of such an entry may have married twice (spouse-marriages.ts).
 * Whole words only (\b does not see Vietnamese letters): 'huy' inside 'huyện' or 'Huyền' ends nothing.
 */
const MARRIAGE_ENDED_WORDS =
  /(?<!\p{L})(?:ly\s*hôn|ly\s*dị|chết|mất|từ\s*trần|qua\s*đời|góa|goá|hủy|huỷ|thu\s*hồi|tái\s*hôn|tái\s*giá|kết\s*hôn\s*lần|ket\s*hon\s*lan|ly\s*hon|ly\s*di|chet|mat|tu\s*tran|qua\s*doi|goa|thu\s*hoi|tai\s*hon)(?!\p{L})/iu;
/** 'huy' (hủy) without its marks, only in remarks typed without any: beside marked words it is the given name Huy ('Người làm chứng: Nguyễn Văn Huy'). */
const ANNULLED_UNMARKED = /(?<!\p{L})huy(?!\p{L})/iu;

/** Whether the remarks say a marriage ended or was void (MARRIAGE_ENDED_WORDS, ANNULLED_UNMARKED). */
function saysMarriageEnded(remarks: string): boolean {
  return MARRIAGE_ENDED_WORDS.test(remarks) || (!hasNonAscii(remarks) && ANNULLED_UNMARKED.test(remarks));
}

function toDedupRecord(record: MarriageRecord, districtCode: string, names = new NameKeyMemo()): DedupRecord {
  const values: Record<string, string | null> = {};
  for (const spouse of SPOUSES) {
    addNameValues(values, spouse, record[spouse], names);
    values[`${spouse}.birthDate`] = record[spouse].birthDate;
    values[`${spouse}.personalId`] = record[spouse].personalId;
    values[`${spouse}.ethnicityCode`] = record[spouse].ethnicityCode;
    values[`${spouse}.residence`] = residenceKey(record[spouse].residence);
  }
  addRegistrationValues(values, record.registration);
  values[RE_REGISTRATION] = isReRegistration(record.remarks, 'marriage') ? '1' : null;
  values[FIRST_REGISTERED] = values[RE_REGISTRATION] === '1' ? firstRegistrationDate(record.remarks) : null;
  // Set only when said, so the values of other marriages (kept in the registry) are as before.
  if (record.remarks !== null && saysMarriageEnded(record.remarks)) values[MARRIAGE_ENDED] = '1';
  return dedupRecordOf(record, districtCode, values, blockingRules, FILLABLE);
}

/**
 * An exact double entry scores ~95; a re-registration ('Đăng ký lại') with both
 * full birth dates ~47, with only birth years (a 1990s book) ~34 when the
 * couple's residence agrees and ~26 (review) when it does not; the same couple
 * registered again without that remark goes to review ('other-registration'), unless
 * the two registrations are at most a quarter apart (the other spouse's commune).
 */
export const marriageDedupSpec: DedupSpec<MarriageRecord> = {
  type: 'marriage',
  blockingRules,
  comparisons,
  vetoes,
  thresholds: { merge: 30, review: 15 },
  crossedRoles,
  toDedupRecord,
};
