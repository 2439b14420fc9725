/**
 * error → the row is rejected; warning → kept and listed for the officer;
 * note → an automatic correction, kept in the record's audit trail and counted.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface CatalogEntry {
  code: string;
  severity: Severity;
  /** The kind of field the code is about ('date', 'name', 'personalId', 'row', …). */
  field: string;
  /** Short Vietnamese title, where the officer reads a list of codes with their counts (summary.xlsx). */
  titleVi: string;
  /** Vietnamese message for the officer; {value} and params in braces are substituted. */
  messageVi: string;
  /** English description for developers and docs/errors.md. */
  description: string;
  /** Vietnamese suggestion for fixing the source row, where one exists. */
  fixVi?: string;
  /** Signals a hotich bug rather than bad input: no source row should ever produce it. */
  internal?: boolean;
}
