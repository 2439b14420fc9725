import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SkipReason } from '../ingest/row-kind.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { AppendFile } from './append-file.js';
import { flatColumns, flatValues } from './flatten.js';
import type { BatchCounts, Manifest, Provenance, RejectedRow } from './manifest.js';
import { writeErrorsWorkbook } from './errors-workbook.js';
import { ProblemLog, type ProblemCounts } from './problem-log.js';
import type { BoundFinding } from '../normalize/bound-finding.js';

const OUTPUT_FILES = ['clean.jsonl', 'clean.csv', 'rejected.jsonl', 'duplicates.jsonl', 'review.jsonl'] as const;

export interface BatchCheckpoint {
  sizes: number[];
  spoolSize: number;
  counts: BatchCounts;
  problemCounts: ProblemCounts;
  inputRows: Map<string, number>;
}

/**
 * Writes one district × record type batch into a hidden temporary folder and
 * renames it into place only when complete, so a loader never sees half a batch.
 */
export class BatchWriter {
  readonly tempFolder: string;
  readonly finalFolder: string;
  readonly counts: BatchCounts = { rowsRead: 0, clean: 0, rejected: 0, mergedAway: 0, skipped: 0, skippedByReason: {} };
  /** Rows read per input file (provenance file name). */
  readonly inputRows = new Map<string, number>();
  private readonly files: Record<(typeof OUTPUT_FILES)[number], AppendFile>;
  /** Errors and warnings for errors.xlsx. */
  readonly problems: ProblemLog;
  private readonly csvColumns: string[];

  constructor(
    outputFolder: string,
    readonly districtCode: string,
    readonly type: RecordTypeDefinition,
    runId: string,
  ) {
    this.finalFolder = join(outputFolder, districtCode, type.name);
    this.tempFolder = join(outputFolder, districtCode, `.${type.name}.partial-${runId}`);
    mkdirSync(this.tempFolder, { recursive: true });
    const open = (name: string): AppendFile => new AppendFile(join(this.tempFolder, name));
    this.files = {
      'clean.jsonl': open('clean.jsonl'),
      'clean.csv': open('clean.csv'),
      'rejected.jsonl': open('rejected.jsonl'),
      'duplicates.jsonl': open('duplicates.jsonl'),
      'review.jsonl': open('review.jsonl'),
    };
    this.problems = new ProblemLog(this.tempFolder, type);
    this.csvColumns = flatColumns(type.schema);
    // UTF-8 BOM so Excel shows Vietnamese; escapeFormulae guards against formula injection.
    this.files['clean.csv'].write(`\uFEFF${Papa.unparse([this.csvColumns])}\r\n`);
  }

  addRead(file: string): void {
    this.counts.rowsRead++;
    this.inputRows.set(file, (this.inputRows.get(file) ?? 0) + 1);
  }

  addSkipped(reason: SkipReason | 'title' | 'header' | 'no-header'): void {
    this.counts.skipped++;
    this.counts.skippedByReason[reason] = (this.counts.skippedByReason[reason] ?? 0) + 1;
  }

  writeClean(record: object): void {
    this.files['clean.jsonl'].write(`${JSON.stringify(record)}\n`);
    const values = flatValues(record, this.csvColumns);
    this.files['clean.csv'].write(`${Papa.unparse([values], { escapeFormulae: true })}\r\n`);
    this.counts.clean++;
  }

  /** Everything found in one row, for the officers' report (counts by code and commune, detail lines). */
  recordFindings(findings: readonly BoundFinding[], provenance: Provenance, communeCode: string | null, rejected: boolean): void {
    this.problems.addRow(findings, provenance, communeCode, rejected);
  }

  writeRejected(row: RejectedRow): void {
    this.files['rejected.jsonl'].write(`${JSON.stringify(row)}\n`);
    this.counts.rejected++;
  }

  checkpoint(): BatchCheckpoint {
    return {
      sizes: OUTPUT_FILES.map((name) => this.files[name].size),
      spoolSize: this.problems.spool.size,
      counts: structuredClone(this.counts),
      problemCounts: structuredClone(this.problems.counts),
      inputRows: new Map(this.inputRows),
    };
  }

  /** Takes back everything written since the checkpoint (a corrupt input file). */
  rollback(checkpoint: BatchCheckpoint): void {
    OUTPUT_FILES.forEach((name, index) => this.files[name].truncate(checkpoint.sizes[index] ?? 0));
    this.problems.spool.truncate(checkpoint.spoolSize);
    this.problems.counts = structuredClone(checkpoint.problemCounts);
    Object.assign(this.counts, structuredClone(checkpoint.counts));
    this.inputRows.clear();
    for (const [file, rows] of checkpoint.inputRows) this.inputRows.set(file, rows);
  }

  /** Closes the files, writes the manifest and renames the batch into place. */
  async commit(manifest: Omit<Manifest, 'outputs' | 'problemsByCode'>): Promise<Manifest> {
    for (const name of OUTPUT_FILES) this.files[name].close();
    this.problems.spool.close();
    await writeErrorsWorkbook({
      path: join(this.tempFolder, 'errors.xlsx'),
      districtCode: this.districtCode,
      type: this.type,
      runId: manifest.runId,
      counts: this.counts,
      problems: this.problems.counts,
      spoolPath: this.problems.spool.path,
    });
    rmSync(this.problems.spool.path);
    const outputs: Record<string, string> = {};
    for (const name of [...OUTPUT_FILES, 'errors.xlsx']) outputs[name] = await sha256File(join(this.tempFolder, name));
    const complete: Manifest = { ...manifest, problemsByCode: this.problems.counts.byCode, outputs };
    writeFileSync(join(this.tempFolder, 'manifest.json'), `${JSON.stringify(complete, null, 2)}\n`);
    const previous = `${this.finalFolder}.previous-${manifest.runId}`;
    if (existsSync(this.finalFolder)) renameSync(this.finalFolder, previous);
    renameSync(this.tempFolder, this.finalFolder);
    rmSync(previous, { recursive: true, force: true });
    return complete;
  }

  /** Removes the temporary folder of a batch that will not be committed. */
  discard(): void {
    for (const file of [...Object.values(this.files), this.problems.spool]) {
      try {
        file.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.tempFolder, { recursive: true, force: true });
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
