/**
 * 'Cần xem xét' and 'Đã gộp' say why, field by field, in the officer's words:
 * review.jsonl's agreed / differed / missing levels by the fields' Vietnamese
 * names, a partial agreement with how far it went.
 */
import { describe, expect, it } from 'vitest';
import { comparisonFieldVi, comparisonVi } from '../../src/emit/dedup-reasons.js';

describe('why a pair was reviewed or merged, in Vietnamese', () => {
  it("names a death pair's agreeing and differing fields (Tam Hợp 2010, rows 126 and 16: Ngô Văn Thắng / Đỗ Đức Thắng)", () => {
    // As review.jsonl gives the pair: one birth date is a year only, agreeing at that precision.
    const explanation = {
      agreed: [
        { field: 'deceased.givenName', level: 'exact', weight: 5.46 },
        { field: 'deceased.sex', level: 'exact', weight: 0.97 },
        { field: 'deceased.birthDate', level: 'precision-year', weight: 6.42 },
        { field: 'deathDate', level: 'exact', weight: 12.68 },
        { field: 'deceased.residence', level: 'same', weight: 6.41 },
      ],
      differed: [
        { field: 'deceased.familyName', level: 'different', weight: -6.19 },
        { field: 'deceased.middleName', level: 'different', weight: -4.14 },
        { field: 'registration.entry', level: 'other-entry', weight: -1 },
        { field: 'deceased.personalId', level: 'different', weight: -5.06 },
      ],
      missing: [],
    };
    expect(comparisonVi(explanation)).toBe(
      'Giống: tên, giới tính, năm sinh, ngày chết, nơi cư trú; Khác: họ, chữ đệm, số đăng ký (xã, năm, số), số định danh',
    );
  });

  it("says whose field it is in a marriage, and how far a name or a date went", () => {
    expect(['husband.givenName', 'wife.birthDate', 'residence', 'registration.date', 'parents.residence'].map(comparisonFieldVi)).toEqual([
      'tên chồng', 'ngày sinh vợ', 'nơi cư trú', 'ngày đăng ký', 'nơi cư trú cha mẹ',
    ]);
    const explanation = {
      agreed: [
        { field: 'husband.givenName', level: 'typo1', weight: 2 },
        { field: 'wife.birthDate', level: 'swapped', weight: 3 },
        { field: 'husband.birthDate', level: 'precision-month', weight: 3 },
      ],
      differed: [{ field: 'wife.givenName', level: 'folded', weight: -2 }],
      missing: ['husband.personalId', 'wife.personalId'],
    };
    expect(comparisonVi(explanation)).toBe(
      'Giống: tên chồng (lệch một chữ cái), ngày sinh vợ (đảo ngày và tháng), tháng sinh chồng; Khác: tên vợ (khác dấu); Thiếu, không so được: số định danh chồng, số định danh vợ',
    );
  });
});
