import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunProgress } from '../../../src/progress/run-progress.js';
import { RunAbortedError } from '../../../src/run/run-control.js';
import { CommitTurnstile } from '../../../src/run/commit-turnstile.js';
import { writeBirthXlsx } from './big-register.js';
import { ROOT } from './hotich-process.js';
import { BATCHES, BATCH_FILES, runPipeline } from './pipeline-fixture.js';

describe('CommitTurnstile', () => {
  it('grants turns in district order whatever order they are asked in', async () => {
    const turnstile = new CommitTurnstile(3);
    const order: number[] = [];
    const take = async (index: number): Promise<void> => {
      const end = await turnstile.turn(index);
      order.push(index);
      end();
    };
    await Promise.all([take(2), take(1), take(0)]);
    expect(order).toEqual([0, 1, 2]);
  });

  it('passes the turn on past a district that failed or had nothing to run', async () => {
    const turnstile = new CommitTurnstile(3);
    const third = turnstile.turn(2);
    turnstile.finish(1);
    let granted = false;
    void third.then(() => (granted = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(granted).toBe(false);
    turnstile.finish(0);
    (await third)();
    expect(granted).toBe(true);
  });

  it('refuses a turn still waiting when the run is stopped', async () => {
    const controller = new AbortController();
    const turnstile = new CommitTurnstile(2, controller.signal);
    const end = await turnstile.turn(0);
    const second = turnstile.turn(1);
    controller.abort(new RunAbortedError('SIGINT'));
    await expect(second).rejects.toThrow('run stopped by SIGINT');
    end();
  });
});

// Bình Xuyên gets a generated 8 000-row workbook on top of its fixtures, so Yên Lạc
// (listed second) finishes reading long before it and must wait for its turn to commit.
let pipeline = '';
beforeAll(async () => {
  // Copies under one folder: tinyglobby 0.2.17 drops matches when a district's globs start from different roots (see report).
  const folder = mkdtempSync(join(tmpdir(), 'hotich-concurrency-'));
  const copy = (from: string, district: string): void => {
    mkdirSync(join(folder, district), { recursive: true });
    cpSync(join(ROOT, from), join(folder, district, basename(from)));
  };
  for (const name of readdirSync(join(ROOT, 'fixtures/249-binh-xuyen'))) copy(`fixtures/249-binh-xuyen/${name}`, '249');
  for (const name of readdirSync(join(ROOT, 'fixtures/251-yen-lac'))) copy(`fixtures/251-yen-lac/${name}`, '251');
  copy('fixtures/dedup/251-dang-ky-lai-dong-cuong-2019.xlsx', '251');
  await writeBirthXlsx(join(folder, '249', 'so-khai-sinh-binh-xuyen-2010.xlsx'), 8_000, 3);
  pipeline = join(folder, 'pipeline.json');
  writeFileSync(
    pipeline,
    JSON.stringify({
      provinceCode: '26',
      output: 'out',
      headerAliases: { birth: { 'child.fullName': ['Họ tên khai sinh'] } },
      districts: [
        { code: '249', inputs: ['249/*'] },
        { code: '251', inputs: ['251/*'] },
      ],
    }),
  );
});

const registryRows = (out: string): unknown[] => {
  const db = new Database(join(out, 'registry.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT id, type, district, comparison_values, blocking_keys, survivor_id FROM records ORDER BY id').all();
  } finally {
    db.close();
  }
};

describe('districts run concurrently', () => {
  it('write the same bytes and the same registry as a one-at-a-time, single-threaded run', async () => {
    const sequentialOut = mkdtempSync(join(tmpdir(), 'hotich-sequential-'));
    await runPipeline(pipeline, { out: sequentialOut, concurrency: '1', workers: '0' });

    const phases: string[] = [];
    const progress: RunProgress = {
      districtStarted: (district) => phases.push(`${district} started`),
      districtPhase: (district, phase) => phases.push(`${district} ${phase}`),
      fileFinished: (district, file) => phases.push(`${district} read ${file}`),
      fileStarted: () => undefined,
      fileProgress: () => undefined,
      stop: () => undefined,
    };
    const concurrentOut = mkdtempSync(join(tmpdir(), 'hotich-concurrent-'));
    await runPipeline(pipeline, { out: concurrentOut, concurrency: '2', workers: '2' }, { progress });
    // Both started before either finished; Yên Lạc was ready first and waited for Bình Xuyên's commit.
    expect(phases.slice(0, 2).sort()).toEqual(['249 started', '251 started']);
    expect(phases.indexOf('251 waiting')).toBeLessThan(phases.indexOf('249 waiting'));
    expect(phases.indexOf('249 committing')).toBeLessThan(phases.indexOf('251 committing'));

    for (const batch of BATCHES) {
      for (const name of BATCH_FILES) {
        expect(readFileSync(join(concurrentOut, batch, name)).equals(readFileSync(join(sequentialOut, batch, name))), `${batch}/${name}`).toBe(true);
      }
    }
    expect(readFileSync(join(concurrentOut, '251/birth/duplicates.jsonl'), 'utf8')).toContain('"loadedBefore":true');
    expect(registryRows(concurrentOut)).toEqual(registryRows(sequentialOut));
  });
});
