import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { sha256File } from '../emit/sha256-file.js';

/**
 * What a killed run left in the district folders (we hold the lock: nothing is
 * being written now). Hidden partial batches are removed — except when the
 * kill came in the middle of a replacement, between its renames, so the
 * batch folder is missing: then the complete new batch (its manifest's hashes
 * match; the registry already holds it) is put in place, or else the previous
 * batch it carried in its history.
 */
export async function removeAbandonedBatches(outputFolder: string, logger: Logger): Promise<void> {
  if (!existsSync(outputFolder)) return;
  for (const district of readdirSync(outputFolder, { withFileTypes: true })) {
    if (!district.isDirectory() || !/^\d{3}$/.test(district.name)) continue;
    const folder = join(outputFolder, district.name);
    const entries = readdirSync(folder).sort((a, b) => Number(b.startsWith('.')) - Number(a.startsWith('.')));
    for (const entry of entries) {
      const match = /^\.(\w+)\.partial-|^(\w+)\.previous-/.exec(entry);
      if (!match) continue;
      const leftover = join(folder, entry);
      const batch = join(folder, match[1] ?? match[2] ?? '');
      if (!existsSync(batch) && (match[1] ? await restoreFromPartial(leftover, batch) : await restore(leftover, batch))) {
        logger.warn({ district: district.name, folder: entry }, 'a run was killed while replacing a batch: the batch was put back in place');
      }
      if (existsSync(leftover)) {
        rmSync(leftover, { recursive: true, force: true });
        logger.warn({ district: district.name, folder: entry }, 'removed a partial batch left by an interrupted run');
      }
    }
  }
}

async function restoreFromPartial(partial: string, batch: string): Promise<boolean> {
  if (await restore(partial, batch)) return true;
  const history = join(partial, 'history');
  const runs = existsSync(history) ? readdirSync(history).sort() : [];
  const newest = runs.at(-1);
  if (newest === undefined) return false;
  renameSync(join(history, newest), batch);
  if (runs.length > 1) renameSync(history, join(batch, 'history'));
  return true;
}

async function restore(from: string, batch: string): Promise<boolean> {
  if (!(await isCompleteBatch(from))) return false;
  renameSync(from, batch);
  return true;
}

async function isCompleteBatch(folder: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { outputs?: Record<string, string> };
    const outputs = Object.entries(manifest.outputs ?? {});
    if (outputs.length === 0) return false;
    for (const [name, sha256] of outputs) if ((await sha256File(join(folder, name))) !== sha256) return false;
    return true;
  } catch {
    return false;
  }
}
