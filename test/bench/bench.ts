/**
 * npm run bench [-- --rows N]: hotich at province scale (issue #7).
 *
 * Generates (or reuses) a synthetic messy province of N register entries
 * (generator/), then times, each in its own process: the bare exceljs and
 * papaparse streaming reads of the same files (the floor), hotich's read
 * (openSheets), read + the least cleaning any normalizer does (the floor of
 * issue #3), read + normalize + validate (readRegister), deduplication
 * (deduplicate() over the DedupRecords, province-wide per type) beside the
 * same blocking and scoring in DuckDB, and the whole `hotich run` of a
 * pipeline file per format. Prints a table with the targets and
 * writes every figure to out/bench/<YYYY-MM-DD>.json. See docs/performance.md.
 *
 * Options: --rows N (100000), --runs K (1; medians), --formats xlsx,csv,
 * --stages bare,read,floor,normalize,dedup,duckdb,run, --skip-generate (reuse the
 * cached data set, fail if absent), --seed S (1), --entry auto|dist|src,
 * --duckdb-threads T (cores), --run-args "--workers 0" (added to hotich run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printReport } from './bench-report.js';
import { targetChecks, type BenchResults, type FormatResults } from './bench-results.js';
import { cliEntry } from './cli-entry.js';
import { BENCH_FORMATS, dataSetFolder, generateProvince, type BenchFormat } from './generator/generate-province.js';
import { runHotich, runStage } from './run-stage.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const STAGES = ['bare', 'read', 'floor', 'normalize', 'dedup', 'duckdb', 'run'] as const;
type Stage = (typeof STAGES)[number];
const BARE_STAGE: Record<BenchFormat, string> = { xlsx: 'bare-exceljs', csv: 'bare-papaparse' };
/** The dedup stage holds a province's DedupRecords at once. */
const DEDUP_NODE_OPTIONS = ['--max-old-space-size=8192'];

function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

function listOption<T extends string>(text: string, allowed: readonly T[], name: string): T[] {
  const items = text.split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (unknown.length > 0) throw new Error(`bench: unknown ${name} ${unknown.join(', ')} (expected ${allowed.join(', ')})`);
  return items as T[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      formats: { type: 'string', default: BENCH_FORMATS.join(',') },
      stages: { type: 'string', default: STAGES.join(',') },
      'skip-generate': { type: 'boolean', default: false },
      entry: { type: 'string', default: 'auto' },
      'duckdb-threads': { type: 'string', default: String(availableParallelism()) },
      'run-args': { type: 'string', default: '' },
    },
  });
  const startedAt = new Date().toISOString();
  const rows = Number(values.rows);
  const runs = Math.max(1, Number(values.runs));
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`bench: --rows must be a positive whole number, got ${values.rows}`);
  const formats = listOption(values.formats, BENCH_FORMATS, 'format');
  const stages = listOption(values.stages, STAGES, 'stage');
  const wants = (stage: Stage): boolean => stages.includes(stage);
  const entryKind = values.entry as 'auto' | 'dist' | 'src';
  if (!['auto', 'dist', 'src'].includes(entryKind)) throw new Error('bench: --entry is auto, dist or src');
  const duckdbThreads = Number(values['duckdb-threads']);
  const runArgs = values['run-args'].split(' ').filter(Boolean);
  const benchFolder = join(ROOT, 'out/bench');
  const log = (line: string): void => console.error(line);

  const dataRoot = join(benchFolder, 'data');
  if (values['skip-generate'] && !existsSync(join(dataSetFolder(dataRoot, rows, seed), 'generation.json'))) {
    throw new Error(`bench: --skip-generate, but no data set for ${rows} rows (seed ${seed}) under ${dataRoot}`);
  }
  log(`data set: ${rows} rows, seed ${seed}`);
  const data = await generateProvince(dataRoot, rows, seed, log);
  const generatorRss = Math.round(process.resourceUsage().maxRSS / 1024);
  log(data.reused ? `  reused ${data.folder}` : `  generated ${data.folder} in ${data.report.seconds} s (benchmark process peak RSS ${generatorRss} MiB)`);
  const entry = wants('run') ? cliEntry(ROOT, entryKind, log) : null;
  const dumpFolder = join(benchFolder, 'dedup-records', basename(data.folder));

  const results: Omit<BenchResults, 'targets'> = {
    date: startedAt.slice(0, 10),
    startedAt,
    machine: {
      cores: availableParallelism(),
      cpuModel: cpus()[0]?.model ?? 'unknown',
      totalMemoryBytes: totalmem(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      // A shared machine's load skews wall times: recorded so figures can be judged.
      loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
      ...gitState(),
    },
    options: { rows, runs, seed, formats, stages, duckdbThreads, runArgs },
    cli: entry ? { kind: entry.kind, ...(entry.note ? { note: entry.note } : {}) } : null,
    generation: { ...data.report, reused: data.reused, folder: data.folder },
    formats: {},
  };
  let dumped = false;
  for (const format of formats) {
    const folder = join(data.folder, format);
    const formatResults: FormatResults = {};
    results.formats[format] = formatResults;
    if (wants('bare')) {
      log(`${format}: bare read`);
      formatResults.bare = runStage(BARE_STAGE[format], { folder }, runs);
    }
    if (wants('read')) {
      log(`${format}: hotich read`);
      formatResults.read = runStage('read-sheets', { folder, format }, runs);
    }
    if (wants('floor')) {
      log(`${format}: hotich read + least cleaning`);
      formatResults.floor = runStage('read-least-cleaning', { folder, format }, runs);
    }
    if (wants('normalize')) {
      log(`${format}: hotich read + normalize + validate`);
      formatResults.normalize = runStage('read-register', { folder, format }, runs);
    }
    if ((wants('dedup') || wants('duckdb')) && !dumped) {
      // A pass of its own: building and writing DedupRecords leaves garbage that would weigh on the timed stage.
      log(`${format}: DedupRecords for the dedup stages`);
      runStage('read-register', { folder, format, dumpFolder }, 1);
      dumped = true;
    }
    if (entry) {
      log(`${format}: hotich run (${entry.kind})`);
      formatResults.run = runHotich(entry, data.pipelines[format], join(benchFolder, `run-${format}`), runArgs, runs);
    }
  }
  if (wants('dedup')) {
    log('dedup: deduplicate() per type');
    results.dedup = runStage('dedup', { dumpFolder }, runs, DEDUP_NODE_OPTIONS) as NonNullable<BenchResults['dedup']>;
  }
  if (wants('duckdb')) {
    log(`dedup: DuckDB baseline (${duckdbThreads} threads)`);
    results.duckdb = runStage('duckdb', { dumpFolder, threads: duckdbThreads }, runs) as NonNullable<BenchResults['duckdb']>;
  }
  const complete: BenchResults = { ...results, targets: targetChecks(results) };
  printReport(complete, (line) => console.log(line));
  mkdirSync(benchFolder, { recursive: true });
  const resultPath = join(benchFolder, `${complete.date}.json`);
  // The day's file holds the latest run; an earlier one of the same day is kept beside it under its start time.
  if (existsSync(resultPath)) {
    const earlier = JSON.parse(readFileSync(resultPath, 'utf8')) as { startedAt?: string };
    renameSync(resultPath, join(benchFolder, `${complete.date}-${(earlier.startedAt ?? new Date().toISOString()).slice(11, 19).replace(/:/g, '')}.json`));
  }
  writeFileSync(resultPath, `${JSON.stringify(complete, null, 2)}\n`);
  console.log(`\nfigures written to ${resultPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
