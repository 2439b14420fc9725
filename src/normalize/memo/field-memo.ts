/**
 * The normalizers a FieldReader calls, each behind a bounded memo. Registers
 * repeat the same few places, ethnicities, nationalities, registration places
 * and dates on every page, and every normalizer is pure, so a cell seen
 * before is answered from the memo. A FieldMemo belongs to one set of options
 * (pipeline settings, district, date system); every other input an answer
 * depends on is in its key:
 *   text cells (name, place, sex, …)  font + cell text → the text cleaner's answer
 *                                     and the kind's normalizer's answer on it
 *   dates                             see date-memo.ts
 *   commune                           registration period (between list changes) + cleaned place
 * Cells with rich-text runs, very long texts and personal IDs (nearly every
 * one different) are normalized afresh every time. Answers are frozen: they
 * are shared by every row with the same cell.
 */
import type { DaySwapVerdict, SourceCell } from '../../ingest/source-cell.js';
import { normalizeEthnicity, type EthnicityOptions } from '../codes/ethnicity.js';
import { normalizeNationality } from '../codes/nationality.js';
import { normalizeSex, type Sex } from '../codes/sex.js';
import type { DateTarget } from '../date/resolve-date.js';
import type { Normalized } from '../finding.js';
import { isPlainName, normalizeDeclarant, type DeclarantName } from '../name/declarant.js';
import { normalizeName, type PersonName } from '../name/normalize-name.js';
import type { NormalizeOptions } from '../normalize-options.js';
import { matchCommune, readPlaceMentions, type CommuneMatch, type MatchCommuneOptions, type PlaceMentions } from '../place/match-commune.js';
import { normalizePlace } from '../place/normalize-place.js';
import { placeLineBreaks } from '../place/place-line-breaks.js';
import { detectLegacyEncoding } from '../text/detect-legacy-encoding.js';
import { decodeLegacy } from '../text/legacy-encoding.js';
import { namesCommuneOfProvince } from '../place/province-place.js';
import { registrationPeriodKey } from '../place/registration-period.js';
import { decodedFromTcvn3 } from '../text/lost-capital.js';
import { BoundedMemo } from './bounded-memo.js';
import { CellMemo, frozenReading, MAX_KEY_LENGTH, readCell, readTextCell, type CellReading } from './cell-memo.js';
import { DateMemo } from './date-memo.js';
import { frozen } from './frozen.js';

export type { CellReading } from './cell-memo.js';

/** The options a FieldReader normalizes with. */
export interface FieldOptions extends NormalizeOptions {
  /** The source's district (narrows commune matching); '' outside any district. */
  districtCode: string;
}

/**
 * Entries per memo. With at most ~200-character keys that is a few MiB per
 * memo when full, and far more than the distinct places, ethnicities or dates
 * of a district's books; unique values (names) just cycle through.
 */
export const DEFAULT_MEMO_CAPACITY = 4096;
/** Columns whose plain-text cells get a memo of their own (a register has a few dozen); further columns share one. */
const MAX_TEXT_COLUMNS = 16;
/** A column's plain-text memo keeps this share of the capacity: only cells the text cleaner has work on are kept, few per column. */
const TEXT_COLUMN_SHARE = 8;
/** Sex column keys kept (one per person with a sex: child, deceased). */
const MAX_SEX_KEYS = 8;

function placeOfCleanText(text: string, cleaned: Normalized<string>): Normalized<string> {
  return normalizePlace(text, { tcvn3: decodedFromTcvn3(cleaned) });
}

/** The text as it reads: decoded from the legacy encoding it was typed in, if any. */
function readableText(text: string, font: string | undefined, context: SourceCell['encoding']): string {
  const encoding = detectLegacyEncoding(text, font, context);
  return encoding === null ? text : decodeLegacy(text, encoding);
}

