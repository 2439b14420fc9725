import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import { writeRunSummary, type StaleBatchOutputs } from '../emit/run-summary.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import { ETHNIC_CODE_LISTS } from '../normalize/codes/ethnicity.js';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../record-types/record-type.js';
import { openSqliteRegistry } from '../dedup/registry/sqlite-registry.js';
import type { RegistryStore } from '../dedup/registry/registry-store.js';
import type { RunProgress } from '../progress/run-progress.js';
import { lockOutput } from './output-lock.js';
import { DEFAULT_HISTORY_KEEP, RunAbortedError } from './run-control.js';
import { runDistrict, type DistrictResult, type FileProblem, type InputFile, type KeptBatch } from './run-district.js';
import { removeAbandonedBatches } from './abandoned-batches.js';
import { CommitTurnstile } from './commit-turnstile.js';
import { buildRunLog, EXIT_FAILED, EXIT_OK, writeRunLog } from './run-log.js';
import { writeRunReport } from '../report/write-report.js';
import { districtNameVi } from '../report/labels-vi.js';
import { messageVi } from '../catalog/catalog.js';

/** A run with every path resolved: what the CLI builds from a pipeline file or from --input. */
export interface Job {
  pipeline: string | null;
  provinceCode: string;
  types: readonly RecordTypeName[];
  outputFolder: string;
  options: NormalizeOptions;
  headerAliases: Partial<Record<RecordTypeName, Record<string, readonly string[]>>>;
  /** `inputs`: the globs or --input paths the files were found by (named when none was). */
  districts: { code: string; files: InputFile[]; inputs?: readonly string[] }[];
  /** The dedup registry file; default `<outputFolder>/registry.sqlite`. */
  registryPath?: string;
  /** Districts run at once; default the machine's cores, at most the number of districts. */
  concurrency?: number;
  /** 0 runs every district on the main thread; more runs each district in a worker thread of its own. Default: the machine's cores. */
  workers?: number;
  /** Replaced batches kept under `<district>/<type>/history/`; default DEFAULT_HISTORY_KEEP. */
  historyKeep?: number;
  /** Read, normalize, validate, deduplicate and count; write nothing, take no lock. */
  dryRun?: boolean;
  /** Replace a batch even when files that gave it records are missing from the inputs (RunControl.allowMissing). */
  allowMissing?: boolean;
}

/** What the CLI hands a run besides the job: how to stop it, where to show progress. */
export interface JobHooks {
  signal?: AbortSignal;
  progress?: RunProgress;
}

export interface JobResult {
  runId: string;
  districts: DistrictResult[];
  /** Districts that had no input file at all: their earlier batches were left in place. */
  districtsWithoutInput: string[];
  /** Batches not replaced because files they hold records of (or every file of the district) could not be read. */
  keptBatches: KeptBatch[];
  /** 0, or 1 when a district had no input or a batch was kept. (A failed or stopped run throws instead.) */
  exitCode: number;
  /** `<out>/runs/<runId>.json`; null for a dry run. */
  runLogPath: string | null;
}

/**
 * Runs the districts of a job concurrently under the output folder's lock,
 * each committing in pipeline order (so the registry and every output byte are
 * what a one-at-a-time run gives), then writes the run summary. A district
 * whose globs match no file (a share not mounted, a typo) is not run: writing
 * empty batches would replace the last good ones. For the same reason a batch
 * is kept when files it holds records of cannot be read (runDistrict): both
 * make the run exit 1. A district that fails does not stop the others; the run
 * then throws its error. Every run that took the lock ends by writing its run
 * log, completed, failed or stopped.
 */
