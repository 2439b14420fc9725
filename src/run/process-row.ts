import { messageVi, severityOf } from '../catalog/catalog.js';
import type { CsvRecordProblem } from '../ingest/csv-reader.js';
import type { SheetRow } from '../ingest/sheet-source.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { Provenance, RejectedRow } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { FieldReader } from '../normalize/field-reader.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import { validateRecord } from '../validate/validate-record.js';
import { recordId } from './record-id.js';
import type { SheetPlan } from './sheet-plan.js';

export interface RowContext {
  provinceCode: string;
  districtCode: string;
  file: string;
  sheet: string;
  date1904: boolean;
  options: NormalizeOptions;
}

/** What became of a row, plus everything found in it (for the officers' report) and its commune. */
export type RowOutcome = ({ kind: 'clean'; record: Record<string, unknown> } | { kind: 'rejected'; rejected: RejectedRow }) & {
  findings: BoundFinding[];
  communeCode: string | null;
};

const isError = (code: string): boolean => severityOf(code) === 'error';

/** One data row → a clean record, or a rejected row with every reason. Pure apart from hashing. */
export function processRow(row: SheetRow & { problem?: CsvRecordProblem }, plan: SheetPlan, context: RowContext): RowOutcome {
  const type = plan.header.type;
  const cellOf = (key: string): SourceCell | undefined => {
    const column = plan.columnOf.get(key);
    const cell = column === undefined ? undefined : row.cells[column];
    return cell && cell.text.trim() !== '' ? cell : plan.defaults.get(key);
  };
  const reader = new FieldReader({ cell: cellOf, date1904: context.date1904 }, { ...context.options, districtCode: context.districtCode });
  const body = type.build(reader);
  const provenance: Provenance = { file: context.file, sheet: context.sheet, row: row.rowNumber };
  const id = recordId({ ...context, type: type.name, row: row.rowNumber });
  const record: Record<string, unknown> = {
    id,
    type: type.name,
    registration: { provinceCode: context.provinceCode, districtCode: context.districtCode || null, ...body.registration },
    provenance,
    ...body.fields,
    remarks: body.remarks,
    raw: rawCells(row, plan, (column) => !plan.header.keys.has(column)),
    warnings: [],
    notes: [],
  };
  const findings: BoundFinding[] = [...reader.findings];
  if (row.problem) findings.push({ code: row.problem.code, field: 'row' });
  findings.push(...validateRecord(type, record, findings, isError));

  const errors = findings.filter((finding) => isError(finding.code));
  const warnings = findings
    .filter((finding) => severityOf(finding.code) === 'warning')
    .map((finding) => ({ code: finding.code, field: finding.field, message: message(finding) }));
  if (errors.length === 0) {
    record.warnings = warnings;
    record.notes = findings
      .filter((finding) => severityOf(finding.code) === 'note')
      .map((finding) => ({ code: finding.code, field: finding.field, from: finding.from ?? finding.value ?? '', to: finding.to ?? finding.normalized ?? '' }));
    const checked = type.schema.safeParse(record);
    if (checked.success) return { kind: 'clean', record, findings, communeCode: body.registration.communeCode };
    const issue = checked.error.issues[0];
    const shapeError: BoundFinding = { code: 'RECORD_SHAPE_INVALID', field: issue ? issue.path.join('.') : 'row', params: { reason: issue?.message ?? '' } };
    errors.push(shapeError);
    findings.push(shapeError);
  }
  return {
    kind: 'rejected',
    findings,
    communeCode: body.registration.communeCode,
    rejected: {
      id,
      provenance,
      raw: rawCells(row, plan, () => true),
      errors: errors.map((finding) => ({
        code: finding.code,
        field: finding.field,
        message: message(finding),
        value: finding.value ?? null,
        column: finding.column ?? null,
      })),
      warnings,
    },
  };
}

function message(finding: BoundFinding): string {
  return messageVi(finding.code, { value: finding.value, ...finding.params });
}

/** Cells as typed, by header label ('Cột X' for a cell under no header). */
function rawCells(row: SheetRow, plan: SheetPlan, include: (column: number) => boolean): Record<string, string> {
  const raw: Record<string, string> = {};
  row.cells.forEach((cell, column) => {
    if (!cell || cell.text === '' || !include(column)) return;
    raw[plan.rawKeys.get(column) ?? `Cột ${cell.column}`] = cell.text;
  });
  return raw;
}
