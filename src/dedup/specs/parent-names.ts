/**
 * The commonest parents' names, for the family comparison of births: that two
 * entries' parents are both called Nguyễn Thị Hoa and Nguyễn Văn Hùng says far
 * less than Vũ Thị Yến and Hoàng Văn Chiến do (Splink's term-frequency
 * adjustment, reduced to one "common" mark since no name-frequency table of
 * Vĩnh Phúc exists).
 */
import { foldedKey } from '../../normalize/name/name-keys.js';

/** Family names of 7 % of people or more (DOMAIN.md §4, Lê Trung Hoa 2005): Nguyễn 38.4, Trần 12.1, Lê 9.5, Phạm 7.0. */
const COMMON_FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm'];

/**
 * Frequent given names (DOMAIN.md §4, hoten.org samples): men's and women's lists
 * together, folded (a name typed without marks is as common).
 */
const FREQUENT_GIVEN_NAMES = [
  ...['Tuấn', 'Hoàng', 'Huy', 'Anh', 'Hiếu', 'Hùng', 'Nam', 'Sơn', 'Đức', 'Dũng', 'Thành', 'Đạt', 'Cường', 'Long', 'Trung', 'Hải', 'Minh'],
  ...['Trang', 'Thảo', 'Linh', 'Phương', 'Hằng', 'Huyền', 'Hiền', 'Hương', 'Ngọc', 'Dung', 'Nhung', 'Thủy', 'Nhi', 'Vân', 'Quỳnh', 'Nga', 'Yến', 'Lan', 'Hoa', 'Mai'],
];

const COMMON_FAMILY: ReadonlySet<string> = new Set(COMMON_FAMILY_NAMES.map(foldedKey));
const FREQUENT_GIVEN: ReadonlySet<string> = new Set(FREQUENT_GIVEN_NAMES.map(foldedKey));

/** A parent's name (folded family and given name) among the commonest: a namesake parent is no coincidence. */
export function isCommonName(family: string | null | undefined, given: string | null | undefined): boolean {
  return Boolean(family) && Boolean(given) && COMMON_FAMILY.has(family as string) && FREQUENT_GIVEN.has(given as string);
}
