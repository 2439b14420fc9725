import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The source of Chart.js's UMD build (defines the global `Chart`), inlined in
 * report.html so the charts draw without a network. chart.js does not export
 * its dist/ files, so the file is found next to the package's CommonJS entry.
 */
export function chartLibrarySource(): string {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(entry), 'chart.umd.js'), 'utf8');
}
