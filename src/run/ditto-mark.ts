import { decodeLegacy, type LegacyEncoding } from '../normalize/text/legacy-encoding.js';

/**
 * The longest mark read: '- như trên. -' (13) in its VNI form ('- nhö treân. -') or
 * decomposed (NFD, 15). Longer cells (most names, places, remarks) are never tested.
 */
const MAX_DITTO_LENGTH = 16;

/**
 * A ditto mark: '"', '〃', '”', 'nt', 'n.t', '- nt -', 'như trên', 'Như trên.' ("as above"),
 * or two slashes '//', '-//-' (the two strokes of '〃' as typed on a keyboard; the usual
 * mark of Vietnamese tables). A single '/' and a date left blank ('  /  /') stay blank marks.
 */
const DITTO = /^[\s\-–—]*(?:["“”〃″]{1,2}|'{2}|\/\/|n\.?\s?t\.?|như\s+trên\.?|nhu\s+tren\.?)[\s\-–—]*$/iu;

/**
 * 'như trên' as a legacy font or code page stores it, read before its cell is
 * decoded: TCVN3 'nh\u00ad trªn' ('NH¦ TR£N'), VNI 'nhö treân', Windows-1258 seen as
 * Windows-1252 'nhý trên', UTF-8 seen as Windows-1252 'nhÆ° trÃªn', or Unicode
 * decomposed ('nhu\u031b tre\u0302n'): 'nh', a few code units, 'tr', a few, 'n'.
 * Only a cell of this shape is decoded (legacyDitto).
 */
const LEGACY_DITTO_SHAPE = /^[\s\-–—]*nh\S{1,3}\s+tr\S{1,4}n\.?[\s\-–—]*$/iu;

/** Tried in turn on a cell of that shape; none turns Unicode text into 'như trên'. */
const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'cp1258', 'utf8-mojibake'];

/**
 * The ditto mark a cell holds, as the clerk saw it ('như trên' for a TCVN3 or VNI
 * cell, whatever its font or its sheet says: no other text stores so); null when
 * the cell is no mark. Runs on every cell of a register: a cell longer than any
 * mark, or not beginning as one ('n', 'N', a quote, a dash, a space), costs a length
 * and a character test; a legacy form is decoded only once it has the shape of one.
 */
export function dittoMark(text: string): string | null {
  if (text.length > MAX_DITTO_LENGTH || !beginsAsMark(text)) return null;
  if (DITTO.test(text)) return text;
  return LEGACY_DITTO_SHAPE.test(text) ? legacyDitto(text) : null;
}

/**
 * 'nt', 'n.t', 'n t', 'nh…' in either case, or a quote, a dash, a slash, a space or any non-ASCII
 * character first ('〃', '“', '–', a no-break space): 'Nguyễn …', 'Nam', 'Nữ' and dates stop here.
 */
function beginsAsMark(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 0x6e || first === 0x4e) {
    const second = text.charCodeAt(1);
    const lower = second | 0x20;
    return lower === 0x68 || lower === 0x74 || second === 0x2e || second === 0x20 || second === 0xa0;
  }
  return first === 0x22 || first === 0x27 || first === 0x2d || first === 0x2f || first <= 0x20 || first >= 0x80;
}

/** A legacy or decomposed 'như trên', decoded (NFC); null for any other text. */
function legacyDitto(text: string): string | null {
  const composed = text.normalize('NFC');
  if (DITTO.test(composed)) return composed;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decodeLegacy(text, encoding).normalize('NFC');
    if (DITTO.test(decoded)) return decoded;
  }
  return null;
}
