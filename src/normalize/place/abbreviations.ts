/**
 * Unit abbreviations in free-text places. Expanded only where the unit word fits, so the
 * initial in "Nguyễn T. Lan", "Thôn X" or "Xóm Chùa, T. Hợp" (Tam Hợp cut short) is never
 * touched:
 * - at the start of a place part (text start, after a comma, semicolon, bracket, slash or
 *   spaced dash) before a capitalised word (or a number, for Phường/Quận/Thành phố: "Q.1",
 *   "P. 3, Q. 5" — 'P.' before a number only beside a Quận, else it is a room: "P.379, nhà B4"); 'T.' there is Tỉnh only before a province's name or in the part after a
 *   district's ('H. Mê Linh, T. Vĩnh Phú');
 * - inside a part ('TYT X. Tam Hợp', 'Tổ 5 P.Tích Sơn', 'UBND P. Trưng Nhị') only before a name
 *   of that level the lists hold — a commune or district of the province, a province — and
 *   then in lower case, as a unit word inside a phrase is written ('Trạm y tế xã Tam Hợp').
 * "Th." is NOT expanded: in registers it stands for Thôn, Thị or Thành alike; nor is 'P.' before
 * an office's or a clinic's word ('P. Khám', 'P. Tư pháp': a phòng). 'TT' before
 * 'YT' / 'Y tế' is the district's Trung tâm Y tế (health centre), not a thị trấn; 'TTYT' and
 * 'TYT' (Trạm Y tế) are acronyms, kept as typed.
 */
import { ID_PROVINCE_CODES } from '../../reference/id-province-codes.js';
import { MAX_NAME_WORDS, NAME_INDEX } from './commune-index.js';
import { foldName } from './fold.js';
import { DISTRICT_ALIASES, FORMER_PROVINCES } from './historical-units.js';
import { expandDistrictInitials } from './district-initials.js';

const WORD_START = String.raw`(?<![\p{L}\p{N}.])`;
const NEXT_WORD = String.raw`(?=\p{Lu})`;
const NEXT_WORD_OR_NUMBER = String.raw`(?=\p{Lu}|\d)`;
const CENTRAL_CITY = String.raw`(?=(?:Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Hồ Chí Minh)(?!\p{L}))`;
/** 'TT YT', 'TT Y tế', 'TT. Y Tế': a Trung tâm Y tế. */
const NOT_HEALTH_CENTRE = String.raw`(?![Yy]\s?[Tt](?:[ếẾeE])?(?!\p{L}))`;
/** 'P. Khám ĐKKV Hương Canh', 'P. Tư pháp huyện Bình Xuyên', 'P. Y tế': a phòng (a clinic, a district's office), no phường. */
const NOT_OFFICE = String.raw`(?!(?:K[Hh][Áá][Mm]|T[Ưư] [Pp][Hh][Áá][Pp]|Y [Tt][Ếế]|N[Ộộ][Ii] [Vv][Ụụ]|C[Ấấ][Pp] [Cc][Ứứ][Uu]|Đ[Ẻẻ])(?!\p{L}))`;

/** Which names may follow an abbreviation inside a part. */
type Level = 'commune' | 'district' | 'province' | 'city' | 'none';

interface Abbreviation {
  form: string;
  expansion: string;
  /** Inside a part: the level of the name that must follow; 'city' = always (TP.HCM, a central city). */
  inside: Level;
  /** 'T.': at a part's start too, only before a province or after a district's part. */
  provinceOnly?: boolean;
  /** 'P.': before a number, only a ward's number outside a building's address (wardNumber). */
  numberIsWard?: boolean;
  /** A lower-case letter without its dot ('x Tam Hợp h Bình Xuyên'): only before a name of its level the lists hold. */
  bare?: boolean;
}

