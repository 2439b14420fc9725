import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { writeRunSummary } from '../emit/run-summary.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { openSqliteRegistry } from '../dedup/registry/sqlite-registry.js';
import type { RegistryStore } from '../dedup/registry/registry-store.js';
import { lockOutput } from './output-lock.js';
import { runDistrict, type DistrictResult, type InputFile } from './run-district.js';

/** A run with every path resolved: what the CLI builds from a pipeline file or from --input. */
export interface Job {
  pipeline: string | null;
  provinceCode: string;
  types: readonly RecordTypeName[];
  outputFolder: string;
  options: NormalizeOptions;
  headerAliases: Partial<Record<RecordTypeName, Record<string, readonly string[]>>>;
  districts: { code: string; files: InputFile[] }[];
  /** The dedup registry file; default `<outputFolder>/registry.sqlite`. */
  registryPath?: string;
}

export interface JobResult {
  runId: string;
  districts: DistrictResult[];
  /** Districts that had no input file at all: their earlier batches were left in place. */
  districtsWithoutInput: string[];
}

/**
 * Runs every district of a job under the output folder's lock, then writes the
 * run summary. A district whose globs match no file (a share not mounted, a
 * typo) is not run: writing empty batches would replace the last good ones.
 */
export async function runJob(job: Job, logger: Logger): Promise<JobResult> {
  const startedAt = new Date().toISOString();
  const runId = `${startedAt.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const release = lockOutput(job.outputFolder, runId);
  let registry: RegistryStore | null = null;
  try {
    registry = openSqliteRegistry(job.registryPath ?? join(job.outputFolder, 'registry.sqlite'));
    removeAbandonedBatches(job.outputFolder, logger);
    logger.info({ runId, districts: job.districts.length, types: job.types }, 'run started');
    const results: DistrictResult[] = [];
    const districtsWithoutInput: string[] = [];
    for (const district of job.districts) {
      if (district.files.length === 0) {
        logger.error({ district: district.code, code: 'DISTRICT_NO_INPUT' }, 'district has no input files; its batches are left as they were');
        districtsWithoutInput.push(district.code);
        continue;
      }
      results.push(await runDistrict({ ...job, runId, startedAt, districtCode: district.code, files: district.files, registry }, logger));
    }
    await writeRunSummary(job.outputFolder, { runId, startedAt, pipeline: job.pipeline, results, districtsWithoutInput });
    logger.info({ runId, districtsWithoutInput: districtsWithoutInput.length }, 'run finished');
    return { runId, districts: results, districtsWithoutInput };
  } finally {
    registry?.close();
    release();
  }
}

/** Hidden partial batches left by a run that crashed (we hold the lock: none is being written now). */
function removeAbandonedBatches(outputFolder: string, logger: Logger): void {
  if (!existsSync(outputFolder)) return;
  for (const district of readdirSync(outputFolder, { withFileTypes: true })) {
    if (!district.isDirectory()) continue;
    for (const entry of readdirSync(join(outputFolder, district.name))) {
      if (!/^\.\w+\.partial-|^\w+\.previous-/.test(entry)) continue;
      rmSync(join(outputFolder, district.name, entry), { recursive: true, force: true });
      logger.warn({ district: district.name, folder: entry }, 'removed a partial batch left by an interrupted run');
    }
  }
}
