/**
 * A death declared at home (the 12-digit personal number, the full birth date, the name with its
 * marks) and again, the next day, at the neighbouring commune's health station where the person
 * died: the name typed without marks, only the birth year, the old 9-digit CMND (DOMAIN.md §2.2).
 * The CMND against the 12-digit number counted as two different IDs (-5.06) and the pair stayed
 * in review at 25.74, under the merge threshold; a CMND beside a 12-digit number is one person's
 * old and new paper, neither agreeing nor disagreeing. Two numbers of one kind still disagree.
 */
import { describe, expect, it } from 'vitest';
import { identityNumberLevel } from '../../src/dedup/compare.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

function death(id: string, communeCode: string, number: string, registered: string, fullName: string, birthDate: string, personalId: string | null): DeathRecord {
  return {
    ...deathThinh,
    id,
    registration: { provinceCode: '26', districtCode: '249', communeCode, book: '01', number, date: registered, place: null },
    provenance: { file: `${communeCode}/KT-2019.xlsx`, sheet: 'Sheet1', row: Number(number) + 1 },
    deceased: { ...deathThinh.deceased, ...childName(fullName), sex: 'male', birthDate, personalId, residence: 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc' },
    deathDate: '2019-07-14',
  };
}

describe('a death registered twice, once with the CMND and once with the 12-digit number', () => {
  const home = death('death-tam-hop-2019-7', '08953', '7', '2019-07-17', 'Trịnh Văn Chiến', '1941-10-03', '026041003293');
  const station = death('death-quat-luu-2019-9', '08956', '9', '2019-07-18', 'Trinh Van Chien', '1941', '135038133');

  it('merges them: the CMND is the old paper of the same person', () => {
    const result = run([home, station]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, cluster.memberIds])).toEqual([[home.id, [station.id]]]);
  });

  it('still counts two 12-digit numbers, or two CMNDs, as different', () => {
    expect(identityNumberLevel('026041003293', '026041003294')).toBe('different');
    expect(identityNumberLevel('135038133', '135038134')).toBe('different');
    expect(identityNumberLevel('135038133', '026041003293')).toBeNull();
    const other = { ...station, deceased: { ...station.deceased, personalId: '026041008812' } };
    expect(run([home, other]).clusters).toEqual([]);
  });
});
