/** Text encodings hotich reads CSV files in (names as iconv-lite knows them). */
export type CsvEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1258' | 'windows1252';
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/**
 * Decides a CSV file's encoding from its first bytes: a BOM wins; then valid
 * UTF-8; otherwise Windows-1258 when decoding as 1258 yields Vietnamese
 * letters with few orphaned tone marks, else Windows-1252 (legacy TCVN3/VNI
 * text saved by an 8-bit Excel arrives that way, and the text normalizer
 * decodes it later).
 */
export function sniffEncoding(sample: Buffer): CsvEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf16be';
  const utf16 = utf16WithoutBom(sample);
  if (utf16 !== null) return utf16;
  if (isUtf8(sample) || isMostlyUtf8(sample)) return 'utf8';
  return looksLikeWindows1258(sample) ? 'windows1258' : 'windows1252';
}

/** Share of a sample's two-byte units whose one half is zero, at least, in UTF-16 text written without its BOM. */
const UTF16_MIN_ZERO_HALVES = 0.25;
/** Share of the units whose other half is zero, at most (U+0100, U+1E00 … are rare; ASCII is most of a register's bytes). */
const UTF16_MAX_OTHER_ZEROES = 0.02;

/**
 * UTF-16 without its byte order mark (an export tool's 'Unicode text', a file cut from
 * another): every ASCII letter, digit, tab and line end carries a zero byte after it (LE)
 * or before it (BE), which UTF-8, Windows-1258 and legacy TCVN3/VNI text never hold.
 */
export function utf16WithoutBom(sample: Uint8Array): 'utf16le' | 'utf16be' | null {
  const units = Math.floor(Math.min(sample.length, 4096) / 2);
  if (units < 2) return null;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let unit = 0; unit < units; unit++) {
    if (sample[2 * unit] === 0) zeroFirst++;
    if (sample[2 * unit + 1] === 0) zeroSecond++;
  }
  if (zeroSecond >= UTF16_MIN_ZERO_HALVES * units && zeroFirst <= UTF16_MAX_OTHER_ZEROES * units) return 'utf16le';
  if (zeroFirst >= UTF16_MIN_ZERO_HALVES * units && zeroSecond <= UTF16_MAX_OTHER_ZEROES * units) return 'utf16be';
  return null;
}

function isUtf8(sample: Buffer): boolean {
  // The sample may end inside a multi-byte character: drop up to 3 trailing bytes.
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back];
    if (byte === undefined || byte < 0x80) break;
    if (byte >= 0xc0) {
      end -= back;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Valid multi-byte UTF-8 characters, at least, for a file with a few bytes that are not UTF-8 to be read as UTF-8. */
const MOSTLY_UTF8_MIN_CHARACTERS = 8;
/** Valid multi-byte characters per stray byte, at least. */
const MOSTLY_UTF8_RATIO = 10;

/**
 * UTF-8 text holding a few bytes that are no UTF-8 (a word pasted from an ANSI or legacy-font source into one
 * cell): its Vietnamese letters are well-formed multi-byte characters by the dozen, which Windows-1258 or
 * TCVN3/VNI text forms only by chance. Read as UTF-8, the stray bytes become U+FFFD in their own cells, and
 * only those entries are rejected (TEXT_REPLACEMENT_CHARACTER); read as Windows-125x, every letter would be.
 */
function isMostlyUtf8(sample: Buffer): boolean {
  let valid = 0;
  let stray = 0;
  for (let at = 0; at < sample.length; ) {
    const byte = sample[at]!;
    if (byte < 0x80) {
      at++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) {
      stray++;
      at++;
      continue;
    }
    // A character cut by the end of the sample is neither.
    if (at + length > sample.length) break;
    let continuation = 1;
    while (continuation < length && (sample[at + continuation]! & 0xc0) === 0x80) continuation++;
    if (continuation === length) {
      valid++;
      at += length;
    } else {
      stray++;
      at++;
    }
  }
  return stray > 0 && valid >= MOSTLY_UTF8_MIN_CHARACTERS && valid >= MOSTLY_UTF8_RATIO * stray;
}

/** CP1258 combining tone marks (0xCC 0xEC 0xDE 0xD2 0xF2) and the letters only CP1258 has. */
const CP1258_TONE_MARKS = new Set([0xcc, 0xec, 0xde, 0xd2, 0xf2]);
const CP1258_VOWEL_BYTES = new Set([0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd, 0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd]);
const ASCII_VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));

/**
 * Bytes that are letters in TCVN3 (.VnTime: Ă Â Ê Ô Ơ Ư Đ at A1–A7, ă â ê ô ơ ư đ at A8–AE,
 * à ả ã á ạ at B5–B9, …; legacy-encodings.md §3) but punctuation and symbols in CP1258
 * (¡ … ¿), which Vietnamese text in CP1258 hardly uses. NBSP (A0) is left out: both have it.
 */
const TCVN3_LETTERS_FIRST = 0xa1;
const TCVN3_LETTERS_LAST = 0xbf;

