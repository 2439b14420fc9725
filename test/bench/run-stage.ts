/**
 * Runs benchmark stages in their own processes (so each one's peak RSS is its
 * own and nothing stays warm between them), `runs` times each, and keeps the
 * median wall and CPU seconds and the largest peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliEntry } from './cli-entry.js';
import { RESULT_MARK, type StageOutput } from './stages/stage-io.js';

export type StageResult = StageOutput & { runs: number; runSeconds: number[] };

const STAGE_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'stages');

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function combine(results: readonly StageOutput[]): StageResult {
  const first = results[0] as StageOutput;
  return {
    ...first,
    seconds: median(results.map((result) => result.seconds)),
    cpuSeconds: median(results.map((result) => result.cpuSeconds)),
    peakRssBytes: Math.max(...results.map((result) => result.peakRssBytes)),
    runs: results.length,
    runSeconds: results.map((result) => Math.round(result.seconds * 1000) / 1000),
  };
}

function failure(stage: string, output: { status: number | null; stderr: string; signal: NodeJS.Signals | null }): Error {
  const tail = output.stderr.trim().split('\n').slice(-6).join('\n');
  return new Error(`stage ${stage} failed (${output.signal ?? `exit ${output.status}`}):\n${tail}`);
}

/** One stage script of stages/ with its JSON argument. */
export function runStage(stage: string, args: object, runs: number, nodeOptions: string[] = []): StageResult {
  const results: StageOutput[] = [];
  for (let run = 0; run < runs; run++) {
    const output = spawnSync(process.execPath, [...nodeOptions, '--import', 'tsx', join(STAGE_FOLDER, `${stage}.ts`), JSON.stringify(args)], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const line = output.stdout?.split('\n').find((text) => text.startsWith(RESULT_MARK));
    if (output.status !== 0 || !line) throw failure(stage, output);
    results.push(JSON.parse(line.slice(RESULT_MARK.length)) as StageOutput);
  }
  return combine(results);
}

/** What a whole run left behind that the benchmark reports: the run log's peak RSS, batch counts, dedup counts. */
export interface RunArtifacts {
  runLogPeakRssBytes: number | null;
  batches: { district: string; type: string; counts: Record<string, unknown>; dedup: Record<string, unknown> }[];
}

function readArtifacts(outFolder: string): RunArtifacts {
  const runsFolder = join(outFolder, 'runs');
  const logs = existsSync(runsFolder) ? readdirSync(runsFolder).filter((name) => name.endsWith('.json')) : [];
  const log = logs.length > 0 ? (JSON.parse(readFileSync(join(runsFolder, logs.sort().at(-1) as string), 'utf8')) as { peakRssBytes?: number }) : null;
  const batches: RunArtifacts['batches'] = [];
  for (const district of readdirSync(outFolder, { withFileTypes: true })) {
    if (!district.isDirectory() || !/^\d{3}$/.test(district.name)) continue;
    for (const type of readdirSync(join(outFolder, district.name))) {
      const manifest = join(outFolder, district.name, type, 'manifest.json');
      if (!existsSync(manifest)) continue;
      const { counts, dedup } = JSON.parse(readFileSync(manifest, 'utf8')) as { counts: Record<string, unknown>; dedup: Record<string, unknown> };
      batches.push({ district: district.name, type, counts, dedup });
    }
  }
  return { runLogPeakRssBytes: typeof log?.peakRssBytes === 'number' ? log.peakRssBytes : null, batches };
}

/**
 * The whole `hotich run <pipeline> --out <outFolder>` (plus `runArgs`), each
 * time into an emptied output folder (no registry from an earlier run); its
 * log lines go to `<outFolder>.log`.
 */
export function runHotich(entry: CliEntry, pipeline: string, outFolder: string, runArgs: readonly string[], runs: number): StageResult & RunArtifacts {
  const results: StageOutput[] = [];
  let artifacts: RunArtifacts = { runLogPeakRssBytes: null, batches: [] };
  for (let run = 0; run < runs; run++) {
    rmSync(outFolder, { recursive: true, force: true });
    mkdirSync(outFolder, { recursive: true });
    const resultFile = join(outFolder, '.bench-result.json');
    const output = spawnSync(
      process.execPath,
      [...entry.nodeArgs, join(STAGE_FOLDER, 'run-hotich.mjs'), entry.module, 'run', pipeline, '--out', outFolder, ...runArgs],
      { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, BENCH_RESULT_FILE: resultFile } },
    );
    writeFileSync(`${outFolder}.log`, output.stderr ?? '');
    if (output.status !== 0 || !existsSync(resultFile)) throw failure(`run (${pipeline})`, output);
    results.push(JSON.parse(readFileSync(resultFile, 'utf8')) as StageOutput);
    rmSync(resultFile);
    artifacts = readArtifacts(outFolder);
  }
  return { ...combine(results), ...artifacts };
}
