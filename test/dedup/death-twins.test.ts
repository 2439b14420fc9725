/**
 * Twins (or siblings) who died together: two entries of one commune's death book,
 * each with its own number, born the same day, whose given names differ by a tone or
 * a vowel mark (Hùng/Hưng, Anh/Ánh) — two people, as the birth spec's 'twins' veto
 * holds (DOMAIN.md §8) — as children; adults a tone apart (16 or older at death) go to review,
 * an entry typed twice with a slip being likelier than adult twins dying the same day. The tester's book: UBND xã Đại Đình, sổ khai tử năm 2009.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '248')), deathDedupSpec);
const vetoesOfReview = (result: ReturnType<typeof run>) => result.review.map((pair) => pair.explanation.vetoes);

const DAI_DINH = '08923';
const HOP_CHAU = '08911';

/** A 2009 entry: number, registration date, name, sex, birth date; both babies died at home on 04/03/2009. */
function entry(number: string, registered: string, fullName: string, sex: 'male' | 'female', birthDate: string | null, communeCode = DAI_DINH): DeathRecord {
  return {
    ...deathThinh,
    id: `death-${communeCode}-2009-${number}`,
    registration: { provinceCode: '26', districtCode: '248', communeCode, book: null, number, date: registered, place: null },
    provenance: { file: `248/KT_${communeCode}_2009.xlsx`, sheet: 'Sheet1', row: 4 + Number(number) },
    deceased: {
      ...deathThinh.deceased,
      ...childName(fullName),
      sex,
      birthDate,
      personalId: null,
      residence: 'Thôn Đồng Lính, xã Đại Đình',
    },
    deathDate: '2009-03-04',
    deathPlace: 'Tại nhà',
    cause: 'Bệnh',
    declarant: { fullName: 'Nguyễn Văn Thắng', relation: 'Bố' },
  };
}

