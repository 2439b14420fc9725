/**
 * A birth book with one column for both parents' names ('Họ tên cha mẹ'), each name after its label
 * ('Cha: …; Mẹ: …', 'Bố: … - Mẹ: …', a line break between): each parent gets their own name. Before,
 * the column was taken for the father's: he got the whole cell's first name and the mother was lost,
 * with a warning that a remark ('Mẹ: …') had been cut from his name; a cell naming the mother only
 * made her the father.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitParentsInOneCell, splitUnlabelledParents } from '../../src/normalize/name/parents-in-one-cell.js';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-parents-in-one-cell-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Họ tên cha mẹ', 'Nơi cư trú', 'Người đi khai sinh'];
const row = (number: number, child: string, sex: string, parents: string, declarant: string) => [
  number, `${10 + number}/03/2015`, child, sex, `0${number}/03/2015`, 'Kinh', 'Việt Nam', parents, 'Thôn Bá Cầu, xã Bá Hiến, huyện Bình Xuyên', declarant,
];

let book: BookRead;
beforeAll(async () => {
  book = await readBook(
    join(folder, 'KS_BaHien_2015.xlsx'),
    [
      ['SỔ ĐĂNG KÝ KHAI SINH - XÃ BÁ HIẾN - NĂM 2015'],
      HEADER,
      row(1, 'Nguyễn Văn An', 'Nam', 'Cha: Nguyễn Văn Hải; Mẹ: Trần Thị Lan', 'Nguyễn Văn Hải'),
      row(2, 'Trần Thị Mai', 'Nữ', 'Bố: Trần Văn Nam - Mẹ: Lê Thị Hương', 'Trần Văn Nam'),
      row(3, 'Lê Minh Đức', 'Nam', 'Cha: Lê Văn Tùng\nMẹ: Phạm Thị Thu', 'Lê Văn Tùng'),
      row(4, 'Phạm Thị Ngọc', 'Nữ', 'Mẹ: Phạm Thị Hoa', 'Phạm Thị Hoa'),
      row(5, 'Đỗ Văn Kiên', 'Nam', 'Đỗ Văn Thắng', 'Đỗ Văn Thắng'),
    ],
    { districtCode: '249' },
  );
});

const parents = (sheetRow: number) => {
  const record = book.clean.get(sheetRow);
  return record && { father: record.father?.fullName ?? null, mother: record.mother.fullName, warnings: record.warnings.map((w: { code: string }) => w.code) };
};

describe("a birth book's 'Họ tên cha mẹ' column", () => {
  it.each([
    [3, 'Nguyễn Văn Hải', 'Trần Thị Lan'],
    [4, 'Trần Văn Nam', 'Lê Thị Hương'],
    [5, 'Lê Văn Tùng', 'Phạm Thị Thu'],
  ])('row %i: the father %s and the mother %s each get their name, without a warning', (sheetRow, father, mother) => {
    expect(parents(sheetRow)).toEqual({ father, mother, warnings: [] });
  });

  it('gives a cell naming the mother alone to the mother, and the entry no father', () => {
    expect(parents(6)).toEqual({ father: null, mother: 'Phạm Thị Hoa', warnings: [] });
  });

  it('leaves an unlabelled cell to the father, as before', () => {
    expect(parents(7)).toEqual({ father: 'Đỗ Văn Thắng', mother: null, warnings: [] });
    expect(book.rejected.size).toBe(0);
  });
});

/** A 1970s birth book with one column for both parents' names and one for their years: entries [child, sex, parents, years, declarant]. */
async function readOldBook(
  file: string,
  book: { commune: string; year: number; residence: string; districtCode: string },
  entries: [string, string, string, string | number, string][],
): Promise<BookRead> {
  const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha, mẹ', 'Năm sinh cha, mẹ', 'Nơi ở', 'Người khai'];
  const rows = entries.map(([child, sex, parents, years, declarant], i) => [
    String(i + 1), `1${i + 1}/01/${book.year}`, child, sex, `0${i + 1}/01/${book.year}`, 'tại nhà', parents, years, book.residence, declarant,
  ]);
  return readBook(join(folder, file), [[`UBND XÃ ${book.commune.toUpperCase()}`], [`SỔ ĐĂNG KÝ KHAI SINH NĂM ${book.year}`], header, ...rows], { districtCode: book.districtCode });
}

/**
 * An old book's 'Họ tên cha, mẹ' | 'Năm sinh cha, mẹ' typed without labels, the two names on two lines or
 * after a dash or a comma: before, the father got the whole cell (rejected for its words or characters) and
 * the two years made the father's year unreadable, so the entry was rejected.
 */
