import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { buildJob, type RunArguments } from '../../src/cli/run-command.js';
import { runJob, type JobResult } from '../../src/run/run-job.js';

export const silentLogger = pino({ level: 'silent' });

/**
 * Runs hotich in-process into a fresh temporary output folder, on the test's own
 * thread unless `workers` says otherwise: a district worker thread would load every
 * source file again through tsx (about a second a run). district-thread.test.ts
 * shows a worker's outputs equal the main thread's, and the CLI and production
 * tests run with workers.
 */
export async function runInto(args: Partial<RunArguments>): Promise<{ out: string; result: JobResult }> {
  const out = args.out ?? mkdtempSync(join(tmpdir(), 'hotich-out-'));
  const job = await buildJob({ pipeline: undefined, districts: [], type: undefined, inputs: [], province: undefined, workers: '0', ...args, out });
  return { out, result: await runJob(job, silentLogger) };
}

export function readJsonl(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) throw new Error(`missing ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function readJson(path: string): Record<string, any> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
}

export function listFolder(path: string): string[] {
  return readdirSync(path).sort();
}
