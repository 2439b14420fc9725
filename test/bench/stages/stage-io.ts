/**
 * What every stage process shares: its arguments (one JSON argument), the
 * files of a data set, and how it reports — wall and CPU seconds of the work
 * alone (module loading excluded), the process's peak RSS, and the stage's
 * own figures, as one JSON line on stdout that the benchmark parses.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface StageMeasure {
  seconds: number;
  cpuSeconds: number;
  /** process.resourceUsage().maxRSS, bytes: every thread of the process. */
  peakRssBytes: number;
}

export type StageOutput = StageMeasure & Record<string, unknown>;

/** The line prefix that marks a stage's result on stdout (libraries may print too). */
export const RESULT_MARK = '@@bench-result ';

/** Files of the data set's format folder, sorted, as the pipeline reads them (district folders). */
export interface DataFile {
  path: string;
  /** Provenance name: relative to the format folder ('249/khai-sinh-08935-huong-canh.xlsx'). */
  name: string;
  districtCode: string;
}

export function listDataFiles(formatFolder: string, extension: string): DataFile[] {
  const files: DataFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(`.${extension}`)) files.push({ path, name: relative(formatFolder, path), districtCode: basename(dirname(path)) });
    }
  };
  walk(formatFolder);
  return files;
}

export function stageArguments<T>(): T {
  const text = process.argv[2];
  if (!text) throw new Error('stage: expected one JSON argument');
  return JSON.parse(text) as T;
}

/**
 * Runs `work` and prints its figures with the time and memory it took.
 * `excludedSeconds` of its result (time spent writing benchmark by-products)
 * is taken off the wall time.
 */
export async function reportStage(work: () => Promise<Record<string, unknown> & { excludedSeconds?: number }>): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const figures = await work();
  const seconds = (performance.now() - started) / 1000 - (figures.excludedSeconds ?? 0);
  const cpu = process.cpuUsage(cpuBefore);
  const output: StageOutput = {
    ...figures,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(output)}\n`);
}
