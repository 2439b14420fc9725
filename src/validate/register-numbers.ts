import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { yearsNamed } from '../ingest/title-defaults.js';
import { isReRegistration, reRegistrationKindOf } from '../normalize/text/re-registration.js';
import { valueAt } from './record-access.js';

/** What a row's sheet says of its register position (processRow): its book's year and the column of its number. */
export interface RegisterSource {
  /** The year its title, book number or sheet name gives the book (one year), else null. */
  bookYear: number | null;
  /** The year the file's name gives, for a sheet that names none: weaker than the row's own book number. */
  fileYear: number | null;
  /** The letter of the Số column (or 'Số, quyển'), null when the sheet has none. */
  numberColumn: string | null;
  /** The letter of the registration date's column (its first part when split), null when none. */
  dateColumn: string | null;
}

/** Where a record sits in its register: commune, book year and number as typed. */
export interface RegisterPosition {
  /** commune|year|number, the year the book's (bookYear) or else the registration date's; null without a commune, a year or a number. */
  key: string | null;
  /** Registration year (of the date), or null without a registration date. */
  year: string | null;
  /** The book's year when its sheet or book number gives one (RegisterSource.bookYear), or as the book's entries show it (inferBookYears). */
  bookYear: string | null;
  /** The number as typed; null for an entry without one (a line of the book all the same). */
  number: string | null;
  /** Registration date (ISO, at its precision), or null. */
  date: string | null;
  provenance: Provenance;
  /** The Số and registration date columns' letters, for the officer's report. */
  numberColumn: string | null;
  dateColumn: string | null;
  /** The remarks say the entry is a re-registration ('Đăng ký lại'): its date may be the first registration's. */
  reRegistration?: true;
}

/** The record's register position (with a null number when it has none). */
export function registerPositionOf(record: Readonly<Record<string, unknown>>, provenance: Provenance, source?: RegisterSource): RegisterPosition {
  const typed = valueAt(record, 'registration.number');
  const number = typeof typed === 'string' ? typed : null;
  const commune = valueAt(record, 'registration.communeCode');
  const date = valueAt(record, 'registration.date');
  const year = typeof date === 'string' ? date.slice(0, 4) : null;
  const bookYear = bookYearOf(valueAt(record, 'registration.book'), source?.bookYear ?? null, source?.fileYear ?? null);
  const keyYear = bookYear ?? year;
  const authority = typeof commune === 'string' ? registeringAuthority(commune, typeof date === 'string' ? date : null) : null;
  const position: RegisterPosition = {
    key: authority !== null && keyYear !== null && number !== null ? `${authority}|${keyYear}|${number}` : null,
    year,
    bookYear,
    number,
    date: typeof date === 'string' ? date : null,
    provenance,
    numberColumn: source?.numberColumn ?? null,
    dateColumn: source?.dateColumn ?? null,
  };
  const remarks = valueAt(record, 'remarks');
  if (typeof remarks === 'string' && isReRegistration(remarks, reRegistrationKindOf(valueAt(record, 'type')))) position.reRegistration = true;
  return position;
}

/**
 * The communes of 2025-07-01 (NQ 1676/NQ-UBTVQH15) are new authorities that opened new books numbered from 01,
 * while each reuses the five-digit code of one of the units it replaced (DOMAIN.md §1.4: Xã Sông Lô = 08848, old
 * Đồng Thịnh's code; Xã Hải Lựu keeps 08782). A registration from that day (at month precision at least) is keyed
 * apart from the old unit's entries of the same code and year, so the new book's 01, 02… are not the old one's
 * numbers repeated. A date of the year alone cannot tell and stays with the old unit.
 */
const NEW_AUTHORITIES_FROM = '2025-07';
const NEW_AUTHORITY_MARK = '@2025-07';

function registeringAuthority(commune: string, date: string | null): string {
  return date !== null && date.length >= 7 && date.slice(0, 7) >= NEW_AUTHORITIES_FROM ? `${commune}${NEW_AUTHORITY_MARK}` : commune;
}

/** The commune code of a register position's key (without the mark of a 2025-07-01 authority); null without a key. */
export function communeOfKey(key: string | null): string | null {
  if (key === null) return null;
  const authority = key.slice(0, key.indexOf('|'));
  return authority.endsWith(NEW_AUTHORITY_MARK) ? authority.slice(0, -NEW_AUTHORITY_MARK.length) : authority;
}

/**
 * The year of the row's book, as registration-fields reads it for DATE_YEAR_NOT_BOOK: its sheet's (title,
 * book number, sheet name) when the row's own book number names none other ('01/2017'); else the one year
 * the row's book number names; else the file name's; null when none, or two.
 */
