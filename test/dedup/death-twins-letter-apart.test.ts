/**
 * Infant twins who died together, given names a letter apart and both real names (Hà Văn Phúc /
 * Hà Văn Phú): two entries of one commune's death book registered together, born the same day,
 * died the same day. They were merged (family+sex+death-date block, 38.16: the given name's one
 * edit weighs little beside the dates and the residence) — one child's death lost. A copy's slip
 * into no name (Trang / Trag) or a pair registered apart stays with the score.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);
const SON_LOI = '08959';

function entry(number: string, registered: string, fullName: string, birthDate: string, deathDate: string, communeCode = SON_LOI): DeathRecord {
  return {
    ...deathThinh,
    id: `death-${communeCode}-2020-${number}`,
    registration: { provinceCode: '26', districtCode: '249', communeCode, book: '01', number, date: registered, place: null },
    provenance: { file: `SonLoi/KT-SonLoi-2020.xlsx`, sheet: 'Sheet1', row: 1 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), sex: 'male', birthDate, personalId: null, residence: 'Thôn Bảo Sơn, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc' },
    deathDate,
    deathPlace: 'Tại nhà',
    cause: 'Bệnh',
    declarant: { fullName: 'Hà Văn Toàn', relation: 'Bố' },
  };
}

describe('death deduplication: twins a letter apart who died together', () => {
  it('keeps Phúc and Phú (numbers 13 and 14, one day) apart, not even in review', () => {
    const phuc = entry('13', '2020-02-06', 'Hà Văn Phúc', '2020-02-01', '2020-02-03');
    const phu = entry('14', '2020-02-06', 'Hà Văn Phú', '2020-02-01', '2020-02-03');
    const result = run([phuc, phu]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
  });

  it('still merges a copy whose given name slipped into no name (Trang / Trag) at another number', () => {
    const trang = entry('13', '2020-02-06', 'Hà Thị Trang', '2020-02-01', '2020-02-03');
    const trag = entry('14', '2020-02-06', 'Hà Thị Trag', '2020-02-01', '2020-02-03');
    expect(run([trang, trag]).clusters.map((cluster) => cluster.memberIds.length)).toEqual([1]);
  });

  it('sends adults a letter apart at neighbouring numbers to review, not a merge (Hải / Hà dead in one accident, or a copy with a slip)', () => {
    const hai = entry('3', '2020-05-06', 'Phan Văn Hải', '1980-04-20', '2020-05-03');
    const ha = entry('4', '2020-05-06', 'Phan Văn Hà', '1980-04-20', '2020-05-03');
    const result = run([hai, ha]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toContainEqual(expect.objectContaining({ code: 'twins', action: 'review' }));
  });

  it('leaves adults a letter apart at numbers further apart to the score (a copy typed again later that day)', () => {
    const phuc = entry('3', '2020-05-06', 'Hà Văn Phúc', '1950-02-01', '2020-05-03');
    const phu = entry('9', '2020-05-06', 'Hà Văn Phú', '1950-02-01', '2020-05-03');
    expect(run([phuc, phu]).vetoes).toContainEqual({ code: 'twins', pairs: 0 });
  });
});
