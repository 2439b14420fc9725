/**
 * A commune's birth register (sổ đăng ký khai sinh), 26 columns: families with
 * one to three children born 1990–2019 (siblings sometimes named as a tone pair
 * of an elder one), 2 % of children twins (a third of them named as a tone
 * pair). Duplicates: 2 % of entries typed twice, 2 % retyped with one slip (the
 * child's given name, the mother's given name or the birth day), 1 % registered
 * again (đăng ký lại, for births registered before 2016) in 2016–2020, half of
 * them with only the birth year, half without the ID. Rejected on purpose: 0.5 %
 * with the birth date 'không rõ', 0.3 % without a registration date.
 */
import type { BookPlan } from './book-plan.js';
import { dateCell, ethnicityCell, messyName, nationalityCell, personalIdCell, sexCell, textCell, yearCell, type BenchCell } from './cell-shapes.js';
import { fullName, randomName, siblingGivenName, tonePartner, typo, type PersonName, type Sex } from './names.js';
import { createRandom, type Random } from './random.js';
import { EntityCounter, nameAsOutput, nameTruth, TruthBuilder, type FieldTruth } from './truth.js';
import {
  addDays,
  bookEntries,
  DuplicateQueue,
  personalId,
  RegisterNumbers,
  registrationCells,
  registrationPlace,
  REGISTRATION_HEADER,
  type BookEntry,
  type EntryKind,
  type Registration,
} from './register-entry.js';

export const BIRTH_HEADER = [
  'STT', ...REGISTRATION_HEADER, 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Nơi sinh', 'Quê quán', 'Số định danh cá nhân',
  'Họ và tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Quốc tịch mẹ', 'Nơi cư trú mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Quốc tịch cha',
  'Nơi cư trú cha', 'Người đi khai sinh', 'Quan hệ với người được khai sinh', 'Ghi chú',
];

interface Parent {
  name: PersonName;
  year: number;
}

interface Birth {
  /** The event (truth.ts): a duplicate keeps its original's. */
  entity: number;
  twinEntity: number | null;
  registration: Registration;
  child: PersonName;
  sex: Sex;
  /** ISO date, or the year alone (a re-registration that kept only the year). */
  birthDate: string;
  personalId: string | null;
  mother: Parent;
  father: Parent | null;
  residence: string;
  birthPlace: string;
  remarks: string | null;
}

