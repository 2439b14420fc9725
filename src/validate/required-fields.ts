import type { BoundFinding } from '../normalize/bound-finding.js';
import { fieldLabelOfPersonVi } from '../record-types/field-label.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { valueAt } from './record-access.js';

/**
 * FIELD_REQUIRED for every required field left empty — unless a normalizer
 * already rejected that field's value (the officer needs one reason, not two). The label names
 * whose field it is: a birth book has four name columns.
 */
export function checkRequiredFields(
  type: RecordTypeDefinition,
  record: Readonly<Record<string, unknown>>,
  findings: readonly BoundFinding[],
  isError: (code: string) => boolean,
): BoundFinding[] {
  const missing: BoundFinding[] = [];
  for (const field of type.requiredFields) {
    if (valueAt(record, field) !== null) continue;
    if (findings.some((finding) => finding.field === field && isError(finding.code))) continue;
    missing.push({ code: 'FIELD_REQUIRED', field, params: { label: fieldLabelOfPersonVi(type, field) } });
  }
  return missing;
}
