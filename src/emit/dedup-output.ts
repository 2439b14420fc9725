import { messageVi } from '../catalog/catalog.js';
import { copiesDisagreeFinding } from '../dedup/copies-disagree.js';
import type { DedupCluster, DedupResult, RecordRef } from '../dedup/dedup-result.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import type { Explanation } from '../dedup/explain.js';
import type { FieldFill } from '../dedup/survivor.js';
import { dedupListing, recordLabel, type DedupListing, type LoadedLabel, type RecordLabel } from './dedup-listing.js';
import { valueAt } from '../validate/record-access.js';
import type { AppendFile } from './append-file.js';
import { flatValues } from './flatten.js';
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

/** Warnings on survivors made while they are written (DEDUP_COPIES_DISAGREE): the column titles, and where the batch lists them. */
export interface SurvivorFindings {
  labelOf(path: string): string;
  /** The warning on the survivor `id`'s row, for errors.xlsx. */
  add(id: string, finding: BoundFinding): void;
}

/**
 * Writes the batch's clean records from the spool (spool.ts), without the
 * records merged away and with each survivor's missing fields filled from its
 * members (the source recorded as a DEDUP_FIELD_FILLED note), a
 * DEDUP_COPIES_DISAGREE warning for each key field a member gives otherwise
 * (reported through `survivorFindings`) and the warnings found at commit added; then duplicates.jsonl and review.jsonl. A record
 * nothing changes is copied line for line. Two passes over the spool: only the
 * records a cluster or a review pair involves are held in memory. Returns the
 * merges and review pairs as the officers' workbook lists them (`loaded`: the
 * records loaded before that they name, as the registry keeps them).
 */
