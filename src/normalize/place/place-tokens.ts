/**
 * Splits place text into segments (between commas, dashes, brackets …) of word tokens, each with
 * its folded key. "x.Tam Hợp" and "TT.Hương Canh" are split after the abbreviation's dot.
 */
import { foldText } from './fold.js';
import { DOTTED_TOKENS } from './place-words.js';

export interface PlaceToken {
  /** As typed. */
  raw: string;
  /** Folded (see fold.ts); dots kept only for abbreviations such as "x." or "tt.". */
  key: string;
}

// Place names of the province contain no hyphen, so every dash separates parts
// ("Tam Hợp - Bình Xuyên - Vĩnh Phúc", "Tam Hợp-Bình Xuyên").
const SEGMENT_SEPARATORS = /[,;:/\\|()[\]{}<>\n\r\t\u2010-\u2015\u2212-]+/;
const WHITESPACE = /\s+/;
const ABBREVIATION_GLUED = /^((?:\p{L}{1,4}\.)+)(\S+)$/u;
/** 'UBNDxã Tam Hợp': the authority's acronym typed without the space before the unit word. */
const AUTHORITY_GLUED = /^(UBND)(\p{Ll}\p{L}*|X[ãÃ]|XA|PHƯỜNG|Phường|THỊ|Thị)$/u;
const PLAIN_KEY = /^[a-z0-9]+$/;
const NOT_KEY_CHAR = /[^a-z0-9.]+/g;
const DOTS = /\./g;

function tokenKey(raw: string): string {
  const folded = foldText(raw);
  if (PLAIN_KEY.test(folded)) return folded;
  const key = folded.replace(NOT_KEY_CHAR, '');
  return DOTTED_TOKENS.has(key) ? key : key.replace(DOTS, '');
}

function pushToken(tokens: PlaceToken[], raw: string): void {
  const key = tokenKey(raw);
  if (key !== '') tokens.push({ raw, key });
}

/** The text's segments, each a non-empty list of tokens. */
export function placeSegments(text: string): PlaceToken[][] {
  const segments: PlaceToken[][] = [];
  for (const part of text.split(SEGMENT_SEPARATORS)) {
    const tokens: PlaceToken[] = [];
    for (const word of part.split(WHITESPACE)) {
      const glued = word.includes('.') && !DOTTED_TOKENS.has(tokenKey(word)) ? ABBREVIATION_GLUED.exec(word) : AUTHORITY_GLUED.exec(word);
      if (glued?.[1] !== undefined && glued[2] !== undefined) {
        pushToken(tokens, glued[1]);
        pushToken(tokens, glued[2]);
      } else {
        pushToken(tokens, word);
      }
    }
    if (tokens.length > 0) segments.push(tokens);
  }
  return segments;
}
