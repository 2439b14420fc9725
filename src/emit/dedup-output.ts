import type { DedupCluster, DedupResult, RecordRef } from '../dedup/dedup-result.js';
import type { Explanation } from '../dedup/explain.js';
import { valueAt } from '../validate/record-access.js';
import type { AppendFile } from './append-file.js';
import { flatValues } from './flatten.js';
import type { Provenance } from './manifest.js';
import { csvRows, readSpoolLines, spooledId, splitCleanSpoolLine } from './spool.js';

export interface DedupOutputFiles {
  cleanJsonl: AppendFile;
  cleanCsv: AppendFile;
  duplicates: AppendFile;
  review: AppendFile;
  csvColumns: readonly string[];
}

/** A warning a record gets at commit (REGISTER_NUMBER_REPEATED), as it appears in the record. */
export interface AddedWarning {
  code: string;
  field: string;
  message: string;
}

/**
 * Writes the batch's clean records from the spool (spool.ts), without the
 * records merged away and with each survivor's missing fields filled from its
 * members (the source recorded as a DEDUP_FIELD_FILLED note) and the warnings
 * found at commit added; then duplicates.jsonl and review.jsonl. A record
 * nothing changes is copied line for line. Two passes over the spool: only the
 * records a cluster or a review pair involves are held in memory.
 */
export async function writeDedupOutputs(
  spoolPath: string,
  result: DedupResult,
  files: DedupOutputFiles,
  addedWarnings: ReadonlyMap<string, readonly AddedWarning[]> = new Map(),
): Promise<void> {
  const mergedAway = new Set(result.mergedAwayIds);
  const fillsBySurvivor = new Map(result.clusters.filter((cluster) => cluster.fills.length > 0).map((cluster) => [cluster.survivor.id, cluster]));
  const sources = new Set(result.clusters.flatMap((cluster) => cluster.fills.map((fill) => fill.fromId)));
  const involved = new Set([
    ...result.clusters.flatMap((cluster) => [cluster.survivor.id, ...cluster.memberIds]),
    ...result.review.flatMap((pair) => [pair.a.id, pair.b.id]),
  ]);
  const provenance = new Map<string, Provenance>();
  const sourceRecords = new Map<string, Record<string, unknown>>();
  // First pass: only the records a cluster or a review pair involves are parsed.
  for await (const line of readSpoolLines(spoolPath)) {
    const { json } = splitCleanSpoolLine(line);
    const id = spooledId(json);
    if (!involved.has(id)) continue;
    const record = JSON.parse(json) as Record<string, unknown>;
    provenance.set(id, record.provenance as Provenance);
    if (sources.has(id)) sourceRecords.set(id, record);
  }
  for await (const line of readSpoolLines(spoolPath)) {
    const spooled = splitCleanSpoolLine(line);
    const id = spooledId(spooled.json);
    if (mergedAway.has(id)) continue;
    const cluster = fillsBySurvivor.get(id);
    const warnings = addedWarnings.get(id);
    if (cluster === undefined && warnings === undefined) {
      files.cleanJsonl.write(`${spooled.json}\n`);
      files.cleanCsv.write(`${spooled.csvRow}\r\n`);
      continue;
    }
    const record = JSON.parse(spooled.json) as Record<string, unknown>;
    if (cluster) fillFromMembers(record, cluster, sourceRecords);
    if (warnings) (record.warnings as unknown[]).push(...warnings);
    files.cleanJsonl.write(`${JSON.stringify(record)}\n`);
    files.cleanCsv.write(`${csvRows([flatValues(record, files.csvColumns)])[0]}\r\n`);
  }
  const ref = (record: RecordRef): Record<string, unknown> => ({
    id: record.id,
    district: record.districtCode,
    provenance: record.previous ? null : (provenance.get(record.id) ?? null),
    loadedBefore: record.previous,
  });
  for (const cluster of result.clusters) {
    const weakest = cluster.members.reduce((low, member) => (member.score < low.score ? member : low));
    files.duplicates.write(
      `${JSON.stringify({
        clusterId: cluster.clusterId,
        survivorId: cluster.survivor.id,
        survivor: ref(cluster.survivor),
        memberIds: cluster.memberIds,
        members: cluster.members.map((member) => ({
          id: member.id,
          provenance: provenance.get(member.id) ?? null,
          score: round(member.score),
          foundBy: member.foundBy,
          reasons: reasons(member.explanation),
        })),
        score: round(weakest.score),
        reasons: reasons(weakest.explanation),
        filled: cluster.fills,
      })}\n`,
    );
  }
  for (const pair of result.review) {
    files.review.write(
      `${JSON.stringify({ reviewId: pair.reviewId, a: ref(pair.a), b: ref(pair.b), score: round(pair.score), reason: pair.reason, foundBy: pair.foundBy, reasons: reasons(pair.explanation) })}\n`,
    );
  }
}

function fillFromMembers(record: Record<string, unknown>, cluster: DedupCluster, sources: ReadonlyMap<string, Record<string, unknown>>): void {
  const notes = Array.isArray(record.notes) ? record.notes : [];
  for (const { field, fromId } of cluster.fills) {
    const source = sources.get(fromId);
    const value = source ? valueAt(source, field) : null;
    if (value === null || !setAt(record, field, value)) continue;
    notes.push({ code: 'DEDUP_FIELD_FILLED', field, from: '', to: String(value), source: fromId });
  }
  record.notes = notes;
}

/** Sets an empty field at a dotted path; a missing parent object (father: null) is left alone, keeping the record's shape. */
function setAt(record: Record<string, unknown>, path: string, value: unknown): boolean {
  const parts = path.split('.');
  let current: Record<string, unknown> = record;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (typeof next !== 'object' || next === null) return false;
    current = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  if (last === undefined || (current[last] !== null && current[last] !== undefined)) return false;
  current[last] = value;
  return true;
}

/** Which fields agreed and which differed, with their weights (no values: reasons carry no personal data). */
function reasons(explanation: Explanation): Record<string, unknown> {
  return {
    agreed: explanation.agreed.map((evidence) => ({ ...evidence, weight: round(evidence.weight) })),
    differed: explanation.differed.map((evidence) => ({ ...evidence, weight: round(evidence.weight) })),
    missing: explanation.missing,
    vetoes: explanation.vetoes,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
