/**
 * 'đăng kí' is the other accepted spelling of 'đăng ký' (i/y), common in books typed after 2000. A header
 * 'Ngày đăng kí' was an unknown column: every entry of such a book was rejected FIELD_REQUIRED
 * (registration.date), and 'Nơi đăng kí' left the commune code of every entry empty.
 */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { foldHeader } from '../../src/ingest/header-text.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const lookup = (type: keyof typeof RECORD_TYPES, label: string) => new AliasIndex(RECORD_TYPES[type]).lookup(foldHeader(label), label)?.key;

describe("labels spelt with 'kí' / 'kì'", () => {
  it.each([
    ['birth', 'Ngày đăng kí', 'registration.date'],
    ['birth', 'Nơi đăng kí', 'registration.place'],
    ['marriage', 'Ngày đăng kí', 'registration.date'],
    ['marriage', 'Nơi đăng kí', 'registration.place'],
    ['death', 'Ngày, tháng, năm đăng kí', 'registration.date'],
    ['death', 'NƠI ĐĂNG KÍ', 'registration.place'],
  ] as const)('%s: %j → %s, as with ký', (type, label, key) => {
    expect(lookup(type, label)).toBe(key);
    expect(lookup(type, label)).toBe(lookup(type, label.replace(/kí/g, 'ký').replace(/KÍ/g, 'KÝ')));
  });

  it("folds only the word 'ki', not a syllable inside another word", () => {
    expect(foldHeader('Ngày đăng kí')).toBe('ngay dang ky');
    expect(foldHeader('Kì đăng ký')).toBe('ky dang ky');
    expect(foldHeader('Kiểm tra')).toBe('kiem tra');
    expect(foldHeader('Số kiện')).toBe('so kien');
  });

  it("a person's residence registration ('Nơi đăng kí HKTT') is still no registration place", () => {
    expect(lookup('birth', 'Nơi đăng kí HKTT')).not.toBe('registration.place');
  });
});

describe('labels naming the registering commune by its level', () => {
  it.each(['Xã đăng ký', 'Xã/phường đăng ký', 'Xã, phường, thị trấn đăng kí', 'Cơ quan ĐK'])('%j → registration.place', (label) => {
    for (const type of ['birth', 'marriage', 'death'] as const) expect(lookup(type, label)).toBe('registration.place');
  });

  it("a residence's commune column is not one", () => {
    expect(lookup('birth', 'Xã')).not.toBe('registration.place');
  });
});

describe('place of death labels', () => {
  it.each(['Nơi qua đời', 'Qua đời tại', 'Địa điểm chết', 'Địa điểm tử vong', 'Nơi chết'])('%j → deathPlace', (label) => {
    expect(lookup('death', label)).toBe('deathPlace');
  });
});
