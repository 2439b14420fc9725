/**
 * What a run hands each district besides its inputs: a way to stop, a place to
 * report progress, whether to write anything, how much history to keep, and
 * when it may commit.
 */
export interface RunControl {
  /** Aborted on SIGINT/SIGTERM: the district stops reading and discards its unfinished batches. */
  signal?: AbortSignal;
  /** Told how far each file has been read. */
  progress?: ProgressSink;
  /**
   * Read, normalize, validate and deduplicate, but write no batch. The run hands
   * a dry run a scratch copy of the registry, which it updates like a real run
   * (so a district sees the ones before it); nothing under the output folder changes.
   */
  dryRun?: boolean;
  /**
   * Files that gave records to a district's batch now in place may be missing from
   * this run's inputs (withdrawn on purpose): the batch is replaced without them.
   * Otherwise such a batch is kept (BATCH_KEPT_FILE_MISSING) and the run exits 1.
   */
  allowMissing?: boolean;
  /** Previous batches kept under `<out>/<district>/<type>/history/<runId>/` (default 5; 0 keeps none). */
  historyKeep?: number;
  /**
   * Resolves when this district may deduplicate against the registry and commit;
   * the returned function ends its turn. Districts run concurrently commit in
   * pipeline order, so the registry — and every output byte — is what a
   * one-at-a-time run would produce.
   */
  commitTurn?: () => Promise<() => void>;
  /** Worker threads that read and normalize files (default: one per core; 0 does it all on the main thread). */
  workers?: number;
}

/** Where a district reports how far it has read (progress bar on a terminal, log lines under cron). */
export interface ProgressSink {
  /** A file was opened; `bytesTotal` is its size on disk. */
  fileStarted(district: string, file: string, bytesTotal: number): void;
  /** Rows taken from the current file so far and the bytes of it read so far (both cumulative). */
  fileProgress(district: string, file: string, rowsDone: number, bytesDone: number): void;
  /** The file is done (read completely or skipped). */
  fileFinished(district: string, file: string, rowsDone: number): void;
}

/** The run was asked to stop (SIGINT/SIGTERM); the district's batches were discarded, earlier ones kept. */
export class RunAbortedError extends Error {
  constructor(readonly signalName: string) {
    super(`run stopped by ${signalName}`);
    this.name = 'RunAbortedError';
  }
}

export const DEFAULT_HISTORY_KEEP = 5;
