import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RunAbortedError, type ProgressSink } from '../../src/run/run-control.js';
import { runDistrict, type DistrictJob } from '../../src/run/run-district.js';
import { listFolder, readJson, silentLogger } from './run-helpers.js';

// Bình Xuyên's three registers: a birth and a marriage workbook, a death CSV.
const BINH_XUYEN = ['khai-sinh-tam-hop-2015.xlsx', 'ket-hon-quat-luu-2018.xlsx', 'khai-tu-huong-son-2016.csv'].map((name) => ({
  path: resolve('fixtures/249-binh-xuyen', name),
  name,
}));

let runCounter = 0;
function districtJob(outputFolder: string, control: Partial<DistrictJob> = {}): DistrictJob {
  runCounter++;
  return {
    runId: `2026-11-29T10-00-0${runCounter}-000Z-test${runCounter}`,
    startedAt: new Date().toISOString(),
    pipeline: null,
    provinceCode: '26',
    districtCode: '249',
    types: ['birth', 'marriage', 'death'],
    files: BINH_XUYEN,
    outputFolder,
    options: DEFAULT_NORMALIZE_OPTIONS,
    headerAliases: {},
    registry: null,
    ...control,
  };
}

const freshOut = (): string => mkdtempSync(join(tmpdir(), 'hotich-control-'));
const batchBytes = (folder: string): string => readFileSync(join(folder, 'clean.jsonl'), 'utf8');

describe('history of replaced batches', () => {
  it('keeps the batch a re-run replaces under history/<its run id>, with its manifest', async () => {
    const out = freshOut();
    const first = districtJob(out);
    await runDistrict(first, silentLogger);
    const before = batchBytes(join(out, '249/birth'));
    const second = districtJob(out);
    await runDistrict(second, silentLogger);
    const history = join(out, '249/birth/history');
    expect(listFolder(history)).toEqual([first.runId]);
    expect(readJson(join(history, first.runId, 'manifest.json')).runId).toBe(first.runId);
    expect(batchBytes(join(history, first.runId))).toBe(before);
    expect(readJson(join(out, '249/birth/manifest.json')).runId).toBe(second.runId);
    // No hidden partial or previous folder is left beside the batches.
    expect(listFolder(join(out, '249'))).toEqual(['birth', 'death', 'marriage']);
  });

  it('keeps only the newest N runs', async () => {
    const out = freshOut();
    const runs: string[] = [];
    for (let run = 0; run < 4; run++) {
      const job = districtJob(out, { historyKeep: 2, types: ['death'] });
      runs.push(job.runId);
      await runDistrict(job, silentLogger);
    }
    expect(listFolder(join(out, '249/death/history'))).toEqual(runs.slice(1, 3));
  });

  it('keeps none with historyKeep 0', async () => {
    const out = freshOut();
    await runDistrict(districtJob(out, { types: ['death'] }), silentLogger);
    await runDistrict(districtJob(out, { types: ['death'], historyKeep: 0 }), silentLogger);
    expect(existsSync(join(out, '249/death/history'))).toBe(false);
    expect(listFolder(join(out, '249'))).toEqual(['death']);
  });
});

describe('dry run', () => {
  it('counts and deduplicates like a real run but writes nothing under the output folder', async () => {
    const out = freshOut();
    const real = await runDistrict(districtJob(join(out, 'real')), silentLogger);
    const dry = await runDistrict(districtJob(join(out, 'dry'), { dryRun: true }), silentLogger);
    expect(existsSync(join(out, 'dry'))).toBe(false);
    expect(dry.manifests.map((manifest) => manifest.counts)).toEqual(real.manifests.map((manifest) => manifest.counts));
    expect(dry.manifests.map((manifest) => manifest.dedup)).toEqual(real.manifests.map((manifest) => manifest.dedup));
    expect(dry.manifests.every((manifest) => Object.keys(manifest.outputs).length === 0)).toBe(true);
  });
});

describe('stopping', () => {
  it('discards the unfinished batches and keeps the committed ones when the signal aborts mid-file', async () => {
    const out = freshOut();
    await runDistrict(districtJob(out), silentLogger);
    const committed = batchBytes(join(out, '249/birth'));
    const controller = new AbortController();
    let events = 0;
    const progress: ProgressSink = {
      fileStarted: () => undefined,
      fileProgress: () => undefined,
      fileFinished: () => {
        // Abort once the first file is done: the second file's first row sees it.
        if (++events === 1) controller.abort(new RunAbortedError('SIGTERM'));
      },
    };
    const stopped = runDistrict(districtJob(out, { signal: controller.signal, progress }), silentLogger);
    await expect(stopped).rejects.toThrow(RunAbortedError);
    await expect(stopped).rejects.toThrow('SIGTERM');
    expect(listFolder(join(out, '249'))).toEqual(['birth', 'death', 'marriage']);
    expect(batchBytes(join(out, '249/birth'))).toBe(committed);
  });

  it('reads nothing when the signal was aborted before the district started', async () => {
    const out = freshOut();
    const controller = new AbortController();
    controller.abort();
    const started: string[] = [];
    const progress: ProgressSink = { fileStarted: (_d, file) => started.push(file), fileProgress: () => undefined, fileFinished: () => undefined };
    await expect(runDistrict(districtJob(out, { signal: controller.signal, progress }), silentLogger)).rejects.toThrow(RunAbortedError);
    expect(started).toEqual([]);
    expect(readdirSync(join(out, '249'))).toEqual([]);
  });
});

describe('progress and commit turn', () => {
  it('reports every file with its size, growing byte counts and the rows read', async () => {
    const out = freshOut();
    const calls: { kind: string; file: string; rows?: number; bytes?: number }[] = [];
    const progress: ProgressSink = {
      fileStarted: (_d, file, bytes) => calls.push({ kind: 'started', file, bytes }),
      fileProgress: (_d, file, rows, bytes) => calls.push({ kind: 'progress', file, rows, bytes }),
      fileFinished: (_d, file, rows) => calls.push({ kind: 'finished', file, rows }),
    };
    await runDistrict(districtJob(out, { progress }), silentLogger);
    expect(calls.filter((call) => call.kind === 'started')).toEqual(
      BINH_XUYEN.map((file) => ({ kind: 'started', file: file.name, bytes: statSync(file.path).size })),
    );
    const finished = calls.filter((call) => call.kind === 'finished');
    expect(finished.map((call) => call.file)).toEqual(BINH_XUYEN.map((file) => file.name));
    expect(finished.every((call) => (call.rows ?? 0) > 0)).toBe(true);
  });

  it('commits only inside its turn and ends the turn', async () => {
    const out = freshOut();
    const order: string[] = [];
    const commitTurn = async (): Promise<() => void> => {
      order.push('turn');
      expect(existsSync(join(out, '249/birth'))).toBe(false);
      return () => order.push(`end ${existsSync(join(out, '249/birth/manifest.json'))}`);
    };
    await runDistrict(districtJob(out, { commitTurn }), silentLogger);
    expect(order).toEqual(['turn', 'end true']);
  });
});
