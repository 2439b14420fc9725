/**
 * Remarks clerks type in a name cell beside the name: a nickname, an alias, the person's
 * death or relation. Bracketed ('Nguyễn Văn Hùng (sinh đôi)'), after a separator ('Phạm Thị
 * Lan - Cò', 'Nguyễn Văn Tư, Tý', '… / Tý', 'Nguyễn Văn Tám "Bảy"', 'Bà Nguyễn Thị Xuyến -
 * vợ ông Tài', '…, liệt sĩ'), or after a word that introduces an alias or the death ('Lê Thị
 * Hoa tức Nụ', 'Nguyễn Văn Tư tự Tý', 'Nguyễn Văn Tám đã chết') or the person's relation ('Nguyễn Văn Bình con
 * nuôi', 'Lê Thị Hoa mẹ đẻ'), or an acronym in capitals typed after it
 * ('Nguyễn Văn Hùng LS', 'Nguyễn Văn Bình TT'). Each is split off and kept
 * in the warning, so the entry loads with the name. Rules that keep real names whole and
 * two people typed in one cell unreadable:
 * - what stands before a separator or an alias word is a whole name: two words at least;
 * - after a separator other than '@' (an alias, 'a.k.a.'), two words or more that read as a name — a known
 *   surname first, or every word capitalised, and no remark word first ('vợ', 'đã', 'tức') — are a second
 *   person ('Nguyễn Văn An, Nguyễn Thị Bình'): nothing is split, and the separator makes the
 *   name unreadable (NAME_INVALID_CHARACTERS) as before;
 * - an alias word needs a word after it ('Nguyễn Văn Tức' is a name). 'tự' is also a name
 *   syllable ('Nguyễn Văn Tự Lập'): it counts only typed in lower case after a capitalised
 *   word ('Nguyễn Văn Tư tự Tý'); in a cell all in capitals or all in lower case it stays.
 */
import { ALIAS_MARKERS, LOWER_CASE_REMARKS, RELATION_REMARKS, REMARK_LEAD_WORDS, STATUS_REMARKS } from '../../reference/name-lists.js';
import { lookupNationalityName } from '../codes/nationality-index.js';
import { isKnownSurname } from './honorific.js';
import { isNameSyllable } from './word-flags.js';
import { foldedKey } from './name-keys.js';
import { SURNAME_FOLDED_KEYS } from './surname-keys.js';
import { hasNonAscii } from '../text/ascii.js';

/** A bracketed remark; an unclosed bracket runs to the end of the cell. */
const BRACKETED = /[([]([^()[\]]*)[)\]]?/gu;
/**
 * Where a remark after the name may start: a comma, semicolon, slash, double quote, an '@' (an alias: 'Trần Văn
 * Ba @ Cò', as forms write a.k.a.; not one between two letters, a letter mistyped: 'Lê Thị H@ng'), or a dash beside a
 * space (not a hyphen inside a word: 'Y-Moan').
 */
