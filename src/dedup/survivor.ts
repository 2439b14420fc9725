/**
 * Survivorship: which record of a cluster stays. A record loaded before
 * (another district, via the registry) always stays — its batch is not
 * rewritten; what a member would have given it is reported (survivor-gap.ts).
 * Among the others: the original registration before a
 * re-registration (đăng ký lại, DOMAIN.md §3.3: it is the copy made when the
 * book was lost), then the fewer spelling warnings on the registered person's own
 * name, then the fuller such name (a name is never filled from a member, and one
 * copy's 'Hoàng Thị Trag' or 'Lê Linh' beside another's 'Hoàng Thị Trang', 'Lê Thị
 * Linh' is a slip, not what was registered: which copy was registered first does
 * not make it right), then the earliest registration date (compared at the
 * precision both have, the more precise first on a tie — not between two copies of
 * one register entry, whose survivor takes the more precise date), then an entry
 * registered in a commune its own residences name (the family's book before a
 * neighbouring commune's book the entry was copied into), then an entry of a
 * visible sheet before one of a hidden sheet (a draft), then an entry typed the
 * right way round before one whose names say its spouses or parents were typed in
 * each other's columns (MARRIAGE_SPOUSE_NAME_SEX, PARENT_NAME_SEX), then the fewer quality
 * warnings on the names (a name is never filled from a member, so the better
 * spelt one should stay), then the book before its retyped copy (a file named a retype
 * — 'nhập lại', 'gõ lại', 'đánh lại' in its name: 'KH_2016_TeLo_nhap_lai.xlsx'; or a file copy,
 * 'Bản sao của …', 'Copy of …' — of the
 * same commune's year, or one whose name without its extension begins another's:
 * 'KS-2015.xlsx' before 'KS-2015-nhap-lai.xlsx'; a second clerk's copy shortens
 * residences and changes spellings, and the copy's 'Lê Ngọc Anh' for twin Ánh must not
 * replace the book's name because the copy carries an ID, which is filled in), then the most complete record
 * (counting only what no member can fill in: a hometown or an ID one copy lacks is taken from the other
 * whichever stays, so it does not put a later copy, with its slip, before the entry typed first), then the
 * entry its district's batch in place kept (a re-run given a copy delivered since in a file listed first), then the
 * entry typed first (files in the inputs' order — a folder's sorted by name; then
 * sheet and row), then the smallest id — so the choice is the same on every run.
 */
import { compareAtCommonPrecision, parsePartialDate } from '../normalize/date/partial-date.js';
import { foldName } from '../normalize/place/fold.js';
import { DATE_AGREES, dateLevel } from './compare.js';
import type { DedupRecord } from './dedup-record.js';
import type { CrossedRoles } from './dedup-spec.js';
import { residenceNamesCommune } from './specs/residence.js';

function precision(date: string): number {
  const parsed = parsePartialDate(date);
  if (parsed === null) return 0;
  return parsed.day !== undefined ? 3 : parsed.month !== undefined ? 2 : 1;
}

/**
 * The earlier registration date first (at the precision both have); on a tie the more precise — except
 * between two copies of one register entry (`sameEntry`), where the survivor takes the copy's more
 * precise date anyway (fillsFor): '04/2018' typed in the book and '14/04/2018' in the row typed again
 * are one date, and which row stays is for the later rules (the row typed first, not the copy's slip).
 */
function compareRegistrationDates(a: string | null, b: string | null, sameEntry: boolean): number {
  const left = a !== null && parsePartialDate(a) !== null ? a : null;
  const right = b !== null && parsePartialDate(b) !== null ? b : null;
  if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
  return compareAtCommonPrecision(left, right) || (sameEntry ? 0 : precision(right) - precision(left));
}

/** Two records of one register entry (commune, year, number): one registration typed twice, not two registrations. */
function sameRegisterEntry(a: DedupRecord, b: DedupRecord): boolean {
  const entry = a.values['registration.entry'];
  return Boolean(entry) && entry === b.values['registration.entry'];
}

/** A file path without its extension ('249/KS-08950-2015.xlsx' → '249/KS-08950-2015'). */
function withoutExtension(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') + 1 ? file.slice(0, dot) : file;
}

/**
 * Words of a folded file name that say it is a clerk's retype of a book ('nhập lại', 'gõ lại', 'đánh lại')
 * or a copy of its file: 'Bản sao của KS 2016.xlsx' and 'Copy of KS 2016.xlsx' (Google Drive, Excel online)
 * put the word before the book's name, so the name-prefix rule of compareFiles cannot tell them, and sort first.
 */
