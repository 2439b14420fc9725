import { ConfigError } from '../config/config-error.js';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Another run holds the output folder (or its lock cannot be judged): the CLI exits 2 without touching any batch. */
export class OutputLockedError extends Error {
  constructor(
    message: string,
    readonly holder: LockHolder | null,
  ) {
    super(message);
    this.name = 'OutputLockedError';
  }
}

/** What `<out>/.hotich.lock` holds. */
export interface LockHolder {
  pid: number;
  host: string;
  runId: string;
  startedAt: string;
  /** Linux: the kernel's boot id when the lock was taken; another one now means the machine rebooted since. */
  bootId?: string;
  /** Linux: the holder's start time in clock ticks since boot (/proc/<pid>/stat); another one now means the pid was reused. */
  processStart?: string;
}

export const LOCK_FILE = '.hotich.lock';
/** A lock file that cannot be parsed is being written by its creator for this long at most; after that it is debris. */
export const UNREADABLE_LOCK_STALE_MS = 5_000;
/** The takeover guard is held for a few file operations; one this old was left by a process killed in between. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * One run per output folder. The lock file is created exclusively (O_EXCL)
 * and names its holder (pid, host, run id, start time; on Linux also the boot
 * id and the process's start tick). A live holder makes this throw
 * OutputLockedError at once. A stale one — same host and its pid gone, taken
 * before the last reboot, or its pid now another process's; or a file nobody
 * could parse for a few seconds — is taken over under a second exclusive
 * file (`.hotich.lock.takeover`): only its holder may move a lock aside, and
 * it judges the lock again first, so two runs finding the same stale lock
 * never both end up holding one.
 * A lock from another host is never taken over (its pid means nothing here).
 * Returns the release function (also called on process exit).
 */
export function lockOutput(outputFolder: string, runId: string, now: () => number = Date.now): () => void {
  const path = join(outputFolder, LOCK_FILE);
  const self: LockHolder = { pid: process.pid, host: hostname(), runId, startedAt: new Date(now()).toISOString(), ...processIdentity(process.pid) };
  if (!createInOutputFolder(outputFolder, path, self)) {
    const judged = judge(path, now);
    if (judged.kind === 'gone') {
      if (!tryCreate(path, self)) throw lockedError(outputFolder, path, judge(path, now));
    } else if (judged.kind === 'stale') {
      takeOver(outputFolder, path, self, now);
    } else {
      throw lockedError(outputFolder, path, judged);
    }
  }
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    // Never remove a lock that is no longer ours (it could only happen after a wrong takeover, but then leave it).
    const holder = readHolder(path);
    if (holder === null || (holder.runId === self.runId && holder.pid === self.pid)) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return release;
}

type Judgement =
  | { kind: 'gone' }
  | { kind: 'live'; holder: LockHolder }
  | { kind: 'foreign'; holder: LockHolder }
  | { kind: 'being-written' }
  | { kind: 'stale'; holder: LockHolder | null };

function judge(path: string, now: () => number): Judgement {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { kind: 'gone' };
  }
  const holder = readHolder(path);
  if (holder === null) {
    return now() - stat.mtimeMs > UNREADABLE_LOCK_STALE_MS ? { kind: 'stale', holder: null } : { kind: 'being-written' };
  }
  if (holder.host !== hostname()) return { kind: 'foreign', holder };
  // After a reboot (a power cut) the lock's pid may belong to any process now: the boot id tells.
  const current = processIdentity(holder.pid);
  const rebooted = holder.bootId !== undefined && current.bootId !== undefined && holder.bootId !== current.bootId;
  const reused = holder.processStart !== undefined && current.processStart !== undefined && holder.processStart !== current.processStart;
  if (rebooted || reused || !isAlive(holder.pid)) return { kind: 'stale', holder };
  return { kind: 'live', holder };
}

