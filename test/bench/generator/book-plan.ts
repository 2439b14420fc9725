/**
 * The synthetic province: which districts, communes and books, how many rows
 * each book holds and how each was typed. A book is one commune's register of
 * one record type, typed into its own file (communes typed separate books).
 *
 * Shares (of N data rows): 60 % births, 15 % marriages, 25 % deaths. Books are
 * sized by a per-commune population weight (0.5–1.5). Per book: typed in TCVN3
 * (.VnTime, headings .VnTimeH) 10 %, VNI (VNI-Times) 4 %, decomposed Unicode 8 %,
 * plain Unicode 78 %; 1–3 title rows above the header (30/40/30 %), a blank row
 * before the header 30 %, a '(1) (2) …' numbering row 20 %, a signature footer
 * 30 %; its CSV export uses ';' 10 %, a UTF-8 BOM 70 % (legacy books: the
 * Windows-1252 bytes Excel saves them in).
 */
import { VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS, type CommuneUnitType } from '../../../src/reference/admin-units.js';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import type { BookEncoding } from './cell-shapes.js';
import { apportion, createRandom, seedOf } from './random.js';

/** Bump when the generated data changes: cached data sets are keyed on it. */
export const GENERATOR_VERSION = 1;

export const RECORD_TYPE_SHARES: Readonly<Record<RecordTypeName, number>> = { birth: 0.6, marriage: 0.15, death: 0.25 };

/** Vĩnh Yên (city), Lập Thạch, Bình Xuyên, Yên Lạc, Vĩnh Tường: 5 of the province's 9 districts. */
export const BENCH_DISTRICTS: readonly string[] = ['243', '246', '249', '251', '252'];

export interface Commune {
  code: string;
  name: string;
  unit: CommuneUnitType;
}

export interface BookLayout {
  titleRows: 1 | 2 | 3;
  blankBeforeHeader: boolean;
  numberingRow: boolean;
  footer: boolean;
  csvDelimiter: ',' | ';';
  csvBom: boolean;
}

export interface BookPlan {
  /** 'birth-249-08935': unique, seeds the book's randomness. */
  key: string;
  type: RecordTypeName;
  districtCode: string;
  districtName: string;
  commune: Commune;
  /** Communes of the same district (residences, places of birth). */
  districtCommunes: readonly Commune[];
  /** Data rows (entries, duplicates included); titles, header and footer come on top. */
  rows: number;
  seed: number;
  encoding: BookEncoding;
  layout: BookLayout;
  /** File path without extension, relative to the format's folder: '249/khai-sinh-08935-huong-canh'. */
  fileStem: string;
}

const TYPE_SLUG: Readonly<Record<RecordTypeName, string>> = { birth: 'khai-sinh', marriage: 'ket-hon', death: 'khai-tu' };

const slug = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Communes whose name and type never changed (a register's place then reads the same in every year). */
function stableCommunes(districtCode: string): Commune[] {
  return VINH_PHUC_COMMUNES.filter((commune) => commune.districtCode === districtCode && commune.status === 'active' && commune.names.length === 1)
    .map((commune) => ({ code: commune.code, name: commune.name, unit: commune.unitType }));
}

/** Every book of a province of `rows` data rows, in a fixed order (district, type, commune). */
export function planProvince(rows: number, seed = 1): BookPlan[] {
  const districts = BENCH_DISTRICTS.map((code) => {
    const district = VINH_PHUC_DISTRICTS.find((candidate) => candidate.code === code);
    if (!district) throw new Error(`bench: unknown district ${code}`);
    return { code, name: district.name, communes: stableCommunes(code) };
  });
  const communes = districts.flatMap((district) => district.communes.map((commune) => ({ district, commune })));
  const weights = communes.map(({ commune }) => 0.5 + createRandom(seedOf(`weight|${seed}|${commune.code}`)).next());
  const types = Object.keys(RECORD_TYPE_SHARES) as RecordTypeName[];
  const typeRows = apportion(rows, types.map((type) => RECORD_TYPE_SHARES[type]));
  const books: BookPlan[] = [];
  types.forEach((type, typeIndex) => {
    const perCommune = apportion(typeRows[typeIndex] as number, weights);
    communes.forEach(({ district, commune }, index) => {
      const key = `${type}-${district.code}-${commune.code}`;
      const bookSeed = seedOf(`v${GENERATOR_VERSION}|${seed}|${key}`);
      const random = createRandom(bookSeed ^ 0x5bd1e995);
      const encoding = random.weighted<BookEncoding>([['tcvn3', 10], ['vni', 4], ['nfd', 8], ['unicode', 78]]);
      books.push({
        key,
        type,
        districtCode: district.code,
        districtName: district.name,
        commune,
        districtCommunes: district.communes,
        rows: perCommune[index] as number,
        seed: bookSeed,
        encoding,
        layout: {
          titleRows: random.weighted<1 | 2 | 3>([[1, 30], [2, 40], [3, 30]]),
          blankBeforeHeader: random.chance(0.3),
          numberingRow: random.chance(0.2),
          footer: random.chance(0.3),
          csvDelimiter: random.chance(0.1) ? ';' : ',',
          csvBom: random.chance(0.7),
        },
        fileStem: `${district.code}/${TYPE_SLUG[type]}-${commune.code}-${slug(commune.name)}`,
      });
    });
  });
  return books.sort((a, b) => a.districtCode.localeCompare(b.districtCode) || types.indexOf(a.type) - types.indexOf(b.type) || a.commune.code.localeCompare(b.commune.code));
}
