import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Folder inside a batch folder that keeps the batches it replaced, one per run id. */
export const HISTORY_FOLDER = 'history';

/**
 * Puts a complete batch (`tempFolder`) in place of the current one. The
 * current batch moves to `history/<its runId>/` inside the new batch folder,
 * taking along the history it carried; only the newest `keep` are kept (run
 * ids start with their ISO start time, so they sort by age). Every step is a
 * rename within one file system: a loader sees the old batch or the new one.
 */
export function replaceBatch(finalFolder: string, tempFolder: string, runId: string, keep: number): void {
  const history = join(tempFolder, HISTORY_FOLDER);
  if (existsSync(finalFolder)) {
    const carried = join(finalFolder, HISTORY_FOLDER);
    if (keep > 0 && existsSync(carried)) renameSync(carried, history);
    if (keep > 0) {
      mkdirSync(history, { recursive: true });
      const previousRunId = batchRunId(finalFolder) ?? `unknown-before-${runId}`;
      rmSync(join(history, previousRunId), { recursive: true, force: true });
      renameSync(finalFolder, join(history, previousRunId));
    } else {
      const previous = `${finalFolder}.previous-${runId}`;
      renameSync(finalFolder, previous);
      renameSync(tempFolder, finalFolder);
      rmSync(previous, { recursive: true, force: true });
      return;
    }
  }
  pruneHistory(history, keep);
  renameSync(tempFolder, finalFolder);
}

/** The run id in a batch's manifest, or null when it has none (a batch from before manifests, a damaged one). */
function batchRunId(batchFolder: string): string | null {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(batchFolder, 'manifest.json'), 'utf8'));
    const runId = typeof manifest === 'object' && manifest !== null && 'runId' in manifest ? manifest.runId : null;
    return typeof runId === 'string' && /^[\w.-]+$/.test(runId) ? runId : null;
  } catch {
    return null;
  }
}

function pruneHistory(history: string, keep: number): void {
  if (!existsSync(history)) return;
  const runs = readdirSync(history).sort();
  for (const old of runs.slice(0, Math.max(0, runs.length - keep))) rmSync(join(history, old), { recursive: true, force: true });
}
