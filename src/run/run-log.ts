import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchCounts } from '../emit/manifest.js';
import { BATCH_KEPT_FILE_MISSING } from './kept-batch.js';
import { RunAbortedError } from './run-control.js';
import type { DistrictResult, KeptBatch } from './run-district.js';

/** The folder of run logs inside an output folder. */
export const RUN_LOG_FOLDER = 'runs';

/**
 * Exit codes of `hotich` (README, "Exit codes"); the run log records the one
 * the run ended with. 2 is also a usage or configuration error, caught before
 * any run starts.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One batch of a run, as the run log keeps it. */
export interface RunLogBatch {
  district: string;
  type: string;
  counts: BatchCounts;
  /** Wall time of the district's run (read through commit), ms. */
  durationMs: number;
  clusters: number;
  reviewPairs: number;
  problemsByCode: Record<string, number>;
}

/** `<out>/runs/<runId>.json`: what one `hotich run` did, written when it ends (also when it fails or is stopped). */
export interface RunLog {
  runId: string;
  hotichVersion: string;
  pipeline: string | null;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: 'completed' | 'failed' | 'stopped';
  exitCode: number;
  dryRun: boolean;
  /** Districts the run was asked to process (after --district filtering). */
  districts: string[];
  districtsWithoutInput: string[];
  /** Batches not replaced: files they hold records of (or every file of the district) could not be read; the run failed. */
  keptBatches: KeptBatch[];
  ethnicityCodeList: string;
  batches: RunLogBatch[];
  /** process.resourceUsage().maxRSS at the end of the run, bytes (the main thread and its workers). */
  peakRssBytes: number;
  /** Whole-file problems (file names and codes only). */
  fileProblems: { district: string; file: string; sheet: string | null; code: string }[];
  /** Set when the run failed or was stopped: a one-line reason (no cell contents). */
  error?: string;
  /** Districts whose run threw (their batches were not replaced), with a one-line reason. */
  failedDistricts?: { district: string; error: string }[];
  /** Settings the run ran with. */
  concurrency?: number;
  workers?: number;
  historyKeep?: number;
}

/** Peak resident set size of this process so far, bytes (maxRSS is in KiB on every platform Node supports). */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

let version: string | undefined;
/** hotich's version from package.json (two folders up from src/run/ and from dist/run/ alike). */
export function hotichVersion(): string {
  if (version === undefined) {
    try {
      const json: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      version = typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'string' ? json.version : 'unknown';
    } catch {
      version = 'unknown';
    }
  }
  return version;
}

/** Writes `<out>/runs/<runId>.json` (through a temporary file, so a reader never sees half a log); returns its path. */
export function writeRunLog(outputFolder: string, log: RunLog): string {
  const folder = join(outputFolder, RUN_LOG_FOLDER);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${log.runId}.json`);
  const temporary = join(folder, `.${log.runId}.json.tmp`);
  writeFileSync(temporary, `${JSON.stringify(log, null, 2)}\n`);
  renameSync(temporary, path);
  return path;
}

/** What a run knows when it ends, for its log. */
export interface RunEnd {
  runId: string;
  pipeline: string | null;
  startedAt: string;
  durationMs: number;
  districts: string[];
  ethnicityCodeList: string;
  settings: { concurrency: number; workers: number; historyKeep: number };
  results: readonly DistrictResult[];
  failures: readonly { district: string; error: unknown }[];
  withoutInput: readonly string[];
  /** What the run threw, null when it returned. */
  thrown: unknown;
}

/**
 * The run log of a run that took the lock: stopped (RunAbortedError), failed (anything
 * else thrown, a district without input, or a batch kept because files it holds records
 * of could not be read), or completed.
 */
export function buildRunLog(end: RunEnd): RunLog {
  const stopped = end.thrown instanceof RunAbortedError;
  const keptBatches = end.results.flatMap((result) => result.keptBatches);
  const failed = end.thrown !== null || end.withoutInput.length > 0 || keptBatches.length > 0;
  const reasons = [
    ...(end.withoutInput.length > 0 ? [`districts without input: ${end.withoutInput.join(', ')}`] : []),
    ...(keptBatches.length > 0 ? [`batches kept, files they hold records of could not be read or are missing from the inputs: ${keptBatches.map(keptLine).join('; ')}`] : []),
  ];
  const reason = end.thrown !== null ? oneLine(end.thrown) : reasons.length > 0 ? reasons.join('; ') : undefined;
  const failedDistricts = end.failures.filter(({ error }) => !(error instanceof RunAbortedError)).map(({ district, error }) => ({ district, error: oneLine(error) }));
  return {
    runId: end.runId,
    hotichVersion: hotichVersion(),
    pipeline: end.pipeline,
    startedAt: end.startedAt,
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(end.durationMs),
    status: stopped ? 'stopped' : failed ? 'failed' : 'completed',
    exitCode: failed ? EXIT_FAILED : EXIT_OK,
    dryRun: false,
    districts: end.districts,
    districtsWithoutInput: [...end.withoutInput],
    keptBatches,
    ethnicityCodeList: end.ethnicityCodeList,
    batches: end.results.flatMap((result) =>
      result.manifests.map((manifest) => ({
        district: manifest.district,
        type: manifest.type,
        counts: manifest.counts,
        durationMs: result.durationMs,
        clusters: manifest.dedup.clusters,
        reviewPairs: manifest.dedup.reviewPairs,
        problemsByCode: manifest.problemsByCode,
      })),
    ),
    peakRssBytes: peakRssBytes(),
    fileProblems: end.results.flatMap((result) => result.problems.map(({ district, file, sheet, code }) => ({ district, file, sheet, code }))),
    ...(reason === undefined ? {} : { error: reason }),
    ...(failedDistricts.length > 0 ? { failedDistricts } : {}),
    ...end.settings,
  };
}

/** '249/birth (So KS Tam Hop 2015.xlsx: 31 records; KS_QuatLuu_2012.xlsx: 40 records, missing)'; every file named when none gave the batch records. */
function keptLine(kept: KeptBatch): string {
  const held = kept.files.filter(({ records }) => records > 0);
  const files = held.length > 0 ? held.map(({ file, code, records }) => `${file}: ${records} records${code === BATCH_KEPT_FILE_MISSING ? ', missing' : ''}`) : [`no file readable, ${kept.records} records kept`];
  return `${kept.district}/${kept.type} (${files.join(', ')})`;
}

/** An error's first line, short: parser and SQLite messages name structure, never cell contents. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? '';
}
