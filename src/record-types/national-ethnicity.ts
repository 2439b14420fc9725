import { ethnicityOfNational, foreignNationalEthnicityNote } from '../normalize/codes/ethnicity.js';
import type { FieldReader } from '../normalize/field-reader.js';

/**
 * ethnicityOfNational for a person's ethnicity read under `key` (or, that column empty, the one
 * headed for both persons, `sharedKey`), its change noted on `field` with the cell as typed: a
 * group's code turned into 55 for a foreign national stays in the audit trail (from → to).
 */
export function nationalEthnicity(
  reader: FieldReader,
  keys: { key: string; sharedKey?: string; field: string },
  code: string | null,
  nationality: string | null,
): string | null {
  const list = reader.options.ethnicityCodeList;
  const national = ethnicityOfNational(code, nationality, list);
  if (national === code || code === null || national === null) return national;
  const cell = reader.sourceCell(keys.key) ?? (keys.sharedKey === undefined ? undefined : reader.sourceCell(keys.sharedKey));
  const note = foreignNationalEthnicityNote(code, national, list);
  reader.report(Object.assign(note, { field: keys.field, normalized: national }, cell && { column: cell.column, value: cell.text }));
  return national;
}
