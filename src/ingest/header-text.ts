/**
 * Folds a header label for matching: no accents, lower case, đ → d,
 * parenthesised remarks and punctuation dropped, spaces and line breaks
 * collapsed. 'Số định danh cá nhân\n(nếu có)' → 'so dinh danh ca nhan'.
 */
export function foldHeader(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
