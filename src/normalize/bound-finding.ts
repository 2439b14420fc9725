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
  /** The cell is a title line's value (SourceCell.titleRow: its row, 0 for a sheet's or file's name): a problem of the sheet. */
  titleRow?: number;
  /** That title line's sheet, when not the row's own (SourceCell.titleSheet). */
  titleSheet?: string;
}
