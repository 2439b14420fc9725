import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { catalogEntry, severityOf, titleVi } from '../catalog/catalog.js';
import { VINH_PHUC_DISTRICTS } from '../reference/admin-units.js';
import { RECORD_TYPES } from '../record-types/registry.js';
import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';
import type { DistrictResult, FileProblem } from '../run/run-district.js';
import { excelSafe } from './excel-safe.js';
import type { Manifest } from './manifest.js';

const TOP_CODES = 5;

export interface RunSummaryInput {
  runId: string;
  startedAt: string;
  pipeline: string | null;
  results: readonly DistrictResult[];
  districtsWithoutInput: readonly string[];
  /** DISTRICT_NO_INPUT of each district without input, listed with the files' problems. */
  noInput?: readonly FileProblem[];
  /** Batches whose outputs other districts' re-runs made stale (registry staleOutputs), per district and type. */
  staleOutputs?: readonly StaleBatchOutputs[];
}

/** What other districts' re-runs changed under a batch since it was written (RegistryStore.staleOutputs). */
export interface StaleBatchOutputs {
  district: string;
  type: string;
  /** Records its duplicates.jsonl lists under a survivor id that was repointed. */
  repointed: number;
  /** Records merged away in it whose survivor is gone: in no clean batch. */
  released: number;
  /** Pairs its review.jsonl lists with an entry that is gone or now another person's. */
  staleReviewPairs: number;
}

/**
 * A problem of a whole file whose register could not be told (unreadable, empty, no
 * header on a sheet): every type's batch of the district counts it, as its errors.xlsx
 * lists it, but it is no problem of any one type — 'Sự cố tệp' names it with its file.
 */
function isFileLevel(code: string): boolean {
  return catalogEntry(code)?.field === 'file' || code === 'SHEET_NO_HEADER' || code === 'SHEET_ENTRIES_NO_HEADER';
}

/** The most frequent errors and warnings of a batch (notes are corrections, not problems; a whole file's problems are its file's, isFileLevel). */
export function topProblemCodes(manifest: Manifest): { code: string; count: number }[] {
  return Object.entries(manifest.problemsByCode)
    .filter(([code]) => severityOf(code) !== 'note' && !isFileLevel(code))
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, TOP_CODES)
    .map(([code, count]) => ({ code, count }));
}

const typeOrder = (type: string): number => (RECORD_TYPE_NAMES as readonly string[]).indexOf(type);

/**
 * The current batches of the folder that this run did not write (other districts',
 * or other types', after a one-district re-run), from their manifests; an
 * unreadable manifest is left out (the report names it).
 */
function earlierBatches(outputFolder: string, written: readonly Manifest[]): Manifest[] {
  const ours = new Set(written.map((manifest) => `${manifest.district}/${manifest.type}`));
  const found: Manifest[] = [];
  const districts = existsSync(outputFolder) ? readdirSync(outputFolder).filter((name) => /^\d{3}$/.test(name)).sort() : [];
  for (const district of districts) {
    for (const type of RECORD_TYPE_NAMES) {
      if (ours.has(`${district}/${type}`)) continue;
      const path = join(outputFolder, district, type, 'manifest.json');
      if (!existsSync(path)) continue;
      try {
        const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
        if (manifest.district === district && manifest.type === type && typeof manifest.counts === 'object') found.push(manifest);
      } catch {
        // Damaged: report.html lists it among the unreadable files.
      }
    }
  }
  return found;
}

/**
 * `<out>/summary.json` and `<out>/summary.xlsx`: every current batch of the output
 * folder by district and type — this run's and, after a one-district re-run, the
 * others' as their last run left them (each batch names its `runId`) — and this
 * run's file and sheet problems.
 */
