/**
 * XML character data and attribute values as an XML parser reports them
 * (XML 1.0 §2.11 line ends, §4.6 predefined entities, §4.1 character
 * references, §3.3.3 attribute-value normalization). Spreadsheet parts declare
 * no DTD, so any other entity is a well-formedness error.
 */

/** Decodes the raw text between two tags. Throws on an unknown or malformed reference. */
export function decodeXmlText(raw: string): string {
  const hasCarriageReturn = raw.indexOf('\r') !== -1;
  if (!hasCarriageReturn && raw.indexOf('&') === -1) return raw;
  const text = hasCarriageReturn ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.indexOf('&') === -1 ? text : decodeReferences(text);
}

/** Decodes a raw attribute value: literal tab, CR and LF become spaces, then references. */
export function decodeXmlAttribute(raw: string): string {
  const normalized = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return normalized.indexOf('&') === -1 ? normalized : decodeReferences(normalized);
}

function decodeReferences(text: string): string {
  let decoded = '';
  let copiedUpTo = 0;
  let amp = text.indexOf('&');
  while (amp !== -1) {
    const semicolon = text.indexOf(';', amp + 1);
    if (semicolon === -1 || semicolon - amp > 12) throw new Error(`invalid XML: unterminated reference "${text.slice(amp, amp + 12)}"`);
    decoded += text.slice(copiedUpTo, amp) + referenceText(text.slice(amp + 1, semicolon));
    copiedUpTo = semicolon + 1;
    amp = text.indexOf('&', copiedUpTo);
  }
  return decoded + text.slice(copiedUpTo);
}

function referenceText(name: string): string {
  switch (name) {
    case 'amp': return '&';
    case 'lt': return '<';
    case 'gt': return '>';
    case 'quot': return '"';
    case 'apos': return "'";
  }
  if (name.charCodeAt(0) !== 35 /* # */) throw new Error(`invalid XML: unknown entity &${name};`);
  const hex = name.charCodeAt(1) === 120 /* x */;
  const digits = name.slice(hex ? 2 : 1);
  const codePoint = digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
  if (!isXmlChar(codePoint)) throw new Error(`invalid XML: bad character reference &${name};`);
  return String.fromCodePoint(codePoint);
}

/** XML 1.0 §2.2 Char. */
function isXmlChar(codePoint: number): boolean {
  if (!Number.isInteger(codePoint)) return false;
  if (codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd) return true;
  return (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || (codePoint >= 0x10000 && codePoint <= 0x10ffff);
}