export async function runJob(job: Job, logger: Logger, hooks: JobHooks = {}): Promise<JobResult> {
  const clock = performance.now();
  const startedAt = new Date().toISOString();
  const runId = `${startedAt.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const dryRun = job.dryRun === true;
  const concurrency = Math.max(1, Math.min(job.concurrency ?? availableParallelism(), job.districts.length));
  const workers = job.workers ?? availableParallelism();
  const historyKeep = job.historyKeep ?? DEFAULT_HISTORY_KEEP;
  // A dry run writes nothing, so it neither takes nor respects the lock: it reads inputs and the registry only.
  const release = dryRun ? null : lockOutput(job.outputFolder, runId);
  const outcome: { results: DistrictResult[]; failures: { district: string; error: unknown }[]; withoutInput: string[] } = { results: [], failures: [], withoutInput: [] };
  let thrown: unknown = null;
  let registry: RegistryStore | null = null;
  let registryPath = '';
  let discardRegistry = (): void => undefined;
  try {
    ({ registry, path: registryPath, discard: discardRegistry } = await openRegistry(job, dryRun));
    if (!dryRun) await removeAbandonedBatches(job.outputFolder, logger);
    logger.info({ runId, districts: job.districts.length, types: job.types, concurrency, workers, historyKeep, dryRun }, 'run started');
    const turnstile = new CommitTurnstile(job.districts.length, hooks.signal);
    const limit = pLimit(concurrency);
    const { progress, signal } = hooks;
    const settled = await Promise.allSettled(
      job.districts.map((district, index) =>
        limit(async () => {
          try {
            if (district.files.length === 0) {
              logger.error({ district: district.code, code: 'DISTRICT_NO_INPUT', inputs: district.inputs ?? [] }, 'district has no input files; its batches are left as they were');
              outcome.withoutInput.push(district.code);
              return null;
            }
            if (signal?.aborted) throw signal.reason instanceof RunAbortedError ? signal.reason : new RunAbortedError('a stop request');
            progress?.districtStarted(district.code, district.files.map((file) => sizeOf(file.path)));
            const commitTurn = async (): Promise<() => void> => {
              progress?.districtPhase(district.code, 'waiting');
              const end = await turnstile.turn(index);
              progress?.districtPhase(district.code, 'committing');
              return end;
            };
            const result = await runDistrict(
              // A district in a worker thread opens its own connection to registryPath (a dry run's: the scratch copy).
              { ...job, runId, startedAt, districtCode: district.code, files: district.files, registry, registryPath, signal, progress, dryRun, historyKeep, workers, commitTurn },
              logger,
            );
            progress?.districtPhase(district.code, 'done');
            return result;
          } catch (error) {
            progress?.districtPhase(district.code, error instanceof RunAbortedError ? 'stopped' : 'failed');
            throw error;
          } finally {
            turnstile.finish(index);
          }
        }),
      ),
    );
    settled.forEach((result, index) => {
      const district = job.districts[index]!.code;
      if (result.status === 'fulfilled') {
        if (result.value) outcome.results.push(result.value);
      } else {
        outcome.failures.push({ district, error: result.reason });
        if (!(result.reason instanceof RunAbortedError)) logger.error({ district, err: result.reason }, 'district failed; its earlier batches are left as they were');
      }
    });
    outcome.withoutInput.sort((a, b) => job.districts.findIndex((d) => d.code === a) - job.districts.findIndex((d) => d.code === b));
    // A stop that came after every district had committed changes nothing: the run completed.
    const stop = outcome.failures.find(({ error }) => error instanceof RunAbortedError);
    if (stop) throw stop.error;
    if (outcome.failures.length > 0) throw outcome.failures[0]!.error;
    const keptBatches = outcome.results.flatMap((result) => result.keptBatches);
    if (!dryRun) {
      const staleOutputs = registry === null ? [] : staleBatchOutputs(registry, logger);
      const noInput = outcome.withoutInput.map((code) => noInputProblem(code, job.districts.find((district) => district.code === code)?.inputs ?? []));
      await writeRunSummary(job.outputFolder, { runId, startedAt, pipeline: job.pipeline, results: outcome.results, districtsWithoutInput: outcome.withoutInput, noInput, staleOutputs });
    }
    logger.info({ runId, districtsWithoutInput: outcome.withoutInput.length, keptBatches: keptBatches.length, dryRun }, 'run finished');
    return {
      runId,
      districts: outcome.results,
      districtsWithoutInput: outcome.withoutInput,
      keptBatches,
      exitCode: outcome.withoutInput.length > 0 || keptBatches.length > 0 ? EXIT_FAILED : EXIT_OK,
      runLogPath: dryRun ? null : join(job.outputFolder, 'runs', `${runId}.json`),
    };
  } catch (error) {
    thrown = error;
    throw error;
  } finally {
    registry?.close();
    discardRegistry();
    if (!dryRun) {
      try {
        writeRunLog(
          job.outputFolder,
          buildRunLog({
            runId,
            pipeline: job.pipeline,
            startedAt,
            durationMs: performance.now() - clock,
            districts: job.districts.map((district) => district.code),
            ethnicityCodeList: ETHNIC_CODE_LISTS[job.options.ethnicityCodeList],
            settings: { concurrency, workers, historyKeep },
            results: outcome.results,
            failures: outcome.failures,
            withoutInput: outcome.withoutInput,
            thrown,
          }),
        );
      } catch (error) {
        logger.error({ err: error }, 'could not write the run log');
      }
      // After the run log, so the report's trend includes this run. A report that cannot be written never fails the run.
      try {
        await writeRunReport(job.outputFolder);
      } catch (error) {
        logger.warn({ err: error }, 'could not write report.html');
      }
    }
    release?.();
  }
}

/**
 * A real run opens the registry itself. A dry run works on a scratch copy in
 * the temporary folder (SQLite's online backup: a consistent snapshot even
 * while a real run writes the registry), so whatever it does to it — districts
 * deduplicating against the ones before them — never reaches the real file;
 * without a registry it starts from an empty one. Opening the real file
 * read-write and closing it leaves it byte for byte as it was, and takes its
 * WAL side files away again (a read-only connection would leave them behind).
 */
async function openRegistry(job: Job, dryRun: boolean): Promise<{ registry: RegistryStore; path: string; discard: () => void }> {
  const path = job.registryPath ?? join(job.outputFolder, 'registry.sqlite');
  if (!dryRun) return { registry: openSqliteRegistry(path), path, discard: () => undefined };
  const scratchFolder = mkdtempSync(join(tmpdir(), 'hotich-dry-run-registry-'));
  const scratch = join(scratchFolder, 'registry.sqlite');
  try {
    if (existsSync(path)) {
      const source = new Database(path, { fileMustExist: true, timeout: 10_000 });
      try {
        await source.backup(scratch);
      } finally {
        source.close();
      }
    }
    return { registry: openSqliteRegistry(scratch), path: scratch, discard: () => rmSync(scratchFolder, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(scratchFolder, { recursive: true, force: true });
    throw error;
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The batches whose duplicates.jsonl or review.jsonl name ids that other districts'
 * re-runs have since given to another person (or removed), and whose clean batch
 * lacks released records: each stays so until its own district is re-run. Logged
 * (the log names the district to re-run) and listed in summary.json.
 */
function staleBatchOutputs(registry: RegistryStore, logger: Logger): StaleBatchOutputs[] {
  const stale = RECORD_TYPE_NAMES.flatMap((type) => registry.staleOutputs(type).map((counts) => ({ ...counts, type })));
  for (const { district, type, repointed, released, staleReviewPairs } of stale) {
    logger.warn(
      { district, type, repointed, released, staleReviewPairs },
      'outputs of this batch name records other districts\' re-runs have changed (duplicates.jsonl: repointed survivors, clean.jsonl: released records, review.jsonl: stale pairs); re-run the district',
    );
  }
  return stale;
}

/** DISTRICT_NO_INPUT for the officers' summary: the district and the globs that matched no file. */
function noInputProblem(district: string, inputs: readonly string[]): FileProblem {
  const params = { district: `${district} ${districtNameVi(district)}`, inputs: inputs.join('; ') };
  return { district, file: inputs.join('; '), sheet: null, code: 'DISTRICT_NO_INPUT', message: messageVi('DISTRICT_NO_INPUT', params), type: null };
}
