/**
 * hotich's reading + header detection + normalization + validation, as a run
 * does it per file (readRegister with every record type's alias index, one
 * normalizer memo per district), but nothing written. With `dumpFolder`, every clean record's DedupRecord (built
 * by its type's dedup spec, as BatchWriter does) is written to
 * `<dumpFolder>/<type>.jsonl` for the dedup and DuckDB stages; the writing is
 * not counted, building the DedupRecords is timed apart (`dedupRecordSeconds`).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AliasIndex } from '../../../src/ingest/alias-index.js';
import { RunMemo } from '../../../src/normalize/memo/run-memo.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../../src/normalize/normalize-options.js';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../../src/record-types/registry.js';
import { ShapeGuards } from '../../../src/record-types/shape-guard.js';
import { readRegister } from '../../../src/run/read-register.js';
import { listDataFiles, reportStage, stageArguments } from './stage-io.js';

const { folder, format, dumpFolder } = stageArguments<{ folder: string; format: 'xlsx' | 'csv'; dumpFolder?: string }>();
const TYPES = Object.keys(RECORD_TYPES) as RecordTypeName[];

class Dump {
  private readonly files = new Map<RecordTypeName, { fd: number; buffer: string }>();

  constructor(folder: string) {
    mkdirSync(folder, { recursive: true });
    for (const type of TYPES) this.files.set(type, { fd: openSync(join(folder, `${type}.jsonl`), 'w'), buffer: '' });
  }

  write(type: RecordTypeName, line: string): void {
    const file = this.files.get(type)!;
    file.buffer += `${line}\n`;
    if (file.buffer.length > 1 << 20) this.flush(file);
  }

  close(): void {
    for (const file of this.files.values()) {
      this.flush(file);
      closeSync(file.fd);
    }
  }

  private flush(file: { fd: number; buffer: string }): void {
    writeSync(file.fd, file.buffer);
    file.buffer = '';
  }
}

await reportStage(async () => {
  const indexes = TYPES.map((type) => new AliasIndex(RECORD_TYPES[type], {}));
  const counts = { rows: 0, clean: 0, rejected: 0, skipped: 0, sheetsWithoutHeader: 0 };
  const byType = Object.fromEntries(TYPES.map((type) => [type, { rows: 0, clean: 0, rejected: 0 }])) as Record<RecordTypeName, { rows: number; clean: number; rejected: number }>;
  const dump = dumpFolder ? new Dump(dumpFolder) : null;
  let dedupRecordSeconds = 0;
  let excludedSeconds = 0;
  // One normalizer memo per district, shared by its files, as a run keeps it (src/run/run-district.ts).
  const memos = new Map<string, RunMemo>();
  const shapeGuards = new ShapeGuards();
  for (const file of listDataFiles(folder, format)) {
    let memo = memos.get(file.districtCode);
    if (memo === undefined) memos.set(file.districtCode, (memo = new RunMemo()));
    const options = { provinceCode: '26', districtCode: file.districtCode, file: file.name, options: DEFAULT_NORMALIZE_OPTIONS, indexes, memo, shapeGuards };
    for await (const event of readRegister(file.path, options)) {
      if (event.kind === 'sheet') {
        if (!event.header) counts.sheetsWithoutHeader++;
        continue;
      }
      if (event.kind === 'skipped') {
        counts.skipped++;
        continue;
      }
      counts.rows++;
      byType[event.type].rows++;
      if (event.outcome.kind === 'rejected') {
        counts.rejected++;
        byType[event.type].rejected++;
        continue;
      }
      counts.clean++;
      byType[event.type].clean++;
      if (!dump) continue;
      const built = performance.now();
      const record = RECORD_TYPES[event.type].dedup.toDedupRecord(event.outcome.record as never, file.districtCode);
      const serialised = performance.now();
      dump.write(event.type, JSON.stringify(record));
      dedupRecordSeconds += (serialised - built) / 1000;
      excludedSeconds += (performance.now() - built) / 1000;
    }
  }
  const closing = performance.now();
  dump?.close();
  excludedSeconds += (performance.now() - closing) / 1000;
  return { ...counts, byType, dedupRecordSeconds, excludedSeconds };
});
