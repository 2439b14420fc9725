import type { DedupRecord } from '../dedup/dedup-record.js';
import { PersonIdOwners, type PersonId } from '../dedup/person-id-owners.js';
import { RepeatedPersonalIds } from '../dedup/repeated-personal-ids.js';
import { SpouseMarriages } from '../dedup/spouse-marriages.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { messageVi } from '../catalog/catalog.js';
import { inferBookYears, otherYearBooks, yearNotBookFinding } from '../validate/book-years.js';
import { communeOfKey, inBookOf, RegisterNumbers, type RegisterPosition, type RegisterSource } from '../validate/register-numbers.js';
import { RegisterBooks, type BookFinding } from '../validate/register-books.js';
import type { AddedWarning } from './dedup-output.js';
import type { Provenance } from './manifest.js';
import type { ProblemLog } from './problem-log.js';
import { registerFieldColumn } from '../run/process-row.js';

/** A clean record's DATE_YEAR_NOT_BOOK, held until commit; its finding is reported with it if it stands. */
export interface HeldYearWarning {
  warning: AddedWarning;
  finding?: BoundFinding;
}

/**
 * A rejected row with a register number, and how many clean records came before it: a
 * rejected row still holds its number in the book, unless it is an entry the book cancelled.
 */
export interface RejectedPosition {
  cleanBefore: number;
  position: RegisterPosition;
  cancelled: boolean;
  /** Read without a registration date (missing or unread): it holds its number, but is not warned of repeating one. */
  undated: boolean;
  /** Index of the row's line in rejected.jsonl (a warning found at commit is added there). */
  line: number;
}

/** What a batch remembered of its rows for the checks at commit; the clean records' arrays are in spool order, one entry per record. */
export interface BatchNumbering {
  registerPositions: readonly RegisterPosition[];
  rejectedPositions: readonly RejectedPosition[];
  /** Numbers the books mark unused (skipped 'unused-line' rows): they fill their number in REGISTER_NUMBER_GAP. Absent: none. */
  unusedPositions?: readonly RegisterPosition[];
  /** By spool index. */
  heldYearWarnings: ReadonlyMap<number, HeldYearWarning>;
  /** Empty without deduplication (a writer tested alone): nothing is merged away or warned by id. */
  dedupRecords: readonly DedupRecord[];
  provenances: readonly Provenance[];
  /** The comparison value holding the registered person's ID (the spec's personalIdField). */
  personalIdField: string | undefined;
  /** The people's IDs of each clean record, by spool index (PERSONAL_ID_OTHER_PERSON). Absent: not checked. */
  personIds?: readonly (readonly PersonId[])[];
  /** The sheet register of each clean record, by spool index: the column of the ID a finding names. Absent: no column. */
  registers?: readonly (RegisterSource | undefined)[];
}

/**
 * REGISTER_NUMBER_REPEATED, PERSONAL_ID_REPEATED, PERSONAL_ID_OTHER_PERSON and MARRIAGE_SPOUSE_ALREADY_MARRIED on the records kept, in
 * source order: a copy of the same entry is merged, not flagged; a rejected row
 * before it holds its number too, and a rejected row after a row holding its
 * number is warned of in rejected.jsonl (addedRejected, by line). Then the books' numbering as a whole:
 * REGISTER_NUMBER_OUT_OF_ORDER on kept records, REGISTER_NUMBER_GAP per book
 * (listed for its sheet, like a sheet's problems). First, an entry typed with another
 * year than its book's, in a book that names no year (inferBookYears), is placed in
 * its book and warned of (DATE_YEAR_NOT_BOOK); in a book that names its year, the rows'
 * own DATE_YEAR_NOT_BOOK (held back) stands unless their year is the next book typed on
 * in the sheet (otherYearBooks), filed under its own year. Every finding goes into
 * `problems` (the officers' report); returns the warnings added to kept records by id,
 * and the books' gaps.
 */