// One-letter forms need their dot ("X." / "x."); two-letter forms take a dot or a space.
// 'T/p' and 'T.p' ('T/p Vĩnh Yên', as handwriting shortens thành phố) are TP.
// Order matters: "TP.HCM" before "TP", "TT"/"TX" and "T. Hà Nội" before "T.".
const ABBREVIATIONS: readonly Abbreviation[] = [
  { form: String.raw`(?:TP|Tp|tp|T\.[Pp]|t\.p|T\/[Pp]|t\/p)\.?\s?HCM(?!\p{L})`, expansion: 'Thành phố Hồ Chí Minh', inside: 'city' },
  { form: String.raw`(?:TP|Tp|tp|T\.[Pp]|t\.p|T\/[Pp]|t\/p)(?:\.\s?|\s)${CENTRAL_CITY}`, expansion: 'Thành phố ', inside: 'city' },
  { form: String.raw`(?:TP|Tp|tp|T\.[Pp]|t\.p|T\/[Pp]|t\/p)(?:\.\s?|\s)${NEXT_WORD_OR_NUMBER}`, expansion: 'Thành phố ', inside: 'district' },
  // 'TTr', 'T.Tr', 'Ttr.': thị trấn with the second word's first two letters, as clerks shorten it beside 'Tr.' (trường).
  { form: String.raw`(?:TTr|TTR|Ttr|ttr|T\.Tr|T\.tr|t\.tr)(?:\.\s?|\s)${NEXT_WORD}`, expansion: 'Thị trấn ', inside: 'commune' },
  { form: String.raw`(?:TT|Tt|tt|T\.T)(?:\.\s?|\s)${NOT_HEALTH_CENTRE}${NEXT_WORD}`, expansion: 'Thị trấn ', inside: 'commune' },
  { form: String.raw`(?:TX|Tx|tx|T\.X)(?:\.\s?|\s)${NEXT_WORD}`, expansion: 'Thị xã ', inside: 'district' },
  { form: String.raw`[Xx]\.\s?${NEXT_WORD}`, expansion: 'Xã ', inside: 'commune' },
  { form: String.raw`[Hh]\.\s?${NEXT_WORD}`, expansion: 'Huyện ', inside: 'district' },
  // The centrally-run cities are thành phố, not tỉnh, though clerks write 'T.' before them too.
  { form: String.raw`[Tt]\.\s?${CENTRAL_CITY}`, expansion: 'Thành phố ', inside: 'city' },
  { form: String.raw`[Tt]\.\s?${NEXT_WORD}`, expansion: 'Tỉnh ', inside: 'province', provinceOnly: true },
  { form: String.raw`[Pp]\.\s?${NOT_OFFICE}${NEXT_WORD_OR_NUMBER}`, expansion: 'Phường ', inside: 'commune', numberIsWard: true },
  { form: String.raw`[Qq]\.\s?${NEXT_WORD_OR_NUMBER}`, expansion: 'Quận ', inside: 'none' },
  // Typed fast without the dot, in lower case: 'x Tam Hợp h Bình Xuyên', 't Vĩnh Phúc'. A capital letter
  // alone is a label or an initial ('Thôn X', 'Nguyễn T Lan'), and any other name leaves the letter as typed.
  { form: String.raw`x\s${NEXT_WORD}`, expansion: 'Xã ', inside: 'commune', bare: true },
  { form: String.raw`h\s${NEXT_WORD}`, expansion: 'Huyện ', inside: 'district', bare: true },
  { form: String.raw`t\s${NEXT_WORD}`, expansion: 'Tỉnh ', inside: 'province', bare: true },
];

// One pass over the text: each form is a capture group, the group that matched picks the expansion.
const ANY_ABBREVIATION = new RegExp(`${WORD_START}(?:${ABBREVIATIONS.map(({ form }) => `(${form})`).join('|')})`, 'gu');
// Every form contains a dot, 'TT', 'TX', 'TP' or 'TTr' followed by a space, 'T/p', or a bare x, h, t before a capital: text without any has nothing to expand.
const MIGHT_HOLD_ABBREVIATION = /\.|[Tt][TtXxPp]\s|[Tt][Tt][Rr]\s|[Tt]\/[Pp]|(?<!\p{L})[xht]\s\p{Lu}/u;

