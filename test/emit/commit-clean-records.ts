/** Commits clean records of district 249 through a BatchWriter (no registry) and reads back its clean.jsonl and manifest. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriter } from '../../src/emit/batch-writer.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';

const manifest = { runId: 'r1', startedAt: '', finishedAt: '', pipeline: null, district: '249', provinceCode: '26', ethnicityCodeList: '2008', inputs: [] };

export async function commitCleanRecords(type: 'birth' | 'marriage', records: object[]) {
  const out = mkdtempSync(join(tmpdir(), 'hotich-commit-'));
  const definition = RECORD_TYPES[type];
  const writer = new BatchWriter(out, '249', definition, 'r1', { spec: definition.dedup as never, registry: null });
  for (const record of records) {
    writer.addRead('a.xlsx');
    writer.writeClean(record as Record<string, unknown>);
  }
  const written = await writer.commit({ ...manifest, type, counts: writer.counts });
  const clean = readFileSync(join(out, '249', type, 'clean.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  return { clean, manifest: written };
}
