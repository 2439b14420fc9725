/**
 * A line break typed inside a place cell (Alt+Enter, the clerk copying the page's lines:
 * 'Xóm Chùa\nxã Tam Hợp\nhuyện Bình Xuyên'). Where it ends one part of the address and
 * starts the next, it reads as the comma the page's line end stood for; where it only
 * wraps a name ('Bệnh viện huyện\nMê Linh', 'Xã Tam\nHợp'), as a space, which the text
 * cleaner makes of every line break. A break is a part's end when:
 * the line before is a whole part — it starts with a unit word and more follows it ('Xóm Chùa',
 * 'Tổ 5'), or ends with a unit word and a name of the lists ('Trạm y tế xã Tam Hợp') — and the
 * next line starts with a unit word ('xã …', 'huyện …', 'TTr …'; also after an institution's name ending with a
 * name of the lists, 'Bệnh viện Sản nhi Vĩnh Phúc⏎Phường Liên Bảo'), or with a commune or district
 * name of the lists ('Xóm Chùa⏎Tam Hợp') where the words around the break are no name of the lists. A hospital's
 * department before the hospital ('Khoa Nội⏎Bệnh viện …') and a line already in parts before a commune or district of
 * the lists with its unit word ('Km 15, Quốc lộ 2A⏎xã Quất Lưu') are two parts too.
 * Anything else stays a space ('Thôn Nhân⏎Nghĩa': a hamlet's name is in no list): a line
 * ending with a unit word (its name on the next line), a line that only begins a name ('Bệnh viện
 * đa khoa⏎tỉnh Vĩnh Phúc', 'Trạm Y tế⏎xã Tam Hợp': one institution's name), punctuation at the break.
 */
import { NAME_INDEX } from './commune-index.js';
import { foldName } from './fold.js';
import { DISTRICT_ALIASES } from './historical-units.js';
import { MOST_COMMON_SURNAMES } from '../../reference/name-lists.js';

/** Unit words a place part starts with, lower case, with and without marks, and their abbreviations. */
const UNIT_WORD = String.raw`(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|xóm|tổ dân phố|tổ|khu phố|khu|ấp|bản|làng|đội|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon|xom|ttr|tt|tp|tx|t\.tr|t\.t|t\.p|t\.x|[xhpqt](?=\.))`;
/** A unit word at a line's start, then (past its dot, if any) more text. */
const STARTS_WITH_UNIT = new RegExp(String.raw`^${UNIT_WORD}(?:\.\s?\S|\s+\S)`, 'u');
/** A unit word ending a line ('Bệnh viện huyện'), its name on the next line. */
const ENDS_WITH_UNIT = new RegExp(String.raw`(?:^|\s)${UNIT_WORD}\.?$`, 'u');
/** The line before ends a part with its unit word and a name: checked against the lists. */
const UNIT_AND_NAME_AT_END = new RegExp(String.raw`(?:^|\s)${UNIT_WORD}\.?\s+((?:\S+\s+){0,2}\S+)$`, 'u');
/**
 * Names that begin with a unit word and are no part of an address: 'TT Y tế', 'TT. YT' (a Trung tâm Y
 * tế, health centre, no thị trấn: abbreviations.ts), 'Khu công nghiệp Bình Xuyên', 'Khu đô thị …', 'Làng trẻ em SOS Vĩnh Phúc'.
 */
const NAME_LIKE_UNIT = /^(?:tt\.?\s?y\s?t(?:ế|e)?(?!\p{L})|khu\s+(?:công nghiệp|cong nghiep|đô thị|do thi|chế xuất|che xuat|kinh tế|kinh te|du lịch|du lich|tập thể|tap the|nghỉ dưỡng|nghi duong)|làng\s+(?:trẻ em|tre em|nghề|nghe))/u;
const NEXT_STARTS_PART = /^\p{Lu}/u;
const PUNCTUATION_EDGE = /[,;:\-–—/(]$|^[,;:\-–—/)]/u;
const LINE_BREAK = /\r?\n/;
const LINE_BREAKS = /\r?\n/g;
const MOST_WORDS = 3;

const isListedName = (words: string): boolean => {
  const key = foldName(words);
  return key !== '' && (NAME_INDEX.has(key) || DISTRICT_ALIASES.has(key));
};

