import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBirthCsv } from './big-register.js';
import { completeBatchRunId, hiddenEntries, hotich, jsonLines, startHotich } from './hotich-process.js';

// Real `hotich run` processes on a generated Bình Xuyên birth register big
// enough to take several seconds, over an output folder that already holds a
// complete batch from a small register.
let inputs = '';
beforeAll(() => {
  inputs = mkdtempSync(join(tmpdir(), 'hotich-signal-inputs-'));
  mkdirSync(join(inputs, 'big'));
  mkdirSync(join(inputs, 'small'));
  writeBirthCsv(join(inputs, 'big', 'so-khai-sinh-binh-xuyen.csv'), 60_000, 11);
  writeBirthCsv(join(inputs, 'small', 'so-khai-sinh-tam-hop.csv'), 300, 5);
});

const runArgs = (which: 'big' | 'small', out: string): string[] => ['run', '--type', 'birth', '--district', '249', '--input', join(inputs, which), '--out', out];

/** An output folder holding one complete 249/birth batch; returns it and the batch's run id. */
function folderWithBatch(): { out: string; batchRunId: string } {
  const out = mkdtempSync(join(tmpdir(), 'hotich-signal-out-'));
  const first = hotich(...runArgs('small', out));
  expect(first.status, first.stderr).toBe(0);
  return { out, batchRunId: completeBatchRunId(join(out, '249/birth')) };
}

const runLogs = (out: string): Record<string, any>[] =>
  readdirSync(join(out, 'runs')).map((name) => JSON.parse(readFileSync(join(out, 'runs', name), 'utf8')) as Record<string, any>);

describe('SIGTERM mid-run', () => {
  it('refuses a second run on the locked folder at once (exit 2, naming the holder), then stops cleanly: exit 1, previous batch intact, lock released', async () => {
    const { out, batchRunId } = folderWithBatch();
    const running = startHotich(runArgs('big', out), { HOTICH_PROGRESS_SECONDS: '1' });
    const started = await running.logLine('run started');
    // Without a terminal, progress comes as log lines: the first one a second into the file.
    const progress = await running.logLine('progress');
    expect(progress).toMatchObject({ level: 30, district: '249', file: 'so-khai-sinh-binh-xuyen.csv', fileIndex: 1, files: 1 });
    expect(progress.rowsDone).toBeGreaterThan(0);
    expect(progress.estimatedRows).toBeGreaterThanOrEqual(Number(progress.rowsDone));
    expect(progress.rowsPerSecond).toBeGreaterThan(0);
    expect(typeof progress.etaSeconds).toBe('number');

    // The live lock, from a second real process.
    const clock = Date.now();
    const second = hotich(...runArgs('small', out));
    expect(second.status).toBe(2);
    expect(Date.now() - clock).toBeLessThan(15_000);
    const lock = JSON.parse(readFileSync(join(out, '.hotich.lock'), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ pid: running.child.pid, host: hostname(), runId: started.runId });
    for (const part of [`pid ${running.child.pid}`, hostname(), String(started.runId), String(lock.startedAt)]) expect(second.stderr).toContain(part);
    expect(runLogs(out)).toHaveLength(1); // the refused run wrote no run log

    running.child.kill('SIGTERM');
    const end = await running.finished;
    expect(end.status, end.stderr).toBe(1);
    const lines = jsonLines(end.stderr);
    expect(lines.some((line) => line.msg === 'batch written')).toBe(false);
    expect(lines.find((line) => line.code === 'RUN_STOPPED')?.msg).toMatch(/run stopped by SIGTERM/);

    expect(completeBatchRunId(join(out, '249/birth'))).toBe(batchRunId);
    expect(hiddenEntries(join(out, '249'))).toEqual([]);
    expect(existsSync(join(out, '.hotich.lock'))).toBe(false);
    const stopped = runLogs(out).find((log) => log.runId === started.runId);
    expect(stopped).toMatchObject({ status: 'stopped', exitCode: 1, batches: [], districts: ['249'] });
    expect(stopped?.error).toContain('SIGTERM');
  });
});

describe('SIGKILL mid-run', () => {
  it('leaves the previous batch intact and its partial batch hidden; the next run takes the stale lock over and cleans up', async () => {
    const { out, batchRunId } = folderWithBatch();
    const running = startHotich(runArgs('big', out));
    const started = await running.logLine('run started');
    await running.logLine('sheet header found');
    running.child.kill('SIGKILL');
    const end = await running.finished;
    expect(end.signal).toBe('SIGKILL');

    expect(completeBatchRunId(join(out, '249/birth'))).toBe(batchRunId);
    expect(hiddenEntries(join(out, '249'))).toEqual([`.birth.partial-${String(started.runId)}`]);
    const stale = JSON.parse(readFileSync(join(out, '.hotich.lock'), 'utf8')) as Record<string, unknown>;
    expect(stale.pid).toBe(running.child.pid);

    const next = hotich(...runArgs('small', out));
    expect(next.status, next.stderr).toBe(0);
    expect(jsonLines(next.stderr).some((line) => line.msg === 'removed a partial batch left by an interrupted run')).toBe(true);
    expect(hiddenEntries(join(out, '249'))).toEqual([]);
    expect(existsSync(join(out, '.hotich.lock'))).toBe(false);
    const nextRunId = completeBatchRunId(join(out, '249/birth'));
    expect(nextRunId).not.toBe(batchRunId);
    // The batch it replaced is kept in the history, complete.
    expect(completeBatchRunId(join(out, '249/birth/history', batchRunId))).toBe(batchRunId);
  });
});
