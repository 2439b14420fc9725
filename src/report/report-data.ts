import type { Severity } from '../catalog/catalog-entry.js';

/** Counts the report adds up, for a batch, a district, a run or the whole output folder. */
export interface ReportCounts {
  rowsRead: number;
  clean: number;
  rejected: number;
  mergedAway: number;
  /** Duplicate clusters (a survivor and the records merged into it). */
  clusters: number;
  /** Pairs of records written to review.jsonl for an officer to decide. */
  reviewPairs: number;
}

/** A file of a batch the report links to, by a path relative to report.html. */
export interface BatchLink {
  /** 'errors.xlsx', 'clean.csv', 'clean.jsonl'. */
  file: string;
  href: string;
}

export interface BatchRow {
  type: string;
  typeLabel: string;
  runId: string;
  counts: ReportCounts;
  links: BatchLink[];
  /** Input files that could not be read (file names and codes only). */
  unreadableFiles: { file: string; code: string }[];
}

export interface DistrictRow {
  code: string;
  name: string;
  counts: ReportCounts;
  /** rejected / rowsRead (0 when nothing was read). */
  rejectedShare: number;
  batches: BatchRow[];
}

export interface CommuneRow {
  /** Commune code ('' when the rows' commune could not be determined). */
  code: string;
  districtCode: string;
  label: string;
  rows: number;
  rejected: number;
  errors: number;
  warnings: number;
  rejectedShare: number;
}

export interface CodeRow {
  code: string;
  severity: Severity;
  severityLabel: string;
  /** The catalog's Vietnamese message with its placeholders shown as '…'. */
  description: string;
  count: number;
  /** Names of the districts where the code was found. */
  districts: string[];
}

export interface TrendPoint {
  runId: string;
  startedAt: string;
  /** 'completed' | 'failed' | 'stopped', or 'current' for the output folder's batches when no run log covers them. */
  status: string;
  statusLabel: string;
  districts: number;
  counts: ReportCounts;
}

/** One run whose batches are in the output folder (several after a `--district` re-run). */
export interface RunInFolder {
  runId: string;
  startedAt: string;
  finishedAt: string;
  /** 'district/type' of the batches it wrote that are still in place. */
  batches: string[];
}

/** Everything report.html shows: counts, codes, district and commune names, file names; no personal data. */
export interface ReportData {
  title: string;
  runs: RunInFolder[];
  pipelines: string[];
  ethnicityCodeLists: string[];
  /** The version of hotich that wrote the report. */
  hotichVersion: string;
  /** The version that ran the newest run, when its run log says so and it differs from hotichVersion. */
  runHotichVersion: string | null;
  totals: ReportCounts;
  districts: DistrictRow[];
  communes: CommuneRow[];
  topCodes: CodeRow[];
  trend: { fromRunLogs: boolean; points: TrendPoint[] };
  /** Files in the output folder the report could not read (manifests, run logs), by relative path. */
  unreadable: string[];
  /** Districts of the newest run whose inputs matched no file (DISTRICT_NO_INPUT), with their names. */
  districtsWithoutInput: { code: string; name: string }[];
}
