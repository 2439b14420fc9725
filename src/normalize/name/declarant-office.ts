/**
 * A declarant that is an organisation, not a person: the commune police or a hospital
 * declares the death of an unidentified person or of a patient no relative came for, a
 * pagoda or a care centre the birth of a child left with it ('Công an xã Tề Lỗ', 'Bệnh
 * viện đa khoa tỉnh Vĩnh Phúc', 'UBND xã Tề Lỗ', 'Chùa Hà Tiên'; Law on Civil Status
 * Art. 33(1), Decree 123/2015 Art. 14 for abandoned children; an employer, 'Công ty …', the death of a
 * foreign worker). Such a cell is no
 * personal name: it is kept as typed, cleaned as text only, with no name warning.
 * 'Công an' and 'CA' also begin a policeman's office ('Công an xã Nguyễn Văn Hải',
 * 'Công an viên …', declarant-relation.ts): they count as the organisation only when a
 * unit word follows ('xã', 'huyện') and no full name of a person after it.
 */
import { relationInsteadOfName } from './declarant-relation.js';
import { isKnownSurname } from './honorific.js';
import { foldedKey } from './name-keys.js';
import { canonicalText, trimEdgePunctuation } from './name-text.js';
import { hasNonAscii } from '../text/ascii.js';
import { NAME_INDEX } from '../place/commune-index.js';
import { foldName } from '../place/fold.js';
import { DISTRICT_ALIASES } from '../place/historical-units.js';

/** Organisations that declare births and deaths, lower case. */
const ORGANISATIONS = [
  // 'bvđkkv', 'bvđktw': bệnh viện đa khoa khu vực / trung ương typed as one word ('BVĐKKV Phúc Yên').
  'công an', 'ca', 'đồn công an', 'bệnh viện', 'bv', 'bvđk', 'bvđkkv', 'bvđktw', 'trạm y tế', 'tyt', 'trung tâm y tế', 'ttyt', 'phòng khám',
  'ubnd', 'ủy ban', 'uỷ ban', 'đồn biên phòng', 'ban chỉ huy quân sự', 'bchqs', 'nhà tạm giữ', 'trại tạm giam', 'trại giam',
  'cơ sở bảo trợ', 'trung tâm bảo trợ', 'làng trẻ em', 'chùa', 'nhà chùa', 'tu viện',
  // The employer of a foreign worker who died with no relative here (Law on Civil Status Art. 33(1): a body or
  // organisation concerned declares): 'Công ty TNHH Toyota Việt Nam', 'CTY TNHH SAMSUNG DISPLAY VN'.
  'công ty', 'cty', 'tổng công ty',
];
/** The police words that also begin a policeman's office. */
const POLICE = new Set(['công an', 'ca', 'cong an']);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefix = (words: readonly string[]): RegExp =>
  new RegExp(`^(${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])[\\s:.,\\-–—]*`, 'u');
const ORGANISATION = prefix(ORGANISATIONS);
const FOLDED_ORGANISATION = prefix(ORGANISATIONS.map((words) => foldedKey(words)));
/** First words of the organisations, as typed and folded: the cheap test every declarant cell is asked. */
const FIRST_WORDS = new Set([...ORGANISATIONS, ...ORGANISATIONS.map((words) => foldedKey(words))].map((words) => words.split(' ')[0]!));
/** An administrative unit after 'Công an' ('xã Tề Lỗ', 'huyện Yên Lạc'), as typed or folded, and the rest. */
const UNIT = /^(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|tp|xa|phuong|thi tran|thi xa|huyen|quan|tinh|thanh pho)(?![\p{L}])[\s.:]*/u;

/**
 * The head's office before an organisation ('Trưởng Công an thị trấn Thổ Tang', 'Chủ tịch UBND xã Tam Phúc', 'Trạm
 * trưởng Trạm y tế xã' declaring an abandoned child or an unidentified death), lower case with marks: the organisation
 * declared through its head, whose name the cell does not give.
 */
