/**
 * A cluster holding a copy whose name was typed without marks ('Nguyen Van Hung', the retyped row
 * of twin Hưng's number): the copy cannot tell Hùng from Hưng, so its pair with any later entry of
 * that name is a twins review. When the later entry merges with the survivor itself — names with
 * marks, no veto — the survivor has settled what the unmarked copy could not: it joins the cluster,
 * in whatever order the records come. A later entry typed without marks as well does not.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const HUONG_SON = '08950';
const RESIDENCE = 'Thôn Đồng Sậu, xã Hương Sơn, huyện Bình Xuyên';
const NO_MARKS = [{ code: 'NAME_NO_DIACRITICS', field: 'child.fullName', message: 'Họ tên "Nguyen Van Hung" không có dấu.' }];

function entry(id: string, file: string, number: string, registered: string, fullName: string, birthDate: string, remarks: string | null = null): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, communeCode: HUONG_SON, book: `01/${registered.slice(0, 4)}`, number, date: registered, place: 'UBND xã Hương Sơn' },
    provenance: { file, sheet: 'KS', row: Number(number) + 2 },
    child: { ...birthAn.child, ...childName(fullName), birthDate, personalId: null },
    mother: { ...birthAn.mother, fullName: 'Trần Thị Mai', birthYear: '1988', residence: RESIDENCE },
    father: { ...birthAn.mother, fullName: 'Nguyễn Văn Toàn', birthYear: '1985', residence: RESIDENCE },
    remarks,
    warnings: fullName.startsWith('Nguyen') ? NO_MARKS : [],
  };
}

const BOOK = '249/KS-HuongSon-2015.xlsx';
const hung = entry('birth-hs-2015-1', BOOK, '1', '2015-01-12', 'Nguyễn Văn Hùng', '2015-01-03');
const hungTwin = entry('birth-hs-2015-2', BOOK, '2', '2015-01-12', 'Nguyễn Văn Hưng', '2015-01-03');
/** The second retype of the book, typed without a Vietnamese keyboard: twin Hưng's row. */
const unmarkedCopy = entry('birth-hs-2015-2-go-lai', '249/KS-HuongSon-2015-go-lai.xlsx', '2', '2015-01-12', 'Nguyen Van Hung', '2015-01-03');
/** Hưng registered again in 2019, the book and certificate lost: only the birth year. */
const reRegistered = entry('birth-hs-2019-9', '249/KS-HuongSon-2019.xlsx', '9', '2019-05-14', 'Nguyễn Văn Hưng', '2015', 'Đăng ký lại');

describe('a copy typed without marks inside a twin’s cluster', () => {
  it('does not keep twin Hưng’s re-registration out of Hưng’s cluster, whatever the order', () => {
    for (const records of [
      [hung, hungTwin, unmarkedCopy, reRegistered],
      [reRegistered, unmarkedCopy, hungTwin, hung],
    ]) {
      const result = run(records);
      expect(groups(result)).toEqual([[hungTwin.id, reRegistered.id, unmarkedCopy.id].sort()]);
      // Hùng stays alone; his pair with Hưng's re-registration is not listed (Hùng ~ Hưng was settled apart).
      expect(result.review).toEqual([]);
    }
  });

  it('still keeps a re-registration typed without marks out: nothing with marks settles which twin it is', () => {
    const unmarkedAgain = entry('birth-hs-2019-10', '249/KS-HuongSon-2019.xlsx', '10', '2019-05-14', 'Nguyen Van Hung', '2015', 'Đăng ký lại');
    const result = run([hung, hungTwin, unmarkedCopy, unmarkedAgain]);
    expect(groups(result)).toEqual([[hungTwin.id, unmarkedCopy.id].sort()]);
    expect(result.clusters.flatMap((cluster) => cluster.memberIds)).not.toContain(unmarkedAgain.id);
  });

  it('keeps the book’s row retyped without marks with its entry when the re-registration joined the cluster first', () => {
    // Ids order the records: the re-registration ('…-dkl') is taken into Hưng's cluster before the retyped row ('…-go-lai').
    const first = { ...reRegistered, id: 'birth-hs-2015-2-dkl-2019' };
    for (const records of [
      [hung, hungTwin, unmarkedCopy, first],
      [first, unmarkedCopy, hung, hungTwin],
    ]) {
      const result = run(records);
      expect(groups(result)).toEqual([[hungTwin.id, first.id, unmarkedCopy.id].sort()]);
      expect(result.review).toEqual([]);
    }
  });
});
