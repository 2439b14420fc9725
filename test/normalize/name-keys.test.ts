import { describe, expect, it } from 'vitest';
import { accentKey, foldedKey } from '../../src/normalize/name/normalize-name.js';

describe('foldedKey', () => {
  it.each<[string, string]>([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['NGUYỄN  VĂN ĐỨC ', 'nguyen van duc'],
    ['Đặng Thị Ư', 'dang thi u'],
    ['Hùng', 'hung'],
    ['Hưng', 'hung'],
    ['Nguye\u0302\u0303n', 'nguyen'], // decomposed input
    ["H'Hen Niê", "h'hen nie"],
    ['Trần\u00a0Thị\tLan', 'tran thi lan'],
    ['', ''],
  ])('%s → %s', (input, key) => {
    expect(foldedKey(input)).toBe(key);
  });

  it('puts twins in one block (DOMAIN.md §8)', () => {
    expect(foldedKey('Nguyễn Văn Hùng')).toBe(foldedKey('Nguyễn Văn Hưng'));
  });
});

describe('accentKey', () => {
  it.each<[string, string]>([
    ['Nguyễn Thị Thủy', 'nguyễn thị thuỷ'],
    ['NGUYỄN THỊ THUỶ', 'nguyễn thị thuỷ'],
    ['Hòa', 'hoà'],
    ['Nguye\u0302\u0303n  Văn', 'nguyễn văn'],
  ])('%s → %s', (input, key) => {
    expect(accentKey(input)).toBe(key);
  });

  it('tone placement is spelling variance of one name (DOMAIN.md §4.1)', () => {
    expect(accentKey('Thuỷ')).toBe(accentKey('Thủy'));
    expect(accentKey('Lê Thị Hoà')).toBe(accentKey('LÊ THỊ HÒA'));
    expect(accentKey('Khoẻ')).toBe(accentKey('khỏe'));
  });

  it.each<[string, string]>([
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng'], // twins
    ['Thúy', 'Thủy'], // siblings: different tone
    ['Tuyên', 'Tuyền'],
    ['Vinh', 'Vĩnh'],
    ['Hiền', 'Hiển'],
  ])('keeps %s and %s apart (DOMAIN.md §8)', (first, second) => {
    expect(accentKey(first)).not.toBe(accentKey(second));
  });
});
