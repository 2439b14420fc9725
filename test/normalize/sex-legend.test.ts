import { describe, expect, it } from 'vitest';
import { parseSexLegend } from '../../src/normalize/codes/sex-legend.js';

const codes = (text: string) => {
  const legend = parseSexLegend(text);
  return legend === null ? null : Object.fromEntries(legend.codes);
};

describe('parseSexLegend', () => {
  it.each([
    ['Giới tính (1: Nam; 0: Nữ)', { 1: 'male', 0: 'female' }],
    ['Giới tính (Nam: 1, Nữ: 2)', { 1: 'male', 2: 'female' }],
    ['Giới tính (ghi 1 nếu là nam, 0 nếu là nữ)', { 1: 'male', 0: 'female' }],
    ['GT (1=Nam, 2=Nữ)', { 1: 'male', 2: 'female' }],
    ['Nam ghi 1, nữ ghi 0', { 1: 'male', 0: 'female' }],
    ['Giới tính: 1 - Nam, 0 - Nữ', { 1: 'male', 0: 'female' }],
    ['Nam 1 / Nữ 2', { 1: 'male', 2: 'female' }],
  ])('reads %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    'Giới tính',
    'Nam/Nữ',
    'SỔ ĐĂNG KÝ KHAI SINH NĂM 2012',
    'Năm sinh (1)',
    'Giới tính (1: Nam)',
    'Giới tính (1: Nam; 1: Nữ)',
    'Quyển số 1 - Nam Thành, 2 - Nữ',
    'Thôn Nam 1, thôn Nữ 2',
    'Nam: 5, Nữ: 3',
  ])('finds no legend in %s', (text) => {
    expect(parseSexLegend(text)).toBeNull();
  });
});