/** Whether the last words of `before` and the first of `after` make one name of the lists ('Tam' | 'Hợp'). */
function nameAcrossBreak(before: string, after: string): boolean {
  const left = before.split(/\s+/).slice(-MOST_WORDS + 1);
  const right = after.split(/\s+/).slice(0, MOST_WORDS - 1);
  for (let l = 1; l <= left.length; l++) {
    for (let r = 1; r <= right.length && l + r <= MOST_WORDS; r++) {
      if (isListedName([...left.slice(-l), ...right.slice(0, r)].join(' '))) return true;
    }
  }
  return false;
}

/** Whether the line ends with a unit word and a name of the lists ('… xã Tam Hợp', '… huyện Bình Xuyên'). */
function endsWithUnitAndName(line: string): boolean {
  const found = UNIT_AND_NAME_AT_END.exec(line.toLowerCase());
  if (found?.[1] === undefined) return false;
  const words = found[1].split(/\s+/);
  for (let count = words.length; count >= 1; count--) if (isListedName(words.slice(-count).join(' '))) return true;
  return false;
}

/** An institution's name a place line opens with ('Bệnh viện Sản nhi Vĩnh Phúc', 'BVĐK Phúc Yên', 'Trạm y tế …'), lower case. */
const INSTITUTION_START = /^(?:bệnh viện|bv|bvđk|bvsn|bệnh xá|trạm y tế|trạm xá|tyt|ttyt|trung tâm y tế|phòng khám|pkđk|nhà hộ sinh)(?!\p{L})/u;

/**
 * Whether the line is an institution's whole name ending with a place name of the lists of two words or
 * more ('Bệnh viện Sản nhi Vĩnh Phúc', 'BVĐK khu vực Phúc Yên'): the line after, opening with a unit word
 * ('Phường Liên Bảo, …'), is its address, not the rest of its name.
 */
function institutionNamed(lowerLine: string): boolean {
  if (!INSTITUTION_START.test(lowerLine)) return false;
  const words = lowerLine.split(/\s+/).slice(-MOST_WORDS);
  for (let count = words.length; count >= 2; count--) if (isListedName(words.slice(-count).join(' '))) return true;
  return false;
}

function separatorBetween(before: string, after: string): string {
  if (before === '' || after === '' || PUNCTUATION_EDGE.test(before) || PUNCTUATION_EDGE.test(after)) return ' ';
  const lowerBefore = before.toLowerCase();
  if (ENDS_WITH_UNIT.test(lowerBefore)) return ' ';
  const lowerAfter = after.toLowerCase();
  if (institutionNamed(lowerBefore) && STARTS_WITH_UNIT.test(lowerAfter)) return ', ';
  // A hospital's department, then the hospital ('Khoa Hồi sức cấp cứu⏎Bệnh viện đa khoa tỉnh Vĩnh Phúc'): two parts.
  if (DEPARTMENT.test(lowerBefore) && INSTITUTION_START.test(lowerAfter)) return ', ';
  // A line already in parts ('Km 15, Quốc lộ 2A') before a commune or district of the lists with its unit word: the next part.
  if (before.includes(',') && startsWithUnitAndListedName(lowerAfter)) return ', ';
  // Only after a whole part: 'Bệnh viện đa khoa⏎tỉnh Vĩnh Phúc', 'Trạm Y tế⏎xã Tam Hợp' are one name, wrapped.
  const partBefore = STARTS_WITH_UNIT.test(lowerBefore) && !NAME_LIKE_UNIT.test(lowerBefore);
  if (!partBefore && !endsWithUnitAndName(before)) return ' ';
  if (STARTS_WITH_UNIT.test(after.toLowerCase())) return ', ';
  return NEXT_STARTS_PART.test(after) && startsWithListedName(after) && !nameAcrossBreak(before, after) ? ', ' : ' ';
}

/** A hospital's department a line opens with ('Khoa Hồi sức cấp cứu', 'Khoa Nội'), lower case. */
const DEPARTMENT = /^khoa\s+\S/u;
/** A unit word at a line's start and what follows it. */
const UNIT_AT_START = new RegExp(String.raw`^${UNIT_WORD}\.?\s*`, 'u');

/** Whether the (lower-case) line begins with a unit word and a commune or district name of the lists ('xã Quất Lưu'). */
function startsWithUnitAndListedName(lowerLine: string): boolean {
  const unit = UNIT_AT_START.exec(lowerLine);
  return unit !== null && unit[0].length < lowerLine.length && startsWithListedName(lowerLine.slice(unit[0].length));
}

