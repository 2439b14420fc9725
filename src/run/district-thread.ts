import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { AccountingError } from './row-accounting.js';
import { RunAbortedError, type ProgressSink } from './run-control.js';
import type { DistrictJob, DistrictResult } from './run-district.js';

/** What a district worker sends its parent. */
export type WorkerMessage =
  | { kind: 'log'; line: string }
  | { kind: 'progress'; method: keyof ProgressSink; args: [string, string, number, number?] }
  | { kind: 'turn' }
  | { kind: 'turn-end' }
  | { kind: 'done'; result: DistrictResult }
  | { kind: 'failed'; error: { name: string; message: string; missing?: string[]; signalName?: string } };

/** What the parent sends a district worker. */
/** 'turn-refused': the run was stopped while the district waited for its commit turn (CommitTurnstile). */
export type ParentMessage = { kind: 'abort'; signalName: string } | { kind: 'turn-granted' } | { kind: 'turn-refused'; signalName: string };

/** The part of a district job that crosses to the worker (no store, signal, callbacks), and the parent's log level. */
export interface DistrictWorkerData {
  job: Omit<DistrictJob, 'registry' | 'signal' | 'progress' | 'commitTurn'>;
  logLevel: string;
}

/**
 * Runs one district in a worker thread: reading, normalizing, deduplicating
 * and writing its batches all happen there, so districts run concurrently use
 * every core. The worker opens its own connection to the registry file; the
 * parent relays the stop signal, progress, log lines and the commit turn.
 * The batches are byte for byte those of runDistrict on the main thread.
 */
export function runDistrictInWorker(job: DistrictJob, logger: Logger): Promise<DistrictResult> {
  const { registry: _registry, signal, progress, commitTurn, ...portable } = job;
  const worker = startWorker({ job: portable, logLevel: logger.level });
  return new Promise<DistrictResult>((resolve, reject) => {
    let endTurn: (() => void) | undefined;
    let settled = false;
    const onAbort = (): void => {
      const reason: unknown = signal?.reason;
      worker.postMessage({ kind: 'abort', signalName: reason instanceof RunAbortedError ? reason.signalName : 'a stop request' } satisfies ParentMessage);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      endTurn?.();
      outcome();
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.kind) {
        case 'log':
          relayLog(logger, message.line);
          break;
        case 'progress': {
          const [district, file, rows, bytes] = message.args;
          if (message.method === 'fileStarted') progress?.fileStarted(district, file, rows);
          else if (message.method === 'fileProgress') progress?.fileProgress(district, file, rows, bytes ?? 0);
          else progress?.fileFinished(district, file, rows);
          break;
        }
        case 'turn':
          // A turn refused (the run stopped) is the worker's to throw: its district discards its batches and fails.
          (commitTurn ? commitTurn() : Promise.resolve(() => {})).then(
            (end) => {
              endTurn = end;
              worker.postMessage({ kind: 'turn-granted' } satisfies ParentMessage);
            },
            (error: unknown) => {
              const signalName = error instanceof RunAbortedError ? error.signalName : 'a stop request';
              worker.postMessage({ kind: 'turn-refused', signalName } satisfies ParentMessage);
            },
          );
          break;
        case 'turn-end':
          endTurn?.();
          endTurn = undefined;
          break;
        case 'done':
          finish(() => resolve(message.result));
          break;
        case 'failed':
          finish(() => reject(rebuildError(message.error)));
          break;
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`district ${job.districtCode}: worker thread exited with code ${code} before finishing`))));
  });
}

/**
 * A young generation of 96 MiB (V8's default for a worker is far smaller): a
 * district allocates short-lived rows at a high rate, and a small nursery
 * promotes them to the old generation, which costs full collections later.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

/**
 * The worker script: the compiled JavaScript next to this file, or — when
 * hotich runs from its TypeScript sources (tests, the benchmark) — the
 * TypeScript source, loaded through tsx's loader registered in the worker.
 */
function startWorker(data: DistrictWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./district-worker.js', import.meta.url), { workerData: data, resourceLimits: WORKER_LIMITS });
  // require.resolve finds the package's CommonJS build; its ES module build sits beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const script = new URL('./district-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: data, resourceLimits: WORKER_LIMITS });
}

const LEVEL_NAMES: Record<number, 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal'> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** A worker's JSON log line, logged again by the parent's logger (its own time, pid and bindings). */
function relayLog(logger: Logger, line: string): void {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return;
  }
  const { level, msg, time: _time, pid: _pid, hostname: _hostname, app: _app, ...fields } = record;
  const name = LEVEL_NAMES[typeof level === 'number' ? level : 30] ?? 'info';
  logger[name](fields, typeof msg === 'string' ? msg : '');
}

function rebuildError(error: { name: string; message: string; missing?: string[]; signalName?: string }): Error {
  if (error.name === 'RunAbortedError') return new RunAbortedError(error.signalName ?? 'a stop request');
  if (error.name === 'AccountingError') return new AccountingError(error.missing ?? [error.message]);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}
