import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);

/** The couple without personal IDs (old registers rarely have them) and without the wife's birth date. */
const original: MarriageRecord = {
  ...marriageDong,
  husband: { ...marriageDong.husband, personalId: null },
  wife: { ...marriageDong.wife, personalId: null, birthDate: null },
};
/** The same entry typed again under another number, with a slip in the wife's given name. */
const copy: MarriageRecord = {
  ...original,
  id: 'marriage-copy',
  registration: { ...original.registration, number: '9' },
  provenance: { ...original.provenance, row: 13 },
  wife: { ...original.wife, ...childName('Trần Thị Xuâm') },
};

describe('marriage deduplication: a slip in a given name when a birth date is blank', () => {
  it('compares the copy through both family names and the registration date, and merges it', () => {
    const result = run([original, copy]);
    expect(result.candidatePairs.byRule.find((count) => count.rule === 'family+registration-date')?.pairs).toBe(1);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(original.id);
    expect(result.clusters[0]?.members[0]).toMatchObject({ id: 'marriage-copy', foundBy: 'family+registration-date' });
  });

  it('keeps another couple of the same family names registered the same day apart', () => {
    const otherCouple: MarriageRecord = {
      ...copy,
      id: 'marriage-other-couple',
      husband: { ...copy.husband, ...childName('Nguyễn Văn Hải'), birthDate: '1990-07-07' },
      wife: { ...copy.wife, ...childName('Trần Thị Lan') },
    };
    const result = run([original, otherCouple]);
    expect(result.candidatePairs.total).toBe(1);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });
});
