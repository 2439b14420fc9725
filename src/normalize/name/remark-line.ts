/**
 * A name cell whose second line says whose child or spouse the person is ('Tô Thị Hải Yến⏎Con
 * ông Tô Văn Hải', 'Lê Văn Tỵ⏎vợ bà …'), as clerks wrote it under the name to tell namesakes
 * apart. The text cleaner makes every line break a space, after which the relation reads as more
 * words of the name; split here it is a remark like one after a dash. Only a relation word
 * followed by a title opens such a line, so a name wrapped onto two lines ('Nguyễn Văn⏎Hùng',
 * 'Trần Văn⏎Con Hải') stays one name.
 */
const LINE_BREAK = /\r?\n|\r/;
const RELATION_LINE = /^(?:con|vợ|chồng)\s+(?:ông|bà|anh|chị|của)\s+\S/iu;
const TWO_WORDS = /\S\s+\S/u;

/** The name's line and the relation line of a cell as typed; null when the cell has no such line. */
export function relationLineApart(typed: string): { name: string; remark: string } | null {
  const breakAt = typed.search(LINE_BREAK);
  if (breakAt < 0) return null;
  const name = typed.slice(0, breakAt).trim();
  const remark = typed.slice(breakAt).trim();
  if (!TWO_WORDS.test(name) || !RELATION_LINE.test(remark.normalize('NFC'))) return null;
  return { name, remark };
}
