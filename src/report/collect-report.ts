import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';
import { topCodes } from './collect-codes.js';
import { runsInFolder, trend } from './collect-runs.js';
import { communeNameVi, districtNameVi, provinceTitleVi, recordTypeLabelVi } from './labels-vi.js';
import type { BatchOnDisk, ReportManifest, ReportRunLog } from './read-outputs.js';
import { batchCounts, distinct, share, sumCounts } from './report-counts.js';
import type { BatchRow, CommuneRow, DistrictRow, ReportData } from './report-data.js';

/** The batch files an officer works from, in the order the report links them. */
export const LINKED_FILES = ['errors.xlsx', 'clean.csv', 'clean.jsonl'] as const;

export interface ReportInput {
  batches: readonly BatchOnDisk[];
  runLogs: readonly ReportRunLog[];
  hotichVersion: string;
  unreadable: readonly string[];
}

/**
 * Turns the manifests and run logs of an output folder into what the report
 * shows. Only counts, codes, unit names and file names go in: manifests hold
 * nothing else, and problem messages are taken from the catalog's templates,
 * never from a row.
 */
export function collectReport(input: ReportInput): ReportData {
  const manifests = input.batches.map((batch) => batch.manifest);
  const runs = runsInFolder(manifests);
  const newestRunId = runs[0]?.runId;
  const newestRunVersion = input.runLogs.find((log) => log.runId === newestRunId)?.hotichVersion;
  // The newest run log of all, which may have written no batch (every district without input).
  const newestLog = [...input.runLogs].sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  const districts = districtRows(input.batches);
  return {
    title: `Báo cáo kết quả làm sạch dữ liệu hộ tịch${titleSuffix(manifests)}`,
    runs,
    pipelines: distinct(manifests.map((manifest) => manifest.pipeline ?? '')),
    ethnicityCodeLists: distinct(manifests.map((manifest) => manifest.ethnicityCodeList)),
    hotichVersion: input.hotichVersion,
    runHotichVersion: newestRunVersion !== undefined && newestRunVersion !== input.hotichVersion ? newestRunVersion : null,
    totals: sumCounts(districts.map((district) => district.counts)),
    districts,
    communes: communeRows(manifests),
    topCodes: topCodes(manifests),
    trend: trend(input.runLogs, runs[0], manifests),
    unreadable: [...input.unreadable],
    districtsWithoutInput: (newestLog?.districtsWithoutInput ?? []).map((code) => ({ code, name: districtNameVi(code) })),
  };
}

function titleSuffix(manifests: readonly ReportManifest[]): string {
  const provinces = distinct(manifests.map((manifest) => manifest.provinceCode));
  return provinces.length === 1 ? ` – ${provinceTitleVi(provinces[0])}` : '';
}

function districtRows(batches: readonly BatchOnDisk[]): DistrictRow[] {
  const byDistrict = new Map<string, BatchOnDisk[]>();
  for (const batch of batches) byDistrict.set(batch.manifest.district, [...(byDistrict.get(batch.manifest.district) ?? []), batch]);
  return [...byDistrict.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, districtBatches]) => {
      const rows = districtBatches.sort((a, b) => typeOrder(a.manifest.type) - typeOrder(b.manifest.type)).map(batchRow);
      const counts = sumCounts(rows.map((row) => row.counts));
      return { code, name: districtNameVi(code), counts, rejectedShare: share(counts.rejected, counts.rowsRead), batches: rows };
    });
}

function batchRow({ manifest, files }: BatchOnDisk): BatchRow {
  const folder = `${encodeURIComponent(manifest.district)}/${encodeURIComponent(manifest.type)}`;
  return {
    type: manifest.type,
    typeLabel: recordTypeLabelVi(manifest.type),
    runId: manifest.runId,
    counts: batchCounts(manifest),
    links: LINKED_FILES.filter((file) => files.includes(file)).map((file) => ({ file, href: `${folder}/${file}` })),
    unreadableFiles: manifest.inputs.flatMap((input) => (input.error ? [{ file: input.file, code: input.error.code }] : [])),
  };
}

function typeOrder(type: string): number {
  const index = RECORD_TYPE_NAMES.findIndex((name) => name === type);
  return index === -1 ? RECORD_TYPE_NAMES.length : index;
}

/** Per district and commune; the rows of a district whose commune is unknown stay with that district. */
function communeRows(manifests: readonly ReportManifest[]): CommuneRow[] {
  const communes = new Map<string, CommuneRow>();
  for (const manifest of manifests) {
    for (const [code, tally] of Object.entries(manifest.byCommune)) {
      const key = `${manifest.district}/${code}`;
      const row = communes.get(key) ?? {
        code,
        districtCode: manifest.district,
        label: `${communeNameVi(code)} (${districtNameVi(manifest.district)})`,
        rows: 0,
        rejected: 0,
        errors: 0,
        warnings: 0,
        rejectedShare: 0,
      };
      row.rows += tally.rows;
      row.rejected += tally.rejected;
      row.errors += tally.errors;
      row.warnings += tally.warnings;
      communes.set(key, row);
    }
  }
  const rows = [...communes.values()];
  for (const row of rows) row.rejectedShare = share(row.rejected, row.rows);
  // Worst first: the supervisor looks for the commune that is behind.
  return rows.sort(
    (a, b) =>
      b.rejectedShare - a.rejectedShare ||
      b.rejected - a.rejected ||
      a.districtCode.localeCompare(b.districtCode) ||
      a.code.localeCompare(b.code),
  );
}
