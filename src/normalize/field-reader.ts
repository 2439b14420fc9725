import type { ShownDatePrecision, SourceCell } from '../ingest/source-cell.js';
import { isBlankMark } from './text/blank-mark.js';
import { LATER_CHANGES_KEY } from '../record-types/common-columns.js';
import { NONE_MARKERS } from '../reference/name-lists.js';
import { foreignCountryInEthnicity, type CountryAndPeople } from './codes/country-in-ethnicity.js';
import type { BoundFinding } from './bound-finding.js';
import type { Normalized } from './finding.js';
import { idInRemarks } from './codes/id-in-remarks.js';
import { normalizePersonalId, type PersonalIdContext } from './codes/personal-id.js';
import { decodeCenturySexDigit, describePersonalId } from './codes/personal-id-structure.js';
import { isTickSymbol, sexFromSplitColumns } from './codes/sex.js';
import { readSexByLegend, type SexLegend } from './codes/sex-legend.js';
import type { DateTarget } from './date/resolve-date.js';
import { compareAtCommonPrecision } from './date/partial-date.js';
import { dateCellText, dateVi } from './date/date-vi.js';
import { centuryEarlierReference } from './date/two-digit-year.js';
import { DATE_CODES } from './date/date-finding-codes.js';
import { AMBIGUOUS_MONTH, decimalAsTyped } from './date/normalize-date.js';
import { DATE_DOUBT_WORD } from './date/date-markers.js';
import { foldDateText } from './date/fold-date-text.js';
import { datePartKeys } from '../record-types/date-parts.js';
import type { CellReading, FieldMemo, FieldOptions } from './memo/field-memo.js';
import type { DeclarantName } from './name/declarant.js';
import { kinhOrNoEthnicGroup, readsAsForeignName } from './name/foreign-looking.js';
import { isForeignerCode } from './codes/ethnicity.js';
import { normalizeName, type PersonName } from './name/normalize-name.js';
import type { CommuneMatch } from './place/match-commune.js';
import { holdsWholeName, joinedFindings, joinNameParts } from './name/name-part-cells.js';
import { restoreSentenceCapital } from './text/lost-capital.js';
import { nameAndBirthDateKey } from '../record-types/name-and-birth-date.js';
import { splitNameWithBirthDate, type NameWithBirthDate } from './name/name-with-birth-date.js';
import { fatherNamedFirst, splitParentsInOneCell, splitUnlabelledParents, type ParentsColumnContext } from './name/parents-in-one-cell.js';
import { startsLikePlace } from './place/starts-like-place.js';
import { relationLineApart } from './name/remark-line.js';

/** A two-digit year, or a lunar one (its year may be named in the cycle: sexagenary-year.ts). */
const LIMITED_YEAR_CODES: ReadonlySet<string> = new Set(['DATE_TWO_DIGIT_YEAR', 'DATE_LUNAR', 'DATE_LUNAR_CONVERTED']);

/** Digits of a personal ID (DOMAIN.md §2.1): shorter remarks cannot hold one. */
const PERSONAL_ID_LENGTH = 12;
/** What placeInProvince reports of a residence, birth or death place. */
const PLACE_SLIPS: ReadonlySet<string> = new Set(['PLACE_COMMUNE_UNKNOWN', 'PLACE_DISTRICT_MISMATCH']);

/** The cells of one data row by canonical column key. */
export interface MappedRow {
  cell(key: string): SourceCell | undefined;
  date1904: boolean;
  /** The column of `key` is headed by a year ('Năm sinh', 'Năm sinh chồng'), not a day ('Ngày, tháng, năm sinh'). */
  yearHeader?(key: string): boolean;
  /** The column of `key` is headed by a date and a place ('Ngày, nơi sinh'): its cells hold both. */
  placeHeader?(key: string): boolean;
  /** The birth column of `key` is headed by an age too ('Năm sinh / Thọ'): its cells hold a year or an age. */
  ageHeader?(key: string): boolean;
  /** The ethnicity column of `key` is headed by the nationality too ('Dân tộc, quốc tịch'). */
  ethnicityNamesNationality?(key: string): boolean;
  /** The parent named first by the header of `key`'s column when it names both ('Họ tên cha, mẹ'); undefined otherwise. */
  parentsHeaderFirst?(key: string): 'father' | 'mother' | undefined;
  /** The person the header of `key`'s shared ID column names first ('Số CMND/CCCD chồng, vợ': husband); undefined otherwise. */
  sharedIdFirst?(key: string): string | undefined;
  /** The header of `key`'s year column names its parent ('Năm sinh mẹ'): no year shared by both parents. */
  yearHeaderNamesParent?(key: string): boolean;
  /** The codes the book says the sex column of `key` holds (its header, or a note above or under it). */
  sexLegend?(key: string): SexLegend | undefined;
  /** The sheet has a column for `key` (its cell in this row may be blank); without it, a column is assumed where the row has a cell. */
  hasColumn?(key: string): boolean;
}

/** A bare age typed as text: one to three digits ('85'). */
const BARE_AGE = /^\s*\d{1,3}\s*$/;
/** The oldest age a birth-or-age column's bare number is read as (age-column.ts's MAX_AGE); larger numbers are left to the date reader. */
const MAX_TYPED_AGE = 130;
/** What may follow a name as its birth year: figures, date words and separators ('(SN: 1988)', ', sinh năm 1992'). */
const DATE_WORDS_ONLY = /^(?:[\s\d.,:;()\-–/]|sinh|năm|ngày|tháng|sn|ns|s\/n)*$/iu;
const FOUR_DIGIT_YEAR = /(?<!\d)\d{4}(?!\d)/g;
/**
 * A figure; a regex literal in a method body is a new RegExp object on every call, so the tests of
 * every name cell use these (neither is global: no lastIndex is shared).
 */
const A_FIGURE = /\d/;
/** The 'ẹ' of 'Mẹ': a cell without it names no mother after a label (nameInParentsCell). */
const MOTHER_LETTER = /[ẹẸ]/;
/** Between two names typed in one cell: a cell without any holds one name (nameInParentsCell). */
const NAMES_SEPARATOR = /[\n;,/]|\s[-–]\s/u;
/**
 * The cleaned text of a cell typed on two lines with its line break back where the first line ends (cleaning
 * joins the lines with a space, and a legacy font's words are decoded word for word); the text as it is otherwise.
 */
function withCellLineBreak(typed: string, cleaned: string): string {
  const lines = typed.trim().split(/\s*\n\s*/u);
  if (lines.length !== 2) return cleaned;
  const words = cleaned.split(' ');
  const firstWords = lines[0]!.split(/\s+/u).length;
  if (words.length !== firstWords + lines[1]!.split(/\s+/u).length) return cleaned;
  return `${words.slice(0, firstWords).join(' ')}\n${words.slice(firstWords).join(' ')}`;
}
/** Whether column letters `a` stand left of `b` ('B' before 'AA'). */
function columnBefore(a: string, b: string): boolean {
  return a.length === b.length ? a < b : a.length < b.length;
}
/** Two birth years in one cell ('1950\n1953', '1948 - 1952', '1951, 1955'): the parents' of a cell of both names. */
const TWO_YEARS = /^(\d{4})\s*(?:\n|;|,|\/|-|–)\s*(\d{4})$/u;
/** Words that say the year after a name is the birth's ('SN 1988', 'sinh năm 1992', 'NS: 1990'). */
const BIRTH_WORD = /sinh|sn|ns|s\/n/iu;
/** The youngest a person whose bare year follows the name can be at registration: a parent, a spouse, a declarant. */
const BARE_YEAR_MIN_AGE = 12;
/** Days a year typed into a date-formatted cell shows (serials 1850 to this year): early 1905, early 1909 in a 1904-based workbook. */
const EARLY_1905_OR_1909 = /^(?:1905|1909)-0[1-7]-\d\d$/;
/**
 * Older than this at death on such a day, a deceased's birth cell holds a typed year: a centenarian of 101–105
 * is rare but registered (deceased-century.ts DOUBTED_OLD_AGE), one older than that almost never.
 */
const OLDEST_CREDIBLE_AGE = 105;

/** What a 'Những thay đổi sau này' cell says when nothing changed since ('Không', 'x', '0', 'Chưa có'), lower case. */
const NOTHING_CHANGED: ReadonlySet<string> = new Set([...NONE_MARKERS, '0', 'chưa có', 'chưa', 'không thay đổi', 'chưa thay đổi', 'không có thay đổi', 'không có gì']);

/**
 * Reads one row's fields through the normalizers and binds every finding to
 * the record field and source cell it concerns. Record types call it field by
 * field; it knows nothing about files (provenance is bound by the caller).
 * Normalizer answers come from the run's memo (shared between rows, frozen):
 * only copies of their findings are bound here.
 */
export class FieldReader {
  readonly findings: BoundFinding[] = [];
  /** Registration date once read: resolves two-digit years of the other dates. */
  registrationDate: string | null = null;
  readonly options: FieldOptions;
  /** The row's 'Họ tên, ngày sinh' cell once split (combinedPart): its name and date are read apart. */
  private combined: { key: string; cell: SourceCell; split: NameWithBirthDate } | undefined;
  /** Places typed after an event's date in its cell (eventDate), by the place's column key, for a blank place column; made when one is (a reader is made per row). */
  private placesAfterDates: Map<string, SourceCell> | undefined;

  constructor(
    private readonly row: MappedRow,
    private readonly memo: FieldMemo,
  ) {
    if (memo.date1904 !== row.date1904) throw new Error('FieldReader: the memo belongs to another date system');
    this.options = memo.options;
  }

  has(key: string): boolean {
    return this.row.cell(key) !== undefined;
  }

  /** Free text, legacy fonts converted and cleaned; null when empty or a blank mark ('-', '…': isBlankMark). */
  text(key: string, field = key): string | null {
    const cell = this.row.cell(key);
    return cell === undefined ? null : this.cleanText(cell, field);
  }

