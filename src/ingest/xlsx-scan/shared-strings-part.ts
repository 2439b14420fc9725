import { booleanPropertyOn } from './styles-part.js';
import { decodeXmlAttribute, decodeXmlText } from './xml-text.js';

/**
 * A rich-text shared string: its runs, each with the font its `<rPr><rFont val>` names and,
 * for a run with properties (`<rPr>`), whether it is struck through (`<strike/>`); a run
 * without `<rPr>` is drawn in the cell's font, struck or not.
 */
export interface RichString {
  text: string;
  runs: { text: string; font: string | undefined; struck?: boolean }[];
}

/** A shared-string table entry; null for an empty `<si>` (a cell pointing at it is empty). */
export type SharedString = string | RichString | null;

/**
 * Reads xl/sharedStrings.xml chunk by chunk into the table (the format makes
 * every sheet refer to it by index, so it has to be held whole). Each `<si>` is
 * parsed once it is complete; only a partial `<si>` is carried to the next chunk.
 */
export class SharedStringsScanner {
  readonly table: SharedString[] = [];
  private pending = '';
  private closed = false;

  constructor(private readonly part: string) {}

  push(chunk: string): void {
    const xml = this.pending === '' ? chunk : this.pending + chunk;
    let position = 0;
    for (;;) {
      const start = xml.indexOf('<si', position);
      if (start === -1 || start + 3 >= xml.length) {
        if (xml.indexOf('</sst>', position) !== -1 || /<sst\b[^>]*\/>/.test(xml)) this.closed = true;
        // Keep a tail long enough to hold a tag split by the chunk boundary.
        position = start === -1 ? Math.max(position, xml.length - 8) : start;
        break;
      }
      if (!isTagNameEnd(xml.charCodeAt(start + 3))) {
        position = start + 3;
        continue;
      }
      const openEnd = xml.indexOf('>', start);
      if (openEnd === -1) {
        position = start;
        break;
      }
      if (xml.charCodeAt(openEnd - 1) === 47 /* / */) {
        this.table.push(null);
        position = openEnd + 1;
        continue;
      }
      const close = xml.indexOf('</si>', openEnd);
      if (close === -1) {
        position = start;
        break;
      }
      this.table.push(parseStringItem(xml, openEnd + 1, close, this.part));
      position = close + 5;
    }
    this.pending = xml.slice(position);
  }

  /** The table, once the part has ended; throws if it stopped before `</sst>`. */
  finish(): SharedString[] {
    if (!this.closed) throw new Error(`unexpected end of ${this.part}: </sst> missing`);
    return this.table;
  }
}

/**
 * One `<si>`: plain (`<t>`) or rich (`<r><rPr><rFont val/></rPr><t/></r>`…).
 * Phonetic runs (`<rPh>`) are not part of the text. Like exceljs, an empty
 * `<t/>` is no text: a plain one makes an empty entry, a rich run is dropped.
 */
function parseStringItem(xml: string, from: number, to: number, part: string): SharedString {
  let plain: string | null = null;
  let runs: RichString['runs'] | null = null;
  let runFont: string | undefined;
  let runStruck: boolean | undefined;
  let runText: string | null = null;
  let position = from;
  for (;;) {
    const lt = xml.indexOf('<', position);
    if (lt === -1 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1 || gt > to) throw new Error(`invalid XML in ${part}: unterminated tag in <si>`);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const first = xml.charCodeAt(lt + 1);
    const second = xml.charCodeAt(lt + 2);
    position = gt + 1;
    if (first === 116 /* t */ && isTagNameEnd(second)) {
      let text: string | null = null;
      if (!selfClosing) {
        const close = xml.indexOf('</t>', gt);
        if (close === -1 || close > to) throw new Error(`invalid XML in ${part}: <t> is not closed`);
        text = close > gt + 1 ? decodeXmlText(xml.slice(gt + 1, close)) : null;
        position = close + 4;
      }
      if (runs) runText = text;
      else plain = text;
    } else if (first === 114 /* r */ && isTagNameEnd(second)) {
      runs ??= [];
      runFont = undefined;
      runStruck = undefined;
      runText = null;
    } else if (first === 47 /* / */ && second === 114 && xml.charCodeAt(lt + 3) === 62) {
      if (runs && runText !== null) runs.push(runStruck === undefined ? { text: runText, font: runFont } : { text: runText, font: runFont, struck: runStruck });
      runText = null;
    } else if (xml.startsWith('rFont', lt + 1) && isTagNameEnd(xml.charCodeAt(lt + 6))) {
      runFont = attributeValue(xml, lt + 6, gt);
    } else if (first === 114 && xml.startsWith('Pr', lt + 2) && isTagNameEnd(xml.charCodeAt(lt + 4))) {
      // The run has properties of its own: struck only if they say so.
      runStruck = false;
    } else if (xml.startsWith('strike', lt + 1) && isTagNameEnd(xml.charCodeAt(lt + 7))) {
      runStruck = booleanPropertyOn(attributeValue(xml, lt + 7, gt));
    } else if (xml.startsWith('rPh', lt + 1) && isTagNameEnd(xml.charCodeAt(lt + 4)) && !selfClosing) {
      const close = xml.indexOf('</rPh>', gt);
      if (close === -1 || close > to) throw new Error(`invalid XML in ${part}: <rPh> is not closed`);
      position = close + 6;
    }
  }
  if (!runs) return plain;
  return { text: runs.map((run) => run.text).join(''), runs };
}

/** The `val` attribute between `from` and `to` (a `<rFont val="…"/>` tag). */
function attributeValue(xml: string, from: number, to: number): string | undefined {
  const match = /\sval\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(xml.slice(from - 1, to));
  const raw = match?.[1] ?? match?.[2];
  return raw === undefined ? undefined : decodeXmlAttribute(raw);
}

function isTagNameEnd(code: number): boolean {
  return code === 62 || code === 47 || code === 32 || code === 9 || code === 10 || code === 13;
}
