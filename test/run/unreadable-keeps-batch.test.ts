import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDryRun } from '../../src/cli/dry-run-report.js';
import type { JobResult } from '../../src/run/run-job.js';
import { copyPipeline, runPipeline } from './production/pipeline-fixture.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// The demo province (Bình Xuyên, Yên Lạc with its 2019 re-registrations of Bình Xuyên's
// children) copied to a folder of its own, so that a book can be cut short as an
// unfinished copy leaves it: its first half, a real truncated zip.
const TAM_HOP = '249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx';
let root = '';
let pipeline = '';
let out = '';
let first: JobResult;
let original: Buffer;

const cutShort = (bytes: Buffer): Buffer => bytes.subarray(0, Math.floor(bytes.length / 2));
const manifestOf = (batch: string): Record<string, any> => readJson(join(out, batch, 'manifest.json'));
const cleanBytes = (batch: string): Buffer => readFileSync(join(out, batch, 'clean.jsonl'));
const runLog = (result: JobResult): Record<string, any> => readJson(result.runLogPath!);
/** Bình Xuyên's records the Yên Lạc batch merged its re-registrations into. */
const mergedInto249 = (): string[] =>
  readJsonl(join(out, '251/birth/duplicates.jsonl'))
    .filter((cluster) => (cluster.survivor as { district: string }).district === '249')
    .map((cluster) => String(cluster.survivorId))
    .sort();

beforeAll(async () => {
  ({ root, pipeline } = copyPipeline('hotich-unreadable-'));
  original = readFileSync(join(root, TAM_HOP));
  out = join(root, 'out');
  first = await runPipeline(pipeline);
  expect(first.exitCode).toBe(0);
});

describe('a book cut short that gave records to the batch in place', () => {
  let rerun: JobResult;
  let records = 0;
  let clean249: Buffer = Buffer.alloc(0);
  let merged: string[] = [];

  beforeAll(async () => {
    records = (manifestOf('249/birth').inputs as { file: string; rows: number }[]).find((input) => input.file === TAM_HOP)!.rows;
    clean249 = cleanBytes('249/birth');
    merged = mergedInto249();
    writeFileSync(join(root, TAM_HOP), cutShort(original));
    rerun = await runPipeline(pipeline, { districts: ['249'] });
  });

  it('keeps the earlier batch of that type whole and exits 1', () => {
    expect(records).toBeGreaterThan(0);
    expect(merged.length).toBeGreaterThan(0);
    expect(rerun.exitCode).toBe(1);
    expect(manifestOf('249/birth').runId).toBe(first.runId);
    expect(cleanBytes('249/birth').equals(clean249)).toBe(true);
    expect(readdirSync(join(out, '249/birth'))).not.toContain('history');
    expect(rerun.keptBatches).toEqual([
      { district: '249', type: 'birth', runId: first.runId, files: [{ file: TAM_HOP, code: 'FILE_UNREADABLE', records }], records: manifestOf('249/birth').counts.rowsRead },
    ]);
  });

  it('still replaces the district\'s batches of the other types, which held nothing of the file', () => {
    expect(manifestOf('249/marriage').runId).toBe(rerun.runId);
    expect(manifestOf('249/death').runId).toBe(rerun.runId);
    expect(manifestOf('249/death').inputs).toContainEqual(expect.objectContaining({ file: TAM_HOP, rows: 0, error: expect.objectContaining({ code: 'FILE_UNREADABLE' }) }));
  });

  it('tells the officer which file and how many earlier records it holds, in the summary and the run log', () => {
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.keptBatches).toEqual(rerun.keptBatches);
    expect(summary.problems).toContainEqual({
      district: '249',
      file: TAM_HOP,
      sheet: null,
      code: 'BATCH_KEPT_FILE_UNREADABLE',
      message: `Tệp ${TAM_HOP} không đọc được; lô sổ khai sinh trước có ${records} bản ghi từ tệp này nên lô cũ được giữ nguyên. Sửa tệp rồi chạy lại (bỏ hẳn tệp thì chạy lại với --allow-missing).`,
      type: 'birth',
    });
    // The batch in place is listed as it is: the earlier run's.
    expect(summary.batches.find((batch: { district: string; type: string }) => batch.district === '249' && batch.type === 'birth').runId).toBe(first.runId);
    const log = runLog(rerun);
    expect(log).toMatchObject({ status: 'failed', exitCode: 1, keptBatches: rerun.keptBatches });
    expect(log.error).toContain(`249/birth (${TAM_HOP}: ${records} records)`);
  });

  it('leaves the registry as it was: the other district\'s records merged into the book\'s entries keep their survivor', async () => {
    const again = await runPipeline(pipeline, { districts: ['251'], type: 'birth' });
    expect(again.exitCode).toBe(0);
    expect(mergedInto249()).toEqual(merged);
    expect(manifestOf('251/birth').dedup.registryRepairs).toEqual([]);
  });

  it('is shown by a dry run too', async () => {
    const dry = await runPipeline(pipeline, { districts: ['249'], type: 'birth', dryRun: true });
    expect(dry.exitCode).toBe(1);
    expect(renderDryRun(dry, out)).toContain(`Huyện 249, sổ khai sinh: lô trước sẽ được giữ nguyên vì không đọc được ${TAM_HOP} (${records} bản ghi trong lô trước).`);
  });

  it('replaces the batch again once the book is copied whole', async () => {
    writeFileSync(join(root, TAM_HOP), original);
    const fixed = await runPipeline(pipeline, { districts: ['249'], type: 'birth' });
    expect(fixed.exitCode).toBe(0);
    expect(fixed.keptBatches).toEqual([]);
    expect(manifestOf('249/birth').runId).toBe(fixed.runId);
    expect(cleanBytes('249/birth').equals(clean249)).toBe(true);
  });
});

