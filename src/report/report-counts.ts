import type { ReportManifest } from './read-outputs.js';
import type { ReportCounts } from './report-data.js';

/** part / whole, 0 when nothing was read. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function batchCounts(manifest: ReportManifest): ReportCounts {
  const { rowsRead, clean, rejected, mergedAway } = manifest.counts;
  return { rowsRead, clean, rejected, mergedAway, clusters: manifest.dedup.clusters, reviewPairs: manifest.dedup.reviewPairs };
}

const COUNT_KEYS = ['rowsRead', 'clean', 'rejected', 'mergedAway', 'clusters', 'reviewPairs'] as const satisfies readonly (keyof ReportCounts)[];

export function sumCounts(all: readonly ReportCounts[]): ReportCounts {
  const total: ReportCounts = { rowsRead: 0, clean: 0, rejected: 0, mergedAway: 0, clusters: 0, reviewPairs: 0 };
  for (const counts of all) {
    for (const key of COUNT_KEYS) total[key] += counts[key];
  }
  return total;
}

/** Distinct values, sorted: the same whatever order the batches were read in. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
