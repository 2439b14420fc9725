/**
 * One personal ID on two records a batch keeps (twins kept apart, the second row's ID
 * copied from the first) is flagged on the later record; a spouse's ID on two
 * marriages is not (a person marries more than once).
 */
import { describe, expect, it } from 'vitest';
import { commitCleanRecords } from './commit-clean-records.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { birthAn, childName, marriageDong } from '../dedup/clean-records.js';

const commit = commitCleanRecords;

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code);

describe('one personal ID on two kept records', () => {
  it('flags the twin whose ID was copied from the other, not the first', async () => {
    const hung: BirthRecord = { ...birthAn, id: 'birth-tam-hop-2015-5', registration: { ...birthAn.registration, number: '5' }, provenance: { ...birthAn.provenance, row: 12 }, child: { ...birthAn.child, ...childName('Nguyễn Văn Hùng') } };
    const dung: BirthRecord = { ...hung, id: 'birth-tam-hop-2015-6', registration: { ...hung.registration, number: '6' }, provenance: { ...hung.provenance, row: 13 }, child: { ...hung.child, ...childName('Nguyễn Văn Dũng') } };
    const { clean, manifest: written } = await commit('birth', [hung, dung]);
    expect(clean.map((record) => [record.id, codes(record)])).toEqual([
      [hung.id, []],
      [dung.id, ['PERSONAL_ID_REPEATED']],
    ]);
    expect(clean[1].warnings[0]).toMatchObject({ field: 'child.personalId', message: expect.stringContaining('dòng 12') });
    expect(written.problemsByCode).toMatchObject({ PERSONAL_ID_REPEATED: 1 });
  });

  it('does not flag a husband’s ID on his second marriage', async () => {
    const second: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-quat-luu-2023-14',
      registration: { ...marriageDong.registration, book: '01/2023', number: '14', date: '2023-06-10' },
      provenance: { ...marriageDong.provenance, row: 30 },
      wife: { ...marriageDong.wife, ...childName('Lê Thị Hoa'), birthDate: '1998-01-01', personalId: null },
      remarks: 'Kết hôn lần hai',
    };
    const { clean } = await commit('marriage', [marriageDong, second]);
    expect(clean.map(codes)).toEqual([[], []]);
  });
});
