import type { Finding } from './finding.js';

/** A finding bound to the record field and source cell it is about. */
export interface BoundFinding extends Finding {
  /** Record path ('child.birthDate'), or 'row' for the row as a whole. */
  field: string;
  /** Source column letter, when one cell is at fault. */
  column?: string;
  /**
   * The cell as the officer sees it (FieldReader.shownText): its text after the text cleaner, legacy
   * fonts decoded; a number or date as displayed. The bytes as typed are in the record's raw.
   */
  value?: string;
  /** The value after normalization, when there is one. */
  normalized?: string;
}
