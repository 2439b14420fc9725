import type { RecordTypeName } from '../record-types/record-type.js';
import { foldHeader } from './header-text.js';

/**
 * The register a file or sheet name announces ('so-khai-sinh-2015.xlsx',
 * 'KT 2005', 'Sổ kết hôn'). Used only when the header names too few columns
 * particular to one register to tell it apart on its own.
 */
const HINTS: readonly [RegExp, RecordTypeName][] = [
  [/\b(khai sinh|ks|dang ky lai khai sinh)\b/, 'birth'],
  [/\b(ket hon|kh)\b/, 'marriage'],
  [/\b(khai tu|kt|chung tu)\b/, 'death'],
];

export function recordTypeHint(...names: readonly string[]): RecordTypeName | null {
  const folded = foldHeader(names.join(' ').replace(/[_\-.]/g, ' '));
  const found = HINTS.filter(([pattern]) => pattern.test(folded)).map(([, type]) => type);
  return found.length === 1 ? (found[0] ?? null) : null;
}
