/**
 * A cell of a column headed for a person's name and birth date together ('Họ tên, ngày sinh', 'Họ tên,
 * năm sinh người chết'): 'Dương Văn Thành, sinh 15/3/1998', 'Lê Thị Hoa - 1935', 'Ngô Văn Tâm\n12/5/1940'.
 * The record type reads each part as its own column would be read (FieldReader).
 */
export interface NameWithBirthDate {
  /** The name as typed, without the date and the separator before it; '' when the cell opens with the date. */
  name: string;
  /** The date as typed, markers kept ('sinh ngày 15/3/1998': the date normalizer reads them); null when there is none. */
  birthDate: string | null;
}

/**
 * Where the date begins, whichever comes first:
 * - a figure (no name has one: '1998', '15/3/1998', 'Canh Tý' aside);
 * - 'sinh' or 'SINH' before a figure or a date word ('sinh 15/3', 'sinh ngày', 'sinh năm Canh Tý'); a
 *   capitalised 'Sinh' is a given name ('Nguyễn Văn Sinh 1990') unless a date word follows ('Sinh ngày …');
 * - 'SN', 'NS', 'S/N' (sinh năm, ngày sinh: no Vietnamese syllable);
 * - 'ngày', 'tháng' before a figure, and 'năm' as written in lower case ('năm 1998'; 'Năm' is a given name).
 * Case matters (no /i): 'sinh' and 'Sinh' are told apart.
 */
const DATE_START =
  /(?<!\p{L})(?:(?:sinh|SINH)(?=[\s:.]*(?:\d|ngày|ngay|năm|nam|tháng|thang|NGÀY|NĂM|THÁNG))|Sinh(?=[\s:.]*(?:ngày|ngay|năm|nam|:))|(?:[sS][nN]|[nN][sS]|[sS]\/[nN])(?!\p{L})|(?:ngày|Ngày|NGÀY|tháng|Tháng|THÁNG|năm)(?=\s*\d))|\d/u;
/**
 * Separators between the name and the date, which also end the name when no figure or date marker
 * follows ('Lê Văn Tý, Canh Tý'): a comma, a semicolon, a line break (FieldReader types it '; '), a dash
 * with a space beside it (never the hyphen inside 'Marie-Claire'). A bracket is a remark's ('Nguyễn Văn An
 * (tức Tèo), sinh 1990') unless the date is inside it ('Trần Văn Hùng (12/5/1940)'): the marker finds that one.
 */
const SEPARATORS = /[,;\n]|\s[-–]|[-–]\s/gu;
/** What is left between the name and the date: separators, spaces, an opening bracket. */
const TRAILING_SEPARATORS = /[\s,;:(\-–]+$/u;
/** Cheap test first: a cell with none of these is a name alone. */
const MAY_HOLD_DATE = /[\d,;\n\-–]|sinh|sn|ns|s\/n/iu;

/** Splits a cleaned cell into its name and its birth date (NameWithBirthDate). */
export function splitNameWithBirthDate(text: string): NameWithBirthDate {
  const trimmed = text.trim();
  if (!MAY_HOLD_DATE.test(trimmed)) return { name: trimmed, birthDate: null };
  const marker = DATE_START.exec(trimmed);
  const end = marker === null ? trimmed.length : marker.index;
  // The last separator before the date's marker opens the date ('Hoàng Văn Long, khoảng năm 1940'); without a marker, the first.
  let separator: RegExpExecArray | null = null;
  SEPARATORS.lastIndex = 0;
  for (let found = SEPARATORS.exec(trimmed); found !== null && found.index < end; found = SEPARATORS.exec(trimmed)) {
    separator = found;
    if (marker === null) break;
  }
  if (separator !== null) return parts(trimmed, separator.index, separator.index + separator[0].length);
  return marker === null ? { name: trimmed, birthDate: null } : parts(trimmed, marker.index, marker.index);
}

function parts(text: string, nameEnd: number, dateStart: number): NameWithBirthDate {
  const name = text.slice(0, nameEnd).replace(TRAILING_SEPARATORS, '');
  let date = text.slice(dateStart).trim();
  // 'Nguyễn Văn An (15/3/1998)': the bracket the name part left open closes after the date.
  if (date.endsWith(')') && !date.includes('(')) date = date.slice(0, -1).trim();
  return { name, birthDate: date === '' ? null : date };
}
