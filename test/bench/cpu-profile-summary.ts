/**
 * Summarizes V8 CPU profiles (`node --cpu-prof`, one .cpuprofile per thread)
 * by self time: the functions that took the most, and the time per area —
 * hotich's own stage folders (ingest, normalize, validate, dedup, emit, run …),
 * each dependency (exceljs, unzipper, sax, papaparse …), Node internals, GC.
 *
 *   npx tsx test/bench/cpu-profile-summary.ts <profile or folder>... [--top 30] [--by-thread]
 *
 * --by-thread adds each profile's busy time and its five largest areas (the
 * main thread and each worker thread write their own profile).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

interface SelfTime {
  key: string;
  area: string;
  micros: number;
}

/** The area a frame's code belongs to: a hotich folder, a package, Node, or V8's own pseudo-frames. */
function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const own = /\/(?:src|dist)\/([\w-]+)\//.exec(url);
  if (own && !url.includes('node_modules')) return `hotich ${own[1]}`;
  const packages = [...url.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)];
  if (packages.length > 0) return (packages.at(-1) as RegExpMatchArray)[1] as string;
  if (url.startsWith('node:')) return 'node internals';
  return url.includes('/test/') ? 'benchmark harness' : 'other';
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules|src|dist|test)\//, '$1/');
}

/** Self time by function across profiles, in microseconds. */
function selfTimes(profiles: readonly CpuProfile[]): { functions: SelfTime[]; areas: Map<string, number>; total: number; idle: number } {
  const byKey = new Map<string, SelfTime>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const micros = profile.timeDeltas[index] ?? 0;
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const area = areaOf(frame.url, frame.functionName);
      // Idle threads (workers waiting for work, the main thread waiting for I/O) are not work.
      if (area === '(idle)') {
        idle += micros;
        return;
      }
      const key = frame.url === '' ? frame.functionName : `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      const entry = byKey.get(key) ?? { key, area, micros: 0 };
      entry.micros += micros;
      byKey.set(key, entry);
      areas.set(area, (areas.get(area) ?? 0) + micros);
      total += micros;
    });
  }
  return { functions: [...byKey.values()].sort((a, b) => b.micros - a.micros), areas, total, idle };
}

function profilePaths(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) =>
    statSync(input).isDirectory()
      ? readdirSync(input).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(input, name))
      : [input],
  );
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, 'by-thread': { type: 'boolean', default: false } } });
  const paths = profilePaths(positionals);
  if (paths.length === 0) throw new Error('usage: cpu-profile-summary.ts <profile.cpuprofile | folder>... [--top N]');
  const profiles = paths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
  const { functions, areas, total, idle } = selfTimes(profiles);
  const top = Number(values.top);
  const seconds = (micros: number): string => (micros / 1e6).toFixed(2).padStart(8);
  const percent = (micros: number): string => `${((100 * micros) / total).toFixed(1)}%`.padStart(6);
  console.log(`${paths.length} profile(s) (one per thread): ${(total / 1e6).toFixed(2)} s busy, ${(idle / 1e6).toFixed(2)} s idle; percentages of busy time\n`);
  console.log('self time by area');
  const byArea = [...areas].sort((a, b) => b[1] - a[1]);
  for (const [area, micros] of byArea.slice(0, top)) console.log(`${seconds(micros)} s ${percent(micros)}  ${area}`);
  const rest = byArea.slice(top).reduce((sum, [, micros]) => sum + micros, 0);
  if (rest > 0) console.log(`${seconds(rest)} s ${percent(rest)}  ${byArea.length - top} other areas`);
  if (values['by-thread']) {
    console.log('\nby thread (profile file: busy s, idle s, largest areas)');
    profiles.forEach((profile, index) => {
      const one = selfTimes([profile]);
      const largest = [...one.areas].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([area, micros]) => `${area} ${(micros / 1e6).toFixed(1)}`);
      console.log(`  ${(paths[index] as string).split('/').pop()}: ${(one.total / 1e6).toFixed(1)} busy, ${(one.idle / 1e6).toFixed(1)} idle; ${largest.join(', ')}`);
    });
  }
  console.log(`\ntop ${top} functions by self time`);
  for (const entry of functions.slice(0, top)) console.log(`${seconds(entry.micros)} s ${percent(entry.micros)}  ${entry.area.padEnd(18)} ${entry.key}`);
}

main();
