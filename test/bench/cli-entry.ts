/**
 * Which hotich the benchmark runs: the built CLI (dist/cli/main.js), rebuilt
 * first when any source file is newer than it, or — when the build fails
 * (someone's work in progress) or `src` is asked for — the sources under tsx.
 * Either way it is the code in the checkout now.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface CliEntry {
  /** Module whose main() the run wrapper calls. */
  module: string;
  /** Node options the wrapper needs (tsx for the sources). */
  nodeArgs: string[];
  kind: 'dist' | 'src';
  /** Why the sources were used instead of the build, if they were. */
  note?: string;
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function cliEntry(root: string, wanted: 'auto' | 'dist' | 'src', log: (line: string) => void): CliEntry {
  const source: CliEntry = { module: join(root, 'src/cli/main.ts'), nodeArgs: ['--import', 'tsx'], kind: 'src' };
  if (wanted === 'src') return source;
  const built = join(root, 'dist/cli/main.js');
  const stale = !existsSync(built) || newestMtime(join(root, 'src')) > statSync(built).mtimeMs;
  if (stale) {
    log('building dist/ (npm run build): the sources changed since the last build');
    const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
    // tsc exits 2 when it reported type errors but emitted every file: dist/ is then the code in the checkout.
    if (build.status === 2) log('  the build reported type errors (work in progress?) but emitted dist/');
    else if (build.status !== 0) {
      const reason = `the build failed (${(build.stdout || build.stderr).split('\n')[0]?.slice(0, 160) ?? 'no output'})`;
      if (wanted === 'dist') throw new Error(`bench: ${reason}`);
      log(`  ${reason}: running the sources under tsx instead`);
      return { ...source, note: reason };
    }
  }
  return { module: built, nodeArgs: [], kind: 'dist' };
}