describe('death deduplication: twins who died together', () => {
  it('keeps Hùng and Hưng (entries 3 and 4 of one day) apart, not even in review (they were merged at 36.84)', () => {
    const hung = entry('3', '2009-03-06', 'Nguyễn Văn Hùng', 'male', '2009-03-02');
    const hungTwin = entry('4', '2009-03-06', 'Nguyễn Văn Hưng', 'male', '2009-03-02');
    const result = run([hung, hungTwin]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
  });

  it('keeps Anh and Ánh apart, and twins registered the same day under numbers further apart', () => {
    const anh = entry('3', '2009-03-06', 'Nguyễn Thị Anh', 'female', '2009-03-02');
    const anhTwin = entry('4', '2009-03-06', 'Nguyễn Thị Ánh', 'female', '2009-03-02');
    expect(run([anh, anhTwin]).clusters).toEqual([]);
    expect(run([anh, anhTwin]).review).toEqual([]);
    const sameDay = { ...anhTwin, id: 'death-08923-2009-9', registration: { ...anhTwin.registration, number: '9' } };
    expect(run([anh, sameDay]).clusters).toEqual([]);
    expect(run([anh, sameDay]).review).toEqual([]);
  });

  it('sends numbers apart registered on other days to review: a copy with a mark slipped is possible', () => {
    const hung = entry('3', '2009-03-06', 'Nguyễn Văn Hùng', 'male', '2009-03-02');
    const later = entry('17', '2009-05-20', 'Nguyễn Văn Hưng', 'male', '2009-03-02');
    const result = run([hung, later]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('sends the same names in two communes’ books, or with a birth date of only the year, to review', () => {
    const hung = entry('3', '2009-03-06', 'Nguyễn Văn Hùng', 'male', '2009-03-02');
    const elsewhere = entry('2', '2009-03-09', 'Nguyễn Văn Hưng', 'male', '2009-03-02', HOP_CHAU);
    expect(run([hung, elsewhere]).clusters).toEqual([]);
    expect(vetoesOfReview(run([hung, elsewhere]))).toEqual([[{ code: 'twins', action: 'review' }]]);
    const yearOnly = [entry('3', '2009-03-06', 'Nguyễn Văn Tuyên', 'male', '1950'), entry('4', '2009-03-06', 'Nguyễn Văn Tuyền', 'male', '1950')];
    expect(run(yearOnly).clusters).toEqual([]);
    expect(vetoesOfReview(run(yearOnly))).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('sends a name typed without any mark under another number of the same register to review', () => {
    const hung = entry('3', '2009-03-06', 'Nguyễn Văn Hưng', 'male', '2009-03-02');
    const unmarked = entry('4', '2009-03-06', 'Nguyen Van Hung', 'male', '2009-03-02');
    const result = run([hung, unmarked]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('still merges the same register entry typed again with a mark slipped, and the same personal ID', () => {
    const hung = entry('3', '2009-03-06', 'Nguyễn Văn Hùng', 'male', '2009-03-02');
    const retyped = { ...entry('3', '2009-03-06', 'Nguyễn Văn Hưng', 'male', '2009-03-02'), id: 'death-08923-2009-3-nhap-lai' };
    expect(run([hung, retyped]).clusters.map((cluster) => cluster.memberIds)).toEqual([[retyped.id]]);
    const withId = (record: DeathRecord): DeathRecord => ({ ...record, deceased: { ...record.deceased, personalId: '026209000311' } });
    const elsewhere = entry('2', '2009-03-09', 'Nguyễn Văn Hưng', 'male', '2009-03-02', HOP_CHAU);
    expect(run([withId(hung), withId(elsewhere)]).clusters).toHaveLength(1);
  });

  it('sends adults a tone apart registered together to review: the same entry typed again with a slip (probe C)', () => {
    const adult = (number: string, fullName: string): DeathRecord => ({
      ...entry(number, '2009-03-06', fullName, 'male', '1941-05-12'),
      cause: 'Bệnh tim',
      declarant: { fullName: 'Nguyễn Văn Thắng', relation: 'Con' },
    });
    const result = run([adult('3', 'Nguyễn Văn Hùng'), adult('4', 'Nguyễn Văn Hưng')]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('keeps children and teenagers under 16 apart, and sends twins dead at 16 to review', () => {
    const died = (number: string, fullName: string, birthDate: string): DeathRecord => entry(number, '2009-03-06', fullName, 'male', birthDate);
    const drowned = run([died('3', 'Nguyễn Văn Hùng', '1993-03-05'), died('4', 'Nguyễn Văn Hưng', '1993-03-05')]);
    expect(drowned.clusters).toEqual([]);
    expect(drowned.review).toEqual([]);
    const sixteen = run([died('3', 'Nguyễn Văn Hùng', '1993-03-04'), died('4', 'Nguyễn Văn Hưng', '1993-03-04')]);
    expect(sixteen.clusters).toEqual([]);
    expect(vetoesOfReview(sixteen)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('counts an adult from a death date of only the year that leaves the age open', () => {
    const hung = entry('3', '2009-03-06', 'Nguyễn Văn Hùng', 'male', '1941-05-12');
    const yearOnly = { ...entry('4', '2009-03-06', 'Nguyễn Văn Hưng', 'male', '1941-05-12'), deathDate: '2009' };
    expect(vetoesOfReview(run([hung, yearOnly]))).toEqual([[{ code: 'twins', action: 'review' }]]);
    const baby = entry('3', '2009-03-06', 'Nguyễn Thị Anh', 'female', '2009-03-02');
    const babyYearOnly = { ...entry('4', '2009-03-06', 'Nguyễn Thị Ánh', 'female', '2009-03-02'), deathDate: '2009' };
    expect(run([baby, babyYearOnly]).review).toEqual([]);
  });

  it('keeps twins with other names (Hoa/Huệ) apart as before', () => {
    const result = run([entry('3', '2009-03-06', 'Nguyễn Thị Hoa', 'female', '2009-03-02'), entry('4', '2009-03-06', 'Nguyễn Thị Huệ', 'female', '2009-03-02')]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });
});
