import type { FieldReader } from '../normalize/field-reader.js';
import type { SourceCell } from '../ingest/source-cell.js';
import { namesGroupBesideVietnam, normalizeEthnicity } from '../normalize/codes/ethnicity.js';
import { normalizeNationality } from '../normalize/codes/nationality.js';
import { BoundedMemo } from '../normalize/memo/bounded-memo.js';

/** A person's ethnicity and nationality columns, and the ethnicity's field ('child.ethnicityCode'). */
export interface CodedCellKeys {
  ethnicity: string;
  ethnicityField: string;
  nationality: string;
}

/** Parts of one cell holding both values: 'Kinh - Việt Nam', 'Kinh/VN', 'Sán Dìu, Việt Nam', 'Kinh (Việt Nam)'. */
const PART_SEPARATOR = /\s*[,;/()[\]]\s*|\s+[-–—]\s+/u;

/**
 * The ethnicity and nationality of one person as read from their own columns, with Việt Nam typed
 * in the ethnicity cell put where it belongs:
 * - the ethnicity cell names Việt Nam beside the group or alone ('Kinh - Việt Nam', 'Kinh/VN',
 *   'Việt Nam') and the nationality cell is blank or absent: the nationality is Việt Nam;
 * - the two cells typed in each other's column ('Việt Nam' | 'Kinh', 'Việt Nam' | 'Sán Dìu'), each
 *   unknown where it stands and each the other's kind: both are read, the two warnings dropped.
 * Each value moved gets ETHNICITY_NATIONALITY_CROSSED. Only Việt Nam is moved: a foreign country in
 * the ethnicity column names a foreigner's people (ethnicity 55), not a nationality the book gives.
 */
export function uncrossCodedCells(
  reader: FieldReader,
  keys: CodedCellKeys,
  ethnicityCode: string | null,
  nationality: string | null,
): { ethnicityCode: string | null; nationality: string | null } {
  if (nationality !== null) return { ethnicityCode, nationality };
  const besideGroup = countryBesideGroup(reader, keys, ethnicityCode);
  if (besideGroup !== null) return besideGroup;
  const ethnicityCell = reader.sourceCell(keys.ethnicity);
  if (ethnicityCell === undefined || typeof ethnicityCell.value !== 'string') return { ethnicityCode, nationality };
  if (!namesVietnam(reader.shownText(ethnicityCell))) return foreignCountryMoved(reader, keys, ethnicityCell, ethnicityCode);
  const nationalityCell = reader.sourceCell(keys.nationality);
  const moved = { code: 'ETHNICITY_NATIONALITY_CROSSED', column: ethnicityCell.column, value: reader.shownText(ethnicityCell) };
  if (reader.isBlank(keys.nationality)) {
    reader.report({ ...moved, field: keys.nationality, from: ethnicityCell.text, to: 'VN', normalized: 'VN', params: { target: 'quốc tịch' } });
    return { ethnicityCode, nationality: 'VN' };
  }
  if (nationalityCell === undefined || ethnicityCode !== null) return { ethnicityCode, nationality };
  const unknownHere = (code: string, field: string) => reader.findings.findIndex((finding) => finding.code === code && finding.field === field);
  const ethnicityUnknown = unknownHere('ETHNICITY_UNKNOWN', keys.ethnicityField);
  const nationalityUnknown = unknownHere('NATIONALITY_UNKNOWN', keys.nationality);
  if (ethnicityUnknown < 0 || nationalityUnknown < 0) return { ethnicityCode, nationality };
  const group = reader.ethnicityOfText(nationalityCell);
  if (group === null) return { ethnicityCode, nationality };
  reader.dropFindings([ethnicityUnknown, nationalityUnknown]);
  reader.report({ ...moved, field: keys.nationality, from: ethnicityCell.text, to: 'VN', normalized: 'VN', params: { target: 'quốc tịch' } });
  reader.report({
    code: 'ETHNICITY_NATIONALITY_CROSSED',
    field: keys.ethnicityField,
    column: nationalityCell.column,
    value: reader.shownText(nationalityCell),
    from: nationalityCell.text,
    to: group,
    normalized: group,
    params: { target: 'dân tộc' },
  });
  return { ethnicityCode: group, nationality: 'VN' };
}

/**
 * The nationality cell naming the country and the person's group ('Việt Nam (Kinh)', 'VN - Kinh', 'Việt Nam, Sán Dìu',
 * the two lines of a 'Quốc tịch, dân tộc' cell): the country is the nationality (its NATIONALITY_UNKNOWN withdrawn), and
 * the group the ethnicity where the ethnicity cell is blank or absent, noted ETHNICITY_NATIONALITY_CROSSED. Null when the
 * cell is not one country (read exactly) and one group.
 */
function countryBesideGroup(
  reader: FieldReader,
  keys: CodedCellKeys,
  ethnicityCode: string | null,
): { ethnicityCode: string | null; nationality: string } | null {
  const nationalityCell = reader.sourceCell(keys.nationality);
  if (nationalityCell === undefined || typeof nationalityCell.value !== 'string') return null;
  const unknown = reader.findings.findIndex((finding) => finding.code === 'NATIONALITY_UNKNOWN' && finding.field === keys.nationality);
  if (unknown < 0) return null;
  const text = reader.shownText(nationalityCell);
  const parts = countryAndGroupParts(text);
  if (parts === null) return null;
  reader.dropFindings([unknown]);
  if (ethnicityCode !== null || !reader.isBlank(keys.ethnicity)) return { ethnicityCode, nationality: parts.country };
  const group = reader.ethnicityOfText({ value: parts.group, text: parts.group, column: nationalityCell.column });
  if (group === null) return { ethnicityCode, nationality: parts.country };
  reader.report({
    code: 'ETHNICITY_NATIONALITY_CROSSED',
    field: keys.ethnicityField,
    column: nationalityCell.column,
    value: text,
    from: nationalityCell.text,
    to: group,
    normalized: group,
    params: { target: 'dân tộc' },
  });
  return { ethnicityCode: group, nationality: parts.country };
}