function looksLikeWindows1258(sample: Buffer): boolean {
  // In CP1258 text a tone-mark byte follows a vowel; in TCVN3/VNI bytes viewed
  // the same way those byte values mostly follow consonants or stand alone. TCVN3
  // 'ề' is 0xD2, the CP1258 hook, and follows the i/y of 'iề'/'uyề' (Hiền, Quyền):
  // its other letters, CP1258 symbols, outvote that (a small book of men's names
  // without 'Thị' has only a few tone marks to count).
  let afterVowel = 0;
  let elsewhere = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === undefined || byte < TCVN3_LETTERS_FIRST) continue;
    if (byte <= TCVN3_LETTERS_LAST) {
      elsewhere++;
      continue;
    }
    if (!CP1258_TONE_MARKS.has(byte)) continue;
    const previous = i > 0 ? sample[i - 1] : undefined;
    if (previous !== undefined && (ASCII_VOWELS.has(previous) || CP1258_VOWEL_BYTES.has(previous))) afterVowel++;
    else elsewhere++;
  }
  return afterVowel >= 3 && afterVowel >= 4 * elsewhere;
}

/**
 * A line's end: CR LF (Windows), LF, or CR alone — Excel's 'CSV (Macintosh)' ends its records
 * with CR and keeps LF for the line breaks typed inside a cell (Alt+Enter: 'Họ và tên⏎người chết').
 */
const LINE_END = /\r\n|\r|\n/;

/**
 * Picks the delimiter that splits the first lines into the most consistent
 * number of fields (title lines above the header have none, so they are
 * ignored rather than allowed to vote). '|' is a database tool's export; a bar
 * typed in a remark of a comma or semicolon file never splits it more often.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const lines = text.split(LINE_END).filter((line) => line.trim() !== '').slice(0, 40);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of [',', ';', '\t', '|'] as const) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const fields = countOutsideQuotes(line, delimiter);
      if (fields > 0) counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    for (const [fields, lineCount] of counts) {
      const score = lineCount * Math.min(fields, 30);
      if (score > bestScore) {
        bestScore = score;
        best = delimiter;
      }
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * A word with '?' where a letter was: '??ng ký', 'Nguy?n', 'n?m'. A question mark
 * ends a word ('không?'), it never opens one nor sits between two letters.
 */
const LOST_LETTER = /\?\p{L}|\p{L}\?+\p{L}/gu;
/** A Vietnamese letter outside Windows-1252 (ă đ ơ ư ĩ ũ, ạ … ỹ): where one is left, none was lost. */
const LETTER_BEYOND_1252 = /[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]/u;
/** Words with a lost letter needed in the lines read (a header row alone has a dozen). */
const MIN_LOST_LETTER_WORDS = 3;

/**
 * True when the text (the first lines of a CSV file, decoded) lost its Vietnamese
 * letters: a Unicode book saved by Excel as 'CSV (Comma delimited)', whose ANSI code
 * page (Windows-1252 on most PCs) has no ă, đ, ơ, ư or the toned letters beyond
 * Latin-1, so each became '?' ('H? và tên', 'Ngày ??ng ký'). What is gone cannot be
 * read back; the file must be saved again as 'CSV UTF-8'.
 */
export function lostVietnameseLetters(text: string): boolean {
  if (!text.includes('?') || LETTER_BEYOND_1252.test(text)) return false;
  const lines = text.split(LINE_END).filter((line) => line.trim() !== '').slice(0, 40);
  let words = 0;
  for (const line of lines) {
    words += line.match(LOST_LETTER)?.length ?? 0;
    if (words >= MIN_LOST_LETTER_WORDS) return true;
  }
  return false;
}

/** Any character beyond ASCII but U+FFFD and a byte order mark: a letter that survived. */
const KEPT_NON_ASCII = /[^\x00-\x7f\ufffd\ufeff]/u;

/**
 * True when the text (the first lines of a CSV file, decoded as UTF-8) lost every
 * letter beyond ASCII to U+FFFD: a file of legacy bytes (TCVN3 or VNI as Windows-1252,
 * an ANSI export) opened by a tool as UTF-8 and saved again, so each byte that was a
 * Vietnamese letter became '�' ('S� ��NG K�', 'H� v� t�n'). What is gone cannot be read
 * back. Only when no other non-ASCII character is left and at least three words show it
 * (a header row alone has a dozen): a Unicode file with a '�' in one entry is read, and
 * that entry is rejected on its own (TEXT_REPLACEMENT_CHARACTER).
 */
export function lettersReplaced(text: string): boolean {
  if (!text.includes('\ufffd')) return false;
  const lines = text.split(LINE_END).filter((line) => line.trim() !== '').slice(0, 40);
  if (lines.some((line) => KEPT_NON_ASCII.test(line))) return false;
  let words = 0;
  for (const line of lines) {
    words += new Set(line.split(/[\s,;\t"]+/).filter((word) => word.includes('\ufffd'))).size;
    if (words >= MIN_LOST_LETTER_WORDS) return true;
  }
  return false;
}