/** A place cell with its line breaks read as the parts' separators they stand for, or as spaces (place-line-breaks.ts). */
function withPlaceLineBreaks(cell: SourceCell): SourceCell {
  // A cell typed in a legacy font ('Th«n §«ng\nx· Tam Hîp') is weighed as it reads: the unit words and names are in its decoded text.
  const readable = cell.runs === undefined ? readableText(cell.text, cell.font, cell.encoding) : cell.runs.map((run) => readableText(run.text, run.font ?? cell.font, cell.encoding)).join('');
  const [text = cell.text] = placeLineBreaks(cell.text, [cell.text], readable);
  const source: SourceCell = { ...cell, value: text, text };
  if (cell.runs !== undefined) {
    const runs = placeLineBreaks(cell.text, cell.runs.map((run) => run.text), readable);
    source.runs = cell.runs.map((run, i) => ({ ...run, text: runs[i] ?? run.text }));
  }
  return source;
}

/** A name memo's answer as the declarant's (no relation), frozen as it is: null when the cell is not a plain name (isPlainName). */
function declarantOfName(name: CellReading<PersonName | null>): CellReading<DeclarantName | null> | null {
  if (name.value !== null && !isPlainName(name.text.value)) return null;
  const { value } = name;
  return frozenReading({ text: name.text, value: value === null ? null : { value: value.value === null ? null : { fullName: value.value.fullName, relation: null }, findings: value.findings } });
}

export class FieldMemo {
  /**
   * Plain-text cells' memos by column: in one memo for all, a column of unique remarks drags the hit rate under
   * BoundedMemo's threshold and the memo rests, recomputing a column's repeated 'không rõ' too. Apart, each
   * column's memo judges its own hits. `texts` takes the cells of columns past MAX_TEXT_COLUMNS.
   */
  private readonly textsByColumn = new Map<string, CellMemo<Normalized<string>>>();
  private readonly texts: CellMemo<Normalized<string>>;
  private readonly textMemoOf: (column: string) => CellMemo<Normalized<string>>;
  private readonly names: CellMemo<CellReading<PersonName | null>>;
  private readonly declarants: CellMemo<CellReading<DeclarantName | null>>;
  /** The declarant's answer for a name memo's answer (declarantOfName), null for one that is not a plain name. */
  private readonly declarantsOfNames = new WeakMap<CellReading<PersonName | null>, CellReading<DeclarantName | null> | null>();
  private readonly places: CellMemo<CellReading<string>>;
  private readonly sexes: CellMemo<CellReading<Sex | null>>;
  private readonly nationalities: CellMemo<CellReading<string | null>>;
  private readonly ethnicityTexts: CellMemo<CellReading<string | null>>;
  private readonly ethnicityNumbers: BoundedMemo<number, Normalized<string | null>>;
  /** By registration date, then cleaned place; `communeAnswers` counts the places over all dates. */
  private readonly namePartKeyCache = new Map<string, readonly [string, string]>();
  private readonly communes: BoundedMemo<string | null, Map<string, Normalized<CommuneMatch>>>;
  private readonly provincePlaces: BoundedMemo<string, boolean>;
  /**
   * readPlaceMentions by place: the commune memo asks matchCommune again for each registration period a place
   * comes with, and the place's words are the same every time.
   */
  private readonly mentionsOf: (input: string) => PlaceMentions;
  private communeAnswers = 0;
  private readonly dates: DateMemo;
  private readonly sexKeys = new Map<string, readonly [string, string]>();
  private readonly ethnicityLists: EthnicityOptions;
  private readonly normalizeName: (text: string) => Normalized<PersonName | null>;
  private readonly normalizeDeclarant: (text: string) => Normalized<DeclarantName | null>;
  private readonly normalizeEthnicityText: (text: string) => Normalized<string | null>;

