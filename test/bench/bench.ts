/**
 * npm run bench [-- --rows 100000]: records/s, time per stage and peak memory of
 * a run on generated birth registers (XLSX and CSV). Each stage runs in its own
 * process so peak RSS is that stage's own:
 *   read       readers only (every row of every sheet),
 *   normalize  read + header detection + normalization + validation, no output,
 *   run        the whole job with batch files written.
 * Stage cost = difference between consecutive stages. A second, smaller size
 * shows whether memory grows with input size. `--runs N` runs every stage N
 * times and reports the median (the machine may be shared); CPU seconds (all
 * threads of the stage's process) are shown too, being less sensitive to load.
 * `--stages read,normalize` leaves out the others.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { openSheets } from '../../src/ingest/open-sheets.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { runJob } from '../../src/run/run-job.js';
import { writeCsvRegister, writeXlsxRegister } from './generate-register.js';

const STAGES = ['read', 'normalize', 'run'] as const;
type Stage = (typeof STAGES)[number];

interface StageResult {
  seconds: number;
  cpuSeconds: number;
  rows: number;
  peakMiB: number;
  /** Run stage: dedup candidate pairs (total and per blocking rule), clusters, records merged away. */
  dedup?: { records: number; candidatePairs: number; byRule: Record<string, number>; clusters: number; mergedAway: number };
}

async function runStage(stage: Stage, file: string): Promise<StageResult> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  let rows = 0;
  let dedup: StageResult['dedup'];
  if (stage === 'read') {
    for await (const sheet of openSheets(file)) for await (const _row of sheet.rows) rows++;
  } else if (stage === 'normalize') {
    const options = { provinceCode: '26', districtCode: '249', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes: [new AliasIndex(RECORD_TYPES.birth)] };
    for await (const event of readRegister(file, options)) if (event.kind === 'row') rows++;
  } else {
    const out = mkdtempSync(join(tmpdir(), 'hotich-bench-out-'));
    const job = { pipeline: null, provinceCode: '26', types: ['birth'] as const, outputFolder: out, options: DEFAULT_NORMALIZE_OPTIONS, headerAliases: {}, districts: [{ code: '249', files: [{ path: file, name: 'register' }] }] };
    const result = await runJob(job, pino({ level: 'silent' }));
    const manifest = result.districts[0]?.manifests[0];
    rows = manifest?.counts.rowsRead ?? 0;
    if (manifest) {
      const pairs = manifest.dedup.candidatePairs as { total: number; byRule: { rule: string; pairs: number }[] };
      dedup = {
        records: manifest.counts.clean + manifest.counts.mergedAway,
        candidatePairs: pairs.total,
        byRule: Object.fromEntries(pairs.byRule.map(({ rule, pairs: count }) => [rule, count])),
        clusters: manifest.dedup.clusters,
        mergedAway: manifest.counts.mergedAway,
      };
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, rows, peakMiB: process.resourceUsage().maxRSS / 1024, ...(dedup ? { dedup } : {}) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The stage's median over `runs` processes; the reason instead when a run fails (the others still run). */
function measure(stage: Stage, file: string, runs: number): StageResult | string {
  const results: StageResult[] = [];
  for (let run = 0; run < runs; run++) {
    try {
      const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--stage', stage, '--file', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      results.push(JSON.parse(output) as StageResult);
    } catch (error) {
      const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : String(error);
      return stderr.split('\n').find((line) => /error/i.test(line))?.trim() ?? 'failed';
    }
  }
  return {
    seconds: median(results.map((result) => result.seconds)),
    cpuSeconds: median(results.map((result) => result.cpuSeconds)),
    rows: results[0]?.rows ?? 0,
    peakMiB: Math.max(...results.map((result) => result.peakMiB)),
    ...(results[0]?.dedup ? { dedup: results[0].dedup } : {}),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '1' },
      stages: { type: 'string', default: 'read,normalize,run' },
      stage: { type: 'string' },
      file: { type: 'string' },
    },
  });
  if (values.stage && values.file) {
    process.stdout.write(JSON.stringify(await runStage(values.stage as Stage, values.file)));
    return;
  }
  const large = Number(values.rows);
  const runs = Math.max(1, Number(values.runs));
  const folder = join(tmpdir(), 'hotich-bench');
  mkdirSync(folder, { recursive: true });
  console.log(`hotich benchmark: birth registers, Node ${process.version}${runs > 1 ? `, median of ${runs} runs` : ''}`);
  console.log('input              rows    stage       seconds   stage cost  records/s   peak RSS MiB   CPU s   CPU cost');
  for (const [format, rows] of [['xlsx', Math.round(large / 5)], ['xlsx', large], ['csv', large]] as const) {
    const file = join(folder, `synthetic-births-${rows}.${format}`);
    if (!existsSync(file)) {
      if (format === 'xlsx') await writeXlsxRegister(file, rows);
      else writeCsvRegister(file, rows);
    }
    let previous = 0;
    let previousCpu = 0;
    const costs = new Map<Stage, { seconds: number; cpuSeconds: number }>();
    let dedupLine: StageResult['dedup'];
    for (const stage of STAGES.filter((name) => values.stages.split(',').includes(name))) {
      const result = measure(stage, file, runs);
      if (typeof result === 'string') {
        console.log(`${format.padEnd(6)} ${String(rows).padStart(12)}  ${stage.padEnd(10)} failed: ${result}`);
        break;
      }
      const cost = result.seconds - previous;
      const cpuCost = result.cpuSeconds - previousCpu;
      previous = result.seconds;
      previousCpu = result.cpuSeconds;
      costs.set(stage, { seconds: cost, cpuSeconds: cpuCost });
      if (result.dedup) dedupLine = result.dedup;
      console.log(
        `${format.padEnd(6)} ${String(rows).padStart(12)}  ${stage.padEnd(10)} ${result.seconds.toFixed(2).padStart(8)} ${cost.toFixed(2).padStart(11)} ${Math.round(result.rows / result.seconds).toString().padStart(10)} ${result.peakMiB.toFixed(0).padStart(13)} ${result.cpuSeconds.toFixed(2).padStart(7)} ${cpuCost.toFixed(2).padStart(10)}`,
      );
    }
    // The issue's measure: what normalizing costs relative to reading the same file.
    const read = costs.get('read');
    const normalize = costs.get('normalize');
    if (read && normalize) {
      const percent = (part: number, whole: number): string => `${Math.round((100 * part) / whole)}%`;
      console.log(`${' '.repeat(21)}normalize cost / read: ${percent(normalize.seconds, read.seconds)} (CPU ${percent(normalize.cpuSeconds, read.cpuSeconds)})`);
    }
    // Issue #5: candidate pairs far below n² (all pairs).
    if (dedupLine) {
      const allPairs = (dedupLine.records * (dedupLine.records - 1)) / 2;
      const rules = Object.entries(dedupLine.byRule).map(([rule, count]) => `${rule} ${count}`).join(', ');
      console.log(
        `${' '.repeat(21)}dedup: ${dedupLine.candidatePairs} candidate pairs for ${dedupLine.records} records (${(dedupLine.candidatePairs / dedupLine.records).toFixed(1)} per record, all pairs ${allPairs.toExponential(1)}; ${rules}), ${dedupLine.clusters} clusters, ${dedupLine.mergedAway} merged away`,
      );
    }
  }
}

await main();
