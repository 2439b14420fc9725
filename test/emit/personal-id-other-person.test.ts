/**
 * One ID or CMND standing for two differently named people of a batch (a mother's CMND
 * typed again for another mother, a husband's CCCD copied onto another husband, the
 * father's CMND typed in the newborn's column) is PERSONAL_ID_OTHER_PERSON on the later
 * record; the same parent or spouse recurring under their own name (twins' mother, a
 * remarriage, a name typed without marks) is not.
 */
import { describe, expect, it } from 'vitest';
import { commitCleanRecords } from './commit-clean-records.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { birthAn, childName, marriageDong } from '../dedup/clean-records.js';

const commit = commitCleanRecords;

const found = (record: { warnings: { code: string; field: string }[] }) =>
  record.warnings.filter((warning) => warning.code === 'PERSONAL_ID_OTHER_PERSON').map((warning) => warning.field);

/** Another child of the book, registered `row - 12` entries after birthAn, with its own ID and parents. */
function birth(row: number, child: string, mother: Partial<BirthRecord['mother']>, father: Partial<NonNullable<BirthRecord['father']>> | null = {}): BirthRecord {
  return {
    ...birthAn,
    id: `birth-tam-hop-2016-${row}`,
    registration: { ...birthAn.registration, number: String(row - 11), date: `2016-03-${String(row).padStart(2, '0')}` },
    provenance: { ...birthAn.provenance, row },
    child: { ...birthAn.child, ...childName(child), birthDate: '2016-03-01', personalId: `02621600${String(row).padStart(4, '0')}` },
    mother: { ...birthAn.mother, ...mother },
    father: father === null ? null : { ...birthAn.father!, ...father },
  };
}