  /** `capacity` 0 memoizes nothing: every call normalizes afresh. */
  constructor(
    readonly options: FieldOptions,
    readonly date1904: boolean,
    private readonly capacity = DEFAULT_MEMO_CAPACITY,
  ) {
    const size = Math.max(capacity, 1);
    this.texts = new CellMemo(capacity);
    const columnCapacity = capacity === 0 ? 0 : Math.max(1, Math.floor(capacity / TEXT_COLUMN_SHARE));
    this.textMemoOf = (column) => {
      let memo = this.textsByColumn.get(column);
      if (memo === undefined) {
        if (this.textsByColumn.size >= MAX_TEXT_COLUMNS) return this.texts;
        memo = new CellMemo(columnCapacity);
        this.textsByColumn.set(column, memo);
      }
      return memo;
    };
    this.names = new CellMemo(capacity);
    this.declarants = new CellMemo(capacity);
    this.places = new CellMemo(capacity);
    this.sexes = new CellMemo(capacity);
    this.nationalities = new CellMemo(capacity);
    this.ethnicityTexts = new CellMemo(capacity);
    this.ethnicityNumbers = new BoundedMemo(size);
    this.communes = new BoundedMemo(size);
    this.provincePlaces = new BoundedMemo(size);
    const placeMentions = new BoundedMemo<string, PlaceMentions>(size);
    this.mentionsOf = (input) => (input.length > MAX_KEY_LENGTH ? readPlaceMentions(input) : (placeMentions.get(input) ?? placeMentions.set(input, readPlaceMentions(input))));
    this.dates = new DateMemo(date1904, capacity);
    const lists: EthnicityOptions = { sourceList: options.sourceEthnicityCodeList, targetList: options.ethnicityCodeList };
    const nameOptions = { toneStyle: options.toneStyle };
    this.ethnicityLists = lists;
    this.normalizeName = (text) => normalizeName(text, nameOptions);
    this.normalizeDeclarant = (text) => normalizeDeclarant(text, nameOptions);
    this.normalizeEthnicityText = (text) => normalizeEthnicity(text, lists);
  }

  /** True when this memo's answers are those of these options. */
  fits(options: NormalizeOptions, districtCode: string, date1904: boolean): boolean {
    const own = this.options;
    return (
      date1904 === this.date1904 &&
      own.districtCode === districtCode &&
      own.toneStyle === options.toneStyle &&
      own.sourceEthnicityCodeList === options.sourceEthnicityCodeList &&
      own.ethnicityCodeList === options.ethnicityCodeList
    );
  }

  /** normalizeText of a cell. */
  text(cell: SourceCell): Normalized<string> {
    return readTextCell(this.textMemoOf, cell);
  }

  name(cell: SourceCell): CellReading<PersonName | null> {
    return readCell(this.names, cell, this.normalizeName);
  }

  /** A declarant's cell: the name, and a relation or office typed with it. */
  declarant(cell: SourceCell): CellReading<DeclarantName | null> {
    // The declarant is most often a parent whose name the row has just read: a plain name's
    // answer is the name memo's (normalizeDeclarant gives normalizeName's for it, isPlainName).
    const name = this.names.of(cell)?.get(cell.text);
    if (name !== undefined) {
      // Names repeat down a book: the declarant's answer is worked out once per name answer (isPlainName is not cheap).
      let asDeclarant = this.declarantsOfNames.get(name);
      if (asDeclarant === undefined) this.declarantsOfNames.set(name, (asDeclarant = declarantOfName(name)));
      if (asDeclarant !== null) return asDeclarant;
    }
    return readCell(this.declarants, cell, this.normalizeDeclarant);
  }

  /** A free-text place; one decoded from TCVN3 may have lost its opening capital (normalizePlace's `tcvn3`). */
  place(cell: SourceCell): CellReading<string> {
    return readCell(this.places, cell.text.includes('\n') ? withPlaceLineBreaks(cell) : cell, placeOfCleanText);
  }

  sex(cell: SourceCell): CellReading<Sex | null> {
    return readCell(this.sexes, cell, normalizeSex);
  }

  nationality(cell: SourceCell): CellReading<string | null> {
    return readCell(this.nationalities, cell, normalizeNationality);
  }

  /** A text ethnicity cell. */
  ethnicityText(cell: SourceCell): CellReading<string | null> {
    return readCell(this.ethnicityTexts, cell, this.normalizeEthnicityText);
  }