const SEPARATOR = /[,;/"]|(?<!\p{L})@|@(?!\p{L})| -+|-+ /gu;
/** The characters of SEPARATOR. */
const SEPARATOR_CHARACTER = /[,;/"@-]/;
/** Separators and stray punctuation around a remark. */
const REMARK_EDGES = /^[\s.,;:\-_*"'!/@]+|[\s.,;:\-_*"'!/@]+$/gu;
/** The first part of a remark: up to the next separator. */
const FIRST_PART = /^[^,;/"@]*?(?= -|- |[,;/"@]|$)/u;
const CAPITALISED = /^\p{Lu}/u;

const REMARK_LEADS = new Set(REMARK_LEAD_WORDS);
const markerWords = (markers: readonly string[]): string[][] => markers.map((marker) => marker.split(' '));
const ALIASES = markerWords(ALIAS_MARKERS.filter((marker) => marker !== 'tự'));
const ALIAS_LABELS: ReadonlySet<string> = new Set(ALIAS_MARKERS);
/** A bracket holding a word that introduces an alias or a former name, and what follows it ('(tên gọi khác) Lâm Cò'). */
const BRACKETED_LABEL = /[([]\s*([^()[\]]*?)\s*:?\s*[)\]]\s*:?\s*(?=\S)/gu;
const STATUSES = markerWords(STATUS_REMARKS);
/** Who the person is to the entry ('con nuôi', 'mẹ đẻ'), after a whole name. */
const RELATIONS = markerWords(RELATION_REMARKS);
/** An office, status or rank typed in lower case after the capitalised name ('… trưởng thôn', '… thương binh'). */
const LOWER_CASE = markerWords(LOWER_CASE_REMARKS);

/**
 * Removes the remarks of a clean, single-spaced name cell and returns them in the order typed; the caller reports them.
 * `foreign`: the name is a foreign national's, after which a country's name is their nationality, not a second person.
 */
export function extractRemarks(text: string, foreign = false): { rest: string; remarks: string[] } {
  const remarks: string[] = [];
  // 'Trần Văn Lâm (tên gọi khác) Lâm Cò': the words after the bracketed label are the alias, not the name's.
  // (A cell without a bracket, nearly every one, is not searched for a bracketed label.)
  const bracketed = text.includes('(') || text.includes('[');
  let rest = !bracketed
    ? text
    : text.replace(BRACKETED_LABEL, (match, inner: string, at: number) =>
        ALIAS_LABELS.has(inner.toLowerCase()) && /\S\s+\S/u.test(text.slice(0, at)) ? ` ${inner} ` : match,
      );
  // Loop so that nested brackets are peeled one level at a time.
  while (rest.includes('(') || rest.includes('[')) {
    const next = rest.replace(BRACKETED, (_match, inner: string) => {
      const remark = inner.trim();
      if (remark !== '') remarks.push(remark);
      return ' ';
    });
    if (next === rest) break;
    rest = next;
  }
  rest = rest.replace(/ {2,}/g, ' ').trim();
  const number = trailingNumber(rest);
  if (number !== null) {
    rest = number.name;
    remarks.push(number.remark);
  }
  const trailing = trailingRemark(rest, foreign);
  if (trailing !== null) rest = trailing.name;
  const alias = aliasRemark(rest);
  if (alias !== null) {
    rest = alias.name;
    remarks.push(alias.remark);
  }
  if (trailing !== null && trailing.remark !== null) remarks.push(trailing.remark);
  const acronym = acronymRemark(rest);
  if (acronym !== null) {
    rest = acronym.name;
    remarks.push(acronym.remark);
  }
  return { rest, remarks };
}

/**
 * An identity document's or a telephone number typed after a whole name with a space only ('Đỗ Thị Hằng
 * 026190001234', 'Lê Văn Hùng 0912345678', '… CCCD 026190001234', '… ĐT: 0912 345 678'): the number of a
 * CMND (9 digits), a personal ID (12), or a telephone (10 or 11 digits from 0, or +84), maybe after its label.
 * No name holds a figure, and no shorter number is taken: 'Nguyễn Thị Lan 2' stays unreadable as before.
 */
const TRAILING_NUMBER =
  /^(\p{L}+(?: \p{L}+)+?) (?:(?:số )?(?:cmnd|cccd|cmt|căn cước|sđt|đt|điện thoại|dđ|đtdđ)(?: số)? ?:? ?)?(\+?\d[\d .]*\d)$/iu;

function trailingNumber(text: string): { name: string; remark: string } | null {
  // Nearly every name ends in a letter: only a cell ending in a figure is searched.
  const last = text.charCodeAt(text.length - 1);
  if (last < 0x30 || last > 0x39) return null;
  const match = TRAILING_NUMBER.exec(text);
  if (match === null) return null;
  const digits = match[2]!.replace(/[ .]/g, '');
  const identity = digits.length === 9 || digits.length === 12;
  const telephone = (digits.startsWith('0') && (digits.length === 10 || digits.length === 11)) || (digits.startsWith('+84') && digits.length === 12);
  if (!identity && !telephone) return null;
  const name = match[1]!;
  // A name ends in its given name, never in Văn or Thị ('Nguyễn Văn 0912345678': the name is cut).
  if (MIDDLE_ONLY.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return null;
  return { name, remark: text.slice(name.length + 1) };
}

/**
 * The acronyms of a title, an office or a status clerks type after a name, in capitals without a vowel: liệt sĩ,
 * thương binh, bệnh binh, cựu chiến binh, trưởng thôn, tổ dân phố, cán bộ, đảng viên, bác sĩ, y sĩ, giáo viên, kỹ sư,
 * tiến sĩ, công nhân, chủ tịch, phó chủ tịch, bí thư, phó bí thư, đăng ký lại. Only listed ones: a capital word
 * without a vowel may be a name that lost its letter ('Nguyễn Thanh HNG', the Ư of HƯNG lost) or its initials.
 */
const REMARK_ACRONYMS: ReadonlySet<string> = new Set(['LS', 'TB', 'BB', 'CCB', 'TT', 'TDP', 'CB', 'ĐV', 'BS', 'YS', 'GV', 'KS', 'TS', 'CN', 'CT', 'PCT', 'BT', 'PBT', 'ĐKL']);
const HAS_LOWER = /\p{Ll}/u;

/** Whether the text's last word is one of REMARK_ACRONYMS ('… TT'), which normalizeName may take off. */
export function endsWithRemarkAcronym(text: string): boolean {
  return REMARK_ACRONYMS.has(text.slice(text.lastIndexOf(' ') + 1));
}

/**
 * Acronyms typed after a whole name without a separator ('Nguyễn Văn Hùng LS', 'Nguyễn Văn Bình TT'): a title
 * or an office, no word of the name (every syllable has a vowel). Only in a name typed in mixed case, whose
 * capitals tell the acronym apart, and never after Văn or Thị (a given name cut to its initials: 'Nguyễn Văn TH'),
 * nor after a foreign name, whose family name may be typed so ('Wai Ming NG').
 */
function acronymRemark(text: string): { name: string; remark: string } | null {
  if (!endsWithRemarkAcronym(text)) return null;
  const words = text.split(' ');
  let at = words.length;
  while (at > 0 && REMARK_ACRONYMS.has(words[at - 1] ?? '')) at--;
  if (at === words.length || at < 2) return null;
  const name = words.slice(0, at);
  const last = name[name.length - 1] ?? '';
  if (!name.some((word) => HAS_LOWER.test(word)) || MIDDLE_ONLY.has(last.toLowerCase()) || !isNameSyllable(last)) return null;
  // A Vietnamese name: marks, or a known family name first, typed with its marks or without ('Nguyen Van Hung GV'
  // as 'Mai Van Hung GV'). A foreign one keeps its family name in capitals ('Wai Ming NG').
  const first = name[0] ?? '';
  if (!name.some(hasNonAscii) && !isKnownSurname(first) && !SURNAME_FOLDED_KEYS.has(foldedKey(first))) return null;
  return { name: name.join(' '), remark: words.slice(at).join(' ') };
}

/**
 * The name before the first separator that follows a whole name, and what follows it; null when nothing is split.
 * A name ends in its given name, never in Văn or Thị: a separator after them is a slip inside the name ('Lê Thị
 * -Hoa', 'Trần Văn, Bình'), taken out with the remark null (the caller notes punctuation removed).
 */
function trailingRemark(text: string, foreign: boolean): { name: string; remark: string | null } | null {
  // Every separator holds one of these characters: a cell without them (nearly every one) has no remark after it.
  if (!SEPARATOR_CHARACTER.test(text)) return null;
  for (const match of text.matchAll(SEPARATOR)) {
    const name = text.slice(0, match.index).trim();
    if (!/\S\s+\S/u.test(name)) {
      // 'Nguyễn, Văn Hùng': a comma after the family name, the rest of the name after it.
      const after = text.slice(match.index + match[0].length).trim();
      if (match[0] === ',' && isKnownSurname(name) && restOfName(FIRST_PART.exec(after)?.[0].trim() ?? after)) {
        const repaired = `${name} ${after}`;
        return trailingRemark(repaired, foreign) ?? { name: repaired, remark: null };
      }
      continue;
    }
    const remark = text.slice(match.index).replace(REMARK_EDGES, '');
    // 'John SMITH - Hoa Kỳ': a foreign national's country typed after the name. What follows an '@' is the
    // person's other name, whatever it reads as ('… @ Chiến Què', '… @ Nguyễn Văn Bình').
    if (remark === '' || (match[0] !== '@' && readsAsName(remark) && !(foreign && lookupNationalityName(remark)?.kind === 'country'))) return null;
    if (match[0] !== '"' && MIDDLE_ONLY.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) && givenNameNext(text.slice(match.index + match[0].length))) {
      // Shorter by the separator each time: the rest of the cell may still hold a remark ('Lê Thị -Hoa, Bé').
      const repaired = `${name} ${text.slice(match.index + match[0].length).trim()}`;
      return trailingRemark(repaired, foreign) ?? { name: repaired, remark: null };
    }
    return { name, remark };
  }
  return null;
}

/**
 * Two to four name syllables and nothing else, the first no remark's word: the middle and given names after a family
 * name. Not when they end in Văn or Thị, or open with a family name and Văn or Thị: then they are the family and
 * middle names, or a whole name, and the word before the comma a given name that is also a family name ('Mai,
 * Nguyễn Thị', 'Hà, Trần Văn Nam' as lists sorted by given name type them): joined they would read as a wrong name.
 */
function restOfName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 4 || REMARK_LEADS.has(words[0]!.toLowerCase())) return false;
  if (!words.every((word) => /^\p{L}+$/u.test(word) && isNameSyllable(word))) return false;
  const middle = (word: string): boolean => MIDDLE_ONLY.has(word.toLowerCase());
  return !middle(words[words.length - 1]!) && !(isKnownSurname(words[0]!) && middle(words[1]!));
}

