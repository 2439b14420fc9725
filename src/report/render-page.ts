import { chartData } from './chart-data.js';
import { CHART_DATA_ELEMENT_ID, CHART_SCRIPT } from './chart-script.js';
import { escapeHtml, jsonForScript, scriptForInline } from './html-text.js';
import type { ReportData } from './report-data.js';
import { renderHeader } from './render-header.js';
import { renderCommuneShare, renderDedup, renderDistrictFiles, renderDistrictShare, renderTopCodes, renderTrend } from './render-sections.js';

const STYLE = `
:root { color-scheme: light; --ink: #1c2833; --muted: #5d6d7e; --line: #d5d8dc; --rejected: #c0392b; --warning: #d68910; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 12px; }
h2 { font-size: 1.25em; margin: 36px 0 8px; padding-top: 12px; border-top: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 20px 0 6px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 12px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card-label { color: var(--muted); font-size: .9em; }
.card-value { display: inline; font-size: 1.9em; font-weight: 600; }
.card-rejected .card-value, .card-rejected .share { color: var(--rejected); }
.card-hint { color: var(--muted); font-size: .8em; }
.chart { position: relative; width: 100%; margin: 8px 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: .92em; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f4f6f7; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.severity-error { color: var(--rejected); font-weight: 600; white-space: nowrap; }
.severity-warning { color: var(--warning); font-weight: 600; white-space: nowrap; }
.note { background: #f4f6f7; border-left: 4px solid var(--muted); padding: 6px 12px; }
.note.warning { border-left-color: var(--warning); }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: 8px; }
@media print { body { padding: 0; } details { display: block; } h2 { break-after: avoid; } .chart { break-inside: avoid; } }
`;

/**
 * report.html: one self-contained page (styles, Chart.js, the data and the page
 * script inlined; nothing is fetched). The same data gives the same bytes.
 */
export function renderReportPage(data: ReportData, chartLibrary: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hotich ${escapeHtml(data.hotichVersion)}">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${renderHeader(data)}
<main>
${renderDistrictShare(data)}
${renderCommuneShare(data)}
${renderTopCodes(data)}
${renderDedup(data)}
${renderTrend(data)}
${renderDistrictFiles(data)}
</main>
<footer>Báo cáo do hotich ${escapeHtml(data.hotichVersion)} lập từ các tệp manifest.json và nhật ký lần chạy của thư mục kết quả. Báo cáo chỉ có số liệu đếm, mã lỗi, tên huyện, xã và tên tệp; không có họ tên, ngày sinh hay số định danh của công dân.</footer>
<script type="application/json" id="${CHART_DATA_ELEMENT_ID}">${jsonForScript(chartData(data))}</script>
<script>${scriptForInline(chartLibrary)}</script>
<script>${scriptForInline(CHART_SCRIPT)}</script>
</body>
</html>
`;
}
