import type { Finding } from './finding.js';

/** A finding bound to the record field and source cell it is about. */
export interface BoundFinding extends Finding {
  /** Record path ('child.birthDate'), or 'row' for the row as a whole. */
  field: string;
  /** Source column letter, when one cell is at fault. */
  column?: string;
  /** The cell as typed. */
  value?: string;
  /** The value after normalization, when there is one. */
  normalized?: string;
}
