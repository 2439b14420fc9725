import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests write their scratch folders under os.tmpdir(). One folder per test run,
// handed to every test (and the processes they start) as TMPDIR and removed by
// test/global-teardown.ts, so a run leaves nothing behind in /tmp.
const runTemp = process.env.HOTICH_TEST_TMPDIR ?? mkdtempSync(join(tmpdir(), 'hotich-tests-'));
process.env.HOTICH_TEST_TMPDIR = runTemp;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TMPDIR: runTemp },
    globalSetup: ['test/global-teardown.ts'],
  },
});
