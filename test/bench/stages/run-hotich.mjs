// The whole `hotich run`, for the benchmark: imports the CLI module given as
// the first argument (dist/cli/main.js, or src/cli/main.ts under tsx), calls
// its main() with the remaining arguments — the command line a user types —
// and writes wall and CPU seconds (all threads, workers included) and peak
// RSS to the file named by BENCH_RESULT_FILE. Plain JavaScript so that the
// built CLI runs under plain node, as installed.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...argv] = process.argv.slice(2);
const resultFile = process.env.BENCH_RESULT_FILE;
if (!entry || !resultFile) throw new Error('usage: BENCH_RESULT_FILE=… node run-hotich.mjs <cli module> run …');

const cli = await import(pathToFileURL(resolve(entry)).href);
if (typeof cli.main !== 'function') throw new Error(`${entry} exports no main()`);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const exitCode = await cli.main(argv);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
writeFileSync(resultFile, JSON.stringify({ exitCode, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
process.exitCode = typeof exitCode === 'number' ? exitCode : 1;
