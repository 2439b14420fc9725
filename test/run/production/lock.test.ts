import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/config-error.js';
import { LOCK_FILE, OutputLockedError, lockOutput, processIdentity } from '../../../src/run/output-lock.js';

const freshOut = (): string => mkdtempSync(join(tmpdir(), 'hotich-lock-'));
/** A pid no process has (Linux pids stay below 2^22). */
const DEAD_PID = 2 ** 22 + 4321;
const lockPath = (out: string): string => join(out, LOCK_FILE);
const holderOf = (out: string): Record<string, unknown> => JSON.parse(readFileSync(lockPath(out), 'utf8')) as Record<string, unknown>;

describe('the output lock', () => {
  it('names its holder — pid, host, run id, start time — and is gone once released', () => {
    const out = freshOut();
    const release = lockOutput(out, 'run-a');
    expect(holderOf(out)).toMatchObject({ pid: process.pid, host: hostname(), runId: 'run-a' });
    expect(Date.parse(String(holderOf(out).startedAt))).toBeGreaterThan(Date.now() - 60_000);
    release();
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('is a configuration error (exit 2, one line) when the output folder cannot be made: a file in its path', () => {
    const file = join(freshOut(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => lockOutput(join(file, 'out'), 'run-a')).toThrow(new ConfigError(`output folder ${join(file, 'out')}: cannot be created or written (ENOTDIR)`));
  });

  it('refuses a second holder while the first is alive, naming the first in the message', () => {
    const out = freshOut();
    const release = lockOutput(out, 'run-a');
    try {
      let error: unknown;
      try {
        lockOutput(out, 'run-b');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(OutputLockedError);
      const message = (error as Error).message;
      expect(message).toContain(`pid ${process.pid}`);
      expect(message).toContain(hostname());
      expect(message).toContain('run-a');
      expect(message).toContain(String(holderOf(out).startedAt));
      expect(holderOf(out).runId).toBe('run-a');
    } finally {
      release();
    }
  });

  it('takes over a lock whose process is gone', () => {
    const out = freshOut();
    writeFileSync(lockPath(out), JSON.stringify({ pid: DEAD_PID, host: hostname(), runId: 'crashed', startedAt: new Date().toISOString() }));
    const release = lockOutput(out, 'run-b');
    expect(holderOf(out)).toMatchObject({ pid: process.pid, runId: 'run-b' });
    release();
  });

  // Linux only (boot id and process start tick from /proc): elsewhere the pid alone decides.
  it.skipIf(process.platform !== 'linux')('takes over a lock taken before the machine last rebooted, or whose pid is now another process\'s', () => {
    const out = freshOut();
    const self = processIdentity(process.pid);
    // pid 1 is alive (init), but not the process that took these locks.
    writeFileSync(lockPath(out), JSON.stringify({ pid: 1, host: hostname(), runId: 'before-reboot', startedAt: '2026-01-01T00:00:00.000Z', bootId: 'a-boot-before-this-one' }));
    let release = lockOutput(out, 'run-b');
    expect(holderOf(out).runId).toBe('run-b');
    release();
    writeFileSync(lockPath(out), JSON.stringify({ pid: 1, host: hostname(), runId: 'pid-reused', startedAt: new Date().toISOString(), bootId: self.bootId, processStart: '1' }));
    release = lockOutput(out, 'run-c');
    expect(holderOf(out).runId).toBe('run-c');
    // The lock names this process as it is: a second lock is refused.
    expect(holderOf(out)).toMatchObject({ pid: process.pid, bootId: self.bootId, processStart: self.processStart });
    expect(() => lockOutput(out, 'run-d')).toThrow(OutputLockedError);
    release();
  });

  it('waits out an unreadable lock file for a few seconds (its creator may be writing it), then takes it over', () => {
    const out = freshOut();
    writeFileSync(lockPath(out), '');
    expect(() => lockOutput(out, 'run-b')).toThrow(/being locked by another hotich run/);
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lockPath(out), old, old);
    const release = lockOutput(out, 'run-b');
    expect(holderOf(out).runId).toBe('run-b');
    release();
  });

  it('never takes over a lock from another host, and says how to remove it', () => {
    const out = freshOut();
    writeFileSync(lockPath(out), JSON.stringify({ pid: DEAD_PID, host: 'may-chu-so-tu-phap', runId: 'elsewhere', startedAt: '2026-01-01T01:00:00.000Z' }));
    expect(() => lockOutput(out, 'run-b')).toThrow(OutputLockedError);
    expect(() => lockOutput(out, 'run-b')).toThrow(`if no hotich runs on may-chu-so-tu-phap, delete ${lockPath(out)}`);
    expect(holderOf(out).runId).toBe('elsewhere');
  });

  it('does not remove a lock that is no longer its own when released', () => {
    const out = freshOut();
    const release = lockOutput(out, 'run-a');
    writeFileSync(lockPath(out), JSON.stringify({ pid: process.pid, host: hostname(), runId: 'someone-else', startedAt: new Date().toISOString() }));
    release();
    expect(holderOf(out).runId).toBe('someone-else');
  });
});

// Several processes find the same stale lock at once: exactly one may end up holding the folder.
const CONTENDER = `
import { lockOutput } from ${JSON.stringify(join(import.meta.dirname, '../../../src/run/output-lock.ts'))};
const [out, runId, startAt] = process.argv.slice(2);
const wait = Number(startAt) - Date.now() - 30;
if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
while (Date.now() < Number(startAt)) {}
try {
  lockOutput(out, runId);
  process.stdout.write('held');
  setTimeout(() => process.exit(0), 1500);
} catch (error) {
  process.stdout.write(error.name);
}
`;

describe('taking over a stale lock from several processes at once', () => {
  it('lets exactly one of them hold the folder', async () => {
    const out = freshOut();
    const script = join(out, 'contender.ts');
    writeFileSync(script, CONTENDER);
    for (let round = 0; round < 2; round++) {
      writeFileSync(lockPath(out), JSON.stringify({ pid: DEAD_PID, host: hostname(), runId: 'crashed', startedAt: new Date().toISOString() }));
      const startAt = String(Date.now() + 2500);
      const outcomes = await Promise.all(
        [0, 1, 2, 3].map(
          (index) =>
            new Promise<string>((resolve) => {
              const child = spawn(process.execPath, ['--import', 'tsx', script, out, `contender-${round}-${index}`, startAt], { stdio: ['ignore', 'pipe', 'inherit'] });
              let output = '';
              child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
              child.on('close', () => resolve(output));
            }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome === 'held'), outcomes.join(', ')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === 'OutputLockedError')).toHaveLength(3);
      expect(existsSync(lockPath(out))).toBe(false);
    }
  });
});
