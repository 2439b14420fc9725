import { formatCount, formatDateTime, formatShare } from './format-vi.js';
import { escapeHtml } from './html-text.js';
import type { ReportCounts, ReportData } from './report-data.js';

/** The totals the report opens with; `data-total` names the count for readers and tests. */
const TOTALS: { key: keyof ReportCounts; label: string; hint: string }[] = [
  { key: 'rowsRead', label: 'Số dòng đã đọc', hint: 'dòng dữ liệu trong các sổ' },
  { key: 'clean', label: 'Hợp lệ', hint: 'bản ghi trong lô sạch' },
  { key: 'rejected', label: 'Bị loại', hint: 'dòng có lỗi, xem errors.xlsx' },
  { key: 'mergedAway', label: 'Đã gộp', hint: 'bản ghi trùng đã gộp vào bản ghi khác' },
  { key: 'reviewPairs', label: 'Chờ xem xét', hint: 'cặp có thể trùng, cán bộ quyết định' },
];

/** Title, what the report was made from (run, pipeline, code list, version) and the totals. */
export function renderHeader(data: ReportData): string {
  const newest = data.runs[0];
  const pipelines = data.pipelines.map((pipeline) => (pipeline === '' ? 'không có (chạy với --input)' : pipeline));
  const version = data.runHotichVersion
    ? `${data.hotichVersion} (lần chạy dùng phiên bản ${data.runHotichVersion})`
    : data.hotichVersion;
  const facts: [string, string][] = [
    ['Lần chạy', newest ? newest.runId : 'chưa có lô nào'],
    ['Thời gian chạy', newest ? `${formatDateTime(newest.startedAt)} – ${formatDateTime(newest.finishedAt)} (giờ Việt Nam)` : '—'],
    ['Tệp pipeline', pipelines.join('; ') || '—'],
    ['Bảng mã dân tộc', data.ethnicityCodeLists.join('; ') || '—'],
    ['Phiên bản hotich', version],
  ];
  return [
    `<header><h1>${escapeHtml(data.title)}</h1>`,
    '<dl class="facts">',
    ...facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`),
    '</dl>',
    renderOlderRuns(data),
    renderUnreadable(data),
    renderWithoutInput(data),
    '</header>',
    renderTotals(data.totals),
  ].join('\n');
}

function renderTotals(totals: ReportCounts): string {
  const cards = TOTALS.map(({ key, label, hint }) => {
    const extra = key === 'rejected' ? ` <span class="share">(${escapeHtml(formatShare(totals.rowsRead === 0 ? 0 : totals.rejected / totals.rowsRead))})</span>` : '';
    return (
      `<div class="card card-${key}"><div class="card-label">${escapeHtml(label)}</div>` +
      `<div class="card-value" data-total="${key}" data-value="${totals[key]}">${escapeHtml(formatCount(totals[key]))}</div>${extra}` +
      `<div class="card-hint">${escapeHtml(hint)}</div></div>`
    );
  });
  return `<section id="tong-quan" aria-label="Tổng quan"><div class="cards">\n${cards.join('\n')}\n</div></section>`;
}

/** After `hotich run --district`, batches of other districts are from earlier runs: say which. */
function renderOlderRuns(data: ReportData): string {
  if (data.runs.length <= 1) return '';
  const items = data.runs.map(
    (run) => `<li><code>${escapeHtml(run.runId)}</code> (${escapeHtml(formatDateTime(run.startedAt))}): ${escapeHtml(run.batches.join(', '))}</li>`,
  );
  return `<div class="note"><p>Các lô trong thư mục này là của ${data.runs.length} lần chạy khác nhau:</p><ul>${items.join('')}</ul></div>`;
}

/** DISTRICT_NO_INPUT of the newest run: its batches, if any, are an earlier run's. */
function renderWithoutInput(data: ReportData): string {
  if (data.districtsWithoutInput.length === 0) return '';
  const items = data.districtsWithoutInput.map(({ code, name }) => `<li>${escapeHtml(`${code} ${name}`)}</li>`);
  return `<div class="note warning"><p>Lần chạy mới nhất không tìm thấy tệp sổ nào của các huyện sau (mã lỗi DISTRICT_NO_INPUT); số liệu của huyện, nếu có, là của lần chạy trước:</p><ul>${items.join('')}</ul></div>`;
}

function renderUnreadable(data: ReportData): string {
  if (data.unreadable.length === 0) return '';
  const items = data.unreadable.map((path) => `<li><code>${escapeHtml(path)}</code></li>`);
  return `<div class="note warning"><p>Không đọc được các tệp sau, số liệu của chúng không có trong báo cáo:</p><ul>${items.join('')}</ul></div>`;
}
