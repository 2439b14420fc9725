import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeBatchRunId, hiddenEntries } from './hotich-process.js';
import { BATCHES, runPipeline, writePipeline } from './pipeline-fixture.js';

const manifestRunId = (out: string, batch: string): string => (JSON.parse(readFileSync(join(out, batch, 'manifest.json'), 'utf8')) as { runId: string }).runId;

describe('re-running one district (--district)', () => {
  it('replaces only that district\'s batches, keeping the replaced ones under history/<run id>', async () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const first = await runPipeline(pipeline);
    const clean251 = readFileSync(join(out, '251/birth/clean.jsonl'));
    const rerun = await runPipeline(pipeline, { districts: ['249'] });
    expect(rerun.districts.map((district) => district.district)).toEqual(['249']);
    for (const batch of BATCHES) {
      const expected = batch.startsWith('249/') ? rerun.runId : first.runId;
      expect(completeBatchRunId(join(out, batch)), batch).toBe(expected);
    }
    for (const type of ['birth', 'marriage', 'death']) {
      expect(readdirSync(join(out, '249', type, 'history'))).toEqual([first.runId]);
      expect(completeBatchRunId(join(out, '249', type, 'history', first.runId))).toBe(first.runId);
      expect(existsSync(join(out, '251', type, 'history'))).toBe(false);
    }
    expect(readFileSync(join(out, '251/birth/clean.jsonl')).equals(clean251)).toBe(true);
    expect(hiddenEntries(join(out, '249'))).toEqual([]);
  });

  it('keeps the last N replaced batches (--keep-history, or the pipeline\'s run.historyKeep)', async () => {
    const { pipeline, folder } = writePipeline({ run: { historyKeep: 2 } });
    const out = join(folder, 'out');
    const runIds: string[] = [];
    for (let run = 0; run < 4; run++) runIds.push((await runPipeline(pipeline, { districts: ['251'], type: 'death' })).runId);
    expect(readdirSync(join(out, '251/death/history'))).toEqual(runIds.slice(1, 3));
    expect(manifestRunId(out, '251/death')).toBe(runIds[3]);
    // The command line overrides the pipeline file.
    const last = await runPipeline(pipeline, { districts: ['251'], type: 'death', keepHistory: '1' });
    expect(readdirSync(join(out, '251/death/history'))).toEqual([runIds[3]]);
    expect(manifestRunId(out, '251/death')).toBe(last.runId);
  });
});

describe('a run killed between the renames of a batch replacement', () => {
  it('is repaired by the next run: the complete new batch is put in place', async () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const first = await runPipeline(pipeline, { districts: ['249'], type: 'birth' });
    // What replaceBatch leaves when killed after moving the old batch into the new one's history: no 249/birth.
    const partial = join(out, '249', `.birth.partial-2026-killed`);
    cpSync(join(out, '249/birth'), partial, { recursive: true });
    rmSync(join(out, '249/birth'), { recursive: true });
    await runPipeline(pipeline, { districts: ['251'], type: 'death' });
    expect(completeBatchRunId(join(out, '249/birth'))).toBe(first.runId);
    expect(hiddenEntries(join(out, '249'))).toEqual([]);
  });

  it('puts the previous batch back from the history when the new one is not complete', async () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const first = await runPipeline(pipeline, { districts: ['249'], type: 'birth' });
    const second = await runPipeline(pipeline, { districts: ['249'], type: 'birth' });
    // Simulate a kill after the old batch went into history but with the new batch unfinished (a file missing).
    const partial = join(out, '249', `.birth.partial-2026-killed`);
    renameSync(join(out, '249/birth'), partial);
    rmSync(join(partial, 'clean.csv'));
    await runPipeline(pipeline, { districts: ['251'], type: 'death' });
    expect(completeBatchRunId(join(out, '249/birth'))).toBe(first.runId);
    expect(second.runId).not.toBe(first.runId);
    expect(hiddenEntries(join(out, '249'))).toEqual([]);
  });
});