describe("a 1970s book's unlabelled 'Họ tên cha, mẹ' and 'Năm sinh cha, mẹ'", () => {
  let old: BookRead;
  beforeAll(async () => {
    old = await readOldBook('KS_HuongDao_1976.xlsx', { commune: 'Hướng Đạo', year: 1976, residence: 'xóm Đình, xã Hướng Đạo', districtCode: '247' }, [
      ['Nguyễn Văn Hùng', 'Trai', 'Nguyễn Văn Tài\nTrần Thị Lan', '1950\n1953', 'Nguyễn Văn Tài'],
      ['Lê Thị Mai', 'Gái', 'Lê Văn Sơn - Phạm Thị Nga', '1948 - 1952', 'Lê Văn Sơn'],
      ['Đỗ Văn Long', 'Trai', 'Ngô Thị Hằng, Đỗ Văn Quý', '1955, 1951', 'Đỗ Văn Quý'],
      ['Trần Văn Thu', 'Trai', 'Trần Văn Mạnh', '1954', 'Trần Văn Mạnh'],
      ['Kiều Minh Hằng', 'Gái', 'Kiều Văn Việt\nLê Minh Hằng', '1944\n1947', 'Kiều Văn Việt'],
    ]);
  });

  const both = (sheetRow: number) => {
    const record = old.clean.get(sheetRow);
    return record && [record.father?.fullName ?? null, record.father?.birthYear ?? null, record.mother.fullName, record.mother.birthYear, record.warnings.length];
  };

  it.each([
    [4, ['Nguyễn Văn Tài', '1950', 'Trần Thị Lan', '1953', 0]],
    [5, ['Lê Văn Sơn', '1948', 'Phạm Thị Nga', '1952', 0]],
    [6, ['Đỗ Văn Quý', '1951', 'Ngô Thị Hằng', '1955', 0]],
    [7, ['Trần Văn Mạnh', '1954', null, null, 0]],
    [8, ['Kiều Văn Việt', '1944', 'Lê Minh Hằng', '1947', 0]],
  ])('row %i: each parent gets their name and year, told apart by Thị or Văn, in the order typed', (sheetRow, expected) => {
    expect(both(sheetRow)).toEqual(expected);
  });

  it('rejects none of them', () => {
    expect(old.rejected.size).toBe(0);
  });
});

/**
 * The same book's 'Họ tên cha, mẹ' holding a mother alone (a child with no father named), or two names neither
 * Thị nor Văn tells apart: before, the mother was read as the father (PARENT_NAME_SEX, her year his), and the two
 * names were left whole in the father's cell, the entry rejected for its comma and the two years.
 */
describe("a 1970s book's 'Họ tên cha, mẹ' naming the mother alone, or two names without Thị or Văn", () => {
  let old: BookRead;
  beforeAll(async () => {
    old = await readOldBook('KS_SonLoi_1979.xlsx', { commune: 'Sơn Lôi', year: 1979, residence: 'xóm Núi, xã Sơn Lôi', districtCode: '249' }, [
      ['Lê Thị Hoa', 'Gái', 'Đỗ Thị Hằng', '1956', 'Đỗ Thị Hằng'],
      ['Hà Thị Bích', 'Gái', 'Ngô Thị Thoa', 1958, 'Ngô Thị Thoa'],
      ['Kiều Ngọc Hằng', 'Gái', 'Kiều Thanh Việt, Lê Minh Hằng', '1944, 1947', 'Kiều Thanh Việt'],
      ['Vũ Phương Vân', 'Gái', 'Phạm Thu Mai\nVũ Hữu Mạnh', '1945\n1946', 'Vũ Hữu Mạnh'],
      ['Đặng Thanh Thảo', 'Gái', 'Đặng Quang Mạnh - Tạ Thu Loan', '1951 - 1948', 'Đặng Quang Mạnh'],
      ['Trần Văn Thu', 'Trai', 'Trần Minh Mạnh', '1954', 'Trần Minh Mạnh'],
      ['Lý Văn Hùng', 'Trai', 'Lý Minh Phúc, Hà Nội', '1950', 'Lý Minh Phúc'],
    ]);
  });

  const both = (sheetRow: number) => {
    const record = old.clean.get(sheetRow);
    return record && [record.father?.fullName ?? null, record.father?.birthYear ?? null, record.mother.fullName, record.mother.birthYear, record.warnings.map((w: { code: string }) => w.code)];
  };

  it.each([
    [4, [null, null, 'Đỗ Thị Hằng', '1956', []]],
    [5, [null, null, 'Ngô Thị Thoa', '1958', []]],
    [6, ['Kiều Thanh Việt', '1944', 'Lê Minh Hằng', '1947', []]],
    [7, ['Vũ Hữu Mạnh', '1946', 'Phạm Thu Mai', '1945', []]],
    [8, ['Đặng Quang Mạnh', '1951', 'Tạ Thu Loan', '1948', []]],
    [9, ['Trần Minh Mạnh', '1954', null, null, []]],
  ])('row %i: the mother alone is the mother; two names go by the child\'s family name, else the header\'s order', (sheetRow, expected) => {
    expect(both(sheetRow)).toEqual(expected);
  });

  it('leaves a name and a two-word place whole in the father\'s cell', () => {
    expect([...old.rejected.keys()]).toEqual([10]);
  });
});

