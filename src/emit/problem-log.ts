import { join } from 'node:path';
import { fixVi, messageVi, severityOf } from '../catalog/catalog.js';
import type { Severity } from '../catalog/catalog-entry.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { fieldLabelVi } from '../record-types/field-label.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { AppendFile } from './append-file.js';
import type { Provenance } from './manifest.js';

/** One line of the officers' detail sheet. */
export interface ReportedProblem {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  sheet: string;
  row: number | null;
  column: string;
  value: string;
  normalized: string;
  fix: string;
}

/** Per commune (code, or '' when the row's commune is not known): rows, rejected rows, problems. */
export interface CommuneTally {
  rows: number;
  rejected: number;
  errors: number;
  warnings: number;
}

export interface ProblemCounts {
  byCode: Record<string, number>;
  byCommune: Record<string, CommuneTally>;
}

/**
 * Collects the problems of one batch for errors.xlsx: counts by code and by
 * commune in memory (small), the detail lines spooled to a file in the batch's
 * temporary folder so memory stays flat however many problems there are.
 * Notes (automatic corrections) are counted, not listed.
 */
export class ProblemLog {
  readonly spool: AppendFile;
  counts: ProblemCounts = { byCode: {}, byCommune: {} };

  constructor(
    folder: string,
    private readonly type: RecordTypeDefinition,
  ) {
    this.spool = new AppendFile(join(folder, 'problems.spool.jsonl'));
  }

  addRow(findings: readonly BoundFinding[], provenance: Provenance, communeCode: string | null, rejected: boolean): void {
    const commune = (this.counts.byCommune[communeCode ?? ''] ??= { rows: 0, rejected: 0, errors: 0, warnings: 0 });
    commune.rows++;
    if (rejected) commune.rejected++;
    for (const finding of findings) {
      const severity = severityOf(finding.code);
      this.counts.byCode[finding.code] = (this.counts.byCode[finding.code] ?? 0) + 1;
      if (severity === 'note') continue;
      if (severity === 'error') commune.errors++;
      else commune.warnings++;
      this.spool.write(`${JSON.stringify(this.describe(finding, severity, provenance))}\n`);
    }
  }

  /** One more finding of a row already counted (a check made when the batch is written). */
  addFinding(finding: BoundFinding, provenance: Provenance, communeCode: string | null): void {
    const severity = severityOf(finding.code);
    this.counts.byCode[finding.code] = (this.counts.byCode[finding.code] ?? 0) + 1;
    const commune = this.counts.byCommune[communeCode ?? ''];
    if (commune && severity === 'error') commune.errors++;
    else if (commune && severity === 'warning') commune.warnings++;
    if (severity !== 'note') this.spool.write(`${JSON.stringify(this.describe(finding, severity, provenance))}\n`);
  }

  /** A problem with a whole file or sheet (unreadable, no header): listed without a row. */
  addFileProblem(code: string, file: string, sheet: string | null, params: Record<string, string | number>): void {
    const severity = severityOf(code);
    this.counts.byCode[code] = (this.counts.byCode[code] ?? 0) + 1;
    if (severity === 'note') return;
    const problem: ReportedProblem = {
      severity,
      code,
      message: messageVi(code, params),
      file,
      sheet: sheet ?? '',
      row: null,
      column: '',
      value: typeof params.value === 'string' ? params.value : '',
      normalized: '',
      fix: fixVi(code, params) ?? '',
    };
    this.spool.write(`${JSON.stringify(problem)}\n`);
  }

  private describe(finding: BoundFinding, severity: Severity, provenance: Provenance): ReportedProblem {
    const params = { value: finding.value, ...finding.params };
    const message = messageVi(finding.code, params);
    const label = finding.field === 'row' ? '' : fieldLabelVi(this.type, finding.field);
    return {
      severity,
      code: finding.code,
      // The officer needs to know which field; say it unless the message already does.
      message: label === '' || message.includes(label) ? message : `${label}: ${message}`,
      file: provenance.file,
      sheet: provenance.sheet,
      row: provenance.row,
      column: finding.column ?? '',
      value: finding.value ?? '',
      normalized: finding.normalized ?? '',
      fix: fixVi(finding.code, params) ?? '',
    };
  }
}
