/** The benchmark's compact table on stdout. */
import type { BenchResults, FormatResults } from './bench-results.js';
import { runPairs } from './bench-results.js';
import type { StageResult } from './run-stage.js';

const MIB = 1024 * 1024;
const num = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const left = (text: string, width: number): string => text.padEnd(width);
const right = (text: string, width: number): string => text.padStart(width);

const STAGE_LABELS: readonly [keyof FormatResults, string, string][] = [
  ['bare', 'bare exceljs streaming read (floor)', 'bare papaparse streaming read (floor)'],
  ['read', 'hotich read (openSheets)', 'hotich read (openSheets)'],
  ['floor', 'hotich read + least cleaning', 'hotich read + least cleaning'],
  ['normalize', 'hotich read+normalize+validate', 'hotich read+normalize+validate'],
  ['run', 'hotich run (whole, all threads)', 'hotich run (whole, all threads)'],
];

function stageLine(label: string, format: string, result: StageResult, rows: number, peakRss = result.peakRssBytes): string {
  return [
    left(label, 40),
    left(format, 5),
    right(num(result.seconds, 2), 9),
    right(num(result.cpuSeconds, 2), 9),
    right(num(rows / result.seconds), 11),
    right(`${num(peakRss / MIB)} MiB`, 11),
    result.runs > 1 ? `  runs ${result.runSeconds.join(' / ')}` : '',
  ].join(' ');
}

export function printReport(results: BenchResults, print: (line: string) => void): void {
  const { generation } = results;
  const rows = generation.rows;
  const types = Object.entries(generation.byType).map(([type, totals]) => `${type} ${num(totals.rows)}`).join(', ');
  print('');
  print(`hotich benchmark ${results.date}: ${num(rows)} records (${types}) in ${generation.files} books × ${results.options.formats.join(' + ')}, ${generation.districts.length} districts`);
  print(`${results.machine.cores} cores, ${results.machine.cpuModel}, Node ${results.machine.node}; ${results.cli ? `hotich run from ${results.cli.kind}${results.cli.note ? ` (${results.cli.note})` : ''}` : 'no whole run'}${results.options.runs > 1 ? `; median of ${results.options.runs} runs` : ''}`);
  print('');
  if (Object.values(results.formats).some((formatResults) => Object.keys(formatResults).length > 0)) {
    print([left('stage', 40), left('fmt', 5), right('seconds', 9), right('CPU s', 9), right('records/s', 11), right('peak RSS', 11)].join(' '));
  }
  for (const [format, formatResults] of Object.entries(results.formats)) {
    for (const [key, xlsxLabel, csvLabel] of STAGE_LABELS) {
      const result = formatResults[key];
      if (!result) continue;
      const peak = key === 'run' && formatResults.run ? (formatResults.run.runLogPeakRssBytes ?? result.peakRssBytes) : result.peakRssBytes;
      print(stageLine(format === 'xlsx' ? xlsxLabel : csvLabel, format, result, rows, peak));
    }
    const { bare, read, floor, normalize } = formatResults;
    if (read && floor) {
      // The least any normalizer costs with this reader: each distinct cell text composed and trimmed, nothing parsed.
      const seconds = floor.seconds - read.seconds;
      print(`${left('  of which least cleaning', 40)} ${left(format, 5)} ${right(num(seconds, 2), 9)} ${right(num(floor.cpuSeconds - read.cpuSeconds, 2), 9)}   ${num(seconds / read.seconds, 2)}× hotich's read`);
    }
    if (read && normalize) {
      const seconds = normalize.seconds - read.seconds;
      // Issue #3: normalizing should cost a small fraction of reading; both reads are the yardstick.
      const shares = [bare ? `${num(seconds / bare.seconds, 2)}× the bare read` : '', `${num(seconds / read.seconds, 2)}× hotich's read`].filter(Boolean).join(', ');
      print(`${left('  of which normalize+validate', 40)} ${left(format, 5)} ${right(num(seconds, 2), 9)} ${right(num(normalize.cpuSeconds - read.cpuSeconds, 2), 9)}   ${shares}`);
    }
    const run = formatResults.run;
    if (run) {
      for (const [type, totals] of Object.entries(runPairs(run))) {
        if (!totals) continue;
        const rules = Object.entries(totals.byRule).map(([rule, pairs]) => `${rule} ${num(pairs)}`).join(', ');
        print(`  run's dedup ${type}: ${num(totals.pairs)} candidate pairs for ${num(totals.records)} records (${num(totals.pairs / Math.max(1, totals.records), 2)}/record; ${rules})`);
      }
    }
  }
  if (results.dedup) {
    print('');
    print('dedup, province-wide per type        records  blocking s  dedup s   pairs   pairs/rec   by rule');
    for (const [type, figures] of Object.entries(results.dedup.byType)) {
      const rules = Object.entries(figures.byRule).map(([rule, pairs]) => `${rule} ${num(pairs)}`).join(', ');
      print(`  hotich ${left(type, 28)} ${right(num(figures.records), 8)} ${right(num(figures.blockingSeconds, 2), 11)} ${right(num(figures.dedupSeconds, 2), 8)} ${right(num(figures.candidatePairs), 7)} ${right(num(figures.candidatePairs / Math.max(1, figures.records), 2), 11)}   ${rules}`);
      print(`         ${' '.repeat(28)} merge ${num(figures.decisions.merge)}, review ${num(figures.decisions.review)}, distinct ${num(figures.decisions.distinct)}; ${num(figures.clusters)} clusters, ${num(figures.mergedAway)} merged away`);
    }
    print(`  hotich: ${num(results.dedup.cpuSeconds, 2)} CPU s, peak RSS ${num(results.dedup.peakRssBytes / MIB)} MiB (records loaded in memory)`);
  }
  if (results.duckdb) {
    print(`DuckDB baseline (${results.duckdb.threads as number} threads)    records  blocking s  scoring s pairs   pairs/rec   (load ${num(results.duckdb.loadSeconds, 2)} s apart)`);
    for (const [type, figures] of Object.entries(results.duckdb.byType)) {
      const same = results.dedup?.byType[type as keyof typeof results.dedup.byType];
      const agree = same ? Object.entries(figures.byRule).every(([rule, pairs]) => same.byRule[rule] === pairs) : null;
      print(`  duckdb ${left(type, 28)} ${right(num(figures.records), 8)} ${right(num(figures.blockingSeconds, 2), 11)} ${right(num(figures.scoringSeconds, 2), 9)} ${right(num(figures.candidatePairs), 7)} ${right(num(figures.candidatePairs / Math.max(1, figures.records), 2), 10)}   ${agree === null ? '' : agree ? 'pairs per rule = hotich' : 'PAIRS PER RULE DIFFER from hotich'}`);
      print(`         ${' '.repeat(28)} merge ${num(figures.decisions.merge)}, review ${num(figures.decisions.review)}, distinct ${num(figures.decisions.distinct)} (thresholds only, no vetoes)${figures.notCompared.length > 0 ? `; not compared: ${figures.notCompared.join(', ')}` : ''}`);
    }
  }
  print('');
  print('targets (issue #7)');
  for (const target of results.targets) {
    const verdict = target.met ? 'met' : `MISSED by ${target.missedBy?.toFixed(2)}×`;
    print(`  ${left(target.name, 58)} ${left(target.shown, 44)} target ${left(target.target, 24)} ${verdict}`);
  }
}
