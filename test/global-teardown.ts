import { rmSync } from 'node:fs';

/** Removes the run's scratch folder (vitest.config.ts) once every test file has finished. */
export function teardown(): void {
  const folder = process.env.HOTICH_TEST_TMPDIR;
  if (folder) rmSync(folder, { recursive: true, force: true });
}
