import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_COLUMNS } from '../../src/emit/errors-workbook.js';
import { readJson, runInto } from '../run/run-helpers.js';

// The reports officers open in Excel, read back as Excel would see them.
let out = '';
beforeAll(async () => {
  ({ out } = await runInto({ pipeline: 'pipelines/demo.json' }));
});

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  const values = sheet.getRow(rowNumber).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

function findRow(sheet: ExcelJS.Worksheet, predicate: (values: unknown[]) => boolean): unknown[] | undefined {
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const values = rowValues(sheet, rowNumber);
    if (predicate(values)) return values;
  }
  return undefined;
}

describe('errors.xlsx', () => {
  it('has the summary and detail sheets, the detail header frozen and filterable', async () => {
    const workbook = await open(join(out, '249/birth/errors.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Cần xem xét', 'Đã gộp']);
    const detail = workbook.getWorksheet('Chi tiết')!;
    expect(rowValues(detail, 1)).toEqual(DETAIL_COLUMNS.map((column) => column.header));
    expect(rowValues(detail, 1)).toEqual(['Mức độ', 'Mã lỗi', 'Mô tả', 'Tệp', 'Trang tính', 'Dòng', 'Cột', 'Giá trị gốc', 'Giá trị đã chuẩn hóa', 'Gợi ý sửa']);
    expect(detail.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(detail.autoFilter).toBe('A1:J1');
  });

  it('lists a known problem where the officer finds it in the source, coloured by severity', async () => {
    const detail = (await open(join(out, '249/birth/errors.xlsx'))).getWorksheet('Chi tiết')!;
    const impossible = findRow(detail, (values) => values[1] === 'DATE_IMPOSSIBLE');
    expect(impossible?.slice(0, 2)).toEqual(['Lỗi', 'DATE_IMPOSSIBLE']);
    expect(impossible?.[2]).toMatch(/^Ngày sinh: Ngày "31\/02\/2015" không có trên lịch/);
    expect(impossible?.slice(3, 8)).toEqual(['249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', 'Quyển 01-2015', 19, 'F', '31/02/2015']);
    for (let rowNumber = 2; rowNumber <= detail.rowCount; rowNumber++) {
      const row = detail.getRow(rowNumber);
      for (const column of [1, 3, 10]) {
        const cell = row.getCell(column);
        const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
        expect(fill, `row ${rowNumber}`).toBe(row.getCell(1).value === 'Lỗi' ? 'FFFFC7CE' : 'FFFFEB9C');
      }
      // 'Mô tả' and 'Gợi ý sửa' wrap, the row as high as the longer of them (15 points a line).
      for (const column of [3, 10]) expect(row.getCell(column).alignment, `row ${rowNumber}`).toMatchObject({ wrapText: true });
      const longest = Math.max(String(row.getCell(3).value).length / 70, String(row.getCell(10).value ?? '').length / 60);
      if (longest > 1.2) expect(row.height, `row ${rowNumber}`).toBeGreaterThanOrEqual(30);
    }
  });

  it('shows a formula-like source value as text, never as a formula', async () => {
    const detail = (await open(join(out, '249/birth/errors.xlsx'))).getWorksheet('Chi tiết')!;
    const row = findRow(detail, (values) => values[1] === 'NAME_INVALID_CHARACTERS' && values[5] === 25);
    expect(row?.[7]).toBe('\'=HYPERLINK("http://vd.vn","Lê Văn Tú")');
    let formulas = 0;
    detail.eachRow((sheetRow) => sheetRow.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas++;
    }));
    expect(formulas).toBe(0);
  });

  it('sums up rows, codes and the worst commune first', async () => {
    const summary = (await open(join(out, '249/birth/errors.xlsx'))).getWorksheet('Tổng hợp')!;
    expect(findRow(summary, (values) => values[0] === 'Số dòng dữ liệu đã đọc')?.[1]).toBe(24);
    expect(findRow(summary, (values) => values[0] === 'Bị loại')?.[1]).toBe(6);
    expect(findRow(summary, (values) => values[0] === 'Tỷ lệ bị loại')?.[1]).toBe(0.25);
    expect(findRow(summary, (values) => values[0] === 'DATE_IMPOSSIBLE')?.slice(1, 2)).toEqual(['Lỗi']);
    expect(findRow(summary, (values) => values[0] === '08953')?.slice(0, 2)).toEqual(['08953', 'Xã Tam Hợp']);
  });
});

describe('summary.xlsx and summary.json', () => {
  it('give rows read, clean, rejected, merged and top codes per district and type', async () => {
    const json = readJson(join(out, 'summary.json'));
    const birth249 = json.batches.find((batch: { district: string; type: string }) => batch.district === '249' && batch.type === 'birth');
    expect(birth249).toMatchObject({ rowsRead: 24, clean: 17, rejected: 6, mergedAway: 1 });
    expect(birth249.topProblemCodes[0]).toEqual({ code: 'NAME_NO_DIACRITICS', count: 4 });

    const workbook = await open(join(out, 'summary.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Sự cố tệp']);
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    expect(rowValues(sheet, 1)).toEqual(['Huyện', 'Loại sổ', 'Số dòng đã đọc', 'Hợp lệ', 'Bị loại', 'Đã gộp', 'Cần xem xét', 'Bỏ qua', 'Tỷ lệ bị loại', 'Lỗi, cảnh báo thường gặp']);
    const row = findRow(sheet, (values) => values[0] === '249 Bình Xuyên' && values[1] === 'Khai sinh');
    expect(row?.slice(2, 9)).toEqual([24, 17, 6, 1, 0, 14, 0.25]);
    // The officer's words for each code, with its count: the column has no code column beside it.
    expect(row?.[9]).toContain('Họ tên nhập không dấu (4)');
    expect(row?.[9]).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    const files = workbook.getWorksheet('Sự cố tệp')!;
    expect(findRow(files, (values) => values[3] === 'SHEET_NO_HEADER')?.slice(0, 3)).toEqual(['249', '249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', 'Hướng dẫn']);
  });
});