const RETYPE_WORDS = [' nhap lai ', ' nhaplai ', ' go lai ', ' golai ', ' danh lai ', ' danhlai ', ' ban sao ', ' bansao ', ' copy '];

/**
 * Whether the file's name (not its folders) says it is a retype or a copy, with any separators
 * ('-nhap-lai', '_nhap_lai', ' Nhập lại', '.nhaplai', 'Bản sao của …', '… - Copy') anywhere in it. The title rows
 * ('… (nhập lại)') are not known here: a DedupRecord keeps only the file's name.
 */
export function isRetypeFile(file: string): boolean {
  // Only reached on ties between copies of one cluster (survivorship), never per row.
  const words = ` ${foldName(withoutExtension(file.slice(file.lastIndexOf('/') + 1)))} `;
  return RETYPE_WORDS.some((word) => words.includes(word));
}

/** Two records of one commune's register of one year, as far as both say (a retype copies the book's commune and dates). */
function sameRegister(a: DedupRecord, b: DedupRecord): boolean {
  const communes = [a.values['registration.commune'], b.values['registration.commune']];
  if (communes[0] && communes[1] && communes[0] !== communes[1]) return false;
  const years = [a.registrationDate?.slice(0, 4), b.registrationDate?.slice(0, 4)];
  return !(years[0] && years[1] && years[0] !== years[1]);
}

/** Residence values of the dedup record's people (births: the parents'; deaths: the deceased's; marriages: the spouses'). */
const RESIDENCE_VALUE = /(?:^|\.)residence$/;

/**
 * The entry was registered in a commune its own residences name (Law 60/2014 Art. 13, 32, 17: births,
 * deaths and marriages are registered where the parents, the deceased or a spouse live): the book of
 * the family's commune, not the neighbouring commune's book a copy was typed into.
 */
function registeredAtHome(record: DedupRecord): boolean {
  const commune = record.values['registration.commune'];
  if (!commune) return false;
  return Object.entries(record.values).some(([key, value]) => RESIDENCE_VALUE.test(key) && residenceNamesCommune(value, commune));
}

/**
 * The book before its retype: of one commune's year, a file not named a retype before
 * one that is (isRetypeFile); else a file whose name without its extension begins the
 * other's (the book, before its copy '…-nhap-lai'), where sorting the whole names puts
 * '-' before '.'. 0 otherwise — one file, an unknown one, two retypes, or names that
 * differ before either ends: the source order (the inputs' order) then decides, as
 * sorting the names would.
 */
function compareFiles(a: DedupRecord, b: DedupRecord): number {
  const [fileA, fileB] = [a.sourceFile, b.sourceFile];
  if (fileA === undefined || fileB === undefined || fileA === fileB) return 0;
  const retype = Number(isRetypeFile(fileA)) - Number(isRetypeFile(fileB));
  if (retype !== 0 && sameRegister(a, b)) return retype;
  const left = withoutExtension(fileA);
  const right = withoutExtension(fileB);
  if (left.length === right.length) return 0;
  if (left.length < right.length) return right.startsWith(left) ? -1 : 0;
  return left.startsWith(right) ? 1 : 0;
}

/** The earlier source position first; a record without one after those with one. */
function compareSourceOrder(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a - b;
}

/**
 * Two copies compared crossed (`crossed`: the spec's roles, when the pair was compared with one side's roles
 * exchanged) disagree on which person is in which column: the copy whose own values show its roles the right
 * way round (CrossedRoles.straight) first, then one showing nothing, then one whose names or IDs say it was
 * typed crossed. Other pairs: only the latter is put after.
 */
function compareRoles(a: DedupRecord, b: DedupRecord, crossed: CrossedRoles | undefined): number {
  if (crossed?.straight === undefined) return Number(a.rolesCrossed === true) - Number(b.rolesCrossed === true);
  return rolesRank(a, crossed) - rolesRank(b, crossed);
}
function rolesRank(record: DedupRecord, roles: CrossedRoles): number {
  return record.rolesCrossed === true ? 2 : roles.straight!(record.values) ? 0 : 1;
}

/**
 * Negative when `a` should survive rather than `b` (both current records). `crossed`: the spec's roles
 * when the two were compared with their roles exchanged (compareRoles), else undefined.
 */
