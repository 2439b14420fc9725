import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeCodes } from '../../src/catalog/place-codes.js';
import type { Finding } from '../../src/normalize/finding.js';
import { matchCommune } from '../../src/normalize/place/match-commune.js';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';

const placeDir = fileURLToPath(new URL('../../src/normalize/place/', import.meta.url));
const emittedInSource = new Set(
  readdirSync(placeDir).flatMap((file) => [...readFileSync(placeDir + file, 'utf8').matchAll(/'(PLACE_[A-Z_]+)'/g)].map((m) => m[1])),
);

// One input per code that produces it.
const samples: Finding[] = [
  ...matchCommune('xã Tân Cương', { registrationDate: '2021-01-01' }).findings,
  ...matchCommune('8953', {}).findings,
  ...matchCommune('Xuân Hòa', {}).findings,
  ...matchCommune('Tam Hp, Bình Xuyên', {}).findings,
  ...matchCommune('huyện Bình Xuyên', {}).findings,
  ...matchCommune('xã Nhạo Sơn', { registrationDate: '2025-02-01' }).findings,
  ...matchCommune('xã Tân Phú', { registrationDate: '2015-02-01' }).findings,
  ...matchCommune('xã Tam Hợp, huyện Vĩnh Tường', {}).findings,
  ...matchCommune('xã Tam Hợp', { districtCode: '252', registrationDate: '2016-05-02' }).findings,
  ...matchCommune('Xã Trung Mĩ', { districtCode: '249', registrationDate: '2016-05-02' }).findings,
  ...matchCommune('xã Tam Họp', { districtCode: '249', registrationDate: '2016-05-02' }).findings,
  ...matchCommune('xã Hương Canh', { districtCode: '249', registrationDate: '2016-05-02' }).findings,
  ...matchCommune('xã Tam Hồng, huyện Vĩnh Lạc', { districtCode: '251', registrationDate: '2001-04-12' }).findings,
  ...normalizePlace('X. TAM HỢP').findings,
];

describe('place catalog', () => {
  it('has one entry per code, and every code the place normalizers emit', () => {
    const codes = placeCodes.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...emittedInSource].sort()).toEqual([...codes].sort());
    expect([...new Set(samples.map((f) => f.code))].sort()).toEqual([...codes].sort());
  });

  it('writes Vietnamese with diacritics and English descriptions', () => {
    for (const entry of placeCodes) {
      expect(entry.messageVi).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/);
      if (entry.fixVi !== undefined) expect(entry.fixVi).toMatch(/[ăâđêôơư]/);
      expect(entry.description).toMatch(/^[A-Z][\w ,'()-]+ /);
      expect(entry.code).toMatch(/^PLACE_[A-Z_]+$/);
    }
  });

  it('fills every placeholder of a message from the finding (value is bound by the caller)', () => {
    for (const finding of samples) {
      const entry = placeCodes.find((e) => e.code === finding.code);
      const placeholders = [...(entry?.messageVi ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const name of placeholders) {
        if (name !== 'value') expect(finding.params, `${finding.code} {${name}}`).toHaveProperty(name ?? '');
      }
    }
  });

  it('gives notes from/to and keeps notes for automatic corrections only', () => {
    for (const finding of samples) {
      const severity = placeCodes.find((e) => e.code === finding.code)?.severity;
      expect(severity === 'note').toBe(finding.from !== undefined && finding.to !== undefined);
    }
  });
});