export async function writeDedupOutputs(
  spoolPath: string,
  result: DedupResult,
  files: DedupOutputFiles,
  addedWarnings: ReadonlyMap<string, readonly AddedWarning[]> = new Map(),
  survivorFindings?: SurvivorFindings,
  loaded: ReadonlyMap<string, LoadedLabel> = new Map(),
): Promise<DedupListing> {
  const mergedAway = new Set(result.mergedAwayIds);
  const fillsBySurvivor = new Map(
    result.clusters.filter((cluster) => cluster.fills.length > 0 || cluster.rolesExchanged || cluster.disagreements).map((cluster) => [cluster.survivor.id, cluster]),
  );
  const sources = new Set(result.clusters.flatMap((cluster) => [...cluster.fills, ...(cluster.disagreements ?? [])].map((fill) => fill.fromId)));
  /** The fills each survivor took: duplicates.jsonl lists these, never one that was not applied. */
  const applied = new Map<string, FieldFill[]>();
  const involved = new Set([
    ...result.clusters.flatMap((cluster) => [cluster.survivor.id, ...cluster.memberIds]),
    ...result.review.flatMap((pair) => [pair.a.id, pair.b.id]),
  ]);
  const labels = new Map<string, RecordLabel>();
  const sourceRecords = new Map<string, Record<string, unknown>>();
  // First pass: only the records a cluster or a review pair involves are parsed.
  for await (const line of readSpoolLines(spoolPath)) {
    const { json } = splitCleanSpoolLine(line);
    const id = spooledId(json);
    if (!involved.has(id)) continue;
    const record = JSON.parse(json) as Record<string, unknown>;
    labels.set(id, recordLabel(result.type, record));
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
    if (cluster) {
      applied.set(id, fillFromMembers(record, cluster, sourceRecords));
      // The names 'Đã gộp' lists for the survivor are those loaded: exchanged roles in their own order.
      if (cluster.rolesExchanged) labels.set(id, recordLabel(result.type, record));
      for (const disagreement of cluster.disagreements ?? []) {
        const source = sourceRecords.get(disagreement.fromId);
        const finding = source && survivorFindings ? copiesDisagreeFinding(disagreement, record, source, survivorFindings.labelOf) : null;
        if (finding === null) continue;
        (record.warnings as unknown[]).push({ code: finding.code, field: finding.field, message: messageVi(finding.code, finding.params) });
        survivorFindings?.add(id, finding);
      }
    }
    if (warnings) (record.warnings as unknown[]).push(...warnings);
    files.cleanJsonl.write(`${JSON.stringify(record)}\n`);
    files.cleanCsv.write(`${csvRows([flatValues(record, files.csvColumns)])[0]}\r\n`);
  }
  const ref = (record: RecordRef): Record<string, unknown> => ({
    id: record.id,
    district: record.districtCode,
    provenance: record.previous ? null : (labels.get(record.id)?.provenance ?? null),
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
          provenance: labels.get(member.id)?.provenance ?? null,
          score: round(member.score),
          foundBy: member.foundBy,
          reasons: reasons(member.explanation),
          // Merged into a survivor loaded before that lacks what this member has (DEDUP_SURVIVOR_LESS_COMPLETE).
          ...(member.survivorLacks
            ? { survivorLacks: { original: member.survivorLacks.original, filled: member.survivorLacks.fills.map(listedFill) }, warnings: addedWarnings.get(member.id) ?? [] }
            : {}),
        })),
        score: round(weakest.score),
        reasons: reasons(weakest.explanation),
        filled: (applied.get(cluster.survivor.id) ?? []).map(listedFill),
        // Key fields a member gives otherwise (DEDUP_COPIES_DISAGREE on the survivor); no values here either.
        ...(cluster.disagreements ? { disagree: cluster.disagreements } : {}),
      })}\n`,
    );
  }
  for (const pair of result.review) {
    files.review.write(
      `${JSON.stringify({ reviewId: pair.reviewId, a: ref(pair.a), b: ref(pair.b), score: round(pair.score), reason: pair.reason, foundBy: pair.foundBy, reasons: reasons(pair.explanation) })}\n`,
    );
  }
  return dedupListing(result, labels, applied, loaded);
}

/** Fills the survivor's empty fields (and its dates a member gives more precisely) from its members, each with a DEDUP_FIELD_FILLED note; returns the fills applied. */
function fillFromMembers(record: Record<string, unknown>, cluster: DedupCluster, sources: ReadonlyMap<string, Record<string, unknown>>): FieldFill[] {
  const notes = Array.isArray(record.notes) ? record.notes : [];
  const applied: FieldFill[] = [];
  if (cluster.rolesExchanged) {
    notes.push(exchangeRoles(record, cluster.rolesExchanged.roles, cluster.rolesExchanged.fromId));
    dropRolesCrossedWarnings(record, cluster.rolesExchanged.roles);
  }
  for (const fill of cluster.fills) {
    const source = sources.get(fill.fromId);
    const sourceField = fill.sourceField ?? fill.field;
    const value = source ? valueAt(source, sourceField) : null;
    if (source === undefined || isEmpty(value) || !setAt(record, fill.field, value, valueAt(source, parentPath(sourceField)), fill.replaces)) continue;
    notes.push({ code: 'DEDUP_FIELD_FILLED', field: fill.field, from: fill.replaces ?? '', to: String(value), source: fill.fromId });
    applied.push(fill);
  }
  record.notes = notes;
  return applied;
}

/**
 * Puts back a survivor typed with its two roles in each other's columns (the wife under
 * the husband's headings), as the member typed the right way round shows: the two
 * person objects are exchanged whole, and a DEDUP_ROLES_EXCHANGED note keeps the name
 * the entry holds under the first role's headings.
 */
function exchangeRoles(record: Record<string, unknown>, [first, second]: readonly [string, string], source: string): Record<string, unknown> {
  const typed = record[first];
  record[first] = record[second];
  record[second] = typed;
  const name = (person: unknown): string => String(valueAt({ person }, 'person.fullName') ?? '');
  return { code: 'DEDUP_ROLES_EXCHANGED', field: `${first}.fullName`, from: name(typed), to: name(record[first]), source };
}

/** Warnings that the entry's two roles were typed in each other's columns (dedup-record.ts rolesCrossed). */
const ROLES_CROSSED_WARNINGS: ReadonlySet<string> = new Set(['MARRIAGE_SPOUSE_NAME_SEX', 'MARRIAGE_SPOUSE_ID_SEX', 'PARENT_NAME_SEX']);

/**
 * Drops from an exchanged survivor the warnings that its roles were typed crossed: they describe
 * the row as typed ('Tên bên chồng "Hoàng Thị Nga"…') and contradict the record now loaded; the
 * DEDUP_ROLES_EXCHANGED note records what was done, and errors.xlsx still lists them on the row.
 */
function dropRolesCrossedWarnings(record: Record<string, unknown>, roles: readonly [string, string]): void {
  if (!Array.isArray(record.warnings)) return;
  const prefixes = roles.map((role) => `${role}.`);
  record.warnings = record.warnings.filter(({ code, field }: { code?: unknown; field?: unknown }) => {
    if (typeof code !== 'string' || !ROLES_CROSSED_WARNINGS.has(code) || typeof field !== 'string') return true;
    return !prefixes.some((prefix) => field.startsWith(prefix));
  });
}

/** A fill as duplicates.jsonl lists it: no values there, so a refined date says only that it was (the note has both dates). */
function listedFill({ replaces, ...fill }: FieldFill): Omit<FieldFill, 'replaces'> & { refined?: true } {
  return replaces === undefined ? fill : { ...fill, refined: true };
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

/** 'father.birthYear' → 'father'; '' for a top-level field. */
function parentPath(path: string): string {
  const cut = path.lastIndexOf('.');
  return cut < 0 ? '' : path.slice(0, cut);
}

/**
 * Sets an empty field (null or '', as filledAmong counts it) at a dotted path, or
 * one holding exactly `replaces` (a date made more precise). A missing person
 * object (father: null) is created with the member's person's keys, every one
 * null until filled, so the record keeps the shape of its type.
 */
function setAt(record: Record<string, unknown>, path: string, value: unknown, sourceParent: unknown, replaces?: string): boolean {
  const parts = path.split('.');
  const last = parts.pop();
  let current: Record<string, unknown> = record;
  for (const [index, part] of parts.entries()) {
    let next = current[part];
    if (next === null && index === parts.length - 1 && typeof sourceParent === 'object' && sourceParent !== null) {
      next = Object.fromEntries(Object.keys(sourceParent).map((key) => [key, null]));
      current[part] = next;
    }
    if (typeof next !== 'object' || next === null) return false;
    current = next as Record<string, unknown>;
  }
  if (last === undefined || (replaces === undefined ? !isEmpty(current[last]) : current[last] !== replaces)) return false;
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
    ...(explanation.rolesCrossed ? { rolesCrossed: true } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