export function compareSurvivorship(a: DedupRecord, b: DedupRecord, crossed?: CrossedRoles): number {
  if (a.reRegistration !== b.reRegistration) return a.reRegistration ? 1 : -1;
  return (
    (a.personNameWarnings ?? 0) - (b.personNameWarnings ?? 0) ||
    (b.personNameWords ?? 0) - (a.personNameWords ?? 0) ||
    compareRegistrationDates(a.registrationDate, b.registrationDate, sameRegisterEntry(a, b)) ||
    Number(registeredAtHome(b)) - Number(registeredAtHome(a)) ||
    Number(a.hiddenSheet === true) - Number(b.hiddenSheet === true) ||
    compareRoles(a, b, crossed) ||
    (a.nameWarnings ?? 0) - (b.nameWarnings ?? 0) ||
    compareFiles(a, b) ||
    b.completeness - a.completeness ||
    Number(b.keptBefore === true) - Number(a.keptBefore === true) ||
    compareSourceOrder(a.sourceOrder, b.sourceOrder) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface FieldFill {
  /** Record path the survivor lacks ('child.personalId'), or whose date a member gives more precisely. */
  field: string;
  /** The member that has it (the first in survivorship order). */
  fromId: string;
  /** The member's path of the value, when not `field` (a marriage typed with the spouses crossed). */
  sourceField?: string;
  /** The survivor's own, less precise date the member's agreeing one replaces ('1940' by '1940-09-17'); absent for a field the survivor lacks. */
  replaces?: string;
}

/** A member's record path as the survivor's path of the same value. */
export type PathOnSurvivor = (member: DedupRecord, path: string) => string;

/** The registration date's record path (and comparison value): not fillable, but refined from a copy of the same entry. */
const REGISTRATION_DATE = 'registration.date';
/** Fillable paths holding a partial date ('child.birthDate', 'deceased.birthDate', 'husband.birthDate'). */
const isDatePath = (path: string): boolean => path.endsWith('Date');
/** Levels at which a more precise date agrees with a coarser one as far as that goes. */
const REFINES: ReadonlySet<string> = new Set(['precision-year', 'precision-month']);

interface Refinement {
  fill: FieldFill;
  value: string;
  /** Two members give more precise dates that disagree with each other: neither is taken. */
  conflict: boolean;
}

/**
 * A member's date that agrees with the survivor's at the survivor's precision and
 * says more ('1940-09-17' for '1940', DOMAIN.md §8: the re-registration's year and
 * the original's full date are one date). Of several, the most precise; none when
 * two members' dates disagree with each other. A date that disagrees is never taken.
 */
function refine(refinements: Map<string, Refinement>, survivorDate: string, candidate: FieldFill, value: string): void {
  if (value.length <= survivorDate.length || !REFINES.has(dateLevel(survivorDate, value) ?? '')) return;
  const found = refinements.get(candidate.field);
  if (found === undefined) {
    refinements.set(candidate.field, { fill: { ...candidate, replaces: survivorDate }, value, conflict: false });
    return;
  }
  if (!DATE_AGREES.has(dateLevel(found.value, value) ?? '')) found.conflict = true;
  else if (value.length > found.value.length) Object.assign(found, { fill: { ...candidate, replaces: survivorDate }, value });
}

/**
 * Fields the survivor lacks that a member has, then the survivor's dates a member
 * gives more precisely and in agreement (its registration date only from a copy of
 * the same register entry); members are taken in survivorship order.
 * None when the survivor's filled fields are unknown (a registry entry without them).
 */
export function fillsFor(survivor: DedupRecord, members: readonly DedupRecord[], onSurvivor?: PathOnSurvivor): FieldFill[] {
  if (survivor.filledFields === undefined) return [];
  const own = new Set(survivor.filledFields);
  const have = new Set(own);
  const fills: FieldFill[] = [];
  const refinements = new Map<string, Refinement>();
  for (const member of [...members].sort(compareSurvivorship)) {
    for (const sourceField of member.filledFields ?? []) {
      const field = onSurvivor ? onSurvivor(member, sourceField) : sourceField;
      const fill = field === sourceField ? { field, fromId: member.id } : { field, fromId: member.id, sourceField };
      if (!have.has(field)) {
        have.add(field);
        fills.push(fill);
        continue;
      }
      const survivorDate = own.has(field) && isDatePath(field) ? survivor.values[field] : null;
      const memberDate = survivorDate ? member.values[sourceField] : null;
      if (survivorDate && memberDate) refine(refinements, survivorDate, fill, memberDate);
    }
    // The registration date a copy of the same register entry gives more precisely: one date typed twice.
    // Never another registration's (a death registered in two communes, a re-registration): its own date.
    const registered = survivor.values[REGISTRATION_DATE];
    const copied = member.values[REGISTRATION_DATE];
    if (registered && copied && sameRegisterEntry(survivor, member)) refine(refinements, registered, { field: REGISTRATION_DATE, fromId: member.id }, copied);
  }
  for (const refinement of refinements.values()) if (!refinement.conflict) fills.push(refinement.fill);
  return fills;
}

/** What the writer does to a cluster's survivor: its roles put back the right way round, then its fills. */
export interface SurvivorPlan {
  /** The survivor's two role objects to exchange ('husband', 'wife'), absent when it was typed the right way round. */
  rolesExchanged?: { roles: readonly [string, string]; fromId: string };
  /** Fills, on the survivor's paths once its roles are exchanged. */
  fills: FieldFill[];
}

/**
 * The survivor's plan. A survivor whose names say its roles were typed crossed
 * (rolesCrossed: a crossed original still survives its straight re-registration,
 * DOMAIN.md §3.3) is put back the right way round when a member typed the right way
 * round matched it crossed: that member confirms the warning's hint, so the loaded
 * record has husband = the man, wife = the woman (each with their own birth date and
 * ID). Fills are then taken on the exchanged survivor: a member compared crossed
 * fills as typed, the others through the exchanged paths. `crossedWith` tells the
 * members compared with the survivor's roles exchanged.
 */
export function survivorPlan(
  survivor: DedupRecord,
  members: readonly DedupRecord[],
  roles: CrossedRoles | undefined,
  crossedWith: (member: DedupRecord) => boolean,
): SurvivorPlan {
  const onSurvivor = (exchanged: boolean): PathOnSurvivor | undefined => {
    if (roles === undefined) return undefined;
    return (member, path) => (crossedWith(member) !== exchanged ? roles.exchangePath(path) : path);
  };
  const confirming = roles === undefined ? undefined : confirmingMember(survivor, members, roles, crossedWith);
  if (roles === undefined || confirming === undefined) {
    const anyCrossed = roles !== undefined && members.some(crossedWith);
    return { fills: fillsFor(survivor, members, anyCrossed ? onSurvivor(false) : undefined) };
  }
  const exchanged: DedupRecord = {
    ...survivor,
    values: roles.exchange(survivor.values),
    ...(survivor.filledFields === undefined ? {} : { filledFields: survivor.filledFields.map((path) => roles.exchangePath(path)) }),
  };
  return { rolesExchanged: { roles: roles.roles, fromId: confirming.id }, fills: fillsFor(exchanged, members, onSurvivor(true)) };
}

/**
 * The member that shows the survivor was typed with its roles crossed: one compared crossed with it and typed
 * the right way round — by its own values (CrossedRoles.straight) for a survivor that shows nothing itself, or
 * merely not warned of for a survivor whose names or IDs say it is crossed (rolesCrossed).
 */
function confirmingMember(survivor: DedupRecord, members: readonly DedupRecord[], roles: CrossedRoles, crossedWith: (member: DedupRecord) => boolean): DedupRecord | undefined {
  if (survivor.rolesCrossed !== true && (roles.straight === undefined || roles.straight(survivor.values))) return undefined;
  const straight = survivor.rolesCrossed === true ? (member: DedupRecord) => member.rolesCrossed !== true : (member: DedupRecord) => member.rolesCrossed !== true && roles.straight!(member.values);
  return [...members].sort((a, b) => compareSurvivorship(a, b)).find((member) => straight(member) && crossedWith(member));
}

/**
 * Whether the cluster leaves open which person the register has in which column: a member was compared
 * crossed with the survivor, the survivor's roles were not put back, and neither the survivor's own
 * values nor those of a member compared crossed show which way round is right (DEDUP_COPIES_DISAGREE).
 */
export function rolesUnsettled(survivor: DedupRecord, members: readonly DedupRecord[], roles: CrossedRoles | undefined, crossedWith: (member: DedupRecord) => boolean, plan: SurvivorPlan): DedupRecord | undefined {
  if (roles?.straight === undefined || plan.rolesExchanged !== undefined || survivor.rolesCrossed === true || roles.straight(survivor.values)) return undefined;
  const crossedMembers = members.filter(crossedWith);
  if (crossedMembers.some((member) => member.rolesCrossed === true || roles.straight!(member.values))) return undefined;
  return [...crossedMembers].sort((a, b) => compareSurvivorship(a, b))[0];
}