const HEAD_OFFICE = prefix(['trưởng', 'phó trưởng', 'chủ tịch', 'phó chủ tịch', 'trạm trưởng', 'giám đốc', 'phó giám đốc', 'trụ trì']);
const HEAD_OFFICE_FIRST_WORDS = new Set(['trưởng', 'phó', 'chủ', 'trạm', 'giám', 'trụ']);

/** The organisation a declarant cell names, cleaned as text, or null when the cell is no organisation's. */
export function organisationDeclarant(text: string): string | null {
  // A cleaned cell starts with its first letter; one with a space or a dash before it is cleaned first.
  const typed = text.charCodeAt(0) > 64 ? text : trimEdgePunctuation(canonicalText(text));
  const space = typed.indexOf(' ');
  if (space <= 0) return null;
  let first = typed.slice(0, space).toLowerCase();
  // 'CA: xã Tề Lỗ', 'BV. tỉnh': punctuation after the first word, seldom there.
  if (/[:.,]$/.test(first)) first = first.replace(/[:.,]+$/, '');
  // 'Trạm trưởng …' before 'Trạm y tế …': the head's office first, else the organisation itself.
  const head = HEAD_OFFICE_FIRST_WORDS.has(first) ? headOfOrganisation(typed) : null;
  if (head !== null) return head;
  if (!FIRST_WORDS.has(first)) return null;
  const cleaned = trimEdgePunctuation(canonicalText(typed));
  const lower = cleaned.toLowerCase();
  // Typed without marks, an organisation is known folded ('Cong an xa Te Lo').
  const match = hasNonAscii(lower) ? ORGANISATION.exec(lower) : FOLDED_ORGANISATION.exec(lower);
  if (match === null || match[0].length >= lower.length) return null;
  if (!POLICE.has(match[1]!)) return cleaned;
  const unit = UNIT.exec(lower.slice(match[0].length));
  if (unit === null) return null;
  // 'Công an xã Nguyễn Văn Hải': the commune's policeman, a person (a commune's name has two words, seldom a surname first).
  // Up to the first punctuation, and a full name alone: 'Công an xã Đồng Văn, Yên Lạc', 'Công an xã Kim Long Tam Dương'
  // and 'Công an xã Hồ Sơn Nguyễn Văn Hải' (officerAfterOrganisation) are the commune's police.
  const after = cleaned.slice(match[0].length + unit[0].length).split(NAME_SEPARATOR)[0]!.split(' ');
  return after.length <= NAME_WORDS + 1 && officerName(after) ? null : cleaned;
}

/**
 * A head's office before an organisation, the whole cell cleaned as text ('Trưởng Công an thị trấn Thổ Tang'); null when
 * no organisation follows ('Trưởng thôn Đồng Tâm') or a person's name does ('Chủ tịch UBND xã Nguyễn Văn Hải', 'Chủ tịch
 * UBND xã Trần Hải', read as that person with the office as relation).
 */
function headOfOrganisation(typed: string): string | null {
  const cleaned = trimEdgePunctuation(canonicalText(typed));
  // 'Trưởng công an xã' alone is who declared, read as that relation (NAME_DECLARANT_RELATION_ONLY).
  if (relationInsteadOfName(cleaned) !== null) return null;
  const office = HEAD_OFFICE.exec(cleaned.toLowerCase());
  if (office === null || office[0].length >= cleaned.length) return null;
  const rest = cleaned.slice(office[0].length);
  const organisation = organisationDeclarant(rest);
  if (organisation === null) return null;
  const unit = UNIT.exec(rest.toLowerCase().replace(ORGANISATION, ''));
  // The name may follow a dash or a colon ('Chủ tịch UBND xã - Nguyễn Văn Hải').
  const after = unit === null ? [] : rest.toLowerCase().replace(ORGANISATION, '').slice(unit[0].length).replace(LEADING_SEPARATOR, '').split(' ');
  return personAfterUnit(after) ? null : cleaned;
}