/** Middle names no name ends with (DOMAIN.md §4), lower case as typed with marks. */
const MIDDLE_ONLY: ReadonlySet<string> = new Set(['văn', 'thị']);

/** One word of a name's syllable shape, then the end or another separator: the given name cut off by the slip ('Hoa', 'Bình, Bé'). */
const NEXT_WORD = /^\s*(\p{L}+)\s*(?:$|[,;(]| -)/u;

/**
 * What follows the separator after Văn or Thị is the given name the slip cut off: one name syllable, no remark's
 * word. 'Nguyễn Hoàng Văn, ĐKL', 'Trần Thị Văn, con thứ hai': Văn is the given name, the rest a remark.
 */
function givenNameNext(rest: string): boolean {
  const word = NEXT_WORD.exec(rest)?.[1];
  return word !== undefined && !REMARK_LEADS.has(word.toLowerCase()) && !STATUS_REMARKS.some((remark) => remark === word.toLowerCase()) && isNameSyllable(word);
}

/** True when the first part of a remark reads as another person's name (see the module comment). */
function readsAsName(remark: string): boolean {
  const part = FIRST_PART.exec(remark)?.[0] ?? remark;
  const words = part.split(' ').filter((word) => word !== '');
  const first = words[0];
  // 'BD: Sơn Hà': a lead word keeps its colon.
  if (first === undefined || words.length < 2 || REMARK_LEADS.has(first.toLowerCase().replace(/:$/u, ''))) return false;
  return isKnownSurname(first) || words.every((word) => CAPITALISED.test(word));
}

/** An alias or the death told after the name without punctuation ('tức Nụ', 'đã chết'), and the name before it. */
function aliasRemark(text: string): { name: string; remark: string } | null {
  // A marker stands after a whole name of two words at least: a cell of two words or fewer has none.
  if (text.indexOf(' ', text.indexOf(' ') + 1) < 0) return null;
  const words = text.split(' ');
  // 'tên gọi khác: Lâm Cò', 'tức: Nụ': the colon after the marker is no part of it. Lowered whole, in one
  // case mapping: no letter's lower case depends on a word across a space.
  const lower = text.toLowerCase().split(' ').map((word) => (word.endsWith(':') ? word.slice(0, -1) : word));
  for (let at = 2; at < words.length; at++) {
    const alias = ALIASES.some((marker) => at + marker.length < words.length && startsAt(lower, at, marker));
    const courtesyName = words[at] === 'tự' && at + 1 < words.length && CAPITALISED.test(words[at - 1] ?? '');
    const status = STATUSES.some((marker) => startsAt(lower, at, marker));
    // 'Nguyễn Văn Con Đẻ': a name ends in its given name, never in Văn or Thị; there the words are the given name.
    const relation = !MIDDLE_ONLY.has(lower[at - 1] ?? '') && RELATIONS.some((marker) => startsAt(lower, at, marker));
    // Matched as typed: in lower case after a capitalised word ('Nguyễn Văn Thương Binh' is a name).
    const office = !MIDDLE_ONLY.has(lower[at - 1] ?? '') && CAPITALISED.test(words[at - 1] ?? '') && LOWER_CASE.some((marker) => startsAt(words, at, marker));
    if (alias || courtesyName || status || relation || office) return { name: words.slice(0, at).join(' '), remark: words.slice(at).join(' ') };
  }
  return null;
}

function startsAt(words: readonly string[], at: number, marker: readonly string[]): boolean {
  return marker.every((word, index) => words[at + index] === word);
}
