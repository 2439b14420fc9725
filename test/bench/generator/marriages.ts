/**
 * A commune's marriage register (sổ đăng ký kết hôn): the husband lives in the
 * commune, the wife in the same commune (40 %) or another of the district;
 * registered 1995–2020, the husband born 20–35 years before the registration
 * year, the wife at least 18 years before it — so a spouse born late in the
 * year is now and then a few months under the legal age (Law on Marriage and
 * Family 2014 Art. 8), a true problem the truth names. Birth dates full (85 %)
 * or the year alone; IDs from 2016, 9-digit CMNDs before. Duplicates: 2 %
 * typed twice, 1 % retyped with a slip in a spouse's given name. Rejected on
 * purpose: 0.5 % with the wife's name typed as 'x', 0.3 % without a
 * registration date.
 */
import type { BookPlan } from './book-plan.js';
import { dateCell, ethnicityCell, messyName, nationalityCell, personalIdCell, textCell, type BenchCell } from './cell-shapes.js';
import { fullName, randomName, typo, type PersonName, type Sex } from './names.js';
import { createRandom, type Random } from './random.js';
import { EntityCounter, nameTruth, TruthBuilder, type FieldTruth } from './truth.js';
import {
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

const spouseHeader = (who: string): string[] => [`Họ và tên ${who}`, `Ngày sinh ${who}`, `Dân tộc ${who}`, `Quốc tịch ${who}`, `Nơi cư trú ${who}`, `Số định danh ${who}`];

export const MARRIAGE_HEADER = ['STT', ...REGISTRATION_HEADER, ...spouseHeader('chồng'), ...spouseHeader('vợ'), 'Ghi chú'];

interface Spouse {
  name: PersonName;
  birthDate: string;
  residence: string;
  id: string | null;
}

interface Marriage {
  /** The event (truth.ts): a duplicate keeps its original's. */
  entity: number;
  registration: Registration;
  husband: Spouse;
  wife: Spouse;
}

export function* marriageEntries(book: BookPlan): Generator<BookEntry> {
  const random = createRandom(book.seed);
  const numbers = new RegisterNumbers();
  const queue = new DuplicateQueue();
  const place = registrationPlace(book, random);
  const entities = new EntityCounter();
  let row = 0;

  const spouseCells = (role: 'husband' | 'wife', spouse: Spouse, truth: TruthBuilder): BenchCell[] => {
    const text = (value: string | null, field: FieldTruth): BenchCell => textCell(random, book.encoding, value, false, field);
    const name = nameTruth(truth, role, spouse.name);
    const cells: BenchCell[] = [text(messyName(random, fullName(spouse.name), name), name)];
    cells.push(dateCell(random, spouse.birthDate, truth.field(`${role}.birthDate`, spouse.birthDate)));
    const ethnicity = truth.field(`${role}.ethnicityCode`, null);
    cells.push(text(ethnicityCell(random, ethnicity), ethnicity));
    const nationality = truth.field(`${role}.nationality`, null);
    cells.push(text(nationalityCell(random, nationality), nationality));
    cells.push(text(spouse.residence, truth.field(`${role}.residence`, spouse.residence)));
    cells.push(personalIdCell(random, spouse.id, truth.field(`${role}.personalId`, spouse.id)));
    return cells;
  };
  const render = (marriage: Marriage, kind: EntryKind): BookEntry => {
    const truth = new TruthBuilder(marriage.entity);
    const cells: BenchCell[] = [
      ...registrationCells(random, book, marriage.registration, place, truth),
      ...spouseCells('husband', marriage.husband, truth),
      ...spouseCells('wife', marriage.wife, truth),
      null,
    ];
    truth.field('remarks', null);
    for (const role of ['husband', 'wife'] as const) {
      if (underAge(role, marriage[role].birthDate, marriage.registration.date)) truth.problem('MARRIAGE_UNDER_AGE', `${role}.birthDate`);
    }
    // 0.5 %: the wife's name typed as 'x' (no name: the row is rejected).
    if (random.chance(0.005)) {
      cells[10] = 'x';
      nameTruth(truth, 'wife', null).mess.push('name:placeholder');
      truth.rejectFor('wife.fullName');
    }
    return { kind, cells, truth: truth.build() };
  };

  const spouse = (sex: Sex, birthYear: number, commune: BookPlan['commune'], registeredYear: number): Spouse => {
    const full = random.chance(0.85);
    const id = registeredYear >= 2016 && random.chance(0.7) ? personalId(random, sex, birthYear) : random.chance(0.5) ? legacyCmnd(random) : null;
    return {
      name: randomName(random, sex),
      birthDate: full ? isoDate(birthYear, random.between(1, 12), random.between(1, 28)) : String(birthYear),
      residence: `Thôn ${random.between(1, 12)}, ${commune.unit} ${commune.name}, ${book.districtName}`,
      id,
    };
  };

  const couple = function* (): Generator<BookEntry> {
    const year = random.between(1995, 2020);
    const husbandYear = year - random.between(20, 35);
    const wifeYear = Math.min(year - 18, husbandYear + random.between(-2, 6));
    const wifeCommune = random.chance(0.4) ? book.commune : random.pick(book.districtCommunes);
    const marriage: Marriage = {
      entity: entities.take(),
      registration: { number: numbers.take(year), date: isoDate(year, random.between(1, 12), random.between(1, 28)) },
      husband: spouse('male', husbandYear, book.commune, year),
      wife: spouse('female', wifeYear, wifeCommune, year),
    };
    const roll = random.next();
    const later = row + random.between(1, 40);
    if (roll < 0.02) queue.add(later, () => render(marriage, 'double'));
    else if (roll < 0.03) queue.add(later, () => render(withSlip(marriage, random), 'typo'));
    row++;
    yield render(marriage, 'original');
  };

  yield* bookEntries(book.rows, queue, couple);
}

/**
 * A spouse under the legal marriage age on the registration date (DOMAIN.md
 * §3.4): from 2015 men from full 20, women from full 18 (Law 52/2014); before,
 * 19 / 17 completed years (Law 22/2000 read as entering the 20th / 18th year).
 * Only a full birth date tells; the generator draws birth years from the
 * registration year, so a spouse born late in the year can be a few months short.
 */
function underAge(role: 'husband' | 'wife', birthDate: string, registered: string): boolean {
  if (birthDate.length !== 10) return false;
  const minimum = registered >= '2015-01-01' ? (role === 'husband' ? 20 : 18) : role === 'husband' ? 19 : 17;
  const years = Number(registered.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (registered.slice(5) < birthDate.slice(5) ? 1 : 0);
  return years < minimum;
}

function withSlip(marriage: Marriage, random: Random): Marriage {
  const who = random.chance(0.5) ? 'husband' : 'wife';
  const spouse = marriage[who];
  return { ...marriage, [who]: { ...spouse, name: { ...spouse.name, given: typo(spouse.name.given, random) } } };
}
