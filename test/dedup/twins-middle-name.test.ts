import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { entriesApart, neighbouringEntries } from '../../src/dedup/specs/register-position.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

/** Entries 12 and 13 of Hương Sơn's 2017 book: twins given one name and two middle names. */
const hoangAnh: BirthRecord = {
  ...birthAn,
  id: 'birth-huong-son-2017-12',
  registration: { ...birthAn.registration, communeCode: '08950', book: '01/2017', number: '12', date: '2017-03-06', place: 'UBND xã Hương Sơn' },
  provenance: { file: '249-binh-xuyen/KS_HuongSon_2017.xlsx', sheet: 'Sheet1', row: 12 },
  child: { ...birthAn.child, ...childName('Nguyễn Hoàng Anh'), birthDate: '2017-02-14', personalId: '026217004512' },
  mother: { ...birthAn.mother, fullName: 'Trần Thị Mai', birthYear: '1991' },
  father: { ...birthAn.mother, fullName: 'Nguyễn Văn Thắng', birthYear: '1989' },
};
const tuanAnh: BirthRecord = {
  ...hoangAnh,
  id: 'birth-huong-son-2017-13',
  registration: { ...hoangAnh.registration, number: '13' },
  provenance: { ...hoangAnh.provenance, row: 13 },
  child: { ...hoangAnh.child, ...childName('Nguyễn Tuấn Anh'), personalId: '026217004513' },
};
const thuTrang: BirthRecord = {
  ...hoangAnh,
  id: 'birth-huong-son-2017-14',
  registration: { ...hoangAnh.registration, number: '14', date: '2017-03-08' },
  provenance: { ...hoangAnh.provenance, row: 14 },
  child: { ...hoangAnh.child, ...childName('Đặng Thị Thu Trang'), sex: 'female', birthDate: '2017-02-20', personalId: '026317004614' },
  mother: { ...hoangAnh.mother, fullName: 'Bùi Thị Hạnh', birthYear: '1993' },
  father: { ...hoangAnh.mother, fullName: 'Đặng Văn Toàn', birthYear: '1990' },
};
const thuyTrang: BirthRecord = {
  ...thuTrang,
  id: 'birth-huong-son-2017-15',
  registration: { ...thuTrang.registration, number: '15' },
  provenance: { ...thuTrang.provenance, row: 15 },
  child: { ...thuTrang.child, ...childName('Đặng Thị Thùy Trang'), personalId: '026317004615' },
};

/** The same row typed again into a second workbook. */
const retyped = (record: BirthRecord, changes: Partial<BirthRecord> = {}): BirthRecord => ({
  ...record,
  id: `${record.id}-nhap-lai`,
  provenance: { file: '249-binh-xuyen/KS_HuongSon_2017_nhap_lai.xlsx', sheet: 'Sheet1', row: record.provenance.row },
  ...changes,
});