describe('a new file cut short that never gave records', () => {
  it('is reported and skipped, and the rest of the district loads', async () => {
    const added = join(root, '249-binh-xuyen/khai-sinh-tam-hop-2016.xlsx');
    writeFileSync(added, cutShort(original));
    try {
      const result = await runPipeline(pipeline, { districts: ['249'], type: 'birth' });
      expect(result.exitCode).toBe(0);
      expect(result.keptBatches).toEqual([]);
      expect(manifestOf('249/birth').runId).toBe(result.runId);
      expect(manifestOf('249/birth').inputs).toContainEqual(expect.objectContaining({ file: '249-binh-xuyen/khai-sinh-tam-hop-2016.xlsx', error: expect.objectContaining({ code: 'FILE_UNREADABLE' }) }));
      expect(runLog(result)).toMatchObject({ status: 'completed', exitCode: 0, keptBatches: [] });
    } finally {
      rmSync(added);
    }
  });
});

describe('an operator\'s re-run (--input) whose every file is unreadable', () => {
  it('keeps the batch when the files (under the names the batch knows them by) gave it records', async () => {
    const before = manifestOf('249/birth');
    const folder = mkdtempSync(join(tmpdir(), 'hotich-unreadable-input-'));
    writeFileSync(join(folder, 'khai-sinh-tam-hop-2015.xlsx'), cutShort(original));
    // The district's other books are left out on purpose: only the unreadable file is judged here.
    const { result } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder], out, allowMissing: true });
    expect(result.exitCode).toBe(1);
    expect(result.keptBatches[0]?.files).toEqual([{ file: TAM_HOP, code: 'FILE_UNREADABLE', records: before.inputs.find((input: { file: string }) => input.file === TAM_HOP).rows }]);
    expect(manifestOf('249/birth').runId).toBe(before.runId);
  });

  it('keeps the batch when no file could be read at all, whatever their names (an empty copy)', async () => {
    const before = manifestOf('249/birth');
    const folder = join(mkdtempSync(join(tmpdir(), 'hotich-unreadable-input-')), 'ban-sao');
    mkdirSync(folder);
    writeFileSync(join(folder, 'so-khai-sinh-2015.xlsx'), Buffer.alloc(0));
    // The district's other books are left out on purpose: only the unreadable file is judged here.
    const { result } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder], out, allowMissing: true });
    expect(result.exitCode).toBe(1);
    expect(result.keptBatches).toEqual([
      { district: '249', type: 'birth', runId: before.runId, files: [{ file: 'so-khai-sinh-2015.xlsx', code: 'FILE_EMPTY', records: 0 }], records: before.counts.rowsRead },
    ]);
    expect(manifestOf('249/birth').runId).toBe(before.runId);
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.map((problem: { code: string; message: string }) => [problem.code, problem.message])).toEqual([
      ['FILE_EMPTY', expect.stringMatching(/^Tệp rỗng/)],
      ['BATCH_KEPT_NO_READABLE_FILE', `Không tệp nào của huyện đọc được (so-khai-sinh-2015.xlsx); lô sổ khai sinh trước có ${before.counts.rowsRead} bản ghi nên được giữ nguyên, không bị thay bằng lô rỗng. Sửa các tệp rồi chạy lại.`],
    ]);
  });

  it('writes the empty batch of a district that has none yet', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'hotich-unreadable-out-'));
    const folder = mkdtempSync(join(tmpdir(), 'hotich-unreadable-input-'));
    writeFileSync(join(folder, 'khai-sinh-tam-hop-2015.xlsx'), cutShort(original));
    const { result } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder], out: fresh });
    expect(result.exitCode).toBe(0);
    expect(readJson(join(fresh, '249/birth/manifest.json')).counts.rowsRead).toBe(0);
  });
});
