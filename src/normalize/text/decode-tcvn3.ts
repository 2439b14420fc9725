/**
 * TCVN3 (ABC, TCVN 5712:1993) → Unicode, per legacy-encodings.md §3 and the
 * generated tables (tcvn3.csv / tcvn3-decode.csv).
 *
 * Default = what `.Vn…` office fonts implement: VN3 (67 lowercase letters and the
 * bare capitals Ă Â Ê Ô Ơ Ư Đ at A1–A7) plus the VN1 capital positions VN3 leaves
 * unused (harmless, §3.3). Bytes 0x80–0x9F and C0 positions are NOT decoded by
 * default: in .VnTime files they are Windows punctuation (§3.4), so a U+0080–U+009F
 * code unit is turned back into the Windows-1252 punctuation it was typed as.
 *
 * Case: VN3 cannot encode toned capitals, so `¸nh` decodes to `ánh` (§3.2). This
 * decoder does not guess capitals; the name normalizer re-capitalises name parts.
 */
import {
  TCVN3_VN1_COMBINING_MARKS,
  TCVN3_VN1_CONTROL_LETTERS,
  TCVN3_VN1_EXTRA_LETTERS,
  TCVN3_VN3_LETTERS,
} from '../../reference/legacy-tables.js';
import { byteTable, legacyByteOf, windows1252Char } from './legacy-bytes.js';

export interface Tcvn3Options {
  /** `.Vn…H` fonts draw every letter as a capital: upper-case the whole result (§3). */
  capitals?: boolean;
  /**
   * Full TCVN 5712 VN1 (glibc/libiconv `TCVN5712-1` output): also decode the C0
   * positions, 0x80–0x9F and the combining marks B0–B4. Off by default.
   */
  vn1?: boolean;
}

const VN3_TABLE = byteTable(TCVN3_VN3_LETTERS, TCVN3_VN1_EXTRA_LETTERS);
const VN1_TABLE = byteTable(TCVN3_VN3_LETTERS, TCVN3_VN1_EXTRA_LETTERS, TCVN3_VN1_CONTROL_LETTERS, TCVN3_VN1_COMBINING_MARKS);

/** Decode a TCVN3 cell string; never throws; characters that are not TCVN3 bytes pass through. */
export function decodeTcvn3(text: string, options: Tcvn3Options = {}): string {
  const table = options.vn1 === true ? VN1_TABLE : VN3_TABLE;
  // Characters that stay as they are are copied in stretches (`kept` = start of the current one), not one by one.
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const byte = legacyByteOf(code);
    const letter = byte < 0 ? undefined : table[byte];
    const decoded = letter ?? (byte >= 0x80 && byte <= 0x9f ? windows1252Char(byte) : undefined);
    if (decoded === undefined) continue;
    out += text.slice(kept, i) + decoded;
    kept = i + 1;
  }
  out = kept === 0 ? text : out + text.slice(kept);
  // VN1 C0 letters live below 0x80, so the loop above skips them: map them here.
  if (options.vn1 === true) out = out.replace(/[\x01-\x1f]/g, (ch) => table[ch.charCodeAt(0)] ?? ch).normalize('NFC');
  return options.capitals === true ? out.toUpperCase() : out;
}
