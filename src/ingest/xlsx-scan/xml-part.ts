import type { ZipArchive } from './zip-archive.js';

/**
 * The text chunks of an XML part as the scanners expect them: elements without
 * a namespace prefix. Excel writes SpreadsheetML in the default namespace
 * (`<row>`), but files made with the OpenXML SDK may bind it to a prefix
 * (`<x:row>`, `<x:c>`); the root element's prefix is then removed from every
 * tag. A part whose root has no prefix passes through untouched.
 */
export async function* xmlPartChunks(archive: ZipArchive, name: string, onCompressedBytes?: (bytes: number) => void): AsyncIterable<string> {
  let head = '';
  let prefix: string | undefined;
  let carry = '';
  for await (const chunk of archive.textChunks(name, onCompressedBytes)) {
    if (prefix === '') {
      yield chunk;
      continue;
    }
    let text: string;
    if (prefix === undefined) {
      head += chunk;
      prefix = rootPrefix(head);
      if (prefix === undefined) continue;
      text = head;
      head = '';
      if (prefix === '') {
        yield text;
        continue;
      }
    } else {
      text = carry + chunk;
    }
    // A tail that may be the start of a prefixed tag cut by the chunk boundary waits for the next chunk.
    const lastTag = text.lastIndexOf('<');
    const keep = lastTag !== -1 && text.length - lastTag < prefix.length + 2 ? lastTag : text.length;
    carry = text.slice(keep);
    yield withoutPrefix(text.slice(0, keep), prefix);
  }
  if (head !== '') yield head; // no root element found: the scanner will say the part is not XML
  if (carry !== '' && prefix) yield withoutPrefix(carry, prefix);
}

/** A whole XML part (the small ones: workbook, relationships, styles), prefix removed as above. */
export async function readXmlPart(archive: ZipArchive, name: string): Promise<string> {
  let text = '';
  for await (const chunk of xmlPartChunks(archive, name)) text += chunk;
  return text;
}

/**
 * The prefix of the root element's name (`x:` in `<x:worksheet`), '' if it has
 * none, or undefined while the text does not yet hold the whole name.
 */
function rootPrefix(text: string): string | undefined {
  const root = /^(?:\s|<\?[^]*?\?>|<!--[^]*?-->)*<([A-Za-z_][\w.:-]*)[\s/>]/.exec(text);
  if (!root) return text.length > 4096 ? '' : undefined;
  const name = root[1] ?? '';
  return name.slice(0, name.indexOf(':') + 1);
}

function withoutPrefix(text: string, prefix: string): string {
  return text.replaceAll(`<${prefix}`, '<').replaceAll(`</${prefix}`, '</');
}
