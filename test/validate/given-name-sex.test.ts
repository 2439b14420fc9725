/**
 * SEX_GIVEN_NAME_MISMATCH: a sex cell contradicting a given name one sex only bears, warned of
 * only on strong evidence — no Văn/Thị in the middle nor a middle word leaning to the sex typed, a Kinh person
 * (or one whose group is not given), no 12-digit ID confirming the sex typed.
 */
import { describe, expect, it } from 'vitest';
import { sexAgreesWithGivenName } from '../../src/validate/given-name-sex.js';

function person(fullName: string, sex: 'male' | 'female', extra: Record<string, unknown> = {}) {
  const words = fullName.split(' ');
  return { fullName, familyName: words[0], middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1], sex, nationality: 'VN', personalId: null, ...extra };
}

const child = sexAgreesWithGivenName('child');
const deceased = sexAgreesWithGivenName('deceased');
const codes = (found: { code: string }[]) => found.map((finding) => finding.code);

describe('a sex cell against a one-sex given name', () => {
  it('warns of a girl named Tuấn, on the sex cell', () => {
    expect(child({ child: person('Phạm Minh Tuấn', 'female') })).toEqual([
      { code: 'SEX_GIVEN_NAME_MISMATCH', field: 'child.sex', value: 'Nữ', params: { sex: 'Nữ', name: 'Phạm Minh Tuấn', given: 'Tuấn', other: 'nam giới' } },
    ]);
  });

  it('warns of a deceased man named Ngọc Trang', () => {
    expect(codes(deceased({ deceased: person('Lê Ngọc Trang', 'male') }))).toEqual(['SEX_GIVEN_NAME_MISMATCH']);
  });

  it.each([
    ['the name agreeing with the sex', child({ child: person('Phạm Minh Tuấn', 'male') })],
    ['a name both sexes bear (Anh, Minh, Giang)', child({ child: person('Nguyễn Minh Anh', 'male') })],
    ["'Thị' in the middle: an old woman's name", deceased({ deceased: person('Nguyễn Thị Hùng', 'female') })],
    ["'Văn' in the middle: an old man's name", deceased({ deceased: person('Nguyễn Văn Nga', 'male') })],
    ['a 12-digit ID whose sex digit confirms the sex typed', child({ child: person('Phạm Minh Tuấn', 'female', { personalId: '026316001234' }) })],
    ['no sex', child({ child: { ...person('Phạm Minh Tuấn', 'female'), sex: null } })],
    ['a foreign national', child({ child: person('Phạm Minh Tuấn', 'female', { nationality: 'CN' }) })],
    ['the name typed without marks (Hung: Hùng or Hưng)', child({ child: person('Pham Minh Hung', 'female') })],
    // Regression round: rare but real names.
    ["a middle name leaning to the sex typed ('Lê Đức Trang', 'Trần Đình Nguyệt': men)", deceased({ deceased: person('Lê Đức Trang', 'male') })],
    ['the same, a man named Đình Nguyệt', deceased({ deceased: person('Trần Đình Nguyệt', 'male') })],
    ["a Dao man ('Triệu Tài Nguyệt', ethnic code 21)", deceased({ deceased: person('Triệu Tài Nguyệt', 'male', { ethnicityCode: '21' }) })],
    ["a Sán Dìu man 'Sầm Nga' (no middle name)", deceased({ deceased: person('Sầm Nga', 'male', { ethnicityCode: '31' }) })],
    ['a girl named Huy, Quân, Kiên or Toàn (not listed)', child({ child: person('Nguyễn Ngọc Huy', 'female') })],
  ])('no warning: %s', (_, found) => {
    expect(found).toEqual([]);
  });

  it('warns of a Kinh child, or one whose group is not given, whose middle name does not lean to the sex typed', () => {
    expect(codes(child({ child: person('Phạm Minh Tuấn', 'female', { ethnicityCode: '01' }) }))).toEqual(['SEX_GIVEN_NAME_MISMATCH']);
    expect(codes(child({ child: person('Đỗ Đức Tuấn', 'female') }))).toEqual(['SEX_GIVEN_NAME_MISMATCH']); // Đức leans to the name's sex
  });

  it('still warns when the ID says the other sex too (the row is then rejected for the ID)', () => {
    expect(codes(child({ child: person('Phạm Minh Tuấn', 'female', { personalId: '026216001234' }) }))).toEqual(['SEX_GIVEN_NAME_MISMATCH']);
  });
});
