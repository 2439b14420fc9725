/**
 * Where each catalog code is expected in the output of the catalog fixtures
 * (fixtures/catalog/, built by fixtures/generator/catalog-*.ts): the run, the
 * batch, the source position as the officer sees it, the record field, and
 * the output that carries it. The list is exhaustive for those runs: the
 * coverage test also fails on any finding the table does not list.
 */
import type { RecordTypeName } from '../../src/record-types/record-type.js';

/** Which pipeline file of fixtures/catalog/ produced the output. */
export type CatalogRun = 'catalog' | 'tone-style';

/** The output a code is written to. */
export type CatalogOutput =
  | 'rejected.errors'
  | 'rejected.warnings'
  | 'clean.warnings'
  | 'clean.notes'
  /** duplicates.jsonl members[].warnings: a row merged into a record another district loaded before. */
  | 'duplicates.warnings'
  /** manifest.json inputs[].error, in the manifest of every record type of the district. */
  | 'manifest.inputs'
  | 'summary.problems';

export interface CatalogCase {
  code: string;
  run: CatalogRun;
  district: string;
  /** Record type of the batch; null for a problem of a whole file or of a sheet with no header. */
  type: RecordTypeName | null;
  /** Provenance file name (relative to fixtures/catalog/). */
  file: string;
  /** Sheet name ('' for CSV); null for a whole file. */
  sheet: string | null;
  /** Row number as the officer sees it (CSV: record number); null above row level. */
  row: number | null;
  /** Record path the finding is bound to ('row' for the CSV record); null above row level. */
  field: string | null;
  output: CatalogOutput;
  /** Text the officer's message must name (the unknown column, the file extension). */
  names?: string;
}

export interface UnreachableCode {
  code: string;
  reason: string;
  /** File and line of the code path no input reaches. */
  where: string;
}

/**
 * Catalog codes that no realistic input can produce through the whole pipeline
 * (dead code, or a normalizer path no record type calls), or that the catalog's
 * single run into an empty output folder cannot produce. A code added here must
 * say why and where, and must not be produced by any fixture.
 */
export const KNOWN_UNREACHABLE: readonly UnreachableCode[] = [
  {
    code: 'BATCH_KEPT_FILE_UNREADABLE',
    reason: 'needs an earlier batch in the output folder holding records of a file that is now unreadable: a second run, which the catalog (one run into an empty folder) never makes; test/run/unreadable-keeps-batch.test.ts runs it',
    where: 'src/run/kept-batch.ts:84',
  },
  {
    code: 'DISTRICT_NO_INPUT',
    reason: 'a district whose globs match no file makes the run exit 1, and the catalog run must complete; test/run/production/district-no-input.test.ts runs it',
    where: 'src/run/run-job.ts:259',
  },
  {
    code: 'BATCH_KEPT_FILE_MISSING',
    reason: 'needs an earlier batch in the output folder holding records of a file that is not among the inputs of a second run, which the catalog (one run into an empty folder) never makes; test/run/missing-files-keep-batch.test.ts runs it',
    where: 'src/run/kept-batch.ts:83',
  },
  {
    code: 'BATCH_KEPT_NO_READABLE_FILE',
    reason: 'needs an earlier batch in the output folder and a second run whose every file is unreadable; the catalog makes one run into an empty folder; test/run/unreadable-keeps-batch.test.ts runs it',
    where: 'src/run/kept-batch.ts:88',
  },
];

/** Codes marked `internal: true` in src/catalog: hotich bugs, which no source row may produce. */
export const INTERNAL_CODES = ['ROW_PROCESSING_FAILED', 'RECORD_SHAPE_INVALID'] as const;

type Place = Pick<CatalogCase, 'run' | 'district' | 'type' | 'file' | 'sheet'>;

const SON_LOI: Place = { run: 'catalog', district: '249', type: 'birth', file: '249-binh-xuyen/birth-son-loi-2017.xlsx', sheet: 'Quyển 01-2017' };
const QUAT_LUU_CSV: Place = { run: 'catalog', district: '249', type: 'birth', file: '249-binh-xuyen/birth-quat-luu-2018.csv', sheet: '' };
const HUONG_CANH: Place = { run: 'catalog', district: '249', type: 'death', file: '249-binh-xuyen/death-huong-canh-2018.xlsx', sheet: 'Khai tử 2018' };
const HUONG_CANH_2017: Place = { ...HUONG_CANH, sheet: 'Khai tử 2017' };
const THIEN_KE: Place = { run: 'catalog', district: '249', type: 'marriage', file: '249-binh-xuyen/marriage-thien-ke-2018.xlsx', sheet: 'Kết hôn 2018' };
const THIEN_KE_2004: Place = { ...THIEN_KE, sheet: 'Kết hôn 2004' };
const SON_LOI_2016_DRAFT: Place = { run: 'catalog', district: '249', type: 'birth', file: '249-binh-xuyen/birth-son-loi-2016-co-trang-an.xlsx', sheet: 'Nháp' };
const TRUNG_MY: Place = { run: 'catalog', district: '249', type: 'birth', file: '249-binh-xuyen/birth-trung-my-2019.xlsx', sheet: 'Quyển 01-2019' };
const NHAO_SON: Place = { run: 'catalog', district: '253', type: 'birth', file: '253-song-lo/birth-nhao-son-2025.xlsx', sheet: 'Sheet1' };
const LANG_CONG_CSV: Place = { run: 'catalog', district: '253', type: 'birth', file: '253-song-lo/khai-sinh-lang-cong-2010.csv', sheet: '' };
const TONE_STYLE: Place = { run: 'tone-style', district: '249', type: 'birth', file: 'tone-style/birth-tone-style-old.xlsx', sheet: 'Sheet1' };
const csv = (name: string): Place => ({ run: 'catalog', district: '249', type: 'birth', file: `249-binh-xuyen/${name}`, sheet: '' });
const deathCsv = (name: string): Place => ({ ...csv(name), type: 'death' });

