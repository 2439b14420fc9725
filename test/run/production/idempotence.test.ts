import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCHES, BATCH_FILES, runPipeline, writePipeline } from './pipeline-fixture.js';

const snapshot = (out: string): Map<string, string> =>
  new Map(BATCHES.flatMap((batch) => BATCH_FILES.map((name) => [`${batch}/${name}`, readFileSync(join(out, batch, name), 'latin1')] as const)));

describe('same input, same output', () => {
  it('a second and a third run over unchanged inputs write byte-identical batches into the same folder', async () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const first = await runPipeline(pipeline);
    const before = snapshot(out);
    // The fixture has a cross-district duplicate: the run is not trivially idempotent.
    expect(before.get('251/birth/duplicates.jsonl')).toContain('"loadedBefore":true');
    const second = await runPipeline(pipeline);
    expect(second.runId).not.toBe(first.runId);
    const after = snapshot(out);
    for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
    await runPipeline(pipeline);
    const third = snapshot(out);
    for (const [file, bytes] of before) expect(third.get(file), file).toBe(bytes);
  });
});
