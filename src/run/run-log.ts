import type { BatchCounts } from '../emit/manifest.js';

/** The folder of run logs inside an output folder. */
export const RUN_LOG_FOLDER = 'runs';

/** One batch of a run, as the run log keeps it. */
export interface RunLogBatch {
  district: string;
  type: string;
  counts: BatchCounts;
  /** Wall time of the district's run (read through commit), ms. */
  durationMs: number;
  clusters: number;
  reviewPairs: number;
  problemsByCode: Record<string, number>;
}

/** `<out>/runs/<runId>.json`: what one `hotich run` did, written when it ends (also when it fails or is stopped). */
export interface RunLog {
  runId: string;
  hotichVersion: string;
  pipeline: string | null;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: 'completed' | 'failed' | 'stopped';
  exitCode: number;
  dryRun: boolean;
  /** Districts the run was asked to process (after --district filtering). */
  districts: string[];
  districtsWithoutInput: string[];
  ethnicityCodeList: string;
  batches: RunLogBatch[];
  /** process.resourceUsage().maxRSS at the end of the run, bytes (the main thread and its workers). */
  peakRssBytes: number;
  /** Whole-file problems (file names and codes only). */
  fileProblems: { district: string; file: string; sheet: string | null; code: string }[];
  /** Set when the run failed or was stopped: a one-line reason (no cell contents). */
  error?: string;
}
