import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { isReRegistration } from '../../src/dedup/specs/record-values.js';
import { birthRecordSchema } from '../../src/record-types/birth.js';
import { deathRecordSchema } from '../../src/record-types/death.js';
import { marriageRecordSchema } from '../../src/record-types/marriage.js';
import { birthAn } from './clean-records.js';

describe('toDedupRecord (birth)', () => {
  const record = birthDedupSpec.toDedupRecord(birthAn, '249');

  it('keeps name parts as accent and folded keys, given names apart from whole names', () => {
    expect(record.values).toMatchObject({
      'child.given': 'an',
      'child.family': 'nguyễn',
      'child.family.folded': 'nguyen',
      'mother.given': 'mai',
      'mother.family.folded': 'tran',
      'father.given': 'bình',
      'father.given.folded': 'binh',
      'registration.entry': '08953|2015|1',
    });
  });

  it('prefixes every blocking key with its rule, in rule order', () => {
    expect(record.blockingKeys).toEqual([
      'id:026215000101',
      'entry:08953|2015|1',
      'name+month:nguyen|an|2015-01',
      'mother+month:nguyen|tran|mai|2015-01',
      'given+date:an|2015-01-03',
      'mother+swappable-date:nguyen|tran|mai|2015|01|03',
      'name+parents:nguyễn|an|tran|mai|nguyen|binh',
    ]);
  });

  it('makes no key from a missing part (no block of all-unknowns)', () => {
    const sparse = birthDedupSpec.toDedupRecord({ ...birthAn, child: { ...birthAn.child, personalId: null, birthDate: '2015' }, registration: { ...birthAn.registration, number: null } }, '249');
    // A birth date known only to the year keys the name rules on every month of it.
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    expect(sparse.blockingKeys).toEqual([
      ...months.map((month) => `name+month:nguyen|an|2015-${month}`),
      ...months.map((month) => `mother+month:nguyen|tran|mai|2015-${month}`),
      'name+parents:nguyễn|an|tran|mai|nguyen|binh',
    ]);
    // Without the father's name the name+parents rule makes no key either.
    expect(birthDedupSpec.toDedupRecord({ ...birthAn, father: null }, '249').blockingKeys.some((key) => key.startsWith('name+parents:'))).toBe(false);
  });

  it('counts the filled fields and lists the person fields a survivor could take', () => {
    // 30 non-empty fields, 17 of them a survivor could take from a member: completeness counts the 13 others.
    expect(record.filledFields).toHaveLength(17);
    expect(record.completeness).toBe(13);
    expect(record.filledFields).toContain('child.personalId');
    expect(record.filledFields).not.toContain('mother.personalId');
    expect(record.filledFields?.every((field) => /^(child|mother|father)\./.test(field))).toBe(true);
  });

  it.each<[string | null, boolean]>([
    ['Đăng ký lại', true],
    ['đăng kí lại do mất sổ gốc', true],
    ['ĐKL', true],
    ['ĐK lại', true],
    ['Đăng ký khai sinh quá hạn', false],
    ['Sinh đôi', false],
    [null, false],
  ])('re-registration remark %s → %s', (remarks, expected) => {
    expect(isReRegistration(remarks, 'birth')).toBe(expected);
  });
});

describe('the record types\' dedup specs', () => {
  it('one per record type, each with well-formed comparisons and thresholds', () => {
    for (const [type, { dedup: spec }] of Object.entries(RECORD_TYPES)) {
      expect(spec.type).toBe(type);
      expect(spec.thresholds.merge).toBeGreaterThan(spec.thresholds.review);
      expect(spec.blockingRules.every((rule) => !rule.name.includes(':'))).toBe(true);
      expect(() => deduplicate([], spec)).not.toThrow(); // weightTable validates every m/u
    }
  });
});

describe('the golden clean batches (test/golden)', () => {
  const batch = (district: string, type: 'birth' | 'marriage' | 'death') =>
    readFileSync(new URL(`../golden/${district}/${type}/clean.jsonl`, import.meta.url), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);

  it('parse as clean records and deduplicate: the double entry of Tam Hợp no. 7 merged, the twins (no. 5/6) apart', () => {
    // The golden batch is already deduplicated: put the merged-away copy (row 15) back from the fixture's twin row.
    const births = batch('249', 'birth').map((line) => birthRecordSchema.parse(line));
    const original = births.find((record) => record.provenance.row === 14);
    if (!original) throw new Error('golden Tam Hợp row 14 missing');
    const copy = { ...original, id: 'birth-809eb790f51469d86e25', provenance: { ...original.provenance, row: 15 }, child: { ...original.child, fullName: 'Hoàng Thị Ngọc Anh', givenName: 'Anh' } };
    const records = [...births, copy].map((record) => birthDedupSpec.toDedupRecord(record, '249'));
    const result = deduplicate(records, birthDedupSpec);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([['birth-4f50a987e956331711bf', 'birth-809eb790f51469d86e25']]);
    expect(result.review).toEqual([]);
    expect(result.candidatePairs.total).toBeLessThan(records.length);
    const twins = births.filter((record) => [12, 13].includes(record.provenance.row));
    expect(twins.map((record) => record.child.givenName)).toEqual(['Hùng', 'Hưng']);
  });

  it.each(['249', '251'])('district %s: no duplicates among marriages and deaths', (district) => {
    const marriages = batch(district, 'marriage').map((line) => marriageDedupSpec.toDedupRecord(marriageRecordSchema.parse(line), district));
    const deaths = batch(district, 'death').map((line) => deathDedupSpec.toDedupRecord(deathRecordSchema.parse(line), district));
    expect(marriages.length + deaths.length).toBeGreaterThan(5);
    expect(deduplicate(marriages, marriageDedupSpec).clusters).toEqual([]);
    expect(deduplicate(deaths, deathDedupSpec).clusters).toEqual([]);
  });
});
