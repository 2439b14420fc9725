import { describe, expect, it } from 'vitest';
import {
  PHU_THO_2025_UNITS,
  VINH_PHUC_COMMUNES,
  VINH_PHUC_DISTRICTS,
  VINH_PHUC_PROVINCE,
} from '../../src/reference/admin-units.js';

const byCode = new Map(VINH_PHUC_COMMUNES.map((c) => [c.code, c]));

describe('src/reference/admin-units.ts (generated from admin-units-vinh-phuc.csv)', () => {
  it('holds province 26, its 9 districts and 137 commune codes as text', () => {
    expect(VINH_PHUC_PROVINCE.code).toBe('26');
    expect(VINH_PHUC_DISTRICTS.map((d) => d.code)).toEqual(['243', '244', '246', '247', '248', '249', '251', '252', '253']);
    expect(VINH_PHUC_COMMUNES).toHaveLength(137);
    for (const commune of VINH_PHUC_COMMUNES) expect(commune.code).toMatch(/^\d{5}$/);
    expect(new Set(VINH_PHUC_COMMUNES.map((c) => c.code)).size).toBe(137);
  });

  it('counts 121 active units on 2025-06-30: 88 xã, 15 phường, 18 thị trấn (DOMAIN.md §1.3)', () => {
    const active = VINH_PHUC_COMMUNES.filter((c) => c.status === 'active');
    const count = (type: string) => active.filter((c) => c.unitType === type).length;
    expect([active.length, count('xã'), count('phường'), count('thị trấn')]).toEqual([121, 88, 15, 18]);
  });

  it('dates each abolished code and keeps merge targets inside the list', () => {
    expect(byCode.get('09121')).toMatchObject({ abolishedOn: '2020-02-01', mergedIntoCode: '09124' });
    expect(byCode.get('09115')).toMatchObject({ abolishedOn: '2025-01-01', mergedIntoCode: '09112' });
    expect(byCode.get('08821')).toMatchObject({ abolishedOn: '2025-01-01', mergedIntoCode: null, mergeConfidence: 'unverified' });
    for (const commune of VINH_PHUC_COMMUNES) {
      expect(commune.abolishedOn === null).toBe(commune.status === 'active');
      if (commune.mergedIntoCode !== null) expect(byCode.get(commune.mergedIntoCode)?.status).toBe('active');
    }
  });

  it('gives every name its period: former names end where the next begins', () => {
    expect(byCode.get('09124')?.names).toEqual([
      { name: 'Phú Thịnh', unitType: 'xã', from: null, until: '2020-02-01' },
      { name: 'Tân Phú', unitType: 'xã', from: '2020-02-01', until: null },
    ]);
    expect(byCode.get('08725')?.names.map((n) => [n.unitType, n.until])).toEqual([
      ['xã', '2023-04-10'],
      ['phường', null],
    ]);
    for (const commune of VINH_PHUC_COMMUNES) {
      const [first, ...rest] = commune.names;
      expect(first?.from).toBeNull();
      rest.forEach((period, i) => expect(period.from).toBe(commune.names[i]?.until));
      expect(commune.names.at(-1)?.until).toBe(commune.abolishedOn);
    }
  });

  it('keeps the GSO spelling quirks (Xuân Hoà, Thị Trấn Thổ Tang)', () => {
    expect(byCode.get('08746')?.name).toBe('Xuân Hoà');
    expect(byCode.get('09112')?.gsoFullName).toBe('Thị Trấn Thổ Tang');
  });

  it('lists the 36 Phú Thọ units of 2025-07-01 whose components are the 121 active codes', () => {
    expect(PHU_THO_2025_UNITS).toHaveLength(36);
    const components = PHU_THO_2025_UNITS.flatMap((u) => u.componentCodes).sort();
    const active = VINH_PHUC_COMMUNES.filter((c) => c.status === 'active').map((c) => c.code).sort();
    expect(components).toEqual(active);
    for (const commune of VINH_PHUC_COMMUNES.filter((c) => c.status === 'active')) {
      const unit = PHU_THO_2025_UNITS.find((u) => u.code === commune.successor2025Code);
      expect(unit?.componentCodes).toContain(commune.code);
    }
  });
});