export function checkRegisterNumbers(
  batch: BatchNumbering,
  mergedAway: ReadonlySet<string>,
  problems: ProblemLog,
): { added: Map<string, AddedWarning[]>; addedRejected: Map<number, AddedWarning[]>; bookFindings: BookFinding[] } {
  const { registerPositions, rejectedPositions, heldYearWarnings, dedupRecords, provenances } = batch;
  const registerNumbers = new RegisterNumbers();
  const books = new RegisterBooks();
  const personalIds = new RepeatedPersonalIds(batch.personalIdField);
  const idOwners = new PersonIdOwners();
  const marriages = new SpouseMarriages();
  const added = new Map<string, AddedWarning[]>();
  // Warnings for rejected rows, by their line in rejected.jsonl.
  const addedRejected = new Map<number, AddedWarning[]>();
  const warn = (id: string, finding: BoundFinding, provenance: Provenance, communeCode: string | null): void => {
    const warning = { code: finding.code, field: finding.field, message: messageVi(finding.code, { value: finding.value, ...finding.params }) };
    added.set(id, [...(added.get(id) ?? []), warning]);
    problems.addFinding(finding, provenance, communeCode);
  };
  const communeOf = (position: RegisterPosition): string | null => communeOfKey(position.key);
  const allPositions = [...registerPositions, ...rejectedPositions.map(({ position }) => position)];
  const inferred = inferBookYears(allPositions);
  const ownBooks = otherYearBooks(allPositions);
  const placed = (position: RegisterPosition): RegisterPosition => {
    if (ownBooks.has(position)) return inBookOf(position, position.year!);
    const book = inferred.get(position);
    return book === undefined ? position : inBookOf(position, book.year);
  };
  // A held DATE_YEAR_NOT_BOOK stands unless its entry's year is a book of its own.
  const yearWarning = (index: number, position: RegisterPosition, id: string | null): void => {
    const held = heldYearWarnings.get(index);
    if (held === undefined || ownBooks.has(position)) return;
    if (id !== null) added.set(id, [...(added.get(id) ?? []), held.warning]);
    if (held.finding !== undefined) problems.addFinding(held.finding, position.provenance, communeOf(position));
  };
  let nextRejected = 0;
  const takeRejected = (cleanBefore: number): void => {
    for (; nextRejected < rejectedPositions.length && rejectedPositions[nextRejected]!.cleanBefore <= cleanBefore; nextRejected++) {
      const { cancelled, undated, line } = rejectedPositions[nextRejected]!;
      const position = placed(rejectedPositions[nextRejected]!.position);
      books.add(position, cancelled ? 'cancelled' : 'rejected');
      const repeated = cancelled ? null : registerNumbers.hold(position);
      if (repeated && !undated) {
        const warning = { code: repeated.code, field: repeated.field, message: messageVi(repeated.code, { value: repeated.value, ...repeated.params }) };
        addedRejected.set(line, [...(addedRejected.get(line) ?? []), warning]);
        problems.addFinding(repeated, position.provenance, communeOf(position));
      }
    }
  };
  registerPositions.forEach((typed, index) => {
    takeRejected(index);
    const position = placed(typed);
    const record = dedupRecords[index];
    if (record !== undefined && mergedAway.has(record.id)) {
      books.add(position, 'merged');
      yearWarning(index, typed, null);
      return;
    }
    books.add(position, 'kept', record?.id ?? null);
    yearWarning(index, typed, record?.id ?? null);
    const book = inferred.get(typed);
    if (book !== undefined && record) warn(record.id, yearNotBookFinding(typed, book), position.provenance, communeOf(position));
    const repeated = registerNumbers.checkPosition(position);
    if (repeated && record) warn(record.id, repeated, position.provenance, communeOf(position));
    // An ID's findings name its column in the record's own sheet, where the officer checks it.
    const located = (finding: BoundFinding): BoundFinding => {
      const column = finding.column ?? registerFieldColumn(batch.registers?.[index], finding.field);
      return column === null ? finding : { ...finding, column };
    };
    const idRepeated = record === undefined ? null : personalIds.check(record, provenances[index] as Provenance);
    if (idRepeated && record) warn(record.id, located(idRepeated), provenances[index] as Provenance, record.values['registration.commune'] ?? null);
    if (record) {
      // On whichever of two marriages of one spouse was registered later: this record, or one kept before it.
      for (const warned of marriages.check(record, provenances[index] as Provenance, index)) {
        const target = dedupRecords[warned.index]!;
        const column = registerFieldColumn(batch.registers?.[warned.index], warned.finding.field);
        warn(target.id, column === null ? warned.finding : { ...warned.finding, column }, provenances[warned.index] as Provenance, target.values['registration.commune'] ?? null);
      }
    }
    const ids = batch.personIds?.[index];
    if (ids !== undefined && ids.length > 0 && record) {
      for (const finding of idOwners.check(ids, provenances[index] as Provenance)) warn(record.id, located(finding), provenances[index] as Provenance, record.values['registration.commune'] ?? null);
    }
  });
  takeRejected(Infinity);
  for (const position of batch.unusedPositions ?? []) books.add(position, 'unused');
  for (const { id, provenance, communeCode, finding } of books.outOfOrder()) warn(id, finding, provenance, communeCode);
  const bookFindings = books.gaps();
  for (const { code, file, sheet, params } of bookFindings) problems.addSheetFinding(code, file, sheet, params);
  return { added, addedRejected, bookFindings };
}
