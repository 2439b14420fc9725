/**
 * What duplicates.jsonl says a survivor took from its members is what clean.jsonl
 * holds: a missing father is created and filled, a name part is never filled (nor
 * listed), and a marriage typed with the spouses crossed fills each spouse from the
 * other's columns of the copy. A date the survivor gives less precisely takes the
 * member's agreeing one ('1940' → '1940-09-17'), never one that disagrees.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { birthAn, childName, deathThinh, marriageDong } from '../dedup/clean-records.js';

const manifest = { runId: 'r1', startedAt: '', finishedAt: '', pipeline: null, district: '249', provinceCode: '26', ethnicityCodeList: '2008', inputs: [] };

async function commit(type: 'birth' | 'marriage' | 'death', records: object[]) {
  const out = mkdtempSync(join(tmpdir(), 'hotich-fills-'));
  const definition = RECORD_TYPES[type];
  const writer = new BatchWriter(out, '249', definition, 'r1', { spec: definition.dedup as never, registry: null });
  for (const record of records) {
    writer.addRead('a.xlsx');
    writer.writeClean(record as Record<string, unknown>);
  }
  await writer.commit({ ...manifest, type, counts: writer.counts });
  const lines = (name: string) => readFileSync(join(out, '249', type, name), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { clean: lines('clean.jsonl'), duplicates: lines('duplicates.jsonl'), csv: readFileSync(join(out, '249', type, 'clean.csv'), 'utf8') };
}

const filledNotes = (record: { notes: { code: string; field: string; source?: string }[] }) =>
  record.notes.filter((note) => note.code === 'DEDUP_FIELD_FILLED').map(({ field, source }) => ({ field, fromId: source }));

/** Tam Hợp 2012 No 5, typed without the father; re-registered in 2018 with him. */
const original: BirthRecord = {
  ...birthAn,
  id: 'birth-tam-hop-2012-5',
  registration: { ...birthAn.registration, book: '01/2012', number: '5', date: '2012-02-20' },
  provenance: { file: 'tam-hop/KS_tam-hop.xlsx', sheet: '2012', row: 6 },
  child: { ...birthAn.child, ...childName('Lê Văn Nam'), birthDate: '2012-02-03', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Lê Thị Hằng', birthYear: '1988' },
  father: null,
  declarant: { fullName: 'Lê Thị Hằng', relation: 'Mẹ' },
};
const reRegistration: BirthRecord = {
  ...original,
  id: 'birth-tam-hop-2018-31',
  registration: { ...original.registration, book: '01/2018', number: '31', date: '2018-06-12' },
  provenance: { file: 'tam-hop/KS_tam-hop.xlsx', sheet: '2018', row: 6 },
  child: { ...original.child, personalId: '026212000731' },
  father: { fullName: 'Nguyễn Văn Tuyến', birthYear: '1985', ethnicityCode: '01', nationality: null, residence: 'Thôn Nam, xã Tam Hợp', personalId: null },
  remarks: 'Đăng ký lại',
};

describe('fields a survivor takes from its members', () => {
  it('creates the father the survivor lacks and fills him, and lists exactly the fills applied', async () => {
    const { clean, duplicates, csv } = await commit('birth', [original, reRegistration]);
    expect(clean).toHaveLength(1);
    const [survivor] = clean;
    expect(survivor.id).toBe(original.id);
    expect(survivor.father).toEqual({ fullName: 'Nguyễn Văn Tuyến', birthYear: '1985', ethnicityCode: '01', nationality: null, residence: 'Thôn Nam, xã Tam Hợp', personalId: null });
    expect(duplicates[0].filled.map((fill: { field: string }) => fill.field)).toEqual(['child.personalId', 'father.fullName', 'father.birthYear', 'father.ethnicityCode', 'father.residence']);
    expect(filledNotes(survivor)).toEqual(duplicates[0].filled);
    expect(csv).toContain('Nguyễn Văn Tuyến');
  });

  it('fills an empty string as it fills a null, but never a part of the registered name', async () => {
    // 'Nguyễn Nam' typed without a middle name (''), its re-registration typed 'Nguyễn Văn Nam' with the ethnicity the
    // survivor left blank: the original survives (a copy merely giving the fuller name would survive instead, survivor.ts).
    const noMiddle: BirthRecord = { ...original, father: reRegistration.father, child: { ...original.child, fullName: 'Nguyễn Nam', familyName: 'Nguyễn', middleName: '', givenName: 'Nam', ethnicityCode: null, hometown: '' } };
    const copy: BirthRecord = {
      ...noMiddle,
      id: 'birth-tam-hop-2012-5-b',
      provenance: { ...noMiddle.provenance, row: 7 },
      child: { ...noMiddle.child, ...childName('Nguyễn Văn Nam'), ethnicityCode: '01', hometown: 'Tam Hợp, Bình Xuyên, Vĩnh Phúc', birthPlace: null },
      mother: { ...noMiddle.mother, residence: null, ethnicityCode: null },
      declarant: { fullName: null, relation: null },
      remarks: 'Đăng ký lại',
    };
    const { clean, duplicates } = await commit('birth', [noMiddle, copy]);
    expect(clean).toHaveLength(1);
    expect(clean[0].child).toMatchObject({ fullName: 'Nguyễn Nam', middleName: '', ethnicityCode: '01', hometown: 'Tam Hợp, Bình Xuyên, Vĩnh Phúc' });
    expect(duplicates[0].filled.map((fill: { field: string }) => fill.field)).toEqual(['child.hometown', 'child.ethnicityCode']);
    expect(filledNotes(clean[0])).toEqual(duplicates[0].filled);
  });

  it('fills each spouse from the other’s columns of a copy typed with the spouses crossed', async () => {
    const straight: MarriageRecord = { ...marriageDong, wife: { ...marriageDong.wife, personalId: null } };
    const crossed: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-quat-luu-2018-1-nhap-lai',
      provenance: { file: '249-binh-xuyen/ket-hon-quat-luu-2018-nhap-lai.xlsx', sheet: 'KH 2018', row: 5 },
      husband: { ...marriageDong.wife, residence: null },
      wife: { ...marriageDong.husband, residence: null },
    };
    const { clean, duplicates } = await commit('marriage', [straight, crossed]);
    expect(clean).toHaveLength(1);
    expect(clean[0].id).toBe(straight.id);
    expect(clean[0].wife.personalId).toBe(marriageDong.wife.personalId);
    expect(clean[0].husband.personalId).toBe(marriageDong.husband.personalId);
    expect(duplicates[0].filled).toEqual([{ field: 'wife.personalId', fromId: crossed.id, sourceField: 'husband.personalId' }]);
    expect(duplicates[0].members[0].reasons.rolesCrossed).toBe(true);
  });

  // Đồng Cương 1997 No 6 (a VNI book): 'Hoàng Thị Nga | 1975' under the husband's headings; re-registered in 2017 typed right.
  const spouseNameSex = (spouse: 'husband' | 'wife', name: string) => ({ code: 'MARRIAGE_SPOUSE_NAME_SEX', field: `${spouse}.fullName`, message: `Tên bên ${spouse === 'husband' ? 'chồng' : 'vợ'} "${name}" …` });
  const tuan = { ...marriageDong.husband, ...childName('Đỗ Văn Tuấn'), birthDate: '1972-06-05', personalId: '026072053986', residence: 'Thôn Nam, xã Đồng Cương' };
  const nga = { ...marriageDong.wife, ...childName('Hoàng Thị Nga'), birthDate: '1975-10-20', personalId: '026175051737', residence: 'Thôn Nam, xã Đồng Cương' };
  const crossedOriginal: MarriageRecord = {
    ...marriageDong,
    id: 'marriage-dong-cuong-1997-6',
    registration: { ...marriageDong.registration, communeCode: '09028', book: '01/1997', number: '6', date: '1997-03-12' },
    provenance: { file: 'R2_KH_DongCuong_1997.xlsx', sheet: '1997', row: 10 },
    husband: { ...nga, birthDate: '1975', personalId: null, nationality: null },
    wife: { ...tuan, birthDate: '1972', personalId: null, nationality: null },
    warnings: [spouseNameSex('husband', 'Hoàng Thị Nga'), spouseNameSex('wife', 'Đỗ Văn Tuấn'), { code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', field: 'registration.communeCode', message: '…' }],
  };
  const rightReRegistration: MarriageRecord = {
    ...marriageDong,
    id: 'marriage-dong-cuong-2017-5',
    registration: { ...crossedOriginal.registration, book: '01/2017', number: '5', date: '2017-08-21' },
    provenance: { file: 'R2_KH_DongCuong_2017.xlsx', sheet: '2017', row: 5 },
    husband: tuan,
    wife: nga,
    remarks: 'Đăng ký lại kết hôn, đăng ký lần đầu ngày 12/03/1997',
  };

  it('puts back an original typed with the spouses crossed, confirmed by its re-registration typed right, then fills it', async () => {
    const [original, reRegistration] = [crossedOriginal, rightReRegistration];
    const { clean, duplicates } = await commit('marriage', [original, reRegistration]);
    expect(clean).toHaveLength(1);
    expect(clean[0].id).toBe(original.id);
    expect(clean[0].husband).toMatchObject({ fullName: 'Đỗ Văn Tuấn', birthDate: '1972-06-05', personalId: '026072053986', nationality: 'VN' });
    expect(clean[0].wife).toMatchObject({ fullName: 'Hoàng Thị Nga', birthDate: '1975-10-20', personalId: '026175051737', nationality: 'VN' });
    expect(clean[0].notes).toContainEqual({ code: 'DEDUP_ROLES_EXCHANGED', field: 'husband.fullName', from: 'Hoàng Thị Nga', to: 'Đỗ Văn Tuấn', source: reRegistration.id });
    expect(duplicates[0].filled).toContainEqual({ field: 'husband.personalId', fromId: reRegistration.id });
    expect(filledNotes(clean[0])).toEqual(duplicates[0].filled.map(({ field, fromId }: { field: string; fromId: string }) => ({ field, fromId })));
  });

  it('drops from the exchanged survivor the warnings that its spouses were typed crossed, and keeps the others', async () => {
    const { clean } = await commit('marriage', [crossedOriginal, rightReRegistration]);
    // 'Tên bên chồng "Hoàng Thị Nga"…' would contradict the loaded husband Đỗ Văn Tuấn; the exchange note says what was done.
    expect(clean[0].warnings).toEqual([{ code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', field: 'registration.communeCode', message: '…' }]);
    expect(clean[0].notes.map((note: { code: string }) => note.code)).toContain('DEDUP_ROLES_EXCHANGED');
  });

  it('drops PARENT_NAME_SEX from a birth whose parents were put back the right way round', async () => {
    const parentNameSex = (field: string) => ({ code: 'PARENT_NAME_SEX', field, message: '…' });
    const crossedParents: BirthRecord = {
      ...original,
      id: 'birth-vinh-thinh-2005-2',
      registration: { ...original.registration, communeCode: '09154', book: '01/2005', number: '2', date: '2005-07-20' },
      child: { ...original.child, ...childName('Trần Thị Mai'), sex: 'female', birthDate: '2005-07-03', personalId: null },
      mother: { ...original.mother, fullName: 'Trần Văn Lực', birthYear: '1981' },
      father: { ...original.mother, fullName: 'Phạm Thị Xuân', birthYear: '1983' },
      declarant: { fullName: 'Trần Văn Lực', relation: 'Cha' },
      warnings: [parentNameSex('mother.fullName'), parentNameSex('father.fullName')],
    };
    const rightParents: BirthRecord = {
      ...crossedParents,
      id: 'birth-vinh-thinh-2019-4',
      registration: { ...crossedParents.registration, book: '01/2019', number: '4', date: '2019-04-02' },
      child: { ...crossedParents.child, personalId: '026305000419' },
      mother: { ...original.mother, fullName: 'Phạm Thị Xuân', birthYear: '1983' },
      father: { ...original.mother, fullName: 'Trần Văn Lực', birthYear: '1981' },
      remarks: 'Đăng ký lại',
      warnings: [],
    };
    const { clean } = await commit('birth', [crossedParents, rightParents]);
    expect(clean).toHaveLength(1);
    expect(clean[0].id).toBe(crossedParents.id);
    expect(clean[0].father.fullName).toBe('Trần Văn Lực');
    expect(clean[0].warnings).toEqual([]);
  });

  describe('a date the survivor gives less precisely', () => {
    /** Quất Lưu 2010 No 18: 'Cụ Hoàng Văn Thụ', born '1940', registered first. */
    const quatLuu: DeathRecord = {
      ...deathThinh,
      id: 'death-quat-luu-2010-18',
      registration: { ...deathThinh.registration, communeCode: '08956', book: '01/2010', number: '18', date: '2010-05-04', place: 'UBND xã Quất Lưu' },
      provenance: { file: 'QuatLuu_KT_2010.xlsx', sheet: 'KT 2010', row: 18 },
      deceased: { ...deathThinh.deceased, ...childName('Hoàng Văn Thụ'), birthDate: '1940', personalId: null, residence: 'Thôn Núi, xã Quất Lưu' },
      deathDate: '2010-04-30',
    };
    /** Tam Hợp 2010 No 29: the same death, with the full birth date and the personal ID. */
    const tamHop: DeathRecord = {
      ...quatLuu,
      id: 'death-tam-hop-2010-29',
      registration: { ...quatLuu.registration, communeCode: '08953', number: '29', date: '2010-05-20', place: 'UBND xã Tam Hợp' },
      provenance: { file: 'TamHop_KT_2010.xlsx', sheet: 'KT 2010', row: 29 },
      deceased: { ...quatLuu.deceased, birthDate: '1940-09-17', personalId: '026040001234' },
    };

    it('takes the agreeing, more precise birth date with its note, and lists the fill', async () => {
      const { clean, duplicates } = await commit('death', [quatLuu, tamHop]);
      expect(clean).toHaveLength(1);
      expect(clean[0].id).toBe(quatLuu.id);
      expect(clean[0].deceased).toMatchObject({ birthDate: '1940-09-17', personalId: '026040001234' });
      expect(duplicates[0].filled).toEqual([
        { field: 'deceased.personalId', fromId: tamHop.id },
        { field: 'deceased.birthDate', fromId: tamHop.id, refined: true },
      ]);
      expect(clean[0].notes).toContainEqual({ code: 'DEDUP_FIELD_FILLED', field: 'deceased.birthDate', from: '1940', to: '1940-09-17', source: tamHop.id });
    });

    it('keeps a month the member agrees with, and never takes a date that disagrees', async () => {
      const month = await commit('death', [{ ...quatLuu, deceased: { ...quatLuu.deceased, birthDate: '1940-09' } }, tamHop]);
      expect(month.clean[0].deceased.birthDate).toBe('1940-09-17');
      // Merged on the personal ID both give, the month typed otherwise stays as the survivor's book has it.
      const otherMonth = await commit('death', [{ ...quatLuu, deceased: { ...quatLuu.deceased, birthDate: '1940-10', personalId: '026040001234' } }, tamHop]);
      expect(otherMonth.clean).toHaveLength(1);
      expect(otherMonth.clean[0].deceased.birthDate).toBe('1940-10');
      expect(otherMonth.duplicates[0].filled).toEqual([]);
    });
  });
});
