/**
 * Cell characters back to legacy bytes (legacy-encodings.md §1): an .xlsx cell
 * holds the Windows-1252 view of the bytes. 0xA0–0xFF are the identity; 0x80–0x9F
 * arrive either as Windows-1252 punctuation (€ “ ” – …) or, after an ISO-8859-1
 * style decoder such as Node's TextDecoder('windows-1252'), as U+0080–U+009F.
 */
import { WINDOWS_1252_HIGH } from '../../reference/legacy-tables.js';

/** Windows-1252 punctuation character code → its byte 0x80–0x9F. */
const BYTE_OF_CP1252_CHAR: ReadonlyMap<number, number> = new Map(
  Object.entries(WINDOWS_1252_HIGH).map(([byte, ch]) => [ch.charCodeAt(0), byte.charCodeAt(0)]),
);

/** The legacy byte a UTF-16 code unit stands for, or -1 when it cannot be one. */
export function legacyByteOf(code: number): number {
  if (code <= 0xff) return code;
  return BYTE_OF_CP1252_CHAR.get(code) ?? -1;
}

/** Byte 0x80–0x9F shown as the Windows-1252 character the user typed (undefined for the 5 unassigned bytes). */
export function windows1252Char(byte: number): string | undefined {
  return WINDOWS_1252_HIGH[String.fromCharCode(byte)];
}

/** A 256-slot lookup from a table keyed by the byte's character; built once at module load. */
export function byteTable(...tables: Readonly<Record<string, string>>[]): readonly (string | undefined)[] {
  const slots: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const table of tables) {
    for (const [key, value] of Object.entries(table)) {
      const byte = key.charCodeAt(0);
      if (key.length === 1 && byte < 256 && slots[byte] === undefined) slots[byte] = value;
    }
  }
  return slots;
}