export function* birthEntries(book: BookPlan): Generator<BookEntry> {
  const random = createRandom(book.seed);
  const numbers = new RegisterNumbers();
  const queue = new DuplicateQueue();
  const place = registrationPlace(book, random);
  const entities = new EntityCounter();
  let row = 0;

  const unit = book.commune.unit;
  const hometown = `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${book.commune.name}, ${book.districtName}, Vĩnh Phúc`;

  const render = (birth: Birth, kind: EntryKind, twin: boolean): BookEntry => {
    const truth = new TruthBuilder(birth.entity, birth.twinEntity);
    const text = (value: string | null, field?: FieldTruth): BenchCell => textCell(random, book.encoding, value, false, field);
    const name = (role: string, person: PersonName | null): BenchCell => {
      // The parents' records hold the full name only (README, "Record shape").
      const field = nameTruth(truth, role, person, role === 'child');
      return person ? text(messyName(random, fullName(person), field), field) : null;
    };
    const { mother, father } = birth;
    // The father declares 70 % of the births he is named on, now and then written 'Ông …'.
    const byFather = father !== null && random.chance(0.7);
    // Cells in column order: each draws its randomness in turn.
    const cells: BenchCell[] = [...registrationCells(random, book, birth.registration, place, truth)];
    cells.push(name('child', birth.child));
    const birthDate = truth.field('child.birthDate', birth.birthDate);
    if (random.chance(0.005)) {
      birthDate.expected = null;
      truth.rejectFor('child.birthDate');
      cells.push(text('không rõ', birthDate));
    } else cells.push(dateCell(random, birth.birthDate, birthDate));
    cells.push(sexCell(random, birth.sex, truth.field('child.sex', birth.sex)));
    const ethnicity = truth.field('child.ethnicityCode', null);
    cells.push(text(ethnicityCell(random, ethnicity), ethnicity));
    const nationality = truth.field('child.nationality', null);
    cells.push(text(nationalityCell(random, nationality), nationality));
    cells.push(text(birth.birthPlace, truth.field('child.birthPlace', birth.birthPlace)));
    const withHometown = random.chance(0.6) ? hometown : null;
    cells.push(text(withHometown, truth.field('child.hometown', withHometown)));
    cells.push(personalIdCell(random, birth.personalId, truth.field('child.personalId', birth.personalId)));
    const parentCells = (role: 'mother' | 'father', parent: Parent | null): void => {
      cells.push(name(role, parent?.name ?? null));
      if (parent === null) {
        for (const field of ['birthYear', 'ethnicityCode', 'nationality', 'residence']) truth.field(`${role}.${field}`, null);
        cells.push(null, null, null, null);
        return;
      }
      cells.push(yearCell(random, parent.year, truth.field(`${role}.birthYear`, String(parent.year))));
      const parentEthnicity = truth.field(`${role}.ethnicityCode`, null);
      cells.push(text(ethnicityCell(random, parentEthnicity), parentEthnicity));
      const parentNationality = truth.field(`${role}.nationality`, null);
      cells.push(text(nationalityCell(random, parentNationality), parentNationality));
      cells.push(text(birth.residence, truth.field(`${role}.residence`, birth.residence)));
    };
    parentCells('mother', mother);
    parentCells('father', father);
    const declarant = byFather && father ? father.name : mother.name;
    const declarantName = truth.field('declarant.fullName', nameAsOutput(fullName(declarant)));
    const titled = byFather && father !== null && random.chance(0.1);
    if (titled) declarantName.mess.push('name:honorific');
    cells.push(text(`${titled ? 'Ông ' : ''}${fullName(declarant)}`, declarantName));
    const relation = byFather ? 'Cha' : 'Mẹ';
    cells.push(text(relation, truth.field('declarant.relation', relation)));
    cells.push(text(birth.remarks, truth.field('remarks', birth.remarks)));
    return { kind, twin, cells, truth: truth.build() };
  };

  const queueDuplicates = (birth: Birth, twin: boolean): void => {
    const roll = random.next();
    const later = row + random.between(1, 40);
    if (roll < 0.02) queue.add(later, () => render(birth, 'double', twin));
    else if (roll < 0.04) queue.add(later, () => render(withSlip(birth, random), 'typo', twin));
    else if (roll < 0.05 && birth.registration.date < '2016') {
      const year = random.between(2016, 2020);
      const again: Birth = {
        ...birth,
        registration: { number: numbers.take(year), date: `${year}-${String(random.between(1, 12)).padStart(2, '0')}-15` },
        birthDate: random.chance(0.5) ? birth.birthDate.slice(0, 4) : birth.birthDate,
        personalId: random.chance(0.5) ? birth.personalId : null,
        remarks: 'Đăng ký lại',
      };
      queue.add(later, () => render(again, 'reregistration', twin));
    }
  };

  const family = function* (): Generator<BookEntry> {
    const fatherName = randomName(random, 'male');
    const fatherYear = random.between(1955, 1994);
    const mother: Parent = { name: randomName(random, 'female'), year: fatherYear + random.between(0, 5) };
    const father: Parent | null = random.chance(0.05) ? null : { name: fatherName, year: fatherYear };
    const hamlet = random.chance(0.5) ? `Thôn ${random.between(1, 15)}` : `Xóm ${random.pick(['Đông', 'Đoài', 'Nam', 'Bắc', 'Trong', 'Ngoài', 'Giữa'])}`;
    const residence = `${hamlet}, ${book.commune.unit} ${book.commune.name}, ${book.districtName}`;
    const taken: string[] = [];
    let year = Math.min(2019, Math.max(1990, mother.year + random.between(20, 30)));
    for (let children = random.between(1, 3); children > 0 && year <= 2019; children--) {
      const sex: Sex = random.chance(0.5) ? 'male' : 'female';
      const given = siblingGivenName(random, sex, taken, 0.3);
      taken.push(given);
      const birthDate = `${year}-${String(random.between(1, 12)).padStart(2, '0')}-${String(random.between(1, 28)).padStart(2, '0')}`;
      const twin = random.chance(0.02);
      const births = [{ sex, given }];
      if (twin) {
        const twinSex: Sex = random.chance(0.7) ? sex : sex === 'male' ? 'female' : 'male';
        const partner = tonePartner(given);
        const twinGiven = twinSex === sex && partner && random.chance(0.34) ? partner : siblingGivenName(random, twinSex, taken, 0);
        taken.push(twinGiven);
        births.push({ sex: twinSex, given: twinGiven });
      }
      const registered = addDays(birthDate, random.chance(0.9) ? random.between(1, 60) : random.between(61, 700));
      const childEntities = births.map(() => entities.take());
      for (const [index, child] of births.entries()) {
        const birth: Birth = {
          entity: childEntities[index] as number,
          twinEntity: twin ? (childEntities[1 - index] as number) : null,
          registration: { number: numbers.take(Number(registered.slice(0, 4))), date: registered },
          child: { family: father?.name.family ?? mother.name.family, middle: randomName(random, child.sex).middle, given: child.given },
          sex: child.sex,
          birthDate,
          personalId: Number(registered.slice(0, 4)) >= 2016 || random.chance(0.5) ? personalId(random, child.sex, year) : null,
          mother,
          father,
          residence,
          birthPlace: random.weighted([[`Trạm y tế ${book.commune.unit} ${book.commune.name}`, 40], ['Bệnh viện đa khoa tỉnh Vĩnh Phúc', 35], [`Bệnh viện đa khoa huyện ${book.districtName}`, 15], ['Tại nhà', 10]]),
          remarks: twin ? 'Sinh đôi' : registered > addDays(birthDate, 60) && random.chance(0.5) ? 'Đăng ký quá hạn' : null,
        };
        queueDuplicates(birth, twin);
        row++;
        yield render(birth, 'original', twin);
      }
      year += random.between(1, 5);
    }
  };

  yield* bookEntries(book.rows, queue, family);
}

function withSlip(birth: Birth, random: Random): Birth {
  const what = random.next();
  if (what < 0.4) return { ...birth, child: { ...birth.child, given: typo(birth.child.given, random) } };
  if (what < 0.8) return { ...birth, mother: { ...birth.mother, name: { ...birth.mother.name, given: typo(birth.mother.name.given, random) } } };
  const day = Number(birth.birthDate.slice(8, 10));
  return { ...birth, birthDate: `${birth.birthDate.slice(0, 8)}${String(day === 28 ? 27 : day + 1).padStart(2, '0')}` };
}
