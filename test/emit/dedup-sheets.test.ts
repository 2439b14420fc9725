/**
 * errors.xlsx lists what deduplication did for the officers: the pairs they must
 * decide ('Cần xem xét', both rows where they were typed, names, dates, score and
 * the reason in Vietnamese) and the rows merged away ('Đã gộp'), as text Excel
 * never takes for a formula.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RegistryStore } from '../../src/dedup/registry/registry-store.js';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import { dateVi } from '../../src/emit/dedup-sheets.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { birthAn, childName, marriageDong } from '../dedup/clean-records.js';

const manifest = { runId: 'r1', startedAt: '', finishedAt: '', pipeline: null, district: '252', type: 'birth', provinceCode: '26', ethnicityCodeList: '2008', inputs: [] };

/** Yên Bình No 5 'Hoàng Thị Ngọc Ánh'; Vĩnh Tường No 11 'Hoàng Thị Ngọc Anh' (the mark lost, another commune: review). */
const anh: BirthRecord = {
  ...birthAn,
  id: 'birth-yen-binh-2014-5',
  registration: { ...birthAn.registration, districtCode: '252', communeCode: '09082', book: '01/2014', number: '5', date: '2014-09-03' },
  provenance: { file: 'yen-binh/KS_yen-binh.xlsx', sheet: '2014', row: 9 },
  child: { ...birthAn.child, ...childName('Hoàng Thị Ngọc Ánh'), sex: 'female', birthDate: '2014-08-21', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Vũ Thị Nga', birthYear: '1990' },
  father: { ...birthAn.mother, fullName: 'Hoàng Văn Lực', birthYear: '1987' },
};
const markLost: BirthRecord = {
  ...anh,
  id: 'birth-vinh-tuong-2014-11',
  registration: { ...anh.registration, communeCode: '09076', number: '11', date: '2014-10-15' },
  provenance: { file: 'vinh-tuong/KS_vinh-tuong.xlsx', sheet: '2014', row: 15 },
  child: { ...anh.child, ...childName('Hoàng Thị Ngọc Anh') },
};
/** Row 9 typed again in a re-typed book, the name pasted with a leading '=' (Excel would run it). */
const retyped: BirthRecord = {
  ...anh,
  id: 'birth-yen-binh-nhap-lai-2014-5',
  provenance: { file: 'yen-binh/KS_nhap-lai.xlsx', sheet: '2014', row: 4 },
  child: { ...anh.child, fullName: '=Hoàng Thị Ngọc Ánh', personalId: '026314000712', birthPlace: null, hometown: null },
};

async function errorsWorkbook(
  records: (BirthRecord | MarriageRecord)[],
  type: 'birth' | 'marriage' = 'birth',
  batch: { district: string; registry: RegistryStore | null; runId: string; out?: string } = { district: '252', registry: null, runId: 'r1' },
): Promise<ExcelJS.Workbook> {
  const out = batch.out ?? mkdtempSync(join(tmpdir(), 'hotich-sheets-'));
  const writer = new BatchWriter(out, batch.district, RECORD_TYPES[type], batch.runId, { spec: RECORD_TYPES[type].dedup as never, registry: batch.registry });
  for (const record of records) {
    writer.addRead(record.provenance.file);
    writer.writeClean({ ...record });
  }
  await writer.commit({ ...manifest, runId: batch.runId, district: batch.district, type, counts: writer.counts });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, batch.district, type, 'errors.xlsx'));
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] => {
  const row = sheet.getRow(rowNumber).values;
  return Array.isArray(row) ? row.slice(1) : [];
};

