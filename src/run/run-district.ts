import { MAX_REVIEW_PAIRS_PER_RECORD } from '../dedup/deduplicate.js';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { Logger } from 'pino';
import { messageVi } from '../catalog/catalog.js';
import { AliasIndex } from '../ingest/alias-index.js';
import { SHEET_HIDDEN, UnreadableFileError, unreadableReason } from '../ingest/open-sheets.js';
import { BatchWriter, type BatchCheckpoint } from '../emit/batch-writer.js';
import { sha256File } from '../emit/sha256-file.js';
import type { Manifest, ManifestInput } from '../emit/manifest.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import { ETHNIC_CODE_LISTS } from '../normalize/codes/ethnicity.js';
import { RECORD_TYPES } from '../record-types/registry.js';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../record-types/record-type.js';
import { readRegister } from './read-register.js';
import { sheetWithoutHeaderOwner, sheetWithoutHeaderProblem, type SheetWithoutHeader } from './sheet-without-header.js';
import { RunMemo } from '../normalize/memo/run-memo.js';
import { ShapeGuards } from '../record-types/shape-guard.js';
import type { RegistryStore } from '../dedup/registry/registry-store.js';
import { RowAccounting } from './row-accounting.js';
import { runDistrictInWorker } from './district-thread.js';
import { RunAbortedError, type RunControl } from './run-control.js';
import { batchToKeep, earlierBatch, keptBatchProblems, type KeptBatch } from './kept-batch.js';

export type { KeptBatch } from './kept-batch.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Provenance name: relative to the input root, or to the deepest folder holding every --input (resolve-inputs.ts). */
  name: string;
}

export interface DistrictJob extends RunControl {
  runId: string;
  startedAt: string;
  pipeline: string | null;
  provinceCode: string;
  districtCode: string;
  types: readonly RecordTypeName[];
  files: readonly InputFile[];
  outputFolder: string;
  options: NormalizeOptions;
  headerAliases: Partial<Record<RecordTypeName, Record<string, readonly string[]>>>;
  /** Records loaded before, for deduplication across districts and runs. */
  registry: RegistryStore | null;
  /** The registry's file: a district run in a worker thread opens its own connection to it. */
  registryPath?: string;
}

/** A problem with a whole file or sheet, for the run summary and the officers' report. */
export interface FileProblem {
  district: string;
  file: string;
  sheet: string | null;
  code: string;
  message: string;
  type: RecordTypeName | null;
}

export interface DistrictResult {
  district: string;
  manifests: Manifest[];
  problems: FileProblem[];
  /** Types whose earlier batch was kept instead of being replaced (the run then exits 1). */
  keptBatches: KeptBatch[];
  /** Wall time from the first file opened to the last batch committed, ms. */
  durationMs: number;
}

/**
 * Reads every input file of one district and writes one batch per record
 * type. A file that cannot be read is named and skipped, rows already taken
 * from it are withdrawn; the other files still run. But a batch is not
 * replaced when the batch of its type now in the output folder holds records
 * of a file that could not be read, or when no file could be read at all: the
 * earlier batch is kept (KeptBatch), as for a district whose inputs matched no file.
 */
