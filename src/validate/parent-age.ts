import type { BoundFinding } from '../normalize/bound-finding.js';
import { yearOf } from '../normalize/date/partial-date.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { dateAt, valueAt } from './record-access.js';

/**
 * Plausible parent ages at the child's birth, in years. Outside these an
 * officer should look at the row (a mistyped year is the usual cause), but the
 * register may be right: a warning, not a rejection. A mother of 13 by the
 * years (12 or 13 at the birth, a child of 12 at the conception: a child under
 * the law, Penal Code 2015 Art. 142) is told too.
 */
export const PLAUSIBLE_AGE = {
  mother: { min: 14, max: 55, labelVi: 'mẹ', field: 'mother.birthYear' },
  father: { min: 15, max: 80, labelVi: 'cha', field: 'father.birthYear' },
} as const;

export function parentsOlderThanChild(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const childYear = yearOf(dateAt(record, 'child.birthDate'));
  if (childYear === null) return [];
  const findings: BoundFinding[] = [];
  for (const parent of ['mother', 'father'] as const) {
    const { min, max, labelVi, field } = PLAUSIBLE_AGE[parent];
    const parentYear = yearOf(dateAt(record, field));
    if (parentYear === null) continue;
    const age = childYear - parentYear;
    if (age >= min && age <= max) continue;
    findings.push({
      code: 'PARENT_AGE_IMPLAUSIBLE',
      field,
      // A year, or a whole date as officers write it (DOMAIN.md §5).
      value: dateVi(String(valueAt(record, field))),
      // 'sinh sau con 3 năm' rather than an age of -3.
      params: { parent: labelVi, age, min, max, ageVi: age >= 0 ? `tuổi ${age} khi sinh con` : `${labelVi} sinh sau con ${-age} năm` },
    });
  }
  return findings;
}
