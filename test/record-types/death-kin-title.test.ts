/**
 * A death book typed without Vietnamese marks: 'Ong Bui Huu Cuong', declared by his son 'Bui Xuan Binh'.
 * With no Văn or Thị after the family name the name alone keeps 'Ong' as the family name Ông
 * (honorific.ts); the son's family name says the deceased is a Bùi and 'Ong' the title.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBook } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-death-kin-title-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Ngày chết', 'Người đi khai tử', 'Quan hệ'];
const row = (number: number, deceased: string, declarant: string, relation: string): (string | number | null)[] =>
  [number, '12/05/2010', 'UBND xa Tuan Chinh', deceased, 'Nam', 1931, '08/05/2010', declarant, relation];

describe("a death's title typed without marks that is also a family name, told by the declarant's family", () => {
  it('takes it off when a child or grandchild of that family declares, with NAME_HONORIFIC_REMOVED', async () => {
    const read = await readBook(join(folder, 'kt.xlsx'), [
      HEADER,
      row(1, 'Ong Bui Huu Cuong', 'Bui Xuan Binh', 'Con trai'),
      row(2, 'Cu Duong Cong Quang', 'Duong Van Tam', 'Chau noi'),
      row(3, 'Duong Xuan Luc', 'Ong Duong Xuan Phuc', 'Con'), // the declarant's title, told by the deceased's family
      row(4, 'Ong Bui Huu Cuong', 'Ong Bui Xuan Binh', 'Con'), // both titled
      row(5, 'Ong Bui Huu Cuong', 'Bui Xuan Binh', 'Hang xom'), // a neighbour says nothing of the family
      row(6, 'Ong Bui Huu Cuong', 'Ong Van Binh', 'Con'), // a son of the Ông family: Ông is the family name
      row(7, 'Cu Tran Bao Ngoc', 'Nguyen Van Tam', 'Con'),
      row(8, 'Ông Bùi Hữu Cường', 'Bùi Xuân Bình', 'Con'), // typed with marks: the title rules alone
      row(9, 'Ong Bui Huu Cuong', 'Bui Thi Lan', 'Con dâu'), // a daughter-in-law is of another family
      row(10, 'Ong Bui Huu Cuong', 'Bui Van Nam', 'Cháu ngoại'), // a daughter's child too
    ]);
    const record = (rowNumber: number) => read.clean.get(rowNumber);
    expect(record(2)?.deceased).toMatchObject({ fullName: 'Bui Huu Cuong', familyName: 'Bui', middleName: 'Huu', givenName: 'Cuong' });
    expect(record(2)?.notes).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', field: 'deceased.fullName', from: 'Ong Bui Huu Cuong', to: 'Bui Huu Cuong' }));
    expect(record(3)?.deceased?.fullName).toBe('Duong Cong Quang');
    expect(record(4)?.declarant).toEqual({ fullName: 'Duong Xuan Phuc', relation: 'Con' });
    expect(record(4)?.notes).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', field: 'declarant.fullName', from: 'Ong Duong Xuan Phuc', to: 'Duong Xuan Phuc' }));
    expect(record(5)?.deceased?.fullName).toBe('Bui Huu Cuong');
    expect(record(5)?.declarant?.fullName).toBe('Bui Xuan Binh');
    expect(record(6)?.deceased?.fullName).toBe('Ong Bui Huu Cuong');
    expect(record(7)?.deceased?.fullName).toBe('Ong Bui Huu Cuong');
    // A son of another family says nothing; the deceased's age (78 at death: 1931–2010) does: Cụ, the elder's title.
    expect(record(8)?.deceased?.fullName).toBe('Tran Bao Ngoc');
    expect(record(9)?.deceased?.fullName).toBe('Bùi Hữu Cường');
    expect(record(10)?.deceased?.fullName).toBe('Ong Bui Huu Cuong');
    expect(record(11)?.deceased?.fullName).toBe('Ong Bui Huu Cuong');
    for (const rowNumber of [6, 7, 9, 10, 11]) expect(JSON.stringify(record(rowNumber)?.notes ?? [])).not.toMatch(/NAME_HONORIFIC_REMOVED","field":"(deceased|declarant)\.fullName","from":"(Ong|Cu) /);
  });

  it('keeps a family name the declarant shares: the word after it is Văn, Thị or a middle name, not a family', async () => {
    const read = await readBook(join(folder, 'kt-same-family.xlsx'), [
      HEADER,
      row(1, 'Chu Van Thanh Long', 'Chu Van Hung', 'Con'),
      row(2, 'Chu Van Minh', 'Chu Van Thanh Hai', 'Con trai'),
      row(3, 'Cu Van Thanh Tung', 'Cu Van Hung', 'Con'),
      row(4, 'Chu Duc Thanh Long', 'Chu Duc Minh', 'Con trai'),
      row(5, 'Chau Ngoc Minh', 'Chau Ngoc Thanh Tung', 'Con trai'),
      row(6, 'Chau: Chau Van Minh Duc', 'Chau Van Hai', 'Con trai'),
    ]);
    const names = [2, 3, 4, 5, 6, 7].map((rowNumber) => [read.clean.get(rowNumber)?.deceased?.fullName, read.clean.get(rowNumber)?.declarant?.fullName]);
    expect(names).toEqual([
      ['Chu Van Thanh Long', 'Chu Van Hung'],
      ['Chu Van Minh', 'Chu Van Thanh Hai'],
      ['Cu Van Thanh Tung', 'Cu Van Hung'],
      ['Chu Duc Thanh Long', 'Chu Duc Minh'],
      ['Chau Ngoc Minh', 'Chau Ngoc Thanh Tung'],
      ['Chau Van Minh Duc', 'Chau Van Hai'],
    ]);
  });
});

describe("'Cu' typed without marks before a family name, in the name of an old deceased", () => {
  const aged = (number: number, deceased: string, born: number): (string | number | null)[] => [number, '12/05/2010', 'UBND xa Tuan Chinh', deceased, 'Nam', born, '08/05/2010', 'Nguyen Van Hai', 'Hang xom'];

  it('is the title Cụ for a deceased of 60 or more, when the next word can only be a family name', async () => {
    const read = await readBook(join(folder, 'kt-elder.xlsx'), [
      HEADER,
      aged(1, 'Cu Ta Dinh Hung', 1925), // row 2: 84 at death
      aged(2, 'Cu Le Minh Hung', 1975), // row 3: 34 at death, a Cù with his mother's family name
      aged(3, 'Cu Van Thanh Tung', 1925), // row 4: Văn is a middle name
      aged(4, 'Cu Duc Minh Hoang', 1925), // row 5: Đức is a middle name as often as a family name
      aged(5, 'Cu Ta Hung', 1925), // row 6: three words: a Cù named Tạ Hùng? too short to tell
    ]);
    const record = (rowNumber: number) => read.clean.get(rowNumber);
    expect(record(2)?.deceased).toMatchObject({ fullName: 'Ta Dinh Hung', familyName: 'Ta', middleName: 'Dinh', givenName: 'Hung' });
    expect(record(2)?.notes).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', field: 'deceased.fullName', from: 'Cu Ta Dinh Hung', to: 'Ta Dinh Hung' }));
    expect([3, 4, 5, 6].map((rowNumber) => record(rowNumber)?.deceased?.familyName)).toEqual(['Cu', 'Cu', 'Cu', 'Cu']);
    for (const rowNumber of [3, 4, 5, 6]) expect(JSON.stringify(record(rowNumber)?.notes ?? []), `row ${rowNumber}`).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it("is the family name Cù when the declarant's own family name is Cù", async () => {
    const read = await readBook(join(folder, 'kt-elder-cu.xlsx'), [
      HEADER,
      [1, '12/05/2010', 'UBND xa Tuan Chinh', 'Cu Tran Minh Tuan', 'Nam', 1930, '08/05/2010', 'Cu Minh Hai', 'Con'], // row 2
    ]);
    expect(read.clean.get(2)?.deceased).toMatchObject({ fullName: 'Cu Tran Minh Tuan', familyName: 'Cu', givenName: 'Tuan' });
    expect(JSON.stringify(read.clean.get(2)?.notes ?? [])).not.toContain('NAME_HONORIFIC_REMOVED');
  });
});
