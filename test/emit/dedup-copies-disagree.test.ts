/**
 * Two registrations of one death in Yên Lạc 2014 — the hospital's (TT Yên Lạc, registered
 * first) and the residence's (Liên Châu) — merged: the copy whose name is a slip ('Hoàng
 * Thị Trag', 'Lê Linh') does not survive for being registered first, and a birth date the
 * copies give otherwise (12/07/1957 against 07/12/1957) is loaded with a
 * DEDUP_COPIES_DISAGREE warning in clean.jsonl and errors.xlsx, listed in duplicates.jsonl.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { childName, deathThinh } from '../dedup/clean-records.js';

const manifest = { runId: 'r1', startedAt: '', finishedAt: '', pipeline: null, district: '251', provinceCode: '26', ethnicityCodeList: '2008', inputs: [] };

async function commit(records: DeathRecord[]) {
  const out = mkdtempSync(join(tmpdir(), 'hotich-disagree-'));
  const definition = RECORD_TYPES.death;
  const writer = new BatchWriter(out, '251', definition, 'r1', { spec: definition.dedup as never, registry: null });
  for (const record of records) {
    writer.addRead(record.provenance.file);
    writer.writeClean(record as unknown as Record<string, unknown>);
  }
  await writer.commit({ ...manifest, type: 'death', counts: writer.counts });
  const folder = join(out, '251', 'death');
  const lines = (name: string) => readFileSync(join(folder, name), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, 'errors.xlsx'));
  const detail: unknown[][] = [];
  workbook.getWorksheet('Chi tiết')!.eachRow((row, number) => {
    if (number > 1) detail.push((row.values as unknown[]).slice(1));
  });
  return { clean: lines('clean.jsonl'), duplicates: lines('duplicates.jsonl'), detail };
}

/** TT Yên Lạc 2014 (the district hospital): a resident of Liên Châu who died there. */
const hospital = (number: string, row: number, date: string, deceased: Partial<DeathRecord['deceased']>, deathDate: string): DeathRecord => ({
  ...deathThinh,
  id: `death-yl-${row}`,
  registration: { provinceCode: '26', districtCode: '251', communeCode: '09025', book: null, number, date, place: 'Thị trấn Yên Lạc' },
  provenance: { file: 'KT-TTYenLac-2014.xlsx', sheet: 'KT2014', row },
  deceased: { ...deathThinh.deceased, ...deceased },
  deathDate,
  deathPlace: 'Bệnh viện đa khoa huyện Yên Lạc',
  declarant: { fullName: null, relation: null },
  remarks: 'Người chết cư trú tại xã Liên Châu',
});
/** The same death registered again at Liên Châu, where the deceased lived, typed from another paper. */
const residence = (record: DeathRecord, number: string, row: number, date: string, deceased: Partial<DeathRecord['deceased']>): DeathRecord => ({
  ...record,
  id: `death-lc-${row}`,
  registration: { ...record.registration, communeCode: '09064', number, date, place: 'xã Liên Châu' },
  provenance: { file: 'KT-LienChau-2014.xlsx', sheet: 'Sheet1', row },
  deceased: { ...record.deceased, ...deceased },
  deathPlace: 'Tại nhà',
  declarant: { fullName: 'Hoàng Đức Hùng', relation: 'Con' },
  remarks: null,
  warnings: [],
});

const trag = {
  ...hospital('27', 30, '2014-11-04', { ...childName('Hoàng Thị Trag'), sex: 'female', birthDate: '1944-06-08', personalId: '026144534558', residence: 'Thôn Thủ Độ, xã Liên Châu, huyện Yên Lạc' }, '2014-11-03'),
  warnings: [{ code: 'NAME_SPELLING_DOUBTFUL', field: 'deceased.fullName', message: 'Họ tên có chữ sai chính tả tiếng Việt hoặc thiếu dấu: Trag.' }],
};
const trang = residence(trag, '28', 32, '2014-11-13', childName('Hoàng Thị Trang'));
const hanh = hospital('7', 10, '2014-09-07', { ...childName('Nguyễn Hồng Hạnh'), sex: 'female', birthDate: '1957-07-12', personalId: '026157958070', residence: 'Thôn Đông Lỗ, xã Liên Châu, huyện Yên Lạc' }, '2014-09-06');
const hanhCopy = residence(hanh, '6', 9, '2014-09-15', { birthDate: '1957-12-07' });

