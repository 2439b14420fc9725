/**
 * A synthetic district birth register with known truth, for measuring the
 * dedup engine (candidate pairs, precision, recall). Families in 12 communes
 * over 1990–2019; surnames drawn from the shares in DOMAIN.md §4 (Nguyễn
 * 38.4 % …), given names from its frequent-name lists (Zipf-like weights);
 * 2 % twins (a third of them named as a tone pair, Hùng/Hưng), later siblings
 * sometimes named as a tone pair of an elder one (Thúy/Thủy). Duplicates:
 * 2 % double entries, 2 % copies of the same entry with one typo, 1 %
 * re-registrations (đăng ký lại) in another commune years later, half with
 * only the birth year. Seeded: the same arguments give the same register.
 */
import type { BirthRecord } from '../../src/record-types/birth.js';

export type SyntheticKind = 'original' | 'double' | 'typo' | 'reregistration';

export interface SyntheticBirth {
  record: BirthRecord;
  /** The child: every copy of one birth has its original's id here. */
  personKey: string;
  familyKey: string;
  kind: SyntheticKind;
  twin: boolean;
}

const SURNAMES: [string, number][] = [
  ['Nguyễn', 38.4], ['Trần', 12.1], ['Lê', 9.5], ['Phạm', 7.0], ['Hoàng', 5.1], ['Phan', 4.5], ['Vũ', 3.9],
  ['Đặng', 2.1], ['Bùi', 2.0], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1.0], ['Lý', 0.5],
  ['Đào', 1.2], ['Đinh', 1.1], ['Trịnh', 1.0], ['Lương', 0.8], ['Mai', 0.7], ['Cao', 0.7], ['Tạ', 0.6],
  ['Kiều', 0.5], ['Khổng', 0.4], ['Hà', 0.6], ['Lưu', 0.5], ['Chu', 0.5], ['Tô', 0.4], ['Văn', 0.3],
];
const zipf = (names: string[]): [string, number][] => names.map((name, rank) => [name, 1 / (rank + 1) ** 0.8]);
const MALE = zipf(['Hùng', 'Tuấn', 'Dũng', 'Minh', 'Hoàng', 'Huy', 'Anh', 'Hiếu', 'Nam', 'Sơn', 'Đức', 'Thành', 'Đạt', 'Cường',
  'Long', 'Trung', 'Hải', 'Quang', 'Thắng', 'Vinh', 'Hưng', 'Khánh', 'Phúc', 'Tùng', 'Kiên', 'Tuyên', 'Lâm', 'Phong', 'Toàn',
  'Bình', 'Quân', 'Thịnh', 'Hòa', 'Việt', 'Mạnh', 'Duy', 'Khoa', 'Tiến', 'Lộc', 'Thái', 'Bảo', 'Tâm', 'Vĩnh', 'Hiển']);
const FEMALE = zipf(['Trang', 'Thảo', 'Linh', 'Anh', 'Phương', 'Hằng', 'Huyền', 'Hiền', 'Hương', 'Ngọc', 'Dung', 'Nhung',
  'Thủy', 'Nhi', 'Vân', 'Quỳnh', 'Nga', 'Yến', 'Lan', 'Hoa', 'Mai', 'Thúy', 'Tuyền', 'Hà', 'Hạnh', 'Loan', 'Liên', 'Oanh',
  'Hồng', 'Nhàn', 'Thu', 'Diệu', 'Giang', 'Ly', 'Chi', 'Hạ', 'Xuân', 'Thơm', 'Huệ', 'Lụa']);
