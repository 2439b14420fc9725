/**
 * Brings a date cell's text to one comparable form: lower case, ASCII letters
 * without diacritics (some cells lost them: 'ngay 5 thang 3 nam 1990'),
 * ASCII digits, '-' for every dash, ' for every curly quote, single spaces.
 */

/**
 * The date vocabulary as it arrives from cells typed in legacy fonts and never
 * decoded: TCVN3 (.VnTime: 'ngµy 15 th¸ng 8 n¨m 1975') and VNI ('ngaøy 15
 * thaùng 8 naêm 1975'). Each letter mapped through /work/shared/reference/tcvn3.csv
 * (column vntime_mojibake) and vni.csv (vni_mojibake), which come from the
 * Unikey/VBKey/xvnkb tables (see reference/legacy-encodings.md §3–4); the two
 * worked examples of §3 are test vectors. Only these words are repaired here —
 * full decoding belongs to the text-encoding step.
 */
const LEGACY_DATE_WORDS: Readonly<Record<string, string>> = {
  'ngµy': 'ngày', 'ngaøy': 'ngày',
  'th¸ng': 'tháng', 'thaùng': 'tháng',
  'n¨m': 'năm', 'naêm': 'năm',
  'mång': 'mồng', 'moàng': 'mồng',
  'mïng': 'mùng', 'muøng': 'mùng',
  'kho¶ng': 'khoảng', 'khoaûng': 'khoảng',
  'chõng': 'chừng', 'chöøng': 'chừng',
  '\u00adíc': 'ước', 'öôùc': 'ước',
  'tÝnh': 'tính', // VNI writes 'tính' with the Unicode code points
  '©m': 'âm', 'aâm': 'âm',
  'lÞch': 'lịch', 'lòch': 'lịch',
  'd\u00ad¬ng': 'dương', 'döông': 'dương',
  'kh«ng': 'không', 'khoâng': 'không',
  'râ': 'rõ', 'roõ': 'rõ',
  'ch\u00ada': 'chưa', 'chöa': 'chưa',
  'biÕt': 'biết', 'bieát': 'biết',
  'x¸c': 'xác', 'xaùc': 'xác',
  '®Þnh': 'định', 'ñònh': 'định',
  'giªng': 'giêng', 'gieâng': 'giêng',
  'ch¹p': 'chạp', 'chaïp': 'chạp',
  'nhuËn': 'nhuận', 'nhuaän': 'nhuận',
  'giê': 'giờ', 'giôø': 'giờ',
  'phót': 'phút', 'phuùt': 'phút',
  'lóc': 'lúc', 'luùc': 'lúc',
  'vµo': 'vào', 'vaøo': 'vào',
};

const legacyByLowerForm = new Map(Object.entries(LEGACY_DATE_WORDS).map(([legacy, word]) => [legacy.toLowerCase(), word]));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only: 'giê' (TCVN3 'giờ') must not bite into 'giêng'. */
const LEGACY_WORD = new RegExp(
  `(?<![\\p{L}\\u00a1-\\u00ff])(?:${[...legacyByLowerForm.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\u00a1-\\u00ff])`,
  'gu',
);
const HAS_LATIN1 = /[\u00a0-\u00ff]/;
const COMBINING_MARKS = /\p{M}+/gu;
const D_LOOKALIKES = /[đð]/g;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
/** Curly quotes Word and Excel's autocorrect put where the clerk typed ' or " ('‘05/01/2001'). */
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033]/g;
const SPACES = /\s+/g;

export function foldDateText(raw: string): string {
  let text = raw.toLowerCase();
  if (HAS_LATIN1.test(text)) text = text.replace(LEGACY_WORD, (legacy) => legacyByLowerForm.get(legacy) ?? legacy);
  // NFKD also turns full-width digits and letters into ASCII, and NBSP into a space.
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LOOKALIKES, 'd')
    .replace(INVISIBLES, '')
    .replace(DASHES, '-')
    .replace(QUOTES, "'")
    .replace(SPACES, ' ')
    .trim();
}