  /** A Nam | Nữ column's cell: text(), but a tick that is also a blank mark elsewhere ('*') is kept for the tick reader. */
  private markText(key: string, field: string): string | null {
    const cell = this.row.cell(key);
    if (cell === undefined) return null;
    const reading = this.memo.text(cell);
    const cleaned = this.keep(field, cell, reading, reading.value);
    return cleaned === '' || (isBlankMark(cleaned) && !isTickSymbol(cleaned)) ? null : cleaned;
  }

  /**
   * The entry's remarks: its 'Ghi chú', then what a 'Những thay đổi sau này' column beside it records (a correction,
   * an annulment: LATER_CHANGES_KEY), after '; '.
   */
  remarks(): string | null {
    const remarks = this.sentence('remarks');
    if (this.row.cell(LATER_CHANGES_KEY) === undefined) return remarks;
    const typed = this.sentence(LATER_CHANGES_KEY, 'remarks');
    // 'Không', 'x', '0', 'Chưa có' in the column: nothing changed since, no remark.
    const changes = typed === null || NOTHING_CHANGED.has(typed.normalize('NFC').toLowerCase().replace(/[\s.]+$/u, '')) ? null : typed;
    return changes === null ? remarks : remarks === null ? changes : `${remarks}; ${changes}`;
  }

  /** Free text that reads as a sentence (cause of death, remarks): text(), with the opening capital a TCVN3 font could not type (lost-capital.ts). */
  sentence(key: string, field = key): string | null {
    const cell = this.row.cell(key);
    if (cell === undefined) return null;
    const cleaned = this.keep(field, cell, restoreSentenceCapital(this.memo.text(cell)));
    return cleaned === '' || isBlankMark(cleaned) ? null : cleaned;
  }

  /**
   * A person's name. `nationalityKey`, the column of the person's nationality: when it reads as
   * another country than Việt Nam, the name is a foreign one (normalizeName's `foreign`); else a
   * name with no Vietnamese word may be one too (nameReading).
   */
  name(key: string, field = key, nationalityKey?: string): PersonName | null {
    const foreign = nationalityKey !== undefined && this.foreignNational(nationalityKey, key);
    const [familyKey, middleKey] = this.memo.namePartKeys(key);
    const family = this.row.cell(familyKey);
    const middle = this.row.cell(middleKey);
    // Only a person whose nationality is Việt Nam or not recorded can have a foreign name read as Vietnamese
    // (nameReading: the name key, the person worked out of it only for a name that reads as foreign).
    const person = foreign || nationalityKey === undefined ? undefined : key;
    // Looked up once: a row's cell lookup is a map search, and this is every name field's.
    const own = this.row.cell(key);
    if ((family === undefined && middle === undefined) || holdsWholeName(own, family, middle)) {
      const labelled = this.nameInParentsCell(key, field, own);
      const cell = labelled !== undefined ? labelled.part : own === undefined ? this.nameOfCombined(key, field) : this.nameBeforeTypedYear(this.relationLineAsRemark(own), key, field);
      return cell === undefined ? null : this.keepReading(field, cell, this.nameReading(cell, foreign, person));
    }
    const given = own;
    const joined = joinNameParts(family, middle, given);
    if (joined === undefined) return null;
    let name: PersonName | null;
    if (joined.parts.length === 1) name = this.keepReading(field, joined.cell, this.nameReading(joined.cell, foreign, person));
    else {
      // Parts in different fonts (one re-typed in Unicode beside .VnTime ones): each cleaned in its own, then read as one clean cell.
      const cleaned = joined.parts.map((part) => this.memo.text(part));
      const text = cleaned.map((reading) => reading.value).filter((value) => value !== '').join(' ');
      this.keep(field, joined.cell, { value: text, findings: joinedFindings(cleaned, joined.cell.text, text) }, text);
      name = this.keepReading(field, joined.cell, this.nameReading({ value: text, text, column: joined.cell.column }, foreign, person));
    }
    if (name === null) return null;
    // 'Họ' | 'Tên' with no 'Chữ đệm' column: the 'Họ' cell holds the middle name too ('Nguyễn Văn' | 'Nam').
    const familyHoldsMiddle = family !== undefined && middle === undefined && !this.hasColumn(middleKey);
    return this.splitAsWritten(name, field, joined.cell, [family, middle, given], familyHoldsMiddle);
  }

  private hasColumn(key: string): boolean {
    return this.row.hasColumn === undefined ? this.row.cell(key) !== undefined : this.row.hasColumn(key);
  }

  /**
   * The nationality under `key` reads as another country than Việt Nam (its findings are bound when the record
   * type reads it); or it is blank and the ethnicity of the person named under `nameKey` reads 55, người nước
   * ngoài ('Hàn', 'Trung Quốc'): the record itself says the person is a foreigner.
   */
  private foreignNational(key: string, nameKey: string): boolean {
    const cell = this.row.cell(key);
    if (cell === undefined) {
      const person = nameKey.slice(0, nameKey.lastIndexOf('.'));
      return isForeignerCode(this.ethnicityCode(person), this.options.ethnicityCodeList) || this.countryInEthnicity(`${person}.ethnicity`) !== null;
    }
    const code = this.memo.nationality(cell).value?.value;
    return typeof code === 'string' && code !== 'VN';
  }

  /**
   * The foreign country the person's ethnicity cell names under a header of both ('Dân tộc, quốc tịch': 'Hán, Trung
   * Quốc' → CN; country-in-ethnicity.ts); null for any other column or cell.
   */
  countryInEthnicity(key: string): CountryAndPeople | null {
    if (this.row.ethnicityNamesNationality?.(key) !== true) return null;
    const cell = this.row.cell(key);
    return cell === undefined || typeof cell.value !== 'string' ? null : foreignCountryInEthnicity(this.memo.text(cell).value);
  }

  /**
   * A name cell's readings; a foreign national's (rare) is not memoized. `personKey` (the name's key, 'father.fullName'), for one
   * whose nationality is Việt Nam or not recorded: a name with no Vietnamese word ('Maria Schmidt')
   * beside no minority's ethnicity is read as a foreign one, with NAME_FOREIGN_NATIONALITY_VN
   * (foreign-looking.ts): 'Việt Nam' | 'Kinh' typed down the column, or a name the clerk got wrong.
   */
  private nameReading(cell: SourceCell, foreign: boolean, personKey?: string): CellReading<PersonName | null> {
    if (!foreign) {
      const reading = this.memo.name(cell);
      const name = reading.value?.value ?? null;
      if (personKey === undefined || name === null || !readsAsForeignName(name.fullName)) return reading;
      if (!kinhOrNoEthnicGroup(this.ethnicityCode(personKey.slice(0, personKey.lastIndexOf('.'))), this.options.ethnicityCodeList)) return reading;
      const read = this.foreignNameReading(cell);
      return { text: read.text, value: read.value && { value: read.value.value, findings: [...read.value.findings, { code: 'NAME_FOREIGN_NATIONALITY_VN' }] } };
    }
    return this.foreignNameReading(cell);
  }

  private foreignNameReading(cell: SourceCell): CellReading<PersonName | null> {
    const text = this.memo.text(cell);
    return { text, value: text.value === '' ? null : normalizeName(text.value, { toneStyle: this.options.toneStyle, foreign: true }) };
  }

  /**
   * The ethnicity code of `person` as its column reads (findings are bound when the record type reads it):
   * a parent without a column of their own takes the one headed for both parents. Null when none is read.
   */
  private ethnicityCode(person: string): string | null {
    let cell = this.row.cell(`${person}.ethnicity`);
    if (cell === undefined && (person === 'mother' || person === 'father')) cell = this.row.cell('parents.ethnicity');
    if (cell === undefined) return null;
    if (typeof cell.value === 'number' || cell.value instanceof Date) return this.memo.ethnicityValue(cell.value).value;
    return this.memo.ethnicityText(cell).value?.value ?? null;
  }

  /** A declarant's cell (normalizeDeclarant): the name, and a relation or office typed with it. */
  declarant(key: string, field = key): DeclarantName | null {
    const cell = this.row.cell(key);
    return cell === undefined ? null : this.keepReading(field, cell, this.memo.declarant(cell));
  }

  /**
   * A name typed in 'Họ' | 'Chữ đệm' | 'Tên' columns is split as the register split it
   * ('Nguyễn Lê' | 'Minh' | 'Bình': both parents' family names), when the normalized
   * name still has the parts' words. An empty 'Tên' is reported: the last word of the
   * other parts stands in for it. In a book with no 'Chữ đệm' column (`familyHoldsMiddle`)
   * the 'Họ' cell is family and middle name ('Nguyễn Văn' | 'Nam', 'Tôn Nữ Thu' | 'Hà'):
   * it is split as the start of a full name is (DOMAIN.md §4: its first word, or a known
   * compound family name), as a 'Họ và chữ đệm' column is; only 'Tên' keeps the clerk's split.
   */
  private splitAsWritten(name: PersonName, field: string, cell: SourceCell, parts: (SourceCell | undefined)[], familyHoldsMiddle: boolean): PersonName {
    const [familyWords, middleWords, givenWords] = parts.map((part) => (part === undefined ? 0 : wordCount(this.memo.text(part).value)));
    if (givenWords === 0) {
      // The empty 'Tên' says it: not told again as a name ending in Thị (NAME_PART_MISSING).
      const endsInThi = this.findings.findIndex((finding) => finding.field === field && finding.code === 'NAME_PART_MISSING' && finding.params?.part === 'tên');
      if (endsInThi >= 0) this.findings.splice(endsInThi, 1);
      this.findings.push({ code: 'NAME_GIVEN_NAME_EMPTY', field, column: cell.column, value: this.shownText(cell), normalized: name.fullName, params: { given: name.givenName } });
      return name;
    }
    const words = name.fullName.split(' ');
    if (familyWords === 0 || familyWords! + middleWords! + givenWords! !== words.length) return name;
    // The normalizer's family name, when it lies within the 'Họ' cell; else the cell as typed.
    const familyCount = familyHoldsMiddle ? Math.min(wordCount(name.familyName), familyWords!) || familyWords! : familyWords!;
    const familyName = words.slice(0, familyCount).join(' ');
    const givenName = words.slice(words.length - givenWords!).join(' ');
    if (familyName === name.familyName && givenName === name.givenName) return name;
    return { fullName: name.fullName, familyName, middleName: words.slice(familyCount, words.length - givenWords!).join(' '), givenName };
  }

