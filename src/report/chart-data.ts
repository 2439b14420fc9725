import { formatDateTime } from './format-vi.js';
import type { ReportData } from './report-data.js';

export interface ShareBar {
  label: string;
  share: number;
  rejected: number;
  rows: number;
}

/** What the page script draws, ready to hand to Chart.js: labels and numbers only. */
export interface ChartData {
  districtShare: ShareBar[];
  communeShare: ShareBar[];
  topCodes: { label: string; count: number; severity: string; severityLabel: string }[];
  dedup: { labels: string[]; mergedAway: number[]; reviewPairs: number[] };
  trend: { labels: string[]; rowsRead: number[]; clean: number[]; rejected: number[]; mergedAway: number[]; reviewPairs: number[] };
}

/** Districts worst first in the share chart (the tables keep code order); communes are already worst first. */
export function chartData(data: ReportData): ChartData {
  const districts = [...data.districts].sort((a, b) => b.rejectedShare - a.rejectedShare || a.code.localeCompare(b.code));
  const points = data.trend.points;
  return {
    districtShare: districts.map((district) => ({
      label: `${district.code} ${district.name}`,
      share: district.rejectedShare,
      rejected: district.counts.rejected,
      rows: district.counts.rowsRead,
    })),
    communeShare: data.communes.map((commune) => ({ label: commune.label, share: commune.rejectedShare, rejected: commune.rejected, rows: commune.rows })),
    topCodes: data.topCodes.map((code) => ({ label: code.code, count: code.count, severity: code.severity, severityLabel: code.severityLabel })),
    dedup: {
      labels: data.districts.map((district) => `${district.code} ${district.name}`),
      mergedAway: data.districts.map((district) => district.counts.mergedAway),
      reviewPairs: data.districts.map((district) => district.counts.reviewPairs),
    },
    trend: {
      labels: points.map((point) => (point.status === 'completed' ? formatDateTime(point.startedAt) : `${formatDateTime(point.startedAt)} (${point.statusLabel})`)),
      rowsRead: points.map((point) => point.counts.rowsRead),
      clean: points.map((point) => point.counts.clean),
      rejected: points.map((point) => point.counts.rejected),
      mergedAway: points.map((point) => point.counts.mergedAway),
      reviewPairs: points.map((point) => point.counts.reviewPairs),
    },
  };
}