describe('errors.xlsx: deduplication sheets', () => {
  it('lists a review pair with both rows, names, dates, score and the reason in Vietnamese', async () => {
    const workbook = await errorsWorkbook([anh, markLost]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Cần xem xét', 'Đã gộp']);
    const review = workbook.getWorksheet('Cần xem xét')!;
    expect(values(review, 1)).toEqual([
      'Mã cặp', 'Điểm', 'Lý do cần xem xét', 'Giống và khác nhau',
      'Tệp (1)', 'Trang tính (1)', 'Dòng (1)', 'Họ tên (1)', 'Ngày sinh (1)',
      'Tệp (2)', 'Trang tính (2)', 'Dòng (2)', 'Họ tên (2)', 'Ngày sinh (2)',
    ]);
    expect(review.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const [reviewId, score, reason, comparison, ...rows] = values(review, 2);
    expect(reviewId).toMatch(/^rev-/);
    expect(score).toBeGreaterThan(12);
    expect(reason).toBe('Quy tắc an toàn: Có thể là trẻ sinh đôi: cùng cha mẹ, cùng ngày sinh, tên khác nhau');
    // What agreed and what did not, by the fields' Vietnamese names: the mark lost on the given name is what the officer checks.
    expect(comparison).toBe('Giống: họ, chữ đệm, ngày sinh, giới tính, cha mẹ (họ tên, năm sinh), nơi cư trú cha mẹ; Khác: tên (khác dấu), số đăng ký (xã, năm, số); Thiếu, không so được: số định danh');
    expect(rows).toEqual(['vinh-tuong/KS_vinh-tuong.xlsx', '2014', 15, 'Hoàng Thị Ngọc Anh', '21/08/2014', 'yen-binh/KS_yen-binh.xlsx', '2014', 9, 'Hoàng Thị Ngọc Ánh', '21/08/2014']);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    let reviewCount: unknown;
    summary.eachRow((row) => {
      const cells = Array.isArray(row.values) ? row.values.slice(1) : [];
      if (String(cells[0]).startsWith('Cặp cần cán bộ xem xét')) reviewCount = cells[1];
    });
    expect(reviewCount).toBe(1);
  });

  it('lists a row merged away beside the row kept, with what the kept row took, never as a formula', async () => {
    const workbook = await errorsWorkbook([anh, retyped]);
    const merged = workbook.getWorksheet('Đã gộp')!;
    expect(values(merged, 1).slice(2, 8)).toEqual(['Lý do gộp: giống và khác nhau', 'Tệp (giữ lại)', 'Trang tính (giữ lại)', 'Dòng (giữ lại)', 'Họ tên (giữ lại)', 'Ngày sinh (giữ lại)']);
    const [clusterId, , comparison, ...rest] = values(merged, 2);
    expect(clusterId).toMatch(/^dup-/);
    expect(comparison).toBe('Giống: tên, họ, chữ đệm, ngày sinh, giới tính, cha mẹ (họ tên, năm sinh), nơi cư trú cha mẹ, số đăng ký (xã, năm, số); Khác: không trường nào; Thiếu, không so được: số định danh');
    expect(rest).toEqual(['yen-binh/KS_yen-binh.xlsx', '2014', 9, 'Hoàng Thị Ngọc Ánh', '21/08/2014', 'yen-binh/KS_nhap-lai.xlsx', '2014', 4, "'=Hoàng Thị Ngọc Ánh", '21/08/2014', 'Số định danh cá nhân']);
    let formulas = 0;
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
    expect(workbook.getWorksheet('Cần xem xét')!.rowCount).toBe(1); // the header alone
  });

  it('names what the kept row took by the column titles officers read in \'Chi tiết\', not by record paths', async () => {
    const withoutMotherYear: BirthRecord = { ...anh, mother: { ...anh.mother, birthYear: null } };
    const merged = (await errorsWorkbook([withoutMotherYear, retyped])).getWorksheet('Đã gộp')!;
    expect(values(merged, 1).at(-1)).toBe('Trường được bổ sung từ dòng đã gộp');
    expect(values(merged, 2).at(-1)).toBe('Số định danh cá nhân, Năm sinh mẹ');
  });

  it('names a kept row whose spouses were put back the right way round as it is loaded, husband – wife', async () => {
    // Đồng Cương 1997 No 6: 'Hoàng Thị Nga' typed under the husband's headings; re-registered in 2017 typed right.
    const tuan = { ...marriageDong.husband, ...childName('Đỗ Văn Tuấn'), birthDate: '1972-06-05', personalId: '026072053986', residence: 'Thôn Nam, xã Đồng Cương' };
    const nga = { ...marriageDong.wife, ...childName('Hoàng Thị Nga'), birthDate: '1975-10-20', personalId: '026175051737', residence: 'Thôn Nam, xã Đồng Cương' };
    const spouseNameSex = (spouse: 'husband' | 'wife') => ({ code: 'MARRIAGE_SPOUSE_NAME_SEX', field: `${spouse}.fullName`, message: '…' });
    const crossed: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-dong-cuong-1997-6',
      registration: { ...marriageDong.registration, communeCode: '09028', book: '01/1997', number: '6', date: '1997-03-12' },
      provenance: { file: 'R2_KH_DongCuong_1997.xlsx', sheet: '1997', row: 6 },
      husband: { ...nga, birthDate: '1975', personalId: null },
      wife: { ...tuan, birthDate: '1972', personalId: null },
      warnings: [spouseNameSex('husband'), spouseNameSex('wife')],
    };
    const right: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-dong-cuong-2017-5',
      registration: { ...crossed.registration, book: '01/2017', number: '5', date: '2017-03-15' },
      provenance: { file: 'R2_KH_DongCuong_2017.xlsx', sheet: '2017', row: 5 },
      husband: tuan,
      wife: nga,
      remarks: 'Đăng ký lại kết hôn, đăng ký lần đầu ngày 12/03/1997',
    };
    const merged = (await errorsWorkbook([crossed, right], 'marriage')).getWorksheet('Đã gộp')!;
    expect(values(merged, 2).slice(3, 13)).toEqual([
      'R2_KH_DongCuong_1997.xlsx', '1997', 6, 'Đỗ Văn Tuấn – Hoàng Thị Nga', '12/03/1997',
      'R2_KH_DongCuong_2017.xlsx', '2017', 5, 'Đỗ Văn Tuấn – Hoàng Thị Nga', '15/03/2017',
    ]);
  });

  it("names a record loaded before by another district as its own rows are named: file, sheet, row, name, date, with its district and run", async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-sheets-'));
    const registry = openSqliteRegistry(':memory:');
    try {
      // Vĩnh Tường (252) loaded Ánh's entry first; Yên Lạc (251) types the same child without the mark, and re-types the entry.
      await errorsWorkbook([anh], 'birth', { district: '252', registry, runId: 'run-252' , out });
      const yenLac = (record: BirthRecord, id: string, row: number): BirthRecord => ({
        ...record,
        id,
        registration: { ...record.registration, districtCode: '251' },
        provenance: { file: 'yen-lac/KS_2014.xlsx', sheet: 'KS', row },
      });
      const workbook = await errorsWorkbook([yenLac(markLost, 'birth-yen-lac-11', 15), yenLac(retyped, 'birth-yen-lac-5', 4)], 'birth', { district: '251', registry, runId: 'run-251', out });
      const loaded = ['yen-binh/KS_yen-binh.xlsx (đã nạp trước: huyện 252, lần chạy run-252)', '2014', 9, 'Hoàng Thị Ngọc Ánh', '21/08/2014'];
      const review = workbook.getWorksheet('Cần xem xét')!;
      // Ánh's loaded entry against the one without the mark (the re-typed row is paired with it too).
      const sides = [2, 3].flatMap((row) => [values(review, row).slice(4, 9), values(review, row).slice(9, 14)]);
      expect(sides).toContainEqual(loaded);
      const merged = workbook.getWorksheet('Đã gộp')!;
      expect(values(merged, 2).slice(3, 13)).toEqual([...loaded, 'yen-lac/KS_2014.xlsx', 'KS', 4, "'=Hoàng Thị Ngọc Ánh", '21/08/2014']);
    } finally {
      registry.close();
    }
  });

  it('spells a name loaded before as it was typed, y and not the i its keys write (Lý Thị Mỹ Vy, not Lí Thị Mĩ Vi)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-sheets-'));
    const registry = openSqliteRegistry(':memory:');
    try {
      const vy: BirthRecord = { ...anh, child: { ...anh.child, ...childName('Lý Thị Mỹ Vy') } };
      await errorsWorkbook([vy], 'birth', { district: '252', registry, runId: 'run-252', out });
      const copy: BirthRecord = { ...vy, id: 'birth-yen-lac-5', registration: { ...vy.registration, districtCode: '251' }, provenance: { file: 'yen-lac/KS_2014.xlsx', sheet: 'KS', row: 4 } };
      const workbook = await errorsWorkbook([copy], 'birth', { district: '251', registry, runId: 'run-251', out });
      expect(values(workbook.getWorksheet('Đã gộp')!, 2).slice(6, 8)).toEqual(['Lý Thị Mỹ Vy', '21/08/2014']);
    } finally {
      registry.close();
    }
  });

  it('writes dates as the officer reads them, at their precision', () => {
    expect([dateVi('2014-08-21'), dateVi('2014-08'), dateVi('1947'), dateVi(null)]).toEqual(['21/08/2014', '08/2014', '1947', '']);
  });
});