/**
 * Whether the line begins with a commune or district name of the lists ('Tam Hợp', 'Bình Xuyên'):
 * a part typed without its unit word. A hamlet's name is in no list, so 'Thôn Nhân⏎Nghĩa' stays
 * one name wrapped: a wrong comma would split it.
 */
function startsWithListedName(line: string): boolean {
  const words = line.split(/\s+/).slice(0, MOST_WORDS);
  for (let count = words.length; count >= 1; count--) if (isListedName(words.slice(0, count).join(' ').replace(/[,;.]+$/, ''))) return true;
  return false;
}

/** Whether the line ends with a unit word whose name is still to come ('Bệnh viện huyện', 'Thôn Đông, xã'). */
export function endsWithUnitWord(line: string): boolean {
  return ENDS_WITH_UNIT.test(line.normalize('NFC').trim().toLowerCase());
}

/** Whether the line begins with a commune or district name of the lists ('Vĩnh Tường', 'Kim Xá, huyện …'): the name a line ending with its unit word waits for. */
export function startsWithUnitName(line: string): boolean {
  return startsWithListedName(line.normalize('NFC').trim());
}

/**
 * A hamlet's unit word ending the line ('Xã Đồng Ích, thôn', 'Khu 3, tổ dân phố'): its name, on the next line,
 * is in no list. Not 'bản', 'làng', 'phố' alone, which end other words ('Nhật Bản', 'Bệnh viện Làng').
 */
const ENDS_WITH_HAMLET_WORD = /(?:^|[\s,;])(?:thôn|xóm|ấp|tổ dân phố|khu phố|thon|xom|to dan pho|khu pho)\.?$/u;
const HAMLET_NAME_WORD = /^[\p{Lu}\d][\p{L}\d]*$/u;
const HAMLET_NAME_MOST_WORDS = 2;
const MIDDLE_NAMES = new Set(['Văn', 'Thị', 'Van', 'Thi']);
const COMMON_SURNAMES = new Set(MOST_COMMON_SURNAMES);

/**
 * Whether `next` is the name a hamlet's unit word ending `above` waits for ('Xã Đồng Ích, thôn' over 'Mới'):
 * one or two capitalised words, never a person's ('Nguyễn Lan', 'Lê Văn'), which the signer's line under the
 * last entry would be — a person's name mostly has three words and starts with a common family name.
 */
export function hamletNameAfter(above: string, next: string): boolean {
  if (!ENDS_WITH_HAMLET_WORD.test(above.normalize('NFC').trim().toLowerCase())) return false;
  const words = next.normalize('NFC').trim().replace(/[,;.]+$/, '').split(/\s+/);
  if (words.length > HAMLET_NAME_MOST_WORDS || !words.every((word) => HAMLET_NAME_WORD.test(word))) return false;
  return words.length === 1 || (!COMMON_SURNAMES.has(words[0]!) && !MIDDLE_NAMES.has(words[1]!));
}

/** What each line break of the text stands for, in order: ', ' or ' ' (see the module comment). */
export function lineBreakSeparators(text: string): string[] {
  // Weighed in NFC: a Windows-1258 CSV (or a keyboard writing decomposed text) types the tone as a
  // combining mark after its letter ('huyê\u0323n'), which no unit word or listed name would match.
  const lines = text.normalize('NFC').split(LINE_BREAK).map((line) => line.trim());
  return lines.slice(1).map((line, i) => separatorBetween(lines[i]!, line));
}

/**
 * The texts (a cell's text and, for rich text, its runs' texts, which make it up in order) with each
 * line break of `text` replaced by what it stands for; texts without one as they are. `readable`: the
 * same text as it reads, for a cell typed in a legacy font (its decoded Unicode, same line breaks).
 */
export function placeLineBreaks(text: string, parts: readonly string[] = [text], readable = text): string[] {
  if (!text.includes('\n')) return [...parts];
  // The breaks are weighed in the text as it reads (a legacy font's decoded), when it keeps every break.
  const readableBreaks = readable.match(LINE_BREAKS)?.length ?? 0;
  const separators = lineBreakSeparators(readableBreaks === (text.match(LINE_BREAKS)?.length ?? 0) ? readable : text);
  let next = 0;
  return parts.map((part) => part.replace(LINE_BREAKS, () => separators[next++] ?? ' '));
}
