import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { readJson, readJsonl } from '../run/run-helpers.js';
import type { CatalogCase, CatalogOutput, CatalogRun } from './catalog-table.js';

/** One code as hotich wrote it, in the shape of a table entry (plus the message an officer reads). */
export type Observation = Omit<CatalogCase, 'names'> & { message: string };

interface Provenance {
  file: string;
  sheet: string;
  row: number;
}

interface WrittenFinding {
  code: string;
  field: string;
  message?: string;
}

interface WrittenRecord {
  provenance: Provenance;
  errors?: WrittenFinding[];
  warnings?: WrittenFinding[];
  notes?: WrittenFinding[];
}

/** Every code an output folder holds, wherever hotich wrote it. */
export function observe(run: CatalogRun, out: string): Observation[] {
  const observed: Observation[] = [];
  const manifestErrors = new Map<string, Observation>();
  const districts = readdirSync(out).filter((name) => /^\d{3}$/.test(name));
  for (const district of districts) {
    for (const type of RECORD_TYPE_NAMES) {
      const batch = join(out, district, type);
      if (!existsSync(batch)) continue;
      const add = (record: WrittenRecord, output: CatalogOutput, findings: WrittenFinding[] | undefined): void => {
        for (const finding of findings ?? []) {
          const { file, sheet, row } = record.provenance;
          observed.push({ run, district, type, file, sheet, row, code: finding.code, field: finding.field, output, message: finding.message ?? '' });
        }
      };
      for (const record of readJsonl(join(batch, 'clean.jsonl')) as unknown as WrittenRecord[]) {
        add(record, 'clean.warnings', record.warnings);
        add(record, 'clean.notes', record.notes);
      }
      // A row merged into a record loaded before carries its warnings in duplicates.jsonl (it is in no clean batch).
      for (const cluster of readJsonl(join(batch, 'duplicates.jsonl')) as unknown as { members: (WrittenRecord & { warnings?: WrittenFinding[] })[] }[]) {
        for (const member of cluster.members) add(member, 'duplicates.warnings', member.warnings);
      }
      for (const record of readJsonl(join(batch, 'rejected.jsonl')) as unknown as WrittenRecord[]) {
        add(record, 'rejected.errors', record.errors);
        add(record, 'rejected.warnings', record.warnings);
      }
      for (const input of readJson(join(batch, 'manifest.json')).inputs as { file: string; error?: { code: string; message: string } }[]) {
        if (!input.error) continue;
        // The same file error is in the manifest of every type: one observation per district and file.
        manifestErrors.set(`${district}|${input.file}|${input.error.code}`, {
          run, district, type: null, file: input.file, sheet: null, row: null, field: null,
          code: input.error.code, output: 'manifest.inputs', message: input.error.message,
        });
      }
    }
  }
  observed.push(...manifestErrors.values());
  for (const problem of readJson(join(out, 'summary.json')).problems as { district: string; file: string; sheet: string | null; code: string; message: string; type: CatalogCase['type'] }[]) {
    observed.push({
      run, district: problem.district, type: problem.type, file: problem.file, sheet: problem.sheet, row: null, field: null,
      code: problem.code, output: 'summary.problems', message: problem.message,
    });
  }
  return observed;
}

/** A comparable key: where the code is, in which output. */
export function caseKey(entry: Omit<CatalogCase, 'names'>): string {
  return [entry.run, entry.district, entry.type, entry.file, entry.sheet, entry.row, entry.field, entry.output, entry.code].map(String).join(' | ');
}

/** The source row a finding belongs to, whatever its output. */
export function rowKey(entry: Omit<CatalogCase, 'names'>): string {
  return [entry.run, entry.district, entry.type, entry.file, entry.sheet, entry.row].map(String).join(' | ');
}
