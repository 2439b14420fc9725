/**
 * Folds a header label for matching: no accents, lower case, đ → d,
 * parenthesised remarks and punctuation dropped, spaces and line breaks
 * collapsed. 'Số định danh cá nhân\n(nếu có)' → 'so dinh danh ca nhan'.
 * With `keepBracketed`, the words in brackets are kept as words of the label
 * ('Họ và tên (chồng)' → 'ho va ten chong'): the caller decides which fold names a column.
 * The word kí / kì, the other accepted spelling of ký / kỳ ('Ngày đăng kí', 'Nơi đăng kí'), folds as
 * 'ky', so a label typed with it is the label of the aliases.
 */
export function foldHeader(label: string, keepBracketed = false): string {
  return decodeXmlEscapes(label)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, (_bracketed, words: string) => (keepBracketed ? ` ${words} ` : ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(KI_WORD, 'ky')
    .trim();
}

const KI_WORD = /(?<![a-z0-9])ki(?![a-z0-9])/g;

const XML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * A label with Excel's escaped characters decoded: text pasted from Word keeps
 * its carriage returns as '_x000D_' ('Ngày, tháng,_x000D_\nnăm đăng ký'), which
 * Excel shows as a line break (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). A CR
 * before a line feed is dropped, a lone one becomes a line break.
 */
export function decodeXmlEscapes(label: string): string {
  if (!label.includes('_x')) return label;
  return label
    .replace(XML_ESCAPE, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\r\n?/g, '\n');
}
