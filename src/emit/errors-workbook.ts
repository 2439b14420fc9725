import ExcelJS from 'exceljs';
import { catalogEntry, SEVERITY_VI } from '../catalog/catalog.js';
import type { Severity } from '../catalog/catalog-entry.js';
import { VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS, unitDisplayName } from '../reference/admin-units.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { EMPTY_LISTING, type DedupListing } from './dedup-listing.js';
import { writeDedupSheets } from './dedup-sheets.js';
import { excelSafe } from './excel-safe.js';
import type { BatchCounts } from './manifest.js';
import type { ProblemCounts, ReportedProblem } from './problem-log.js';

const FILL: Partial<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Columns of the detail sheet, as the officers read them (issue #4). */
export const DETAIL_COLUMNS = [
  { header: 'Mức độ', width: 10 },
  { header: 'Mã lỗi', width: 28 },
  { header: 'Mô tả', width: 70 },
  { header: 'Tệp', width: 36 },
  { header: 'Trang tính', width: 16 },
  { header: 'Dòng', width: 7 },
  { header: 'Cột', width: 6 },
  { header: 'Giá trị gốc', width: 30 },
  { header: 'Giá trị đã chuẩn hóa', width: 30 },
  { header: 'Gợi ý sửa', width: 60 },
] as const;

/** Detail columns whose long texts wrap (1-based: 'Mô tả', 'Giá trị gốc', 'Giá trị đã chuẩn hóa', 'Gợi ý sửa'). */
const WRAPPED_COLUMNS = [3, 8, 9, 10] as const;
/** Points per line of 11-point Calibri; a row as high as its longest wrapped text, at most MAX_LINES lines. */
const LINE_HEIGHT = 15;
const MAX_LINES = 12;

/**
 * Lines a detail row's wrapped texts take: a streamed sheet's rows keep the height
 * they are written with (Excel does not fit them on opening), so it is estimated
 * from the text's length against the column's width in characters.
 */
export function wrappedLines(problem: Pick<ReportedProblem, 'message' | 'value' | 'normalized' | 'fix'>): number {
  const texts = [problem.message, problem.value, problem.normalized, problem.fix];
  let lines = 1;
  WRAPPED_COLUMNS.forEach((column, index) => {
    const text = texts[index] ?? '';
    // Most texts fit: no work beyond the length check.
    const width = DETAIL_COLUMNS[column - 1]!.width;
    if (text.length <= width && !text.includes('\n')) return;
    const needed = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * 1.1) / width)), 0);
    if (needed > lines) lines = needed;
  });
  return lines;
}

export interface ErrorsWorkbookInput {
  path: string;
  districtCode: string;
  type: RecordTypeDefinition;
  runId: string;
  counts: BatchCounts;
  problems: ProblemCounts;
  /** The detail lines in the order listed (ProblemLog.inSourceOrder: by file, sheet and row), streamed into the detail sheet. */
  detail: AsyncIterable<ReportedProblem>;
  /** Merges and review pairs of the batch ('Cần xem xét', 'Đã gộp'); none when not given. */
  dedup?: DedupListing;
}

/**
 * errors.xlsx of one batch: 'Tổng hợp' (counts by code and by commune, worst
 * commune first), 'Chi tiết' (one row per error or warning, frozen header,
 * autofilter, coloured by severity), then 'Cần xem xét' and 'Đã gộp'
 * (dedup-sheets.ts). Streamed: memory does not grow with the number of problems.
 */
