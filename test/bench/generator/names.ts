/**
 * Vietnamese names in realistic shares, copied from test/dedup/synthetic-births.ts:
 * family names by the frequencies of DOMAIN.md §4 (Lê Trung Hoa 2005: Nguyễn
 * 38.4 %, Trần 12.1 %, Lê 9.5 %, Phạm 7.0 % …), given names from its frequent
 * name lists with Zipf-like weights, middle names dominated by Văn / Thị, and
 * the tone pairs (Hùng/Hưng) parents give twins and siblings (§8).
 */
import type { Random } from './random.js';

export type Sex = 'male' | 'female';

const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38.4], ['Trần', 12.1], ['Lê', 9.5], ['Phạm', 7.0], ['Hoàng', 5.1], ['Phan', 4.5], ['Vũ', 3.9],
  ['Đặng', 2.1], ['Bùi', 2.0], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1.0], ['Lý', 0.5],
  ['Đào', 1.2], ['Đinh', 1.1], ['Trịnh', 1.0], ['Lương', 0.8], ['Mai', 0.7], ['Cao', 0.7], ['Tạ', 0.6],
  ['Kiều', 0.5], ['Khổng', 0.4], ['Hà', 0.6], ['Lưu', 0.5], ['Chu', 0.5], ['Tô', 0.4], ['Phùng', 0.4],
  ['Nông', 0.2], ['Triệu', 0.3], ['Lục', 0.1], ['Quách', 0.2],
];

const zipf = (names: readonly string[]): (readonly [string, number])[] => names.map((name, rank) => [name, 1 / (rank + 1) ** 0.8] as const);

const GIVEN_NAMES: Readonly<Record<Sex, readonly (readonly [string, number])[]>> = {
  male: zipf(['Hùng', 'Tuấn', 'Dũng', 'Minh', 'Hoàng', 'Huy', 'Anh', 'Hiếu', 'Nam', 'Sơn', 'Đức', 'Thành', 'Đạt', 'Cường',
    'Long', 'Trung', 'Hải', 'Quang', 'Thắng', 'Vinh', 'Hưng', 'Khánh', 'Phúc', 'Tùng', 'Kiên', 'Tuyên', 'Lâm', 'Phong', 'Toàn',
    'Bình', 'Quân', 'Thịnh', 'Hòa', 'Việt', 'Mạnh', 'Duy', 'Khoa', 'Tiến', 'Lộc', 'Thái', 'Bảo', 'Tâm', 'Vĩnh', 'Hiển',
    'Chiến', 'Công', 'Định', 'Giang', 'Hậu', 'Khải', 'Lực', 'Nghĩa', 'Quý', 'Sáng', 'Tài', 'Thuận', 'Trọng', 'Vượng']),
  female: zipf(['Trang', 'Thảo', 'Linh', 'Anh', 'Phương', 'Hằng', 'Huyền', 'Hiền', 'Hương', 'Ngọc', 'Dung', 'Nhung',
    'Thủy', 'Nhi', 'Vân', 'Quỳnh', 'Nga', 'Yến', 'Lan', 'Hoa', 'Mai', 'Thúy', 'Tuyền', 'Hà', 'Hạnh', 'Loan', 'Liên', 'Oanh',
    'Hồng', 'Nhàn', 'Thu', 'Diệu', 'Giang', 'Ly', 'Chi', 'Hạ', 'Xuân', 'Thơm', 'Huệ', 'Lụa',
    'Bích', 'Cúc', 'Duyên', 'Gấm', 'Hậu', 'Lệ', 'Mơ', 'Nguyệt', 'Phượng', 'Sen', 'Tâm', 'Uyên', 'Vui', 'Yên']),
};

const MIDDLE_NAMES: Readonly<Record<Sex, readonly (readonly [string, number])[]>> = {
  male: [['Văn', 50], ['Đức', 10], ['Minh', 10], ['Quang', 8], ['Hữu', 6], ['Xuân', 6], ['Thành', 5], ['Công', 5], ['Đình', 4], ['Tiến', 3]],
  female: [['Thị', 70], ['Thu', 8], ['Ngọc', 6], ['Thanh', 6], ['Minh', 4], ['Phương', 3], ['Hồng', 3], ['Kim', 2]],
};

/** Different names that fold to one key (DOMAIN.md §8): how parents name twins and siblings. */
const TONE_PAIRS: readonly (readonly [string, string])[] = [['Hùng', 'Hưng'], ['Thúy', 'Thủy'], ['Tuyên', 'Tuyền'], ['Vinh', 'Vĩnh'], ['Hiền', 'Hiển'], ['Hà', 'Hạ']];

export function tonePartner(name: string): string | null {
  const pair = TONE_PAIRS.find(([a, b]) => a === name || b === name);
  return pair === undefined ? null : pair[0] === name ? pair[1] : pair[0];
}

export interface PersonName {
  family: string;
  middle: string;
  given: string;
}

export const fullName = (name: PersonName): string => `${name.family} ${name.middle} ${name.given}`;

export function randomName(random: Random, sex: Sex, family = random.weighted(FAMILY_NAMES)): PersonName {
  return { family, middle: random.weighted(MIDDLE_NAMES[sex]), given: random.weighted(GIVEN_NAMES[sex]) };
}

/** A given name not among `taken` (siblings); with probability `toneShare` the tone partner of an elder sibling's. */
export function siblingGivenName(random: Random, sex: Sex, taken: readonly string[], toneShare: number): string {
  const names = GIVEN_NAMES[sex];
  const partner = taken.map(tonePartner).find((name) => name !== null && names.some(([candidate]) => candidate === name));
  if (partner && !taken.includes(partner) && random.chance(toneShare)) return partner;
  let name = random.weighted(names);
  for (let tries = 0; taken.includes(name) && tries < 20; tries++) name = random.weighted(names);
  return name;
}

/** One typing slip in a name part: a dropped, wrong or doubled letter. */
export function typo(name: string, random: Random): string {
  const letters = [...name];
  const at = random.between(0, letters.length - 1);
  const choice = random.next();
  if (choice < 0.4 && letters.length > 2) letters.splice(at, 1);
  else if (choice < 0.7) letters[at] = random.pick(['n', 'm', 'h', 't', 'g', 'c']);
  else letters.splice(at, 0, letters[at] as string);
  return letters.join('');
}
