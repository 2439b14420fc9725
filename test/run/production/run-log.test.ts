import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsTable } from '../../../src/cli/runs-command.js';
import { readRunLogs } from '../../../src/run/run-history.js';
import { RunAbortedError } from '../../../src/run/run-control.js';
import type { RunLog } from '../../../src/run/run-log.js';
import { ROOT } from './hotich-process.js';
import { runPipeline, writePipeline } from './pipeline-fixture.js';

const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const logOf = (out: string, runId: string): RunLog => JSON.parse(readFileSync(join(out, 'runs', `${runId}.json`), 'utf8')) as RunLog;

describe('the run log <out>/runs/<runId>.json', () => {
  it('records a completed run: version, pipeline, settings, per-batch counts as in the manifests, peak memory', async () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const result = await runPipeline(pipeline, { concurrency: '2', workers: '0', keepHistory: '3' });
    expect(result.runLogPath).toBe(join(out, 'runs', `${result.runId}.json`));
    const log = logOf(out, result.runId);
    expect(log).toMatchObject({
      runId: result.runId,
      hotichVersion: packageVersion,
      pipeline,
      status: 'completed',
      exitCode: 0,
      dryRun: false,
      districts: ['249', '251'],
      districtsWithoutInput: [],
      concurrency: 2,
      workers: 0,
      historyKeep: 3,
    });
    expect(log.error).toBeUndefined();
    expect(Date.parse(log.finishedAt) - Date.parse(log.startedAt)).toBeGreaterThanOrEqual(log.durationMs - 5);
    expect(log.ethnicityCodeList).toContain('2008');
    const manifests = result.districts.flatMap((district) => district.manifests);
    expect(log.batches.map((batch) => [batch.district, batch.type, batch.counts, batch.clusters, batch.reviewPairs])).toEqual(
      manifests.map((manifest) => [manifest.district, manifest.type, manifest.counts, manifest.dedup.clusters, manifest.dedup.reviewPairs]),
    );
    expect(log.batches.every((batch) => batch.durationMs > 0)).toBe(true);
    expect(log.fileProblems).toContainEqual({ district: '249', file: '249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', sheet: 'Hướng dẫn', code: 'SHEET_NO_HEADER' });
    // A Node process running exceljs and SQLite holds tens of MB at least; the figure is in bytes, not KiB.
    expect(log.peakRssBytes).toBeGreaterThan(30 * 1024 * 1024);
    expect(log.peakRssBytes).toBeLessThanOrEqual(process.resourceUsage().maxRSS * 1024);
  });

  it('records a run that failed (the registry is unreadable), one that was stopped and one with a district without input', async () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const done = await runPipeline(pipeline, { type: 'death' });

    const controller = new AbortController();
    controller.abort(new RunAbortedError('SIGINT'));
    await expect(runPipeline(pipeline, { type: 'death' }, { signal: controller.signal })).rejects.toThrow('run stopped by SIGINT');

    writeFileSync(join(out, 'registry.sqlite'), 'không phải cơ sở dữ liệu');
    await expect(runPipeline(pipeline, { type: 'death' })).rejects.toThrow();

    const broken = JSON.parse(readFileSync(pipeline, 'utf8')) as { districts: { inputs: string[] }[] };
    broken.districts[1]!.inputs = ['/khong/co/o-mang/*.xlsx'];
    writeFileSync(pipeline, JSON.stringify(broken));
    writeFileSync(join(out, 'registry.sqlite'), '');
    const partial = await runPipeline(pipeline, { type: 'death' });
    expect(partial.exitCode).toBe(1);

    const { logs } = readRunLogs(out);
    expect(logs).toHaveLength(4);
    const [withoutInput, failed, stopped, completed] = logs;
    expect(completed).toMatchObject({ runId: done.runId, status: 'completed', exitCode: 0 });
    expect(stopped).toMatchObject({ status: 'stopped', exitCode: 1, batches: [], error: 'run stopped by SIGINT' });
    expect(failed).toMatchObject({ status: 'failed', exitCode: 1, batches: [] });
    expect(failed?.error).toMatch(/database/i);
    expect(withoutInput).toMatchObject({ runId: partial.runId, status: 'failed', exitCode: 1, districtsWithoutInput: ['251'] });
    expect(withoutInput?.batches.map((batch) => `${batch.district}/${batch.type}`)).toEqual(['249/death']);
    expect(readdirSync(join(out, 'runs')).filter((name) => name.startsWith('.'))).toEqual([]);

    const table = runsTable(out, 3).split('\n');
    expect(table[0]).toMatch(/^Lần chạy\s+Trạng thái\s+Mã thoát\s+Thời gian\s+Huyện\s+Đã đọc\s+Hợp lệ\s+Bị loại\s+Đã gộp$/);
    expect(table.slice(2, 5).map((line) => line.split(/\s{2,}/).slice(0, 3))).toEqual([
      [partial.runId, 'thất bại', '1'],
      [failed!.runId, 'thất bại', '1'],
      [stopped!.runId, 'đã dừng', '1'],
    ]);
    const counts = withoutInput!.batches[0]!.counts;
    expect(table[2]!.trimEnd()).toMatch(new RegExp(`249 251\\s+${counts.rowsRead}\\s+${counts.clean}\\s+${counts.rejected}\\s+${counts.mergedAway}$`));
    expect(table[5]).toBe('(1 lần chạy cũ hơn không hiển thị; dùng --last N)');
  });
});
