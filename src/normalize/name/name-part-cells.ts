import type { SourceCell } from '../../ingest/source-cell.js';
import type { Finding, Normalized } from '../finding.js';

/** 'Họ' | 'Chữ đệm' | 'Tên' cells joined. */
export interface JoinedName {
  /** All parts as one cell at the given name's column (where findings are reported), in the parts' font when they share one. */
  cell: SourceCell;
  /** Runs of neighbouring parts typed in the same font (and row encoding), each joined into one cell: one when all share it. */
  parts: SourceCell[];
}

/**
 * 'Họ' | 'Chữ đệm' | 'Tên' cells as the one name cell the normalizer reads. Parts typed
 * in one font are read together (the whole name tells a legacy font's content best);
 * parts in different fonts are cleaned apart: a 'Tên' re-typed in Times New Roman
 * beside a .VnTime 'Lª' | 'ThÞ' is Lê Thị Tú, not the TCVN3 reading Tỳ.
 */
export function joinNameParts(...parts: (SourceCell | undefined)[]): JoinedName | undefined {
  const present = parts.filter((part): part is SourceCell => part !== undefined);
  const anchor = present[present.length - 1];
  if (anchor === undefined) return undefined;
  const groups: SourceCell[][] = [];
  for (const part of present) {
    const last = groups[groups.length - 1];
    const first = last?.[0];
    if (last !== undefined && first !== undefined && first.font === part.font && first.encoding === part.encoding && first.lostSoftHyphen === part.lostSoftHyphen) last.push(part);
    else groups.push([part]);
  }
  const joined = groups.map((group) => {
    const text = group.map((part) => part.text.trim()).join(' ');
    const cell: SourceCell = { value: text, text, column: group[group.length - 1]!.column };
    const { font, encoding, lostSoftHyphen } = group[0]!;
    if (font !== undefined) cell.font = font;
    if (encoding !== undefined) cell.encoding = encoding;
    if (lostSoftHyphen !== undefined) cell.lostSoftHyphen = lostSoftHyphen;
    return cell;
  });
  if (joined.length === 1) return { cell: joined[0]!, parts: joined };
  const text = joined.map((cell) => cell.text).join(' ');
  return { cell: { value: text, text, column: anchor.column }, parts: joined };
}

/**
 * The text findings of name parts cleaned apart, as those of one cell: one
 * conversion note per code from the name as typed to the cleaned one (what a
 * name typed in one cell gets), the others once (replacement characters counted
 * over all parts).
 */
export function joinedFindings(readings: readonly Normalized<string>[], typed: string, text: string): Finding[] {
  const byCode = new Map<string, Finding>();
  for (const { findings } of readings) {
    for (const finding of findings) {
      const known = byCode.get(finding.code);
      if (known === undefined) {
        byCode.set(finding.code, finding.from === undefined ? { ...finding } : { ...finding, from: typed, to: text });
        continue;
      }
      const count = finding.params?.count;
      const total = known.params?.count;
      if (typeof count === 'number' && typeof total === 'number') known.params = { ...known.params, count: total + count };
    }
  }
  return [...byCode.values()];
}

/** A cell's words as compared for a whole name: composed, one space between, lower case. */
const words = (cell: SourceCell): string => cell.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * The full-name cell already holds the whole name its 'Họ' (and 'Chữ đệm') cells split off: helper columns a
 * clerk added beside 'Họ và tên' to sort the book by given name ('Tạ' | 'Quang Tuấn', hidden, the visible
 * name =CONCATENATE of them), whose 'Họ' the register reads while its own 'Tên' loses to 'Họ và tên'. The
 * name is then read from the full-name cell alone, not as 'Tạ Tạ Quang Tuấn'.
 */
export function holdsWholeName(given: SourceCell | undefined, family: SourceCell | undefined, middle: SourceCell | undefined): boolean {
  if (given === undefined) return false;
  const split = [family, middle].filter((part): part is SourceCell => part !== undefined).map(words).filter((text) => text !== '');
  return split.length > 0 && words(given).startsWith(`${split.join(' ')} `);
}
