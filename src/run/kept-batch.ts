import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageVi } from '../catalog/catalog.js';
import type { Manifest, ManifestInput } from '../emit/manifest.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { RECORD_TYPES } from '../record-types/registry.js';

/**
 * A batch a run did not replace: files it could not read had given records to
 * the batch of that type now in the output folder (or no file could be read at all).
 */
export interface KeptBatch {
  district: string;
  type: RecordTypeName;
  /** The run id of the batch kept. */
  runId: string;
  /** The unreadable files with the records the kept batch holds from each (its manifest's rows). */
  files: { file: string; code: string; records: number }[];
  /** Records (rows read) of the kept batch. */
  records: number;
}

/** The problem codes of a kept batch: files it holds records of were unreadable; no file at all could be read. */
export const BATCH_KEPT_FILE_UNREADABLE = 'BATCH_KEPT_FILE_UNREADABLE';
export const BATCH_KEPT_NO_READABLE_FILE = 'BATCH_KEPT_NO_READABLE_FILE';

/** What a kept batch is judged on: its manifest's run id, rows per input file and rows read. */
export type EarlierBatch = Pick<Manifest, 'runId' | 'inputs' | 'counts'>;

/**
 * Whether the batch of a type now in place must be kept rather than replaced: a file
 * this run could not read gave it records (its manifest counts the rows read from
 * each file), or no file of the district could be read and it holds any record —
 * replacing it would drop those records without a word, and release the other
 * districts' records merged into them. Null: the batch is replaced (a new corrupt
 * file that never gave records is only reported).
 */
export function batchToKeep(district: string, type: RecordTypeName, inputs: readonly ManifestInput[], earlier: EarlierBatch | null): KeptBatch | null {
  const unreadable = inputs.filter((input) => input.error !== undefined);
  if (unreadable.length === 0 || earlier === null) return null;
  const rowsOf = new Map(earlier.inputs.map((input) => [input.file, input.rows]));
  const files = unreadable.map((input) => ({ file: input.file, code: input.error?.code ?? '', records: rowsOf.get(input.file) ?? 0 }));
  const held = files.some(({ records }) => records > 0);
  const noneRead = unreadable.length === inputs.length && earlier.counts.rowsRead > 0;
  return held || noneRead ? { district, type, runId: earlier.runId, files, records: earlier.counts.rowsRead } : null;
}

/**
 * What the officer is told of a kept batch (summary.json, summary.xlsx): each unreadable
 * file it holds records of, with their number; else that no file could be read.
 */
export function keptBatchProblems(kept: KeptBatch): { file: string; code: string; message: string }[] {
  const register = RECORD_TYPES[kept.type].labelVi.toLowerCase();
  const held = kept.files.filter(({ records }) => records > 0);
  if (held.length > 0) {
    return held.map(({ file, records }) => ({ file, code: BATCH_KEPT_FILE_UNREADABLE, message: messageVi(BATCH_KEPT_FILE_UNREADABLE, { file, register, records }) }));
  }
  const files = kept.files.map(({ file }) => file).join(', ');
  return [{ file: files, code: BATCH_KEPT_NO_READABLE_FILE, message: messageVi(BATCH_KEPT_NO_READABLE_FILE, { files, register, records: kept.records }) }];
}

/** The manifest of the batch of a type now in place in the output folder; null when there is none (or it cannot be read). */
export function earlierBatch(outputFolder: string, district: string, type: RecordTypeName): EarlierBatch | null {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(readFileSync(join(outputFolder, district, type, 'manifest.json'), 'utf8')) as Partial<Manifest>;
  } catch {
    return null;
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.counts?.rowsRead !== 'number') return null;
  return { runId: String(manifest.runId ?? ''), inputs: manifest.inputs, counts: manifest.counts };
}
