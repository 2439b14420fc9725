import { copyFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { buildJob, type RunArguments } from '../../../src/cli/run-command.js';
import { runJob, type JobHooks, type JobResult } from '../../../src/run/run-job.js';
import { ROOT } from './hotich-process.js';

export const silentLogger = pino({ level: 'silent' });
export const BATCHES = ['249/birth', '249/marriage', '249/death', '251/birth', '251/marriage', '251/death'];
export const BATCH_FILES = ['clean.jsonl', 'clean.csv', 'rejected.jsonl', 'duplicates.jsonl', 'review.jsonl'];

/**
 * The demo pipeline's two districts, with Yên Lạc's 2019 re-registrations
 * (fixtures/dedup) added so that Yên Lạc's births merge into Bình Xuyên's
 * loaded before it: the registry, and so the district order, matter.
 */
export function writePipeline(extra: Record<string, unknown> = {}): { pipeline: string; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-pipeline-'));
  const pipeline = join(folder, 'pipeline.json');
  const fixtures = join(ROOT, 'fixtures');
  writeFileSync(
    pipeline,
    JSON.stringify({
      provinceCode: '26',
      output: 'out',
      inputRoot: fixtures,
      headerAliases: { birth: { 'child.fullName': ['Họ tên khai sinh'] } },
      districts: [
        { code: '249', name: 'Bình Xuyên', inputs: [`${fixtures}/249-binh-xuyen/*.xlsx`, `${fixtures}/249-binh-xuyen/*.csv`] },
        { code: '251', name: 'Yên Lạc', inputs: [`${fixtures}/251-yen-lac/*`, `${fixtures}/dedup/251-*.xlsx`] },
      ],
      ...extra,
    }),
  );
  return { pipeline, folder };
}

/**
 * The same two districts copied to a folder of their own (`prefix` names it), so that a test can
 * cut, rename or delete a book: returns the folder and its pipeline.json, whose inputs are
 * relative to the folder and whose output is `<folder>/out`.
 */
export function copyPipeline(prefix: string): { root: string; pipeline: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const folder of ['249-binh-xuyen', '251-yen-lac']) cpSync(join(ROOT, 'fixtures', folder), join(root, folder), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/dedup/251-dang-ky-lai-dong-cuong-2019.xlsx'), join(root, '251-yen-lac/dang-ky-lai-dong-cuong-2019.xlsx'));
  const pipeline = join(root, 'pipeline.json');
  writeFileSync(
    pipeline,
    JSON.stringify({
      provinceCode: '26',
      output: 'out',
      inputRoot: '.',
      headerAliases: { birth: { 'child.fullName': ['Họ tên khai sinh'] } },
      districts: [
        { code: '249', name: 'Bình Xuyên', inputs: ['249-binh-xuyen/*.xlsx', '249-binh-xuyen/*.csv'] },
        { code: '251', name: 'Yên Lạc', inputs: ['251-yen-lac/*'] },
      ],
    }),
  );
  return { root, pipeline };
}

/** `hotich run <pipeline>` in-process with the given options. */
export async function runPipeline(pipeline: string, args: Partial<RunArguments> = {}, hooks: JobHooks = {}): Promise<JobResult> {
  const job = await buildJob({ pipeline, districts: [], type: undefined, out: undefined, inputs: [], province: undefined, ...args });
  return runJob(job, silentLogger, hooks);
}
