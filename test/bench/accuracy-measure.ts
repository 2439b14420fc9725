/**
 * Joins a run's outputs to the truth of the rows it read and measures: row
 * accounting (every truth row clean, rejected or merged), field accuracy per
 * field and per kind of mess (exact matches of clean.jsonl values against the
 * true values), rejections against the rows meant to be rejected, warnings
 * and the true problems flagged, duplicates and twins (accuracy-duplicates.ts).
 */
import { valueAt } from '../../src/validate/record-access.js';
import { addTo, measureDuplicates, type DuplicateScores, type TwinScores } from './accuracy-duplicates.js';
import type { OutputRow, RunOutputs, TruthRow } from './accuracy-outputs.js';
import type { MessKind, TypedCell } from './generator/truth.js';

export interface Tally {
  n: number;
  exact: number;
}

export interface Mismatch {
  key: string;
  field: string;
  expected: string | null;
  got: unknown;
  typed: TypedCell | undefined;
  mess: MessKind[];
}

export interface FieldAccuracy extends Tally {
  /** Per kind of mess the field's cell (or book) carried; 'clean' when none but a Unicode book. */
  byKind: Map<string, Tally>;
  /** Per encoding of the book ('book:unicode', 'book:tcvn3' …), whatever the cell's own mess. */
  byBook: Map<string, Tally>;
  mismatches: Mismatch[];
  /** Values a survivor took from a duplicate (DEDUP_FIELD_FILLED): not the row's own cell, left out. */
  filled: number;
}

export interface ProblemDetection {
  expected: number;
  flagged: number;
  /** Flagged with the code that says "maybe" (a date of reduced precision cannot tell). */
  flaggedUncertain: number;
  missed: string[];
  /** Flagged on a row whose true values do not have the problem. */
  falseAlarms: string[];
}

/** Codes the truth names (truth.ts `problems`), with the weaker code that also counts as flagging it. */
const TRUTH_PROBLEM_CODES: Readonly<Record<string, string>> = { MARRIAGE_UNDER_AGE: 'MARRIAGE_AGE_UNCERTAIN' };

export interface AccuracyReport {
  accounting: {
    truthRows: number;
    clean: number;
    rejected: number;
    merged: number;
    /** Truth rows no output names. */
    missing: string[];
    /** Output rows no truth row names (a title, header or footer taken for data). */
    extra: string[];
    /** Rows found under another sheet name than the truth's (XLSX). */
    sheetMismatches: string[];
  };
  fields: Map<string, FieldAccuracy>;
  /** Pooled over every field, per kind of mess. */
  byKind: Map<string, Tally>;
  rejection: {
    expected: number;
    asExpected: number;
    /** Rejected for the expected field(s). */
    rightField: number;
    missed: string[];
    unexpected: { key: string; errors: OutputRow['errors'] }[];
  };
  /** Warning codes on clean rows (generated rows carry no real problem but the ones stated). */
  warnings: Map<string, number>;
  /** Per problem code the truth can name: flagged, flagged with the weaker code, missed, flagged without cause. */
  problems: Map<string, ProblemDetection>;
  duplicates: DuplicateScores;
  twins: TwinScores;
}

const tally = (): Tally => ({ n: 0, exact: 0 });
const count = (target: Tally, exact: boolean): void => {
  target.n++;
  if (exact) target.exact++;
};

function filledFields(record: Record<string, unknown>): Set<string> {
  const notes = (record.notes ?? []) as { code: string; field: string }[];
  return new Set(notes.filter((note) => note.code === 'DEDUP_FIELD_FILLED').map((note) => note.field));
}

