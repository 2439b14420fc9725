/**
 * The deduplication sheets of errors.xlsx: 'Cần xem xét' (pairs an officer
 * decides, with both rows where they were typed) and 'Đã gộp' (rows merged
 * into another, and what the kept row took from them). Every text goes
 * through excelSafe, as in 'Chi tiết'.
 */
import type ExcelJS from 'exceljs';
import type { ReviewReason } from '../dedup/dedup-result.js';
import { dateVi as dateViOf } from '../normalize/date/date-vi.js';
import { fieldLabelVi } from '../record-types/field-label.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { comparisonVi } from './dedup-reasons.js';
import { LISTED_FIELDS, type DedupListing, type ListedRecord } from './dedup-listing.js';
import { excelSafe } from './excel-safe.js';

type WorkbookWriter = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

const REASON_VI: Record<ReviewReason, string> = {
  score: 'Giống nhau nhưng chưa đủ chắc chắn để tự gộp',
  veto: 'Quy tắc an toàn',
  chained: 'Nối vào nhóm trùng qua bản ghi khác nhưng không đủ giống bản ghi được giữ lại',
  'register-position': 'Dòng này cùng số, ngày đăng ký với một bản ghi nhưng tên lại giống một bản ghi khác đã được xác định là người khác (có thể là trẻ sinh đôi): đối chiếu sổ gốc để biết dòng này chép bản ghi nào',
};

/** '2015-01-02' → '02/01/2015', '2015-01' → '01/2015', '2015' stays (DOMAIN.md §5: day/month/year); none → ''. */
export function dateVi(date: string | null): string {
  return date === null ? '' : dateViOf(date);
}

function recordHeaders(type: RecordTypeDefinition, side: string): { header: string; width: number }[] {
  return [
    { header: `Tệp (${side})`, width: 36 },
    { header: `Trang tính (${side})`, width: 14 },
    { header: `Dòng (${side})`, width: 8 },
    { header: `Họ tên (${side})`, width: 28 },
    { header: `${LISTED_FIELDS[type.name].dateHeaderVi} (${side})`, width: 14 },
  ];
}

/**
 * A record's file, sheet, row, names and date. A record loaded before (another district's
 * batch) says so in its file cell, with its district and run: its row is in that batch's
 * books; one loaded by an older hotich (no source row in the registry) is named by its id.
 */
function recordCells(record: ListedRecord): (string | number | null)[] {
  const loadedFrom = `đã nạp trước: huyện ${record.district}${record.runId ? `, lần chạy ${record.runId}` : ''}`;
  const names = excelSafe(record.names ?? '');
  if (record.provenance === null) return [excelSafe(record.loadedBefore ? `${capitalFirst(loadedFrom)}, mã ${record.id}` : record.id), '', null, names, dateVi(record.date)];
  const file = record.loadedBefore ? `${record.provenance.file} (${loadedFrom})` : record.provenance.file;
  return [excelSafe(file), excelSafe(record.provenance.sheet), record.provenance.row, names, dateVi(record.date)];
}

const capitalFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function addSheet(workbook: WorkbookWriter, name: string, columns: { header: string; width: number }[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Why a pair is in review, in Vietnamese: the reason, the safety rules that held it back, a crossed marriage. */
function reasonVi(type: RecordTypeDefinition, reason: ReviewReason, vetoes: readonly string[], rolesCrossed: boolean): string {
  const labels = vetoes.map((code) => type.dedup.vetoes.find((veto) => veto.code === code)?.labelVi ?? code);
  const text = reason === 'veto' && labels.length > 0 ? `${REASON_VI.veto}: ${labels.join('; ')}` : REASON_VI[reason];
  return rolesCrossed ? `${text} (một dòng ghi đảo cột chồng và vợ)` : text;
}

/** Adds 'Cần xem xét' and 'Đã gộp' to a streamed workbook. */
export function writeDedupSheets(workbook: WorkbookWriter, type: RecordTypeDefinition, listing: DedupListing): void {
  const review = addSheet(workbook, 'Cần xem xét', [
    { header: 'Mã cặp', width: 28 },
    { header: 'Điểm', width: 8 },
    { header: 'Lý do cần xem xét', width: 60 },
    { header: 'Giống và khác nhau', width: 70 },
    ...recordHeaders(type, '1'),
    ...recordHeaders(type, '2'),
  ]);
  for (const pair of listing.review) {
    review.addRow([pair.reviewId, pair.score, excelSafe(reasonVi(type, pair.reason, pair.vetoes, pair.rolesCrossed)), comparisonVi(pair.comparison), ...recordCells(pair.a), ...recordCells(pair.b)]).commit();
  }
  review.commit();

  const merged = addSheet(workbook, 'Đã gộp', [
    { header: 'Mã nhóm', width: 28 },
    { header: 'Điểm', width: 8 },
    { header: 'Lý do gộp: giống và khác nhau', width: 70 },
    ...recordHeaders(type, 'giữ lại'),
    ...recordHeaders(type, 'đã gộp'),
    { header: 'Trường được bổ sung từ dòng đã gộp', width: 40 },
  ]);
  for (const merge of listing.merged) {
    // Fields by the column titles the officer knows from 'Chi tiết' ('Số định danh cá nhân', 'Năm sinh mẹ'), not record paths.
    const filled = merge.filled.map((field) => fieldLabelVi(type, field)).join(', ');
    merged.addRow([merge.clusterId, merge.score, comparisonVi(merge.comparison), ...recordCells(merge.survivor), ...recordCells(merge.member), excelSafe(filled)]).commit();
  }
  merged.commit();
}
