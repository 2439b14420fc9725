import { mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDryRun } from '../../src/cli/dry-run-report.js';
import type { JobResult } from '../../src/run/run-job.js';
import { copyPipeline, runPipeline } from './production/pipeline-fixture.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Yên Lạc's birth batch holds records of three books: Đồng Cương 2001, Yên Lạc 2003 and the
// 2019 re-registrations of Bình Xuyên's children (merged into Bình Xuyên's records). An
// operator who fixed one book and re-ran the district with that book alone, or a book
// deleted from the folder the pipeline's glob reads, must not drop the other books' records.
const DONG_CUONG = '251-yen-lac/khai-sinh-dong-cuong-2001-vntime.xlsx';
const YEN_LAC = '251-yen-lac/khai-sinh-yen-lac-2003-cp1258.csv';
const RE_REGISTRATIONS = '251-yen-lac/dang-ky-lai-dong-cuong-2019.xlsx';
let root = '';
let pipeline = '';
let out = '';
let first: JobResult;

const manifestOf = (batch: string): Record<string, any> => readJson(join(out, batch, 'manifest.json'));
const cleanBytes = (batch: string): Buffer => readFileSync(join(out, batch, 'clean.jsonl'));
const rowsOf = (file: string): number => (manifestOf('251/birth').inputs as { file: string; rows: number }[]).find((input) => input.file === file)!.rows;

beforeAll(async () => {
  ({ root, pipeline } = copyPipeline('hotich-missing-'));
  out = join(root, 'out');
  first = await runPipeline(pipeline);
  expect(first.exitCode).toBe(0);
});

describe('an operator\'s re-run naming only the book they fixed (--input one file)', () => {
  let rerun: JobResult;
  let clean251: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    clean251 = cleanBytes('251/birth');
    ({ result: rerun } = await runInto({ type: 'birth', districts: ['251'], inputs: [join(root, DONG_CUONG)], out }));
  });

  it('keeps the earlier batch whole, names each missing book with its records, and exits 1', () => {
    expect(rowsOf(YEN_LAC)).toBeGreaterThan(0);
    expect(rowsOf(RE_REGISTRATIONS)).toBeGreaterThan(0);
    expect(rerun.exitCode).toBe(1);
    expect(manifestOf('251/birth').runId).toBe(first.runId);
    expect(cleanBytes('251/birth').equals(clean251)).toBe(true);
    expect(rerun.keptBatches).toEqual([
      {
        district: '251',
        type: 'birth',
        runId: first.runId,
        files: [
          { file: RE_REGISTRATIONS, code: 'BATCH_KEPT_FILE_MISSING', records: rowsOf(RE_REGISTRATIONS) },
          { file: YEN_LAC, code: 'BATCH_KEPT_FILE_MISSING', records: rowsOf(YEN_LAC) },
        ],
        records: manifestOf('251/birth').counts.rowsRead,
      },
    ]);
  });

  it('tells the officer in summary.json and the run log', () => {
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.keptBatches).toEqual(rerun.keptBatches);
    expect(summary.problems).toContainEqual({
      district: '251',
      file: YEN_LAC,
      sheet: null,
      code: 'BATCH_KEPT_FILE_MISSING',
      message: `Tệp ${YEN_LAC} không có trong các tệp đầu vào của lần chạy này; lô sổ khai sinh trước có ${rowsOf(YEN_LAC)} bản ghi từ tệp này nên lô cũ được giữ nguyên, không bị thay bằng lô thiếu các bản ghi đó.`,
      type: 'birth',
    });
    const log = readJson(rerun.runLogPath!);
    expect(log).toMatchObject({ status: 'failed', exitCode: 1, keptBatches: rerun.keptBatches });
    expect(log.error).toContain(`251/birth (${RE_REGISTRATIONS}: ${rowsOf(RE_REGISTRATIONS)} records, missing, ${YEN_LAC}: ${rowsOf(YEN_LAC)} records, missing)`);
  });

  it('leaves the other district\'s records merged into the batch where they were', () => {
    expect(manifestOf('251/birth').dedup.registryRepairs).toEqual([]);
    const merged = readJsonl(join(out, '251/birth/duplicates.jsonl')).filter((cluster) => (cluster.survivor as { district: string }).district === '249');
    expect(merged.length).toBeGreaterThan(0);
  });

  it('is shown by a dry run first', async () => {
    const { result: dry } = await runInto({ type: 'birth', districts: ['251'], inputs: [join(root, DONG_CUONG)], out, dryRun: true });
    expect(dry.exitCode).toBe(1);
    expect(renderDryRun(dry, out)).toContain(
      `Huyện 251, sổ khai sinh: lô trước sẽ được giữ nguyên vì thiếu tệp ${RE_REGISTRATIONS} (${rowsOf(RE_REGISTRATIONS)} bản ghi trong lô trước), ${YEN_LAC} (${rowsOf(YEN_LAC)} bản ghi trong lô trước) trong các tệp đầu vào.`,
    );
  });

  it('replaces the batch with the one book when the operator says the others are withdrawn (--allow-missing)', async () => {
    const { out: fresh } = await runInto({ pipeline, out: mkdtempSync(join(tmpdir(), 'hotich-missing-out-')) });
    const { result } = await runInto({ type: 'birth', districts: ['251'], inputs: [join(root, DONG_CUONG)], out: fresh, allowMissing: true });
    expect(result.exitCode).toBe(0);
    expect(result.keptBatches).toEqual([]);
    const manifest = readJson(join(fresh, '251/birth/manifest.json'));
    expect(manifest.runId).toBe(result.runId);
    expect(manifest.inputs.map((input: { file: string }) => input.file)).toEqual([DONG_CUONG]);
  });
});

