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
import { EntityCounter, nameAsOutput, nameTruth, TruthBuilder, type FieldTruth } from './truth.js';
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
  /** The event (truth.ts): a duplicate keeps its original's. */
  entity: number;
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
  const entities = new EntityCounter();
  let row = 0;

  const render = (death: Death, kind: EntryKind): BookEntry => {
    const truth = new TruthBuilder(death.entity);
    const text = (value: string | null, field?: FieldTruth): BenchCell => textCell(random, book.encoding, value, false, field);
    // Cells in column order: each draws its randomness in turn.
    const cells: BenchCell[] = [...registrationCells(random, book, death.registration, place, truth)];
    const name = nameTruth(truth, 'deceased', death.name);
    const title = random.weighted(TITLES[death.sex]);
    if (title !== '') name.mess.push('name:honorific');
    cells.push(text(title + messyName(random, fullName(death.name), name), name));
    cells.push(sexCell(random, death.sex, truth.field('deceased.sex', death.sex)));
    const birthDate = truth.field('deceased.birthDate', death.birthDate === 'không rõ' ? null : death.birthDate);
    cells.push(death.birthDate === 'không rõ' ? text(death.birthDate, birthDate) : dateCell(random, death.birthDate, birthDate));
    const ethnicity = truth.field('deceased.ethnicityCode', null);
    cells.push(text(ethnicityCell(random, ethnicity), ethnicity));
    const nationality = truth.field('deceased.nationality', null);
    cells.push(text(nationalityCell(random, nationality), nationality));
    cells.push(personalIdCell(random, death.id, truth.field('deceased.personalId', death.id)));
    cells.push(text(death.residence, truth.field('deceased.residence', death.residence)));
    const deathDate = truth.field('deathDate', death.deathDate);
    if (random.chance(0.005)) {
      deathDate.expected = null;
      truth.rejectFor('deathDate');
      cells.push(null);
    } else cells.push(dateCell(random, death.deathDate, deathDate));
    cells.push(text(death.deathPlace, truth.field('deathPlace', death.deathPlace)));
    cells.push(text(death.cause, truth.field('cause', death.cause)));
    cells.push(text(fullName(death.declarant.name), truth.field('declarant.fullName', nameAsOutput(fullName(death.declarant.name)))));
    cells.push(text(death.declarant.relation, truth.field('declarant.relation', death.declarant.relation)));
    truth.field('remarks', null);
    cells.push(null);
    return { kind, cells, truth: truth.build() };
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
      entity: entities.take(),
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
