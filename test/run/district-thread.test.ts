import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RunAbortedError, type ProgressSink } from '../../src/run/run-control.js';
import { runDistrict, type DistrictJob, type DistrictResult } from '../../src/run/run-district.js';
import { silentLogger } from './run-helpers.js';

// Yên Lạc's four registers (legacy fonts, a CP1258 CSV) and Bình Xuyên's three, one district each.
const DISTRICTS = {
  '249': ['khai-sinh-tam-hop-2015.xlsx', 'ket-hon-quat-luu-2018.xlsx', 'khai-tu-huong-son-2016.csv'].map((name) => `249-binh-xuyen/${name}`),
  '251': ['ket-hon-te-lo-1998-vni.xlsx', 'khai-sinh-dong-cuong-2001-vntime.xlsx', 'khai-sinh-yen-lac-2003-cp1258.csv', 'khai-tu-trung-kien-2005.xlsx'].map(
    (name) => `251-yen-lac/${name}`,
  ),
};
const BATCH_FILES = ['clean.jsonl', 'clean.csv', 'rejected.jsonl', 'duplicates.jsonl', 'review.jsonl'];

function districtJob(out: string, district: keyof typeof DISTRICTS, workers: number, control: Partial<DistrictJob> = {}): DistrictJob {
  return {
    runId: `2026-11-29T10-00-00-000Z-${district}`,
    startedAt: '2026-11-29T10:00:00.000Z',
    pipeline: null,
    provinceCode: '26',
    districtCode: district,
    types: ['birth', 'marriage', 'death'],
    files: DISTRICTS[district].map((name) => ({ path: resolve('fixtures', name), name })),
    outputFolder: out,
    options: DEFAULT_NORMALIZE_OPTIONS,
    headerAliases: {},
    registry: null,
    registryPath: join(out, 'registry.sqlite'),
    workers,
    ...control,
  };
}

/** Both districts one after the other into one output folder (the second deduplicates against the first through the registry). */
async function runBoth(workers: number): Promise<{ out: string; results: DistrictResult[] }> {
  const out = mkdtempSync(join(tmpdir(), `hotich-thread-${workers}-`));
  const results: DistrictResult[] = [];
  for (const district of ['249', '251'] as const) {
    // On the main thread the job carries the open registry; a worker opens its own from registryPath.
    const registry = workers === 0 ? openSqliteRegistry(join(out, 'registry.sqlite')) : null;
    try {
      results.push(await runDistrict(districtJob(out, district, workers, { registry }), silentLogger));
    } finally {
      registry?.close();
    }
  }
  return { out, results };
}

function batchBytes(out: string): Record<string, string> {
  const bytes: Record<string, string> = {};
  for (const district of readdirSync(out).filter((name) => /^\d{3}$/.test(name))) {
    for (const type of readdirSync(join(out, district))) {
      for (const file of BATCH_FILES) bytes[`${district}/${type}/${file}`] = readFileSync(join(out, district, type, file), 'utf8');
    }
  }
  return bytes;
}

describe('a district run in a worker thread', () => {
  it('writes byte for byte the batches of a main-thread run, registry included', async () => {
    const inThread = await runBoth(0);
    const inWorker = await runBoth(1);
    const expected = batchBytes(inThread.out);
    expect(Object.keys(expected)).toHaveLength(2 * 3 * BATCH_FILES.length);
    expect(batchBytes(inWorker.out)).toEqual(expected);
    expect(inWorker.results.map((result) => result.manifests.map((manifest) => manifest.counts))).toEqual(
      inThread.results.map((result) => result.manifests.map((manifest) => manifest.counts)),
    );
    // The second district found the first one's records through the registry in both runs.
    expect(inWorker.results[1]?.manifests.some((manifest) => manifest.dedup.registryCandidates > 0)).toBe(
      inThread.results[1]?.manifests.some((manifest) => manifest.dedup.registryCandidates > 0),
    );
  });

  it('relays progress, log lines and the commit turn to the parent', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-thread-relay-'));
    const files: string[] = [];
    const progress: ProgressSink = { fileStarted: (_d, file) => files.push(file), fileProgress: () => undefined, fileFinished: () => undefined };
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const turns: string[] = [];
    const commitTurn = async (): Promise<() => void> => {
      turns.push('granted');
      return () => turns.push('ended');
    };
    await runDistrict(districtJob(out, '249', 1, { progress, commitTurn }), logger);
    expect(files).toEqual(DISTRICTS['249']);
    expect(turns).toEqual(['granted', 'ended']);
    const written = lines.filter((line) => line.msg === 'batch written');
    expect(written.map((line) => [line.district, line.type])).toEqual([
      ['249', 'birth'],
      ['249', 'marriage'],
      ['249', 'death'],
    ]);
  });

  it('stops when the parent aborts, rejecting with RunAbortedError and leaving no batch', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-thread-stop-'));
    const controller = new AbortController();
    const progress: ProgressSink = {
      fileStarted: () => controller.abort(new RunAbortedError('SIGTERM')),
      fileProgress: () => undefined,
      fileFinished: () => undefined,
    };
    await expect(runDistrict(districtJob(out, '251', 1, { signal: controller.signal, progress }), silentLogger)).rejects.toThrow(
      new RunAbortedError('SIGTERM'),
    );
    expect(readdirSync(join(out, '251'))).toEqual([]);
  });

  it('fails with RunAbortedError, leaving no batch, when its commit turn is refused (a stop while it waited)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-thread-refused-'));
    const commitTurn = (): Promise<() => void> => Promise.reject(new RunAbortedError('SIGTERM'));
    await expect(runDistrict(districtJob(out, '249', 1, { commitTurn }), silentLogger)).rejects.toThrow(new RunAbortedError('SIGTERM'));
    expect(readdirSync(join(out, '249'))).toEqual([]);
  });
});
