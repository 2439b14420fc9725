import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';
import { RUN_LOG_FOLDER } from '../run/run-log.js';

const count = z.number().int().nonnegative();
const counts = z.object({ rowsRead: count, clean: count, rejected: count, mergedAway: count });

/**
 * The part of manifest.json (src/emit/manifest.ts) the report reads. Fields
 * added later (byCommune, dedup) default to empty so that an output folder
 * written by an older hotich still gets a report.
 */
export const reportManifestSchema = z.object({
  runId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  pipeline: z.string().nullable(),
  district: z.string(),
  type: z.string(),
  provinceCode: z.string(),
  ethnicityCodeList: z.string(),
  inputs: z.array(z.object({ file: z.string(), error: z.object({ code: z.string() }).optional() })).default([]),
  counts,
  problemsByCode: z.record(z.string(), count).default({}),
  byCommune: z.record(z.string(), z.object({ rows: count, rejected: count, errors: count, warnings: count })).default({}),
  dedup: z.object({ clusters: count, reviewPairs: count }).default({ clusters: 0, reviewPairs: 0 }),
});
export type ReportManifest = z.output<typeof reportManifestSchema>;

/** The part of a run log (src/run/run-log.ts, `<out>/runs/<runId>.json`) the trend chart reads. */
export const reportRunLogSchema = z.object({
  runId: z.string(),
  hotichVersion: z.string().optional(),
  startedAt: z.string(),
  status: z.string(),
  districts: z.array(z.string()).default([]),
  districtsWithoutInput: z.array(z.string()).default([]),
  batches: z.array(z.object({ district: z.string(), type: z.string(), counts, clusters: count.default(0), reviewPairs: count.default(0) })),
});
export type ReportRunLog = z.output<typeof reportRunLogSchema>;

/** A batch folder as found on disk: its manifest and the names of the files next to it. */
export interface BatchOnDisk {
  manifest: ReportManifest;
  files: string[];
}

export interface OutputFolderContents {
  batches: BatchOnDisk[];
  runLogs: ReportRunLog[];
  /** Relative paths of manifests and run logs that could not be read or did not have the expected shape. */
  unreadable: string[];
}

/**
 * Reads every `<district>/<type>/manifest.json` and every run log of an output
 * folder. A file that cannot be parsed is named in `unreadable`, not thrown:
 * one damaged manifest must not hide the other districts from the supervisor.
 */
export function readOutputFolder(outputFolder: string): OutputFolderContents {
  const contents: OutputFolderContents = { batches: [], runLogs: [], unreadable: [] };
  for (const district of sortedEntries(outputFolder)) {
    if (!district.isDirectory() || !/^\d{3}$/.test(district.name)) continue;
    for (const type of RECORD_TYPE_NAMES) {
      const folder = join(outputFolder, district.name, type);
      if (!existsSync(join(folder, 'manifest.json'))) continue;
      const manifest = parseJsonFile(join(folder, 'manifest.json'), reportManifestSchema);
      if (manifest) contents.batches.push({ manifest, files: readdirSync(folder).sort() });
      else contents.unreadable.push(`${district.name}/${type}/manifest.json`);
    }
  }
  const runsFolder = join(outputFolder, RUN_LOG_FOLDER);
  if (existsSync(runsFolder)) {
    for (const entry of sortedEntries(runsFolder)) {
      if (!entry.isFile() || !entry.name.endsWith('.json') || entry.name.startsWith('.')) continue;
      const runLog = parseJsonFile(join(runsFolder, entry.name), reportRunLogSchema);
      if (runLog) contents.runLogs.push(runLog);
      else contents.unreadable.push(`${RUN_LOG_FOLDER}/${entry.name}`);
    }
  }
  return contents;
}

function sortedEntries(folder: string): Dirent[] {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

function parseJsonFile<T extends z.ZodType>(path: string, schema: T): z.output<T> | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // A run log being written while we read, or a truncated file: reported as unreadable.
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
