/**
 * npm run bench [-- --rows 100000]: records/s, time per stage and peak memory of
 * a run on generated birth registers (XLSX and CSV). Each stage runs in its own
 * process so peak RSS is that stage's own:
 *   read       readers only (every row of every sheet),
 *   normalize  read + header detection + normalization + validation, no output,
 *   run        the whole job with batch files written.
 * Stage cost = difference between consecutive stages. A second, smaller size
 * shows whether memory grows with input size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { openSheets } from '../../src/ingest/open-sheets.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { runJob } from '../../src/run/run-job.js';
import { writeCsvRegister, writeXlsxRegister } from './generate-register.js';

type Stage = 'read' | 'normalize' | 'run';

async function runStage(stage: Stage, file: string): Promise<{ seconds: number; rows: number; peakMiB: number }> {
  const started = process.hrtime.bigint();
  let rows = 0;
  if (stage === 'read') {
    for await (const sheet of openSheets(file)) for await (const _row of sheet.rows) rows++;
  } else if (stage === 'normalize') {
    const options = { provinceCode: '26', districtCode: '249', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes: [new AliasIndex(RECORD_TYPES.birth)] };
    for await (const event of readRegister(file, options)) if (event.kind === 'row') rows++;
  } else {
    const out = mkdtempSync(join(tmpdir(), 'hotich-bench-out-'));
    const job = { pipeline: null, provinceCode: '26', types: ['birth'] as const, outputFolder: out, options: DEFAULT_NORMALIZE_OPTIONS, headerAliases: {}, districts: [{ code: '249', files: [{ path: file, name: 'register' }] }] };
    const result = await runJob(job, pino({ level: 'silent' }));
    rows = result.districts[0]?.manifests[0]?.counts.rowsRead ?? 0;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, rows, peakMiB: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, stage: { type: 'string' }, file: { type: 'string' } } });
  if (values.stage && values.file) {
    process.stdout.write(JSON.stringify(await runStage(values.stage as Stage, values.file)));
    return;
  }
  const large = Number(values.rows);
  const folder = join(tmpdir(), 'hotich-bench');
  mkdirSync(folder, { recursive: true });
  console.log(`hotich benchmark: birth registers, Node ${process.version}`);
  console.log('input              rows    stage       seconds   stage cost  records/s   peak RSS MiB');
  for (const [format, rows] of [['xlsx', Math.round(large / 5)], ['xlsx', large], ['csv', large]] as const) {
    const file = join(folder, `register-${rows}.${format}`);
    if (!existsSync(file)) {
      if (format === 'xlsx') await writeXlsxRegister(file, rows);
      else writeCsvRegister(file, rows);
    }
    let previous = 0;
    for (const stage of ['read', 'normalize', 'run'] as const) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--stage', stage, '--file', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const result = JSON.parse(output) as { seconds: number; rows: number; peakMiB: number };
      const cost = result.seconds - previous;
      previous = result.seconds;
      console.log(
        `${format.padEnd(6)} ${String(rows).padStart(12)}  ${stage.padEnd(10)} ${result.seconds.toFixed(2).padStart(8)} ${cost.toFixed(2).padStart(11)} ${Math.round(result.rows / result.seconds).toString().padStart(10)} ${result.peakMiB.toFixed(0).padStart(13)}`,
      );
    }
  }
}

await main();