  date(key: string, field = key): string | null {
    return this.dateCell(key, field, 'date');
  }

  /**
   * An event's date (a death, a child's birth) whose cell may also hold where it happened, after 'tại'
   * ('10/3/2020 tại nhà', '15h30 ngày 5/3/2021 tại thôn Đông, xã Tam Hợp': a 'Ngày, giờ, nơi chết' column).
   * A cell that reads as a date is read as date() reads it. Otherwise, when what stands before 'tại' is a
   * whole date (day, month, year) and no word of doubt is in the cell, that date is read, with DATE_PLACE_SPLIT;
   * the place goes to `placeKey`'s field (placeInProvince) when its column is absent or blank, else it is left
   * to the raw cell. Anything less stays unread as before (DATE_UNPARSEABLE).
   */
  eventDate(key: string, placeKey: string, field = key): string | null {
    const cell = this.row.cell(key);
    const split = cell === undefined ? null : this.dateBeforePlace(cell, this.row.placeHeader?.(key) === true);
    if (cell === undefined || split === null) return this.date(key, field);
    const shown = this.memo.text(cell).value;
    this.keep(field, cell, this.memo.text(cell), shown);
    const date = this.keep(field, cell, split.reading, shown);
    const own = this.row.cell(placeKey);
    const ownText = own === undefined ? '' : this.memo.text(own).value;
    const placeBlank = ownText === '' || isBlankMark(ownText);
    if (placeBlank) (this.placesAfterDates ??= new Map()).set(placeKey, { value: split.place, text: split.place, column: cell.column });
    const placeNote = placeBlank ? `nơi "${split.place}" được ghi vào trường nơi xảy ra (cột nơi để trống hoặc sổ không có cột này)` : `cột nơi đã ghi "${ownText}", phần nơi "${split.place}" chỉ giữ trong ô gốc`;
    this.findings.push({ code: DATE_CODES.placeSplit, field, column: cell.column, value: shown, normalized: date, params: { place: split.place, placeNote, result: dateVi(date) } });
    return date;
  }

  /**
   * A person's birth date whose cell may also hold the birth place, in a register with no field for that person's
   * birth place (a deceased, a spouse: DOMAIN.md §3.2 lists none): split as eventDate splits an event's date ('tại'
   * anywhere; a comma, semicolon, dash or line break under a 'Ngày, nơi sinh' header), the date read with
   * DATE_PLACE_SPLIT and the whole cell kept in the record's raw under its column's label (params.placeKept), as a
   * 'Nơi sinh' column of its own would be. Old death books give the year alone ('1935, xã Tam Hợp'): a year or a
   * month and year in figures, four-digit year, is split too (PARTIAL_DATE_FIGURES). Any other cell is read by `read`.
   */
  birthDateBeforePlace(key: string, field: string, read: () => string | null): string | null {
    const cell = this.row.cell(key);
    const placeHeader = this.row.placeHeader?.(key) === true;
    const split = cell === undefined ? null : this.dateBeforePlace(cell, placeHeader, true);
    if (cell !== undefined && split === null && placeHeader && this.placeWithoutDate(cell)) {
      // 'Xã Tam Hợp' under 'Ngày, nơi sinh': the place is known, the date not; the cell stays in raw.
      this.findings.push({ code: DATE_CODES.unknown, field, column: cell.column, value: this.shownText(cell), params: { placeKept: 'raw' } });
      return null;
    }
    if (cell === undefined || split === null) return placeHeader && cell !== undefined ? this.dateOrPlaceKept(cell, field, read) : read();
    const shown = this.memo.text(cell).value;
    this.keep(field, cell, this.memo.text(cell), shown);
    const date = this.keep(field, cell, split.reading, shown);
    const placeNote = `sổ không có trường nơi sinh của người này nên phần nơi "${split.place}" được giữ trong ô gốc (raw)`;
    this.findings.push({ code: DATE_CODES.placeSplit, field, column: cell.column, value: shown, normalized: date, params: { place: split.place, placeNote, result: dateVi(date), placeKept: 'raw' } });
    return date;
  }

  /**
   * `read` of a date-and-place cell that splits no date from its place. When it reads no date and the cell opens with a
   * place or a place follows a separator ('35, Xã Tam Hợp': an age or a year; 'năm Canh Thìn, xã Tam Hợp'; 'Tam Hợp,
   * 1940'; 'Thôn 5, xã Tam Hợp'), the entry is not rejected for a birth
   * date the book never had a column of its own for: the date is left empty with DATE_PLACE_DATE_UNREAD and the cell
   * kept in raw, as the column was before it was read.
   */
  private dateOrPlaceKept(cell: SourceCell, field: string, read: () => string | null): string | null {
    const before = this.findings.length;
    const value = read();
    if (value !== null || !this.placeAfterSeparator(cell)) return value;
    const unread = this.findings.findIndex((finding, at) => at >= before && finding.code === DATE_CODES.unparseable && finding.field === field);
    if (unread < 0) return value;
    const finding = this.findings[unread]!;
    this.findings[unread] = { ...finding, code: DATE_CODES.placeDateUnread, params: { ...finding.params, placeKept: 'raw' } };
    return null;
  }

  /**
   * A text cell that opens with words of a place ('Tam Hợp, 1940', 'Bệnh viện 108') or in which such words follow a
   * comma, semicolon, dash, line break or 'tại', no word of doubt in it.
   */
  private placeAfterSeparator(cell: SourceCell): boolean {
    if (typeof cell.value !== 'string') return false;
    const text = this.memo.text(cell).value;
    if (DATE_DOUBT_WORD.test(foldDateText(text))) return false;
    if (startsLikePlace(text)) return true;
    const places = (part: string) => [...part.matchAll(PLACE_SEPARATOR)].some((at) => startsLikePlace(part.slice(at.index + at[0].length)));
    const lineEnd = cell.value.search(/\r?\n/);
    return places(text) || (lineEnd > 0 && startsLikePlace(this.partText(cell, cell.value.slice(lineEnd).trim())));
  }

  /** A part of a cell's raw text (a line of it), cleaned as the cell's text is. */
  private partText(cell: SourceCell, part: string): string {
    return this.memo.text({ ...cell, value: part, text: part }).value;
  }

  /** A text cell of a date-and-place column that gives only the place: no figure, words that open a place ('Xã Tam Hợp', 'Tại nhà'). */
  private placeWithoutDate(cell: SourceCell): boolean {
    if (typeof cell.value !== 'string') return false;
    const text = this.memo.text(cell).value;
    return !/\d/.test(text) && !DATE_DOUBT_WORD.test(foldDateText(text)) && startsLikePlace(text);
  }

  /**
   * A text cell that does not read as a date but as a whole date followed by 'tại' and a place: that date's reading
   * and the place as typed after 'tại' (with it when only words tell the place: 'tại nhà riêng'); null otherwise.
   */
  private dateBeforePlace(cell: SourceCell, placeInLabel: boolean, partial = false): { reading: Normalized<string>; place: string } | null {
    if (typeof cell.value !== 'string') return null;
    const text = this.memo.text(cell).value;
    // Every date cell of an event or a birth comes here: outside a date-and-place column only one with 'tại' can split,
    // so the others are let go before the words of doubt are looked for.
    if (!placeInLabel && !(mayHoldTai(text) && DATE_THEN_PLACE.test(text))) return null;
    if (DATE_DOUBT_WORD.test(foldDateText(text))) return null;
    // 'tại' says where the place starts, whatever comes between the date and it ('(10 giờ)', 'lúc 22 giờ').
    return this.dateThenPlaceAfterTai(cell, text, partial) ?? (placeInLabel ? this.dateThenAnyPlace(cell, text, partial) : null);
  }

  /** A cell that does not read as a date but as a whole date, then 'tại' and a place. */
  private dateThenPlaceAfterTai(cell: SourceCell, text: string, partial = false): { reading: Normalized<string>; place: string } | null {
    const parts = DATE_THEN_PLACE.exec(text);
    if (parts === null) return null;
    if (this.memo.dateText(cell, 'date', this.registrationDate).value?.value != null) return null;
    const datePart = parts[1]!;
    const reading = this.memo.dateText({ value: datePart, text: datePart, column: cell.column }, 'date', this.registrationDate).value;
    if (reading === null || reading.value === null || !(WHOLE_DAY.test(reading.value) || (partial && PARTIAL_DATE_FIGURES.test(datePart)))) return null;
    return this.placeAfter(text, datePart, { value: reading.value, findings: reading.findings }, parts[3]!);
  }

