/**
 * A book typed again ('KS_VinhThinh_2004-nhap-lai.xlsx') whose numbering slipped by one
 * from some row on: each copy carries the next entry's number, the same registration
 * date, name and birth date, and sometimes a small slip. A name typed without marks is
 * then no evidence of a twin, nor a parent's year a key off of two entries: the copy
 * merges into the original. Twins of one book (one file) stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '252')), birthDedupSpec);
const THON_DONG = 'Thôn Đông, xã Vĩnh Thịnh, huyện Vĩnh Tường, tỉnh Vĩnh Phúc';
const BOOK = 'KS_VinhThinh_2004.xlsx';
const RETYPED = 'KS_VinhThinh_2004-nhap-lai.xlsx';

/** Vĩnh Thịnh (09154) 2004, No 1: Nguyễn Văn Hòa, born 15/06/2004, registered 02/07/2004. */
const hoa: BirthRecord = {
  ...birthAn,
  id: 'birth-vinh-thinh-2004-1',
  registration: { ...birthAn.registration, districtCode: '252', communeCode: '09154', book: '01/2004', number: '1', date: '2004-07-02', place: 'UBND xã Vĩnh Thịnh' },
  provenance: { file: BOOK, sheet: '2004', row: 5 },
  child: { ...birthAn.child, ...childName('Nguyễn Văn Hòa'), birthDate: '2004-06-15', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Lê Thị Hạnh', birthYear: '1980', residence: THON_DONG },
  father: { ...birthAn.mother, fullName: 'Nguyễn Văn Toản', birthYear: '1978', residence: THON_DONG },
};
/** No 3 of the book: Đỗ Minh Tuấn, father Đỗ Văn Kiên 1982. */
const tuan: BirthRecord = {
  ...hoa,
  id: 'birth-vinh-thinh-2004-3',
  registration: { ...hoa.registration, number: '3', date: '2004-09-01' },
  provenance: { ...hoa.provenance, row: 7 },
  child: { ...hoa.child, ...childName('Đỗ Minh Tuấn'), birthDate: '2004-08-11' },
  mother: { ...hoa.mother, fullName: 'Vũ Thị Thu', birthYear: '1985' },
  father: { ...hoa.mother, fullName: 'Đỗ Văn Kiên', birthYear: '1982' },
};
/** The re-typed book's row: the next number, in the other file. */
const retyped = (record: BirthRecord, changes: Partial<BirthRecord>): BirthRecord => ({
  ...record,
  id: `${record.id}-nhap-lai`,
  registration: { ...record.registration, number: String(Number(record.registration.number) + 1) },
  provenance: { ...record.provenance, file: RETYPED },
  ...changes,
});
const NO_MARKS = [{ code: 'NAME_NO_DIACRITICS', field: 'child.fullName', message: 'Họ tên "Nguyen Van Hoa" không có dấu.' }];

describe('a re-typed birth book whose numbering slipped by one', () => {
  it('merges the row typed without marks into the original (not a twin), which survives', () => {
    const copy = retyped(hoa, { child: { ...hoa.child, ...childName('Nguyen Van Hoa') }, warnings: NO_MARKS });
    const result = run([hoa, copy]);
    expect(result.review).toEqual([]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[hoa.id, copy.id]]);
  });

  it('merges the row whose father’s year is a key off (not two entries)', () => {
    const copy = retyped(tuan, { father: { ...(tuan.father as NonNullable<BirthRecord['father']>), birthYear: '1983' } });
    const result = run([tuan, copy]);
    expect(result.review).toEqual([]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[tuan.id, copy.id]]);
  });

  it('still sends them to review in one file, or registered on another day', () => {
    const oneBook = retyped(hoa, { provenance: { ...hoa.provenance, row: 6 }, child: { ...hoa.child, ...childName('Nguyen Van Hoa') }, warnings: NO_MARKS });
    expect(run([hoa, oneBook]).review.map((pair) => pair.explanation.vetoes)).toEqual([[expect.objectContaining({ code: 'twins', action: 'review' })]]);
    const otherDay = retyped(tuan, {
      registration: { ...tuan.registration, number: '4', date: '2004-09-03' },
      father: { ...(tuan.father as NonNullable<BirthRecord['father']>), birthYear: '1983' },
    });
    expect(run([tuan, otherDay]).clusters).toEqual([]);
  });

  it('keeps twins of one book apart (Hùng/Hưng, neighbouring numbers, one day)', () => {
    const hung: BirthRecord = { ...hoa, child: { ...hoa.child, ...childName('Nguyễn Văn Hùng') } };
    const hungTwin: BirthRecord = { ...hung, id: 'birth-vinh-thinh-2004-2', registration: { ...hung.registration, number: '2' }, provenance: { ...hung.provenance, row: 6 }, child: { ...hung.child, ...childName('Nguyễn Văn Hưng') } };
    const result = run([hung, hungTwin]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('merges each twin’s row of the retyped book with its own entry, the one typed without marks too', () => {
    const hung: BirthRecord = { ...hoa, child: { ...hoa.child, ...childName('Nguyễn Văn Hùng') } };
    const hungTwin: BirthRecord = { ...hung, id: 'birth-vinh-thinh-2004-2', registration: { ...hung.registration, number: '2' }, provenance: { ...hung.provenance, row: 6 }, child: { ...hung.child, ...childName('Nguyễn Văn Hưng') } };
    const hungCopy: BirthRecord = { ...hung, id: `${hung.id}-nhap-lai`, provenance: { ...hung.provenance, file: RETYPED } };
    // The twin's row, its number kept, typed without marks: 'Nguyen Van Hung' is also how Hùng's row would read.
    const twinCopy: BirthRecord = { ...hungTwin, id: `${hungTwin.id}-nhap-lai`, provenance: { ...hungTwin.provenance, file: RETYPED }, child: { ...hungTwin.child, ...childName('Nguyen Van Hung') }, warnings: NO_MARKS };
    const result = run([hung, hungTwin, hungCopy, twinCopy]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds]).sort()).toEqual([
      [hung.id, hungCopy.id],
      [hungTwin.id, twinCopy.id],
    ]);
    // Within the retyped file the two rows are a marked name and one without marks a number apart, but each is merged
    // into its own twin and the twins' own pair is settled apart: that pair is not listed again for review.
    expect(result.review).toEqual([]);
  });
});