export async function writeErrorsWorkbook(input: ErrorsWorkbookInput): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: input.path, useStyles: true, useSharedStrings: false });
  writeSummarySheet(workbook.addWorksheet('Tổng hợp'), input);
  const detail = workbook.addWorksheet('Chi tiết', { views: [{ state: 'frozen', ySplit: 1 }] });
  detail.columns = DETAIL_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  detail.getRow(1).font = { bold: true };
  detail.autoFilter = { from: 'A1', to: `J1` };
  for (const column of WRAPPED_COLUMNS) detail.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  for await (const problem of input.detail) {
    const row = detail.addRow([
      SEVERITY_VI[problem.severity],
      problem.code,
      excelSafe(problem.message),
      excelSafe(problem.file),
      excelSafe(problem.sheet),
      problem.row,
      problem.column,
      excelSafe(problem.value),
      excelSafe(problem.normalized),
      excelSafe(problem.fix),
    ]);
    const lines = wrappedLines(problem);
    if (lines > 1) row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT;
    const fill = FILL[problem.severity];
    if (fill) {
      for (let column = 1; column <= DETAIL_COLUMNS.length; column++) {
        row.getCell(column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      }
    }
    row.commit();
  }
  detail.commit();
  writeDedupSheets(workbook, input.type, input.dedup ?? EMPTY_LISTING);
  await workbook.commit();
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, input: ErrorsWorkbookInput): void {
  sheet.columns = [{ width: 30 }, { width: 30 }, { width: 60 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 14 }];
  const district = VINH_PHUC_DISTRICTS.find((candidate) => candidate.code === input.districtCode);
  const title = sheet.addRow([`BÁO CÁO KIỂM TRA DỮ LIỆU SỔ ${input.type.labelVi.toUpperCase()} – ${district ? district.gsoFullName.toUpperCase() : `HUYỆN ${input.districtCode}`}`]);
  title.font = { bold: true, size: 13 };
  title.commit();
  sheet.addRow(['Lần chạy', input.runId]).commit();
  sheet.addRow([]).commit();
  const { rowsRead, clean, rejected, mergedAway, skipped } = input.counts;
  const figures: [string, number][] = [
    ['Số dòng dữ liệu đã đọc', rowsRead],
    ['Hợp lệ', clean],
    ['Bị loại', rejected],
    ['Đã gộp vào bản ghi trùng', mergedAway],
    ['Cặp cần cán bộ xem xét (trang "Cần xem xét")', (input.dedup ?? EMPTY_LISTING).review.length],
    ['Dòng không phải dữ liệu (bỏ qua)', skipped],
  ];
  for (const figure of figures) sheet.addRow(figure).commit();
  const share = sheet.addRow(['Tỷ lệ bị loại', rowsRead === 0 ? 0 : rejected / rowsRead]);
  share.getCell(2).numFmt = '0.0%';
  share.commit();
  sheet.addRow([]).commit();

  bold(sheet.addRow(['Theo mã lỗi']));
  bold(sheet.addRow(['Mã lỗi', 'Mức độ', 'Mô tả', 'Số lượng']));
  const codes = Object.entries(input.problems.byCode).sort(
    ([a, x], [b, y]) => SEVERITY_ORDER[severity(a)] - SEVERITY_ORDER[severity(b)] || y - x || a.localeCompare(b),
  );
  for (const [code, count] of codes) {
    const template = catalogEntry(code)?.messageVi ?? code;
    sheet.addRow([code, SEVERITY_VI[severity(code)], excelSafe(template.replace(/\{\w+\}/g, '…')), count]).commit();
  }
  sheet.addRow([]).commit();

  bold(sheet.addRow(['Theo xã (xã có tỷ lệ bị loại cao nhất trước)']));
  bold(sheet.addRow(['Mã xã', 'Tên xã', '', 'Số dòng', 'Tỷ lệ bị loại', 'Số lỗi', 'Số cảnh báo']));
  const communes = Object.entries(input.problems.byCommune).sort(
    ([, x], [, y]) => y.rejected / y.rows - x.rejected / x.rows || y.rejected - x.rejected,
  );
  for (const [code, tally] of communes) {
    const commune = VINH_PHUC_COMMUNES.find((candidate) => candidate.code === code);
    const row = sheet.addRow([code || '—', commune ? unitDisplayName(commune) : 'Không xác định được xã', '', tally.rows, tally.rejected / tally.rows, tally.errors, tally.warnings]);
    row.getCell(5).numFmt = '0.0%';
    row.commit();
  }
  sheet.commit();
}

function severity(code: string): Severity {
  return catalogEntry(code)?.severity ?? 'error';
}

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.commit();
}
