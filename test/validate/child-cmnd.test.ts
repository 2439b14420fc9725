import { describe, expect, it } from 'vitest';
import { messageVi, severityOf } from '../../src/catalog/catalog.js';
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
    const [finding] = childCmnd(birth('135246802', '2016-06-09', '2016-06-13'));
    expect(finding).toMatchObject({ code: 'ID_CHILD_CMND', field: 'child.personalId', value: '135246802' });
    expect(messageVi(finding!.code, finding!.params)).toContain('trẻ chưa đủ 14 tuổi khi đăng ký khai sinh');
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

  it('is a rule of the birth register', () => {
    const codes = (record: Record<string, unknown>): string[] => validateRecord(RECORD_TYPES.birth, record, [], () => false).map((finding) => finding.code);
    expect(codes(birth('135246802', '2016-06-09', '2016-06-13'))).toContain('ID_CHILD_CMND');
  });
});

// No CMND is issued after death: a deceased who died before 14 with one in the ID column
// carries a parent's or the declarant's number, which the population DB would take as theirs.
describe('death register: a deceased who died under 14 cannot hold a CMND', () => {
  const death = (personalId: string | null, birthDate: string | null, deathDate: string | null) => ({
    registration: { provinceCode: '26', date: '2021-06-20' },
    deceased: { fullName: 'Đoàn Thị Ngọc', sex: 'female', personalId, birthDate },
    deathDate,
  });
  const findings = (record: Record<string, unknown>) => validateRecord(RECORD_TYPES.death, record, [], () => false).filter((finding) => finding.code === 'ID_CHILD_CMND');

  it('warns on a child who died at 3 or at 9 with a CMND, by the age at death', () => {
    const [finding] = findings(death('135778899', '2018-05-05', '2021-06-14'));
    expect(finding).toMatchObject({ field: 'deceased.personalId', value: '135778899' });
    expect(messageVi(finding!.code, finding!.params)).toContain('người chết chưa đủ 14 tuổi khi chết');
    expect(findings(death('135112233', '2012-04-04', '2021-06-14'))).toHaveLength(1);
  });

  it.each([
    ['135445566', '2004-01-01', '2021-06-14', 'died at 17, old enough for a CMND'],
    ['135445566', '2007-06-14', '2021-06-14', 'died on the 14th birthday'],
    ['135445566', '2007', '2021-06-14', 'a birth year alone: maybe 14 already'],
    ['026218001234', '2018-05-05', '2021-06-14', 'a personal ID is the child\'s own'],
    ['135778899', null, '2021-06-14', 'no birth date'],
    ['135778899', '2018-05-05', null, 'no death date'],
  ])('no warning for %j born %j died %j (%s)', (id, born, died, _reason) => {
    expect(findings(death(id, born, died))).toEqual([]);
  });
});
