import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJob } from '../../src/cli/run-command.js';
import { ConfigError } from '../../src/config/config-error.js';
import { loadPipeline } from '../../src/config/load-pipeline.js';

function pipelineFile(run: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-config-'));
  const path = join(folder, 'pipeline.json');
  writeFileSync(path, JSON.stringify({ provinceCode: '26', districts: [{ code: '249', inputs: ['*.xlsx'] }], ...(run === undefined ? {} : { run }) }));
  return path;
}

const args = { districts: [], type: undefined, out: undefined, inputs: [], province: undefined };

describe('the pipeline file\'s run settings', () => {
  it('are optional, and given ones reach the job', async () => {
    expect(loadPipeline(pipelineFile(undefined)).run).toEqual({});
    const job = await buildJob({ ...args, pipeline: pipelineFile({ concurrency: 3, workers: 0, historyKeep: 10 }) });
    expect(job).toMatchObject({ concurrency: 3, workers: 0, historyKeep: 10, dryRun: false });
  });

  it('give way to the command line', async () => {
    const job = await buildJob({ ...args, pipeline: pipelineFile({ concurrency: 3, workers: 0, historyKeep: 10 }), concurrency: '1', workers: '2', keepHistory: '0', dryRun: true });
    expect(job).toMatchObject({ concurrency: 1, workers: 2, historyKeep: 0, dryRun: true });
  });

  it('are checked at the door, the error naming the JSON path', () => {
    for (const [run, path] of [
      [{ concurrency: 0 }, 'run.concurrency'],
      [{ workers: -1 }, 'run.workers'],
      [{ historyKeep: 1.5 }, 'run.historyKeep'],
      [{ concurrency: '2' }, 'run.concurrency'],
      [{ threads: 2 }, 'run'],
    ] as const) {
      expect(() => loadPipeline(pipelineFile(run)), JSON.stringify(run)).toThrow(ConfigError);
      expect(() => loadPipeline(pipelineFile(run)), JSON.stringify(run)).toThrow(`${path}:`);
    }
  });

  it('rejects command-line counts that are not whole numbers in range', async () => {
    const pipeline = pipelineFile(undefined);
    await expect(buildJob({ ...args, pipeline, concurrency: '0' })).rejects.toThrow('--concurrency 0: expected a whole number of at least 1');
    await expect(buildJob({ ...args, pipeline, workers: '1.5' })).rejects.toThrow('--workers 1.5');
    await expect(buildJob({ ...args, pipeline, keepHistory: 'năm' })).rejects.toThrow('--keep-history năm');
  });
});

describe('the pipeline file\'s province and districts', () => {
  const write = (content: unknown): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-config-')), 'pipeline.json');
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it('refuses a district listed twice: the second entry would replace the first one\'s batches', () => {
    const path = write({ provinceCode: '26', districts: [{ code: '249', inputs: ['a/*.xlsx'] }, { code: '251', inputs: ['b/*'] }, { code: '249', inputs: ['a/*.csv'] }] });
    expect(() => loadPipeline(path)).toThrow(ConfigError);
    expect(() => loadPipeline(path)).toThrow('districts.2.code: "249" is already districts.0');
  });

  it('refuses another province than Vĩnh Phúc', () => {
    const path = write({ provinceCode: '01', districts: [{ code: '249', inputs: ['*.xlsx'] }] });
    expect(() => loadPipeline(path)).toThrow('provinceCode: "01" is not Vĩnh Phúc\'s (expected "26")');
  });
});
