/**
 * The accuracy report as text: accounting, rejections, field accuracy per
 * field and per kind of mess, examples of mismatches (synthetic names only),
 * duplicates and twins, warnings.
 */
import { share, type AccuracyReport, type FieldAccuracy, type Mismatch, type Tally } from './accuracy-measure.js';

const percent = (value: Tally): string => `${(share(value) * 100).toFixed(value.exact === value.n ? 0 : 2)} %`;
const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

function worstKinds(field: FieldAccuracy, limit = 3): string {
  return [...field.byKind.entries()]
    .filter(([, value]) => value.exact < value.n)
    .sort((a, b) => share(a[1]) - share(b[1]) || b[1].n - a[1].n)
    .slice(0, limit)
    .map(([kind, value]) => `${kind} ${percent(value)} of ${value.n}`)
    .join('; ');
}

/** Up to `limit` mismatches, one per distinct kind-of-mess signature first. */
function examples(mismatches: readonly Mismatch[], limit: number): Mismatch[] {
  const bySignature = new Map<string, Mismatch[]>();
  for (const mismatch of mismatches) {
    const signature = [...mismatch.mess].sort().join(',');
    const list = bySignature.get(signature) ?? [];
    list.push(mismatch);
    bySignature.set(signature, list);
  }
  const chosen: Mismatch[] = [];
  for (let round = 0; chosen.length < limit; round++) {
    let added = false;
    for (const list of bySignature.values()) {
      const next = list[round];
      if (next && chosen.length < limit) {
        chosen.push(next);
        added = true;
      }
    }
    if (!added) break;
  }
  return chosen;
}

/** The report of one format's run, as lines. */
export function formatReport(format: string, report: AccuracyReport, exampleCount: number): string[] {
  const lines: string[] = [];
  const { accounting, rejection, duplicates, twins } = report;
  const closed = accounting.missing.length === 0 && accounting.extra.length === 0;
  lines.push(`== ${format}: ${accounting.truthRows} data rows ==`);
  lines.push(
    `Row accounting: clean ${accounting.clean}, rejected ${accounting.rejected}, merged ${accounting.merged}; missing ${accounting.missing.length}, extra ${accounting.extra.length}` +
      `${accounting.sheetMismatches.length ? `, sheet mismatches ${accounting.sheetMismatches.length}` : ''} — ${closed ? 'closed' : 'NOT CLOSED'}`,
  );
  for (const key of accounting.missing.slice(0, exampleCount)) lines.push(`  missing ${key}`);
  for (const key of accounting.extra.slice(0, exampleCount)) lines.push(`  extra ${key}`);

  const unexpectedCodes = new Map<string, number>();
  for (const { errors } of rejection.unexpected) for (const error of errors) unexpectedCodes.set(`${error.code} ${error.field ?? ''}`.trim(), (unexpectedCodes.get(`${error.code} ${error.field ?? ''}`.trim()) ?? 0) + 1);
  lines.push(
    `Rejections: ${rejection.expected} meant, ${rejection.asExpected} rejected (${rejection.rightField} for the field meant), ${rejection.missed.length} not rejected; ` +
      `${rejection.unexpected.length} rejected unexpectedly${unexpectedCodes.size ? ` (${[...unexpectedCodes].map(([code, n]) => `${code} ${n}`).join(', ')})` : ''}`,
  );
  for (const key of rejection.missed.slice(0, exampleCount)) lines.push(`  not rejected ${key}`);
  for (const { key, errors } of rejection.unexpected.slice(0, exampleCount)) lines.push(`  rejected ${key}: ${errors.map((error) => `${error.code} ${error.field ?? ''}`).join(', ')}`);

  lines.push('Fields (exact matches on rows clean in both truth and output; worst kinds of mess):');
  const fields = [...report.fields.entries()];
  const width = Math.max(...fields.map(([name]) => name.length), 10);
  for (const [name, field] of fields) {
    const filled = field.filled ? `, ${field.filled} filled by dedup left out` : '';
    lines.push(`  ${name.padEnd(width)} ${String(field.n).padStart(6)}  ${percent(field).padStart(8)}${filled}${field.exact < field.n ? `  ${worstKinds(field)}` : ''}`);
  }
  lines.push('Kinds of mess (every field of every row that carries the kind):');
  for (const [kind, value] of [...report.byKind.entries()].sort((a, b) => share(a[1]) - share(b[1]) || a[0].localeCompare(b[0]))) {
    lines.push(`  ${kind.padEnd(26)} ${String(value.n).padStart(7)}  ${percent(value).padStart(8)}`);
  }
  const wrong = fields.filter(([, field]) => field.mismatches.length > 0);
  if (wrong.length > 0) lines.push(`Mismatches (up to ${exampleCount} per field, one per kind of mess first):`);
  for (const [name, field] of wrong) {
    lines.push(`  ${name}: ${field.mismatches.length}`);
    for (const mismatch of examples(field.mismatches, exampleCount)) {
      lines.push(`    ${mismatch.key} [${mismatch.mess.join(', ')}] typed ${show(mismatch.typed)} expected ${show(mismatch.expected)} got ${show(mismatch.got)}`);
    }
  }
  lines.push(
    `Duplicates (pairs): truth ${duplicates.truthPairs}, merged ${duplicates.predictedPairs}, right ${duplicates.truePairs}: ` +
      `precision ${(duplicates.precision * 100).toFixed(2)} %, recall ${(duplicates.recall * 100).toFixed(2)} %, F1 ${(duplicates.f1 * 100).toFixed(2)} %; ` +
      `missed: ${duplicates.truthPairsInReview} in review, ${duplicates.truthPairsRejected} with a row rejected, ${duplicates.missedPairs.length} not found`,
  );
  const { survivors } = duplicates;
  lines.push(
    `Survivors: the row typed as the original in ${survivors.original} of ${survivors.clusters} clusters` +
      `${survivors.original < survivors.clusters ? ` (kept instead: ${[...survivors.byKind].filter(([kind]) => kind !== 'original').map(([kind, n]) => `${kind} ${n}`).join(', ')})` : ''}`,
  );
  for (const [a, b] of duplicates.falsePairs.slice(0, exampleCount)) lines.push(`  wrongly merged ${a} + ${b}`);
  for (const [a, b] of duplicates.missedPairs.slice(0, exampleCount)) lines.push(`  not merged ${a} + ${b}`);
  lines.push(`Twins: ${twins.pairs} pairs, ${twins.merged.length} merged, ${twins.inReview} pairs of rows in review`);
  for (const [a, b] of twins.merged.slice(0, exampleCount)) lines.push(`  twins merged ${a} + ${b}`);
  for (const [code, problem] of report.problems) {
    lines.push(
      `Problem ${code}: ${problem.expected} true, ${problem.flagged} flagged, ${problem.flaggedUncertain} flagged as uncertain, ${problem.missed.length} missed; ${problem.falseAlarms.length} flagged without cause`,
    );
    for (const key of problem.missed.slice(0, exampleCount)) lines.push(`  missed ${key}`);
    for (const key of problem.falseAlarms.slice(0, exampleCount)) lines.push(`  without cause ${key}`);
  }
  const warnings = [...report.warnings.entries()].sort((a, b) => b[1] - a[1]);
  lines.push(`Warnings on clean rows: ${warnings.length === 0 ? 'none' : warnings.map(([code, n]) => `${code} ${n}`).join(', ')}`);
  return lines;
}
