/**
 * A cell of a column headed for both spouses ('Nơi cư trú của vợ, chồng', 'Dân tộc (chồng/vợ)') that says whose
 * each part is: 'Chồng: Thôn Nội, xã Thiện Kế; Vợ: Thôn Đồng Sậu, xã Hương Sơn', 'Vợ - Tày, chồng - Kinh', one
 * label per line ('- Chồng: …' / '- Vợ: …'); or says it is both's ('Chồng, vợ: Kinh', 'Cả hai: Thôn Đông'). A clerk
 * writes so when the spouses' values differ; unlabelled ('xã A - xã B', 'Kinh / Tày') the cell stays one value for
 * both, as it cannot be told whose part is whose. A cell labelling one spouse only gives the other nothing.
 */
import type { SpouseRole } from '../ingest/header-per-spouse.js';

const HUSBAND = String.raw`(?:bên\s+chồng|người\s+chồng|chồng|bên\s+nam)`;
const WIFE = String.raw`(?:bên\s+vợ|người\s+vợ|vợ|bên\s+nữ)`;
const BOTH = String.raw`(?:chồng\s*[,/&]?\s*(?:và\s+)?vợ|vợ\s*[,/&]?\s*(?:và\s+)?chồng|cả\s+hai(?:\s+bên)?|hai\s+bên)`;
/** A list bullet before a label ('- Chồng: …'). */
const BULLET = String.raw`(?:[-–+•*]\s*)?`;
const LABEL_END = String.raw`\s*[:\-–—]\s*`;
/** What ends one labelled part before the next label: a separator, a line break, a bullet. */
const BEFORE_LABEL = String.raw`(?:\s*[;,.]?\s+|\s*[;,.]?\s*[-–+•]\s*)`;
const labelled = (first: string, second: string): RegExp =>
  new RegExp(String.raw`^\s*${BULLET}${first}${LABEL_END}(\S[\s\S]*?)${BEFORE_LABEL}${second}${LABEL_END}(\S[\s\S]*?)[\s;,.]*$`, 'iu');
const single = (label: string): RegExp => new RegExp(String.raw`^\s*${BULLET}${label}${LABEL_END}(\S[\s\S]*?)[\s;,.]*$`, 'iu');
const HUSBAND_FIRST = labelled(HUSBAND, WIFE);
const WIFE_FIRST = labelled(WIFE, HUSBAND);
const BOTH_ONLY = single(BOTH);
const HUSBAND_ONLY = single(HUSBAND);
const WIFE_ONLY = single(WIFE);
const LABEL_MARK = /[:\-–—]/;

/** Each spouse's part of a labelled shared cell (null for a spouse it gives nothing), or null when the cell labels no one. */
export function spouseLabelledParts(text: string | undefined): Record<SpouseRole, string | null> | null {
  if (text === undefined || !LABEL_MARK.test(text)) return null;
  const normalized = text.normalize('NFC');
  const husbandFirst = HUSBAND_FIRST.exec(normalized);
  if (husbandFirst !== null) return { husband: husbandFirst[1]!, wife: husbandFirst[2]! };
  const wifeFirst = WIFE_FIRST.exec(normalized);
  if (wifeFirst !== null) return { husband: wifeFirst[2]!, wife: wifeFirst[1]! };
  const both = BOTH_ONLY.exec(normalized);
  if (both !== null) return { husband: both[1]!, wife: both[1]! };
  // One spouse only, and no other label in the part ('Chồng: Thôn Đông'): the other's is not given.
  const husband = HUSBAND_ONLY.exec(normalized);
  if (husband !== null && !new RegExp(WIFE, 'iu').test(husband[1]!)) return { husband: husband[1]!, wife: null };
  const wife = WIFE_ONLY.exec(normalized);
  if (wife !== null && !new RegExp(HUSBAND, 'iu').test(wife[1]!)) return { husband: null, wife: wife[1]! };
  return null;
}