  /**
   * A cell of a column headed by a date and a place ('Ngày, nơi sinh') with no 'tại': the longest start that reads
   * as a whole date (day, month, year) and ends in a figure, then a comma, semicolon, dash or line break and a place
   * ('05/03/1990, Trạm y tế xã Tam Hợp', '5/3/1990 - Bệnh viện …', '5/3/1990⏎Thôn Đông'). Not split when the rest
   * opens no place (startsLikePlace: a time, a remark, a lunar gloss), changes the date as the whole cell reads it
   * (a lunar or approximate mark) or is a registration remark ('ĐKL', 'quá hạn').
   */
  private dateThenAnyPlace(cell: SourceCell, text: string, partial = false): { reading: Normalized<string>; place: string } | null {
    const splits = [...text.matchAll(FIGURE_THEN_PLACE)].reverse().map((point) => ({
      datePart: text.slice(0, point.index).trim(),
      after: text.slice(point.index + point[0].length).trim(),
    }));
    // A line break after the date (the text cleaner makes it a space): the first line is the date.
    const raw = cell.value as string;
    const lineEnd = raw.search(/\r?\n/);
    if (lineEnd > 0) {
      splits.push({ datePart: this.partText(cell, raw.slice(0, lineEnd)), after: this.partText(cell, raw.slice(lineEnd).trim()) });
    }
    if (splits.length === 0) return null;
    const whole = this.memo.dateText(cell, 'date', this.registrationDate).value;
    for (const { datePart, after } of splits) {
      const reading = this.memo.dateText({ value: datePart, text: datePart, column: cell.column }, 'date', this.registrationDate).value;
      if (reading === null || reading.value === null) continue;
      // A month or a year only: the words after it may be what is missing, as in any date cell (unless figures alone,
      // `partial`, before words that open a place: '1935, Xã Tam Hợp').
      if (!WHOLE_DAY.test(reading.value) && !(partial && PARTIAL_DATE_FIGURES.test(datePart))) return null;
      const sameAsWhole = whole === null || whole.value === null || (whole.value === reading.value && whole.findings.length === reading.findings.length);
      if (!sameAsWhole || NOT_A_PLACE.test(foldDateText(after)) || !startsLikePlace(after)) return null;
      return this.placeAfter(text, datePart, { value: reading.value, findings: reading.findings }, after);
    }
    return null;
  }

  /** The date's reading and the place typed after it, as its own column would hold it. */
  private placeAfter(text: string, datePart: string, reading: Normalized<string>, typedAfter: string): { reading: Normalized<string>; place: string } {
    const after = typedAfter.trim();
    // The place opens its field, as typed in a place column ('Tại nhà', 'Thôn Đông, xã Tam Hợp'); the rest is the clerk's.
    const told = TOLD_IN_WORDS.test(after) ? `tại ${after}` : after;
    const place = told.charAt(0).toUpperCase() + told.slice(1);
    // The date's findings quote the whole cell, as the officer sees it ('15h30 ngày 5/3/2021 tại nhà').
    const findings = reading.findings.map((finding) => (finding.from === datePart ? { ...finding, from: text } : finding));
    return { reading: { value: reading.value, findings }, place };
  }

  /**
   * The birth date of a person of any age (the deceased): a two-digit year a century
   * before the entry is no doubt, and one that would fall after the registration date
   * is a century earlier (DateOptions.anyAgeBirth, centuryEarlierReference). With
   * `eventKey` (the death date), a year so chosen is not after that event either.
   */
  anyAgeBirthDate(key: string, field = key, eventKey?: string): string | null {
    const first = this.findings.length;
    const read = this.yearTypedInOldDay(key, field, eventKey, first, this.dateCell(key, field, 'date', this.registrationDate, true));
    if (read === null || eventKey === undefined || !this.readWithLimit(first)) return read;
    // A year the registration date chose ('12/6/20', 'Canh Tý') must not fall after the event
    // either (the death, which may be long before a late registration): read again against it.
    const event = this.quietDate(eventKey);
    if (event === null || compareAtCommonPrecision(read, event) <= 0) return read;
    const kept = this.findings.splice(first);
    const again = this.dateCell(key, field, 'date', event, true);
    if (again !== null && compareAtCommonPrecision(again, event) <= 0) return again;
    this.findings.length = first;
    this.findings.push(...kept);
    return read;
  }

  /**
   * A year typed into a date-formatted birth cell under a day header ('Ngày sinh' shows 13/04/1905 for 1930
   * typed): dateOf keeps such a day, as an old person may be born early in 1905, but not where that day makes
   * the person older than OLDEST_CREDIBLE_AGE at the event (`eventKey`'s date, else the registration's): then
   * the cell is read as a year column's is (DATE_YEAR_IN_DATE_CELL), when it reads as a typed year at all and
   * that year makes the person younger (a true day of early 1905 whose serial is below 1905 stays a day).
   * `read`: the day as first read, its findings from `first` on.
   */
  private yearTypedInOldDay(key: string, field: string, eventKey: string | undefined, first: number, read: string | null): string | null {
    if (read === null || !EARLY_1905_OR_1909.test(read)) return read;
    const cell = this.row.cell(key);
    if (!(cell?.value instanceof Date) || cell.datePrecision !== undefined) return read;
    const event = (eventKey === undefined ? null : this.quietDate(eventKey)) ?? this.registrationDate;
    if (event === null || Number(event.slice(0, 4)) - Number(read.slice(0, 4)) <= OLDEST_CREDIBLE_AGE) return read;
    const kept = this.findings.splice(first);
    const year = this.dateOf(cell, field, 'date', this.registrationDate, true, true);
    // The year only where it makes the person younger than the day does: a true day of March 1905 (serial 1896)
    // read as the year 1896 would make a 106-year-old older still.
    const younger = year !== null && Number(year.slice(0, 4)) > Number(read.slice(0, 4));
    if (younger && this.findings.slice(first).some((finding) => finding.code === DATE_CODES.yearInDateCell)) return year;
    this.findings.length = first;
    this.findings.push(...kept);
    return read;
  }

  /**
   * The birth of a person of any age under `key` read again against another reference date (the year an
   * earlier turn of the sexagenary cycle gives: deceased-century.ts); the findings of `field` replace those of
   * the first reading.
   */
  rereadAnyAgeBirthDate(key: string, field: string, referenceDate: string): string | null {
    const others = this.findings.filter((finding) => finding.field !== field);
    this.findings.splice(0, this.findings.length, ...others);
    return this.dateCell(key, field, 'date', referenceDate, true);
  }

  /** Whether the findings from `first` on tell that a year was chosen by the limit (a two-digit or a cycle year). */
  private readWithLimit(first: number): boolean {
    for (let i = first; i < this.findings.length; i++) if (LIMITED_YEAR_CODES.has(this.findings[i]!.code)) return true;
    return false;
  }

  /** The date under `key` as read, its findings not kept (the record type reads and reports it itself). */
  private quietDate(key: string): string | null {
    const mark = this.findings.length;
    const value = this.dateCell(key, key, 'date');
    this.findings.length = mark;
    return value;
  }

  /**
   * The date under `key` read with `year` written after its day and month, for a registration date
   * typed without its year ('05/01', 'ngày 5 tháng 1', '5/3 - ĐKL', 'Ngày' | 'Tháng' with 'Năm' empty)
   * in a book that gives the year. Its findings are bound to the cell as typed; null, with nothing
   * reported, when the cell does not read so as a date of that year (a day that year has not).
   */
  dateInYear(key: string, field: string, year: number): string | null {
    const found = this.row.cell(key) ?? this.dayAndMonth(key);
    if (found === undefined) return null;
    const cell = shownDayAndMonth(found) ?? found;
    // '15.8' typed in a General cell of a US-English Excel is the number 15.8 (decimalAsTyped).
    const decimal = typeof cell.value === 'number' ? decimalAsTyped(cell.value) : null;
    const typed = decimal === AMBIGUOUS_MONTH ? null : decimal;
    if (typeof cell.value !== 'string' && typed === null) return null;
    const text = typed ?? this.memo.text(cell).value;
    const figures = String(year);
    // After the last figure, so that a remark stays last ('5/3 năm 1997 - ĐKL'); else at the end ('05/03/.... năm 1997').
    for (const dated of [text.replace(LAST_FIGURE, `$1 năm ${figures}`), `${text} năm ${figures}`]) {
      const reading = this.memo.dateText({ value: dated, text: dated, column: cell.column }, 'date', null).value;
      if (reading?.value?.startsWith(figures) === true) return this.keep(field, cell, reading);
    }
    return null;
  }

  /**
   * A year column. A two-digit year resolves against `before` when given (a parent's
   * against the child's birth: a parent is born first), else the registration date.
   */
  year(key: string, field = key, before?: string | null): string | null {
    return this.dateCell(key, field, 'year', before ?? this.registrationDate);
  }

  sex(key: string, field = key): 'male' | 'female' | null {
    const cell = this.row.cell(key);
    if (cell === undefined) {
      const [maleKey, femaleKey] = this.memo.splitSexKeys(key);
      if (!this.has(maleKey) && !this.has(femaleKey)) return null;
      const male = this.markText(maleKey, field);
      const female = this.markText(femaleKey, field);
      const reading = sexFromSplitColumns(male, female);
      // A sex's word in the other sex's column is quoted from its own cell.
      const wordCell = reading.findings[0]?.code === 'SEX_WORD_IN_OTHER_COLUMN' && male === null ? this.row.cell(femaleKey) : undefined;
      const markCell = wordCell ?? this.row.cell(maleKey) ?? this.row.cell(femaleKey);
      return this.keep(field, markCell, reading);
    }
    const legend = this.row.sexLegend?.(key);
    const reading = this.memo.sex(cell);
    return this.keepReading(field, cell, legend === undefined ? reading : readSexByLegend(reading, legend));
  }

  /**
   * SEX_MISSING (warning) on `field` when the sheet has a sex column for `key` (or Nam | Nữ tick
   * columns) and this row left it blank: the sex is basic civil-status information (Law on Civil
   * Status Art. 14). Nothing when the cell's reading was reported already (SEX_NOT_KNOWN, SEX_UNKNOWN).
   */
  reportSexBlank(key: string, field = key): void {
    const [maleKey, femaleKey] = this.memo.splitSexKeys(key);
    if (!this.hasColumn(key) && !this.hasColumn(maleKey) && !this.hasColumn(femaleKey)) return;
    for (let i = 0; i < this.findings.length; i++) if (this.findings[i]!.field === field) return;
    // idSex: what the person's 12-digit ID shows, once it is read (reportSexShownById); nothing until then.
    this.findings.push({ code: 'SEX_MISSING', field, params: { idSex: '' } });
  }

