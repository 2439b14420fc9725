/**
 * Two mojibake families that are not font tricks but code-page mix-ups
 * (legacy-encodings.md §5): Windows-1258 bytes read as Windows-1252
 * (`NguyêÞn`, `HoÌa`), and UTF-8 bytes read as Windows-1252 (`Nguyá»…n`, `HÃ  Ná»™i`).
 */
import { CP1258_MISREAD_AS_CP1252 } from '../../reference/legacy-tables.js';
import { legacyByteOf } from './legacy-bytes.js';

const CP1258_CHARS = new RegExp(`[${Object.keys(CP1258_MISREAD_AS_CP1252).join('')}]`, 'g');

/**
 * Windows-1258 seen through Windows-1252: map the 14 differing characters back
 * (Ã→Ă, Ð→Đ, Õ→Ơ, Ý→Ư, þ→₫…, and Ì Ò Þ ì ò → the combining tone marks CP1258
 * stores after the letter), then NFC composes the marks onto their letters.
 */
export function decodeCp1258Mojibake(text: string): string {
  return text.replace(CP1258_CHARS, (ch) => CP1258_MISREAD_AS_CP1252[ch] ?? ch).normalize('NFC');
}

/** Continuation byte 0x80–0xBF at position i, or -1. */
function continuation(text: string, i: number): number {
  if (i >= text.length) return -1;
  const byte = legacyByteOf(text.charCodeAt(i));
  return byte >= 0x80 && byte <= 0xbf ? byte : -1;
}

/** Length and code point of a well-formed UTF-8 sequence starting at i (RFC 3629), or null. */
function sequenceAt(text: string, i: number): [number, number] | null {
  const lead = legacyByteOf(text.charCodeAt(i));
  if (lead < 0xc2 || lead > 0xf4) return null;
  const b1 = continuation(text, i + 1);
  if (b1 < 0) return null;
  if (lead < 0xe0) return [2, ((lead & 0x1f) << 6) | (b1 & 0x3f)];
  // Reject overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if ((lead === 0xe0 && b1 < 0xa0) || (lead === 0xed && b1 > 0x9f)) return null;
  if ((lead === 0xf0 && b1 < 0x90) || (lead === 0xf4 && b1 > 0x8f)) return null;
  const b2 = continuation(text, i + 2);
  if (b2 < 0) return null;
  if (lead < 0xf0) return [3, ((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)];
  const b3 = continuation(text, i + 3);
  if (b3 < 0) return null;
  return [4, ((lead & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)];
}

/** Re-read every well-formed UTF-8 byte sequence (seen as Windows-1252 characters); the rest passes through. */
export function decodeUtf8Mojibake(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const sequence = text.charCodeAt(i) >= 0xc2 ? sequenceAt(text, i) : null;
    if (sequence === null) {
      out += text.charAt(i);
      continue;
    }
    out += String.fromCodePoint(sequence[1]);
    i += sequence[0] - 1;
  }
  return out.normalize('NFC');
}