function measureFields(truth: readonly TruthRow[], outputs: RunOutputs, report: AccuracyReport): void {
  for (const row of truth) {
    const output = outputs.rows.get(row.key);
    if (row.expect !== 'clean' || output?.status !== 'clean' || output.record === null) continue;
    const filled = filledFields(output.record);
    for (const [path, field] of Object.entries(row.fields)) {
      const name = `${row.type}:${path}`;
      const accuracy = addTo(report.fields, name, () => ({ ...tally(), byKind: new Map(), byBook: new Map(), mismatches: [], filled: 0 }));
      if (filled.has(path)) {
        accuracy.filled++;
        continue;
      }
      const got = valueAt(output.record, path);
      const exact = got === field.expected;
      count(accuracy, exact);
      for (const book of row.bookMess) count(addTo(accuracy.byBook, book, tally), exact);
      const kinds = [...row.bookMess, ...field.mess].filter((kind) => kind !== 'book:unicode');
      for (const kind of kinds.length === 0 ? ['clean'] : kinds) {
        count(addTo(accuracy.byKind, kind, tally), exact);
        count(addTo(report.byKind, kind, tally), exact);
      }
      if (!exact) accuracy.mismatches.push({ key: row.key, field: path, expected: field.expected, got, typed: field.typed, mess: [...row.bookMess, ...field.mess] });
    }
  }
}

function measureProblems(row: TruthRow, output: OutputRow, report: AccuracyReport): void {
  const detection = (code: string): ProblemDetection =>
    addTo(report.problems, code, () => ({ expected: 0, flagged: 0, flaggedUncertain: 0, missed: [], falseAlarms: [] }));
  for (const problem of row.problems) {
    const counts = detection(problem.code);
    counts.expected++;
    const onField = output.warnings.filter((warning) => warning.field === problem.field);
    if (onField.some((warning) => warning.code === problem.code)) counts.flagged++;
    else if (onField.some((warning) => warning.code === TRUTH_PROBLEM_CODES[problem.code])) counts.flaggedUncertain++;
    else counts.missed.push(`${row.key} ${problem.field}`);
  }
  for (const warning of output.warnings) {
    if (!(warning.code in TRUTH_PROBLEM_CODES)) continue;
    if (!row.problems.some((problem) => problem.code === warning.code && problem.field === warning.field)) detection(warning.code).falseAlarms.push(`${row.key} ${warning.field}`);
  }
}

/** Joins one run's outputs to the truth and measures it. */
export function measureAccuracy(truth: readonly TruthRow[], outputs: RunOutputs): AccuracyReport {
  const report: AccuracyReport = {
    accounting: { truthRows: truth.length, clean: 0, rejected: 0, merged: 0, missing: [], extra: [], sheetMismatches: [] },
    fields: new Map(),
    byKind: new Map(),
    rejection: { expected: 0, asExpected: 0, rightField: 0, missed: [], unexpected: [] },
    warnings: new Map(),
    problems: new Map(),
    ...measureDuplicates(truth, outputs),
  };
  const truthKeys = new Set<string>();
  for (const row of truth) {
    truthKeys.add(row.key);
    const output = outputs.rows.get(row.key);
    if (output === undefined) {
      report.accounting.missing.push(row.key);
      continue;
    }
    report.accounting[output.status]++;
    if (output.sheet !== '' && output.sheet !== row.sheet) report.accounting.sheetMismatches.push(row.key);
    if (row.expect === 'rejected') {
      report.rejection.expected++;
      if (output.status === 'rejected') {
        report.rejection.asExpected++;
        if (row.rejectedFor.every((field) => output.errors.some((error) => error.field === field))) report.rejection.rightField++;
      } else report.rejection.missed.push(row.key);
    } else if (output.status === 'rejected') report.rejection.unexpected.push({ key: row.key, errors: output.errors });
    if (output.status === 'clean') {
      for (const warning of output.warnings) report.warnings.set(warning.code, (report.warnings.get(warning.code) ?? 0) + 1);
      if (row.expect === 'clean') measureProblems(row, output, report);
    }
  }
  for (const key of outputs.rows.keys()) if (!truthKeys.has(key)) report.accounting.extra.push(key);
  measureFields(truth, outputs, report);
  return report;
}

/** Share of exact matches (1 when nothing was measured). */
export const share = (value: Tally): number => (value.n === 0 ? 1 : value.exact / value.n);
