/**
 * A cell holding only a clerk's mark for "nothing here": dashes, dots, an ellipsis,
 * underscores, slashes or stars ('-', '--', '…', '...', '_', '/', '*'). Such a cell
 * says no more than an empty one. (Ditto marks — '"', 'nt', 'như trên', '//' — are read
 * before a field is: ditto-mark.ts.)
 */
const BLANK_MARK = /^[\s\-–—_.…·*/\\|~]+$/u;

export function isBlankMark(text: string): boolean {
  return text.length <= 16 && BLANK_MARK.test(text);
}