describe('a pipeline run whose glob no longer matches a book that gave records', () => {
  it('keeps the batch of that type, replaces the others, and exits 1', async () => {
    const before = manifestOf('251/birth');
    const aside = join(root, 'khai-sinh-yen-lac-2003-cp1258.csv');
    renameSync(join(root, YEN_LAC), aside);
    try {
      const result = await runPipeline(pipeline, { districts: ['251'] });
      expect(result.exitCode).toBe(1);
      expect(result.keptBatches.map(({ type, files }) => [type, files.map(({ file, code }) => [file, code])])).toEqual([['birth', [[YEN_LAC, 'BATCH_KEPT_FILE_MISSING']]]]);
      expect(manifestOf('251/birth').runId).toBe(before.runId);
      // The marriage and death batches held nothing of the birth book.
      expect(manifestOf('251/marriage').runId).toBe(result.runId);
      expect(manifestOf('251/death').runId).toBe(result.runId);
    } finally {
      renameSync(aside, join(root, YEN_LAC));
    }
  });
});

describe('what is not a missing book', () => {
  it('a book renamed (the same content under another name) replaces the batch', async () => {
    const renamed = '251-yen-lac/khai-sinh-yen-lac-2003-ban-chinh.csv';
    renameSync(join(root, YEN_LAC), join(root, renamed));
    try {
      const result = await runPipeline(pipeline, { districts: ['251'], type: 'birth' });
      expect(result.exitCode).toBe(0);
      expect(result.keptBatches).toEqual([]);
      expect(manifestOf('251/birth').inputs.map((input: { file: string }) => input.file)).toContain(renamed);
    } finally {
      renameSync(join(root, renamed), join(root, YEN_LAC));
    }
  });

  it('a re-run with every book present, and the first run of a district given one book', async () => {
    const again = await runPipeline(pipeline, { districts: ['251'], type: 'birth' });
    expect(again.exitCode).toBe(0);
    expect(manifestOf('251/birth').runId).toBe(again.runId);
    const { result } = await runInto({ type: 'birth', districts: ['251'], inputs: [join(root, DONG_CUONG)] });
    expect(result.exitCode).toBe(0);
    expect(result.keptBatches).toEqual([]);
  });
});
