/**
 * A birth book retyped by a clerk who put the child's given name first ('Hùng Phạm Minh' for Phạm
 * Minh Hùng): the middle name is no Thị/Văn, so the name alone does not say it (name-order.ts), but
 * the entry's parents do — the child carries the father's family name, typed second here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childNameInParentsOrder, childNameWithoutTitle } from '../../src/record-types/child-name-order.js';
import { readBook } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-child-name-order-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha'];
const row = (number: number, name: string, mother: string, father: string | null): (string | number | null)[] =>
  [number, '02/04/2015', 'UBND xã Tam Hợp', name, '28/03/2015', 'Nam', 'Kinh', 'Việt Nam', mother, 1995, father, father === null ? null : 1993];

describe("a child's name typed given name first, told by the parents' family name", () => {
  it('reads it back with NAME_ORDER_REVERSED, and leaves real names alone', async () => {
    const read = await readBook(join(folder, 'ks.xlsx'), [
      HEADER,
      row(1, 'Hùng Phạm Minh', 'Bùi Thị Nga', 'Phạm Văn Sơn'),
      row(2, 'Lan Hà Ngọc', 'Hà Thị Thu', null), // no father: the mother's family name
      row(3, 'Lê Phạm Minh', 'Lê Thị Hoa', 'Phạm Văn Sơn'), // the mother's family name first: a real name
      row(4, 'Đinh Phạm Tuấn', 'Bùi Thị Nga', 'Phạm Văn Sơn'), // a family name first: a real name
      row(5, 'Phạm Minh Hùng', 'Bùi Thị Nga', 'Phạm Văn Sơn'),
    ]);
    const child = (rowNumber: number) => read.clean.get(rowNumber)?.child;
    expect(child(2)).toMatchObject({ fullName: 'Phạm Minh Hùng', familyName: 'Phạm', middleName: 'Minh', givenName: 'Hùng' });
    expect(read.clean.get(2)?.notes).toContainEqual(expect.objectContaining({ code: 'NAME_ORDER_REVERSED', field: 'child.fullName', from: 'Hùng Phạm Minh', to: 'Phạm Minh Hùng' }));
    expect(child(3)).toMatchObject({ fullName: 'Hà Ngọc Lan', familyName: 'Hà', middleName: 'Ngọc', givenName: 'Lan' });
    expect(child(4)?.fullName).toBe('Lê Phạm Minh');
    expect(child(5)?.fullName).toBe('Đinh Phạm Tuấn');
    expect(child(6)?.fullName).toBe('Phạm Minh Hùng');
    for (const rowNumber of [4, 5, 6]) expect(JSON.stringify(read.clean.get(rowNumber)?.notes ?? [])).not.toContain('NAME_ORDER_REVERSED');
  });

  it('needs a parent to tell', () => {
    const name = { fullName: 'Hùng Phạm Minh', familyName: 'Hùng', middleName: 'Phạm', givenName: 'Minh' };
    expect(childNameInParentsOrder(name, null, null)).toBeNull();
    expect(childNameInParentsOrder(name, 'Bùi Thị Nga', 'Nguyễn Văn Sơn')).toBeNull();
    expect(childNameInParentsOrder(name, 'Phạm Thị Nga', null)?.fullName).toBe('Phạm Minh Hùng');
  });
});

describe("a child's title typed without marks that is also a family name (Cháu as Chau, Bé as Be)", () => {
  it('takes it off when the next word is the parents\' family name, with NAME_HONORIFIC_REMOVED', async () => {
    // A 1983 book retyped without Vietnamese marks: 'Cháu Nguyễn Văn Hải' became 'Chau Nguyen Van Hai'.
    const read = await readBook(join(folder, 'ks-unmarked.xlsx'), [
      HEADER,
      row(1, 'Chau Nguyen Van Hai', 'Do Thi Lan', 'Nguyen Van Tam'),
      row(2, 'Be Tran Thi Thu Ha', 'Tran Thi Hoa', null), // no father: the mother's family name
      row(3, 'Chau Le Van Hung', 'Chau Thi Mai', 'Le Van Tuan'), // the mother is a Châu: the child may be one
      row(4, 'Chau Hoang Van Nam', 'Bui Thi Nga', 'Pham Van Son'), // the father is a Phạm: Châu Hoàng … is a name
      row(5, 'Chau Nguyen Hai', 'Do Thi Lan', 'Nguyen Van Tam'), // too short to tell a title from a family name
      row(6, 'Châu Nguyễn Văn Hải', 'Đỗ Thị Lan', 'Nguyễn Văn Tâm'), // typed with marks: Châu is the family name
      row(7, 'Nguyen Van Hai', 'Do Thi Lan', 'Nguyen Van Tam'),
    ]);
    const child = (rowNumber: number) => read.clean.get(rowNumber)?.child;
    expect(child(2)).toMatchObject({ fullName: 'Nguyen Van Hai', familyName: 'Nguyen', middleName: 'Van', givenName: 'Hai' });
    expect(read.clean.get(2)?.notes).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', field: 'child.fullName', from: 'Chau Nguyen Van Hai', to: 'Nguyen Van Hai' }));
    expect(JSON.stringify(read.clean.get(2)?.warnings ?? [])).toContain('NAME_NO_DIACRITICS');
    expect(child(3)).toMatchObject({ fullName: 'Tran Thi Thu Ha', familyName: 'Tran', middleName: 'Thi Thu', givenName: 'Ha' });
    expect(child(4)?.fullName).toBe('Chau Le Van Hung');
    expect(child(5)?.fullName).toBe('Chau Hoang Van Nam');
    expect(child(6)?.fullName).toBe('Chau Nguyen Hai');
    expect(child(7)?.fullName).toBe('Châu Nguyễn Văn Hải');
    expect(child(8)?.fullName).toBe('Nguyen Van Hai');
    for (const rowNumber of [4, 5, 6, 7, 8]) expect(JSON.stringify(read.clean.get(rowNumber)?.notes ?? [])).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it('needs a parent to tell', () => {
    const name = { fullName: 'Chau Nguyen Van Hai', familyName: 'Chau', middleName: 'Nguyen Van', givenName: 'Hai' };
    expect(childNameWithoutTitle(name, null, null)).toBeNull();
    expect(childNameWithoutTitle(name, 'Do Thi Lan', 'Nguyễn Văn Tâm')?.name.fullName).toBe('Nguyen Van Hai');
    expect(childNameWithoutTitle(name, 'Nguyen Thi Lan', 'Chau Van Tam')).toBeNull();
  });
});
