import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root: the CLI runs from here as an operator would (`npx tsx src/cli/main.ts …`). */
export const ROOT = join(import.meta.dirname, '..', '..', '..');
const ENTRY = join(ROOT, 'src/cli/main.ts');
const ENV = { ...process.env, HOTICH_LOG_LEVEL: 'info' };

export interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs hotich to the end. */
export function hotich(...args: string[]): Finished {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, encoding: 'utf8', env: ENV });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A hotich process still running: its stderr so far, a way to wait for a log line, its end. */
export interface Running {
  child: ChildProcess;
  stderr(): string;
  /** Resolves with the first JSON log line whose msg matches; rejects if the process ends first. */
  logLine(msg: string | RegExp): Promise<Record<string, unknown>>;
  finished: Promise<Finished>;
}

export function startHotich(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, env: { ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of [...waiters]) waiter();
  });
  const finished = new Promise<Finished>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  const logLine = (msg: string | RegExp): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const line = jsonLines(stderr).find((entry) => (typeof msg === 'string' ? entry.msg === msg : msg.test(String(entry.msg))));
        if (!line) return false;
        waiters.splice(waiters.indexOf(look), 1);
        resolve(line);
        return true;
      };
      const look = (): void => void check();
      waiters.push(look);
      if (!check()) void finished.then(() => check() || reject(new Error(`hotich ended without logging '${String(msg)}':\n${stderr}`)));
    });
  return { child, stderr: () => stderr, logLine, finished };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * The batch in `<out>/<district>/<type>` is complete: its manifest lists every
 * output with the sha256 the file has. Returns the manifest's run id.
 */
export function completeBatchRunId(folder: string): string {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { runId: string; outputs: Record<string, string> };
  const names = Object.keys(manifest.outputs);
  if (names.length === 0) throw new Error(`${folder}: manifest lists no output`);
  for (const name of names) {
    if (sha256(join(folder, name)) !== manifest.outputs[name]) throw new Error(`${folder}/${name}: sha256 differs from the manifest`);
  }
  return manifest.runId;
}

/** Hidden entries (partial batches) of a district folder. */
export function hiddenEntries(districtFolder: string): string[] {
  return existsSync(districtFolder) ? readdirSync(districtFolder).filter((name) => name.startsWith('.')) : [];
}
