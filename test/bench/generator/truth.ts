/**
 * The truth of a generated row: what hotich should output for each field
 * (clean.jsonl paths, values at the precision the cell gives), which kinds of
 * mess each cell carries, and what the row is — an original, a duplicate of
 * another row of the book, a twin — and whether it should be rejected.
 *
 * The book generators fill it while they render a row, from the true values
 * they encode; it draws no randomness, so the books' bytes do not depend on it.
 */
import { fullName, type PersonName } from './names.js';

/**
 * Kinds of mess a cell (or a whole book) can carry. Cell kinds are recorded
 * per field by the cell helpers (cell-shapes.ts); book kinds apply to every
 * field of the row.
 */
export const MESS_KINDS = [
  // How the book was typed (every cell of the row).
  'book:unicode', 'book:nfd', 'book:tcvn3', 'book:vni',
  // A cell pasted into a Unicode book decomposed, or from a TCVN3 document.
  'cell:nfd', 'cell:tcvn3',
  // Date shapes (cell-shapes.ts DATE_SHAPES).
  'date:cell', 'date:dd/mm/yyyy', 'date:d/m/yyyy', 'date:dd-mm-yyyy', 'date:dd.mm.yyyy', 'date:words', 'date:d/m/yy',
  'date:ddmmyyyy', 'date:iso', 'date:serial', 'date:prefixed', 'date:spaced', 'date:mm/yyyy', 'date:year', 'date:year-number',
  'year:number',
  'id:lost-zero', 'id:spaced', 'id:cmnd',
  'name:upper', 'name:lower', 'name:double-space', 'name:padded', 'name:honorific', 'name:placeholder',
  'place:abbreviation',
  'number:padded',
  'sex:lower', 'sex:upper', 'sex:word',
  'ethnicity:lower', 'ethnicity:code', 'ethnicity:minority',
  'nationality:abbreviation', 'nationality:unaccented', 'nationality:lower',
] as const;
export type MessKind = (typeof MESS_KINDS)[number];

/** What one field of a row should read, and the mess its cell carries. */
export interface FieldTruth {
  expected: string | null;
  mess: MessKind[];
  /** The cell as the book holds it (write-truth.ts fills it in the truth file): for examples of mismatches. */
  typed?: TypedCell;
}

/** A cell in JSON: text, a number, a date cell (`{ date: ISO }`), or text in a legacy font. */
export type TypedCell = string | number | null | { date: string } | { text: string; font: string };

/** One `<book>.truth.jsonl` line. */
export interface RowTruth {
  /** Spreadsheet row (XLSX) = record number (CSV): the provenance row hotich reports. */
  row: number;
  /** The XLSX sheet's name (a CSV's rows have sheet ''). */
  sheet: string;
  kind: 'original' | 'double' | 'typo' | 'reregistration';
  /** The event the row registers, unique in its book: duplicates share their original's. */
  entity: number;
  /** The earlier row of the same entity in the book, for a duplicate (null when it came first). */
  duplicateOf: number | null;
  /** The entity of the row's twin (births). */
  twinEntity: number | null;
  /** 'rejected' when a required field is missing on purpose; `rejectedFor` names the fields. */
  expect: 'clean' | 'rejected';
  rejectedFor: string[];
  /**
   * Problems the row truly has, that hotich should flag (a warning), by code
   * and field: a spouse under the legal marriage age (marriages.ts).
   */
  problems: TruthProblem[];
  /** Book-level mess (every field of the row). */
  bookMess: MessKind[];
  fields: Record<string, FieldTruth>;
}

export interface TruthProblem {
  code: string;
  field: string;
}

/** The truth a generator builds while it renders an entry (rows and duplicates are bound later). */
export interface EntryTruth {
  entity: number;
  twinEntity: number | null;
  rejectedFor: string[];
  problems: TruthProblem[];
  fields: Record<string, FieldTruth>;
}

/** Collects an entry's fields in rendering order. */
export class TruthBuilder {
  private readonly fields: Record<string, FieldTruth> = {};
  private readonly rejected: string[] = [];
  private readonly problems: TruthProblem[] = [];

  constructor(
    private readonly entity: number,
    private readonly twinEntity: number | null = null,
  ) {}

  /** Declares a field; the returned object is handed to the cell helper that renders it. */
  field(path: string, expected: string | null, ...mess: MessKind[]): FieldTruth {
    const truth: FieldTruth = { expected, mess };
    this.fields[path] = truth;
    return truth;
  }

  /** A field read from the same cell as `from` (name parts, the commune of a place): it shares that cell's mess. */
  derived(path: string, expected: string | null, from: FieldTruth): FieldTruth {
    const truth: FieldTruth = { expected, mess: from.mess };
    this.fields[path] = truth;
    return truth;
  }

  /** A required field left out on purpose: hotich must reject the row. */
  rejectFor(path: string): void {
    this.rejected.push(path);
  }

  /** A problem the true values have (not a typing slip): hotich should warn about it. */
  problem(code: string, field: string): void {
    this.problems.push({ code, field });
  }

  build(): EntryTruth {
    return { entity: this.entity, twinEntity: this.twinEntity, rejectedFor: this.rejected, problems: this.problems, fields: this.fields };
  }
}

/** Hands out the entity numbers of one book. */
export class EntityCounter {
  private next = 0;

  take(): number {
    return ++this.next;
  }
}

/**
 * A name as hotich outputs it: every word capitalised, the rest lower case
 * (a slip typed 'HHùng' or 'nùng' still reads 'Hhùng', 'Nùng').
 */
export function nameAsOutput(name: string): string {
  return name
    .split(' ')
    .filter(Boolean)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

/**
 * Declares a person's name fields from one name cell: `<role>.fullName`, and
 * unless `withParts` is false (a birth's parents carry the full name only)
 * `.familyName`, `.middleName`, `.givenName`; all null when there is no one.
 * Returns the full name's truth, for the cell helpers.
 */
export function nameTruth(truth: TruthBuilder, role: string, name: PersonName | null, withParts = true): FieldTruth {
  const full = truth.field(`${role}.fullName`, name ? nameAsOutput(fullName(name)) : null);
  if (!withParts) return full;
  truth.derived(`${role}.familyName`, name ? nameAsOutput(name.family) : null, full);
  truth.derived(`${role}.middleName`, name ? nameAsOutput(name.middle) : null, full);
  truth.derived(`${role}.givenName`, name ? nameAsOutput(name.given) : null, full);
  return full;
}
