import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_LOG_FOLDER, type RunLog } from './run-log.js';

/**
 * The run logs of an output folder, newest first (by start time, then run id).
 * A file that is not a run log (hand-edited, cut short by a full disk) is
 * skipped rather than failing the listing; `unreadable` names them.
 */
export function readRunLogs(outputFolder: string): { logs: RunLog[]; unreadable: string[] } {
  const folder = join(outputFolder, RUN_LOG_FOLDER);
  if (!existsSync(folder)) return { logs: [], unreadable: [] };
  const logs: RunLog[] = [];
  const unreadable: string[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const log = parseRunLog(readFileSync(join(folder, name), 'utf8'));
    if (log) logs.push(log);
    else unreadable.push(name);
  }
  logs.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.runId.localeCompare(a.runId));
  return { logs, unreadable };
}

function parseRunLog(text: string): RunLog | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const log = value as Partial<RunLog>;
    const valid =
      typeof log.runId === 'string' &&
      typeof log.startedAt === 'string' &&
      typeof log.status === 'string' &&
      typeof log.exitCode === 'number' &&
      Array.isArray(log.batches) &&
      Array.isArray(log.districts);
    return valid ? (value as RunLog) : null;
  } catch {
    return null;
  }
}
