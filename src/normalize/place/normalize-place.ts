/**
 * Free-text places (birth place, residence, place of death): separator spacing, recasing of
 * all-capital / all-lower-case text, unit abbreviations written out, and the capitals of unit
 * names a TCVN3 font could not write (legacy-capitals.ts). The words themselves
 * are kept as typed — a free-text place may lie anywhere in the country, so it is not matched
 * against the province's lists here (matchCommune does that for registration places).
 */
import { ok, type Finding, type Normalized } from '../finding.js';
import { expandAbbreviations } from './abbreviations.js';
import { restoreLegacyCapitals, restoreOpeningCapital } from './legacy-capitals.js';
import { lowerUnitWords, recaseUniformPlace } from './place-case.js';
import { normalizeSeparators } from './place-separators.js';
import { NONE_MARKERS } from '../../reference/name-lists.js';
import { isBlankMark } from '../text/blank-mark.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';

/** A cell saying the place is not known, as a name cell says it of a name (NONE_MARKERS), lower case. */
/** A marker alone, or with the place word it qualifies ('Không rõ địa chỉ', 'Chưa rõ nơi chết'). */
const NOT_KNOWN: ReadonlySet<string> = new Set([
  ...NONE_MARKERS,
  ...['không rõ', 'chưa rõ', 'không xác định', 'chưa xác định'].flatMap((marker) =>
    ['địa chỉ', 'nơi sinh', 'nơi chết', 'nơi cư trú', 'nơi ở', 'chỗ ở'].map((word) => `${marker} ${word}`),
  ),
]);
const LONGEST_NONE_MARKER = Math.max(...[...NOT_KNOWN].map((marker) => marker.length));
// Longer than any address; beyond it the text is kept as typed, unchanged, to bound the work.
const MAX_PLACE_LENGTH = 2000;

function asText(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** How the place's text was typed, as the text cleaner found. */
export interface PlaceTyping {
  /** Decoded from TCVN3, whose font has no toned capitals: the first letter may be a capital it lost (restoreOpeningCapital). */
  tcvn3?: boolean;
}

const PART_SPLIT = /(,\s*|;\s*|\s-\s)/;
const LOWER_LETTER = /\p{Ll}/u;
/** A word of two letters or more in capitals with a vowel: no acronym ('UBND', 'TDP', 'KCN' have none, or are listed). */
const CAPITALS_WORD = /(?<!\p{L})(?=[^\s]*[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])\p{Lu}{2,}(?!\p{L})/u;
const ACRONYM_WORDS = new Set(['UBND', 'HĐND', 'CHDCND', 'CHXHCN', 'CHXHCNVN', 'CHLB', 'CHND', 'HCM', 'BVĐK', 'PKĐK', 'TTYT', 'TYT', 'KCN', 'HTX', 'YHCT']);
/** Unit words typed in lower case opening a part ('xã ', 'thôn ', 'UBND xã '), before a name. */
const LOWER_UNIT_PREFIX = /^(?:(?:UBND|Trạm y tế|TYT|Nhà hộ sinh)\s+)?(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|xóm|tổ dân phố|tổ|khu phố|khu|ấp|bản|làng)\s+(?=\p{Lu})/u;
/** A capitalised unit word typed at the start of a later part ('…, Xã Tam Hợp'): the typist's style keeps such capitals. */
const TYPED_CAPITAL_UNIT_INSIDE = /(?:[,;]\s*|\s-\s)(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh|Thôn|Xóm)(?=\s)/u;

/**
 * A mixed-case place some parts of which are typed all in capitals ('THÔN NGỌC BẢO, xã Tam Hợp', a part typed
 * with Caps Lock or in a .VnTimeH run): those parts are recased as a capitals text is ('Thôn Ngọc Bảo, xã Tam
 * Hợp'), a unit word opening a later one in lower case unless the typist capitalised one there; a name in
 * capitals after a unit word typed in lower case too ('Thôn Ngọc Bảo, xã TAM HỢP'). Null when no
 * part is in capitals with a word that is no acronym, or when no part is in mixed or lower case.
 */
function recaseCapitalParts(text: string): string | null {
  const pieces = text.split(PART_SPLIT);
  const isCapitals = (part: string): boolean => {
    if (LOWER_LETTER.test(part)) return false;
    const words = (part.match(new RegExp(CAPITALS_WORD.source, 'gu')) ?? []).filter((word) => !ACRONYM_WORDS.has(word));
    // 'USA', 'CTY TNHH ABC', 'NEW YORK' are no Vietnamese words, and 'NY', 'UK' too short to tell: kept as typed.
    return words.length > 0 && words.every(isVietnameseSyllable) && words.some((word) => word.length > 2 || !/^[A-Z]+$/.test(word));
  };
  let changed = false;
  const lowerInside = !TYPED_CAPITAL_UNIT_INSIDE.test(text);
  const out = pieces.map((piece, index) => {
    if (index % 2 === 1) return piece;
    // 'xã TAM HỢP': a unit word typed in lower case before a name in capitals keeps its case.
    const unit = LOWER_UNIT_PREFIX.exec(piece)?.[0] ?? '';
    const name = piece.slice(unit.length);
    if (!isCapitals(name)) return piece;
    const recased = recaseUniformPlace(name);
    if (recased === null || recased === name) return piece;
    changed = true;
    if (unit !== '') return unit + recased;
    return index > 0 && lowerInside ? lowerUnitWords(`x ${recased}`).slice(2) : recased;
  });
  return changed && pieces.some((piece, index) => index % 2 === 0 && LOWER_LETTER.test(piece)) ? out.join('') : null;
}

/** Cleans a free-text place; '' for empty input, a cell saying it is not known, or a blank mark ('-', '…'). Never throws; idempotent. */
export function normalizePlace(text: string, typing: PlaceTyping = {}): Normalized<string> {
  const input = asText(text).trim();
  if (input.length > MAX_PLACE_LENGTH) return ok(input);
  const spaced = normalizeSeparators(input);
  // 'Không rõ', 'Chưa rõ', '?': the book says the place is not known; a marker is short, so the length is tested first.
  if (spaced === '' || (spaced.length <= LONGEST_NONE_MARKER && (NOT_KNOWN.has(spaced.toLowerCase()) || isBlankMark(spaced)))) return ok('');
  const findings: Finding[] = [];
  const typed = typing.tcvn3 === true ? restoreOpeningCapital(spaced) : spaced;
  const uniform = recaseUniformPlace(typed) ?? recaseCapitalParts(typed);
  const recased = uniform ?? typed;
  if (recased !== spaced) findings.push({ code: 'PLACE_CASE_NORMALIZED', from: spaced, to: recased, params: { to: recased } });
  const { text: written, expanded: forms } = expandAbbreviations(recased);
  // A text this cleaner recased writes its expanded unit words as it wrote the others ('X. TAM HỢP, H. BÌNH XUYÊN' → 'Xã Tam Hợp, huyện Bình Xuyên').
  const expanded = uniform === null || forms.length === 0 ? written : lowerUnitWords(written);
  if (forms.length > 0) {
    findings.push({ code: 'PLACE_ABBREVIATION_EXPANDED', from: recased, to: expanded, params: { expansions: forms.join('; ') } });
  }
  const capitalised = restoreLegacyCapitals(expanded);
  if (capitalised !== expanded) findings.push({ code: 'PLACE_CASE_NORMALIZED', from: expanded, to: capitalised, params: { to: capitalised } });
  return ok(capitalised, findings);
}
