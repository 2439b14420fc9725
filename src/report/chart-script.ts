import { CHART_IDS } from './render-sections.js';

/** The id of the `<script type="application/json">` element holding ChartData. */
export const CHART_DATA_ELEMENT_ID = 'report-chart-data';

const COLOURS = {
  rejected: '#c0392b',
  merged: '#2471a3',
  review: '#d68910',
  read: '#7f8c8d',
  clean: '#1e8449',
  error: '#c0392b',
  warning: '#d68910',
};

/**
 * The page script: reads ChartData from its JSON element and draws every chart
 * with the inlined Chart.js (global `Chart`). Plain browser JavaScript, kept as
 * text because it runs in the report, not in Node. No animation, so a printout
 * or screenshot shows the finished charts.
 */
export const CHART_SCRIPT = `(() => {
  'use strict';
  const ids = ${JSON.stringify(CHART_IDS)};
  const colours = ${JSON.stringify(COLOURS)};
  const data = JSON.parse(document.getElementById(${JSON.stringify(CHART_DATA_ELEMENT_ID)}).textContent);
  const count = new Intl.NumberFormat('vi-VN');
  const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  Chart.defaults.animation = false;
  Chart.defaults.locale = 'vi-VN';
  Chart.defaults.font.family = 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
  Chart.defaults.maintainAspectRatio = false;

  const draw = (id, config) => {
    const canvas = document.getElementById(id);
    if (canvas) new Chart(canvas, config);
  };

  const shareChart = (id, bars) => draw(id, {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: [{ label: 'Tỷ lệ bị loại', data: bars.map((bar) => bar.share * 100), backgroundColor: colours.rejected }],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { callback: (value) => count.format(value) + '%' } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => {
          const bar = bars[item.dataIndex];
          return percent.format(bar.share) + ': ' + count.format(bar.rejected) + '/' + count.format(bar.rows) + ' dòng bị loại';
        } } },
      },
    },
  });
  shareChart(ids.districtShare, data.districtShare);
  shareChart(ids.communeShare, data.communeShare);

  draw(ids.topCodes, {
    type: 'bar',
    data: {
      labels: data.topCodes.map((code) => code.label),
      datasets: [{
        label: 'Số lần',
        data: data.topCodes.map((code) => code.count),
        backgroundColor: data.topCodes.map((code) => colours[code.severity] || colours.read),
      }],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => data.topCodes[item.dataIndex].severityLabel + ': ' + count.format(item.raw) + ' lần' } },
      },
    },
  });

  draw(ids.dedup, {
    type: 'bar',
    data: {
      labels: data.dedup.labels,
      datasets: [
        { label: 'Bản ghi đã gộp', data: data.dedup.mergedAway, backgroundColor: colours.merged },
        { label: 'Cặp chờ xem xét', data: data.dedup.reviewPairs, backgroundColor: colours.review },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });

  draw(ids.trend, {
    type: 'line',
    data: {
      labels: data.trend.labels,
      datasets: [
        { label: 'Đã đọc', data: data.trend.rowsRead, borderColor: colours.read, backgroundColor: colours.read },
        { label: 'Hợp lệ', data: data.trend.clean, borderColor: colours.clean, backgroundColor: colours.clean },
        { label: 'Bị loại', data: data.trend.rejected, borderColor: colours.rejected, backgroundColor: colours.rejected },
        { label: 'Đã gộp', data: data.trend.mergedAway, borderColor: colours.merged, backgroundColor: colours.merged },
        { label: 'Chờ xem xét', data: data.trend.reviewPairs, borderColor: colours.review, backgroundColor: colours.review },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, elements: { point: { radius: 4 } } },
  });
})();
`;
