import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/catalog/catalog.js';
import { validateRecord } from '../../src/validate/validate-record.js';
import { childCmnd } from '../../src/validate/child-cmnd.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const birth = (personalId: string | null, birthDate: string | null, registered: string | null) => ({
  registration: { provinceCode: '26', date: registered },
  child: { personalId, birthDate },
});

// A CMND is issued from 14 (Decree 05/1999/NĐ-CP): a newborn's ID column holding one is
// mostly the father's, mother's or declarant's number typed in the wrong column.
describe('childCmnd: a child under 14 cannot hold a CMND', () => {
  it('warns on a newborn\'s 9-digit CMND, keeping it', () => {
    expect(childCmnd(birth('135246802', '2016-06-09', '2016-06-13'))).toEqual([{ code: 'ID_CHILD_CMND', field: 'child.personalId', value: '135246802' }]);
    expect(severityOf('ID_CHILD_CMND')).toBe('warning');
  });

  it.each([
    ['2003-05-02', '2016-06-13', 'registered late, at 13'],
    ['2002-07-01', '2016-06-13', 'a month before turning 14'],
    ['2002-07', '2016-06-13', 'born in July, registered in June of the year they turn 14'],
    ['2010', '2016', 'years alone that cannot reach 14'],
  ])('warns for a child born %j registered %j (%s)', (born, registered) => {
    expect(childCmnd(birth('135246802', born, registered)).map((finding) => finding.code)).toEqual(['ID_CHILD_CMND']);
  });

  // Đăng ký lại: a birth registered before 2016, book and certificate lost, registered again
  // for a grown-up, who may carry their own CMND (DOMAIN.md §3.3).
  it.each([
    ['1975-04-12', '2018-03-02', 'a re-registration at 42'],
    ['2002-06-13', '2016-06-13', 'on the 14th birthday'],
    ['2002', '2016', 'a year alone: maybe 14 already'],
    ['2002-06', '2016-06-20', 'same month, day unknown'],
  ])('no warning for a person born %j registered %j (%s)', (born, registered) => {
    expect(childCmnd(birth('135246802', born, registered))).toEqual([]);
  });

  it.each([
    ['026216000109', '2016-06-09', '2016-06-13'], // a personal ID is the child's own
    [null, '2016-06-09', '2016-06-13'],
    ['135246802', null, '2016-06-13'], // no birth date (the row is rejected for it)
    ['135246802', '2016-06-09', null],
  ])('no warning for %j born %j registered %j', (id, born, registered) => {
    expect(childCmnd(birth(id, born, registered))).toEqual([]);
  });

  it('is a rule of the birth register only', () => {
    const codes = (type: 'birth' | 'death', record: Record<string, unknown>): string[] => validateRecord(RECORD_TYPES[type], record, [], () => false).map((finding) => finding.code);
    expect(codes('birth', birth('135246802', '2016-06-09', '2016-06-13'))).toContain('ID_CHILD_CMND');
    expect(codes('death', { registration: { provinceCode: '26', date: '2016-06-13' }, deceased: { personalId: '135246802', birthDate: '2016-06-09' }, deathDate: '2016-06-12' })).not.toContain('ID_CHILD_CMND');
  });
});
