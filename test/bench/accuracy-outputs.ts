/**
 * Reads what a `hotich run` left in its output folder — every batch's
 * clean.jsonl, rejected.jsonl, duplicates.jsonl and review.jsonl — keyed by
 * provenance (`<file without extension>#<row>`), and the truth files of a
 * generated province (generator/write-truth.ts), keyed the same way, so the
 * two can be joined whatever the input format.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RecordTypeName } from '../../src/record-types/record-type.js';
import type { RowTruth } from './generator/truth.js';

export interface Provenance {
  file: string;
  sheet: string;
  row: number;
}

export interface Problem {
  code: string;
  field: string | null;
}

export interface OutputRow {
  key: string;
  status: 'clean' | 'rejected' | 'merged';
  sheet: string;
  /** The clean record (clean rows), or null. */
  record: Record<string, unknown> | null;
  errors: Problem[];
  warnings: Problem[];
}

export interface RunOutputs {
  rows: Map<string, OutputRow>;
  /** Each cluster's rows, survivor first (keys). */
  clusters: string[][];
  reviewPairs: [string, string][];
  /** Ids in duplicates or review files that no clean record of the folder carries (should not happen). */
  unresolvedIds: number;
}

export interface TruthRow extends RowTruth {
  key: string;
  type: RecordTypeName;
}

const TYPE_OF_STEM: Readonly<Record<string, RecordTypeName>> = { 'khai-sinh': 'birth', 'ket-hon': 'marriage', 'khai-tu': 'death' };

/** `249/khai-sinh-08935-huong-canh.xlsx` row 12 → `249/khai-sinh-08935-huong-canh#12`. */
export const provenanceKey = (provenance: Provenance): string => `${provenance.file.replace(/\.[^./]+$/, '')}#${provenance.row}`;

function* jsonLines<T>(path: string): Generator<T> {
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim() !== '') yield JSON.parse(line) as T;
}

function batchFolders(outFolder: string): string[] {
  const folders: string[] = [];
  for (const district of readdirSync(outFolder, { withFileTypes: true })) {
    if (!district.isDirectory() || !/^\d{3}$/.test(district.name)) continue;
    for (const type of readdirSync(join(outFolder, district.name), { withFileTypes: true })) {
      if (type.isDirectory()) folders.push(join(outFolder, district.name, type.name));
    }
  }
  return folders.sort();
}

/** A clean.jsonl line: the record, of which the join reads these. */
type CleanLine = Record<string, unknown> & {
  id: string;
  provenance: Provenance;
  warnings: Problem[];
};

interface RejectedLine {
  id: string;
  provenance: Provenance;
  errors: Problem[];
  warnings: Problem[];
}

interface Ref {
  id: string;
  provenance: Provenance | null;
}

interface DuplicateLine {
  survivor: Ref;
  members: Ref[];
}

/** Every row a run's output folder accounts for. */
export function readRunOutputs(outFolder: string): RunOutputs {
  const rows = new Map<string, OutputRow>();
  const keyOfId = new Map<string, string>();
  const folders = batchFolders(outFolder);
  const problems = (list: Problem[] | undefined): Problem[] => (list ?? []).map(({ code, field }) => ({ code, field: field ?? null }));
  for (const folder of folders) {
    for (const record of jsonLines<CleanLine>(join(folder, 'clean.jsonl'))) {
      const key = provenanceKey(record.provenance);
      keyOfId.set(record.id, key);
      rows.set(key, { key, status: 'clean', sheet: record.provenance.sheet, record, errors: [], warnings: problems(record.warnings) });
    }
    for (const record of jsonLines<RejectedLine>(join(folder, 'rejected.jsonl'))) {
      const key = provenanceKey(record.provenance);
      keyOfId.set(record.id, key);
      rows.set(key, { key, status: 'rejected', sheet: record.provenance.sheet, record: null, errors: problems(record.errors), warnings: problems(record.warnings) });
    }
  }
  const clusters: string[][] = [];
  const reviewPairs: [string, string][] = [];
  let unresolvedIds = 0;
  const keyOf = (ref: Ref): string | null => {
    const key = ref.provenance ? provenanceKey(ref.provenance) : (keyOfId.get(ref.id) ?? null);
    if (key === null) unresolvedIds++;
    return key;
  };
  for (const folder of folders) {
    for (const cluster of jsonLines<DuplicateLine>(join(folder, 'duplicates.jsonl'))) {
      const keys: string[] = [];
      for (const ref of [cluster.survivor, ...cluster.members]) {
        const key = keyOf(ref);
        if (key !== null) keys.push(key);
      }
      for (const member of cluster.members) {
        if (member.provenance === null) continue;
        const key = provenanceKey(member.provenance);
        rows.set(key, { key, status: 'merged', sheet: member.provenance.sheet, record: null, errors: [], warnings: [] });
      }
      clusters.push(keys);
    }
    for (const pair of jsonLines<{ a: Ref; b: Ref }>(join(folder, 'review.jsonl'))) {
      const [a, b] = [keyOf(pair.a), keyOf(pair.b)];
      if (a !== null && b !== null) reviewPairs.push([a, b]);
    }
  }
  return { rows, clusters, reviewPairs, unresolvedIds };
}

/** Every `<book>.truth.jsonl` under a data set's truth folder, in file and row order. */
export function readTruth(truthFolder: string): TruthRow[] {
  const rows: TruthRow[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.truth.jsonl')) {
        const stem = relative(truthFolder, path).replace(/\.truth\.jsonl$/, '');
        const type = TYPE_OF_STEM[/^(khai-sinh|ket-hon|khai-tu)/.exec(stem.split('/').pop() ?? '')?.[1] ?? ''];
        if (type === undefined) throw new Error(`accuracy: no record type in the truth file name ${stem}`);
        for (const truth of jsonLines<RowTruth>(path)) rows.push({ ...truth, key: `${stem}#${truth.row}`, type });
      }
    }
  };
  walk(truthFolder);
  return rows;
}