describe('splitUnlabelledParents', () => {
  it.each([
    ['Nguyễn Văn Tài\nTrần Thị Lan', { father: 'Nguyễn Văn Tài', mother: 'Trần Thị Lan', fatherFirst: true }],
    ['TRẦN THỊ LAN; NGUYỄN MINH TÀI', { father: 'NGUYỄN MINH TÀI', mother: 'TRẦN THỊ LAN', fatherFirst: false }],
    ['Nguyễn Văn Tài - Trần Ngọc Lan', { father: 'Nguyễn Văn Tài', mother: 'Trần Ngọc Lan', fatherFirst: true }],
    ['Đỗ Hồng Trang, Phạm Văn Khải', { father: 'Phạm Văn Khải', mother: 'Đỗ Hồng Trang', fatherFirst: false }],
    ['Phạm Thanh Khải, Đỗ Hồng Trang', null],
    ['Nguyễn Văn A; Lê Văn B', null],
    ['Nguyễn Thị A - Lê Thị B', null],
    ['Trần Thị Lan', null],
    ['Nguyễn Văn Tài, Trần Thị Lan, Lê Văn Ba', null],
    ['Nguyễn Văn Tài - 1950', null],
    ['Nguyễn Văn Tài - Bộ đội', null],
    ['NGUYỄN VĂN TÀI - TRẦN NGỌC LAN', { father: 'NGUYỄN VĂN TÀI', mother: 'TRẦN NGỌC LAN', fatherFirst: true }],
  ])('%s', (cell, expected) => {
    expect(splitUnlabelledParents(cell)).toEqual(expected);
  });

  it.each([
    ['Trần Thị Lan', { father: null, mother: 'Trần Thị Lan', fatherFirst: false }],
    ['Trần Văn Lan', null],
    ['Trần Minh Lan', null],
    ['Phạm Thanh Khải, Đỗ Hồng Trang', { father: 'Phạm Thanh Khải', mother: 'Đỗ Hồng Trang', fatherFirst: true }],
    ['Đỗ Hồng Trang, Phạm Thanh Khải', { father: 'Đỗ Hồng Trang', mother: 'Phạm Thanh Khải', fatherFirst: true }],
    ['Nguyễn Văn A; Lê Văn B', null],
    ['Phạm Thanh Khải, Hà Nội', null],
  ])("under 'Họ tên cha, mẹ': %s", (cell, expected) => {
    expect(splitUnlabelledParents(cell, { headerFirst: 'father' })).toEqual(expected);
  });

  it("takes the father by the child's family name before the header's order", () => {
    expect(splitUnlabelledParents('Đỗ Hồng Trang, Phạm Thanh Khải', { headerFirst: 'father', childFamilyName: 'Phạm' })?.father).toBe('Phạm Thanh Khải');
    expect(splitUnlabelledParents('Phạm Hồng Trang, Phạm Thanh Khải', { headerFirst: 'mother', childFamilyName: 'Phạm' })?.father).toBe('Phạm Thanh Khải');
  });
});

describe('splitParentsInOneCell', () => {
  it.each([
    ['cha Nguyễn Văn A, mẹ Trần Thị B', { father: 'Nguyễn Văn A', mother: 'Trần Thị B' }],
    ['MẸ: TRẦN THỊ B; CHA: NGUYỄN VĂN A', { father: 'NGUYỄN VĂN A', mother: 'TRẦN THỊ B' }],
    ['Nguyễn Văn A; Trần Thị B', null],
    ['Cha: Nguyễn Văn A; Cha: Lê Văn C', null],
    ['Chanh Văn Tú', null],
  ])('%s', (cell, expected) => {
    expect(splitParentsInOneCell(cell)).toEqual(expected);
  });

  it('never throws and gives parts of the cell only', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const split = splitParentsInOneCell(text);
        for (const part of [split?.father, split?.mother]) if (typeof part === 'string') expect(text).toContain(part);
      }),
    );
  });
});

/**
 * A book with the mother's own name column: the father's cell holds his name only, so a place or a village typed
 * after it ('Đỗ Văn Hùng, Hà Nội' — Hà is a family name) is no unlabelled mother's name, silently dropped.
 */
describe("a father's cell with a place after his name, beside the mother's own column", () => {
  let book2: BookRead;
  beforeAll(async () => {
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha', 'Nơi cư trú'];
    book2 = await readBook(
      join(folder, 'KS_HuongSon_1998.xlsx'),
      [
        ['SỔ ĐĂNG KÝ KHAI SINH - XÃ HƯƠNG SƠN - NĂM 1998'],
        header,
        ['1', '14/01/1998', 'Đỗ Văn Cường', 'Nam', '03/01/1998', 'Trần Thị Lan', '1975', 'Đỗ Văn Hùng, Hà Nội', '1970', 'Thôn Đồng Sậu'],
        ['2', '19/01/1998', 'Kim Văn Khôi', 'Nam', '08/01/1998', 'Hà Thị Mai', '1975', 'Kim Văn Tài, Đồng Tâm', '1970', 'Thôn Đồng Sậu'],
      ],
      { districtCode: '249' },
    );
  });

  it('is read as before, not split into the father and a second name', () => {
    expect([...book2.rejected.keys()]).toEqual([3, 4]);
  });
});