  /**
   * Tells in this row's SEX_MISSING on `field` the sex the 4th digit of the person's 12-digit ID shows
   * (DOMAIN.md §2.1), for the officer to check against the book: the sex itself is never inferred.
   * Nothing for a CMND, or a digit of a century after 2099 (the ID is in doubt).
   */
  reportSexShownById(field: string, personalId: string | null): void {
    const parts = personalId === null ? null : describePersonalId(personalId);
    if (parts === null || parts.centurySexDigit > 3) return;
    const missing = this.findings.find((finding) => finding.code === 'SEX_MISSING' && finding.field === field);
    if (missing === undefined) return;
    const sex = decodeCenturySexDigit(parts.centurySexDigit).sex === 'male' ? 'nam' : 'nữ';
    missing.params = { ...missing.params, idSex: ` (chữ số thứ 4 của số định danh ứng với giới tính ${sex})` };
  }

  ethnicity(key: string, field = key): string | null {
    const cell = this.row.cell(key);
    if (cell === undefined) return null;
    if (typeof cell.value === 'number' || cell.value instanceof Date) return this.keep(field, cell, this.memo.ethnicityValue(cell.value));
    return this.keepReading(field, cell, this.memo.ethnicityText(cell));
  }

  /** The cell under `key` is absent, empty or a blank mark ('-', '…'); nothing is reported. */
  isBlank(key: string): boolean {
    const cell = this.row.cell(key);
    if (cell === undefined) return true;
    if (typeof cell.value !== 'string') return cell.value === null;
    const cleaned = this.memo.text(cell).value;
    return cleaned === '' || isBlankMark(cleaned);
  }

  /** A text cell read as an ethnicity, when it reads as one group (not 55, the foreigners') without a finding; nothing is reported. */
  ethnicityOfText(cell: SourceCell): string | null {
    if (typeof cell.value !== 'string') return null;
    const reading = this.memo.ethnicityText(cell).value;
    if (reading === null || reading.value === null || reading.findings.length > 0) return null;
    return isForeignerCode(reading.value, this.options.ethnicityCodeList) ? null : reading.value;
  }

  /** Withdraws this row's findings at `indexes` (a value read again elsewhere: the finding no longer holds). */
  dropFindings(indexes: readonly number[]): void {
    const dropped = new Set(indexes);
    const kept = this.findings.filter((_, at) => !dropped.has(at));
    this.findings.splice(0, this.findings.length, ...kept);
  }

  nationality(key: string, field = key): string | null {
    const cell = this.row.cell(key);
    return cell === undefined ? null : this.keepReading(field, cell, this.memo.nationality(cell));
  }

  /**
   * A personal ID; a CSV field's text may lack the zeros of an ID Excel stored as a number, a workbook's
   * text cell only when the restored ID fits the person and the registration year (normalizePersonalId).
   */
  personalId(key: string, field: string, person: PersonalIdContext): string | null {
    const cell = this.row.cell(key);
    const value = cell === undefined ? null : this.typedValue(cell, field);
    const registrationYear = this.registrationDate === null ? null : Number(this.registrationDate.slice(0, 4));
    if (value === null) return this.personalIdInRemarks(key, field, person, registrationYear);
    return this.keep(field, cell, normalizePersonalId(value, person, { textMayLackZeros: cell?.fromCsv === true, registrationYear }), typeof value === 'string' ? value : undefined);
  }

  /**
   * An ID column empty or absent: the ID the remarks give this person (id-in-remarks.ts), noted
   * (ID_FROM_REMARKS) and checked as one typed in the column.
   */
  private personalIdInRemarks(key: string, field: string, person: PersonalIdContext, registrationYear: number | null): string | null {
    const remarks = this.row.cell('remarks');
    if (remarks === undefined || typeof remarks.value !== 'string' || remarks.text.length < PERSONAL_ID_LENGTH) return null;
    const text = this.memo.text(remarks).value;
    const id = idInRemarks(text, key.slice(0, key.indexOf('.')));
    if (id === null) return null;
    this.findings.push({ code: 'ID_FROM_REMARKS', field, column: remarks.column, value: text, normalized: id, params: { id } });
    return this.keep(field, { value: id, text: id, column: remarks.column }, normalizePersonalId(id, person, { registrationYear }));
  }

  /**
   * The cell under a column key as the reader gives it (typed value, shown date precision), for a
   * field whose reading depends on the cell's type: a book number Excel turned into a Date.
   */
  sourceCell(key: string): SourceCell | undefined {
    return this.row.cell(key);
  }

  /** Where a finding on `key` points: its cell's column and the text the sheet shows there; nothing without a cell. */
  cellReference(key: string): { column?: string; value?: string } {
    const cell = this.row.cell(key);
    return cell === undefined ? {} : { column: cell.column, value: this.shownText(cell) };
  }

  place(key: string, field = key): string | null {
    const cell = this.row.cell(key);
    const place = cell === undefined ? null : this.keepReading(field, cell, this.memo.place(cell));
    return place === '' ? null : place;
  }

  /**
   * A residence, birth or death place (place()), checked against the commune lists as a registration
   * place is when it names a commune of the province (province-place.ts), for the two slips of such a
   * text: a commune no list has (PLACE_COMMUNE_UNKNOWN) and a district written beside a commune it never
   * belonged to (PLACE_DISTRICT_MISMATCH). A person living in another district is normal: nothing else
   * is reported, and no code is kept.
   */
  placeInProvince(key: string, field = key): string | null {
    // A place typed after the event's date in its cell (eventDate) stands for a blank or absent column.
    const afterDate = this.placesAfterDates?.get(key);
    const cell = afterDate ?? this.row.cell(key);
    const place = afterDate === undefined ? this.place(key, field) : this.placeOf(afterDate, field);
    if (place === null || !this.memo.namesCommuneOfProvince(place)) return place;
    const { value, findings } = this.memo.commune(place, this.registrationDate);
    const slips = findings.filter((finding) => PLACE_SLIPS.has(finding.code));
    if (slips.length > 0) this.keep(field, cell, { value, findings: slips });
    return place;
  }

  private placeOf(cell: SourceCell, field: string): string | null {
    const place = this.keepReading(field, cell, this.memo.place(cell));
    return place === '' ? null : place;
  }

  commune(place: string | null, key: string, field: string): CommuneMatch {
    if (place === null) return { communeCode: null, districtCode: null };
    return this.keep(field, this.row.cell(key), this.memo.commune(place, this.registrationDate));
  }

  /**
   * `read` of a reader of this row whose cell under `key` holds only `part` of its text (one person's part of a cell
   * shared by two, labelled with whose it is); its findings are this reader's.
   */
  readPart<T>(key: string, part: string, read: (reader: FieldReader) => T): T {
    const { row } = this;
    const cell = row.cell(key);
    if (cell === undefined) return read(this);
    const partCell: SourceCell = { value: part, text: part, column: cell.column };
    if (cell.font !== undefined) partCell.font = cell.font;
    if (cell.encoding !== undefined) partCell.encoding = cell.encoding;
    if (cell.fromCsv !== undefined) partCell.fromCsv = cell.fromCsv;
    const partRow: MappedRow = { date1904: row.date1904, cell: (other) => (other === key ? partCell : row.cell(other)) };
    if (row.hasColumn !== undefined) partRow.hasColumn = (other) => row.hasColumn!(other);
    const reader = new FieldReader(partRow, this.memo);
    reader.registrationDate = this.registrationDate;
    const value = read(reader);
    this.findings.push(...reader.findings);
    return value;
  }

  /** The person the header of `key`'s shared ID column names first (MappedRow.sharedIdFirst). */
  sharedIdFirst(key: string): string | undefined {
    return this.row.sharedIdFirst?.(key);
  }

  /**
   * `read` of a reader of this row whose cell under `asKey` is `part` of the cell under `sourceKey` (one person's
   * number in a column shared by two): findings name `asKey`'s field and the shared column.
   */
  readPartAs<T>(sourceKey: string, asKey: string, part: string, read: (reader: FieldReader) => T): T {
    const { row } = this;
    const cell = row.cell(sourceKey);
    if (cell === undefined) return read(this);
    const partCell: SourceCell = { value: part, text: part, column: cell.column };
    if (cell.fromCsv !== undefined) partCell.fromCsv = cell.fromCsv;
    const partRow: MappedRow = { date1904: row.date1904, cell: (other) => (other === asKey ? partCell : row.cell(other)) };
    partRow.hasColumn = (other) => other === asKey || (row.hasColumn?.(other) ?? row.cell(other) !== undefined);
    if (row.yearHeader !== undefined) partRow.yearHeader = (other) => row.yearHeader!(other === asKey ? sourceKey : other);
    const reader = new FieldReader(partRow, this.memo);
    reader.registrationDate = this.registrationDate;
    const value = read(reader);
    this.findings.push(...reader.findings);
    return value;
  }

  /** Records a finding that no normalizer made (cross-field rules, missing values). */
  report(finding: BoundFinding): void {
    this.findings.push(finding);
  }

  /**
   * A bare number of one to three digits ('85', 85) in a birth column headed by an age too ('Năm sinh / Thọ'): the
   * book asks a year or an age there, and a year would be written whole ('1925'), so it is the age, not a two-digit
   * year ('85' is no 1985 there). Reported as DATE_AGE_ONLY on `field`, the birth date left empty; true when so.
   * Any other cell (a year, a date, '85 tuổi', which the date reader knows) is left to the birth column's reader.
   */
  ageInBirthAndAgeColumn(key: string, field = key): boolean {
    if (this.row.ageHeader?.(key) !== true) return false;
    const cell = this.row.cell(key);
    if (cell === undefined) return false;
    const age = typeof cell.value === 'number' ? cell.value : typeof cell.value === 'string' && BARE_AGE.test(cell.value) ? Number(cell.value) : Number.NaN;
    // 0 is no one's age at death there (a newborn's column shows its year): it is left to the date reader (DATE_UNKNOWN).
    if (!Number.isInteger(age) || age < 1 || age > MAX_TYPED_AGE) return false;
    this.findings.push({ code: 'DATE_AGE_ONLY', field, column: cell.column, value: this.shownText(cell) });
    return true;
  }

