/**
 * The figures of one benchmark run (written to out/bench/<date>.json) and the
 * issue #7 targets they are held against.
 */
import type { RecordTypeName } from '../../src/record-types/record-type.js';
import type { GenerationReport } from './generator/generate-province.js';
import type { RunArtifacts, StageResult } from './run-stage.js';
import type { DedupTypeFigures } from './stages/dedup.js';
import type { DuckdbTypeFigures } from './stages/duckdb.js';

export interface FormatResults {
  /** Bare exceljs (xlsx) or papaparse (csv) streaming read: the floor. */
  bare?: StageResult;
  /** openSheets only. */
  read?: StageResult;
  /** openSheets + each distinct cell text NFC-composed and its spaces collapsed, nothing else: what any normalizer must at least do. */
  floor?: StageResult;
  /** readRegister: read + header detection + normalization + validation. */
  normalize?: StageResult;
  /** The whole `hotich run`. */
  run?: StageResult & RunArtifacts;
}

export interface BenchResults {
  /** UTC date the run started (the file name). */
  date: string;
  startedAt: string;
  machine: { cores: number; cpuModel: string; totalMemoryBytes: number; node: string; platform: string; loadAverageAtStart: number[]; commit: string | null; dirty: boolean | null };
  options: { rows: number; runs: number; seed: number; formats: string[]; stages: string[]; duckdbThreads: number; runArgs: string[] };
  /** Which hotich the whole runs used; null when no run was measured. */
  cli: { kind: 'dist' | 'src'; note?: string } | null;
  generation: GenerationReport & { reused: boolean; folder: string };
  formats: Partial<Record<'xlsx' | 'csv', FormatResults>>;
  dedup?: StageResult & { byType: Partial<Record<RecordTypeName, DedupTypeFigures>> };
  duckdb?: StageResult & { byType: Partial<Record<RecordTypeName, DuckdbTypeFigures>>; loadSeconds: number };
  targets: TargetCheck[];
}

export interface TargetCheck {
  name: string;
  measured: number;
  /** What was measured, in words ('1.84× (37.2 s / 20.2 s)'). */
  shown: string;
  target: string;
  met: boolean;
  /** measured / limit when missed (how far off), else null. */
  missedBy: number | null;
}

const MIB = 1024 * 1024;

/** Candidate pairs of the whole run per type, summed over its batches (manifests). */
export function runPairs(run: RunArtifacts): Partial<Record<string, { records: number; pairs: number; byRule: Record<string, number> }>> {
  const byType: Record<string, { records: number; pairs: number; byRule: Record<string, number> }> = {};
  for (const batch of run.batches) {
    const totals = (byType[batch.type] ??= { records: 0, pairs: 0, byRule: {} });
    const counts = batch.counts as { clean?: number; mergedAway?: number };
    totals.records += (counts.clean ?? 0) + (counts.mergedAway ?? 0);
    const pairs = batch.dedup.candidatePairs as { total?: number; byRule?: { rule: string; pairs: number }[] } | undefined;
    totals.pairs += pairs?.total ?? 0;
    for (const rule of pairs?.byRule ?? []) totals.byRule[rule.rule] = (totals.byRule[rule.rule] ?? 0) + rule.pairs;
  }
  return byType;
}

function check(name: string, measured: number, shown: string, target: string, limit: number): TargetCheck {
  const met = measured <= limit;
  return { name, measured, shown, target, met, missedBy: met ? null : measured / limit };
}

/** The issue #7 targets, for whatever was measured. */
export function targetChecks(results: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { xlsx, csv } = results.formats;
  if (xlsx?.run && xlsx.bare) {
    const ratio = xlsx.run.seconds / xlsx.bare.seconds;
    checks.push(check('XLSX: whole run / bare exceljs read', ratio, `${ratio.toFixed(2)}× (${xlsx.run.seconds.toFixed(1)} s / ${xlsx.bare.seconds.toFixed(1)} s)`, '≤ 0.8× (stretch 0.65×)', 0.8));
  }
  if (csv?.run && csv.bare) {
    const ratio = csv.run.seconds / csv.bare.seconds;
    checks.push(check('CSV: whole run / bare papaparse read', ratio, `${ratio.toFixed(2)}× (${csv.run.seconds.toFixed(1)} s / ${csv.bare.seconds.toFixed(1)} s)`, '≤ 3× (stretch 2×)', 3));
  }
  for (const [type, figures] of Object.entries(results.dedup?.byType ?? {})) {
    const perRecord = figures.records === 0 ? 0 : figures.candidatePairs / figures.records;
    checks.push(check(`dedup ${type}: candidate pairs per record`, perRecord, `${perRecord.toFixed(2)} (${figures.candidatePairs} / ${figures.records})`, '< 20', 20));
  }
  if (results.dedup && results.duckdb) {
    const hotich = Object.values(results.dedup.byType).reduce((sum, figures) => sum + figures.dedupSeconds, 0);
    const duck = Object.values(results.duckdb.byType).reduce((sum, figures) => sum + figures.blockingSeconds + figures.scoringSeconds, 0);
    checks.push(check('dedup: hotich deduplicate() / DuckDB blocking + scoring', hotich / duck, `${(hotich / duck).toFixed(2)}× (${hotich.toFixed(2)} s / ${duck.toFixed(2)} s, DuckDB ${results.duckdb.threads as number} threads)`, '≤ 1×', 1));
  }
  for (const [format, formatResults] of Object.entries(results.formats)) {
    const run = formatResults.run;
    if (!run) continue;
    const peak = run.runLogPeakRssBytes ?? run.peakRssBytes;
    checks.push(check(`${format.toUpperCase()}: peak RSS of the whole run`, peak / MIB, `${(peak / MIB).toFixed(0)} MiB`, '< 1536 MiB (1.5 GB)', 1536));
  }
  return checks;
}
