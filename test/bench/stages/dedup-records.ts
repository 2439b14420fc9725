/** Reading the DedupRecords the read-register stage dumped (`<folder>/<type>.jsonl`). */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DedupRecord } from '../../../src/dedup/dedup-record.js';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';

export const dumpPath = (folder: string, type: RecordTypeName): string => join(folder, `${type}.jsonl`);

export async function readDedupRecords(folder: string, type: RecordTypeName): Promise<DedupRecord[]> {
  const path = dumpPath(folder, type);
  if (!existsSync(path)) return [];
  const records: DedupRecord[] = [];
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line !== '') records.push(JSON.parse(line) as DedupRecord);
  }
  return records;
}