  private dateCell(key: string, field: string, target: DateTarget, referenceDate = this.registrationDate, anyAgeBirth = false): string | null {
    const shared = this.yearInSharedYearColumn(key);
    if (shared === null) return null;
    if (shared !== undefined) return this.dateOf(shared, field, target, referenceDate, true, anyAgeBirth);
    const own = this.row.cell(key);
    const cell = key === 'father.birthYear' || (key === 'mother.birthYear' && own === undefined) ? this.yearInParentsCell(key, own) : own;
    if (cell === undefined) return key === 'father.birthYear' && own !== undefined ? null : this.splitDate(key, field, target, referenceDate, anyAgeBirth);
    return this.dateOf(cell, field, target, referenceDate, this.row.yearHeader?.(key) === true, anyAgeBirth);
  }

  /**
   * A parent's year from the father's year cell beside a name cell of both parents (nameInParentsCell): of two
   * ('Năm sinh cha, mẹ': '1950\n1953'), the year in the order of the names; a cell beside the mother's name alone
   * is hers (undefined for the father). The parent's own cell otherwise.
   */
  private yearInParentsCell(key: string, own: SourceCell | undefined): SourceCell | undefined {
    const cell = key === 'father.birthYear' ? own : this.row.cell('father.birthYear');
    if (cell === undefined || typeof cell.value === 'object') return own;
    const years = typeof cell.value === 'string' ? TWO_YEARS.exec(cell.text.trim()) : null;
    const names = years === null && this.row.parentsHeaderFirst?.('father.fullName') === undefined ? undefined : this.row.cell('father.fullName');
    if (names === undefined) return own;
    const fatherFirst = fatherNamedFirst(withCellLineBreak(names.text, this.memo.text(names).value), !this.hasColumn('mother.fullName'), this.parentsColumnContext());
    if (years === null) {
      // The mother named alone in the cell of both (splitUnlabelledParents): the year beside her name is hers.
      if (fatherFirst !== null || !this.motherAloneInParentsCell(names)) return own;
      return key === 'father.birthYear' ? undefined : cell;
    }
    if (fatherFirst === null) return own;
    const year = (key === 'father.birthYear') === fatherFirst ? years[1]! : years[2]!;
    return { value: year, text: year, column: cell.column };
  }

  /**
   * A parent's year from the one year column of a book naming each parent in a column of their own ('Họ tên cha' |
   * 'Họ tên mẹ' | 'Năm sinh': the year column is read as the parent's to its left) whose cell holds two years
   * ('1968, 1972', '1966 - 1970', '1969' over '1971'): the years in the order of the name columns. One year beside
   * a blank name of the parent left of the column is the other parent's, named in the row (a mother registering alone
   * under 'Họ tên mẹ' | 'Họ tên cha' | 'Năm sinh'): null for the parent not named. Undefined when that is not the
   * row's layout (the parent's own cell is read as usual).
   */
  private yearInSharedYearColumn(key: string): SourceCell | null | undefined {
    if (key !== 'father.birthYear' && key !== 'mother.birthYear') return undefined;
    const otherKey = key === 'father.birthYear' ? 'mother.birthYear' : 'father.birthYear';
    const holder = this.hasColumn(key) ? (this.hasColumn(otherKey) ? undefined : key) : this.hasColumn(otherKey) ? otherKey : undefined;
    const cell = holder === undefined ? undefined : this.row.cell(holder);
    if (cell === undefined || typeof cell.value !== 'string') return undefined;
    const years = TWO_YEARS.exec(cell.text.trim());
    if (years === null) return this.yearOfParentNamedAlone(key, holder!, cell);
    const father = this.row.cell('father.fullName');
    const mother = this.row.cell('mother.fullName');
    if (father === undefined || mother === undefined || father.column === mother.column) return undefined;
    const fatherFirst = columnBefore(father.column, mother.column);
    const year = (key === 'father.birthYear') === fatherFirst ? years[1]! : years[2]!;
    return { value: year, text: year, column: cell.column };
  }

  /**
   * The one year of the shared year column when the parent it stands beside (`holder`'s) has a name column left
   * blank in this row and the other parent is named: the named parent's (the cell for them, null for the other).
   * Undefined otherwise: the year stays the holder's, and always when the column's header names the holder ('Năm
   * sinh mẹ': the mother's year, though her name was left blank).
   */
  private yearOfParentNamedAlone(key: string, holder: string, cell: SourceCell): SourceCell | null | undefined {
    const holderName = holder === 'father.birthYear' ? 'father.fullName' : 'mother.fullName';
    const otherName = holder === 'father.birthYear' ? 'mother.fullName' : 'father.fullName';
    if (this.row.cell(holderName) !== undefined || this.row.cell(otherName) === undefined) return undefined;
    if (!this.hasColumn(holderName) || !this.hasColumn(otherName) || this.row.yearHeaderNamesParent?.(holder) === true) return undefined;
    return key === holder ? null : cell;
  }

  /** The column header and the child's family name, for telling the parents apart in a cell of both (parents-in-one-cell.ts). */
  private parentsColumnContext(): ParentsColumnContext {
    const headerFirst = this.row.parentsHeaderFirst?.('father.fullName');
    if (headerFirst === undefined) return {};
    const child = this.row.cell('child.fullName');
    const childName = child === undefined ? '' : this.memo.text(child).value.trim();
    return { headerFirst, childFamilyName: childName === '' ? undefined : childName.split(/\s+/u)[0] };
  }

  /** Whether the father's cell under a header of both parents names the mother alone ('Đỗ Thị Hằng' under 'Họ tên cha, mẹ'). */
  private motherAloneInParentsCell(names: SourceCell): boolean {
    if (this.hasColumn('mother.fullName')) return false;
    const parents = splitUnlabelledParents(withCellLineBreak(names.text, this.memo.text(names).value), this.parentsColumnContext());
    return parents !== null && parents.father === null;
  }

  /**
   * A date typed over 'Ngày' | 'Tháng' | 'Năm' columns (date-parts.ts), read as the
   * words 'ngày 5 tháng 3 năm 1985' through the date normalizer: its checks and its
   * two-digit years apply, an empty day leaves the month and year ('1985-03'), an
   * empty day and month the year. A day without a month is DATE_IMPOSSIBLE. A whole
   * date typed in one of the columns, the others left empty, is read as it is.
   * Null when the register has no such columns or they are all empty.
   */
  private splitDate(key: string, field: string, target: DateTarget, referenceDate: string | null, anyAgeBirth: boolean): string | null {
    const [dayKey, monthKey, yearKey] = datePartKeys(key);
    const day = this.row.cell(dayKey);
    const month = this.row.cell(monthKey);
    const year = this.row.cell(yearKey);
    const anchor = day ?? month ?? year;
    if (anchor === undefined) {
      const part = this.combinedPart(key, 'birthDate');
      return part === undefined ? null : this.dateOf(part, field, target, referenceDate, false, anyAgeBirth);
    }
    const alone = anchor === (year ?? month ?? day);
    // The 'Năm' part alone holds a year, even when Excel shows it as a day of 1905.
    if (alone && (anchor.value instanceof Date || WHOLE_DATE.test(anchor.text))) return this.dateOf(anchor, field, target, referenceDate, anchor === year, anyAgeBirth);
    const dayText = day === undefined ? null : this.datePartText(day, field);
    const monthText = month === undefined ? null : this.datePartText(month, field);
    const yearText = year === undefined ? null : this.datePartText(year, field);
    const words = [dayText === null ? '' : `ngày ${dayText}`, monthText === null ? '' : `tháng ${monthText}`, yearText === null ? '' : `năm ${yearText}`];
    const text = words.filter((part) => part !== '').join(' ');
    if (text === '') return null;
    const joined: SourceCell = { value: text, text, column: anchor.column };
    if (dayText !== null && monthText === null) {
      this.findings.push({ code: 'DATE_IMPOSSIBLE', field, column: joined.column, value: text });
      return null;
    }
    return this.dateOf(joined, field, target, referenceDate, false, anyAgeBirth);
  }

  /**
   * The name part of the person's 'Họ tên, ngày sinh' cell (name-with-birth-date.ts), for a person with
   * no name column of their own; the whole cell's text findings (a legacy font decoded) are bound once, here.
   */
  private nameOfCombined(key: string, field: string): SourceCell | undefined {
    const part = this.combinedPart(key, 'name');
    if (part !== undefined) this.keep(field, this.combined!.cell, this.memo.text(this.combined!.cell));
    return part;
  }

  /**
   * A parent's name from the father's cell when it names both parents, each after a label ('Cha: …; Mẹ: …',
   * 'Bố: … - Mẹ: …': a 'Họ tên cha mẹ' column is taken for the father's, parents-in-one-cell.ts): the father
   * gets his part, the mother hers where she has no name cell of her own. Undefined (the cell is read as it
   * always was) unless the cell opens with a label and has a mother's; `part` undefined: no name for this parent.
   */
  private nameInParentsCell(key: string, field: string, own: SourceCell | undefined): { part: SourceCell | undefined } | undefined {
    const cell = key === 'father.fullName' ? own : key === 'mother.fullName' && own === undefined ? this.row.cell('father.fullName') : undefined;
    if (cell === undefined) return undefined;
    const reading = this.memo.text(cell);
    const labelled = MOTHER_LETTER.test(reading.value) ? splitParentsInOneCell(reading.value) : null;
    // 'Nguyễn Văn Tài\nTrần Thị Lan': two names without labels, told apart by Thị or Văn (parents-in-one-cell.ts);
    // never beside a mother's own name column, where the father's cell holds his name and maybe a remark or a
    // place ('Đỗ Văn Hùng, Hà Nội'), not hers.
    const context = this.parentsColumnContext();
    const unlabelled = (context.headerFirst !== undefined || NAMES_SEPARATOR.test(cell.text)) && !this.hasColumn('mother.fullName');
    const parents = labelled ?? (unlabelled ? splitUnlabelledParents(withCellLineBreak(cell.text, reading.value), context) : null);
    if (parents === null || parents.mother === null) return undefined;
    const part = key === 'father.fullName' ? parents.father : parents.mother;
    // The cell's own findings (a legacy font) once, with the parent named first.
    if (part !== null && part === (parents.father ?? parents.mother)) this.keep(field, cell, reading);
    return { part: part === null ? undefined : { value: part, text: part, column: cell.column } };
  }

