/**
 * A commune's marriage register (sổ đăng ký kết hôn): the husband lives in the
 * commune, the wife in the same commune (40 %) or another of the district;
 * registered 1995–2020 at 20–35 (the wife at 18 or more, Law on Marriage and
 * Family 2014 Art. 8). Birth dates full (85 %) or the year alone; IDs from 2016,
 * 9-digit CMNDs before. Duplicates: 2 % typed twice, 1 % retyped with a slip in
 * a spouse's given name. Rejected on purpose: 0.5 % with the wife's name typed
 * as 'x', 0.3 % without a registration date.
 */
import type { BookPlan } from './book-plan.js';
import { dateCell, ethnicityCell, messyName, nationalityCell, personalIdCell, textCell, type BenchCell } from './cell-shapes.js';
import { fullName, randomName, typo, type PersonName, type Sex } from './names.js';
import { createRandom, type Random } from './random.js';
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
  registration: Registration;
  husband: Spouse;
  wife: Spouse;
}

export function* marriageEntries(book: BookPlan): Generator<BookEntry> {
  const random = createRandom(book.seed);
  const numbers = new RegisterNumbers();
  const queue = new DuplicateQueue();
  const place = registrationPlace(book, random);
  let row = 0;

  const spouseCells = (spouse: Spouse): BenchCell[] => [
    textCell(random, book.encoding, messyName(random, fullName(spouse.name))),
    dateCell(random, spouse.birthDate),
    textCell(random, book.encoding, ethnicityCell(random)),
    textCell(random, book.encoding, nationalityCell(random)),
    textCell(random, book.encoding, spouse.residence),
    personalIdCell(random, spouse.id),
  ];
  const render = (marriage: Marriage, kind: EntryKind): BookEntry => ({
    kind,
    cells: [...registrationCells(random, book, marriage.registration, place), ...spouseCells(marriage.husband), ...spouseCells(marriage.wife), null].map(
      // 0.5 %: the wife's name typed as 'x' (no name: the row is rejected).
      (cell, index) => (index === 10 && random.chance(0.005) ? 'x' : cell),
    ),
  });

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

function withSlip(marriage: Marriage, random: Random): Marriage {
  const who = random.chance(0.5) ? 'husband' : 'wife';
  const spouse = marriage[who];
  return { ...marriage, [who]: { ...spouse, name: { ...spouse.name, given: typo(spouse.name.given, random) } } };
}
