/**
 * Accent folding for place-name lookup. Folding drops every diacritic, so the two tone-mark
 * conventions (Hòa/Hoà, Thụy/Thuỵ — DOMAIN.md §4.1) and typing without diacritics ("xa Tam Hop")
 * all give one key. Within Vĩnh Phúc's lists folding merges no two different names of the same
 * period except real homonyms (Xuân Hoà 08746 / Xuân Hòa 08794), which the matcher reports.
 */

const COMBINING_MARKS = /\p{M}/gu;
// đ has no Unicode decomposition; ð (U+00F0) is what some legacy converters emit for đ.
const D_WITH_STROKE = /[đð]/g;

function foldSlow(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(D_WITH_STROKE, 'd');
}

// Latin, Latin Extended and Vietnamese (U+1EA0-U+1EF9) folded once at load: matching runs on
// every row, and per-character table lookups are several times cheaper than String.normalize.
const TABLE_END = 0x1f00;
const FOLDED_CHAR: readonly string[] = Array.from({ length: TABLE_END }, (_, code) =>
  foldSlow(String.fromCharCode(code)),
);

/** Lower-case, diacritics dropped, đ → d. Keeps every other character. */
export function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    folded += code < TABLE_END ? (FOLDED_CHAR[code] ?? '') : foldSlow(text.charAt(i));
  }
  return folded;
}

const NOT_KEY_CHAR = /[^a-z0-9]+/g;

/** A name's lookup key: folded words joined by single spaces ("Thị Trấn Thổ Tang" → "thi tran tho tang"). */
export function foldName(text: string): string {
  return foldText(text).replace(NOT_KEY_CHAR, ' ').trim();
}
