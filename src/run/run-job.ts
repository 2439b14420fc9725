import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { lockOutput } from './output-lock.js';
import { runDistrict, type DistrictResult, type InputFile } from './run-district.js';
import { writeRunSummary } from '../emit/run-summary.js';

/** A run with every path resolved: what the CLI builds from a pipeline file or from --input. */
export interface Job {
  pipeline: string | null;
  provinceCode: string;
  types: readonly RecordTypeName[];
  outputFolder: string;
  options: NormalizeOptions;
  headerAliases: Partial<Record<RecordTypeName, Record<string, readonly string[]>>>;
  districts: { code: string; files: InputFile[] }[];
}

export interface JobResult {
  runId: string;
  districts: DistrictResult[];
}

/** Runs every district of a job under the output folder's lock, then writes the run summary. */
export async function runJob(job: Job, logger: Logger): Promise<JobResult> {
  const startedAt = new Date().toISOString();
  const runId = `${startedAt.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const release = lockOutput(job.outputFolder, runId);
  try {
    logger.info({ runId, districts: job.districts.length, types: job.types }, 'run started');
    const results: DistrictResult[] = [];
    for (const district of job.districts) {
      if (district.files.length === 0) logger.warn({ district: district.code, code: 'NO_INPUT_FILES' }, 'district has no input files');
      results.push(
        await runDistrict(
          { ...job, runId, startedAt, districtCode: district.code, files: district.files },
          logger,
        ),
      );
    }
    await writeRunSummary(job.outputFolder, { runId, startedAt, pipeline: job.pipeline, results });
    logger.info({ runId }, 'run finished');
    return { runId, districts: results };
  } finally {
    release();
  }
}
