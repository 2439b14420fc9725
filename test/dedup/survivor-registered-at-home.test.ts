/**
 * An entry of Sơn Lôi's 1980 birth book copied into Bá Hiến's book (the neighbouring commune's
 * clerk typed it with her own): same registration date, both complete. The copy survived because
 * 'BaHien/…' comes first in the sorted folder. Births are registered where the parents live (Law
 * 60/2014 Art. 13), so the entry of the commune its residences name survives; ties otherwise
 * unchanged (two communes both named: a couple's two residences; none named).
 */
import { describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { birthAn, childName, deathThinh } from './clean-records.js';

const SON_LOI = '08959';
const BA_HIEN = '08944';
const RESIDENCE = 'Thôn Bảo Sơn, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phú';

function birth(id: string, communeCode: string, file: string, residence = RESIDENCE): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, communeCode, book: '01', number: '8', date: '1980-05-02', place: null },
    provenance: { file, sheet: 'Sheet1', row: 10 },
    child: { ...birthAn.child, ...childName('Khổng Văn Lực'), birthDate: '1980-04-21', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Lưu Thị Mây', birthYear: '1955', residence },
    father: { ...birthAn.mother, fullName: 'Khổng Văn Lâm', birthYear: '1953', residence },
  };
}
const inOrder = (records: BirthRecord[]): DedupRecord[] => records.map((record, sourceOrder) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder }));

describe('survivorship: the entry of the commune the family lives in', () => {
  const copy = birth('birth-ba-hien-1978-17', BA_HIEN, 'BaHien/KS-BaHien-1978.xlsx');
  const original = birth('birth-son-loi-1980-8', SON_LOI, 'SonLoi/KS-SonLoi-1980.xlsx');

  it('keeps Sơn Lôi’s entry, not the copy in Bá Hiến’s book typed first in file order', () => {
    const result = deduplicate(inOrder([copy, original]), birthDedupSpec);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, cluster.memberIds])).toEqual([[original.id, [copy.id]]]);
  });

  it('still keeps the earlier registration first, and the file order when no residence names a commune', () => {
    const earlier = { ...copy, registration: { ...copy.registration, date: '1980-04-30' } };
    expect(deduplicate(inOrder([earlier, original]), birthDedupSpec).clusters[0]?.survivor.id).toBe(copy.id);
    const nowhere = [birth(copy.id, BA_HIEN, copy.provenance.file, 'Thôn Bảo Sơn'), birth(original.id, SON_LOI, original.provenance.file, 'Thôn Bảo Sơn')];
    expect(deduplicate(inOrder(nowhere), birthDedupSpec).clusters[0]?.survivor.id).toBe(copy.id);
  });

  it('does the same for a death registered where the person lived', () => {
    const death = (id: string, communeCode: string, file: string): DeathRecord => ({
      ...deathThinh,
      id,
      registration: { provinceCode: '26', districtCode: '249', communeCode, book: '01', number: '4', date: '2019-06-12', place: null },
      provenance: { file, sheet: 'Sheet1', row: 6 },
      deceased: { ...deathThinh.deceased, residence: 'Thôn Bảo Sơn, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc' },
    });
    const records = [death('death-ba-hien-4', BA_HIEN, 'BaHien/KT-BaHien-2019.xlsx'), death('death-son-loi-4', SON_LOI, 'SonLoi/KT-SonLoi-2019.xlsx')];
    const result = deduplicate(records.map((record, sourceOrder) => ({ ...deathDedupSpec.toDedupRecord(record, '249'), sourceOrder })), deathDedupSpec);
    expect(result.clusters[0]?.survivor.id).toBe('death-son-loi-4');
  });
});
