/**
 * A book whose parents' cells were filled down a column: every child of a month shares both parents'
 * names and years, so each pair of them is in doubt (siblings born the same month, or one child typed
 * twice?) and the pairs grow with the square of the book — a 20,000-row book of them ran out of memory.
 * Past MAX_REVIEW_PAIRS_PER_RECORD pairs on both sides a further pair in doubt is counted, not kept;
 * a record with fewer pairs keeps all of its own, and copies still merge.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate, MAX_REVIEW_PAIRS_PER_RECORD } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hiếu', 'Khoa', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
const MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'];

/** Child `n` of the filled-down book: another name, born in March 2015 like the rest, the same parents. */
const child = (n: number): BirthRecord => ({
  ...birthAn,
  id: `birth-tam-hop-2015-${n + 1}`,
  registration: { ...birthAn.registration, number: String(n + 1), date: '2015-04-20' },
  provenance: { file: '249/ks-tam-hop-2015.xlsx', sheet: 'Sổ', row: n + 6 },
  child: { ...birthAn.child, ...childName(`Lê ${MIDDLE[n % MIDDLE.length]!} ${GIVEN[Math.floor(n / MIDDLE.length)]!}`), sex: 'male', birthDate: `2015-03-${String((n % 28) + 1).padStart(2, '0')}`, personalId: null },
  mother: { ...birthAn.mother, fullName: 'Phạm Thị Hoa', birthYear: '1992' },
  father: { ...birthAn.father!, fullName: 'Lê Văn Tú', birthYear: '1990' },
});

describe('pairs in doubt of a book whose cells repeat', () => {
  const book = Array.from({ length: 40 }, (_, n) => child(n)).map((record) => birthDedupSpec.toDedupRecord(record, '249'));
  const copy = birthDedupSpec.toDedupRecord({ ...child(0), id: 'birth-tam-hop-2015-nhap-lai-1', provenance: { file: '249/ks-tam-hop-2015-nhap-lai.xlsx', sheet: 'Sổ', row: 6 } }, '249');

  it('lists every pair in doubt while each record has few', () => {
    const all = deduplicate(book, birthDedupSpec, { maxReviewPairsPerRecord: 1000 });
    expect(all.review.length).toBeGreaterThan(300);
    expect(all.reviewPairsNotListed).toBeUndefined();
  });

  it('keeps a bounded number per record, counts the rest, and still merges a copy', () => {
    const capped = deduplicate([...book, copy], birthDedupSpec, { maxReviewPairsPerRecord: 5 });
    const uncapped = deduplicate([...book, copy], birthDedupSpec, { maxReviewPairsPerRecord: 1000 });
    expect(capped.review.length).toBeLessThanOrEqual(5 * (book.length + 1));
    expect(capped.review.length).toBeLessThan(uncapped.review.length / 2);
    expect(capped.reviewPairsNotListed).toBeGreaterThan(uncapped.review.length / 2);
    expect(capped.clusters.map((cluster) => [cluster.survivor.id, cluster.memberIds])).toEqual([['birth-tam-hop-2015-1', ['birth-tam-hop-2015-nhap-lai-1']]]);
    const perRecord = new Map<string, number>();
    for (const pair of capped.review) for (const id of [pair.a.id, pair.b.id]) perRecord.set(id, (perRecord.get(id) ?? 0) + 1);
    // A pair is kept while one of its records has fewer than the bound: no record is left without one.
    expect(perRecord.size).toBe(book.length);
    expect(MAX_REVIEW_PAIRS_PER_RECORD).toBeGreaterThanOrEqual(5);
  });
});
