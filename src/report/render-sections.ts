import { formatCount, formatDateTime, formatShare } from './format-vi.js';
import { escapeHtml } from './html-text.js';
import type { ReportData } from './report-data.js';

/** The charts the page script draws, by canvas id (chart-script.ts draws each one). */
export const CHART_IDS = {
  districtShare: 'chart-district-share',
  communeShare: 'chart-commune-share',
  topCodes: 'chart-top-codes',
  dedup: 'chart-dedup',
  trend: 'chart-trend',
} as const;

/** Horizontal bar charts grow with their number of bars so labels stay readable. */
function chart(id: string, label: string, bars: number, horizontal: boolean): string {
  if (bars === 0) return '<p class="empty">Không có dữ liệu.</p>';
  const height = horizontal ? 60 + 26 * bars : 320;
  return `<div class="chart" style="height:${height}px"><canvas id="${id}" role="img" aria-label="${escapeHtml(label)}"></canvas></div>`;
}

/** A table of cells already escaped; `align` has one letter per column: 't' text, 'n' number (right-aligned). */
function table(headers: string[], rows: string[][], align: string): string {
  const cls = (index: number): string => (align[index] === 'n' ? ' class="num"' : '');
  const head = headers.map((header, index) => `<th${cls(index)}>${escapeHtml(header)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell, index) => `<td${cls(index)}>${cell}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

const n = (value: number): string => escapeHtml(formatCount(value));
const pct = (value: number): string => escapeHtml(formatShare(value));

export function renderDistrictShare(data: ReportData): string {
  const title = 'Tỷ lệ dòng bị loại theo huyện';
  const rows = data.districts.map((district) => [
    escapeHtml(`${district.code} ${district.name}`),
    n(district.counts.rowsRead),
    n(district.counts.rejected),
    pct(district.rejectedShare),
  ]);
  return [
    `<section id="theo-huyen"><h2>${title}</h2>`,
    chart(CHART_IDS.districtShare, title, data.districts.length, true),
    table(['Huyện', 'Số dòng đã đọc', 'Bị loại', 'Tỷ lệ bị loại'], rows, 'tnnn'),
    '</section>',
  ].join('\n');
}

export function renderCommuneShare(data: ReportData): string {
  const title = 'Tỷ lệ dòng bị loại theo xã';
  const rows = data.communes.map((commune) => [
    escapeHtml(commune.code || '—'),
    escapeHtml(commune.label),
    n(commune.rows),
    n(commune.rejected),
    pct(commune.rejectedShare),
    n(commune.errors),
    n(commune.warnings),
  ]);
  return [
    `<section id="theo-xa"><h2>${title}</h2>`,
    '<p>Xã có tỷ lệ bị loại cao nhất ở trên. Dòng không xác định được xã đăng ký được tính riêng cho từng huyện.</p>',
    chart(CHART_IDS.communeShare, title, data.communes.length, true),
    `<details><summary>Bảng số liệu theo xã (${data.communes.length} dòng)</summary>`,
    table(['Mã xã', 'Xã (huyện)', 'Số dòng', 'Bị loại', 'Tỷ lệ bị loại', 'Số lỗi', 'Số cảnh báo'], rows, 'ttnnnnn'),
    '</details></section>',
  ].join('\n');
}

export function renderTopCodes(data: ReportData): string {
  const title = 'Lỗi và cảnh báo thường gặp nhất';
  const rows = data.topCodes.map((code) => [
    `<code>${escapeHtml(code.code)}</code>`,
    `<span class="severity-${code.severity}">${escapeHtml(code.severityLabel)}</span>`,
    escapeHtml(code.description),
    escapeHtml(code.districts.join(', ')),
    n(code.count),
  ]);
  return [
    `<section id="loi-thuong-gap"><h2>${title}</h2>`,
    '<p>Lỗi làm dòng bị loại; cảnh báo giữ bản ghi nhưng cán bộ cần kiểm tra. Chi tiết từng dòng có trong errors.xlsx của từng huyện.</p>',
    chart(CHART_IDS.topCodes, title, data.topCodes.length, true),
    table(['Mã lỗi', 'Mức độ', 'Mô tả', 'Huyện', 'Số lần'], rows, 'ttttn'),
    '</section>',
  ].join('\n');
}

export function renderDedup(data: ReportData): string {
  const title = 'Bản ghi trùng đã gộp và cặp chờ xem xét theo huyện';
  const rows = data.districts.map((district) => [
    escapeHtml(`${district.code} ${district.name}`),
    n(district.counts.clusters),
    n(district.counts.mergedAway),
    n(district.counts.reviewPairs),
  ]);
  return [
    `<section id="ban-ghi-trung"><h2>${title}</h2>`,
    '<p>Cặp chờ xem xét nằm trong review.jsonl của từng lô: cán bộ quyết định có gộp hay không.</p>',
    chart(CHART_IDS.dedup, title, data.districts.length, false),
    table(['Huyện', 'Cụm trùng', 'Bản ghi đã gộp', 'Cặp chờ xem xét'], rows, 'tnnn'),
    '</section>',
  ].join('\n');
}

export function renderTrend(data: ReportData): string {
  const runs = data.trend.points.length;
  const title = runs > 1 ? `Diễn biến qua ${runs} lần chạy gần nhất` : 'Diễn biến qua các lần chạy';
  const source = data.trend.fromRunLogs
    ? '<p>Theo nhật ký các lần chạy (thư mục runs/). Một lần chạy chỉ một số huyện (--district) có tổng nhỏ hơn.</p>'
    : '<p class="note">Chưa có nhật ký lần chạy (thư mục runs/): biểu đồ chỉ có lần chạy hiện tại, lấy từ các tệp manifest.</p>';
  const rows = data.trend.points.map((point) => [
    escapeHtml(formatDateTime(point.startedAt)),
    `<code>${escapeHtml(point.runId)}</code>`,
    escapeHtml(point.statusLabel),
    n(point.districts),
    n(point.counts.rowsRead),
    n(point.counts.clean),
    n(point.counts.rejected),
    n(point.counts.mergedAway),
    n(point.counts.reviewPairs),
  ]);
  return [
    `<section id="dien-bien"><h2>${escapeHtml(title)}</h2>`,
    source,
    chart(CHART_IDS.trend, title, data.trend.points.length, false),
    table(['Thời gian', 'Lần chạy', 'Trạng thái', 'Số huyện', 'Đã đọc', 'Hợp lệ', 'Bị loại', 'Đã gộp', 'Chờ xem xét'], rows, 'tttnnnnnn'),
    '</section>',
  ].join('\n');
}

/** For each district and record type: counts and links to errors.xlsx and the clean batch. */
export function renderDistrictFiles(data: ReportData): string {
  const parts = data.districts.map((district) => {
    const rows = district.batches.map((batch) => [
      escapeHtml(batch.typeLabel),
      n(batch.counts.rowsRead),
      n(batch.counts.clean),
      n(batch.counts.rejected),
      n(batch.counts.mergedAway),
      n(batch.counts.reviewPairs),
      batch.links.map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.file)}</a>`).join(' · ') || '—',
    ]);
    const unreadable = district.batches.flatMap((batch) => batch.unreadableFiles);
    const unreadableNote =
      unreadable.length === 0
        ? ''
        : `<p class="note warning">Tệp không đọc được: ${unreadable.map((file) => `<code>${escapeHtml(file.file)}</code> (${escapeHtml(file.code)})`).join(', ')}</p>`;
    return [
      `<h3 id="huyen-${escapeHtml(district.code)}">${escapeHtml(`${district.code} ${district.name}`)}</h3>`,
      table(['Loại sổ', 'Đã đọc', 'Hợp lệ', 'Bị loại', 'Đã gộp', 'Chờ xem xét', 'Tệp'], rows, 'tnnnnnt'),
      unreadableNote,
    ].join('\n');
  });
  return ['<section id="tep-theo-huyen"><h2>Báo cáo lỗi và lô sạch theo huyện</h2>', ...parts, '</section>'].join('\n');
}