/** Provinces by folded name: the 63 of the ID codes, the 2025 ones, and older ones (historical-units.ts). */
const PROVINCE_NAMES: ReadonlySet<string> = new Set(
  [...ID_PROVINCE_CODES.map((province) => province.provinceName), ...FORMER_PROVINCES].map(foldName),
);
const NAMES_BY_LEVEL: Readonly<Record<'commune' | 'district' | 'province', { has(key: string): boolean }>> = {
  commune: NAME_INDEX,
  district: DISTRICT_ALIASES,
  province: PROVINCE_NAMES,
};
/** The most words a province's name has ('Bà Rịa - Vũng Tàu', 'Quảng Nam - Đà Nẵng'). */
const MAX_WORDS = Math.max(MAX_NAME_WORDS, ...[...PROVINCE_NAMES].map((name) => name.split(' ').length));

/** Ends a place part; a spaced dash too, except inside a province's name (handled by folding it away). */
const PART_END = /[,;()[\]/]/;
const PART_SEPARATOR_BEFORE = /(?:[,;(/]\s?|\s-\s)$/;
const PARTS = /[,;()[\]/]|\s-\s/;
/** A part that names a district: 'Huyện …', 'H. …', 'Quận …', 'TP …', 'Thị xã …'. */
const DISTRICT_PART = /^(?:huyện|quận|thị xã|thành phố|h\.|q\.|tp\.?|t\.p\.?|tx\.?|t\.x\.?)(?=[\s.]|\p{Lu}|$)/iu;

function atPartStart(text: string, offset: number): boolean {
  return offset === 0 || PART_SEPARATOR_BEFORE.test(text.slice(Math.max(0, offset - 3), offset));
}

/** Does a name of `level` start the text (up to the end of its part)? */
function namedAfter(level: 'commune' | 'district' | 'province', rest: string): boolean {
  const part = rest.split(PART_END, 1)[0] ?? '';
  const words = part.split(/\s+/, MAX_WORDS * 2).map(foldName).filter((word) => word !== '');
  let key = '';
  for (let count = 0; count < Math.min(words.length, MAX_WORDS); count++) {
    key = count === 0 ? (words[0] ?? '') : `${key} ${words[count] ?? ''}`;
    if (NAMES_BY_LEVEL[level].has(key)) return true;
  }
  return false;
}

/** 'T.' opening the part after a district's part: the province's place in an address. */
function afterDistrictPart(text: string, offset: number): boolean {
  const parts = text.slice(0, offset).split(PARTS);
  const previous = parts[parts.length - 2]?.trim() ?? '';
  return DISTRICT_PART.test(previous);
}

/**
 * 'P.' before a number is Phường only when the number can be a ward's (numbered wards, in the big
 * cities and some provincial ones such as Đà Lạt or Vũng Tàu, run to about 30) and the address
 * says nothing of a building: 'P.12, Q.3', 'P.7, TP Đà Lạt'. Otherwise it is a room, phòng, as in
 * 'P.379, nhà B4, khu tập thể Dệt', 'P.5 nhà A2' or 'P.1205 chung cư …', and is kept as typed.
 */
const MAX_WARD_NUMBER = 30;
const BUILDING = /(?<!\p{L})(?:nhà|tòa|toà|chung cư|tập thể|KTT|tầng|phòng|CT\d|lô)(?!\p{L})/iu;

function wardNumber(text: string, end: number): boolean {
  let stop = end;
  while (stop < text.length && isDigit(text.charCodeAt(stop))) stop++;
  return Number(text.slice(end, stop)) <= MAX_WARD_NUMBER && !BUILDING.test(text);
}

function fits(abbreviation: Abbreviation, text: string, offset: number, end: number): boolean {
  const { inside } = abbreviation;
  if (abbreviation.bare === true) return inside !== 'city' && inside !== 'none' && namedAfter(inside, text.slice(end));
  if (abbreviation.numberIsWard === true && isDigit(text.charCodeAt(end)) && !wardNumber(text, end)) return false;
  if (atPartStart(text, offset)) {
    return !abbreviation.provinceOnly || namedAfter('province', text.slice(end)) || afterDistrictPart(text, offset);
  }
  if (inside === 'none') return false;
  return inside === 'city' || namedAfter(inside, text.slice(end));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLowerInitial(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toUpperCase();
}

function lowerInitial(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface Expansion {
  text: string;
  /** "X. → Xã" for each distinct abbreviation expanded, in order. */
  expanded: string[];
}

/**
 * A unit word the typist wrote in lower case before a name ('Thôn Đông, xã Tam Hồng', 'xã Tam Hồng, …', 'Bệnh viện đa
 * khoa tỉnh …'), a hamlet's too, before its name or number ('thôn Mới, X. Tam Hợp', 'tổ 3, p. Liên Bảo').
 */
const TYPED_LOWER_UNIT = /(?<!\p{L})(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?=\s+\p{Lu})|(?:thôn|xóm|tổ dân phố|khu phố|tổ|ấp)(?=\s+[\p{Lu}\d]))/u;
/** An abbreviation the typist capitalised at the start of a later part ('Tổ 3, P. Liên Bảo, t/p Vĩnh Yên'). */
const CAPITAL_ABBREVIATION_INSIDE = /(?:[,;(/]\s?|\s-\s|-)(?:[XHTPQ]\.|T\/[Pp]|T[PXT](?![\p{L}]))/u;
/** A unit word the typist capitalised at the start of a later part ('Thôn Đông, Xã Tam Hợp'). */
const TYPED_CAPITAL_UNIT_INSIDE = /(?:[,;(/]\s?|\s-\s)(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh)(?=\s)/u;

/**
 * The address's own style for unit words inside it: lower case when the typist wrote one so and
 * capitalised none after the first part ('Thôn Thanh Lanh, xã Trung Mỹ, H. Bình Xuyên' →
 * '…, huyện Bình Xuyên', as Decree 30/2020/NĐ-CP writes them), so an expanded unit word does not
 * stand out in capitals beside them. Otherwise an abbreviation opening a part keeps its capital.
 */
function writesUnitsInLowerCase(text: string): boolean {
  return TYPED_LOWER_UNIT.test(text) && !TYPED_CAPITAL_UNIT_INSIDE.test(text);
}

export function expandAbbreviations(text: string): Expansion {
  const units = expandUnitAbbreviations(text);
  const initials = expandDistrictInitials(units.text);
  return initials.expanded.length === 0 ? units : { text: initials.text, expanded: [...units.expanded, ...initials.expanded] };
}

function expandUnitAbbreviations(text: string): Expansion {
  if (!MIGHT_HOLD_ABBREVIATION.test(text)) return { text, expanded: [] };
  const lowerUnits = writesUnitsInLowerCase(text);
  const expanded = new Set<string>();
  const result = text.replace(ANY_ABBREVIATION, (form: string, ...rest: unknown[]) => {
    const groups = rest.slice(0, ABBREVIATIONS.length);
    const offset = rest[ABBREVIATIONS.length] as number;
    const abbreviation = ABBREVIATIONS[groups.findIndex((group) => typeof group === 'string')];
    if (abbreviation === undefined || !fits(abbreviation, text, offset, offset + form.length)) return form;
    // A unit named by a number keeps its capital ('Phường 3', 'Quận 1'), as the decree writes it.
    // An abbreviation typed in lower case ('x. Tam Hợp, h. Mê Linh') says the address's style as a unit word typed so does.
    const lowerStyle = lowerUnits || (isLowerInitial(form) && !TYPED_CAPITAL_UNIT_INSIDE.test(text) && !CAPITAL_ABBREVIATION_INSIDE.test(text));
    const capital = atPartStart(text, offset) && (offset === 0 || !lowerStyle || isDigit(text.charCodeAt(offset + form.length)));
    const expansion = capital ? abbreviation.expansion : lowerInitial(abbreviation.expansion);
    expanded.add(`${form.trim()} → ${expansion.trim()}`);
    return expansion;
  });
  return { text: result, expanded: [...expanded] };
}