export async function writeRunSummary(outputFolder: string, run: RunSummaryInput): Promise<void> {
  const written = run.results.flatMap((result) => result.manifests);
  const manifests = [...written, ...earlierBatches(outputFolder, written)].sort(
    (a, b) => a.district.localeCompare(b.district) || typeOrder(a.type) - typeOrder(b.type),
  );
  const staleOf = new Map((run.staleOutputs ?? []).map((stale) => [`${stale.district}/${stale.type}`, stale]));
  const batches = manifests.map((manifest) => ({
    district: manifest.district,
    type: manifest.type,
    runId: manifest.runId,
    ...manifest.counts,
    reviewPairs: manifest.dedup?.reviewPairs ?? 0,
    topProblemCodes: topProblemCodes(manifest),
    // Other districts' records this batch's registry replacement repaired (README, "Registry"); `released` ones call for a re-run of their district.
    registryRepairs: manifest.dedup?.registryRepairs ?? [],
    // What other districts' re-runs have since made stale in this batch's outputs: re-run this district.
    ...staleEntry(staleOf.get(`${manifest.district}/${manifest.type}`)),
  }));
  const problems = [...(run.noInput ?? []), ...run.results.flatMap((result) => result.problems)];
  const summary = {
    runId: run.runId,
    startedAt: run.startedAt,
    finishedAt: new Date().toISOString(),
    pipeline: run.pipeline,
    batches,
    districtsWithoutInput: run.districtsWithoutInput,
    // Batches this run did not replace (files they hold records of could not be read): `batches` lists them with their own runId.
    keptBatches: run.results.flatMap((result) => result.keptBatches),
    problems,
  };
  writeFileSync(join(outputFolder, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Huyện', width: 24 },
    { header: 'Loại sổ', width: 12 },
    { header: 'Số dòng đã đọc', width: 15 },
    { header: 'Hợp lệ', width: 10 },
    { header: 'Bị loại', width: 10 },
    { header: 'Đã gộp', width: 10 },
    { header: 'Cần xem xét', width: 12 },
    { header: 'Bỏ qua', width: 10 },
    { header: 'Tỷ lệ bị loại', width: 14 },
    { header: 'Lỗi, cảnh báo thường gặp', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const batch of batches) {
    const district = VINH_PHUC_DISTRICTS.find((candidate) => candidate.code === batch.district);
    const typeName = RECORD_TYPE_NAMES.find((name) => name === batch.type);
    const row = sheet.addRow([
      district ? `${batch.district} ${district.name}` : batch.district,
      typeName ? RECORD_TYPES[typeName].labelVi : batch.type,
      batch.rowsRead,
      batch.clean,
      batch.rejected,
      batch.mergedAway,
      batch.reviewPairs,
      batch.skipped,
      batch.rowsRead === 0 ? 0 : batch.rejected / batch.rowsRead,
      // The officer's words, not the codes: this column has no code column beside it (summary.json keeps the codes).
      excelSafe(batch.topProblemCodes.map(({ code, count }) => `${titleVi(code)} (${count})`).join('; ')),
    ]);
    row.getCell(9).numFmt = '0.0%';
  }
  sheet.autoFilter = { from: 'A1', to: 'J1' };
  const files = workbook.addWorksheet('Sự cố tệp', { views: [{ state: 'frozen', ySplit: 1 }] });
  files.columns = [
    { header: 'Huyện', width: 8 },
    { header: 'Tệp', width: 50 },
    { header: 'Trang tính', width: 18 },
    { header: 'Mã lỗi', width: 22 },
    { header: 'Mô tả', width: 100 },
  ];
  files.getRow(1).font = { bold: true };
  for (const problem of problems) {
    files.addRow([problem.district, excelSafe(problem.file), excelSafe(problem.sheet ?? ''), problem.code, excelSafe(problem.message)]);
  }
  files.autoFilter = { from: 'A1', to: 'E1' };
  await workbook.xlsx.writeFile(join(outputFolder, 'summary.xlsx'));
}

function staleEntry(stale: StaleBatchOutputs | undefined): { stale?: { repointed: number; released: number; staleReviewPairs: number } } {
  if (stale === undefined) return {};
  const { repointed, released, staleReviewPairs } = stale;
  return { stale: { repointed, released, staleReviewPairs } };
}
