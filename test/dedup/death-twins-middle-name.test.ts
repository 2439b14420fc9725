/**
 * Deaths of twins given one name and two middle names (Phạm Minh Anh / Phạm Tuấn Anh), born
 * the same day, dead the same day, registered one after the other by their father in one
 * commune: two people, as births keep them apart (twins-middle-name.test.ts). The tester's
 * book: UBND xã Thái Hòa (Lập Thạch), sổ khai tử năm 1992, entries 5 and 6.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '246')), deathDedupSpec);

const THAI_HOA = '08788';
const XUAN_HOA = '08791';

/** A 1992 entry of an infant born 01/04/1992 who died at the commune health station on 02/04/1992. */
function entry(number: string, registered: string, fullName: string, birthDate: string | null = '1992-04-01', communeCode = THAI_HOA): DeathRecord {
  return {
    ...deathThinh,
    id: `death-${communeCode}-1992-${number}`,
    registration: { provinceCode: '26', districtCode: '246', communeCode, book: null, number, date: registered, place: null },
    provenance: { file: `KT_${communeCode}_1992.xlsx`, sheet: '1992', row: 3 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), birthDate, personalId: null, ethnicityCode: null, residence: 'Thôn Thái Hòa' },
    deathDate: '1992-04-02',
    deathPlace: 'Trạm y tế xã',
    cause: 'Sinh non',
    declarant: { fullName: 'Phạm Văn Lợi', relation: 'Bố' },
  };
}

describe('death deduplication: twins with one given name and two middle names', () => {
  it('keeps Phạm Minh Anh and Phạm Tuấn Anh (entries 5 and 6 of one day) apart (merged at 37.6 before)', () => {
    const result = run([entry('5', '1992-04-02', 'Phạm Minh Anh'), entry('6', '1992-04-02', 'Phạm Tuấn Anh')]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
  });

  it('keeps them apart against a retype without marks, which still merges with its own entry', () => {
    const minh = entry('5', '1992-04-02', 'Phạm Minh Anh');
    const tuan = entry('6', '1992-04-02', 'Phạm Tuấn Anh');
    const retyped = (record: DeathRecord, fullName: string): DeathRecord => ({
      ...record,
      id: `${record.id}-nhap-lai`,
      provenance: { ...record.provenance, file: 'KT_ThaiHoa_1992-nhap-lai.xlsx' },
      deceased: { ...record.deceased, ...childName(fullName) },
    });
    const result = run([minh, tuan, retyped(minh, 'Pham Minh Anh'), retyped(tuan, 'Pham Tuan Anh')]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort())).toEqual(
      expect.arrayContaining([
        [minh.id, `${minh.id}-nhap-lai`].sort(),
        [tuan.id, `${tuan.id}-nhap-lai`].sort(),
      ]),
    );
    expect(result.clusters).toHaveLength(2);
    expect(result.review).toEqual([]);
  });

  it('sends the pair to review, not a merge, when registered apart or in two communes', () => {
    const apart = run([entry('5', '1992-04-02', 'Phạm Minh Anh'), entry('19', '1992-06-10', 'Phạm Tuấn Anh')]);
    expect(apart.clusters).toEqual([]);
    expect(apart.review).toHaveLength(1);
    const communes = run([entry('5', '1992-04-02', 'Phạm Minh Anh'), entry('2', '1992-04-03', 'Phạm Tuấn Anh', '1992-04-01', XUAN_HOA)]);
    expect(communes.clusters).toEqual([]);
    expect(communes.review).toHaveLength(1);
  });

  it('still merges a copy that dropped a word of the middle name or slipped a letter of it', () => {
    const full = entry('5', '1992-04-02', 'Phạm Thị Thu Anh');
    const dropped = { ...entry('5', '1992-04-02', 'Phạm Thu Anh', '1992-04-01', XUAN_HOA), id: 'death-copy' };
    expect(run([full, dropped]).clusters).toHaveLength(1);
    const slip = { ...entry('5', '1992-04-02', 'Phạm Minh Anh', '1992-04-01', XUAN_HOA), id: 'death-copy', deceased: { ...full.deceased, ...childName('Phạm Mình Anh') } };
    expect(run([entry('5', '1992-04-02', 'Phạm Minh Anh'), slip]).clusters).toHaveLength(1);
  });
});
