/**
 * What duplicates.jsonl says a survivor took from its members is what clean.jsonl
 * holds: a missing father is created and filled, a name part is never filled (nor
 * listed), and a marriage typed with the spouses crossed fills each spouse from the
 * other's columns of the copy.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { birthAn, childName, marriageDong } from '../dedup/clean-records.js';

const manifest = { runId: 'r1', startedAt: '', finishedAt: '', pipeline: null, district: '249', provinceCode: '26', ethnicityCodeList: '2008', inputs: [] };

async function commit(type: 'birth' | 'marriage', records: object[]) {
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
    // 'Nguyễn Nam' typed without a middle name (''), the copy typed 'Nguyễn Văn Nam' with the ethnicity the survivor left blank.
    const noMiddle: BirthRecord = { ...original, father: reRegistration.father, child: { ...original.child, fullName: 'Nguyễn Nam', familyName: 'Nguyễn', middleName: '', givenName: 'Nam', ethnicityCode: null, hometown: '' } };
    const copy: BirthRecord = {
      ...noMiddle,
      id: 'birth-tam-hop-2012-5-b',
      provenance: { ...noMiddle.provenance, row: 7 },
      child: { ...noMiddle.child, ...childName('Nguyễn Văn Nam'), ethnicityCode: '01', hometown: 'Tam Hợp, Bình Xuyên, Vĩnh Phúc', birthPlace: null },
      mother: { ...noMiddle.mother, residence: null, ethnicityCode: null },
      declarant: { fullName: null, relation: null },
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
});
