import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';

// Two processes on one registry file: the lock of an output folder serializes
// runs into it, but a registry path set in the pipeline file may be shared.
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const registryModule = new URL('../../src/dedup/registry/sqlite-registry.ts', import.meta.url).href;

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

/** Another process that takes the write lock, says so, and commits after `holdMs`. */
async function holdWriteLock(path: string, holdMs: number): Promise<{ exit: Promise<{ code: number | null; stderr: string }> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.env.REGISTRY);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.env.HOLD_MS));`;
  const child = spawn(process.execPath, ['-e', script], { cwd: projectRoot, env: { ...process.env, REGISTRY: path, HOLD_MS: String(holdMs) } });
  const exit = exited(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    void exit.then(({ code, stderr }) => reject(new Error(`lock holder exited ${code}: ${stderr}`)));
  });
  // Wrapped: an async function returning a promise would wait for it.
  return { exit };
}

const entry = (id: string, districtCode: string) => ({
  id,
  type: 'death' as const,
  districtCode,
  values: { givenName: 'Cử' },
  blockingKeys: ['given+year:cu|1921'],
  registrationDate: '2005-01-06',
  reRegistration: false,
  completeness: 9,
  survivorId: null,
});

describe('sqlite registry shared by processes', () => {
  it('opens and reads while another process writes, and a writer waits for the lock instead of failing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-registry-')), 'registry.sqlite');
    const registry = openSqliteRegistry(path);
    try {
      registry.replaceDistrict('death', '249', [entry('death-1', '249')], { runId: 'r1', loadedAt: 't1' });
      const holder = await holdWriteLock(path, 1500);

      const impatient = openSqliteRegistry(path, { busyTimeoutMs: 50 });
      try {
        expect(impatient.countByDistrict('death')).toEqual({ '249': 1 });
        expect(() => impatient.replaceDistrict('death', '251', [entry('death-2', '251')], { runId: 'r2', loadedAt: 't2' })).toThrow(/locked|busy/i);
      } finally {
        impatient.close();
      }

      // Blocks (synchronously) until the other process commits.
      expect(registry.replaceDistrict('death', '251', [entry('death-2', '251')], { runId: 'r2', loadedAt: 't2' })).toEqual({ removed: 0, inserted: 1, repaired: [] });
      expect(await holder.exit).toEqual({ code: 0, stderr: '' });
      expect(registry.countByDistrict('death')).toEqual({ '249': 1, '251': 1 });
    } finally {
      registry.close();
    }
  });

  it('is created once when several processes open a new file at the same time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-registry-'));
    const path = join(folder, 'new', 'registry.sqlite');
    const script = join(folder, 'child.mts');
    writeFileSync(
      script,
      `import { openSqliteRegistry } from ${JSON.stringify(registryModule)};
      const district = process.env.DISTRICT;
      const registry = openSqliteRegistry(process.env.REGISTRY);
      const records = Array.from({ length: 200 }, (_, i) => ({ id: 'death-' + district + '-' + i, type: 'death', districtCode: district,
        values: {}, blockingKeys: ['k:' + i], registrationDate: null, reRegistration: false, completeness: 1, survivorId: null }));
      registry.replaceDistrict('death', district, records, { runId: 'r-' + district, loadedAt: 't' });
      registry.close();`,
    );
    const districts = ['243', '244', '246', '247'];
    const results = await Promise.all(
      districts.map((district) =>
        exited(spawn(process.execPath, ['--import', 'tsx', script], { cwd: projectRoot, env: { ...process.env, REGISTRY: path, DISTRICT: district } })),
      ),
    );
    expect(results).toEqual(districts.map(() => ({ code: 0, stderr: '' })));
    const registry = openSqliteRegistry(path);
    try {
      expect(registry.countByDistrict('death')).toEqual(Object.fromEntries(districts.map((district) => [district, 200])));
      expect(registry.findCandidates('death', ['k:7'], { excludeDistrict: '243' }).map((record) => record.districtCode)).toEqual(['244', '246', '247']);
    } finally {
      registry.close();
    }
  });
});
