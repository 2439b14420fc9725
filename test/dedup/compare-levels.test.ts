import { describe, expect, it } from 'vitest';
import { dateLevel, nameLevel } from '../../src/dedup/compare.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { addNameValues } from '../../src/dedup/specs/record-values.js';
import { NameKeyMemo } from '../../src/dedup/specs/name-key-memo.js';
import { weightTable } from '../../src/dedup/weights.js';

function nameValues(fullName: string): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  const words = fullName.split(' ');
  addNameValues(values, 'child', { fullName, familyName: words[0] ?? '', middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1] ?? '' }, new NameKeyMemo());
  return values;
}

const given = (left: string, right: string) => nameLevel(nameValues(left), nameValues(right), 'child.given', 'child.given.folded', 'child.unmarked');

describe('name levels (DOMAIN.md §4.1, §8)', () => {
  it.each<[string, string, string | null]>([
    ['Lê Thị Thuỷ', 'Lê Thị Thủy', 'exact'], // tone placement only: the same name
    ['Lê Thị Hoà', 'LÊ THỊ HÒA', 'exact'],
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'folded'], // different names that fold alike
    ['Lê Thị Thúy', 'Lê Thị Thủy', 'folded'],
    ['Lê Văn Vinh', 'Lê Văn Vĩnh', 'folded'], // Vinh has no mark, but the name around it has: not a lost-marks copy
    ['Nguyen Van Hung', 'Nguyễn Văn Hùng', 'unmarked'], // the whole name typed without marks
    ['Nguyễn Thị Huong', 'Nguyễn Thị Hương', 'unmarked'], // the given name lost its marks: 'Huong' is no word as typed
    ['Trần Văn Duc', 'Trần Văn Đức', 'unmarked'],
    ['Lê Văn Hung', 'Lê Văn Hùng', 'folded'], // 'Hung' is a word as typed (the name Hưng folds to it too)
    ['Lê Thị Thủ', 'Lê Thị Thủy', 'typo1'], // a dropped letter (one edit on the folded keys)
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Dũng', 'typo1'],
    ['Trần Thị Hạnh', 'Trần Thị Hạ', 'typo2'],
    ['Trần Thị Mai', 'Trần Thị Phương', 'different'],
  ])('%s / %s → %s', (left, right, level) => {
    expect(given(left, right)).toBe(level);
  });

  it('is neutral when a side has no name', () => {
    expect(nameLevel({ 'child.given': null }, nameValues('Lê Thị Lan'), 'child.given', 'child.given.folded', null)).toBeNull();
  });
});

describe('date levels', () => {
  it.each<[string, string, string]>([
    ['2015-03-14', '2015-03-14', 'exact'],
    ['2015-03-14', '2015-03-18', 'year-month'],
    ['2015-03-04', '2015-04-03', 'swapped'], // Excel read 04/03 as 3 April
    ['2015-03-14', '2015-09-01', 'year'],
    ['2015-12-20', '2016-01-05', 'within-year'],
    ['2015-03-14', '2019-03-14', 'different'],
    ['1947', '1947-12-13', 'precision-year'], // a re-registration's year agrees at its own precision (§8)
    ['1947-12', '1947-12-13', 'precision-month'],
    ['1947-11', '1947-12-13', 'year'],
    ['1947', '1948-02-01', 'within-year'],
    ['1947', '1952', 'different'],
  ])('%s / %s → %s', (left, right, level) => {
    expect(dateLevel(left, right)).toBe(level);
    expect(dateLevel(right, left)).toBe(level);
  });

  it('is neutral when a side is missing or malformed', () => {
    expect(dateLevel(null, '2015-03-14')).toBeNull();
    expect(dateLevel('14/03/2015', '2015-03-14')).toBeNull();
  });
});

describe('birth weights', () => {
  const weights = weightTable(birthDedupSpec.comparisons);
  const w = (field: string, level: string) => weights.get(field)?.get(level) as number;

  it('weigh a name equal only once folded against, far below an exact one', () => {
    expect(w('child.givenName', 'exact')).toBeGreaterThan(5);
    expect(w('child.givenName', 'folded')).toBeLessThan(0);
    expect(w('child.givenName', 'unmarked')).toBeGreaterThan(0);
  });

  it('order every comparison from agreement down to disagreement', () => {
    for (const comparison of birthDedupSpec.comparisons) {
      const first = comparison.levels[0];
      const last = comparison.levels[comparison.levels.length - 1];
      expect(w(comparison.field, first?.name ?? ''), comparison.field).toBeGreaterThan(0);
      expect(w(comparison.field, last?.name ?? ''), comparison.field).toBeLessThan(0);
    }
  });

  it('count the family once: both parents agreeing weighs less than mother + father + commune would as independent fields', () => {
    const family = w('parents', 'both-parents');
    const oneParent = w('parents', 'one-known-parent');
    expect(family).toBeLessThan(oneParent * 2 + w('parents', 'same-commune'));
    expect(birthDedupSpec.comparisons.filter((c) => /mother|father|commune/.test(c.field))).toEqual([]);
  });

  it('a twin pair (everything but the given name) scores like a re-registration: weights alone cannot part them, the veto must', () => {
    const twins = w('child.familyName', 'exact') + w('child.middleName', 'exact') + w('child.birthDate', 'exact') + w('child.sex', 'exact') + w('parents', 'both-parents') + w('registration.entry', 'other-entry') + w('child.givenName', 'folded');
    expect(twins).toBeGreaterThan(birthDedupSpec.thresholds.merge);
  });
});
