const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * JSON to place inside `<script type="application/json">`: '<', '>' and '&'
 * as \u escapes, so a file or sheet name holding '</script>' or '<!--' cannot
 * end the element early. JSON.parse reads the escapes back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Script source to inline in `<script>`: a '</script' or '<!--' in it (only
 * possible inside a string, regular expression or comment of a library) would
 * end or confuse the element. '\x3C' is '<' in a string and matches '<' in a
 * regular expression (with or without the u flag).
 */
export function scriptForInline(source: string): string {
  return source.replace(/<(?=\/script|!--)/gi, '\\x3C');
}
