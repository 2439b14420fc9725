import { ambiguousAmongPeoples, ethnicityOfNational, foreignerCode, foreignNationalEthnicityNote, isForeignerCode } from '../normalize/codes/ethnicity.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { foldName } from '../normalize/place/fold.js';

/**
 * ethnicityOfNational for a person's ethnicity read under `key` (or, that column empty, the one
 * headed for both persons, `sharedKey`), its change noted on `field` with the cell as typed: a
 * group's code turned into 55 for a foreign national stays in the audit trail (from → to).
 * A person holding a Vietnamese personal ID or CMND is a citizen: the group stays; so it does when
 * the nationality cell repeats the group's name ('Thái' | 'Thái': the group typed in both columns),
 * unless the person's ID cell (`idField`) held a passport: a Lao wife typed 'Lào' | 'Lào' beside
 * 'P1234567' is a Lao national (citizens' papers in these books are the CMND and the ID). And 55 for a citizen
 * (a country typed for the ethnicity beside 'Việt Nam': 'Trung Quốc', a Hoa?) is no code to load:
 * left empty, ETHNICITY_UNKNOWN.
 */
export function nationalEthnicity(
  reader: FieldReader,
  keys: { key: string; sharedKey?: string; field: string; nationalityKey: string; idField?: string },
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
  if (code === null && nationality !== null && nationality !== 'VN' && personalId === null) {
    const foreign = foreignPeopleAmbiguity(reader, keys.field, cellOf());
    if (foreign) return foreignerCode(list);
  }
  // Asked first (it is pure): unchanged, nearly always, the code stands whatever the ID or the nationality cell
  // say, and the cells need not be folded and compared on every row.
  const national = ethnicityOfNational(code, nationality, list);
  if (national === code) return code;
  if (personalId !== null) return code;
  if (!heldPassport(reader, keys.idField) && sameWords(cellOf()?.text, reader.sourceCell(keys.nationalityKey)?.text)) return code;
  if (code === null || national === null) return national;
  const cell = cellOf();
  const note = foreignNationalEthnicityNote(code, national, list);
  reader.report(Object.assign(note, { field: keys.field, normalized: national }, cell && { column: cell.column, value: reader.shownText(cell) }));
  return national;
}

/**
 * A foreign national's ethnicity cell ambiguous only between peoples ('Trung Quốc (Hán)' beside 'Trung Quốc': a
 * foreigner or Hoa, 'Trung Quốc (Hoa)' beside 'Đài Loan (Trung Quốc)'): each candidate is 55 for them, so the
 * cell is read as 55 and its ETHNICITY_AMBIGUOUS withdrawn. Not for a person holding a Vietnamese ID (the caller
 * asks only without one): a citizen's group would stand, and which one is still open.
 */
function foreignPeopleAmbiguity(reader: FieldReader, field: string, cell: SourceCell | undefined): boolean {
  const index = reader.findings.findIndex((finding) => finding.code === 'ETHNICITY_AMBIGUOUS' && finding.field === field);
  if (index < 0 || cell === undefined || typeof cell.value !== 'string' || !ambiguousAmongPeoples(reader.shownText(cell))) return false;
  reader.dropFindings([index]);
  return true;
}

/**
 * A passport number's letters ('P1234567', 'EA1234567') or the word: what no Vietnamese CMND or ID holds.
 * Digits alone are no evidence: a foreign national's 9 digits are read as their paper, yet may be the
 * CMND of a citizen whose group was typed in both columns ('Thái' | 'Thái' | '135000666').
 */
const PASSPORT_EVIDENCE = /(?:^|[^\p{L}])[a-z]{1,2}\s?\d{6,9}(?!\d)|hộ chiếu|passport/iu;

/** The person's ID cell was read as a passport (ID_PASSPORT on its field) and looks like one. */
function heldPassport(reader: FieldReader, idField: string | undefined): boolean {
  if (idField === undefined || !reader.findings.some((finding) => finding.code === 'ID_PASSPORT' && finding.field === idField)) return false;
  const text = reader.sourceCell(idField)?.text;
  return text !== undefined && PASSPORT_EVIDENCE.test(text.normalize('NFC'));
}

/** Two cells holding the same words, case and marks aside ('Thái' and 'thái'). */
function sameWords(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  const key = foldName(left);
  return key !== '' && key === foldName(right);
}