export async function runDistrict(job: DistrictJob, logger: Logger): Promise<DistrictResult> {
  // A district is one worker thread's work: districts run concurrently then use every core.
  if ((job.workers ?? 0) > 0 && isMainThread && (job.registry === null || job.registryPath !== undefined)) return runDistrictInWorker(job, logger);
  const started = performance.now();
  const log = logger.child({ district: job.districtCode });
  // Every type's index, so that a sheet of a register this job does not read (--type) is known as such and skipped.
  const indexes = RECORD_TYPE_NAMES.map((type) => new AliasIndex(RECORD_TYPES[type], job.headerAliases[type] ?? {}));
  // A dry run spools in a temporary folder of its own: nothing is written under the output folder.
  const spoolRoot = job.dryRun ? mkdtempSync(join(tmpdir(), 'hotich-dry-run-')) : job.outputFolder;
  const writers = new Map(
    job.types.map((type) => [
      type,
      new BatchWriter(spoolRoot, job.districtCode, RECORD_TYPES[type], job.runId, { spec: RECORD_TYPES[type].dedup, registry: job.registry }, {
        dryRun: job.dryRun,
        historyKeep: job.historyKeep,
      }),
    ]),
  );
  const accounting = new RowAccounting();
  // One memo for all the district's files: its books repeat the same places, dates and names from file to file.
  const memo = new RunMemo();
  const shapeGuards = new ShapeGuards();
  const problems: FileProblem[] = [];
  const inputs: ManifestInput[] = [];
  const keptBatches: KeptBatch[] = [];
  try {
    for (const file of job.files) {
      const checkpoints = new Map<RecordTypeName, BatchCheckpoint>([...writers].map(([type, writer]) => [type, writer.checkpoint()]));
      // `listedIn`: the one batch whose report lists a problem of no record type (a sheet without a header), else every batch.
      const problem = (code: string, params: Record<string, string | number>, sheet: string | null = null, type: RecordTypeName | null = null, listedIn = type): void => {
        problems.push({ district: job.districtCode, file: file.name, sheet, code, message: messageVi(code, params), type });
        for (const [writerType, writer] of writers) {
          if (listedIn === null || listedIn === writerType) writer.problems.addFileProblem(code, file.name, sheet, params);
        }
      };
      const input: ManifestInput = { file: file.name, sha256: '', rows: 0 };
      inputs.push(input);
      let rowsDone = 0;
      let bytesDone = 0;
      try {
        if (job.signal?.aborted) throw abortError(job.signal);
        job.progress?.fileStarted(job.districtCode, file.name, fileSize(file.path));
        input.sha256 = await sha256File(file.path);
        const skippedNoHeader = new Map<string, SheetWithoutHeader>();
        // The register of each sheet read, in the workbook's order (null: a sheet without a header), to tell whose
        // errors.xlsx lists a sheet without a header (sheetWithoutHeaderOwner).
        const sheetRegisters: { sheet: string; type: RecordTypeName | null; hinted?: RecordTypeName }[] = [];
        const hiddenSheets = new Set<string>();
        const onBytes = (bytes: number): void => {
          bytesDone = bytes;
        };
        const events = readRegister(file.path, { ...job, file: file.name, indexes, types: job.types, onBytes, memo, shapeGuards });
        for await (const event of events) {
          if (job.signal?.aborted) throw abortError(job.signal);
          if (++rowsDone % PROGRESS_EVERY_ROWS === 0) job.progress?.fileProgress(job.districtCode, file.name, rowsDone, bytesDone);
          if (event.kind === 'sheet') {
            if (event.damaged !== undefined) {
              // No register is known of it: listed in every batch, as a file that cannot be read is.
              problem('SHEET_DAMAGED', { sheet: event.sheet, reason: event.damaged }, event.sheet);
              (input.sheetsDamaged ??= []).push(event.sheet);
              log.error({ file: file.name, sheet: event.sheet, code: 'SHEET_DAMAGED' }, 'sheet skipped: its part of the workbook is damaged; the other sheets are read');
            } else if (event.otherRegister) {
              log.info({ file: file.name, sheet: event.sheet, type: event.header?.type.name }, 'sheet skipped: another record type than this run reads');
            } else if (event.header) {
              log.info({ file: file.name, sheet: event.sheet, type: event.header.type.name, headerRows: event.header.headerRowNumbers }, 'sheet header found');
              for (const label of event.unknownHeaders) problem('COLUMN_UNKNOWN', { value: label }, event.sheet, event.header.type.name);
              if (event.continuedFrom !== undefined) problem('SHEET_HEADER_FROM_PREVIOUS', { previous: event.continuedFrom }, event.sheet, event.header.type.name);
              if (event.commune !== undefined) problem('SHEET_COMMUNE_INFERRED', { ...event.commune }, event.sheet, event.header.type.name);
              if (event.communeMissing) problem('SHEET_COMMUNE_MISSING', {}, event.sheet, event.header.type.name);
              // Once per sheet (its entries each carry the warning): a header line of another layout lower down is the same sheet.
              if (event.hidden && !hiddenSheets.has(event.sheet)) {
                hiddenSheets.add(event.sheet);
                problem(SHEET_HIDDEN, { sheet: event.sheet }, event.sheet, event.header.type.name);
                log.warn({ file: file.name, sheet: event.sheet, code: SHEET_HIDDEN }, 'sheet hidden in Excel: its entries are read, each with a warning');
              }
              sheetRegisters.push({ sheet: event.sheet, type: event.header.type.name });
            } else {
              skippedNoHeader.set(event.sheet, { rows: 0, denseRows: 0, ...(event.missingHeader === undefined ? {} : { diagnosis: event.missingHeader }) });
              const hinted = event.hintedRegister ?? event.missingHeader?.type ?? undefined;
              sheetRegisters.push({ sheet: event.sheet, type: null, ...(hinted !== undefined && job.types.includes(hinted) ? { hinted } : {}) });
            }
          } else if (event.kind === 'skipped') {
            // A row of another register's sheet is no row of this run's batches, not even a skipped one.
            if (event.reason === 'other-register') continue;
            if (event.type) writers.get(event.type)?.addSkipped(event.reason, event.unused && { ...event.unused, provenance: { file: file.name, sheet: event.sheet, row: event.rowNumber } });
            else {
              const sheet = skippedNoHeader.get(event.sheet) ?? { rows: 0, denseRows: 0 };
              sheet.rows++;
              if (event.dense) sheet.denseRows++;
              skippedNoHeader.set(event.sheet, sheet);
            }
          } else {
            const writer = writers.get(event.type);
            if (!writer) continue;
            const provenance = { file: file.name, sheet: event.sheet, row: event.rowNumber };
            writer.addRead(file.name);
            accounting.read(event.type, provenance);
            const { outcome } = event;
            const found = { register: outcome.register, findings: outcome.findings, communeCode: outcome.communeCode };
            if (outcome.kind === 'clean') writer.writeClean(outcome.record, found);
            else writer.writeRejected(outcome.rejected, outcome.record, found);
            accounting.written(event.type, provenance);
          }
        }
        for (const [sheet, found] of skippedNoHeader) {
          const { code, params } = sheetWithoutHeaderProblem(job.types, found);
          problem(code, params, sheet, null, sheetWithoutHeaderOwner(sheetRegisters, sheet, job.types));
          // A register's entries left unread is an error of the officer's report; an index or notes sheet a warning.
          const fields = { file: file.name, sheet, rows: found.rows, denseRows: found.denseRows, code };
          if (code === 'SHEET_NO_HEADER') log.warn(fields, 'sheet skipped: no header found');
          else log.error(fields, 'sheet skipped: no header found, though its rows look like entries');
        }
        job.progress?.fileFinished(job.districtCode, file.name, rowsDone);
      } catch (error) {
        if (error instanceof RunAbortedError || job.signal?.aborted) throw abortError(job.signal);
        job.progress?.fileFinished(job.districtCode, file.name, rowsDone);
        for (const [type, writer] of writers) writer.rollback(checkpoints.get(type)!);
        accounting.forgetFile(file.name);
        const code = error instanceof UnreadableFileError ? error.code : 'FILE_UNREADABLE';
        const params = error instanceof UnreadableFileError ? error.params : { reason: unreadableReason(error) };
        input.error = { code, message: messageVi(code, params) };
        problem(code, params);
        log.error({ file: file.name, code, reason: describeError(error) }, 'file skipped');
      }
    }
    accounting.assertClosed(writers);
    // Deduplication reads the registry and the commit writes it: in pipeline order when districts run concurrently.
    const endTurn = await job.commitTurn?.();
    try {
      return { district: job.districtCode, manifests: await commitAll(), problems, keptBatches, durationMs: Math.round(performance.now() - started) };
    } finally {
      endTurn?.();
    }
  } catch (error) {
    for (const writer of writers.values()) writer.discard();
    throw error;
  } finally {
    if (job.dryRun) rmSync(spoolRoot, { recursive: true, force: true });
  }

  async function commitAll(): Promise<Manifest[]> {
    const manifests: Manifest[] = [];
    for (const [type, writer] of writers) {
      // A stop asked for before a batch is committed discards it; a commit under way is finished.
      if (job.signal?.aborted) throw abortError(job.signal);
      const kept = batchToKeep(job.districtCode, type, inputs, earlierBatch(job.outputFolder, job.districtCode, type), { allowMissing: job.allowMissing === true });
      if (kept !== null) {
        // Neither the batch nor the registry is touched: the earlier batch stays whole, with the records merged into it.
        writer.discard();
        keptBatches.push(kept);
        const found = keptBatchProblems(kept);
        for (const { file, code, message } of found) problems.push({ district: job.districtCode, file, sheet: null, code, message, type });
        log.error(
          { type, code: found[0]?.code, keptRunId: kept.runId, files: kept.files, records: kept.records },
          'batch not replaced: files it holds records of could not be read or are missing from the inputs (or none could be read); the earlier batch is kept',
        );
        continue;
      }
      const manifest = await writer.commit({
        runId: job.runId,
        startedAt: job.startedAt,
        finishedAt: new Date().toISOString(),
        pipeline: job.pipeline,
        district: job.districtCode,
        type,
        provinceCode: job.provinceCode,
        ethnicityCodeList: ETHNIC_CODE_LISTS[job.options.ethnicityCodeList],
        inputs: inputs.map((input) => ({ ...input, rows: writer.inputRows.get(input.file) ?? 0 })),
        counts: writer.counts,
      });
      log.info({ type, ...manifest.counts, candidatePairs: manifest.dedup.comparedPairs, clusters: manifest.dedup.clusters, reviewPairs: manifest.dedup.reviewPairs, dryRun: job.dryRun === true }, job.dryRun ? 'batch counted (dry run)' : 'batch written');
      if (manifest.dedup.reviewPairsNotListed !== undefined) {
        log.warn(
          { type, reviewPairs: manifest.dedup.reviewPairs, reviewPairsNotListed: manifest.dedup.reviewPairsNotListed, maxPerRecord: MAX_REVIEW_PAIRS_PER_RECORD },
          'dedup: records in doubt against many others (cells repeated down a column?); their further pairs in doubt are not listed',
        );
      }
      for (const repair of manifest.dedup.registryRepairs) {
        // Released records are missing from that district's clean batch (merged away there) until it is re-run;
        // its duplicates.jsonl names the old survivors of repointed ones, its review.jsonl the stale pairs.
        log.warn(
          { type, otherDistrict: repair.district, repointed: repair.repointed, released: repair.released, staleReviewPairs: repair.staleReviewPairs ?? 0 },
          'registry: records or review pairs of another district named entries this batch no longer has; that district\'s outputs are stale until it is re-run',
        );
      }
      // Whole-book findings (a gap in a book's numbers) are listed with the file and sheet problems.
      for (const { code, file, sheet, params } of writer.bookFindings) problems.push({ district: job.districtCode, file, sheet, code, message: messageVi(code, params), type });
      manifests.push(manifest);
    }
    return manifests;
  }
}

/** Rows between two progress reports of a file. */
const PROGRESS_EVERY_ROWS = 2000;

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function abortError(signal: AbortSignal | undefined): RunAbortedError {
  const reason: unknown = signal?.reason;
  if (reason instanceof RunAbortedError) return reason;
  return new RunAbortedError(typeof reason === 'string' ? reason : 'a stop request');
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Parser messages are about structure (offsets, tags), never about cell contents.
  return error.message.split('\n')[0]?.slice(0, 200) ?? error.name;
}