/** Replaces a stale lock by ours, under the takeover guard; throws OutputLockedError if someone else got there first. */
function takeOver(outputFolder: string, path: string, self: LockHolder, now: () => number): void {
  const guard = `${path}.takeover`;
  if (!acquireGuard(guard, self, now)) throw new OutputLockedError(`output folder ${outputFolder} is being taken over by another hotich run (${guard}); try again`, null);
  try {
    // Judged again under the guard: between our first look and now another run may have taken the lock over.
    const judged = judge(path, now);
    if (judged.kind === 'stale') {
      const aside = `${path}.stale-${self.runId}`;
      renameSync(path, aside);
      rmSync(aside, { force: true });
    } else if (judged.kind !== 'gone') {
      throw lockedError(outputFolder, path, judged);
    }
    // A run that found no lock at all may have created one in between: then it holds the folder, not us.
    if (!tryCreate(path, self)) throw lockedError(outputFolder, path, judge(path, now));
  } finally {
    rmSync(guard, { force: true });
  }
}

function acquireGuard(guard: string, self: LockHolder, now: () => number): boolean {
  if (tryCreate(guard, self)) return true;
  try {
    if (now() - statSync(guard).mtimeMs <= TAKEOVER_STALE_MS) return false;
    rmSync(guard, { force: true });
  } catch {
    // gone meanwhile
  }
  return tryCreate(guard, self);
}

/** File-system errors that say the output folder cannot be made or written: the operator's to fix, not a crash. */
const UNUSABLE_FOLDER = new Set(['EACCES', 'EPERM', 'ENOTDIR', 'EROFS', 'EEXIST', 'ENOSPC']);

/**
 * Makes the output folder and creates the lock in it (tryCreate). A folder that cannot be made or
 * written (no permission, a file in its path, a read-only disk) is a ConfigError: exit 2 with one line.
 */
function createInOutputFolder(outputFolder: string, path: string, holder: LockHolder): boolean {
  try {
    mkdirSync(outputFolder, { recursive: true });
    return tryCreate(path, holder);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (UNUSABLE_FOLDER.has(code)) throw new ConfigError(`output folder ${outputFolder}: cannot be created or written (${code})`);
    throw error;
  }
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

export function readHolder(path: string): LockHolder | null {
  try {
    const content: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof content !== 'object' || content === null) return null;
    const { pid, host, runId, startedAt, bootId, processStart } = content as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    return {
      pid,
      host: typeof host === 'string' ? host : hostname(),
      runId: typeof runId === 'string' ? runId : '?',
      startedAt: typeof startedAt === 'string' ? startedAt : '?',
      ...(typeof bootId === 'string' ? { bootId } : {}),
      ...(typeof processStart === 'string' ? { processStart } : {}),
    };
  } catch {
    return null;
  }
}

function lockedError(outputFolder: string, path: string, judged: Judgement): OutputLockedError {
  if (judged.kind === 'live') {
    const { holder } = judged;
    return new OutputLockedError(
      `output folder ${outputFolder} is locked by hotich run ${holder.runId} (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}); wait for it to finish`,
      holder,
    );
  }
  if (judged.kind === 'foreign') {
    const { holder } = judged;
    return new OutputLockedError(
      `output folder ${outputFolder} is locked by hotich run ${holder.runId} (pid ${holder.pid} on host ${holder.host}, started ${holder.startedAt}); ` +
        `a lock from another machine is never taken over: if no hotich runs on ${holder.host}, delete ${path}`,
      holder,
    );
  }
  if (judged.kind === 'being-written') {
    return new OutputLockedError(`output folder ${outputFolder} is being locked by another hotich run (${path} is still being written); try again`, null);
  }
  return new OutputLockedError(`could not lock output folder ${outputFolder} (${path})`, null);
}

/**
 * Linux only (elsewhere empty): the boot id and the start time of process
 * `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat, counted after
 * the command name, which may hold spaces). Together they tell one process
 * from another that got the same pid later, whatever the wall clock did.
 */
export function processIdentity(pid: number): { bootId?: string; processStart?: string } {
  const identity: { bootId?: string; processStart?: string } = {};
  try {
    identity.bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    if (start !== undefined && /^\d+$/.test(start)) identity.processStart = start;
  } catch {
    // not Linux, or the process is gone
  }
  return identity;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