function at(place: Place, row: number, code: string, field: string, output: CatalogOutput): CatalogCase {
  return { ...place, row, code, field, output };
}

/** A file hotich skips as a whole: named in every manifest of the district and in the run summary. */
function wholeFile(file: string, code: string, names: string): CatalogCase[] {
  const place = { run: 'catalog', district: '249', type: null, file: `249-binh-xuyen/${file}`, sheet: null, row: null, field: null, code } as const;
  return [
    { ...place, output: 'manifest.inputs', names },
    { ...place, output: 'summary.problems', names },
  ];
}

export const CATALOG_CASES: readonly CatalogCase[] = [
  // Files and sheets.
  ...wholeFile('file-cut-short.xlsx', 'FILE_UNREADABLE', 'cắt cụt'),
  ...wholeFile('file-excel-97.xls', 'FILE_TYPE_UNSUPPORTED', '.xls'),
  ...wholeFile('file-empty.xlsx', 'FILE_EMPTY', 'Tệp rỗng'),
  ...wholeFile('file-so-nen.zip', 'FILE_ARCHIVE_NOT_READ', 'khai-sinh-son-loi-2014.csv, khai-sinh-son-loi-2015.xlsx'),
  // A book's register sheet damaged inside a sound workbook: that sheet is named and skipped, its cover has no header.
  { run: 'catalog', district: '249', type: null, file: '249-binh-xuyen/file-sheet-damaged.xlsx', sheet: 'Quyển 02-2017', row: null, field: null, code: 'SHEET_DAMAGED', output: 'summary.problems', names: 'cắt cụt' },
  { run: 'catalog', district: '249', type: null, file: '249-binh-xuyen/file-sheet-damaged.xlsx', sheet: 'Bìa', row: null, field: null, code: 'SHEET_NO_HEADER', output: 'summary.problems', names: '3 dòng' },
  // A sheet hidden in Excel: listed once, and its entry read with the warning.
  { ...SON_LOI_2016_DRAFT, row: null, field: null, code: 'SHEET_HIDDEN', output: 'summary.problems', names: 'Nháp' },
  at(SON_LOI_2016_DRAFT, 2, 'SHEET_HIDDEN', 'row', 'clean.warnings'),
  at({ ...SON_LOI_2016_DRAFT, sheet: 'Quyển 01-2016' }, 4, 'ROW_HIDDEN', 'row', 'clean.notes'),
  { ...SON_LOI, sheet: 'Thống kê', type: null, row: null, field: null, code: 'SHEET_NO_HEADER', output: 'summary.problems', names: '5 dòng' },
  // A clerk's copy of twelve entries under labels of no template: a book left unread, an error.
  { ...SON_LOI, sheet: 'Bản chép tay', type: null, row: null, field: null, code: 'SHEET_ENTRIES_NO_HEADER', output: 'summary.problems', names: '12 dòng ghi như các mục' },
  { ...SON_LOI, row: null, field: null, code: 'COLUMN_UNKNOWN', output: 'summary.problems', names: 'Cán bộ tư pháp' },
  // A book's numbering: rows 72–73 continue at 68, no row carries 66–67.
  { ...SON_LOI, row: null, field: null, code: 'REGISTER_NUMBER_GAP', output: 'summary.problems', names: '66–67' },
  { ...THIEN_KE, sheet: 'Kết hôn 2018 (tiếp)', row: null, field: null, code: 'SHEET_HEADER_FROM_PREVIOUS', output: 'summary.problems', names: 'Kết hôn 2018' },
  // Books without a commune title or column: one named after its commune, one after nothing.
  { ...csv('KS_QuatLuu_2018_bo_sung.csv'), row: null, field: null, code: 'SHEET_COMMUNE_INFERRED', output: 'summary.problems', names: 'Xã Quất Lưu (mã 08956) theo tên tệp' },
  { ...csv('khai-sinh-chua-ghi-xa.csv'), row: null, field: null, code: 'SHEET_COMMUNE_MISSING', output: 'summary.problems' },
  // CSV records.
  { ...csv('KH_QuatLuu_2018_moi_ben_mot_dong.csv'), type: 'marriage', row: null, field: null, code: 'SHEET_COMMUNE_INFERRED', output: 'summary.problems', names: 'Xã Quất Lưu (mã 08956) theo tên tệp' },
  at({ ...csv('KH_QuatLuu_2018_moi_ben_mot_dong.csv'), type: 'marriage' }, 4, 'MARRIAGE_SPOUSE_ROLE_REPEATED', 'row', 'clean.warnings'),
  at(csv('csv-quote-unterminated.csv'), 3, 'CSV_QUOTE_UNTERMINATED', 'row', 'rejected.errors'),
  // Its remarks ('Đăng ký lại, bản chính bị mất') on a birth of 2018: no re-registration.
  at(csv('csv-quote-unterminated.csv'), 3, 'REREGISTRATION_DATES_CONFLICT', 'remarks', 'rejected.warnings'),
  at(csv('csv-malformed-quotes.csv'), 3, 'CSV_MALFORMED_QUOTES', 'row', 'rejected.errors'),
  at(csv('csv-cut-short.csv'), 3, 'CSV_FILE_TRUNCATED', 'row', 'rejected.errors'),
  // The mother's name cut mid-word ('Hà Thị Nh'): a word without a vowel is no syllable.
  at(csv('csv-cut-short.csv'), 3, 'NAME_SPELLING_DOUBTFUL', 'mother.fullName', 'rejected.warnings'),
  at(csv('csv-extra-fields.csv'), 3, 'CSV_EXTRA_FIELDS', 'row', 'rejected.errors'),
  ...[2, 4, 5].map((row) => at(csv('birth-us-dates.csv'), row, 'DATE_MONTH_FIRST', 'registration.date', 'clean.warnings')),
  ...[2, 3, 5].map((row) => at(csv('birth-us-dates.csv'), row, 'DATE_MONTH_FIRST', 'child.birthDate', 'clean.warnings')),
  at(csv('birth-us-dates.csv'), 3, 'DATE_MONTH_FIRST_COLUMN', 'registration.date', 'clean.warnings'),
  at(csv('birth-us-dates.csv'), 4, 'DATE_MONTH_FIRST_COLUMN', 'child.birthDate', 'clean.warnings'),
  at(csv('split-name-columns.csv'), 3, 'NAME_GIVEN_NAME_EMPTY', 'child.fullName', 'clean.warnings'),
  at(csv('khai-sinh-ten-go-chu-so.csv'), 2, 'NAME_DIGIT_AS_LETTER', 'child.fullName', 'clean.warnings'),
  at(csv('khai-sinh-dan-toc-quoc-tich-lan-cot.csv'), 2, 'ETHNICITY_NATIONALITY_CROSSED', 'child.nationality', 'clean.notes'),
  at(csv('khai-sinh-dan-toc-quoc-tich-lan-cot.csv'), 2, 'ETHNICITY_NATIONALITY_CROSSED', 'child.ethnicityCode', 'clean.notes'),
  at(csv('khai-sinh-dan-toc-quoc-tich-lan-cot.csv'), 3, 'ETHNICITY_NATIONALITY_CROSSED', 'child.nationality', 'clean.notes'),
  // A foreigner's name with 'Kinh' | 'Việt Nam' typed down the columns.
  at(deathCsv('khai-tu-ten-nuoc-ngoai.csv'), 2, 'NAME_FOREIGN_NATIONALITY_VN', 'deceased.fullName', 'clean.warnings'),
  // An old form's age column past 115.
  at(deathCsv('khai-tu-dang-ky-lai-o-ngay.csv'), 3, 'REMARKS_FROM_DATE_CELL', 'remarks', 'clean.notes'),
  at(deathCsv('khai-tu-tuoi-qua-cao.csv'), 2, 'DATE_AGE_ONLY', 'deceased.birthDate', 'clean.warnings'),
  at(deathCsv('khai-tu-tuoi-qua-cao.csv'), 3, 'DATE_AGE_ONLY', 'deceased.birthDate', 'clean.warnings'),
  at(deathCsv('khai-tu-tuoi-qua-cao.csv'), 3, 'DEATH_AGE_TYPED_IMPLAUSIBLE', 'deceased.birthDate', 'clean.warnings'),
  // A death book asking the birth year and the age: record 2's age 13 years short of the dates.
  at(deathCsv('khai-tu-tuoi-lech-nam-sinh.csv'), 3, 'DEATH_AGE_DATES_DISAGREE', 'deceased.birthDate', 'clean.warnings'),
  // An old birth form's parents' ages: record 2's mother typed '9'.
  at(csv('khai-sinh-tuoi-cha-me.csv'), 2, 'DATE_AGE_ONLY', 'father.birthYear', 'clean.warnings'),
  at(csv('khai-sinh-tuoi-cha-me.csv'), 2, 'DATE_AGE_ONLY', 'mother.birthYear', 'clean.warnings'),
  at(csv('khai-sinh-tuoi-cha-me.csv'), 3, 'DATE_AGE_ONLY', 'father.birthYear', 'clean.warnings'),
  at(csv('khai-sinh-tuoi-cha-me.csv'), 3, 'DATE_AGE_ONLY', 'mother.birthYear', 'clean.warnings'),
  at(csv('khai-sinh-tuoi-cha-me.csv'), 3, 'PARENT_AGE_TYPED_IMPLAUSIBLE', 'mother.birthYear', 'clean.warnings'),
  // A mother's age typed under 'Năm sinh mẹ' ('32' in 2004: 1932 would make her 72): the year left empty.
  at(csv('khai-sinh-nam-sinh-ghi-tuoi.csv'), 2, 'DATE_TWO_DIGIT_YEAR', 'father.birthYear', 'clean.notes'),
  at(csv('khai-sinh-nam-sinh-ghi-tuoi.csv'), 2, 'DATE_TWO_DIGIT_YEAR', 'mother.birthYear', 'clean.notes'),
  at(csv('khai-sinh-nam-sinh-ghi-tuoi.csv'), 3, 'DATE_TWO_DIGIT_YEAR', 'father.birthYear', 'clean.notes'),
  at(csv('khai-sinh-nam-sinh-ghi-tuoi.csv'), 3, 'PARENT_YEAR_LIKE_AGE', 'mother.birthYear', 'clean.warnings'),
  // The father's name and year copied into the mother's columns (no 'Văn' to tell them apart).
  at(csv('khai-sinh-cha-me-chep-trung.csv'), 3, 'PARENTS_ONE_PERSON', 'mother.fullName', 'clean.warnings'),
  at(csv('khai-sinh-gioi-tinh-chu-thich.csv'), 3, 'SEX_CODE_BY_LEGEND', 'child.sex', 'clean.notes'),
  // '########': a date column too narrow when the book was exported; optional (a birth date of the deceased) and required.
  // A deceased's 'Ngày, nơi sinh' cell whose date part is no date ('35, Xã Quất Lưu'): loaded, the date empty.
  at(deathCsv('khai-tu-ngay-noi-sinh.csv'), 2, 'DATE_PLACE_SPLIT', 'deceased.birthDate', 'clean.notes'),
  at(deathCsv('khai-tu-ngay-noi-sinh.csv'), 3, 'DATE_PLACE_DATE_UNREAD', 'deceased.birthDate', 'clean.warnings'),
  at(deathCsv('death-date-column-too-narrow.csv'), 3, 'DATE_COLUMN_TOO_NARROW', 'deceased.birthDate', 'clean.warnings'),
  at(deathCsv('death-date-column-too-narrow.csv'), 4, 'DATE_COLUMN_TOO_NARROW', 'registration.date', 'rejected.warnings'),
  at(deathCsv('death-date-column-too-narrow.csv'), 4, 'FIELD_REQUIRED', 'registration.date', 'rejected.errors'),
  // Ditto marks: one with nothing above to copy (the required date is then missing), and a twin's, each field's note.
  at(csv('formula-errors.csv'), 2, 'CELL_FORMULA_ERROR', 'registration.number', 'clean.warnings'),
  at(csv('ditto-marks.csv'), 2, 'CELL_DITTO_NOTHING_TO_COPY', 'registration.date', 'rejected.warnings'),
  at(csv('ditto-marks.csv'), 2, 'FIELD_REQUIRED', 'registration.date', 'rejected.errors'),
  at(csv('ditto-marks.csv'), 4, 'CELL_DITTO_FILLED', 'registration.date', 'clean.notes'),
  at(csv('ditto-marks.csv'), 4, 'CELL_DITTO_FILLED', 'child.birthDate', 'clean.notes'),
  at(csv('ditto-marks.csv'), 4, 'CELL_DITTO_FILLED', 'mother.fullName', 'clean.notes'),
  at(csv('ditto-marks.csv'), 4, 'CELL_DITTO_FILLED', 'father.fullName', 'clean.notes'),
  // Text.
  at(SON_LOI, 5, 'TEXT_LEGACY_TCVN3', 'remarks', 'clean.notes'),
  at(SON_LOI, 6, 'TEXT_LEGACY_VNI', 'remarks', 'clean.notes'),
  // 'Đăng ký lại' on a birth of 2017, which cannot have been registered before 2016.
  at(SON_LOI, 6, 'REREGISTRATION_DATES_CONFLICT', 'remarks', 'clean.warnings'),
  at(SON_LOI, 6, 'SEX_MISSING', 'child.sex', 'clean.warnings'),
  at(SON_LOI, 7, 'TEXT_LEGACY_CP1258', 'mother.residence', 'clean.notes'),
  at(SON_LOI, 8, 'TEXT_MOJIBAKE_UTF8', 'mother.fullName', 'clean.notes'),
  at(SON_LOI, 9, 'TEXT_REPLACEMENT_CHARACTER', 'father.residence', 'rejected.errors'),
  at(SON_LOI, 10, 'TEXT_UNDECODED_LEGACY', 'remarks', 'clean.warnings'),
  at(SON_LOI, 73, 'TEXT_TCVN3_LETTER_LOST', 'remarks', 'clean.warnings'),
  at(SON_LOI, 73, 'TEXT_LEGACY_TCVN3', 'remarks', 'clean.notes'),
  // Names.
  at(SON_LOI, 11, 'NAME_HONORIFIC_REMOVED', 'declarant.fullName', 'clean.notes'),
  // 'Con bà …' names the deceased infant after its mother: no name of its own, so the entry is rejected.
  at(HUONG_CANH, 6, 'NAME_PARENT_REFERENCE', 'deceased.fullName', 'rejected.warnings'),
  at(HUONG_CANH, 6, 'FIELD_REQUIRED', 'deceased.fullName', 'rejected.errors'),
  at(SON_LOI, 12, 'NAME_REMARK_REMOVED', 'child.fullName', 'clean.warnings'),
  at(SON_LOI, 13, 'NAME_PUNCTUATION_REMOVED', 'child.fullName', 'clean.notes'),
  at(SON_LOI, 13, 'NAME_BIRTH_YEAR_SPLIT', 'father.fullName', 'clean.notes'),
  at(SON_LOI, 14, 'NAME_NONE_MARKER', 'father.fullName', 'clean.notes'),
  // A placeholder leaves the deceased without a name, which the death register requires.
  at(HUONG_CANH, 7, 'NAME_PLACEHOLDER', 'deceased.fullName', 'rejected.warnings'),
  at(HUONG_CANH, 7, 'FIELD_REQUIRED', 'deceased.fullName', 'rejected.errors'),
  at(SON_LOI, 15, 'NAME_INVALID_CHARACTERS', 'child.fullName', 'rejected.errors'),
  at(SON_LOI, 16, 'NAME_SINGLE_WORD', 'child.fullName', 'clean.warnings'),
  at(SON_LOI, 17, 'NAME_TOO_MANY_WORDS', 'mother.fullName', 'clean.warnings'),
  at(SON_LOI, 18, 'NAME_ABBREVIATED', 'father.fullName', 'clean.warnings'),
  at(SON_LOI, 19, 'NAME_NO_DIACRITICS', 'child.fullName', 'clean.warnings'),
  at(THIEN_KE, 12, 'NAME_SPELLING_DOUBTFUL', 'wife.fullName', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2018 (tiếp)' }, 5, 'MARRIAGE_SPOUSES_ONE_PERSON', 'wife.fullName', 'rejected.errors'),
  at(THIEN_KE, 9, 'NAME_TELEX_UNCONVERTED', 'wife.fullName', 'clean.warnings'),
  at(THIEN_KE, 10, 'NAME_WORDS_SEPARATED', 'husband.fullName', 'clean.notes'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2018 (tiếp)' }, 4, 'NAME_TONE_MARK_MOVED', 'husband.fullName', 'clean.notes'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2018 (tiếp)' }, 6, 'NAME_ORDER_REVERSED', 'husband.fullName', 'clean.notes'),
  at(TONE_STYLE, 2, 'NAME_TONE_STYLE_APPLIED', 'child.fullName', 'clean.notes'),
  // Dates.
  at(SON_LOI, 20, 'DATE_UNPARSEABLE', 'child.birthDate', 'rejected.errors'),
  at(SON_LOI, 21, 'DATE_IMPOSSIBLE', 'child.birthDate', 'rejected.errors'),
  at(SON_LOI, 22, 'DATE_OUT_OF_RANGE', 'registration.date', 'rejected.errors'),
  at(SON_LOI, 23, 'DATE_TWO_DIGIT_YEAR', 'child.birthDate', 'clean.notes'),
  at(SON_LOI, 24, 'DATE_EXCEL_SERIAL', 'child.birthDate', 'clean.notes'),
  at(SON_LOI, 25, 'DATE_MONTH_FIRST', 'child.birthDate', 'clean.warnings'),
  at(SON_LOI, 26, 'DATE_AMBIGUOUS', 'child.birthDate', 'clean.warnings'),
  at(SON_LOI, 27, 'DATE_YEAR_MISSING', 'child.birthDate', 'rejected.errors'),
  at(HUONG_CANH, 14, 'DATE_YEAR_MISSING', 'deceased.birthDate', 'rejected.errors'),
  at(HUONG_CANH_2017, 5, 'DATE_YEAR_FROM_BOOK', 'registration.date', 'clean.warnings'),
  at(SON_LOI, 69, 'DATE_YEAR_NOT_BOOK', 'registration.date', 'clean.warnings'),
  at(HUONG_CANH, 8, 'DATE_TIME_DROPPED', 'deathDate', 'clean.notes'),
  at(HUONG_CANH, 35, 'DATE_PLACE_SPLIT', 'deathDate', 'clean.notes'),
  at(HUONG_CANH, 37, 'DATE_YEAR_SPACE_JOINED', 'deceased.birthDate', 'clean.notes'),
  at(HUONG_CANH, 42, 'DATE_EXTRA_ZERO_DROPPED', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 44, 'DATE_YEAR_UNDETERMINED', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 9, 'DATE_UNKNOWN', 'deceased.birthDate', 'clean.notes'),
  at(HUONG_CANH, 10, 'DATE_APPROXIMATE', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 18, 'DATE_AGE_ONLY', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 29, 'DATE_AGE_ONLY', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 28, 'DATE_LETTER_AS_DIGIT', 'deceased.birthDate', 'clean.notes'),
  at(HUONG_CANH, 11, 'DATE_LUNAR_CONVERTED', 'deceased.birthDate', 'clean.notes'),
  at(HUONG_CANH, 15, 'DATE_LUNAR', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 36, 'DATE_CYCLE_YEAR_DOUBTFUL', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 36, 'DATE_LUNAR_CONVERTED', 'deceased.birthDate', 'clean.notes'),
  at(SON_LOI, 64, 'DATE_CENTURY_DOUBTFUL', 'child.birthDate', 'clean.warnings'),
  at(SON_LOI, 64, 'DATE_TWO_DIGIT_YEAR', 'child.birthDate', 'clean.notes'),
  at(HUONG_CANH, 20, 'DATE_TWO_DIGIT_YEAR', 'deceased.birthDate', 'clean.notes'),
  // A book typed on a US-locale PC: every Date cell of both date columns (days up to 12) was stored with day and month exchanged.
  ...[4, 6, 8, 10, 12].map((row) => at(TRUNG_MY, row, 'DATE_US_LOCALE_SWAPPED', 'child.birthDate', 'clean.notes')),
  ...[4, 8, 9, 11, 13].map((row) => at(TRUNG_MY, row, 'DATE_US_LOCALE_LIKELY', 'registration.date', 'clean.warnings')),
  // Sex, ethnicity, nationality.
  at(SON_LOI, 28, 'SEX_UNKNOWN', 'child.sex', 'rejected.errors'),
  at(SON_LOI, 65, 'SEX_NOT_KNOWN', 'child.sex', 'clean.warnings'),
  at(HUONG_CANH, 12, 'SEX_CONFLICTING_MARKS', 'deceased.sex', 'rejected.errors'),
  at(HUONG_CANH, 38, 'SEX_WORD_IN_OTHER_COLUMN', 'deceased.sex', 'clean.notes'),
  // Row 30's title 'Cụ bà' is removed from the name and gives the sex neither column ticks.
  at(HUONG_CANH, 30, 'NAME_HONORIFIC_REMOVED', 'deceased.fullName', 'clean.notes'),
  at(HUONG_CANH, 30, 'SEX_FROM_TITLE', 'deceased.sex', 'clean.notes'),
  at(HUONG_CANH, 41, 'NAME_HONORIFIC_REMOVED', 'deceased.fullName', 'clean.notes'),
  at(HUONG_CANH, 41, 'SEX_TITLE_MISMATCH', 'deceased.sex', 'clean.warnings'),
  at(SON_LOI, 29, 'ETHNICITY_UNKNOWN', 'child.ethnicityCode', 'clean.warnings'),
  at(SON_LOI, 30, 'ETHNICITY_AMBIGUOUS', 'mother.ethnicityCode', 'clean.warnings'),
  at(SON_LOI, 31, 'ETHNICITY_CODE_UNKNOWN', 'father.ethnicityCode', 'clean.warnings'),
  at(SON_LOI, 32, 'ETHNICITY_CODE_NAME_MISMATCH', 'child.ethnicityCode', 'clean.warnings'),
  at(SON_LOI, 33, 'NATIONALITY_UNKNOWN', 'mother.nationality', 'clean.warnings'),
  at(SON_LOI, 34, 'NATIONALITY_MULTIPLE', 'child.nationality', 'clean.warnings'),
  at(THIEN_KE, 7, 'NATIONALITY_FORMER_STATE', 'wife.nationality', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2018 (tiếp)' }, 3, 'ETHNICITY_FOREIGN_NATIONAL', 'wife.ethnicityCode', 'clean.notes'),
  at(SON_LOI, 35, 'NATIONALITY_STATELESS', 'mother.nationality', 'clean.warnings'),
  at(SON_LOI, 74, 'NATIONALITY_SPELLING_CORRECTED', 'mother.nationality', 'clean.notes'),
  at(HUONG_CANH, 40, 'NATIONALITY_UNMARKED_DOUBTFUL', 'deceased.nationality', 'clean.warnings'),
  // Personal IDs.
  at(SON_LOI, 36, 'ID_MALFORMED', 'child.personalId', 'rejected.errors'),
  at(QUAT_LUU_CSV, 3, 'ID_DIGITS_LOST', 'child.personalId', 'rejected.errors'),
  at(SON_LOI, 37, 'ID_LEADING_ZERO_RESTORED', 'child.personalId', 'clean.notes'),
  at(SON_LOI, 38, 'ID_LEGACY_CMND', 'mother.personalId', 'clean.notes'),
  at(HUONG_CANH, 16, 'ID_DETAILS_REMOVED', 'deceased.personalId', 'clean.notes'),
  at(HUONG_CANH, 39, 'ID_DITTO_MARK', 'deceased.personalId', 'clean.warnings'),
  at(HUONG_CANH, 31, 'ID_FROM_REMARKS', 'deceased.personalId', 'clean.notes'),
  at(HUONG_CANH, 16, 'ID_LEGACY_CMND', 'deceased.personalId', 'clean.notes'),
  at(HUONG_CANH, 17, 'ID_PASSPORT', 'deceased.personalId', 'clean.warnings'),
  at(HUONG_CANH, 43, 'ID_NO_NUMBER', 'deceased.personalId', 'clean.warnings'),
  at(SON_LOI, 39, 'ID_PROVINCE_UNKNOWN', 'child.personalId', 'clean.warnings'),
  at(SON_LOI, 40, 'ID_SEX_CENTURY_MISMATCH', 'child.personalId', 'rejected.errors'),
  at(SON_LOI, 41, 'ID_BIRTH_YEAR_MISMATCH', 'child.personalId', 'rejected.errors'),
  at(SON_LOI, 78, 'ID_PARENT_SEX_CENTURY_MISMATCH', 'mother.personalId', 'clean.warnings'),
  at(SON_LOI, 79, 'ID_PARENT_BIRTH_YEAR_MISMATCH', 'father.personalId', 'clean.warnings'),
  at(SON_LOI, 80, 'ID_PARENT_DIGITS_LOST', 'mother.personalId', 'clean.warnings'),
  at(SON_LOI, 81, 'ID_PARENT_MALFORMED', 'mother.personalId', 'clean.warnings'),
  // Places.
  at(SON_LOI, 42, 'PLACE_FORMER_NAME_MAPPED', 'registration.communeCode', 'clean.notes'),
  at(SON_LOI, 75, 'PLACE_SPELLING_VARIANT_MAPPED', 'registration.communeCode', 'clean.notes'),
  at(csv('noi-dang-ky-go-sai.csv'), 2, 'PLACE_NAME_MARKS_MAPPED', 'registration.communeCode', 'clean.notes'),
  at(csv('noi-dang-ky-go-sai.csv'), 3, 'PLACE_UNIT_TYPE_CORRECTED', 'registration.communeCode', 'clean.notes'),
  at(SON_LOI, 43, 'PLACE_CODE_LEADING_ZERO_RESTORED', 'registration.communeCode', 'clean.notes'),
  at(SON_LOI, 44, 'PLACE_COMMUNE_AMBIGUOUS', 'registration.communeCode', 'clean.warnings'),
  at(SON_LOI, 45, 'PLACE_COMMUNE_UNKNOWN', 'registration.communeCode', 'clean.warnings'),
  at(SON_LOI, 46, 'PLACE_COMMUNE_MISSING', 'registration.communeCode', 'clean.warnings'),
  at(NHAO_SON, 2, 'PLACE_COMMUNE_ABOLISHED', 'registration.communeCode', 'clean.warnings'),
  at(SON_LOI, 47, 'PLACE_NAME_NOT_YET_IN_FORCE', 'registration.communeCode', 'clean.warnings'),
  at(SON_LOI, 48, 'PLACE_DISTRICT_MISMATCH', 'registration.communeCode', 'clean.warnings'),
  at(csv('noi-dang-ky-go-sai.csv'), 4, 'PLACE_UNIT_NOT_IN_FORCE', 'registration.communeCode', 'clean.warnings'),
  at(SON_LOI, 57, 'PLACE_OUTSIDE_SOURCE_DISTRICT', 'registration.communeCode', 'clean.warnings'),
  at(SON_LOI, 49, 'PLACE_ABBREVIATION_EXPANDED', 'mother.residence', 'clean.notes'),
  at(SON_LOI, 50, 'PLACE_CASE_NORMALIZED', 'father.residence', 'clean.notes'),
  // Row 66 holds only the rest of row 65's mother's residence: joined to it, and skipped.
  at(SON_LOI, 76, 'ROW_CONTINUATION_JOINED', 'mother.residence', 'clean.notes'),
  // Record rules.
  at(SON_LOI, 51, 'FIELD_REQUIRED', 'registration.date', 'rejected.errors'),
  at(SON_LOI, 52, 'REGISTRATION_BEFORE_EVENT', 'registration.date', 'rejected.errors'),
  at(HUONG_CANH, 13, 'DEATH_BEFORE_BIRTH', 'deathDate', 'rejected.errors'),
  at(HUONG_CANH, 32, 'DEATH_AGE_IMPLAUSIBLE', 'deceased.birthDate', 'clean.warnings'),
  at(HUONG_CANH, 33, 'DEATH_REGISTRATION_LATE', 'deathDate', 'clean.warnings'),
  at(HUONG_CANH, 23, 'ENTRY_CANCELLED', 'remarks', 'rejected.errors'),
  at(HUONG_CANH, 24, 'ENTRY_CHANGED_LATER', 'remarks', 'clean.warnings'),
  // Row 25 is struck through in the workbook; row 26 writes it again, with a remark struck out.
  at(HUONG_CANH, 25, 'ENTRY_STRUCK_THROUGH', 'row', 'rejected.errors'),
  at(HUONG_CANH, 26, 'CELL_STRUCK_THROUGH', 'remarks', 'clean.warnings'),
  at(THIEN_KE, 11, 'ENTRY_ANNULLED_LATER', 'remarks', 'clean.warnings'),
  at(HUONG_CANH, 21, 'NAME_DECLARANT_DETAILS_SPLIT', 'declarant.fullName', 'clean.notes'),
  at(HUONG_CANH, 22, 'NAME_DECLARANT_UNREADABLE', 'declarant.fullName', 'clean.warnings'),
  at(HUONG_CANH, 34, 'NAME_DECLARANT_RELATION_ONLY', 'declarant.fullName', 'clean.notes'),
  at(SON_LOI, 53, 'PARENT_AGE_IMPLAUSIBLE', 'mother.birthYear', 'clean.warnings'),
  at(SON_LOI, 58, 'ID_PROVINCE_NOT_REGISTRATION', 'child.personalId', 'clean.warnings'),
  at(SON_LOI, 60, 'ID_CHILD_CMND', 'child.personalId', 'clean.warnings'),
  at(SON_LOI, 60, 'ID_LEGACY_CMND', 'child.personalId', 'clean.notes'),
  at(SON_LOI, 60, 'ID_LEGACY_CMND', 'father.personalId', 'clean.notes'),
  at(SON_LOI, 61, 'REGISTER_NUMBER_YEAR_DROPPED', 'registration.number', 'clean.notes'),
  at(SON_LOI, 62, 'REGISTER_DATE_CELL_RESTORED', 'registration.number', 'clean.notes'),
  at(SON_LOI, 62, 'REGISTER_NUMBER_YEAR_DROPPED', 'registration.number', 'clean.notes'),
  at(SON_LOI, 68, 'REGISTER_NUMBER_YEAR_MISMATCH', 'registration.number', 'clean.warnings'),
  at(SON_LOI, 59, 'DATE_YEAR_IN_DATE_CELL', 'mother.birthYear', 'clean.warnings'),
  // A 2018 death on a day of early 1905 (08/04/1905, the year 1925 typed into a date cell): older than 105, so the year.
  at(HUONG_CANH, 19, 'DATE_YEAR_IN_DATE_CELL', 'deceased.birthDate', 'clean.warnings'),
  // Row 55 is row 54 typed again with the ID: merged away, the survivor takes the ID.
  at(SON_LOI, 54, 'DEDUP_FIELD_FILLED', 'child.personalId', 'clean.notes'),
  at(SON_LOI, 56, 'REGISTER_NUMBER_REPEATED', 'registration.number', 'clean.warnings'),
  // Row 83 is row 82 typed again with the birth day and month swapped: merged away, the survivor keeps its date and is warned.
  at(SON_LOI, 82, 'DEDUP_COPIES_DISAGREE', 'child.birthDate', 'clean.warnings'),
  // The original of Bình Xuyên's re-registration (dang-ky-lai-huong-son-2019.csv, loaded first): merged into it, with the full birth date it lacks.
  at(LANG_CONG_CSV, 2, 'DEDUP_SURVIVOR_LESS_COMPLETE', 'child.birthDate', 'duplicates.warnings'),
  // Rows 70–71: numbers 65 and 64 against their dates (the 25th and the 28th).
  at(SON_LOI, 71, 'REGISTER_NUMBER_OUT_OF_ORDER', 'registration.number', 'clean.warnings'),
  // Row 60 is row 37's twin, kept apart by deduplication, with row 37's ID copied.
  at(SON_LOI, 63, 'PERSONAL_ID_REPEATED', 'child.personalId', 'clean.warnings'),
  // Row 60's child ID is the father's CMND typed again: one number, two people of the same row.
  at(SON_LOI, 60, 'PERSONAL_ID_OTHER_PERSON', 'child.personalId', 'clean.warnings'),
  at(THIEN_KE, 5, 'MARRIAGE_UNDER_AGE', 'wife.birthDate', 'clean.warnings'),
  at(THIEN_KE, 6, 'MARRIAGE_AGE_UNCERTAIN', 'husband.birthDate', 'clean.warnings'),
  at(THIEN_KE, 8, 'MARRIAGE_SPOUSE_NAME_SEX', 'husband.fullName', 'clean.warnings'),
  at(THIEN_KE, 8, 'MARRIAGE_SPOUSE_NAME_SEX', 'wife.fullName', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2019' }, 4, 'MARRIAGE_SPOUSE_ID_SEX', 'husband.personalId', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2019' }, 4, 'MARRIAGE_SPOUSE_ID_SEX', 'wife.personalId', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2020' }, 5, 'MARRIAGE_SPOUSE_SEX_TYPED', 'husband.sex', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2020' }, 6, 'MARRIAGE_SPOUSE_ALREADY_MARRIED', 'husband.fullName', 'clean.warnings'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2021' }, 4, 'ID_SHARED_COLUMN_SPLIT', 'husband.personalId', 'clean.notes'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2021' }, 4, 'ID_SHARED_COLUMN_SPLIT', 'wife.personalId', 'clean.notes'),
  at({ ...THIEN_KE, sheet: 'Kết hôn 2021' }, 5, 'ID_SHARED_COLUMN_OWNER_UNKNOWN', 'spouses.personalId', 'clean.warnings'),
  // The 2004 entry typed with the spouses crossed, merged with its re-registration typed right ('Kết hôn 2018 (tiếp)' row 2):
  // it survives (the original), put back the right way round, with the full birth dates the re-registration gives;
  // its MARRIAGE_SPOUSE_NAME_SEX warnings (the row as typed) are dropped from the loaded record.
  at(THIEN_KE_2004, 4, 'DEDUP_ROLES_EXCHANGED', 'husband.fullName', 'clean.notes'),
  at(THIEN_KE_2004, 4, 'DEDUP_FIELD_FILLED', 'husband.birthDate', 'clean.notes'),
  at(THIEN_KE_2004, 4, 'DEDUP_FIELD_FILLED', 'wife.birthDate', 'clean.notes'),
  at(SON_LOI, 66, 'SEX_MIDDLE_NAME_MISMATCH', 'child.sex', 'clean.warnings'),
  at(SON_LOI, 84, 'SEX_GIVEN_NAME_MISMATCH', 'child.sex', 'clean.warnings'),
  at(SON_LOI, 85, 'FATHER_DIED_BEFORE_CONCEPTION', 'child.birthDate', 'clean.warnings'),
  at(SON_LOI, 86, 'NAME_PART_MISSING', 'mother.fullName', 'clean.warnings'),
  at(HUONG_CANH, 27, 'SEX_MIDDLE_NAME_MISMATCH', 'deceased.sex', 'clean.warnings'),
  at(SON_LOI, 67, 'PARENT_NAME_SEX', 'mother.fullName', 'clean.warnings'),
  at(SON_LOI, 67, 'PARENT_NAME_SEX', 'father.fullName', 'clean.warnings'),
];
