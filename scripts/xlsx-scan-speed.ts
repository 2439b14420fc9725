/**
 * Rows per second of the exceljs reader and the lean scanner on one generated
 * 26-column register (not a test; figures depend on the machine).
 *
 *   npx tsx scripts/xlsx-scan-speed.ts [--rows 100000] [--inline] [--only lean|exceljs] [--repeat 3]
 *
 * The workbook is written once under the OS temp folder and reused.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SheetSource } from '../src/ingest/sheet-source.js';
import { readXlsxSheetsLean } from '../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { readXlsxSheets } from '../src/ingest/xlsx-reader.js';
import { writeRegisterWorkbook } from '../test/ingest/xlsx-scan/register-workbook.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    inline: { type: 'boolean', default: false },
    only: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
});
const rows = Number(values.rows);
const path = join(tmpdir(), `hotich-xlsx-scan-speed-${rows}-${values.inline ? 'inline' : 'shared'}.xlsx`);
if (!existsSync(path)) {
  const started = performance.now();
  await writeRegisterWorkbook(path, rows, !values.inline);
  console.log(`wrote ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const readers: Record<string, (file: string) => AsyncIterable<SheetSource>> = {
  exceljs: readXlsxSheets,
  lean: readXlsxSheetsLean,
};
for (const [name, read] of Object.entries(readers)) {
  if (values.only && values.only !== name) continue;
  for (let attempt = 0; attempt < Number(values.repeat); attempt++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let count = 0;
    let cells = 0;
    for await (const sheet of read(path)) {
      for await (const row of sheet.rows) {
        count++;
        for (const cell of row.cells) if (cell) cells++;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // CPU time of all threads (main + zlib thread pool): what the read costs when the machine is busy.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `${name.padEnd(8)} ${count} rows, ${cells} cells in ${seconds.toFixed(2)} s: ${Math.round(count / seconds)} rows/s`
        + ` (CPU ${cpuSeconds.toFixed(2)} s: ${Math.round(count / cpuSeconds)} rows per CPU-second)`,
    );
  }
}
