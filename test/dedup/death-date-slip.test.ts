import { describe, expect, it } from 'vitest';
import { daysApart } from '../../src/dedup/compare.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

/** Nguyễn Văn Thước, entry 5 of Hương Sơn's 2018 book (born 1941, died at home). */
const thuoc: DeathRecord = {
  ...deathThinh,
  id: 'death-huong-son-2018-5',
  registration: { ...deathThinh.registration, book: '01/2018', number: '5', date: '2018-03-12' },
  provenance: { file: '249-binh-xuyen/KT_HuongSon_2018.xlsx', sheet: 'Sheet1', row: 9 },
  deceased: { ...deathThinh.deceased, fullName: 'Nguyễn Văn Thước', givenName: 'Thước', birthDate: '1941', personalId: '026041001234' },
  deathDate: '2018-03-09',
};

/** The same death registered where it happened (Thiện Kế), dated the next day. */
const inThienKe: DeathRecord = {
  ...thuoc,
  id: 'death-thien-ke-2018-9',
  registration: { ...thuoc.registration, communeCode: '08947', number: '9', date: '2018-03-14', place: 'UBND xã Thiện Kế' },
  provenance: { file: '249-binh-xuyen/KT_ThienKe_2018.xlsx', sheet: 'Sheet1', row: 9 },
  deathDate: '2018-03-10',
  deathPlace: 'Thôn Văn Giáo, xã Thiện Kế',
};

describe('death dates a day apart', () => {
  it('merges one death registered in two communes a day apart when the personal ID agrees', () => {
    const result = run([thuoc, inThienKe]);
    expect(result.mergedAwayIds).toEqual([inThienKe.id]);
    expect(result.clusters[0]?.members[0]?.explanation.vetoes).toEqual([]);
  });

  it('sends the same pair without an ID to review, not apart', () => {
    const noId = (record: DeathRecord): DeathRecord => ({ ...record, deceased: { ...record.deceased, birthDate: '1938-01-05', personalId: null } });
    const result = run([noId(thuoc), noId(inThienKe)]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'other-death-date', action: 'review' }]);
  });

  it('merges a retyped entry (same number) whose death date is a day off, across a month end too, or with day and month swapped', () => {
    const noId = { ...thuoc, deceased: { ...thuoc.deceased, personalId: null } };
    const slips: [string, string][] = [['2018-03-09', '2018-03-10'], ['2018-03-31', '2018-04-01'], ['2018-03-09', '2018-09-03']];
    for (const [original, slipped] of slips) {
      const first = { ...noId, deathDate: original };
      const copy = { ...first, id: `${first.id}-nhap-lai`, provenance: { ...first.provenance, file: '249-binh-xuyen/KT_HuongSon_nhap_lai.xlsx' }, deathDate: slipped };
      expect(run([first, copy]).mergedAwayIds, `${original} / ${slipped}`).toHaveLength(1);
    }
  });

  it('keeps death dates more than a day apart apart, even with the same ID (same entry: review)', () => {
    const weekLater = { ...inThienKe, deathDate: '2018-03-16' };
    const result = run([thuoc, weekLater]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('counts days between full dates only', () => {
    expect(daysApart('2018-03-31', '2018-04-01')).toBe(1);
    expect(daysApart('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysApart('2018', '2018-04-01')).toBeNull();
  });
});