  /** A number or Date ethnicity cell. */
  ethnicityValue(value: number | Date): Normalized<string | null> {
    if (typeof value !== 'number' || this.capacity === 0) return normalizeEthnicity(value, this.ethnicityLists);
    const memo = this.ethnicityNumbers;
    return memo.get(value) ?? memo.set(value, frozen(normalizeEthnicity(value, this.ethnicityLists)));
  }

  /** A text date cell: the text cleaner, then normalizeDate (target 'date') or normalizeYear ('year'); `anyAgeBirth`: DateOptions.anyAgeBirth. */
  dateText(cell: SourceCell, target: DateTarget, referenceDate: string | null, anyAgeBirth = false): CellReading<string | null> {
    return this.dates.text(cell, target, referenceDate, anyAgeBirth);
  }

  /** A number or Date date cell; `yearColumn`: a date column under a year header, `dayMonthSwapped`: the cell's (DateMemo.value). */
  dateValue(value: number | Date, target: DateTarget, referenceDate: string | null, yearColumn = false, anyAgeBirth = false, dayMonthSwapped?: DaySwapVerdict): Normalized<string | null> {
    return this.dates.value(value, target, referenceDate, yearColumn, anyAgeBirth, dayMonthSwapped);
  }

  /** matchCommune of a cleaned registration place, for the record's registration date. */
  commune(place: string, registrationDate: string | null): Normalized<CommuneMatch> {
    if (this.capacity === 0 || place.length > MAX_KEY_LENGTH) return matchCommune(place, this.communeOptions(registrationDate));
    // By registration period, then place: dates between the same list changes match alike.
    const period = registrationPeriodKey(registrationDate);
    let byPlace = this.communes.get(period);
    const known = byPlace?.get(place);
    if (known !== undefined) return known;
    if (this.communeAnswers >= this.capacity) {
      // Places are nested under dates: to bound them over all dates, start afresh.
      this.communes.clear();
      this.communeAnswers = 0;
      byPlace = undefined;
    }
    byPlace ??= this.communes.set(period, new Map());
    this.communeAnswers++;
    const answer = frozen(matchCommune(place, this.communeOptions(registrationDate)));
    byPlace.set(place, answer);
    return answer;
  }

  private communeOptions(registrationDate: string | null): MatchCommuneOptions {
    if (this.capacity === 0) return { districtCode: this.options.districtCode || null, registrationDate };
    return { districtCode: this.options.districtCode || null, registrationDate, mentionsOf: this.mentionsOf };
  }

  /** namesCommuneOfProvince of a cleaned residence, birth or death place (asked of most rows' places, which repeat). */
  namesCommuneOfProvince(place: string): boolean {
    if (this.capacity === 0 || place.length > MAX_KEY_LENGTH) return namesCommuneOfProvince(place);
    const memo = this.provincePlaces;
    return memo.get(place) ?? memo.set(place, namesCommuneOfProvince(place));
  }

  /** 'child.fullName' → ['child.familyNamePart', 'child.middleNamePart'], for registers that split the name (asked on every row). */
  namePartKeys(key: string): readonly [string, string] {
    let keys = this.namePartKeyCache.get(key);
    if (keys === undefined) {
      const role = key.slice(0, key.lastIndexOf('.'));
      keys = [`${role}.familyNamePart`, `${role}.middleNamePart`];
      if (this.namePartKeyCache.size >= MAX_SEX_KEYS) this.namePartKeyCache.clear();
      this.namePartKeyCache.set(key, keys);
    }
    return keys;
  }

  /** 'child.sex' → ['child.sexMale', 'child.sexFemale'], the columns of registers that tick one of two (asked on every row). */
  splitSexKeys(key: string): readonly [string, string] {
    let keys = this.sexKeys.get(key);
    if (keys === undefined) {
      const role = key.replace(/\.sex$/, '');
      keys = [`${role}.sexMale`, `${role}.sexFemale`];
      if (this.sexKeys.size >= MAX_SEX_KEYS) this.sexKeys.clear();
      this.sexKeys.set(key, keys);
    }
    return keys;
  }
}