describe('twins given one name and two middle names', () => {
  it('keeps Nguyễn Hoàng Anh / Nguyễn Tuấn Anh and Đặng Thị Thu Trang / Đặng Thị Thùy Trang apart (neighbouring entries, two IDs)', () => {
    const result = run([hoangAnh, tuanAnh, thuTrang, thuyTrang]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 2 });
  });

  it('keeps them apart on neighbouring numbers alone (no IDs), and on two IDs alone (numbers far apart or missing)', () => {
    const noIds = [hoangAnh, tuanAnh].map((record) => ({ ...record, child: { ...record.child, personalId: null } }));
    expect(run(noIds).clusters).toEqual([]);
    const farApart = { ...tuanAnh, registration: { ...tuanAnh.registration, number: '57' } };
    expect(run([hoangAnh, farApart]).clusters).toEqual([]);
    const noNumber = { ...tuanAnh, registration: { ...tuanAnh.registration, number: null } };
    expect(run([hoangAnh, noNumber]).clusters).toEqual([]);
  });

  it('merges each twin with its own copy typed again, never the four into one cluster', () => {
    const result = run([hoangAnh, tuanAnh, retyped(hoangAnh), retyped(tuanAnh)]);
    expect(groups(result)).toEqual([
      [hoangAnh.id, `${hoangAnh.id}-nhap-lai`],
      [tuanAnh.id, `${tuanAnh.id}-nhap-lai`],
    ]);
    expect(result.review).toEqual([]);
  });

  it('still merges a copy of one entry whose middle name slipped on the same number, and one that slipped into no name', () => {
    const sameNumber = retyped(thuTrang, { child: { ...thuTrang.child, ...childName('Đặng Thị Thư Trang') } });
    expect(groups(run([thuTrang, sameNumber]))).toEqual([[thuTrang.id, sameNumber.id].sort()]);
    const noName = retyped(thuTrang, {
      registration: { ...thuTrang.registration, number: null },
      child: { ...thuTrang.child, ...childName('Đặng Thị Thuh Trang'), personalId: null },
    });
    expect(groups(run([thuTrang, noName]))).toEqual([[thuTrang.id, noName.id].sort()]);
  });

  it('sends a middle name a letter from another real one (Thu/Thùy) to review when nothing tells twins from a slip', () => {
    const noNumber = retyped(thuTrang, {
      registration: { ...thuTrang.registration, number: null },
      child: { ...thuTrang.child, ...childName('Đặng Thị Thùy Trang'), personalId: null },
    });
    const result = run([thuTrang, noNumber]);
    expect(result.clusters).toEqual([]);
    expect(result.review.map((pair) => pair.explanation.vetoes)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('keeps the twin registered late (Đăng ký quá hạn, months later, far numbers, no IDs) apart from the other', () => {
    // Vĩnh Tường 2015: No 3 Nguyễn Hoàng Anh registered 10/02, No 10 Nguyễn Tuấn Anh registered 20/07 'Đăng ký quá hạn'.
    const first: BirthRecord = { ...hoangAnh, registration: { ...hoangAnh.registration, communeCode: '09076', number: '3', date: '2015-02-10' }, child: { ...hoangAnh.child, birthDate: '2015-01-02', personalId: null } };
    const late: BirthRecord = {
      ...tuanAnh,
      registration: { ...first.registration, number: '10', date: '2015-07-20' },
      child: { ...tuanAnh.child, birthDate: '2015-01-02', personalId: null },
      remarks: 'Đăng ký quá hạn',
    };
    const result = run([first, late]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
    // Typed in another commune's book, the same two names go to review rather than apart.
    const elsewhere = { ...late, registration: { ...late.registration, communeCode: '09079' } };
    expect(run([first, elsewhere]).review.map((pair) => pair.explanation.vetoes)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('merges a copy that lost its middle name, or a word of it', () => {
    const noMiddle = retyped(hoangAnh, { registration: { ...hoangAnh.registration, number: '40' }, child: { ...hoangAnh.child, ...childName('Nguyễn Anh'), personalId: null } });
    expect(groups(run([hoangAnh, noMiddle]))).toEqual([[hoangAnh.id, noMiddle.id].sort()]);
    const wordLost = retyped(thuTrang, { registration: { ...thuTrang.registration, number: '40' }, child: { ...thuTrang.child, ...childName('Đặng Thị Trang'), personalId: null } });
    expect(groups(run([thuTrang, wordLost]))).toEqual([[thuTrang.id, wordLost.id].sort()]);
  });

  it('sends two IDs given in two communes to review: a second registration elsewhere gets a new ID too', () => {
    const elsewhere: BirthRecord = {
      ...tuanAnh,
      id: 'birth-thien-ke-2017-81',
      registration: { ...tuanAnh.registration, communeCode: '08947', number: '81', date: '2017-04-02', place: 'UBND xã Thiện Kế' },
    };
    const result = run([hoangAnh, elsewhere]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'twins', action: 'review' }]);
  });

  it('reads register positions: one commune and year, numbers as typed ("6/2017" is entry 6)', () => {
    const at = (entry: string | null) => ({ 'registration.entry': entry });
    expect(entriesApart(at('08950|2017|12'), at('08950|2017|13'))).toBe(1);
    expect(entriesApart(at('08950|2017|6'), at('08950|2017|6/2017'))).toBeNull();
    expect(entriesApart(at('08950|2017|12'), at('08947|2017|13'))).toBeNull();
    expect(entriesApart(at('08950|2017|12'), at('08950|2016|13'))).toBeNull();
    expect(entriesApart(at('08950|2017|12'), at(null))).toBeNull();
    expect(neighbouringEntries(at('08950|2017|12'), at('08950|2017|14'))).toBe(true);
    expect(neighbouringEntries(at('08950|2017|12'), at('08950|2017|15'))).toBe(false);
  });
});
