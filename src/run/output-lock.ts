import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/** Another run is writing to the same output folder. */
export class OutputLockedError extends Error {}

/**
 * One run per output folder: a lock file created exclusively (O_EXCL), holding
 * the owner's pid. A lock left by a process that no longer exists is stale and
 * taken over; a live one makes this run fail without touching any batch.
 */
export function lockOutput(outputFolder: string, runId: string): () => void {
  mkdirSync(outputFolder, { recursive: true });
  const path = join(outputFolder, '.hotich.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, runId, startedAt: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if (!(error instanceof Error) || !('code' in error) || error.code !== 'EEXIST') throw error;
      const owner = lockOwner(path);
      if (owner !== null && isAlive(owner)) {
        throw new OutputLockedError(`output folder ${outputFolder} is locked by a running hotich (pid ${owner}); remove ${path} only if that process is gone`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new OutputLockedError(`could not lock output folder ${outputFolder}`);
}

function lockOwner(path: string): number | null {
  try {
    const content: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof content === 'object' && content !== null && 'pid' in content && typeof content.pid === 'number' ? content.pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
