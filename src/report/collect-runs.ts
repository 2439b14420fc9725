import { FOLDER_STATE_STATUS, runStatusVi } from './labels-vi.js';
import type { ReportManifest, ReportRunLog } from './read-outputs.js';
import type { ReportData, RunInFolder, TrendPoint } from './report-data.js';
import { batchCounts, distinct, sumCounts } from './report-counts.js';

/** How many runs the trend shows. */
export const TREND_RUNS = 10;

/** The runs whose batches are in the folder, newest first. */
export function runsInFolder(manifests: readonly ReportManifest[]): RunInFolder[] {
  const runs = new Map<string, RunInFolder>();
  for (const manifest of manifests) {
    const run = runs.get(manifest.runId) ?? { runId: manifest.runId, startedAt: manifest.startedAt, finishedAt: manifest.finishedAt, batches: [] };
    if (manifest.finishedAt > run.finishedAt) run.finishedAt = manifest.finishedAt;
    run.batches.push(`${manifest.district}/${manifest.type}`);
    runs.set(manifest.runId, run);
  }
  for (const run of runs.values()) run.batches.sort();
  return [...runs.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.runId.localeCompare(b.runId));
}

/**
 * The last runs from their run logs, oldest first. When no run log covers the
 * newest batches in the folder (no run logs at all, or a run that wrote none),
 * the folder's current state is the last point.
 */
export function trend(runLogs: readonly ReportRunLog[], newestRun: RunInFolder | undefined, manifests: readonly ReportManifest[]): ReportData['trend'] {
  const points: TrendPoint[] = [...runLogs]
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.runId.localeCompare(b.runId))
    .map((log) => ({
      runId: log.runId,
      startedAt: log.startedAt,
      status: log.status,
      statusLabel: runStatusVi(log.status),
      districts: distinct(log.batches.map((batch) => batch.district)).length,
      counts: sumCounts(
        log.batches.map(({ counts, clusters, reviewPairs }) => ({
          rowsRead: counts.rowsRead,
          clean: counts.clean,
          rejected: counts.rejected,
          mergedAway: counts.mergedAway,
          clusters,
          reviewPairs,
        })),
      ),
    }));
  if (newestRun && !runLogs.some((log) => log.runId === newestRun.runId)) {
    points.push({
      runId: newestRun.runId,
      startedAt: newestRun.startedAt,
      status: FOLDER_STATE_STATUS,
      statusLabel: runStatusVi(FOLDER_STATE_STATUS),
      districts: distinct(manifests.map((manifest) => manifest.district)).length,
      counts: sumCounts(manifests.map(batchCounts)),
    });
  }
  return { fromRunLogs: runLogs.length > 0, points: points.slice(-TREND_RUNS) };
}
