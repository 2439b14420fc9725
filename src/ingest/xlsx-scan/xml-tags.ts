import { decodeXmlAttribute } from './xml-text.js';

/** One tag of a small XML part (workbook, relationships, styles). */
export interface XmlTag {
  /** Qualified name as written (`sheet`, `r:id` prefixes are kept, as exceljs keeps them). */
  name: string;
  kind: 'open' | 'close' | 'empty';
  attributes: Record<string, string>;
}

/**
 * Calls `visit` for every tag of a whole XML document held in memory, checking
 * that tags nest. For the small parts only: sheets and shared strings have
 * their own streaming scanners.
 */
export function forEachTag(xml: string, part: string, visit: (tag: XmlTag) => void): void {
  const open: string[] = [];
  let position = xml.indexOf('<');
  while (position !== -1) {
    const next = xml.charCodeAt(position + 1);
    if (next === 63 /* ? */) {
      position = skipPast(xml, position, '?>', part);
    } else if (next === 33 /* ! */) {
      position = skipPast(xml, position, xml.startsWith('<![CDATA[', position) ? ']]>' : xml.startsWith('<!--', position) ? '-->' : '>', part);
    } else {
      const end = tagEnd(xml, position, part);
      const tag = readTag(xml, position, end, part);
      if (tag.kind === 'open') open.push(tag.name);
      else if (tag.kind === 'close' && open.pop() !== tag.name) throw new Error(`invalid XML in ${part}: unexpected </${tag.name}>`);
      visit(tag);
      position = end + 1;
    }
    position = xml.indexOf('<', position);
  }
  if (open.length > 0) throw new Error(`unexpected end of ${part}: <${open[open.length - 1]}> is not closed`);
}

function skipPast(xml: string, from: number, terminator: string, part: string): number {
  const found = xml.indexOf(terminator, from);
  if (found === -1) throw new Error(`unexpected end of ${part}`);
  return found + terminator.length;
}

/** Index of the `>` closing the tag that starts at `from`, stepping over quoted attribute values. */
export function tagEnd(xml: string, from: number, part: string): number {
  for (let position = from + 1; position < xml.length; position++) {
    const code = xml.charCodeAt(position);
    if (code === 62 /* > */) return position;
    if (code === 34 || code === 39) {
      position = xml.indexOf(code === 34 ? '"' : "'", position + 1);
      if (position === -1) break;
    }
  }
  throw new Error(`unexpected end of ${part}`);
}

function readTag(xml: string, start: number, end: number, part: string): XmlTag {
  const closing = xml.charCodeAt(start + 1) === 47; /* / */
  const empty = !closing && xml.charCodeAt(end - 1) === 47;
  let nameEnd = start + (closing ? 2 : 1);
  while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
  const name = xml.slice(start + (closing ? 2 : 1), nameEnd);
  if (name === '') throw new Error(`invalid XML in ${part}: empty tag name`);
  const kind = closing ? 'close' : empty ? 'empty' : 'open';
  const attributes = closing ? {} : parseAttributes(xml, nameEnd, empty ? end - 1 : end, part);
  return { name, kind, attributes };
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** The attributes written between `from` and `to` (the tag's `>` or `/>`), values decoded. */
export function parseAttributes(xml: string, from: number, to: number, part: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let position = from;
  for (;;) {
    while (position < to && isSpace(xml.charCodeAt(position))) position++;
    if (position >= to) return attributes;
    const nameStart = position;
    while (position < to && xml.charCodeAt(position) !== 61 /* = */ && !isSpace(xml.charCodeAt(position))) position++;
    const name = xml.slice(nameStart, position);
    while (position < to && isSpace(xml.charCodeAt(position))) position++;
    if (xml.charCodeAt(position) !== 61) throw new Error(`invalid XML in ${part}: attribute ${name} has no value`);
    position++;
    while (position < to && isSpace(xml.charCodeAt(position))) position++;
    const quote = xml.charCodeAt(position);
    if (quote !== 34 && quote !== 39) throw new Error(`invalid XML in ${part}: attribute ${name} is not quoted`);
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", position + 1);
    if (valueEnd === -1 || valueEnd > to) throw new Error(`invalid XML in ${part}: attribute ${name} is not closed`);
    attributes[name] = decodeXmlAttribute(xml.slice(position + 1, valueEnd));
    position = valueEnd + 1;
  }
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
