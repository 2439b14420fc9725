import { currentYear } from '../normalize/date/calendar.js';
import { NAME_INDEX } from '../normalize/place/commune-index.js';
import { foldName } from '../normalize/place/fold.js';
import { matchCommune } from '../normalize/place/match-commune.js';
import { communeNamedBy, communeNameIn, earliestYearIn } from '../normalize/place/name-commune.js';
import { normalizeText } from '../normalize/text/normalize-text.js';
import type { SheetRow } from './sheet-source.js';
import type { SourceCell } from './source-cell.js';

/** Without accents, case and punctuation kept ('Quyển số: 01-TP/HT' → 'Quyen so: 01-TP/HT'). */
function unaccented(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower case without accents, punctuation kept: for finding labels in title lines. */
function plain(text: string): string {
  return unaccented(text).toLowerCase();
}

/**
 * 'Quyển số: 01/2015', 'Quyển số: 01-TP/HT-2016-KH' (the code of Circular 15/2015/TT-BTP), also typed
 * with spaces around its dashes ('02 - TP/HT - 2016 - KH'): a part after a spaced dash is one of digits
 * and capitals, so 'Quyển số: 01 - Năm 2016' stays '01'. Matched without accents, case kept.
 */
const BOOK = /[Qq][Uu][Yy][Ee][Nn] [Ss][Oo]\s*:?\s*([0-9][0-9A-Za-z/.-]*(?:\s*-\s*[0-9A-Z][0-9A-Z/.]*(?:-[0-9A-Z/.]+)*(?![0-9A-Za-z]))*)/;
/**
 * 'UBND XÃ …', 'ỦY BAN NHÂN DÂN XÃ …', and in the books of the 1960s–70s the committee's older name,
 * 'UBHC XÃ …' / 'ỦY BAN HÀNH CHÍNH XÃ …' (folded).
 */
const AUTHORITY = /^(?:uy ban nhan dan|ubnd|uy ban hanh chinh|ubhc)\s+((?:xa|phuong|thi tran)\s+.+)$/;
/** 'UBND THÀNH PHỐ PHÚC YÊN', 'ỦY BAN NHÂN DÂN HUYỆN BÌNH XUYÊN', 'UBND THỊ XÃ PHÚC YÊN' (folded). */
const DISTRICT_AUTHORITY = /^(?:uy ban nhan dan|ubnd)\s+(?:huyen|thanh pho|thi xa)\s+\S/;
/** The People's Committee named alone on its line, its unit on the line below ('ỦY BAN NHÂN DÂN' over 'THÀNH PHỐ PHÚC YÊN'). */
const AUTHORITY_ALONE = /^(?:uy ban nhan dan|ubnd)$/;
const DISTRICT_UNIT = /^(?:huyen|thanh pho|thi xa)\s+\S/;
/** A word that opens a commune's name: 'Xã', 'X.', 'Phường', 'P.', 'TT', 'Thị trấn', 'Xã/Phường/Thị trấn:'. */
const UNIT_WORD = /^(xa|phuong|x\.|p\.|tt\.?|t\.t\.?|thi)(?=$|[/:.,-])/;

export interface TitleDefaultsOptions {
  /** The source's district (from the pipeline): a commune named in a title must be found in it first. */
  districtCode?: string | null;
  /** The sheet's name: a year it names ('1997', 'Năm 1997', 'KS 1997') is the book's year. */
  sheetName?: string;
  /** The file's name: the one year it names ('KS_SonLoi_2016.csv') is the book's year when the sheet names none. */
  fileName?: string;
  /** The workbook's other sheets' names: 'KS 1' … 'KS 15' number pages, so 'KS 13' names no year (sheetYears). */
  otherSheets?: readonly string[];
}

/**
 * The defaults key of the book's year. No column has it: its cell's value is the year (a number),
 * or null when the sheet names two different years; its text says, in the officer's words, where
 * the year was read ('tiêu đề sổ', 'tên trang tính "1997"', 'quyển số "01/1997"').
 */
export const BOOK_YEAR = 'registration.bookYear';

/**
 * The defaults key of the year the file's name gives ('KS_SonLoi_2016.csv': value 2016, text 'tên tệp
 * "KS_SonLoi_2016.csv"'): the book's year when neither BOOK_YEAR nor the row's own book number names one.
 */
export const FILE_YEAR = 'registration.fileYear';
/**
 * The defaults key of a title line naming a district's People's Committee ('UBND THÀNH PHỐ PHÚC YÊN'), the
 * words up to the register's own: the registering authority of a district's book (a marriage with a foreign
 * element, DOMAIN.md §3.1) when nothing names a commune (inferCommune), as its 'UBND XÃ …' line is a commune's.
 */
export const DISTRICT_TITLE = 'registration.districtTitle';
/** The defaults key of a title line saying the book is of a foreign element ('SỔ ĐĂNG KÝ KẾT HÔN CÓ YẾU TỐ NƯỚC NGOÀI'). */
export const FOREIGN_TITLE = 'registration.foreignTitle';
/**
 * 'có yếu tố nước ngoài', 'YTNN' (folded by plain(), in a title line or a sheet's, file's or folder's name:
 * 'So_KH_YTNN_2021.xlsx'): the cases a district registers itself (DOMAIN.md §3.1), which no commune's book holds.
 */
const FOREIGN_ELEMENT = /ytnn|nuoc[\s_.-]*ngoai/;

/** A year standing alone among figures ('KS 1997', '01/1995', '01-TP/HT-2016-KH'). */
const YEAR_FIGURES = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** 'năm 1997', 'NĂM: 1997' (matched without accents). */
const YEAR_WORD = /(?<![a-z])nam\s*:?\s*((?:19|20)\d\d)(?!\d)/g;
/** A book's name: 'SỔ ĐĂNG KÝ KHAI SINH 1997' ('Số', the number, is no book). */
const BOOK_NAME = /^\s*sổ /iu;
/** A line citing a legal act ('Ban hành kèm theo Thông tư số 05/2012/TT-BTP ngày 23 tháng 5 năm 2012'): its years are the act's. */
const LEGAL_ACT = /thong tu|nghi dinh|quyet dinh|ban hanh|can cu|luat /;

/**
 * The years a book number or a sheet name names: '01/1995' → 1995, '01-TP/HT-2016-KH' → 2016,
 * 'KS 1997' → 1997; years after this one are no book's.
 */
export function yearsNamed(text: string): number[] {
  const years: number[] = [];
  for (const [figures] of text.matchAll(YEAR_FIGURES)) {
    const year = Number(figures);
    if (year <= currentYear()) years.push(year);
  }
  return years;
}

/**
 * A sheet named for its year in two figures after the year's or the book's word: 'Năm 84', 'KS85', 'KS-86' (folded).
 * After the book's initials 01–12 may be a month's sheet ('KT 03'): only 'Năm' names those years.
 */
const SHEET_SHORT_YEAR = /^(?:(nam)|ks|kt|kh|so ks|so kt|so kh)\s*[-_.]?\s*(\d\d)$/;

/** A sheet's name of the book's word and a number: 'KS 1', 'KS 07', 'Năm 3' (folded). */
const SHEET_NUMBERED = /^(.*?)\s*[-_.]?\s*(\d{1,3})$/;

/**
 * Whether the workbook numbers its sheets after `prefix` from 1 ('KS 1', 'KS 2', … or 'KS 01', …): a page per sheet,
 * whose 'KS 13' is a page's number, not 2013.
 */
function numbersPages(prefix: string, otherSheets: readonly string[]): boolean {
  return otherSheets.some((other) => {
    const numbered = SHEET_NUMBERED.exec(plain(other).trim());
    return numbered !== null && numbered[1] === prefix && (numbered[2]!.length === 1 || Number(numbered[2]) <= 12);
  });
}

/**
 * The years a sheet's name gives: those in four figures (yearsNamed), else one in two figures after 'Năm' or the
 * register's initials ('Năm 84', 'KS85': a book per year typed on its own sheet), read as the latest year from 1945 not
 * after this one (never a bare '12', a month's or a page's sheet).
 */
export function sheetYears(sheetName: string, otherSheets: readonly string[] = []): number[] {
  const years = yearsNamed(sheetName);
  if (years.length > 0) return years;
  const named = SHEET_SHORT_YEAR.exec(plain(sheetName).trim());
  const figures = named?.[2];
  if (figures === undefined || (named?.[1] === undefined && Number(figures) <= 12)) return [];
  if (numbersPages(plain(sheetName).trim().replace(/\s*[-_.]?\s*\d\d$/, ''), otherSheets)) return [];
  const now = currentYear();
  const year = 2000 + Number(figures) <= now ? 2000 + Number(figures) : 1900 + Number(figures);
  return year >= 1945 ? [year] : [];
}

/**
 * Register facts printed once above the header instead of in a column:
 * 'Quyển số: 01/2015' → registration.book, 'ỦY BAN NHÂN DÂN XÃ TAM HỢP' →
 * registration.place. Rows use them when they have no such cell of their own.
 * The book's year (BOOK_YEAR) is the one year its title lines ('SỔ ĐĂNG KÝ
 * KHAI TỬ NĂM 1997'), its book number and the sheet's name give between them.
 * Without an 'ỦY BAN NHÂN DÂN XÃ …' line, the first title line naming a commune
 * the place matcher knows gives the place: 'XÃ TAM HỢP' under 'ỦY BAN NHÂN DÂN',
 * 'Xã Tam Hợp - Huyện Bình Xuyên', 'Xã: Tam Hợp', 'UBND X. TAM HỢP',
 * 'SỔ ĐĂNG KÝ KHAI TỬ XÃ TAM HỢP NĂM 2016'.
 */
export function titleDefaults(titleRows: readonly SheetRow[], options: TitleDefaultsOptions = {}): Map<string, SourceCell> {
  const defaults = new Map<string, SourceCell>();
  const communeLines: { place: string; column: string; row: number }[] = [];
  // Title values are marked with their line, where a problem of theirs is reported (SourceCell.titleRow).
  const titleCell = (value: string, column: string, row: number): SourceCell =>
    options.sheetName === undefined ? { value, text: value, column, titleRow: row } : { value, text: value, column, titleRow: row, titleSheet: options.sheetName };
  const titleYears: number[] = [];
  // The columns of the line above holding 'ỦY BAN NHÂN DÂN' alone, and that line's number.
  let authorityAbove: { row: number; columns: Set<string> } = { row: -1, columns: new Set() };
  for (const row of titleRows) {
    const authorityHere = new Set<string>();
    for (const cell of row.cells) {
      if (!cell) continue;
      const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value;
      const folded = plain(text);
      if (AUTHORITY_ALONE.test(folded.trim())) authorityHere.add(cell.column);
      if (!defaults.has(FOREIGN_TITLE) && FOREIGN_ELEMENT.test(folded)) defaults.set(FOREIGN_TITLE, titleCell(text, cell.column, row.rowNumber));
      // A year TODAY() or NOW() gave ('… NĂM "&YEAR(TODAY())', 'Ngày in: 20/11/2024') is the day of the last calculation, not the book's.
      if (cell.volatile !== true) titleYears.push(...titleLineYears(text, folded));
      const book = folded.includes('quyen so') ? BOOK.exec(unaccented(text)) : null;
      if (book?.[1] && !defaults.has('registration.book')) {
        // As typed, with the spaces around its dashes dropped: '02 - TP/HT - 2016 - KH' → '02-TP/HT-2016-KH'.
        const value = book[1].replace(/\s*-\s*/g, '-').replace(/[.-]+$/, '');
        defaults.set('registration.book', titleCell(value, cell.column, row.rowNumber));
      }
      const authority = AUTHORITY.exec(folded);
      if (authority && !defaults.has('registration.place')) {
        // Keep the officer's spelling: cut the same number of words from the original text.
        const words = text.split(' ');
        const skip = /^ub(?:nd|hc)/.test(folded) ? 1 : 4;
        const place = authorityPlace(words, folded.split(' '), skip);
        defaults.set('registration.place', titleCell(place, cell.column, row.rowNumber));
      }
      if (!defaults.has(DISTRICT_TITLE)) {
        const under = authorityAbove.row === row.rowNumber - 1 && authorityAbove.columns.has(cell.column) && DISTRICT_UNIT.test(folded);
        if (under || DISTRICT_AUTHORITY.test(folded)) {
          const line = under ? `UBND ${text}` : text;
          defaults.set(DISTRICT_TITLE, titleCell(authorityPlace(line.split(' '), plain(line).split(' '), 0), cell.column, row.rowNumber));
        }
      }
      const named = namedCommune(text);
      if (named !== null) communeLines.push({ place: named, column: cell.column, row: row.rowNumber });
    }
    authorityAbove = { row: row.rowNumber, columns: authorityHere };
  }
  const authorityLine = defaults.get('registration.place');
  if (authorityLine !== undefined) {
    // 'UBND XÃ BÌNH NGUYÊN' over 'SỔ ĐĂNG KÝ KHAI SINH XÃ TAM HỢP (CŨ) NĂM 2016': the new commune keeps its former unit's book.
    // Another unit than the authority's own ('SỔ … XÃ TAM HỢP (SỔ CŨ)' under 'UBND XÃ TAM HỢP' is its own old book).
    const own = ` ${foldName(authorityLine.text)} `;
    const former = communeLines.find(({ place, row }) => {
      const name = row === authorityLine.titleRow ? null : formerUnitName(place);
      return name !== null && !own.includes(` ${name} `);
    });
    if (former !== undefined && !FORMER_UNIT_NAMED.test(plain(authorityLine.text))) {
      // 'XÃ TAM HỢP (CŨ)' → 'XÃ TAM HỢP CŨ', in the brackets after the new commune's name.
      const place = `${authorityLine.text} (${former.place.replace(/\s*\(\s*(\p{L}+)\s*\)\s*$/u, ' $1')})`;
      defaults.set('registration.place', { ...authorityLine, value: place, text: place });
    }
  }
  if (!defaults.has('registration.place')) {
    const found = communeLines.find(({ place }) => namesKnownCommune(place, options.districtCode ?? null));
    if (found) defaults.set('registration.place', titleCell(found.place, found.column, found.row));
  }
  const year = bookYear(titleYears, defaults.get('registration.book'), options.sheetName, options.otherSheets);
  if (year !== undefined) defaults.set(BOOK_YEAR, year);
  const named = fileYear(options.fileName);
  if (named !== undefined) defaults.set(FILE_YEAR, named);
  return defaults;
}

/** A unit named as the former one ('XÃ TAM HỢP (CŨ)', 'xã Tam Hợp cũ'), plain. */
const FORMER_UNIT_NAMED = /\s\(?cu\)?$/;
/** A commune's unit word before its name, plain. */
const COMMUNE_UNIT_BEFORE = /^(?:xa|phuong|thi tran|tt|t\.t|x|p)(?:\.\s*|\s+)/;

/**
 * The folded name of the former unit a commune line names ('XÃ TAM HỢP (CŨ)' → 'tam hop'); null when the words before
 * 'cũ' are no name the lists hold ('XÃ TAM HỢP (SỔ CŨ)', 'XÃ TAM HỢP - BẢN CŨ': an old book, not a former unit).
 */
function formerUnitName(place: string): string | null {
  const folded = plain(place);
  const at = FORMER_UNIT_NAMED.exec(folded)?.index;
  if (at === undefined) return null;
  const typed = folded.slice(0, at);
  const name = foldName(typed.replace(COMMUNE_UNIT_BEFORE, ''));
  if (NAME_INDEX.has(name)) return name;
  // A name that opens like a unit word ('Phương Khoan').
  return NAME_INDEX.has(foldName(typed)) ? foldName(typed) : null;
}
/**
 * A bracket after the commune naming its former unit, which stays with it ('XÃ BÌNH NGUYÊN (XÃ TAM HỢP CŨ)'), plain:
 * the name one the lists hold, so '(SỔ CŨ)', '(MẪU CŨ)' are cut as any other bracket.
 */
const FORMER_UNIT_NOTE = /^\((?:(?:xa|phuong|thi tran|tt|x\.|p\.)\s+)?(\S.*)\scu\)$/;

function namesFormerUnit(bracket: string): boolean {
  const name = FORMER_UNIT_NOTE.exec(bracket)?.[1];
  return name !== undefined && NAME_INDEX.has(foldName(name));
}

/** Words that open the book's own name after its commune ('SỔ ĐĂNG KÝ', 'QUYỂN SỐ'), folded; no commune name holds one. */
const BOOK_WORDS = new Set(['so', 'so:', 'quyen']);
/** Separators before a higher unit, which stays with the commune ('Xã Tam Hợp - Huyện Bình Xuyên'). */
const HIGHER_UNIT_WORD = /^(?:huyen|h\.|tinh|t\.|thanh|tp\.?|thi|tx\.?)$/;

/**
 * The commune of an 'UBND XÃ …' line, the words from `from` on: up to the register's own words that often
 * follow on the same line ('UBND XÃ ĐỒNG CƯƠNG - SỔ ĐĂNG KÝ KẾT HÔN NĂM 2018 (nhập lại)' → 'XÃ ĐỒNG CƯƠNG'):
 * 'SỔ', 'QUYỂN', 'ĐĂNG KÝ', 'KHAI SINH', 'KHAI TỬ', 'KẾT HÔN', 'NĂM' and a year, a year alone, a bracket
 * (not one naming the former unit: '(XÃ TAM HỢP CŨ)'), a dash that no higher unit follows. `folded` holds the same words without marks, lower case.
 */
function authorityPlace(words: readonly string[], folded: readonly string[], from: number): string {
  let end = words.length;
  for (let at = from + 1; at < words.length; at++) {
    const word = folded[at] ?? '';
    const next = folded[at + 1] ?? '';
    const dash = word === '-' || word === '–';
    if (word.startsWith('(')) {
      const close = folded.findIndex((w, i) => i >= at && w.includes(')'));
      if (close >= 0 && namesFormerUnit(folded.slice(at, close + 1).join(' '))) {
        at = close;
        continue;
      }
    }
    if (
      BOOK_WORDS.has(word) ||
      (word === 'dang' && next === 'ky') ||
      (word === 'khai' && (next === 'sinh' || next === 'tu')) ||
      (word === 'ket' && next === 'hon') ||
      (/^nam:?$/.test(word) && /^\d{4}/.test(next)) ||
      /^[\d(]/.test(word) ||
      (dash && !HIGHER_UNIT_WORD.test(next))
    ) {
      end = at;
      break;
    }
  }
  // A dash or comma left at the end of the commune ('XÃ ĐỒNG CƯƠNG -').
  return words.slice(from, end).join(' ').replace(/[\s,;:–-]+$/, '');
}

/**
 * The commune a commune title line names ('UBND XÃ SƠN LÔI', 'ỦY BAN NHÂN DÂN THỊ TRẤN HƯƠNG CANH'), as
 * titleDefaults reads it for registration.place; undefined for any other line (a village 'Thôn Nam Viêm',
 * a section title, 'Chủ tịch UBND xã …' in a footer). Cheap for rows without 'ban' or 'ubnd'.
 */
export function communeTitle(row: SheetRow): SourceCell | undefined {
  for (const cell of row.cells) {
    if (cell === undefined || !MAY_BE_AUTHORITY.test(cell.text)) continue;
    const place = titleDefaults([{ ...row, cells: [cell] }]).get('registration.place');
    if (place !== undefined && AUTHORITY.test(plain(normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value))) return place;
  }
  return undefined;
}

/** Letters every commune title line holds ('UBND', 'UBHC', 'Ủy ban'), in any case or font, before it is decoded. */
const MAY_BE_AUTHORITY = /ubnd|ubhc|ban/i;

/** Where a sheet without a commune title took its commune from, for the officer (SHEET_COMMUNE_INFERRED). */
export interface InferredCommune {
  code: string;
  name: string;
  /** 'tên trang tính "Tam Hợp"', 'tên tệp "KS_TamHop_2015.xlsx"', 'tiêu đề trang tính "Trang 1"'. */
  source: string;
}

export interface InferredCommuneOptions {
  districtCode: string | null;
  sheetName: string;
  /** The file's name as the run names it. */
  fileName: string;
  /** The commune title in force at the end of an earlier sheet of the workbook, and that sheet's name. */
  earlier?: { place: SourceCell; sheet: string };
  /**
   * The names of the folders holding the file, the nearest first: a district's delivery in a folder per
   * commune ('Xã Hướng Đạo/khai sinh 2016.csv', 'Hop Hoa/2016/KS.xlsx').
   */
  folders?: readonly string[];
}

/**
 * For a sheet whose title names no commune (defaults without registration.place): the commune of, in order,
 * the sheet's name when it names one commune of the district ('Tam Hợp', 'TT Hương Canh', 'Tam Hợp 2016':
 * a district's workbook with a sheet per commune, so it wins over the sheet before), the title of an earlier
 * sheet of the workbook (a book typed on over 'Trang 2'), the file's name ('KS_TamHop_2015.xlsx'), the
 * folders holding the file, the nearest first ('Xã Tam Hợp/KS 2015.xlsx'). Sets registration.place to the
 * unit's name (as a title would) and says where it came from; undefined when none.
 */
export function inferCommune(defaults: Map<string, SourceCell>, options: InferredCommuneOptions): InferredCommune | undefined {
  if (defaults.has('registration.place')) return undefined;
  const bookYear = defaults.get(BOOK_YEAR)?.value;
  // The file's one year, else its earliest ('DS_KhaiSinh_2025-2026.xlsx' under a folder 'VinhAn').
  const fileYear = defaults.get(FILE_YEAR)?.value ?? earliestYearIn(options.fileName.slice(options.fileName.lastIndexOf('/') + 1));
  const named = { districtCode: options.districtCode, year: typeof bookYear === 'number' ? bookYear : null, ...(typeof fileYear === 'number' ? { fileYear } : {}) };
  // A code of the Vĩnh Phúc list (not of the 2025 one, which reuses codes): its rows are named on their own dates.
  const vinhPhucCode = named.year === null || named.year < LIST_2025_FIRST_YEAR;
  const bySheet = communeNamedBy(options.sheetName, named);
  if (bySheet !== null) return inferred(defaults, bySheet.name, { ...bySheet, source: `tên trang tính "${options.sheetName}"` }, vinhPhucCode && bySheet.since2025 !== true);
  if (options.earlier !== undefined) {
    const { place, sheet } = options.earlier;
    const code = matchCommune(place.text, { districtCode: options.districtCode, registrationDate: named.year === null ? null : String(named.year) }).value.communeCode;
    const name = code === null ? place.text : communeNameIn(code, named.year);
    // The earlier title's words, as typed there.
    return inferred(defaults, place.text, { code: code ?? '—', name, source: `tiêu đề trang tính "${sheet}"` }, false);
  }
  const file = options.fileName.slice(options.fileName.lastIndexOf('/') + 1);
  const byFile = communeNamedBy(file, named);
  if (byFile !== null) return inferred(defaults, byFile.name, { ...byFile, source: `tên tệp "${file}"` }, vinhPhucCode && byFile.since2025 !== true);
  for (const folder of options.folders ?? []) {
    const byFolder = communeNamedBy(folder, named);
    if (byFolder !== null) return inferred(defaults, byFolder.name, { ...byFolder, source: `tên thư mục "${folder}"` }, vinhPhucCode && byFolder.since2025 !== true);
  }
  // Nothing names a commune, and the title names a district's People's Committee over a book of a foreign element
  // (the title, the sheet's, file's or a folder's name says so): the district registered the book's entries. A
  // commune's ordinary book whose commune line was lost under the district's keeps SHEET_COMMUNE_MISSING.
  const district = defaults.get(DISTRICT_TITLE);
  if (district !== undefined && (defaults.has(FOREIGN_TITLE) || [options.sheetName, file, ...(options.folders ?? [])].some((name) => FOREIGN_ELEMENT.test(plain(name))))) {
    defaults.set('registration.place', district);
  }
  return undefined;
}

/**
 * The defaults key of the code of a commune inferCommune took from a sheet's or a file's name (no column
 * has it): rows write the unit's name in force on their own registration date (communeNameOn), as a title
 * of that date would — a file 'KT_DaiDinh_2016-2023' holds Xã Đại Đình's entries until 2020-02-01.
 */
export const INFERRED_COMMUNE = 'registration.inferredCommuneCode';
/** A book year from which a commune name is read against the 2025 list (registration-period.ts reads '2025' against the Vĩnh Phúc one). */
const LIST_2025_FIRST_YEAR = 2026;

function inferred(defaults: Map<string, SourceCell>, place: string, commune: InferredCommune, namedOnDate: boolean): InferredCommune {
  defaults.set('registration.place', { value: place, text: place, column: '', titleRow: 0 });
  if (namedOnDate) defaults.set(INFERRED_COMMUNE, { value: commune.code, text: commune.code, column: '' });
  return commune;
}

/**
 * The years a title line gives its book: after 'năm' ('SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997', 'Năm: 2005'),
 * or standing alone in the book's name ('SỔ ĐĂNG KÝ KHAI SINH 1997'); none in a line citing a legal act.
 */
function titleLineYears(text: string, folded: string): number[] {
  if (LEGAL_ACT.test(folded)) return [];
  const named = BOOK_NAME.test(text) ? yearsNamed(folded) : [];
  if (!folded.includes('nam')) return named;
  for (const match of folded.matchAll(YEAR_WORD)) named.push(...yearsNamed(match[1] ?? ''));
  return named;
}

/**
 * The book's year cell (BOOK_YEAR): one book holds one calendar year (DOMAIN.md §3.3), so a year
 * its title, book number and sheet name agree on. Value null when they name two; undefined when none.
 */
function bookYear(titleYears: readonly number[], book: SourceCell | undefined, sheetName: string | undefined, otherSheets: readonly string[] = []): SourceCell | undefined {
  const sources: { years: number[]; words: string }[] = [
    { years: [...titleYears], words: 'tiêu đề sổ' },
    { years: book === undefined ? [] : yearsNamed(book.text), words: `quyển số "${book?.text ?? ''}"` },
    { years: sheetName === undefined ? [] : yearsNamed(sheetName), words: `tên trang tính "${sheetName ?? ''}"` },
  ].filter(({ years }) => years.length > 0);
  // A year in two figures ('KS85') counts where nothing else names another: 'KS 13' may be a page's number.
  const short = sheetName === undefined || yearsNamed(sheetName).length > 0 ? [] : sheetYears(sheetName, otherSheets);
  if (short.length > 0 && sources.every(({ years }) => years.every((year) => short.includes(year)))) {
    sources.push({ years: short, words: `tên trang tính "${sheetName ?? ''}"` });
  }
  if (sources.length === 0) return undefined;
  const years = new Set(sources.flatMap(({ years }) => years));
  const words = sources.map((source) => source.words);
  const text = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} và ${words[words.length - 1]}`;
  const [year] = years;
  return { value: years.size === 1 && year !== undefined ? year : null, text, column: '' };
}

/** A year 1945–2030 standing alone in a file's name ('KS_SonLoi_2016.csv', 'KT-08950-2016.xlsx'; not the '0895' of a code). */
const FILE_NAME_YEAR = /(?<!\d)(?:19[4-9]\d|20[0-3]\d)(?!\d)/g;

/** The one year a file's name gives (a file per book, as communes name them); undefined when it names none or two. */
function fileYear(path: string | undefined): SourceCell | undefined {
  if (path === undefined) return undefined;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const years = new Set<number>();
  for (const [figures] of name.matchAll(FILE_NAME_YEAR)) {
    const year = Number(figures);
    if (year >= 1945 && year <= Math.min(2030, currentYear())) years.add(year);
  }
  const [year] = years;
  return years.size === 1 && year !== undefined ? { value: year, text: `tên tệp "${name}"`, column: '' } : undefined;
}

/**
 * The words of a title line from its commune unit word on ('XÃ TAM HỢP' of
 * 'SỔ ĐĂNG KÝ KHAI TỬ XÃ TAM HỢP NĂM 2016'), without a trailing year; null when
 * the line names no commune unit. 'Xã hội' and 'thị xã' are no commune.
 */
function namedCommune(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const folded = words.map(plain);
  const start = folded.findIndex((word, at) => {
    if (!UNIT_WORD.test(word)) return false;
    if (word.startsWith('thi')) return word === 'thi' && folded[at + 1]?.startsWith('tran') === true;
    if (word.startsWith('xa') && (folded[at + 1]?.startsWith('hoi') || folded[at - 1] === 'thi')) return false;
    return true;
  });
  if (start < 0 || start === words.length - 1) return null;
  let end = words.length;
  for (let at = start + 1; at < words.length - 1; at++) {
    if (/^nam:?$/.test(folded[at] ?? '') && /^\d{4}/.test(folded[at + 1] ?? '')) end = Math.min(end, at);
  }
  const place = words.slice(start, end).join(' ');
  // 'Xã: Tam Hợp' → 'Xã Tam Hợp'; 'Xã/Phường/Thị trấn: Tam Hợp' → 'Tam Hợp' (the form lists every unit).
  const label = /^([^:]+):\s*(.+)$/.exec(place);
  if (!label?.[1] || !label[2]) return place;
  return label[1].includes('/') ? label[2] : `${label[1].trim()} ${label[2]}`;
}

/** Whether the place matcher finds a commune in the text, in the Vĩnh Phúc list or the 2025 one. */
function namesKnownCommune(place: string, districtCode: string | null): boolean {
  return (
    matchCommune(place, { districtCode }).value.communeCode !== null ||
    matchCommune(place, { districtCode, registrationDate: '2025-07-01' }).value.communeCode !== null
  );
}