describe('one ID for two differently named people', () => {
  it("flags a mother's CMND typed again for another mother, on the later entry", async () => {
    const first = birth(12, 'Lê Văn Hùng', { fullName: 'Trần Thị Mai', birthYear: '1990', personalId: '135246802' }, { fullName: 'Lê Văn Bình' });
    const second = birth(13, 'Phạm Thị Lan', { fullName: 'Đỗ Thị Hằng', birthYear: '1990', personalId: '135246802' }, { fullName: 'Phạm Văn Sơn' });
    const { clean, manifest: written } = await commit('birth', [first, second]);
    expect(clean.map(found)).toEqual([[], ['mother.personalId']]);
    expect(clean[1].warnings.find((warning: { code: string }) => warning.code === 'PERSONAL_ID_OTHER_PERSON').message).toContain('(mẹ, dòng 12)');
    expect(written.problemsByCode).toMatchObject({ PERSONAL_ID_OTHER_PERSON: 1 });
  });

  it("flags the father's CMND typed in the newborn's column, on the child's ID", async () => {
    const entry = birth(12, 'Phí Văn Toàn', { fullName: 'Phí Thị Hoa' }, { fullName: 'Phí Văn Hải', personalId: '135246802' });
    entry.child = { ...entry.child, personalId: '135246802' };
    const { clean } = await commit('birth', [entry]);
    expect(clean.map(found)).toEqual([['child.personalId']]);
    expect(clean[0].warnings.find((warning: { code: string }) => warning.code === 'PERSONAL_ID_OTHER_PERSON').message).toContain('cùng dòng này');
  });

  it("leaves the child's number typed in the mother's column to the mother's ID checks, which name the wrong cell", async () => {
    // The ID fits the child (female, 2016), not the mother born 1993: the row's checks warned her cell of it.
    const entry = birth(12, 'Nguyễn Thị Thu Hà', { fullName: 'Lê Thị Bích', birthYear: '1993', personalId: '026316000123' }, { fullName: 'Nguyễn Văn Phong' });
    entry.child = { ...entry.child, personalId: '026316000123' };
    entry.warnings = [
      { code: 'ID_PARENT_SEX_CENTURY_MISMATCH', field: 'mother.personalId', message: 'Chữ số thứ 4 của số định danh của mẹ là 3 …' },
      { code: 'ID_PARENT_BIRTH_YEAR_MISMATCH', field: 'mother.personalId', message: 'Chữ số thứ 5–6 của số định danh của mẹ (16) …' },
    ];
    // Her sibling's row gives the mother's own number: the child's number is still no one else's.
    const sibling = birth(13, 'Nguyễn Văn Nam', { fullName: 'Lê Thị Bích', birthYear: '1993', personalId: '026193004567' }, { fullName: 'Nguyễn Văn Phong' });
    const { clean } = await commit('birth', [entry, sibling]);
    expect(clean.map(found)).toEqual([[], []]);
    // Another mother's row holding that number is still another person.
    const other = birth(14, 'Phạm Văn Long', { fullName: 'Đỗ Thị Hằng', personalId: '026316000123' }, { fullName: 'Phạm Văn Sơn' });
    const { clean: withOther } = await commit('birth', [entry, other]);
    expect(withOther.map(found)).toEqual([[], ['mother.personalId']]);
  });

  it("takes no one for the owner of a number the row's own checks say is not theirs", async () => {
    // The father's number typed in the mother's column (a man's century digit): her cell is warned of it on its row.
    const entry = birth(12, 'Nguyễn Thị Thu Hà', { fullName: 'Lê Thị Bích', birthYear: '1993', personalId: '026090001234' }, { fullName: 'Nguyễn Văn Phong', birthYear: '1990' });
    entry.warnings = [{ code: 'ID_PARENT_SEX_CENTURY_MISMATCH', field: 'mother.personalId', message: 'Chữ số thứ 4 của số định danh của mẹ là 0 …' }];
    // The next child's row gives the number to its owner, the father: nothing to say there.
    const sibling = birth(13, 'Nguyễn Văn Nam', { fullName: 'Lê Thị Bích', birthYear: '1993' }, { fullName: 'Nguyễn Văn Phong', birthYear: '1990', personalId: '026090001234' });
    const { clean } = await commit('birth', [entry, sibling]);
    expect(clean.map(found)).toEqual([[], []]);
  });

  it("does not flag one mother's ID on her children, her name typed with another tone placement or without marks", async () => {
    const entries = [
      birth(12, 'Lê Văn Hùng', { fullName: 'Trần Thị Thủy', personalId: '026190004321' }, { fullName: 'Lê Văn Bình', personalId: '026088001234' }),
      birth(13, 'Lê Văn Dũng', { fullName: 'Trần Thị Thuỷ', personalId: '026190004321' }, { fullName: 'Lê Văn Bình', personalId: '026088001234' }),
      birth(14, 'Lê Thị Hoa', { fullName: 'Tran Thi Thuy', personalId: '026190004321' }, { fullName: 'Lê Bình', personalId: '026088001234' }),
      birth(15, 'Lê Văn Tùng', { fullName: 'Tr. Thị Thủy', personalId: '026190004321' }, { fullName: 'Lê Văn Bình', personalId: '026088001234' }),
    ];
    const { clean } = await commit('birth', entries);
    expect(clean.map(found)).toEqual([[], [], [], []]);
  });

  it("does not flag a name spelt with i for y ('Lý Thị Vy' / 'Lí Thị Vi', 'Quý' / 'Quí')", async () => {
    const entries = [
      birth(12, 'Lê Văn Hùng', { fullName: 'Lý Thị Vy', personalId: '026190004321' }, { fullName: 'Lê Văn Quý', personalId: '026088001234' }),
      birth(13, 'Lê Văn Dũng', { fullName: 'Lí Thị Vi', personalId: '026190004321' }, { fullName: 'Lê Văn Quí', personalId: '026088001234' }),
      // Huy and Hui are two names: y after another vowel is no i.
      birth(14, 'Lê Thị Hoa', { fullName: 'Đỗ Thị Hoa', personalId: '026190009999' }, { fullName: 'Lê Văn Huy', personalId: '026088005555' }),
      birth(15, 'Lê Văn Tùng', { fullName: 'Đỗ Thị Hoa', personalId: '026190009999' }, { fullName: 'Lê Văn Hui', personalId: '026088005555' }),
    ];
    const { clean } = await commit('birth', entries);
    expect(clean.map(found)).toEqual([[], [], [], ['father.personalId']]);
  });

  it("does not judge a foreign parent's name, split otherwise than a Vietnamese one", async () => {
    const first = birth(12, 'Kim Văn Hùng', { fullName: 'Kim Min-jun', nationality: 'KR', personalId: '123456789' }, { fullName: 'Lê Văn Bình' });
    const second = birth(13, 'Kim Thị Lan', { fullName: 'Kim Min Jun', nationality: 'KR', personalId: '123456789' }, { fullName: 'Lê Văn Bình' });
    const { clean } = await commit('birth', [first, second]);
    expect(clean.map(found)).toEqual([[], []]);
  });

  it("flags a husband's ID copied onto another husband, not the same man marrying again", async () => {
    const copied: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-quat-luu-2018-9',
      registration: { ...marriageDong.registration, number: '9', date: '2018-03-02' },
      provenance: { ...marriageDong.provenance, row: 20 },
      husband: { ...marriageDong.husband, ...childName('Hoàng Văn Thắng'), birthDate: '1993-07-09' },
      wife: { ...marriageDong.wife, ...childName('Bùi Thị Yến'), birthDate: '1996-02-02', personalId: null },
    };
    const remarried: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-quat-luu-2018-10',
      registration: { ...marriageDong.registration, number: '10', date: '2018-03-05' },
      provenance: { ...marriageDong.provenance, row: 21 },
      wife: { ...marriageDong.wife, ...childName('Lê Thị Hoa'), birthDate: '1998-01-01', personalId: null },
      remarks: 'Kết hôn lần hai',
    };
    const { clean } = await commit('marriage', [marriageDong, copied, remarried]);
    expect(clean.map(found)).toEqual([[], ['husband.personalId'], []]);
  });
});
