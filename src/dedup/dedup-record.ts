import type { RecordTypeName } from '../record-types/record-type.js';

/** Normalized comparison values by field name; null = missing (neutral in comparisons). */
export type DedupValues = Readonly<Record<string, string | null>>;

/**
 * What deduplication remembers of one clean record — compact comparison
 * values and blocking keys; the full record stays in the batch's spool on
 * disk. Built by the record type's dedup spec from a clean record.
 */
export interface DedupRecord {
  id: string;
  type: RecordTypeName;
  /** District of the batch the record belongs (or belonged) to. */
  districtCode: string;
  /** Normalized comparison values by field name; null = missing (neutral in comparisons). */
  values: DedupValues;
  /** Blocking keys, each prefixed with its rule name ('given+year:hung|2015'). */
  blockingKeys: string[];
  /** Survivorship: original registrations before re-registrations (đăng ký lại), then the better spelt and fuller registered name, then earliest, then most complete, then the entry typed first. */
  registrationDate: string | null;
  reRegistration: boolean;
  /** Number of non-empty fields of the full record that no member could fill in (those outside `filledFields`). */
  completeness: number;
  /**
   * Record paths (dotted, as in clean.csv) of the person fields this record fills
   * ('child.personalId', 'father.fullName'): a cluster reports those its survivor
   * lacks and a member has. Optional: a record without it fills nothing.
   */
  filledFields?: readonly string[];
  /**
   * Position of the record in its batch's source order (files in order, then
   * sheet and row): when all else ties, the entry typed first survives — the
   * copy typed again later, often with a slip, is the one merged away. Not kept
   * in the registry (a record loaded before always survives).
   */
  sourceOrder?: number;
  /**
   * Survivorship tie, before the source order (not kept in the registry): the district's batch in
   * place kept this record (a re-run), so a copy of it delivered in a later file, even one the
   * inputs list first, does not take its place and its id.
   */
  keptBefore?: true;
  /**
   * Survivorship ties, before the source order (none kept in the registry): the
   * source file ('249/KS-08950-2015.xlsx'), the number of quality warnings on the
   * record's names (NAME_SPELLING_DOUBTFUL, NAME_NO_DIACRITICS …), and whether the
   * entry was read from a sheet hidden in its workbook (SHEET_HIDDEN: a draft).
   */
  sourceFile?: string;
  nameWarnings?: number;
  hiddenSheet?: boolean;
  /**
   * Survivorship between copies of one entry, before the registration date (none kept in
   * the registry): the spelling warnings on the registered person's own name (the child,
   * the deceased, the spouses: NAME_SPELLING_DOUBTFUL, NAME_NO_DIACRITICS, NAME_ABBREVIATED,
   * NAME_TELEX_UNCONVERTED, legacy text left undecoded), and the words of that name, a
   * repeated word counted once ('Lê Thị Linh' 3, its copy 'Lê Linh' 2).
   */
  personNameWarnings?: number;
  personNameWords?: number;
  /**
   * The entry's names say its two roles were typed in each other's columns
   * (MARRIAGE_SPOUSE_NAME_SEX, PARENT_NAME_SEX): a member typed the right way round
   * survives before it, and a survivor so typed is put back by one (survivor.ts).
   */
  rolesCrossed?: boolean;
  /**
   * The entry's remarks say a multiple birth ('Sinh đôi', 'Song sinh', 'Sinh ba'): two rows of one
   * file typed one under the other under its register number, given names a mark apart, may be the
   * twins (birth.ts). Not kept in the registry (the rows of one file only).
   */
  multipleBirth?: true;
}