  /**
   * The person's own name cell when a birth year was typed after the name in it ('Nguyễn Thị Hoa 1985',
   * 'Trần Văn Nam (1980)', 'Lê Thị Thu, SN 1990'): the name part, with the year split off and kept in
   * NAME_REMARK_REMOVED; the year is the person's where their own year or date column is empty or absent
   * (combinedPart). Any other cell is returned as it is.
   */
  /** A name cell with a relation typed on its second line (remark-line.ts): the line after ' - ', where the name reader takes it off as a remark. */
  private relationLineAsRemark(cell: SourceCell): SourceCell {
    if (typeof cell.value !== 'string') return cell;
    const lines = relationLineApart(cell.value);
    if (lines === null) return cell;
    const text = `${this.partText(cell, lines.name)} - ${this.partText(cell, lines.remark)}`;
    return { value: text, text, column: cell.column };
  }

  private nameBeforeTypedYear(cell: SourceCell, key: string, field: string): SourceCell {
    if (!A_FIGURE.test(cell.text)) return cell;
    const combinedKey = nameAndBirthDateKey(key);
    if (combinedKey === null || this.row.cell(combinedKey) !== undefined) return cell;
    const split = this.yearAfterName(cell, this.ownBirthDateYear(key));
    if (split === null) return cell;
    // The year is the person's when their own year or date column is absent or blank (combinedPart): nothing is
    // lost, so the split is an automatic correction (NAME_BIRTH_YEAR_SPLIT, a note); beside a filled year
    // column it is dropped, and the warning quotes it for the officer to compare.
    const finding = this.ownBirthDateTyped(key)
      ? { code: 'NAME_REMARK_REMOVED', params: { remark: split.birthDate } }
      : { code: 'NAME_BIRTH_YEAR_SPLIT', from: this.shownText(cell), to: split.name, params: { remark: split.birthDate } };
    this.keep(field, cell, { value: null, findings: [finding] });
    return { value: split.name, text: split.name, column: cell.column };
  }

  /** The four-digit year typed in the person's own birth date cell ('child.birthDate' for 'child.fullName'); null when there is none. */
  private ownBirthDateYear(nameKey: string): string | null {
    const cell = this.row.cell(`${nameKey.slice(0, nameKey.lastIndexOf('.'))}.birthDate`);
    const years = cell === undefined ? null : cell.text.match(FOUR_DIGIT_YEAR);
    return years !== null && years.length === 1 ? years[0]! : null;
  }

  /** Whether the row holds a cell of the person's own birth year or date ('mother.birthYear', 'deceased.birthDate', or its Ngày | Tháng | Năm parts); always for a child. */
  private ownBirthDateTyped(nameKey: string): boolean {
    const person = nameKey.slice(0, nameKey.lastIndexOf('.'));
    // A child's birth date may stand elsewhere (under the sex columns): the registered child keeps the warning.
    if (person === 'child') return true;
    for (const dateKey of [`${person}.birthYear`, `${person}.birthDate`]) {
      if (this.row.cell(dateKey) !== undefined) return true;
      if (datePartKeys(dateKey).some((partKey) => this.row.cell(partKey) !== undefined)) return true;
    }
    return false;
  }

  /**
   * A name cell read as 'Họ tên, năm sinh' (name-with-birth-date.ts) when what follows the name is a
   * four-digit year and date words only ('1985', '(1980)', 'SN: 1988', 'sinh năm 1992') and what stands
   * before it a name of two words or more without a figure; null otherwise ('Nguyễn Văn An 2', 'Ng0c').
   */
  private yearAfterName(cell: SourceCell, ownYear: string | null = null): { name: string; birthDate: string } | null {
    if (typeof cell.value !== 'string' || !A_FIGURE.test(cell.text)) return null;
    const split = splitNameWithBirthDate(this.memo.text(cell).value);
    const { name, birthDate } = split;
    if (birthDate === null || !/\S\s+\S/u.test(name) || A_FIGURE.test(name)) return null;
    if (!DATE_WORDS_ONLY.test(birthDate)) return null;
    // One year only: two are a lifespan ('Lê Văn Tý (1924-2022)'), a remark for the name check as before.
    const years = birthDate.match(FOUR_DIGIT_YEAR);
    if (years === null || years.length !== 1 || !/^(?:1[89]|20)/.test(years[0]!)) return null;
    // A bare year names no event: a birth year only when at least BARE_YEAR_MIN_AGE years before the registration
    // (a deceased's '(2022)' in a 2022 book is the death's year). 'SN', 'sinh' name the birth whatever the year.
    // The year of the person's own birth date, typed again after the name ('Trần Văn Tư 2015' born 03/01/2015), is theirs too.
    if (!BIRTH_WORD.test(birthDate) && years[0] !== ownYear) {
      const registrationYear = this.registrationDate === null ? null : Number(this.registrationDate.slice(0, 4));
      if (registrationYear === null || Number(years[0]) > registrationYear - BARE_YEAR_MIN_AGE) return null;
    }
    return { name, birthDate };
  }

  /**
   * One part of the person's 'Họ tên, ngày sinh' cell, as a cell of its own at the same column; undefined
   * when the person has no such cell or the part is empty. The cell is split once per row. Without such a
   * column, the person's own name cell holding a year after the name (yearAfterName) stands for it.
   */
  private combinedPart(key: string, part: keyof NameWithBirthDate): SourceCell | undefined {
    const combinedKey = nameAndBirthDateKey(key);
    if (combinedKey === null) return undefined;
    let combined = this.combined;
    if (combined?.key !== combinedKey) {
      let cell = this.row.cell(combinedKey);
      if (cell === undefined) {
        const own = this.row.cell(`${combinedKey.slice(0, combinedKey.indexOf('.'))}.fullName`);
        if (own === undefined || this.yearAfterName(own) === null) return undefined;
        cell = own;
      }
      // The text cleaner makes a line break a space: it is a separator here ('Ngô Văn Tâm↵Canh Tý').
      const source = cell.text.includes('\n') ? withLineBreaksAsSeparators(cell) : cell;
      combined = this.combined = { key: combinedKey, cell: source, split: splitNameWithBirthDate(this.memo.text(source).value) };
    }
    const text = combined.split[part];
    if (text === null || text === '') return undefined;
    const partCell: SourceCell = { value: text, text, column: combined.cell.column };
    if (combined.cell.titleRow !== undefined) partCell.titleRow = combined.cell.titleRow;
    return partCell;
  }

  /** A date split over 'Ngày' | 'Tháng' with no year, as the words splitDate reads ('ngày 5 tháng 1'). */
  private dayAndMonth(key: string): SourceCell | undefined {
    const [dayKey, monthKey, yearKey] = datePartKeys(key);
    const day = this.row.cell(dayKey);
    const month = this.row.cell(monthKey);
    if (day === undefined || month === undefined || this.row.cell(yearKey) !== undefined) return undefined;
    const part = (cell: SourceCell): string => (typeof cell.value === 'number' && Number.isInteger(cell.value) ? String(cell.value) : this.memo.text(cell).value.replace(PART_WORD, '').trim());
    const text = `ngày ${part(day)} tháng ${part(month)}`;
    return { value: text, text, column: day.column };
  }

  /** One part of a split date as typed: a number as the figures, text cleaned and without its own word ('tháng 3' → '3'). */
  private datePartText(cell: SourceCell, field: string): string | null {
    if (typeof cell.value === 'number' && Number.isInteger(cell.value)) return String(cell.value);
    const cleaned = this.cleanText(cell, field);
    if (cleaned === null) return null;
    const text = cleaned.replace(PART_WORD, '').trim();
    return text === '' ? null : text;
  }

  /**
   * `yearHeader`: the column is headed by a year, so numbers and date-formatted years typed there are years.
   * `anyAgeBirth`: FieldReader.anyAgeBirthDate.
   */
  private dateOf(cell: SourceCell, field: string, target: DateTarget, referenceDate: string | null, yearHeader = false, anyAgeBirth = false): string | null {
    if (cell.value instanceof Date && cell.datePrecision !== undefined) {
      // A format that shows the year or the month: what the clerk saw is the day's year or month, never a typed year.
      const read = this.memo.dateValue(cell.value, 'date', referenceDate);
      return this.keep(field, cell, atShownPrecision(read, target === 'year' ? 'year' : cell.datePrecision));
    }
    const dayAndMonth = target === 'date' && !yearHeader && hiddenYearAfter(cell, referenceDate) ? shownDayAndMonth(cell) : null;
    // A Date cell showing no year ('5-Mar') whose hidden year puts it after the registration: read as the day and month
    // the clerk saw (DATE_YEAR_MISSING). One the registration does not contradict keeps its year (a column of full dates
    // formatted 'dd/mm'); a registration date's own is judged against its book's year (registration-fields.ts).
    if (dayAndMonth !== null) return this.dateOf(dayAndMonth, field, target, referenceDate, yearHeader, anyAgeBirth);
    if (typeof cell.value === 'number' || cell.value instanceof Date) {
      // A number is at most a year, a Date a four-digit one: neither is after the registration at full precision only.
      const read = this.memo.dateValue(cell.value, target, referenceDate, yearHeader, anyAgeBirth, cell.dayMonthSwapped);
      const shown = target === 'date' ? twoDigitYearShown(cell) : null;
      if (shown !== null) {
        // The century is Excel's: where the two-digit year typed reads otherwise (a deceased's '5/3/25', stored 2025),
        // or its century is in doubt, that reading stands; a deceased's always, whose row may yet settle the century
        // (deceased-century.ts: '1/1/05' and 'Già yếu' in a 2008 death is 1905).
        const typed = { value: shown, text: shown, column: cell.column };
        const reading = this.textDate(typed, target, referenceDate, anyAgeBirth);
        const asTyped = reading.value;
        const differs = asTyped !== null && asTyped.value !== null && asTyped.value !== read.value;
        if (differs || anyAgeBirth || asTyped?.findings.some((finding) => finding.code === DATE_CODES.centuryDoubtful) === true) return this.keepReading(field, typed, reading);
      }
      return this.keep(field, cell, cell.datePrecision === undefined ? read : atShownPrecision(read, cell.datePrecision));
    }
    return this.keepReading(field, cell, this.textDate(cell, target, referenceDate, anyAgeBirth));
  }

