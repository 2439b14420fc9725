/**
 * A cell of a column headed for both spouses ('Nơi cư trú của vợ, chồng', 'Dân tộc (chồng/vợ)') that says whose
 * each part is: 'Chồng: Thôn Nội, xã Thiện Kế; Vợ: Thôn Đồng Sậu, xã Hương Sơn', 'Vợ - Tày, chồng - Kinh', one
 * label per line. A clerk writes so when the spouses' values differ; unlabelled ('xã A - xã B', 'Kinh / Tày') the
 * cell stays one value for both, as it cannot be told whose part is whose.
 */
import type { SpouseRole } from '../ingest/header-per-spouse.js';

const HUSBAND = String.raw`(?:bên\s+chồng|người\s+chồng|chồng|bên\s+nam)`;
const WIFE = String.raw`(?:bên\s+vợ|người\s+vợ|vợ|bên\s+nữ)`;
/** A label, its colon or dash, then the part up to the other label (after a separator or a line break). */
const labelled = (first: string, second: string): RegExp =>
  new RegExp(String.raw`^\s*${first}\s*[:\-–—]\s*(\S[\s\S]*?)\s*[;,.]?\s+${second}\s*[:\-–—]\s*(\S[\s\S]*?)[\s;,.]*$`, 'iu');
const HUSBAND_FIRST = labelled(HUSBAND, WIFE);
const WIFE_FIRST = labelled(WIFE, HUSBAND);

/** Each spouse's part of a labelled shared cell, or null when the cell does not label both. */
export function spouseLabelledParts(text: string | undefined): Record<SpouseRole, string> | null {
  if (text === undefined || !text.includes(':') && !/[-–—]/.test(text)) return null;
  const normalized = text.normalize('NFC');
  const husbandFirst = HUSBAND_FIRST.exec(normalized);
  if (husbandFirst !== null) return { husband: husbandFirst[1]!, wife: husbandFirst[2]! };
  const wifeFirst = WIFE_FIRST.exec(normalized);
  return wifeFirst === null ? null : { husband: wifeFirst[2]!, wife: wifeFirst[1]! };
}