const MALE_MIDDLE: [string, number][] = [['Văn', 50], ['Đức', 10], ['Minh', 10], ['Quang', 8], ['Hữu', 6], ['Xuân', 6], ['Thành', 5], ['Công', 5]];
const FEMALE_MIDDLE: [string, number][] = [['Thị', 70], ['Thu', 8], ['Ngọc', 6], ['Thanh', 6], ['Minh', 4], ['Phương', 3], ['Hồng', 3]];
/** Tone/vowel-mark pairs: different names that fold to one key (DOMAIN.md §8). */
const TONE_PAIRS: [string, string][] = [['Hùng', 'Hưng'], ['Thúy', 'Thủy'], ['Tuyên', 'Tuyền'], ['Vinh', 'Vĩnh'], ['Hiền', 'Hiển'], ['Hà', 'Hạ']];
const COMMUNES = ['08935', '08936', '08938', '08941', '08944', '08947', '08950', '08953', '08956', '08959', '08962', '08965'];

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function syntheticBirths(count: number, seed = 1): SyntheticBirth[] {
  const rand = random(seed);
  const between = (low: number, high: number): number => low + Math.floor(rand() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const weighted = (list: readonly [string, number][]): string => {
    let left = rand() * list.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [name, weight] of list) if ((left -= weight) <= 0) return name;
    return (list[list.length - 1] as [string, number])[0];
  };
  const tonePair = (name: string): string | null => {
    const pair = TONE_PAIRS.find(([a, b]) => a === name || b === name);
    return pair === undefined ? null : pair[0] === name ? pair[1] : pair[0];
  };
  const numbers = new Map<string, number>();
  const nextNumber = (commune: string, year: number): string => {
    const key = `${commune}|${year}`;
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    return String(number);
  };
  let serial = 0;
  const out: SyntheticBirth[] = [];

  const makeChild = (family: Family, sex: 'male' | 'female', given: string, birthDate: string, twin: boolean): void => {
    serial += 1;
    const year = Number(birthDate.slice(0, 4));
    const registered = `${year}-${birthDate.slice(5, 7)}-${pad(Math.min(28, Number(birthDate.slice(8)) + between(0, 20)))}`;
    const middle = weighted(sex === 'male' ? MALE_MIDDLE : FEMALE_MIDDLE);
    const fullName = `${family.surname} ${middle} ${given}`;
    const id = `birth-syn-${pad(serial, 7)}`;
    const centuryDigit = (year >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
    const residence = `Thôn ${family.hamlet}, xã ${family.commune}`;
    const record: BirthRecord = {
      id,
      type: 'birth',
      registration: { provinceCode: '26', districtCode: '249', communeCode: family.commune, book: `01/${year}`, number: nextNumber(family.commune, year), date: registered, place: `UBND xã ${family.commune}` },
      provenance: { file: `249/khai-sinh-${family.commune}-${year}.xlsx`, sheet: 'Sổ', row: serial },
      child: {
        fullName, familyName: family.surname, middleName: middle, givenName: given, sex, birthDate,
        birthPlace: 'Trạm y tế xã', hometown: null, ethnicityCode: '01', nationality: 'VN',
        personalId: `026${centuryDigit}${pad(year % 100)}${pad(serial, 6)}`,
      },
      mother: { fullName: family.mother, birthYear: String(family.motherYear), ethnicityCode: '01', nationality: 'VN', residence, personalId: null },
      father: family.father === null ? null : { fullName: family.father, birthYear: String(family.fatherYear), ethnicityCode: '01', nationality: 'VN', residence, personalId: null },
      declarant: { fullName: family.father ?? family.mother, relation: family.father === null ? 'Mẹ' : 'Cha' },
      remarks: twin ? 'Sinh đôi' : null,
      raw: {},
      warnings: [],
      notes: [],
    };
    out.push({ record, personKey: id, familyKey: family.key, kind: 'original', twin });
  };

  interface Family { key: string; commune: string; hamlet: string; surname: string; mother: string; motherYear: number; father: string | null; fatherYear: number }
  let families = 0;
  while (out.length < count) {
    families += 1;
    const fatherYear = between(1955, 1994);
    const surname = weighted(SURNAMES);
    const family: Family = {
      key: `family-${families}`,
      commune: pick(COMMUNES),
      hamlet: String(between(1, 15)),
      surname,
      mother: `${weighted(SURNAMES)} ${weighted(FEMALE_MIDDLE)} ${weighted(FEMALE)}`,
      motherYear: fatherYear + between(0, 5),
      father: rand() < 0.05 ? null : `${surname} ${weighted(MALE_MIDDLE)} ${weighted(MALE)}`,
      fatherYear,
    };
    let year = Math.min(2019, Math.max(1990, family.motherYear + between(20, 30)));
    const given: string[] = [];
    for (let child = between(1, 3); child > 0 && year <= 2019 && out.length < count; child--) {
      const sex = rand() < 0.5 ? 'male' : 'female';
      const names = sex === 'male' ? MALE : FEMALE;
      let name = weighted(names);
      const elderPair = given.map(tonePair).find((pair) => pair !== null && names.some(([n]) => n === pair));
      if (elderPair && rand() < 0.3) name = elderPair;
      while (given.includes(name)) name = weighted(names);
      given.push(name);
      const birthDate = `${year}-${pad(between(1, 12))}-${pad(between(1, 28))}`;
      const twin = rand() < 0.02;
      makeChild(family, sex, name, birthDate, twin);
      if (twin) {
        const twinSex = rand() < 0.7 ? sex : sex === 'male' ? 'female' : 'male';
        const twinNames = twinSex === 'male' ? MALE : FEMALE;
        let twinName = tonePair(name) ?? weighted(twinNames);
        if (rand() < 0.66 || !twinNames.some(([n]) => n === twinName)) twinName = weighted(twinNames);
        while (given.includes(twinName)) twinName = weighted(twinNames);
        given.push(twinName);
        makeChild(family, twinSex, twinName, birthDate, true);
      }
      year += between(1, 5);
    }
  }
  out.length = Math.min(out.length, count);
  return withDuplicates(out, rand, count, nextNumber);
}

function typo(name: string, rand: () => number): string {
  const letters = [...name];
  const at = Math.floor(rand() * letters.length);
  const choice = rand();
  if (choice < 0.4 && letters.length > 2) letters.splice(at, 1); // dropped letter
  else if (choice < 0.7) letters[at] = 'nmhtgc'[Math.floor(rand() * 6)] as string; // wrong key
  else letters.splice(at, 0, letters[at] as string); // doubled letter
  return letters.join('');
}

function withDuplicates(
  originals: SyntheticBirth[],
  rand: () => number,
  count: number,
  nextNumber: (commune: string, year: number) => string,
): SyntheticBirth[] {
  const out = [...originals];
  let serial = 0;
  for (const original of originals) {
    const roll = rand();
    const kind: SyntheticKind | null = roll < 0.02 ? 'double' : roll < 0.04 ? 'typo' : roll < 0.05 ? 'reregistration' : null;
    if (kind === null) continue;
    serial += 1;
    const source = original.record;
    const record: BirthRecord = { ...source, id: `birth-dup-${String(serial).padStart(6, '0')}`, provenance: { ...source.provenance, row: count + serial } };
    if (kind === 'typo') {
      const what = rand();
      if (what < 0.4) {
        const givenName = typo(source.child.givenName, rand);
        record.child = { ...source.child, givenName, fullName: `${source.child.familyName} ${source.child.middleName} ${givenName}` };
      } else if (what < 0.8) {
        const words = (source.mother.fullName ?? '').split(' ');
        words[words.length - 1] = typo(words[words.length - 1] ?? '', rand);
        record.mother = { ...source.mother, fullName: words.join(' ') };
      } else {
        const day = Number(source.child.birthDate.slice(8));
        record.child = { ...source.child, birthDate: `${source.child.birthDate.slice(0, 8)}${String(day === 28 ? 27 : day + 1).padStart(2, '0')}` };
      }
    } else if (kind === 'reregistration') {
      const year = 2016 + Math.floor(rand() * 5);
      const commune = COMMUNES.find((code) => code !== source.registration.communeCode && rand() < 0.3) ?? '08965';
      record.registration = { ...source.registration, communeCode: commune, number: nextNumber(commune, year), date: `${year}-06-15`, book: `01/${year}` };
      record.remarks = 'Đăng ký lại';
      record.child = { ...source.child, birthDate: rand() < 0.5 ? source.child.birthDate.slice(0, 4) : source.child.birthDate, personalId: rand() < 0.5 ? source.child.personalId : null };
      if (rand() < 0.5) {
        record.mother = { ...source.mother, birthYear: null };
        record.father = source.father === null ? null : { ...source.father, birthYear: null };
      }
    }
    out.push({ record, personKey: original.personKey, familyKey: original.familyKey, kind, twin: original.twin });
  }
  return out;
}
