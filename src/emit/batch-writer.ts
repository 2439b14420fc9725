import { createReadStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { DedupRecord } from '../dedup/dedup-record.js';
import { NameKeyMemo } from '../dedup/specs/name-key-memo.js';
import { personIdsOf, type PersonId } from '../dedup/person-id-owners.js';
import { loadedSurvivorGapFinding } from '../dedup/survivor-gap.js';
import { fieldLabelVi } from '../record-types/field-label.js';
import type { SkipReason } from '../ingest/row-kind.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { AppendFile } from './append-file.js';
import { deduplicateBatch, loadedLabels, recordInRegistry, type BatchDedup, type BatchDedupResult } from './batch-dedup.js';
import { checkRegisterNumbers, type HeldYearWarning, type RejectedPosition } from './batch-numbering.js';
import { writeDedupOutputs, type AddedWarning, type SurvivorFindings } from './dedup-output.js';
import { writeErrorsWorkbook } from './errors-workbook.js';
import { flatColumns, flatValues } from './flatten.js';
import { sha256File } from './sha256-file.js';
import { cleanSpoolLine, csvRows } from './spool.js';
import type { BatchCounts, Manifest, Provenance, RejectedRow } from './manifest.js';
import { ProblemLog, type ProblemCounts } from './problem-log.js';
import { messageVi } from '../catalog/catalog.js';
import { registerPositionOf, type RegisterPosition, type RegisterSource } from '../validate/register-numbers.js';
import { unusedLinePositions, type BookFinding } from '../validate/register-books.js';
import { DEFAULT_HISTORY_KEEP } from '../run/run-control.js';
import { registerFieldColumn } from '../run/process-row.js';
import { replaceBatch } from './batch-history.js';

const YEAR_NOT_BOOK = 'DATE_YEAR_NOT_BOOK';

/** What processRow found of a row besides its record: its sheet's register, its findings, its commune. */
export interface RowFindings {
  register?: RegisterSource;
  /** Everything found in the row, for the officers' report (counts by code and commune, detail lines). */
  findings?: readonly BoundFinding[];
  communeCode?: string | null;
}

/** Clean records per Papa.unparse call. */
const CSV_BLOCK_ROWS = 512;

const OUTPUT_FILES = ['clean.jsonl', 'clean.csv', 'rejected.jsonl', 'duplicates.jsonl', 'review.jsonl', 'errors.xlsx'] as const;

export interface BatchCheckpoint {
  rejectedSize: number;
  cleanSpoolSize: number;
  problemSpoolSize: number;
  /** Clean records written (spool lines). */
  cleanRecords: number;
  dedupRecords: number;
  counts: BatchCounts;
  problemCounts: ProblemCounts;
  inputRows: Map<string, number>;
  rejectedPositions: number;
  unusedPositions: number;
}

/** A line the book marks unused, with its number(s) as typed, its sheet's register and where it is. */
export interface UnusedLineAt {
  number: string;
  register: RegisterSource;
  provenance: Provenance;
}

export interface BatchOptions {
  /** Deduplicate and count but write no batch; the registry it is given (a scratch copy, see run-job.ts) is updated as in a real run. */
  dryRun?: boolean;
  /** Previous batches kept under `history/<runId>/` of the batch folder (0 keeps none). */
  historyKeep?: number;
}

/**
 * Writes one district × record type batch into a hidden temporary folder and
 * renames it into place only when complete, so a loader never sees half a
 * batch. Clean records are spooled during the run and written at commit,
 * after deduplication (within the batch and against the registry).
 */
export class BatchWriter {
  readonly tempFolder: string;
  readonly finalFolder: string;
  readonly counts: BatchCounts = { rowsRead: 0, clean: 0, rejected: 0, mergedAway: 0, skipped: 0, skippedByReason: {} };
  /** Rows read per input file (provenance file name). */
  readonly inputRows = new Map<string, number>();
  /** Errors and warnings for errors.xlsx. */
  readonly problems: ProblemLog;
  private readonly rejected: AppendFile;
  private readonly cleanSpool: AppendFile;
  /** What deduplication must remember of each clean record (the full records stay in the spool). */
  private readonly dedupRecords: DedupRecord[] = [];
  /** Keys of the name parts seen in this batch (toDedupRecord). */
  private readonly nameKeys = new NameKeyMemo();
  /** clean.csv columns of the record type. */
  private readonly csvColumns: string[];
  /** Clean records whose CSV rows are rendered together (one Papa.unparse call per block). */
  private pendingClean: { json: string; csv: string[] }[] = [];
  /** Register position of each clean record in spool order (REGISTER_NUMBER_REPEATED is checked on the kept ones at commit). */
  private readonly registerPositions: RegisterPosition[] = [];
  /**
   * DATE_YEAR_NOT_BOOK of clean records by spool index, held back until the batch's entries show
   * whether the other year is a book of its own (otherYearBooks): the warning, and its finding.
   */
  private readonly heldYearWarnings = new Map<number, HeldYearWarning>();
  /** Source position of each clean record in spool order (PERSONAL_ID_REPEATED names the earlier one). */
  private readonly provenances: Provenance[] = [];
  /** The sheet register of each clean record in spool order: the columns its warnings made at commit name. */
  private readonly registers: (RegisterSource | undefined)[] = [];
  /** The people's IDs of each clean record in spool order (PERSONAL_ID_OTHER_PERSON is checked on the kept ones at commit). */
  private readonly personIds: (readonly PersonId[])[] = [];
  /**
   * Register position of each rejected row with a number, and how many clean records came
   * before it: a rejected row still holds its number in the book (REGISTER_NUMBER_REPEATED,
   * REGISTER_NUMBER_GAP), unless it is an entry the book cancelled.
   */
  private readonly rejectedPositions: RejectedPosition[] = [];
  /** Numbers the book marks unused ('24 | Bỏ trống', skipped as 'unused-line'): lines of the book all the same (REGISTER_NUMBER_GAP). */
  private readonly unusedPositions: RegisterPosition[] = [];
  /** Findings on whole books (REGISTER_NUMBER_GAP) of the last commit, for the run summary. */
  bookFindings: BookFinding[] = [];

  constructor(
    outputFolder: string,
    readonly districtCode: string,
    readonly type: RecordTypeDefinition,
    readonly runId: string,
    private readonly dedup: BatchDedup | null = null,
    private readonly batchOptions: BatchOptions = {},
  ) {
    this.finalFolder = join(outputFolder, districtCode, type.name);
    this.tempFolder = join(outputFolder, districtCode, `.${type.name}.partial-${runId}`);
    mkdirSync(this.tempFolder, { recursive: true });
    this.rejected = new AppendFile(join(this.tempFolder, 'rejected.jsonl'));
    this.cleanSpool = new AppendFile(join(this.tempFolder, 'clean.spool.jsonl'));
    this.problems = new ProblemLog(this.tempFolder, type);
    this.csvColumns = flatColumns(type.schema);
  }

  addRead(file: string): void {
    this.counts.rowsRead++;
    this.inputRows.set(file, (this.inputRows.get(file) ?? 0) + 1);
  }

  addSkipped(reason: SkipReason | 'title' | 'header' | 'no-header' | 'entry-continued', unused?: UnusedLineAt): void {
    if (unused !== undefined) this.unusedPositions.push(...unusedLinePositions(unused.number, unused.register, unused.provenance));
    this.counts.skipped++;
    this.counts.skippedByReason[reason] = (this.counts.skippedByReason[reason] ?? 0) + 1;
  }

  /**
   * A record that passed its type's schema. `row`: what processRow found of it — its sheet's
   * register (book year, number column), its findings and commune for the officers' report.
   */
  writeClean(record: Record<string, unknown>, row: RowFindings = {}): void {
    const { warnings } = record;
    // Without deduplication (a writer tested alone) no warning can be added at commit: it stays.
    const held = this.dedup && Array.isArray(warnings) && warnings.length > 0 ? this.holdYearWarning(warnings as AddedWarning[]) : undefined;
    this.pendingClean.push({ json: JSON.stringify(record), csv: flatValues(record, this.csvColumns) });
    if (this.pendingClean.length >= CSV_BLOCK_ROWS) this.flushClean();
    this.registerPositions.push(registerPositionOf(record, record.provenance as Provenance, row.register));
    this.provenances.push(record.provenance as Provenance);
    this.registers.push(row.register);
    this.personIds.push(personIdsOf(this.type.name, record));
    if (this.dedup) {
      const dedupRecord = this.dedup.spec.toDedupRecord(record as never, this.districtCode, this.nameKeys);
      // Spool order is source order: files in order, then sheet and row.
      dedupRecord.sourceOrder = this.dedupRecords.length;
      this.dedupRecords.push(dedupRecord);
    }
    this.counts.clean++;
    if (row.findings === undefined) return;
    let findings = row.findings;
    // The held warning's finding is reported at commit, with the warning, if it stands.
    const index = held === undefined ? -1 : findings.findIndex((finding) => finding.code === YEAR_NOT_BOOK);
    if (index >= 0) {
      held!.finding = findings[index];
      findings = findings.filter((_, other) => other !== index);
    }
    this.problems.addRow(findings, record.provenance as Provenance, row.communeCode ?? null, false);
  }

  /** A rejected row; `record` (the record as read) gives its register position, `row` its sheet's register and its findings. */
  writeRejected(rejected: RejectedRow, record?: Readonly<Record<string, unknown>>, row: RowFindings = {}): void {
    this.rejected.write(`${JSON.stringify(rejected)}\n`);
    this.counts.rejected++;
    const position = record === undefined ? null : registerPositionOf(record, rejected.provenance, row.register);
    if (position !== null) {
      // A line the book made void — its cancelling words, or the clerk's line through it — takes no number.
      const cancelled = rejected.errors.some((error) => error.code === 'ENTRY_CANCELLED' || error.code === 'ENTRY_STRUCK_THROUGH');
      // A row without its registration date (a derived list's 'STT', a date unread) is no entry whose number it could repeat.
      this.rejectedPositions.push({ cleanBefore: this.registerPositions.length, position, cancelled, undated: position.date === null, line: this.counts.rejected - 1 });
    }
    if (row.findings !== undefined) this.problems.addRow(row.findings, rejected.provenance, row.communeCode ?? null, true);
  }

  /** Takes a clean record's DATE_YEAR_NOT_BOOK out of its warnings until commit (heldYearWarnings). */
  private holdYearWarning(warnings: AddedWarning[]): HeldYearWarning | undefined {
    const index = warnings.findIndex((warning) => warning.code === YEAR_NOT_BOOK);
    if (index < 0) return undefined;
    const held: HeldYearWarning = { warning: warnings[index]! };
    this.heldYearWarnings.set(this.registerPositions.length, held);
    warnings.splice(index, 1);
    return held;
  }

  private flushClean(): void {
    if (this.pendingClean.length === 0) return;
    const rows = csvRows(this.pendingClean.map((pending) => pending.csv));
    this.pendingClean.forEach((pending, index) => this.cleanSpool.write(cleanSpoolLine(pending.json, rows[index] ?? '')));
    this.pendingClean = [];
  }

  checkpoint(): BatchCheckpoint {
    this.flushClean();
    return {
      rejectedSize: this.rejected.size,
      cleanSpoolSize: this.cleanSpool.size,
      problemSpoolSize: this.problems.spool.size,
      cleanRecords: this.registerPositions.length,
      dedupRecords: this.dedupRecords.length,
      counts: structuredClone(this.counts),
      problemCounts: structuredClone(this.problems.counts),
      inputRows: new Map(this.inputRows),
      rejectedPositions: this.rejectedPositions.length,
      unusedPositions: this.unusedPositions.length,
    };
  }

  /** Takes back everything written since the checkpoint (a corrupt input file). */
  rollback(checkpoint: BatchCheckpoint): void {
    this.flushClean();
    this.registerPositions.length = checkpoint.cleanRecords;
    this.provenances.length = checkpoint.cleanRecords;
    this.registers.length = checkpoint.cleanRecords;
    this.personIds.length = checkpoint.cleanRecords;
    this.rejectedPositions.length = checkpoint.rejectedPositions;
    this.unusedPositions.length = checkpoint.unusedPositions;
    for (const index of this.heldYearWarnings.keys()) if (index >= checkpoint.cleanRecords) this.heldYearWarnings.delete(index);
    this.rejected.truncate(checkpoint.rejectedSize);
    this.cleanSpool.truncate(checkpoint.cleanSpoolSize);
    this.problems.spool.truncate(checkpoint.problemSpoolSize);
    this.dedupRecords.length = checkpoint.dedupRecords;
    this.problems.counts = structuredClone(checkpoint.problemCounts);
    Object.assign(this.counts, structuredClone(checkpoint.counts));
    this.inputRows.clear();
    for (const [file, rows] of checkpoint.inputRows) this.inputRows.set(file, rows);
  }

  /**
   * Deduplicates, writes the batch files and the manifest, records the batch
   * in the registry (replacing this district's earlier entries) and renames
   * the batch into place.
   */
  async commit(manifest: Omit<Manifest, 'outputs' | 'problemsByCode' | 'byCommune' | 'dedup'>): Promise<Manifest> {
    this.flushClean();
    for (const file of [this.rejected, this.cleanSpool]) file.close();
    const dedup = deduplicateBatch(this.dedupRecords, this.dedup, this.type.name, this.districtCode);
    const open = (name: string): AppendFile => new AppendFile(join(this.tempFolder, name));
    const files = { cleanJsonl: open('clean.jsonl'), cleanCsv: open('clean.csv'), duplicates: open('duplicates.jsonl'), review: open('review.jsonl') };
    // UTF-8 BOM so Excel shows Vietnamese; values are escaped against formula injection.
    files.cleanCsv.write(`\uFEFF${csvRows([this.csvColumns])[0]}\r\n`);
    const numbering = {
      registerPositions: this.registerPositions,
      rejectedPositions: this.rejectedPositions,
      unusedPositions: this.unusedPositions,
      heldYearWarnings: this.heldYearWarnings,
      dedupRecords: this.dedupRecords,
      provenances: this.provenances,
      personalIdField: this.dedup?.spec.personalIdField,
      personIds: this.personIds,
      registers: this.registers,
    };
    const { added: addedWarnings, addedRejected, bookFindings } = checkRegisterNumbers(numbering, new Set(dedup.result.mergedAwayIds), this.problems);
    if (addedRejected.size > 0) await addRejectedWarnings(this.rejected.path, addedRejected);
    this.bookFindings = bookFindings;
    this.warnLoadedSurvivorGaps(dedup.result, addedWarnings);
    const listing = await writeDedupOutputs(this.cleanSpool.path, dedup.result, { ...files, csvColumns: this.csvColumns }, addedWarnings, this.survivorFindings(), loadedLabels(this.dedup?.registry, this.type.name, dedup.result));
    for (const file of Object.values(files)) file.close();
    this.problems.spool.close();
    this.counts.mergedAway = dedup.result.mergedAwayIds.length;
    this.counts.clean -= this.counts.mergedAway;
    rmSync(this.cleanSpool.path);
    if (this.batchOptions.dryRun) {
      // A dry run is handed a scratch copy of the registry: later districts of the same dry run see this one, the real registry is untouched.
      const registryRepairs = this.registryRepairs(dedup.result, manifest.finishedAt);
      this.dedupRecords.length = 0;
      rmSync(this.tempFolder, { recursive: true, force: true });
      return { ...manifest, problemsByCode: this.problems.counts.byCode, byCommune: this.problems.counts.byCommune, dedup: { ...dedup.summary, registryRepairs }, outputs: {} };
    }

    await writeErrorsWorkbook({
      path: join(this.tempFolder, 'errors.xlsx'),
      districtCode: this.districtCode,
      type: this.type,
      runId: manifest.runId,
      counts: this.counts,
      problems: this.problems.counts,
      detail: this.problems.inSourceOrder(),
      dedup: listing,
    });
    rmSync(this.problems.spool.path);
    const outputs: Record<string, string> = {};
    for (const name of OUTPUT_FILES) outputs[name] = await sha256File(join(this.tempFolder, name));
    // The registry first: the manifest names the other districts' records the replacement repaired.
    const registryRepairs = this.registryRepairs(dedup.result, manifest.finishedAt);
    const complete: Manifest = {
      ...manifest,
      problemsByCode: this.problems.counts.byCode,
      byCommune: this.problems.counts.byCommune,
      dedup: { ...dedup.summary, registryRepairs },
      outputs,
    };
    writeFileSync(join(this.tempFolder, 'manifest.json'), `${JSON.stringify(complete, null, 2)}\n`);

    // The district's other types commit after this one: what this batch remembered for deduplication is no longer needed.
    this.dedupRecords.length = 0;
    this.registerPositions.length = 0;
    this.provenances.length = 0;
    this.registers.length = 0;
    this.personIds.length = 0;
    this.rejectedPositions.length = 0;
    this.unusedPositions.length = 0;
    replaceBatch(this.finalFolder, this.tempFolder, manifest.runId, this.batchOptions.historyKeep ?? DEFAULT_HISTORY_KEEP);
    return complete;
  }

  /** Records the batch in the registry (recordInRegistry); dedupRecords and provenances are pushed together, one per clean record. */
  private registryRepairs(result: BatchDedupResult, loadedAt: string): ReturnType<typeof recordInRegistry> {
    const batch = { type: this.type.name, districtCode: this.districtCode, runId: this.runId, loadedAt };
    return recordInRegistry(this.dedup, batch, this.dedupRecords, this.provenances, result);
  }

  /**
   * DEDUP_SURVIVOR_LESS_COMPLETE on each row merged into a record loaded before that
   * it would have replaced or filled (survivor-gap.ts): listed for the officer, and
   * kept with the member in duplicates.jsonl (the row is in no clean batch).
   */
  private warnLoadedSurvivorGaps(result: BatchDedupResult, added: Map<string, AddedWarning[]>): void {
    const gaps = result.clusters.flatMap((cluster) => cluster.members.filter((member) => member.survivorLacks).map((member) => ({ cluster, member })));
    if (gaps.length === 0) return;
    const indexOf = new Map(this.dedupRecords.map((record, index) => [record.id, index]));
    for (const { cluster, member } of gaps) {
      const index = indexOf.get(member.id);
      const record = index === undefined ? undefined : this.dedupRecords[index];
      if (index === undefined || record === undefined || member.survivorLacks === undefined) continue;
      const finding = loadedSurvivorGapFinding(member.survivorLacks, record, cluster.survivor, (path) => fieldLabelVi(this.type, path));
      added.set(member.id, [...(added.get(member.id) ?? []), { code: finding.code, field: finding.field, message: messageVi(finding.code, finding.params) }]);
      this.problems.addFinding(finding, this.provenances[index] as Provenance, record.values['registration.commune'] ?? null);
    }
  }

  /** DEDUP_COPIES_DISAGREE and other warnings made while survivors are written: listed on the survivor's row (errors.xlsx). */
  private survivorFindings(): SurvivorFindings {
    let indexOf: Map<string, number> | undefined;
    return {
      labelOf: (path) => fieldLabelVi(this.type, path),
      add: (id, finding) => {
        indexOf ??= new Map(this.dedupRecords.map((record, index) => [record.id, index]));
        const index = indexOf.get(id);
        const record = index === undefined ? undefined : this.dedupRecords[index];
        if (index === undefined || record === undefined) return;
        // The survivor's own cell of the field the copies disagree on, where the officer checks it.
        const column = finding.column ?? registerFieldColumn(this.registers[index], finding.field);
        const located = column === null ? finding : { ...finding, column };
        this.problems.addFinding(located, this.provenances[index] as Provenance, record.values['registration.commune'] ?? null);
      },
    };
  }

  /** Removes the temporary folder of a batch that will not be committed. */
  discard(): void {
    for (const file of [this.rejected, this.cleanSpool, this.problems.spool]) {
      try {
        file.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.tempFolder, { recursive: true, force: true });
  }
}

/**
 * Adds warnings found at commit (REGISTER_NUMBER_REPEATED) to rejected rows, by their line in
 * rejected.jsonl (closed by then): the officer correcting the row sees the other row holding its number.
 * The file is copied line by line into a new one that replaces it: a district's rejected rows are never
 * held in memory at once.
 */
async function addRejectedWarnings(path: string, added: ReadonlyMap<number, AddedWarning[]>): Promise<void> {
  rmSync(`${path}.warned`, { force: true });
  const rewritten = new AppendFile(`${path}.warned`);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    const warnings = added.get(line++);
    if (warnings === undefined || text === '') {
      rewritten.write(`${text}\n`);
      continue;
    }
    const row = JSON.parse(text) as RejectedRow;
    row.warnings = [...row.warnings, ...warnings];
    rewritten.write(`${JSON.stringify(row)}\n`);
  }
  rewritten.close();
  renameSync(`${path}.warned`, path);
}
