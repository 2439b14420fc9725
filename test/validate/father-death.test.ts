/**
 * A father whose death the remarks date more than 300 days before the child's birth (Law on Marriage and Family
 * 52/2014/QH13 Art. 88: a child born within 300 days of the marriage's end is the late husband's): the entry
 * loaded with no word. Session 23, theme 5.
 */
import { describe, expect, it } from 'vitest';
import { messageVi } from '../../src/catalog/catalog.js';
import { fatherDeathBeforeConception } from '../../src/validate/father-death.js';

const birth = (born: string, remarks: string | null) => ({ child: { birthDate: born }, remarks });

describe('FATHER_DIED_BEFORE_CONCEPTION', () => {
  it.each([
    ['2016-04-10', 'Cha Kiều Văn Thắng chết ngày 15/02/2015', '15/02/2015', 420],
    ['2016-04-10', 'Bố đã mất 15-2-2015', '15/02/2015', 420],
    ['2016-04-10', 'Con sinh sau khi cha hy sinh vào ngày 1/1/2015; mẹ đi khai', '01/01/2015', 465],
    ['2016-04-10', 'Cha của cháu đã chết ngày 1/1/2015', '01/01/2015', 465],
    // Read by the date normalizer (before, only figures with a four-digit year were): words, a two-digit year.
    ['2016-04-10', 'Cha chết ngày 15 tháng 2 năm 2015', '15/02/2015', 420],
    ['2016-04-10', 'Bố đã mất ngày 15/2/15', '15/02/2015', 420],
    ['2016-04-10', 'Cha hy sinh ngày 5 tháng 1, 2015', '05/01/2015', 461],
  ])('warns of a birth of %s with remarks %j', (born, remarks, died, days) => {
    const findings = fatherDeathBeforeConception(birth(born, remarks));
    expect(findings).toEqual([{ code: 'FATHER_DIED_BEFORE_CONCEPTION', field: 'child.birthDate', value: '10/04/2016', params: { fatherDeath: died, days, max: 300 } }]);
    expect(messageVi('FATHER_DIED_BEFORE_CONCEPTION', { value: findings[0]!.value, ...findings[0]!.params })).toBe(
      `Ghi chú cho biết cha chết ngày ${died}, ${days} ngày trước ngày sinh của trẻ (10/04/2016): quá 300 ngày, nên người cha ghi trong sổ hoặc một trong hai ngày cần xem lại.`,
    );
  });

  it.each([
    ['2016-04-10', 'Cha đã chết ngày 20/10/2015'], // a posthumous child, 173 days
    ['2016-04-10', 'Cha chết ngày 15/06/2015'], // 300 days exactly
    ['2016-04-10', 'Cha chết ngày 20/04/2016'], // after the birth
    // a two-digit year after the birth of a late registration: the century nearest the birth (not 1898, 1916, 1901)
    ['1995-03-10', 'Bố đã mất 20/10/98'],
    ['1995-03-10', 'Bố mất ngày 2/1/16'],
    ['1999-05-01', 'Bố mất ngày 7/5/01'],
    ['2016-04-10', 'Mẹ chết ngày 15/02/2015'],
    // another man called father: the adoptive father, a stepfather, the mother's father, the father's brother
    ['2016-04-10', 'Cha nuôi chết ngày 15/02/2015'],
    ['2016-04-10', 'Bố dượng mất ngày 15/02/2015'],
    ['2016-04-10', 'Bố của mẹ chết ngày 15/02/2015'],
    ['2016-04-10', 'Anh trai của bố mất ngày 15/02/2015'],
    ['2016-04-10', 'Em bố chết ngày 15/02/2015'],
    ['2016-04-10', 'Bố mất giấy khai sinh, cấp lại ngày 15/02/2015'],
    ['2016-04-10', 'Cha chết năm 2014'], // no whole date
    ['2016-04', 'Cha chết ngày 15/02/2015'], // no whole birth date
    ['2016-04-10', 'Cha chết ngày 31/02/2015'], // no such day
    ['2016-04-10', 'Cha chết ngày 31 tháng 2 năm 2015'],
    ['2016-04-10', 'Cha đã chết ngày 20 tháng 10 năm 2015'], // a posthumous child
    ['2016-04-10', 'Cha chết tháng 2 năm 2015'], // no whole date
    ['2016-04-10', 'Cha chết ngày 15/2'],
    ['2016-04-10', null],
    ['2016-04-10', 'Đăng ký quá hạn'],
  ])('stays silent on a birth of %s with remarks %j', (born, remarks) => {
    expect(fatherDeathBeforeConception(birth(born, remarks))).toEqual([]);
  });
});
