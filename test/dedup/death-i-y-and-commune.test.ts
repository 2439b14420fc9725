/**
 * A late registration ('Đăng ký quá hạn', 2015) of a death of 1985 giving only the death year
 * and spelling the given name with i (Sĩ) where the 1985 book has y (Sỹ): one name, one death
 * (yAsI). And the same death registered in two communes whose residences name one commune at
 * two levels ('Thôn Hữu Phúc, xã Liên Hòa' / 'Liên Hòa - Lập Thạch - Vĩnh Phúc'): one place.
 */
import { describe, expect, it } from 'vitest';
import { disagreementsOf } from '../../src/dedup/copies-disagree.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import { yAsI } from '../../src/normalize/codes/match-key.js';
import { residenceKey, samePlace } from '../../src/dedup/specs/residence.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '246')), deathDedupSpec);
const VAN_QUAN = '08842';
const LIEN_HOA = '08824';

function entry(id: string, registered: string, number: string, fullName: string, birthDate: string | null, deathDate: string, residence: string, communeCode = VAN_QUAN): DeathRecord {
  return {
    ...deathThinh,
    id,
    registration: { provinceCode: '26', districtCode: '246', communeCode, book: null, number, date: registered, place: null },
    provenance: { file: `KT_${communeCode}_${registered.slice(0, 4)}.xlsx`, sheet: 'KT', row: 3 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), birthDate, personalId: null, residence },
    deathDate,
    declarant: { fullName: 'Lê Văn Khoa', relation: 'Con trai' },
  };
}

describe('death deduplication: i and y, one spelling', () => {
  it('writes a final y after consonants as i, not after a vowel', () => {
    expect(yAsI('sỹ')).toBe('sĩ');
    expect(yAsI('lê văn lý')).toBe('lê văn lí');
    expect(yAsI('quý')).toBe('quí');
    expect(yAsI('thủy')).toBe('thủy');
    expect(yAsI('yến')).toBe('yến');
  });

  it("merges Lê Văn Sỹ (1985) with the late registration of Lê Văn Sĩ giving only the year '1985' (never compared before)", () => {
    const old = entry('death-1985-3', '1985-03-05', '3', 'Lê Văn Sỹ', '1930', '1985-03-03', 'Thôn Hoàng Chung, xã Văn Quán');
    const late = entry('death-2015-12', '2015-06-12', '12', 'Lê Văn Sĩ', '1930', '1985', 'Thôn Hoàng Chung, xã Văn Quán');
    const result = run([old, late]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'deceased.givenName', level: 'exact' }));
  });

  it('raises no DEDUP_COPIES_DISAGREE for Lý/Lí, Mỹ/Mĩ', () => {
    const ly = entry('death-1985-2', '1985-02-20', '2', 'Trần Văn Lý', '1920', '1985-02-18', 'Thôn Văn Quán, xã Văn Quán');
    const li = entry('death-2015-11', '2015-06-11', '11', 'Trần Văn Lí', '1920', '1985-02-18', 'Thôn Văn Quán, xã Văn Quán');
    const my = entry('death-1985-5', '1985-05-11', '5', 'Hoàng Thị Mỹ', '1922', '1985-05-09', 'Thôn Văn Quán, xã Văn Quán');
    const mi = entry('death-2015-14', '2015-06-14', '14', 'Hoàng Thị Mĩ', '1922', '1985-05-09', 'Thôn Văn Quán, xã Văn Quán');
    const dedup = (record: DeathRecord) => deathDedupSpec.toDedupRecord(record, '246');
    expect(disagreementsOf(dedup(ly), dedup(li))).toEqual([]);
    expect(disagreementsOf(dedup(my), dedup(mi))).toEqual([]);
    expect(run([ly, li, my, mi]).clusters).toHaveLength(2);
  });
});

describe('i and y: infant twins named Vy and Vi (s11-reg-b)', () => {
  it('keeps twins apart who died together, while a late registration spelling the name anew still merges', () => {
    const vy = entry('death-2010-5', '2010-03-02', '5', 'Trần Thị Vy', '2010-02-27', '2010-03-01', 'Thôn Văn Quán, xã Văn Quán');
    const vi = entry('death-2010-6', '2010-03-02', '6', 'Trần Thị Vi', '2010-02-27', '2010-03-01', 'Thôn Văn Quán, xã Văn Quán');
    expect(run([vy, vi]).clusters).toEqual([]);
    const late = entry('death-2016-9', '2016-05-10', '9', 'Trần Thị Vi', '2010-02-27', '2010', 'Thôn Văn Quán, xã Văn Quán');
    expect(run([vy, late]).clusters).toHaveLength(1);
  });
});

describe('residences naming one commune at two levels', () => {
  const key = (text: string) => residenceKey(text) as string;

  it('agree at the commune when neither names another village of it', () => {
    expect(samePlace(key('Thôn Hữu Phúc, xã Liên Hòa'), key('Liên Hòa - Lập Thạch - Vĩnh Phúc'))).toBe(true);
    expect(samePlace(key('Xã Liên Hòa, huyện Lập Thạch'), key('Thôn Liên Minh, xã Liên Hòa'))).toBe(true);
  });

  it('disagree for a village named as its commune and another village of it (s11-reg-a)', () => {
    expect(samePlace(key('Thôn Đông Lỗ, xã Tề Lỗ'), key('Thôn Tề Lỗ, xã Tề Lỗ, huyện Yên Lạc'))).toBe(false);
    expect(samePlace(key('Văn Xá, Nguyệt Đức'), key('Thôn Nguyệt Đức, xã Nguyệt Đức, huyện Yên Lạc'))).toBe(false);
    expect(samePlace(key('Thôn Tề Lỗ, xã Tề Lỗ'), key('Tề Lỗ - Yên Lạc - Vĩnh Phúc'))).toBe(true);
  });

  it('disagree for two villages of one commune, or one commune name in two districts', () => {
    expect(samePlace(key('Thôn Hữu Phúc, xã Liên Hòa'), key('Thôn Liên Minh, xã Liên Hòa, Lập Thạch'))).toBe(false);
    expect(samePlace(key('Thôn Phú Hậu, xã Xuân Hòa, huyện Lập Thạch'), key('Xuân Hòa, Phúc Yên'))).toBe(false);
  });

  it('merges the death of Lê Văn Thịnh registered in Liên Hòa and in Văn Quán (review at 25.7 before)', () => {
    const lienHoa = entry('death-lh-2', '2015-04-20', '2', 'Lê Văn Thịnh', '1940-06-05', '2015-04-18', 'Thôn Hữu Phúc, xã Liên Hòa', LIEN_HOA);
    const vanQuan = entry('death-vq-6', '2015-04-22', '6', 'Lê Văn Thịnh', '1940', '2015-04-18', 'Liên Hòa - Lập Thạch - Vĩnh Phúc');
    const result = run([lienHoa, vanQuan]);
    expect(result.review).toEqual([]);
    expect(result.clusters).toHaveLength(1);
  });
});
