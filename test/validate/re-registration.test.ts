import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/catalog/catalog.js';
import { validateRecord } from '../../src/validate/validate-record.js';
import { reRegistrationDates } from '../../src/validate/re-registration.js';
import { firstRegistrationDate } from '../../src/normalize/date/first-registration-date.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const birth = (remarks: string, birthDate: string, registered: string) => ({ registration: { provinceCode: '26', date: registered }, child: { birthDate }, remarks });
const death = (remarks: string, deathDate: string, registered: string) => ({ registration: { provinceCode: '26', date: registered }, deathDate, remarks });
const marriage = (remarks: string, registered: string) => ({ registration: { provinceCode: '26', date: registered }, remarks });
const codes = (found: { code: string }[]) => found.map((finding) => finding.code);

// Re-registration writes again an event registered before whose book and certificate were lost;
// from 01/01/2016 (Decree 123/2015/NĐ-CP) only one registered before that day (DOMAIN.md §3.3).
describe('reRegistrationDates: a re-registration remark its dates contradict', () => {
  it('warns on the remarks when the first registration is after the re-registration', () => {
    const found = reRegistrationDates('marriage')(marriage('Đăng ký lại việc kết hôn đã đăng ký ngày 11/11/2019', '2018-09-03'), []);
    expect(found).toEqual([{ code: 'REREGISTRATION_DATES_CONFLICT', field: 'remarks', value: 'Đăng ký lại việc kết hôn đã đăng ký ngày 11/11/2019', params: { why: expect.stringContaining('11/11/2019') } }]);
    expect(severityOf('REREGISTRATION_DATES_CONFLICT')).toBe('warning');
  });

  it('warns when the first registration is before the birth, or from 2016 on', () => {
    expect(codes(reRegistrationDates('birth')(birth('Đăng ký lại, đã đăng ký khai sinh ngày 23/06/2018', '2019-02-05', '2019-03-01'), []))).toEqual(['REREGISTRATION_DATES_CONFLICT']);
    expect(codes(reRegistrationDates('birth')(birth('ĐKL, đăng ký lần đầu ngày 12/3/2017', '2016-11-20', '2019-03-01'), []))).toEqual(['REREGISTRATION_DATES_CONFLICT']);
  });

  it("reads the first registration's date in words, or after its number (s20 birth books)", () => {
    // Registered again on 02/02/2010 for a first registration of 15/02/2010: one of the dates is wrong.
    expect(codes(reRegistrationDates('birth')(birth('Đăng ký lại, KS lần đầu ngày 15 tháng 2 năm 2010', '2010-01-25', '2010-02-02'), []))).toEqual(['REREGISTRATION_DATES_CONFLICT']);
    expect(codes(reRegistrationDates('birth')(birth('ĐKL, KS lần đầu số 12 ngày 20/5/1992', '1970-05-05', '1992-01-20'), []))).toEqual(['REREGISTRATION_DATES_CONFLICT']);
    expect(firstRegistrationDate('ĐKL, KS lần đầu số 12 ngày 20/5/1970')).toBe('1970-05-20');
    expect(firstRegistrationDate('Đăng ký lại; đăng ký lần đầu: số 12/1970, ngày 20 tháng 5 năm 1970')).toBe('1970-05-20');
    expect(firstRegistrationDate('Đăng ký lại, đăng ký lần đầu ngày 20 tháng 13 năm 1970')).toBeNull();
    expect(reRegistrationDates('birth')(birth('ĐKL, KS lần đầu số 12 ngày 20/5/1970', '1970-05-05', '1992-01-20'), [])).toEqual([]);
  });

  it("does not take a decision's or a letter's number and date for the first registration's", () => {
    // A 1992 birth re-registered in 2019: the 2018 date is the decision's, not a first registration after 2016.
    const decision = 'ĐKL theo đề nghị; đã đăng ký khai sinh tại xã Đạo Đức theo QĐ số 12/QĐ-UBND ngày 05/6/2018';
    expect(firstRegistrationDate(decision)).toBeNull();
    expect(reRegistrationDates('birth')(birth(decision, '1992-09-09', '2019-03-16'), [])).toEqual([]);
    expect(firstRegistrationDate('ĐKL. Đã ĐK lần đầu, bị mất sổ; xác nhận theo CV số 15/UBND ngày 10/4/2018')).toBeNull();
    expect(firstRegistrationDate('ĐKL, lần đầu theo QĐ số 7 ngày 3/4/2018')).toBeNull();
    // The first entry's own number still leads to its date.
    expect(firstRegistrationDate('ĐKL; đã ĐK số 05/KS ngày 12/01/1995')).toBe('1995-01-12');
    expect(firstRegistrationDate('Đăng ký lại. KS lần đầu số 45/1995 ngày 20/9/1995')).toBe('1995-09-20');
  });

  it('warns when the event itself is from 2016 on and the entry was made after', () => {
    expect(codes(reRegistrationDates('death')(death('Đăng ký lại', '2023-06-08', '2023-06-15'), []))).toEqual(['REREGISTRATION_DATES_CONFLICT']);
    expect(codes(reRegistrationDates('birth')(birth('ĐK lại', '2017', '2019-03-01'), []))).toEqual(['REREGISTRATION_DATES_CONFLICT']);
  });

  it.each([
    ['Đăng ký lại', '1961-04-02', '2019-03-01'], // the usual re-registration of an old birth
    ['Đăng ký lại, đăng ký lần đầu ngày 20/01/1990', '1989-12-30', '2019-03-01'],
    ['ĐKL', '2015-12', '2018-05-10'], // a month before 2016
    ['Đăng ký lại', '2004-05-06', '2010-07-01'], // Decree 158/2005: before 2016 any earlier registration
    ['Sinh đôi', '2019-02-05', '2019-03-01'],
    ['Đăng ký lần đầu ngày 05/03/2019', '2019-02-05', '2019-03-01'], // no re-registration said
    ['Đã đăng ký lại ngày 01/03/2019, bản chính bị mất', '1975-02-05', '2019-03-01'], // the re-registration's own date
  ])('no warning for %j born %j registered %j', (remarks, born, registered) => {
    expect(reRegistrationDates('birth')(birth(remarks, born, registered), [])).toEqual([]);
  });

  it('says nothing of an entry the book cancelled, or without a registration date', () => {
    const record = birth('Ghi sai, đăng ký lại ở số 12', '2019-02-05', '2019-03-01');
    expect(reRegistrationDates('birth')(record, [{ code: 'ENTRY_CANCELLED', field: 'remarks' }])).toEqual([]);
    expect(reRegistrationDates('death')({ deathDate: '2023-06-08', remarks: 'Đăng ký lại', registration: { date: null } }, [])).toEqual([]);
  });

  it('runs for the three registers', () => {
    const run = (type: 'birth' | 'marriage' | 'death', record: Record<string, unknown>) => codes(validateRecord(RECORD_TYPES[type], record, [], () => false));
    expect(run('birth', birth('Đăng ký lại', '2018-02-05', '2019-03-01'))).toContain('REREGISTRATION_DATES_CONFLICT');
    expect(run('marriage', marriage('ĐKL, đăng ký lần đầu ngày 02/02/2021', '2020-05-05'))).toContain('REREGISTRATION_DATES_CONFLICT');
    expect(run('death', death('Đăng ký lại', '2020-06-08', '2021-01-15'))).toContain('REREGISTRATION_DATES_CONFLICT');
  });
});
