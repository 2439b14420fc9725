/**
 * Entry of a district worker thread (see district-thread.ts): runs one
 * district with runDistrict on this thread and reports back to the parent.
 */
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { openSqliteRegistry } from '../dedup/registry/sqlite-registry.js';
import type { DistrictWorkerData, ParentMessage, WorkerMessage } from './district-thread.js';
import { AccountingError } from './row-accounting.js';
import { RunAbortedError, type ProgressSink } from './run-control.js';
import { runDistrict } from './run-district.js';

const port = parentPort;
if (!port) throw new Error('district-worker.ts runs only as a worker thread');
const { job, logLevel } = workerData as DistrictWorkerData;
const send = (message: WorkerMessage): void => port.postMessage(message);

const controller = new AbortController();
let turnAnswer: { grant: () => void; refuse: (signalName: string) => void } | undefined;
port.on('message', (message: ParentMessage) => {
  if (message.kind === 'abort') controller.abort(new RunAbortedError(message.signalName));
  else if (message.kind === 'turn-granted') turnAnswer?.grant();
  else turnAnswer?.refuse(message.signalName);
});

// Every line goes to the parent, which logs it again with its own logger.
const logger = pino(
  { level: logLevel, base: { app: 'hotich' } },
  new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) if (line !== '') send({ kind: 'log', line });
      callback();
    },
  }),
);

const progress: ProgressSink = {
  fileStarted: (district, file, bytesTotal) => send({ kind: 'progress', method: 'fileStarted', args: [district, file, bytesTotal] }),
  fileProgress: (district, file, rows, bytes) => send({ kind: 'progress', method: 'fileProgress', args: [district, file, rows, bytes] }),
  fileFinished: (district, file, rows) => send({ kind: 'progress', method: 'fileFinished', args: [district, file, rows] }),
};

const commitTurn = (): Promise<() => void> =>
  new Promise((resolve, reject) => {
    turnAnswer = { grant: () => resolve(() => send({ kind: 'turn-end' })), refuse: (signalName) => reject(new RunAbortedError(signalName)) };
    send({ kind: 'turn' });
  });

const registry = job.registryPath ? openSqliteRegistry(job.registryPath) : null;
try {
  const result = await runDistrict({ ...job, workers: 0, registry, signal: controller.signal, progress, commitTurn }, logger);
  send({ kind: 'done', result });
} catch (error) {
  send({
    kind: 'failed',
    error: {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof AccountingError ? { missing: [...error.missing] } : {}),
      ...(error instanceof RunAbortedError ? { signalName: error.signalName } : {}),
    },
  });
} finally {
  registry?.close();
  port.close();
}
