import { describe, expect, it } from 'vitest';
import { forEachCandidatePair } from '../../src/dedup/blocking.js';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';

function record(id: string, ...blockingKeys: string[]): DedupRecord {
  return { id, type: 'birth', districtCode: '249', values: {}, blockingKeys, registrationDate: null, reRegistration: false, completeness: 0 };
}

function pairs(records: DedupRecord[], rules: string[], options: { previousFrom?: number; maxBlockSize?: number } = {}) {
  const found: string[] = [];
  const counts = forEachCandidatePair(records, rules, options, (i, j, rule) => found.push(`${records[i]?.id}-${records[j]?.id}@${rules[rule]}`));
  return { found: found.sort(), counts };
}

describe('candidate pairs', () => {
  const records = [
    record('a', 'id:1', 'name:hung|2015'),
    record('b', 'id:1', 'name:hung|2015', 'mother:lan|2015'),
    record('c', 'name:hung|2015', 'mother:lan|2015'),
    record('d', 'mother:lan|2015'),
    record('e', 'name:an|2015'),
  ];

  it('tags each pair with the first rule that finds it; later rules skip it (Splink)', () => {
    const { found, counts } = pairs(records, ['id', 'name', 'mother']);
    expect(found).toEqual(['a-b@id', 'a-c@name', 'b-c@name', 'b-d@mother', 'c-d@mother']);
    expect(counts.byRule.map((rule) => [rule.rule, rule.pairs, rule.blocks])).toEqual([
      ['id', 1, 1],
      ['name', 2, 1],
      ['mother', 2, 1],
    ]);
    expect(counts.total).toBe(5);
  });

  it('never pairs records that share no key', () => {
    const { found } = pairs(records, ['id', 'name', 'mother']);
    expect(found.filter((pair) => pair.split('@')[0]?.split('-').includes('e'))).toEqual([]);
    expect(found).not.toContain('a-d@mother');
  });

  it('skips and counts a block above the size cap, leaving its pairs to later rules', () => {
    const crowd = Array.from({ length: 6 }, (_, index) => record(`r${index}`, 'name:nguyen|2015', ...(index < 2 ? ['mother:mai|2015'] : [])));
    const { found, counts } = pairs(crowd, ['name', 'mother'], { maxBlockSize: 5 });
    expect(found).toEqual(['r0-r1@mother']);
    expect(counts.byRule[0]).toMatchObject({ rule: 'name', pairs: 0, oversizedBlocks: 1, recordsInOversizedBlocks: 6 });
    expect(counts.total).toBe(1);
  });

  it('makes one pair per rule when two records share several keys of it', () => {
    const married = [record('m1', 'id:h|111', 'id:w|222'), record('m2', 'id:h|111', 'id:w|222')];
    expect(pairs(married, ['id']).found).toEqual(['m1-m2@id']);
  });

  it('pairs current records with previous ones, never two previous ones', () => {
    const withPrevious = [record('cur', 'name:hung|2015'), record('old1', 'name:hung|2015'), record('old2', 'name:hung|2015')];
    expect(pairs(withPrevious, ['name'], { previousFrom: 1 }).found).toEqual(['cur-old1@name', 'cur-old2@name']);
  });

  it('ignores keys of rules the spec does not have (a registry written by an older spec)', () => {
    expect(pairs([record('x', 'gone:1'), record('y', 'gone:1')], ['id']).counts.total).toBe(0);
  });
});