describe('two registrations of one death whose copies differ', () => {
  it('loads the clean spelling, not the copy registered first whose name is a slip', async () => {
    const { clean, duplicates } = await commit([{ ...trag, warnings: [...trag.warnings] }, trang]);
    expect(clean.map((record) => record.deceased.fullName)).toEqual(['Hoàng Thị Trang']);
    expect(duplicates[0]).toMatchObject({ survivorId: trang.id, memberIds: [trag.id] });
    // The copy's slip is no disagreement to report: the survivor's name is the better one.
    expect(clean[0].warnings).toEqual([]);
    expect(duplicates[0].disagree).toBeUndefined();
  });

  it('loads the fuller name when the copy registered first dropped the middle name', async () => {
    const linh = hospital('23', 26, '2014-09-23', { ...childName('Lê Linh'), middleName: '', sex: 'female', birthDate: '1942-03-19', personalId: '131768463', residence: 'Thôn Yên Thư, xã Liên Châu, huyện Yên Lạc' }, '2014-09-22');
    const fuller = residence(linh, '23', 27, '2014-09-30', childName('Lê Thị Linh'));
    const { clean } = await commit([linh, fuller]);
    expect(clean.map((record) => [record.id, record.deceased.fullName])).toEqual([[fuller.id, 'Lê Thị Linh']]);
    expect(clean[0].warnings).toEqual([]);
  });

  it('warns on the survivor that its copy gives the birth date with day and month swapped, in clean.jsonl and errors.xlsx', async () => {
    const { clean, duplicates, detail } = await commit([hanh, hanhCopy]);
    expect(clean).toHaveLength(1);
    expect(clean[0]).toMatchObject({ id: hanh.id, deceased: { birthDate: '1957-07-12' } });
    expect(clean[0].warnings).toEqual([
      {
        code: 'DEDUP_COPIES_DISAGREE',
        field: 'deceased.birthDate',
        message:
          'Ngày sinh của dòng này là "12/07/1957", nhưng bản ghi trùng ở KT-LienChau-2014.xlsx [Sheet1], dòng 9 (đã gộp vào dòng này) ghi "07/12/1957". Giá trị của dòng này được nạp.',
      },
    ]);
    expect(duplicates[0].disagree).toEqual([{ field: 'deceased.birthDate', fromId: hanhCopy.id }]);
    const line = detail.find((values) => values[1] === 'DEDUP_COPIES_DISAGREE');
    expect(line?.slice(3, 6)).toEqual(['KT-TTYenLac-2014.xlsx', 'KT2014', 10]);
    expect(line?.[7]).toBe('12/07/1957');
  });

  it('stays quiet on an ordinary copy: a year-only birth date, a CMND beside the ID, a tone placed otherwise', async () => {
    const hoa = hospital('12', 14, '2014-09-20', { ...childName('Đỗ Thị Hoà'), sex: 'female', birthDate: '1952-05-17', personalId: '026152001234', residence: 'Thôn Đông Lỗ, xã Liên Châu, huyện Yên Lạc' }, '2014-09-19');
    const copy = residence(hoa, '9', 13, '2014-09-25', { ...childName('Đỗ Thị Hòa'), birthDate: '1952', personalId: '131555666' });
    const { clean, duplicates } = await commit([hoa, copy]);
    expect(clean).toHaveLength(1);
    expect(clean[0].warnings).toEqual([]);
    expect(duplicates[0].disagree).toBeUndefined();
  });
});
