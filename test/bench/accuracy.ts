/**
 * npx tsx test/bench/accuracy.ts [--rows 5000]: how right hotich's fields are,
 * per kind of mess, measured against the truth of a generated province.
 *
 * Generates (or reuses) a synthetic province with the truth of every data row
 * (generator/truth.ts) under `<out>/data/`, runs `hotich run` from the sources
 * on its XLSX and CSV pipelines into `<out>/run-<format>/` (emptied first),
 * joins clean.jsonl, rejected.jsonl and duplicates.jsonl to the truth by
 * provenance and prints: row accounting, rejections, the share of exact
 * matches per field and per kind of mess with examples of mismatches,
 * duplicate precision / recall and twins merged. Exits 1 when a run failed or
 * the accounting does not close.
 *
 * Options: --rows N (5000), --seed S (1), --formats xlsx,csv, --out DIR
 * (out/accuracy), --examples K (3 per field), --run-args "…" (added to hotich run).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureAccuracy, type AccuracyReport } from './accuracy-measure.js';
import { readRunOutputs, readTruth } from './accuracy-outputs.js';
import { formatReport } from './accuracy-print.js';
import { BENCH_FORMATS, generateProvince, type BenchFormat, type DataSet } from './generator/generate-province.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface AccuracyRun {
  format: BenchFormat;
  exitCode: number | null;
  stderr: string;
  report: AccuracyReport;
}

/** `hotich run` (the sources under tsx) on one format's pipeline of the data set, then the measure. */
export function runAndMeasure(data: DataSet, format: BenchFormat, outFolder: string, runArgs: readonly string[] = []): AccuracyRun {
  if (data.truth === undefined) throw new Error('accuracy: the data set was generated without truth');
  rmSync(outFolder, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'run', data.pipelines[format], '--out', outFolder, '--quiet', ...runArgs],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return { format, exitCode: run.status, stderr: run.stderr, report: measureAccuracy(readTruth(data.truth), readRunOutputs(outFolder)) };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      formats: { type: 'string', default: BENCH_FORMATS.join(',') },
      out: { type: 'string', default: join(ROOT, 'out/accuracy') },
      examples: { type: 'string', default: '3' },
      'run-args': { type: 'string', default: '' },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`accuracy: --rows must be a positive whole number, got ${values.rows}`);
  const formats = values.formats.split(',').map((format) => format.trim()) as BenchFormat[];
  for (const format of formats) if (!BENCH_FORMATS.includes(format)) throw new Error(`accuracy: unknown format ${format}`);
  const data = await generateProvince(join(values.out, 'data'), rows, seed, (line) => process.stderr.write(`${line}\n`), { truth: true });
  process.stdout.write(`data set ${data.folder}${data.reused ? ' (reused)' : ''}\n`);
  let failed = false;
  for (const format of formats) {
    const started = performance.now();
    const run = runAndMeasure(data, format, join(values.out, `run-${format}`), values['run-args'].split(' ').filter(Boolean));
    process.stdout.write(`\nhotich run ${format}: exit ${run.exitCode} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (run.exitCode !== 0) process.stdout.write(`${run.stderr.trim().split('\n').slice(-5).join('\n')}\n`);
    process.stdout.write(`${formatReport(format, run.report, Number(values.examples)).join('\n')}\n`);
    const { accounting } = run.report;
    failed ||= run.exitCode !== 0 || accounting.missing.length > 0 || accounting.extra.length > 0;
  }
  return failed ? 1 : 0;
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
