/**
 * Key fields on which a merged copy gives another value than the survivor
 * (copies-disagree.ts, DEDUP_COPIES_DISAGREE): another date, ID of the same kind or
 * spelling; never a value merely less precise or a copy's own slip.
 */
import { describe, expect, it } from 'vitest';
import { disagreementsOf } from '../../src/dedup/copies-disagree.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, deathThinh, marriageDong } from './clean-records.js';

/** Hương Sơn 2016 No 1, Nguyễn Văn Thịnh, and a copy of it with `changes` to the deceased. */
const death = (id: string, changes: Partial<DeathRecord['deceased']> = {}, warnings: DeathRecord['warnings'] = []) =>
  deathDedupSpec.toDedupRecord({ ...deathThinh, id, deceased: { ...deathThinh.deceased, ...changes }, warnings }, '249');
const fields = (survivor: ReturnType<typeof death>, member: ReturnType<typeof death>) => disagreementsOf(survivor, member).map((found) => found.field);

describe('a copy that gives another value', () => {
  it('names the birth date typed with day and month swapped, another day, another year', () => {
    expect(fields(death('a'), death('b', { birthDate: '1935-12-05' }))).toEqual(['deceased.birthDate']);
    expect(fields(death('a'), death('b', { birthDate: '1935-05-21' }))).toEqual(['deceased.birthDate']);
    expect(fields(death('a', { birthDate: '1935' }), death('b', { birthDate: '1936' }))).toEqual(['deceased.birthDate']);
  });

  it('names two personal IDs of one kind, and a given name a mark or a letter apart', () => {
    expect(fields(death('a'), death('b', { personalId: '026035000410' }))).toEqual(['deceased.personalId']);
    expect(fields(death('a', childName('Nguyễn Văn Hùng')), death('b', childName('Nguyễn Văn Hưng')))).toEqual(['deceased.fullName']);
    expect(fields(death('a', childName('Nguyễn Văn Tuất')), death('b', childName('Nguyễn Văn Tuấn')))).toEqual(['deceased.fullName']);
    // Final y or i after a consonant is one spelling of one name (Tý/Tí, Lý/Lí): no disagreement.
    expect(fields(death('a', childName('Nguyễn Văn Tý')), death('b', childName('Nguyễn Văn Tí')))).toEqual([]);
  });

  it('names a survivor whose name has a slip the copy does not (an original before its re-registration)', () => {
    const slip = death('a', childName('Nguyễn Văn Thịh'), [{ code: 'NAME_SPELLING_DOUBTFUL', field: 'deceased.fullName', message: '' }]);
    expect(fields(slip, death('b'))).toEqual(['deceased.fullName']);
  });

  it('names a spouse’s birth date of a marriage copy', () => {
    const marriage = (id: string, wifeBirthDate: string) =>
      marriageDedupSpec.toDedupRecord({ ...marriageDong, id, wife: { ...marriageDong.wife, birthDate: wifeBirthDate } } as MarriageRecord, '249');
    const found = disagreementsOf(marriage('a', '1995-03-08'), marriage('b', '1995-08-03'));
    expect(found).toEqual([{ field: 'wife.birthDate', fromId: 'b' }]);
  });
});

describe('an ordinary copy', () => {
  it('says nothing of a date given less precisely, a CMND beside the ID, a value the survivor lacks', () => {
    expect(fields(death('a'), death('b', { birthDate: '1935' }))).toEqual([]);
    expect(fields(death('a'), death('b', { birthDate: '1935-05' }))).toEqual([]);
    expect(fields(death('a'), death('b', { personalId: '135790246' }))).toEqual([]);
    expect(fields(death('a', { personalId: null, birthDate: null }), death('b'))).toEqual([]);
  });

  it('says nothing of a tone placed otherwise, marks dropped, a middle name dropped or abbreviated, a copy’s slip', () => {
    expect(fields(death('a', childName('Nguyễn Văn Hoà')), death('b', childName('Nguyễn Văn Hòa')))).toEqual([]);
    expect(fields(death('a', childName('Nguyễn Văn Tuấn')), death('b', childName('Nguyễn Văn Tuân')))).toEqual([]);
    expect(fields(death('a', childName('Nguyễn Văn Thịnh')), death('b', childName('Nguyen Van Thinh')))).toEqual([]);
    expect(fields(death('a', childName('Lê Thị Thu Linh')), death('b', childName('Lê Thu Linh')))).toEqual([]);
    const slip = death('b', childName('Nguyễn Văn Thịh'), [{ code: 'NAME_SPELLING_DOUBTFUL', field: 'deceased.fullName', message: '' }]);
    expect(fields(death('a'), slip)).toEqual([]);
    // A copy's slip that is no Vietnamese word at all, warned or not ('Hh' for Hà, 'Hùg' for Hùng): plain to see.
    expect(fields(death('a', childName('Nguyễn Ngọc Hà')), death('b', childName('Nguyễn Ngọc Hh')))).toEqual([]);
    expect(fields(death('a', childName('Nguyễn Văn Hùng')), death('b', childName('Nguyễn Văn Hùg')))).toEqual([]);
  });

  it('is what a cluster reports: nothing for the usual copy, the swapped date for the other', () => {
    const result = deduplicate([death('a'), death('b', { birthDate: '1935' }), death('c', { birthDate: '1935-12-05' })], deathDedupSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.disagreements).toEqual([{ field: 'deceased.birthDate', fromId: 'c' }]);
  });
});