  /** A text date cell read, a deceased's birth (anyAgeBirth) a century earlier where centuryEarlierReference says so. */
  private textDate(cell: SourceCell, target: DateTarget, referenceDate: string | null, anyAgeBirth: boolean): CellReading<string | null> {
    const reading = this.memo.dateText(cell, target, referenceDate, anyAgeBirth);
    if (!anyAgeBirth) return reading;
    const earlier = centuryEarlierReference(reading.value, referenceDate);
    return earlier === null ? reading : this.memo.dateText(cell, target, earlier, true);
  }

  /** The cell's text through the text cleaner, findings bound; null when nothing is left. */
  private cleanText(cell: SourceCell, field: string): string | null {
    const reading = this.memo.text(cell);
    const cleaned = this.keep(field, cell, reading, reading.value);
    return cleaned === '' || isBlankMark(cleaned) ? null : cleaned;
  }

  /** Binds the text cleaner's findings, then the kind's; null when the cleaned text was empty. */
  private keepReading<T>(field: string, cell: SourceCell, reading: CellReading<T>): T | null {
    const shown = reading.text.value;
    this.keep(field, cell, reading.text, shown);
    return reading.value === null ? null : this.keep(field, cell, reading.value, shown);
  }

  /**
   * The cell as a message quotes it: a text cell after the text cleaner (legacy fonts decoded, NFC,
   * spaces), which is what the officer sees in the source sheet in its legacy font ('X¸n ChØ' in
   * .VnTime shows Xán Chỉ); a number or date as the sheet displays it. The typed text stays in the
   * record's `raw` and in the conversion note's `from`. A Date cell is shown dd/mm/yyyy (dateCellText).
   */
  shownText(cell: SourceCell): string {
    if (typeof cell.value !== 'string') return cell.value instanceof Date ? dateCellText(cell.text, cell.datePrecision) : cell.text;
    const cleaned = this.memo.text(cell).value;
    return cleaned === '' ? cell.text : cleaned;
  }

  /** Numbers and dates as typed; strings through the text cleaner first. */
  private typedValue(cell: SourceCell, field: string): string | number | Date | null {
    if (typeof cell.value === 'number' || cell.value instanceof Date) return cell.value;
    return this.cleanText(cell, field);
  }

  /**
   * Binds copies of the findings (the answer itself may be shared with other rows), each quoting the
   * cell as shown (shownText); `shown`, that text when the caller has it already (the text cleaner's answer).
   */
  private keep<T>(field: string, cell: SourceCell | undefined, result: Normalized<T>, shown?: string): T {
    const { findings } = result;
    // Most answers have no finding: the cell's shown text is only worked out for those that do.
    if (findings.length === 0) return result.value;
    const value = cell === undefined ? undefined : shown === undefined || shown === '' ? this.shownText(cell) : shown;
    const normalized = displayValue(result.value);
    // An indexed loop: for…of over frozen and unfrozen arrays alike is slow in V8.
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i]!;
      // Object.assign, not spread: same copy, but V8's spread slows to microseconds on findings of varied shapes.
      // `field` set after the copy keeps the key where the finding has one, else last: as a second source would.
      const bound = Object.assign({}, finding) as BoundFinding;
      bound.field = field;
      if (cell) {
        bound.column = cell.column;
        bound.value = value;
        if (cell.titleRow !== undefined) {
          bound.titleRow = cell.titleRow;
          if (cell.titleSheet !== undefined) bound.titleSheet = cell.titleSheet;
        }
      }
      if (normalized !== undefined) bound.normalized = normalized;
      this.findings.push(bound);
    }
    return result.value;
  }
}

/**
 * A date, then 'tại' and a place ('10/3/2020 tại nhà', 'ngày 11 tháng 3 năm 2020, tại Bệnh viện …'): the date part
 * holds a figure; 'tại' is a word of its own (not the end of another word). Lazy: the first 'tại' after a figure.
 */
const DATE_THEN_PLACE = /^(.*?\d.*?)[\s,;:.\-–]+(tại)(?!\p{L})\s*(\p{L}.*)$/isu;

/**
 * Whether `text` may match DATE_THEN_PLACE: its 'tại' needs an 'ạ' or 'Ạ' (the only letters /iu folds to it), and
 * nearly no date cell has one; the lazy pattern backtracks over the whole text before it fails.
 */
function mayHoldTai(text: string): boolean {
  return text.includes('ạ') || text.includes('Ạ');
}
/**
 * In a date-and-place column: after a figure, a comma, semicolon or a dash between spaces, then a letter (the place):
 * '05/03/1990, Trạm y tế', '5/3/1990 - Bệnh viện'. A bare space is no split: what follows it is as often a time or a
 * remark ('5/3/1990 lúc 22 giờ', '5/3/1990 sinh non').
 */
/** Where a place may start after a date the cell does not read: a comma, semicolon or dash, or 'tại' ('35, Xã Tam Hợp'). */
const PLACE_SEPARATOR = /\s*(?:[,;]|\s[-–]|\stại\s)\s*/giu;
const FIGURE_THEN_PLACE = /(?<=\d)\s*(?:[,;]|\s[-–])\s*(?=\p{L})/gu;
/** Folded words after a date that are a remark on it or on the entry, not a place. */
const NOT_A_PLACE = /^(?:dkl|dkqh|dk\b|dang ky|qua han|dung han|am lich|al\b|duong lich|sinh doi|sinh ba|khong ro|chua ro)/;
/** A full day, not a month or a year. */
const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A year ('1935', 'năm 1935') or a month and year ('3/1935') in figures, with a four-digit year: no day or month to come after it. */
const PARTIAL_DATE_FIGURES = /^(?:n[aă]m\s+)?(?:(?:0?[1-9]|1[0-2])\s*[/.-]\s*)?(?:1[89]|20)\d{2}$/iu;
/** A place told only in words ('nhà', 'nhà riêng', 'đường đi cấp cứu'): with its 'tại', as such places are typed in their own column ('Tại nhà'). */
const TOLD_IN_WORDS = /^(?:(?:nhà|riêng|đường|đi|cấp|cứu|về)(?:\s+|$))+$/iu;

/** A whole date in one cell: figures, a separator, figures ('05/03/1985', '5-3-85'). */
const WHOLE_DATE = /\d\s*[/.-]\s*\d/;
/** The last figure of a text and what follows it. */
const LAST_FIGURE = /(\d)(?!.*\d)/su;
/** The word a split date's part may repeat ('tháng 3', 'Năm 1985'). */
const PART_WORD = /^(ngày|ngay|tháng|thang|năm|nam)\b\s*/iu;

/** A date cell formatted 'yyyy' or 'mm/yyyy' holds what the clerk saw: the year, or the month. */
function atShownPrecision(read: Normalized<string | null>, precision: ShownDatePrecision): Normalized<string | null> {
  const length = precision === 'year' ? 4 : 7;
  const { value } = read;
  return value === null || value.length <= length ? read : { value: value.slice(0, length), findings: read.findings };
}

/** A cell with each line break typed as '; ', which the name and date split reads as a separator. */
function withLineBreaksAsSeparators(cell: SourceCell): SourceCell {
  const broken = (text: string): string => text.replace(LINE_BREAKS, '; ');
  const text = broken(cell.text);
  const source: SourceCell = { ...cell, value: text, text };
  if (cell.runs !== undefined) source.runs = cell.runs.map((run) => ({ ...run, text: broken(run.text) }));
  return source;
}

const LINE_BREAKS = /\s*\n\s*/g;

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function displayValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'fullName' in value && typeof value.fullName === 'string') return value.fullName;
  if (typeof value === 'object' && 'communeCode' in value && typeof value.communeCode === 'string') return value.communeCode;
  return undefined;
}

/** Excel reads a two-digit year typed into a date cell as 1930–2029: only 2000–2029 can be a century late. */
const EXCEL_CENTURY_WINDOW_END = 2029;

/**
 * The text a Date cell of a two-digit-year format (SourceCell.twoDigitYear) shows, 'd/m/yy', when Excel
 * gave it a century that may be a century late (2000–2029); else null. Read as typed, the rows' own rules
 * decide the century (field-reader dateOf).
 */
function twoDigitYearShown(cell: SourceCell): string | null {
  const { value } = cell;
  if (!(value instanceof Date) || cell.twoDigitYear !== true || cell.datePrecision !== undefined || cell.dayMonthSwapped !== undefined) return null;
  const year = value.getUTCFullYear();
  if (Number.isNaN(year) || year < 2000 || year > EXCEL_CENTURY_WINDOW_END) return null;
  return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${String(year % 100).padStart(2, '0')}`;
}

/**
 * A Date cell that shows no year (SourceCell.noYear) whose hidden year puts it after `referenceDate` (the
 * registration), at the precision that date gives: the year is the one it was typed in, not the event's.
 */
function hiddenYearAfter(cell: SourceCell, referenceDate: string | null): boolean {
  const { value } = cell;
  if (referenceDate === null || cell.noYear !== true || !(value instanceof Date) || Number.isNaN(value.getTime())) return false;
  return value.toISOString().slice(0, referenceDate.length) > referenceDate;
}

/** A Date cell that shows no year (SourceCell.noYear) as the text of what it shows, 'ngày 5 tháng 3'; else null. */
function shownDayAndMonth(cell: SourceCell): SourceCell | null {
  const { value } = cell;
  if (!(value instanceof Date) || cell.noYear !== true || Number.isNaN(value.getTime())) return null;
  const text = `ngày ${value.getUTCDate()} tháng ${value.getUTCMonth() + 1}`;
  return { value: text, text, column: cell.column };
}
