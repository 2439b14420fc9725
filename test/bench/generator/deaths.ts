/**
 * A commune's death register (sổ đăng ký khai tử): people born 1915–1985, dead
 * 1995–2020, registered within 15 days (90 %) or late. Birth date full (55 %),
 * the year alone (40 %) or 'không rõ'; a title before the name ('Ông', 'Bà',
 * 'Cụ') 15 %; IDs for deaths from 2016, CMNDs before. Duplicates: 2 % typed
 * twice, 1 % retyped with a slip in the given name or the birth day. Rejected
 * on purpose: 0.5 % without a death date, 0.3 % without a registration date.
 */
import type { BookPlan } from './book-plan.js';
import { dateCell, ethnicityCell, messyName, nationalityCell, personalIdCell, sexCell, textCell, type BenchCell } from './cell-shapes.js';
import { fullName, randomName, typo, type PersonName, type Sex } from './names.js';
import { createRandom, type Random } from './random.js';
import {
  addDays,
  bookEntries,
  DuplicateQueue,
  isoDate,
  legacyCmnd,
  personalId,
  RegisterNumbers,
  registrationCells,
  registrationPlace,
  REGISTRATION_HEADER,
  type BookEntry,
  type EntryKind,
  type Registration,
} from './register-entry.js';

export const DEATH_HEADER = [
  'STT', ...REGISTRATION_HEADER, 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Số định danh cá nhân',
  'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai tử', 'Quan hệ với người chết', 'Ghi chú',
];

interface Death {
  registration: Registration;
  name: PersonName;
  sex: Sex;
  birthDate: string;
  id: string | null;
  residence: string;
  deathDate: string;
  deathPlace: string;
  cause: string | null;
  declarant: { name: PersonName; relation: string };
}

const TITLES: Readonly<Record<Sex, readonly (readonly [string, number])[]>> = {
  male: [['', 85], ['Ông ', 10], ['Cụ ', 5]],
  female: [['', 85], ['Bà ', 10], ['Cụ ', 5]],
};

export function* deathEntries(book: BookPlan): Generator<BookEntry> {
  const random = createRandom(book.seed);
  const numbers = new RegisterNumbers();
  const queue = new DuplicateQueue();
  const place = registrationPlace(book, random);
  let row = 0;

  const render = (death: Death, kind: EntryKind): BookEntry => {
    const text = (value: string | null): BenchCell => textCell(random, book.encoding, value);
    return {
      kind,
      cells: [
        ...registrationCells(random, book, death.registration, place),
        text(random.weighted(TITLES[death.sex]) + messyName(random, fullName(death.name))),
        sexCell(random, death.sex),
        death.birthDate === 'không rõ' ? text(death.birthDate) : dateCell(random, death.birthDate),
        text(ethnicityCell(random)), text(nationalityCell(random)), personalIdCell(random, death.id), text(death.residence),
        random.chance(0.005) ? null : dateCell(random, death.deathDate), text(death.deathPlace), text(death.cause),
        text(fullName(death.declarant.name)), text(death.declarant.relation), null,
      ],
    };
  };

  const death = function* (): Generator<BookEntry> {
    const sex: Sex = random.chance(0.52) ? 'male' : 'female';
    const birthYear = random.between(1915, 1985);
    const deathDate = isoDate(random.between(Math.max(1995, birthYear + 10), 2020), random.between(1, 12), random.between(1, 28));
    const registered = addDays(deathDate, random.chance(0.9) ? random.between(0, 15) : random.between(16, 700));
    const year = Number(registered.slice(0, 4));
    const name = randomName(random, sex);
    const relation = random.weighted([['Con', 70], [sex === 'male' ? 'Vợ' : 'Chồng', 20], ['Cháu', 10]]);
    const declarantSex: Sex = relation === 'Vợ' ? 'female' : relation === 'Chồng' ? 'male' : random.chance(0.6) ? 'male' : 'female';
    const roll = random.next();
    const entry: Death = {
      registration: { number: numbers.take(year), date: registered },
      name,
      sex,
      birthDate: roll < 0.55 ? isoDate(birthYear, random.between(1, 12), random.between(1, 28)) : roll < 0.97 ? String(birthYear) : 'không rõ',
      id: year >= 2016 && random.chance(0.6) ? personalId(random, sex, birthYear) : random.chance(0.2) ? legacyCmnd(random) : null,
      residence: `Thôn ${random.between(1, 15)}, ${book.commune.unit} ${book.commune.name}, ${book.districtName}, Vĩnh Phúc`,
      deathDate,
      deathPlace: random.weighted([['Tại nhà', 70], ['Bệnh viện đa khoa tỉnh Vĩnh Phúc', 20], [`Trạm y tế ${book.commune.unit} ${book.commune.name}`, 10]]),
      cause: random.weighted<string | null>([['Già yếu', 40], ['Bệnh', 20], ['Ung thư', 10], ['Tai biến mạch máu não', 10], ['Tai nạn giao thông', 5], [null, 15]]),
      declarant: { name: randomName(random, declarantSex, relation === 'Con' && sex === 'male' ? name.family : undefined), relation },
    };
    const duplicate = random.next();
    const later = row + random.between(1, 40);
    if (duplicate < 0.02) queue.add(later, () => render(entry, 'double'));
    else if (duplicate < 0.03) queue.add(later, () => render(withSlip(entry, random), 'typo'));
    row++;
    yield render(entry, 'original');
  };

  yield* bookEntries(book.rows, queue, death);
}

function withSlip(death: Death, random: Random): Death {
  if (random.chance(0.6) || death.birthDate.length !== 10) return { ...death, name: { ...death.name, given: typo(death.name.given, random) } };
  const day = Number(death.birthDate.slice(8, 10));
  return { ...death, birthDate: `${death.birthDate.slice(0, 8)}${String(day === 28 ? 27 : day + 1).padStart(2, '0')}` };
}
