/**
 * Decomposed text whose tone mark came before the mark that shapes its vowel — 'Tie'
 * U+0301 U+0302 'n' for Tiến, 'Tuye' U+0300 U+0302 't' for Tuyết: a keyboard or a
 * converter that wrote the marks in the order they were typed (tone key first). The
 * acute and the circumflex share one canonical combining class (230), so NFC keeps
 * that order and composes only the first ('Tién' plus a loose hat), which no name can
 * hold. Vietnamese puts the hat, breve or horn on the letter first and the tone on top
 * (legacy-encodings.md §6), so the shape mark goes first; NFC then composes the letter.
 */

/** Tone marks (huyền, sắc, ngã, hỏi, nặng) right before a hat, breve or horn. */
const TONE_BEFORE_SHAPE = /([\u0300\u0301\u0303\u0309\u0323]+)([\u0302\u0306\u031b]+)/gu;

/** `text` with every vowel's shape mark put before its tone mark; unchanged when none follows a tone. */
export function orderVowelMarks(text: string): string {
  return text.replace(TONE_BEFORE_SHAPE, '$2$1');
}