/**
 * Whether the words after the organisation's unit word are a person's name, not the commune's: three or more led by a
 * family name, or two ('Chủ tịch UBND xã Trần Hải') that name no commune or district of the lists ('Chủ tịch UBND xã
 * Hồ Sơn' is the commune's chairman, unnamed).
 */
function personAfterUnit(words: readonly string[]): boolean {
  if (words.length < SHORT_NAME_WORDS || !isKnownSurname(words[0]!)) return false;
  if (words.length > SHORT_NAME_WORDS) return true;
  const name = foldName(words.join(' '));
  return words.every((word) => /^\p{L}+$/u.test(word)) && !NAME_INDEX.has(name) && !DISTRICT_ALIASES.has(name);
}

const LEADING_SEPARATOR = /^[\s:,;\-–—]+/u;
/** The separator a clerk types between the organisation and its officer's name ('UBND xã Tam Phúc - Nguyễn Văn Hải'). */
const NAME_SEPARATOR = /\s*[,;:(]\s*|\s+[-–—]\s+/u;
/** The fewest words of an officer's name after the organisation's place: a family name, a middle name and a given name. */
const NAME_WORDS = 3;
/** A name of a family and a given name only ('Trần Hải'). */
const SHORT_NAME_WORDS = 2;
/** The fewest words of the place an organisation serves ('xã Tam Phúc', 'xã Bồ Lý'). */
const PLACE_WORDS = 2;

/**
 * The organisation (with its head's office, if typed) and the name of the person who declared for it, typed after the
 * place the organisation serves ('Chủ tịch UBND xã Tam Phúc Nguyễn Văn Hải', 'Công an xã Tề Lỗ - Lê Văn Tám'), or null
 * when no name follows. The name is led by a family name and comes after one word of the place at least (a unit word
 * and a name straight after it, 'UBND xã Nguyễn Văn Hải', is read by organisationDeclarant); without punctuation, it is
 * the last three words or four.
 */
export function officerAfterOrganisation(organisation: string): { relation: string; name: string } | null {
  const lower = organisation.toLowerCase();
  const head = HEAD_OFFICE.exec(lower);
  const start = head === null ? 0 : head[0].length;
  const named = ORGANISATION.exec(lower.slice(start));
  if (named === null) return null;
  const unit = UNIT.exec(lower.slice(start + named[0].length));
  if (unit === null) return null;
  const placeStart = start + named[0].length + unit[0].length;
  const after = organisation.slice(placeStart);
  const separator = NAME_SEPARATOR.exec(after);
  if (separator !== null) {
    const name = trimEdgePunctuation(after.slice(separator.index + separator[0].length).replace(/\s*\)\s*$/u, ''));
    if (separator.index === 0 || !officerName(name.split(' '))) return null;
    return { relation: organisation.slice(0, placeStart + separator.index), name };
  }
  const words = after.split(' ');
  for (let count = NAME_WORDS; count <= NAME_WORDS + 1; count++) {
    const first = words.length - count;
    if (first >= PLACE_WORDS && officerName(words.slice(first))) {
      return { relation: organisation.slice(0, placeStart) + words.slice(0, first).join(' '), name: words.slice(first).join(' ') };
    }
  }
  return null;
}

/** A person's full name: three words or more of letters led by a family name, not ending with a place of the lists ('Lý Tam Đảo'). */
function officerName(words: readonly string[]): boolean {
  if (words.length < NAME_WORDS || !isKnownSurname(words[0]!) || !words.every((word) => /^\p{L}+$/u.test(word))) return false;
  const tail = foldName(words.slice(-2).join(' '));
  return !NAME_INDEX.has(tail) && !DISTRICT_ALIASES.has(tail);
}