/**
 * 'Việt Nam (Kinh)' → VN and 'Kinh': one part a country read exactly, the other one group (not the foreigners' 55);
 * a cell of one part ('Việt Nam Kinh', its two lines made one by the text cleaning) is tried at each space.
 */
function countryAndGroupParts(text: string): { country: string; group: string } | null {
  const parts = text.split(PART_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  const words = parts.length === 1 ? parts[0]!.split(/\s+/) : [];
  const pairs: [string, string][] =
    parts.length === 2 ? [[parts[0]!, parts[1]!]] : words.slice(1).map((_, index) => [words.slice(0, index + 1).join(' '), words.slice(index + 1).join(' ')]);
  for (const [first, second] of pairs) {
    const read = countryThenGroup(first, second) ?? countryThenGroup(second, first);
    if (read !== null) return read;
  }
  return null;
}

function countryThenGroup(countryPart: string, groupPart: string): { country: string; group: string } | null {
  const country = normalizeNationality(countryPart);
  if (country.value === null || country.findings.length > 0 || normalizeEthnicity(countryPart, ANY_LIST).value !== null) return null;
  const group = normalizeEthnicity(groupPart, ANY_LIST);
  const isGroup = group.value !== null && group.value !== '55' && group.findings.length === 0 && normalizeNationality(groupPart).value === null;
  return isGroup ? { country: country.value, group: groupPart } : null;
}

/**
 * A foreign country typed beside the person's people in a column headed for both ('Dân tộc, quốc tịch': 'Hán,
 * Trung Quốc', 'Hàn Quốc'; country-in-ethnicity.ts), the nationality cell blank or absent: the nationality, with
 * ETHNICITY_NATIONALITY_CROSSED. Under a header naming the ethnicity alone, a country there names the person's
 * people (ethnicity 55), and nothing moves.
 */
function foreignCountryMoved(reader: FieldReader, keys: CodedCellKeys, ethnicityCell: SourceCell, ethnicityCode: string | null): { ethnicityCode: string | null; nationality: string | null } {
  // The header first (a set lookup): nearly every ethnicity column names the ethnicity alone.
  const named = reader.countryInEthnicity(keys.ethnicity);
  if (named === null || !reader.isBlank(keys.nationality)) return { ethnicityCode, nationality: null };
  const { country, people } = named;
  const value = reader.shownText(ethnicityCell);
  reader.report({ code: 'ETHNICITY_NATIONALITY_CROSSED', field: keys.nationality, column: ethnicityCell.column, value, from: ethnicityCell.text, to: country, normalized: country, params: { target: 'quốc tịch' } });
  // 'Hán, Trung Quốc' read whole is Hoa or a foreigner (ETHNICITY_AMBIGUOUS); the country moved, its people is the
  // group named (the caller gives a foreign national 55, noting the change).
  const ambiguous = ethnicityCode === null && people !== null ? reader.findings.findIndex((finding) => finding.code === 'ETHNICITY_AMBIGUOUS' && finding.field === keys.ethnicityField) : -1;
  const group = ambiguous < 0 ? null : reader.ethnicityOfText({ value: people!, text: people!, column: ethnicityCell.column });
  if (group === null) return { ethnicityCode, nationality: country };
  reader.dropFindings([ambiguous]);
  return { ethnicityCode: group, nationality: country };
}

/**
 * A person's ethnicity and nationality read from their own columns, uncrossed (uncrossCodedCells);
 * `sharedNationality`, the value of a column headed for both persons: with it read and no own
 * nationality column, the own ethnicity cell moves nothing.
 */
export function ownCodedCells(reader: FieldReader, keys: CodedCellKeys, sharedNationality: string | null): { ethnicityCode: string | null; nationality: string | null } {
  const ethnicityCode = reader.ethnicity(keys.ethnicity, keys.ethnicityField);
  const nationality = reader.nationality(keys.nationality);
  if (sharedNationality !== null && !reader.has(keys.nationality)) return { ethnicityCode, nationality };
  return uncrossCodedCells(reader, keys, ethnicityCode, nationality);
}

/** Any list will do: only whether a part names a group is asked. */
const ANY_LIST = { sourceList: '2008', targetList: '2008' } as const;

/**
 * The cell, whole or one of its parts, names Việt Nam, and no part names another country. A part
 * that names a group is the group's ('Việt', an alias of Kinh, is no country typed there).
 */
function namesVietnam(text: string): boolean {
  const known = NAMES_VIETNAM.get(text);
  return known ?? NAMES_VIETNAM.set(text, readsAsVietnam(text));
}

/**
 * namesVietnam by text: it is asked of every person whose nationality is empty, on every row of a book without a
 * nationality column, and an ethnicity column holds few texts ('Kinh' down the page).
 */
const NAMES_VIETNAM = new BoundedMemo<string, boolean>(4096);

function readsAsVietnam(text: string): boolean {
  const parts = text.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
  let vietnam = false;
  for (const part of parts) {
    if (normalizeEthnicity(part, ANY_LIST).value !== null) {
      // 'Kinh Việt Nam': the group and the country on two lines of one cell, read as one part.
      if (namesGroupBesideVietnam(part)) vietnam = true;
      continue;
    }
    const country = normalizeNationality(part).value;
    if (country === 'VN') vietnam = true;
    else if (country !== null) return false;
  }
  return vietnam;
}
