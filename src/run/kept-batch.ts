import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageVi } from '../catalog/catalog.js';
import type { Manifest, ManifestInput } from '../emit/manifest.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { RECORD_TYPES } from '../record-types/registry.js';

/**
 * A batch a run did not replace: files it could not read, or files missing from
 * its inputs, had given records to the batch of that type now in the output
 * folder (or no file could be read at all).
 */
export interface KeptBatch {
  district: string;
  type: RecordTypeName;
  /** The run id of the batch kept. */
  runId: string;
  /** The unreadable (their problem code) or missing (BATCH_KEPT_FILE_MISSING) files with the records the kept batch holds from each (its manifest's rows). */
  files: { file: string; code: string; records: number }[];
  /** Records (rows read) of the kept batch. */
  records: number;
}

/** The problem codes of a kept batch: files it holds records of were unreadable, or not among the inputs; no file at all could be read. */
export const BATCH_KEPT_FILE_UNREADABLE = 'BATCH_KEPT_FILE_UNREADABLE';
export const BATCH_KEPT_FILE_MISSING = 'BATCH_KEPT_FILE_MISSING';
export const BATCH_KEPT_NO_READABLE_FILE = 'BATCH_KEPT_NO_READABLE_FILE';

/** What a kept batch is judged on: its manifest's run id, rows per input file and rows read. */
export type EarlierBatch = Pick<Manifest, 'runId' | 'inputs' | 'counts'>;

/**
 * Whether the batch of a type now in place must be kept rather than replaced: a file
 * this run could not read gave it records (its manifest counts the rows read from
 * each file), a file that gave it records is not among this run's inputs (an
 * operator's re-run naming only the file they fixed, a file deleted from a globbed
 * folder) — unless `allowMissing` says the missing files are withdrawn on purpose —
 * or no file of the district could be read and it holds any record. Replacing it
 * would drop those records without a word, and release the other districts'
 * records merged into them. A file renamed or moved (an input with the content
 * hash the manifest gives) is not missing. Null: the batch is replaced (a new
 * corrupt file that never gave records is only reported).
 */
export function batchToKeep(
  district: string,
  type: RecordTypeName,
  inputs: readonly ManifestInput[],
  earlier: EarlierBatch | null,
  { allowMissing = false }: { allowMissing?: boolean } = {},
): KeptBatch | null {
  if (earlier === null) return null;
  const unreadable = inputs.filter((input) => input.error !== undefined);
  const missing = allowMissing ? [] : missingFiles(inputs, earlier);
  if (unreadable.length === 0 && missing.length === 0) return null;
  const rowsOf = new Map(earlier.inputs.map((input) => [input.file, input.rows]));
  const files = [
    ...unreadable.map((input) => ({ file: input.file, code: input.error?.code ?? '', records: rowsOf.get(input.file) ?? 0 })),
    ...missing.map((input) => ({ file: input.file, code: BATCH_KEPT_FILE_MISSING, records: input.rows })),
  ];
  const held = files.some(({ records }) => records > 0);
  const noneRead = unreadable.length > 0 && unreadable.length === inputs.length && earlier.counts.rowsRead > 0;
  return held || noneRead ? { district, type, runId: earlier.runId, files, records: earlier.counts.rowsRead } : null;
}

/** The earlier batch's inputs that gave it records and are neither among `inputs` by name nor by content (renamed, moved). */
function missingFiles(inputs: readonly ManifestInput[], earlier: EarlierBatch): ManifestInput[] {
  const gave = earlier.inputs.filter((input) => input.rows > 0);
  if (gave.length === 0) return [];
  const names = new Set(inputs.map((input) => input.file));
  const hashes = new Set(inputs.map((input) => input.sha256).filter((sha256) => sha256 !== ''));
  return gave.filter((input) => !names.has(input.file) && !(input.sha256 !== '' && hashes.has(input.sha256)));
}

/**
 * What the officer is told of a kept batch (summary.json, summary.xlsx): each unreadable
 * or missing file it holds records of, with their number; else that no file could be read.
 */
export function keptBatchProblems(kept: KeptBatch): { file: string; code: string; message: string }[] {
  const register = RECORD_TYPES[kept.type].labelVi.toLowerCase();
  const held = kept.files.filter(({ records }) => records > 0);
  if (held.length > 0) {
    return held.map(({ file, code: fileCode, records }) => {
      const code = fileCode === BATCH_KEPT_FILE_MISSING ? BATCH_KEPT_FILE_MISSING : BATCH_KEPT_FILE_UNREADABLE;
      return { file, code, message: messageVi(code, { file, register, records }) };
    });
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
