/**
 * The benchmark's data set: every book of planProvince() written as XLSX and
 * CSV under `<root>/v<version>-<rows>-s<seed>/`, with a pipeline file per
 * format and generation.json (what was generated). Written into a hidden
 * folder and renamed when complete, so a cached set is always whole; a second
 * call with the same arguments reuses it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import { GENERATOR_VERSION, planProvince, RECORD_TYPE_SHARES, type BookPlan } from './book-plan.js';
import type { EntryKind } from './register-entry.js';
import { writeBook, type BookCounts } from './write-book.js';
import { writeTruth } from './write-truth.js';

export const BENCH_FORMATS = ['xlsx', 'csv'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

export interface TypeTotals {
  rows: number;
  books: number;
  byKind: Record<EntryKind, number>;
  twins: number;
}

/** generation.json */
export interface GenerationReport {
  generatorVersion: number;
  rows: number;
  seed: number;
  shares: Readonly<Record<RecordTypeName, number>>;
  districts: string[];
  byType: Record<RecordTypeName, TypeTotals>;
  byEncoding: Record<BookPlan['encoding'], number>;
  files: number;
  bytes: Record<BenchFormat, number>;
  /** Lines that are not data (titles, headers, numbering rows, footers), all books. */
  otherLines: number;
  seconds: number;
}

export interface DataSet {
  folder: string;
  /** `truth/<district>/<book>.truth.jsonl` under `folder`, when asked for (write-truth.ts). */
  truth?: string;
  /** pipelines/<format>.json-like files, one per format. */
  pipelines: Record<BenchFormat, string>;
  report: GenerationReport;
  reused: boolean;
}

export const dataSetFolder = (root: string, rows: number, seed: number): string => join(root, `v${GENERATOR_VERSION}-${rows}-s${seed}`);

function pipelineFile(books: readonly BookPlan[], format: BenchFormat): object {
  const districts = [...new Map(books.map((book) => [book.districtCode, book.districtName])).entries()];
  return {
    provinceCode: '26',
    recordTypes: ['birth', 'marriage', 'death'],
    output: `out-${format}`,
    inputRoot: format,
    districts: districts.map(([code, name]) => ({ code, name, inputs: [`${format}/${code}/*.${format}`] })),
  };
}

export interface GenerateOptions {
  /**
   * Also write the truth of every data row (truth.ts) under `<folder>/truth/`,
   * one `<book>.truth.jsonl` per book, same stem as the book in both formats.
   * The books themselves are the same bytes with or without it. The truth is
   * written anew on every call (a second or so per 10 000 rows), so a cached
   * data set never keeps the truth of an older generator.
   */
  truth?: boolean;
}

/** Generates the data set for `rows` data rows, or reuses the cached one. */
export async function generateProvince(root: string, rows: number, seed = 1, log: (line: string) => void = () => {}, options: GenerateOptions = {}): Promise<DataSet> {
  const dataSet = await generateBooks(root, rows, seed, log);
  if (!options.truth) return dataSet;
  return { ...dataSet, truth: writeProvinceTruth(dataSet.folder, rows, seed) };
}

/** `<folder>/truth/`, written into a hidden folder, then put in place of the one there. */
function writeProvinceTruth(folder: string, rows: number, seed: number): string {
  const truthFolder = join(folder, 'truth');
  const partial = join(folder, `.truth-partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  for (const book of planProvince(rows, seed)) {
    if (book.rows === 0) continue;
    const path = join(partial, `${book.fileStem}.truth.jsonl`);
    mkdirSync(dirname(path), { recursive: true });
    writeTruth(book, path);
  }
  rmSync(truthFolder, { recursive: true, force: true });
  renameSync(partial, truthFolder);
  return truthFolder;
}

async function generateBooks(root: string, rows: number, seed: number, log: (line: string) => void): Promise<DataSet> {
  const folder = dataSetFolder(root, rows, seed);
  const pipelines = { xlsx: join(folder, 'pipeline-xlsx.json'), csv: join(folder, 'pipeline-csv.json') };
  const reportPath = join(folder, 'generation.json');
  if (existsSync(reportPath)) return { folder, pipelines, report: JSON.parse(readFileSync(reportPath, 'utf8')) as GenerationReport, reused: true };

  const started = performance.now();
  const partial = join(root, `.partial-${process.pid}-${basename(folder)}`);
  rmSync(partial, { recursive: true, force: true });
  const books = planProvince(rows, seed);
  const emptyKinds = (): Record<EntryKind, number> => ({ original: 0, double: 0, typo: 0, reregistration: 0 });
  const byType = Object.fromEntries(
    (Object.keys(RECORD_TYPE_SHARES) as RecordTypeName[]).map((type) => [type, { rows: 0, books: 0, byKind: emptyKinds(), twins: 0 }]),
  ) as Record<RecordTypeName, TypeTotals>;
  const byEncoding = { unicode: 0, nfd: 0, tcvn3: 0, vni: 0 };
  const bytes = { xlsx: 0, csv: 0 };
  let otherLines = 0;
  let written = 0;
  for (const [index, book] of books.entries()) {
    if (book.rows === 0) continue;
    const paths = { xlsx: join(partial, 'xlsx', `${book.fileStem}.xlsx`), csv: join(partial, 'csv', `${book.fileStem}.csv`) };
    for (const path of Object.values(paths)) mkdirSync(dirname(path), { recursive: true });
    const counts: BookCounts = await writeBook(book, paths.xlsx, paths.csv);
    const totals = byType[book.type];
    totals.rows += counts.rows;
    totals.books++;
    totals.twins += counts.twins;
    for (const kind of Object.keys(counts.byKind) as EntryKind[]) totals.byKind[kind] += counts.byKind[kind];
    byEncoding[book.encoding]++;
    for (const format of ['xlsx', 'csv'] as const) bytes[format] += statSync(paths[format]).size;
    otherLines += counts.otherLines;
    written += counts.rows;
    if ((index + 1) % 25 === 0) log(`  generated ${index + 1}/${books.length} books, ${written} rows`);
  }
  const report: GenerationReport = {
    generatorVersion: GENERATOR_VERSION,
    rows,
    seed,
    shares: RECORD_TYPE_SHARES,
    districts: [...new Set(books.map((book) => book.districtCode))],
    byType,
    byEncoding,
    files: books.filter((book) => book.rows > 0).length,
    bytes,
    otherLines,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
  for (const format of ['xlsx', 'csv'] as const) {
    writeFileSync(join(partial, `pipeline-${format}.json`), `${JSON.stringify(pipelineFile(books.filter((book) => book.rows > 0), format), null, 2)}\n`);
  }
  writeFileSync(join(partial, 'generation.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(dirname(folder), { recursive: true });
  renameSync(partial, folder);
  return { folder, pipelines, report, reused: false };
}