function bookYearOf(book: unknown, sheetYear: number | null, fileYear: number | null): string | null {
  const orFile = sheetYear ?? fileYear;
  // The common case, a title's 'Quyển số: 01/2017' in a 2017 sheet, costs no regex.
  if (typeof book !== 'string' || (sheetYear !== null && book.includes(String(sheetYear)))) return orFile === null ? null : String(orFile);
  const years = new Set(yearsNamed(book));
  if (years.size === 0 && sheetYear === null) return fileYear === null ? null : String(fileYear);
  if (sheetYear !== null) years.add(sheetYear);
  const [year] = years;
  return years.size === 1 && year !== undefined ? String(year) : null;
}

/** A position placed in the book of another year (inferBookYears): its key follows. */
export function inBookOf(position: RegisterPosition, bookYear: string): RegisterPosition {
  const { key } = position;
  // The authority part, with its 2025-07-01 mark: the book of another year is still that authority's.
  const authority = key === null ? null : key.slice(0, key.indexOf('|'));
  return { ...position, bookYear, key: authority === null ? null : `${authority}|${bookYear}|${position.number}` };
}

/**
 * A registration number is continuous within a commune's year for one kind
 * of book, so (commune, year, number) names one entry (Decree 158/2005 Art.
 * 68; DOMAIN.md §3.3). A second row with the same triple is either the same
 * entry typed again (deduplication merges it) or a number typed wrong: the
 * officer should look. Checked on the records a batch keeps after deduplication,
 * against those and the rows rejected before them (hold); remembers one short
 * key per record.
 */
export class RegisterNumbers {
  private readonly seen = new Map<string, { provenance: Provenance; rejected: boolean }>();

  /** REGISTER_NUMBER_REPEATED when an earlier clean row of the batch has the same commune, year and number. */
  check(record: Readonly<Record<string, unknown>>, provenance: Provenance, source?: RegisterSource): BoundFinding | null {
    return this.checkPosition(registerPositionOf(record, provenance, source));
  }

  /** The same check on a position taken earlier (registerPositionOf). */
  checkPosition(position: RegisterPosition): BoundFinding | null {
    const { provenance, key } = position;
    if (key === null) return null;
    const earlier = this.seen.get(key);
    if (earlier === undefined) {
      this.seen.set(key, { provenance, rejected: false });
      return null;
    }
    const where = otherRow(earlier.provenance, provenance);
    return {
      code: 'REGISTER_NUMBER_REPEATED',
      field: 'registration.number',
      value: position.number ?? '',
      ...(position.numberColumn === null ? {} : { column: position.numberColumn }),
      params: { year: position.bookYear ?? position.year!, earlier: earlier.rejected ? `${where} (dòng đó bị loại vì lỗi khác, chưa được nạp)` : where },
    };
  }

  /**
   * A rejected row's number: the row is a line of the book, to be loaded once fixed, so a later
   * row with its number repeats it. Not a cancelled entry's (ENTRY_CANCELLED): that line is void.
   * When an earlier row (kept, or rejected too) holds the number already, the rejected row repeats
   * it: REGISTER_NUMBER_REPEATED for that row, as a kept one would get.
   */
  hold(position: RegisterPosition): BoundFinding | null {
    if (position.key === null) return null;
    if (this.seen.has(position.key)) return this.checkPosition(position);
    this.seen.set(position.key, { provenance: position.provenance, rejected: true });
    return null;
  }
}

/**
 * Where the other row holding a number is, always with its sheet (a workbook's sheets each number their
 * rows from 1): 'dòng 61 cùng trang tính', 'dòng 12 trang tính "2017"', 'dòng 12 tệp "KS_2017.csv"'.
 */
function otherRow(other: Provenance, provenance: Provenance): string {
  if (other.file !== provenance.file) return `dòng ${other.row}${other.sheet ? ` trang tính "${other.sheet}"` : ''} tệp "${other.file}"`;
  return other.sheet === provenance.sheet ? `dòng ${other.row} cùng trang tính` : `dòng ${other.row} trang tính "${other.sheet}"`;
}

/** Where an earlier row is, as the officer reading `provenance`'s row finds it: 'dòng 14', or its file and sheet too. */
export function earlierRow(earlier: Provenance, provenance: Provenance): string {
  return earlier.file === provenance.file && earlier.sheet === provenance.sheet ? `dòng ${earlier.row}` : `${earlier.file}${earlier.sheet ? ` [${earlier.sheet}]` : ''}, dòng ${earlier.row}`;
}
