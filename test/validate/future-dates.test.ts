import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messageVi, severityOf } from '../../src/catalog/catalog.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { validateRecord } from '../../src/validate/validate-record.js';

const isError = (code: string): boolean => severityOf(code) === 'error';
const findings = (type: keyof typeof RECORD_TYPES, record: Record<string, unknown>) => validateRecord(RECORD_TYPES[type], record, [], isError);
const codes = (type: keyof typeof RECORD_TYPES, record: Record<string, unknown>): string[] => findings(type, record).map((finding) => `${finding.code}@${finding.field}`);

const birth = (birthDate: string, registered: string) => ({
  registration: { date: registered },
  child: { fullName: 'Nguyễn Văn An', birthDate },
  mother: { birthYear: '1990' },
  father: { birthYear: '1988' },
});
const death = (died: string, registered: string, born = '1935') => ({ registration: { date: registered }, deceased: { fullName: 'Lê Văn Tư', birthDate: born }, deathDate: died });
const marriage = (registered: string, husbandBorn: string, wifeBorn: string) => ({
  registration: { date: registered },
  husband: { fullName: 'Trương Văn Ba', birthDate: husbandBorn },
  wife: { fullName: 'Mai Thị Tư', birthDate: wifeBorn },
});

describe('dates after today in the current year (the normalizer only rejects a later year)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T03:00:00Z')); // 30/11/2026 in Hà Nội
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rejects a registration dated later this year (2026 typed for 2016)', () => {
    expect(codes('birth', birth('2016-01-05', '2026-12-15'))).toEqual(['DATE_OUT_OF_RANGE@registration.date']);
    expect(codes('marriage', marriage('2026-12-19', '1985', '1988'))).toEqual(['DATE_OUT_OF_RANGE@registration.date']);
    expect(codes('death', death('2021-01-10', '2026-12-01'))).toEqual(['DATE_OUT_OF_RANGE@registration.date']);
  });

  it('rejects a birth or a death later this year, beside the registration before it', () => {
    expect(codes('birth', birth('2026-12-10', '2016-01-20'))).toEqual(['DATE_OUT_OF_RANGE@child.birthDate', 'REGISTRATION_BEFORE_EVENT@registration.date']);
    expect(codes('death', death('2026-12-20', '2016-01-13'))).toEqual(['DATE_OUT_OF_RANGE@deathDate', 'REGISTRATION_BEFORE_EVENT@registration.date']);
    expect(codes('death', death('2016-01-10', '2016-01-13', '2026-12'))).toEqual(['DATE_OUT_OF_RANGE@deceased.birthDate', 'DEATH_BEFORE_BIRTH@deathDate']);
    expect(codes('marriage', marriage('2016-03-10', '1985', '2026-12-03'))[0]).toBe('DATE_OUT_OF_RANGE@wife.birthDate');
  });

  it('compares at the precision typed: this month or this year is not after today, today itself neither', () => {
    expect(codes('birth', birth('2026-11', '2026-11-30'))).toEqual([]);
    expect(codes('birth', birth('2026', '2026-11-30'))).toEqual([]);
    expect(codes('death', death('2026-11-28', '2026-11-30'))).toEqual([]);
    expect(codes('death', death('2026-11-29', '2026-12'))).toEqual(['DATE_OUT_OF_RANGE@registration.date']);
  });

  it('takes the day in Vietnam (UTC+7), not UTC', () => {
    vi.setSystemTime(new Date('2026-11-30T18:00:00Z')); // already 01/12/2026 in Hà Nội
    expect(codes('death', death('2026-11-28', '2026-12-01'))).toEqual([]);
  });

  it("tells the officer the date and today's date, as officers write them", () => {
    const [finding] = findings('birth', birth('2016-01-05', '2026-12-15'));
    expect(finding).toMatchObject({ value: '15/12/2026', params: { year: 2026, min: 1850, max: '30/11/2026' } });
    expect(messageVi(finding!.code, { value: finding!.value, ...finding!.params })).toBe('Ngày tháng "15/12/2026" nằm ngoài khoảng hợp lệ 1850–30/11/2026: không thể trước năm 1850 hay sau ngày hôm nay.');
    expect(severityOf('DATE_OUT_OF_RANGE')).toBe('error');
  });
});
