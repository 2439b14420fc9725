import { ethnicityOfNational, foreignNationalEthnicityNote, isForeignerCode } from '../normalize/codes/ethnicity.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { foldName } from '../normalize/place/fold.js';

/**
 * ethnicityOfNational for a person's ethnicity read under `key` (or, that column empty, the one
 * headed for both persons, `sharedKey`), its change noted on `field` with the cell as typed: a
 * group's code turned into 55 for a foreign national stays in the audit trail (from → to).
 * A person holding a Vietnamese personal ID or CMND is a citizen: the group stays; so it does when
 * the nationality cell repeats the group's name ('Thái' | 'Thái': the group typed in both columns). And 55 for a citizen
 * (a country typed for the ethnicity beside 'Việt Nam': 'Trung Quốc', a Hoa?) is no code to load:
 * left empty, ETHNICITY_UNKNOWN.
 */
export function nationalEthnicity(
  reader: FieldReader,
  keys: { key: string; sharedKey?: string; field: string; nationalityKey: string },
  code: string | null,
  nationality: string | null,
  personalId: string | null,
): string | null {
  const list = reader.options.ethnicityCodeList;
  const cellOf = () => reader.sourceCell(keys.key) ?? (keys.sharedKey === undefined ? undefined : reader.sourceCell(keys.sharedKey));
  if (nationality === 'VN' && isForeignerCode(code, list)) {
    const cell = cellOf();
    reader.report(Object.assign({ code: 'ETHNICITY_UNKNOWN', field: keys.field }, cell && { column: cell.column, value: reader.shownText(cell) }));
    return null;
  }
  // Asked first (it is pure): unchanged, nearly always, the code stands whatever the ID or the nationality cell
  // say, and the cells need not be folded and compared on every row.
  const national = ethnicityOfNational(code, nationality, list);
  if (national === code) return code;
  if (personalId !== null || sameWords(cellOf()?.text, reader.sourceCell(keys.nationalityKey)?.text)) return code;
  if (code === null || national === null) return national;
  const cell = cellOf();
  const note = foreignNationalEthnicityNote(code, national, list);
  reader.report(Object.assign(note, { field: keys.field, normalized: national }, cell && { column: cell.column, value: reader.shownText(cell) }));
  return national;
}

/** Two cells holding the same words, case and marks aside ('Thái' and 'thái'). */
function sameWords(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  const key = foldName(left);
  return key !== '' && key === foldName(right);
}
