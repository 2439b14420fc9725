/**
 * What a normalizer or check reports, before anyone knows which file, row or
 * record field it is about ("unbound"). The record builder binds the field;
 * the ingest context binds the provenance. Severity and wording live in the
 * catalog (src/catalog), keyed on `code`.
 */
export interface Finding {
  /** Stable catalog code, e.g. DATE_IMPOSSIBLE. */
  code: string;
  /** For automatic corrections (severity note): the text before and after. */
  from?: string;
  to?: string;
  /** Values substituted into the catalog's message template, e.g. {candidates}. */
  params?: Record<string, string | number>;
}

/** A normalizer's answer: the canonical value (null when there is none) and what it found. */
export interface Normalized<T> {
  value: T;
  findings: Finding[];
}

export function ok<T>(value: T, findings: Finding[] = []): Normalized<T> {
  return { value, findings };
}
