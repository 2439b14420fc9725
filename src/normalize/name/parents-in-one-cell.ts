/**
 * A birth book's cell headed for both parents' names ('Họ tên cha mẹ'), each name after its label:
 * 'Cha: Nguyễn Văn A; Mẹ: Trần Thị B', 'Bố: Trần Văn Nam - Mẹ: Lê Thị Hương', 'Cha: Lê Văn Tùng\nMẹ: Phạm Thị Thu',
 * 'Mẹ: Phạm Thị Hoa' (no father). A cell with no label at its start ('Nguyễn Văn A, Trần Thị B') is not split:
 * which name is whose is then the clerk's order, not the cell's word.
 */
export interface ParentsInOneCell {
  father: string | null;
  mother: string | null;
}

/**
 * A parent's label, at the cell's start or after a separator or a space, then a colon or a capitalised name
 * ('Cha:', 'Bố -', 'mẹ Trần …'). Case is spelt out (no /i): under /iu, \p{Lu} would take lower-case letters too,
 * and 'cha' before a lower-case word is no label.
 */
const LABEL = /(?:^|[\s;,.\-–]+)(Cha|CHA|cha|Bố|BỐ|bố|Mẹ|MẸ|mẹ)(?:\s*[:\-–]\s*|\s+(?=\p{Lu}))/gu;
const TRAILING = /[\s;,.\-–]+$/u;

/** The parents' names of a labelled cell; null when the cell does not open with a label or names a parent twice. */
export function splitParentsInOneCell(text: string): ParentsInOneCell | null {
  const trimmed = text.trim();
  const labels = [...trimmed.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  const parents: ParentsInOneCell = { father: null, mother: null };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const role = label[1]!.toLowerCase() === 'mẹ' ? 'mother' : 'father';
    if (parents[role] !== null) return null;
    const end = i + 1 < labels.length ? labels[i + 1]!.index : trimmed.length;
    const name = trimmed.slice(label.index + label[0].length, end).replace(TRAILING, '');
    parents[role] = name === '' ? null : name;
  }
  return parents;
}
