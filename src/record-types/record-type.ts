import type { z } from 'zod';
import type { BoundFinding } from '../normalize/bound-finding.js';
import type { FieldReader } from '../normalize/field-reader.js';
import type { ColumnDefinition } from './column.js';
import type { DedupSpec } from '../dedup/dedup-spec.js';

export const RECORD_TYPE_NAMES = ['birth', 'marriage', 'death'] as const;
export type RecordTypeName = (typeof RECORD_TYPE_NAMES)[number];

/** The type-specific part of a record plus its registration, before id/provenance are attached. */
export interface RecordBody {
  registration: {
    communeCode: string | null;
    book: string | null;
    number: string | null;
    date: string | null;
    place: string | null;
  };
  remarks: string | null;
  fields: Record<string, unknown>;
}

export interface RecordTypeDefinition {
  name: RecordTypeName;
  /** Register name as officers say it ('Khai sinh'). */
  labelVi: string;
  columns: readonly ColumnDefinition[];
  /** Keys only this register has; a header must match one to be taken for this type. */
  signatureKeys: readonly string[];
  /** Record paths without which a row cannot be loaded (README, "Required fields"). */
  requiredFields: readonly string[];
  /** Fills the record from a row's cells through the normalizers. */
  build(reader: FieldReader): RecordBody;
  /** The clean record's shape (common fields included). */
  schema: z.ZodType;
  /**
   * How records of this type are deduplicated (issue #5): blocking rules,
   * comparisons, vetoes and thresholds, in src/dedup/specs/<type>.ts. Its
   * toDedupRecord takes a record that passed `schema`.
   */
  dedup: DedupSpec<never>;
}

export type { BoundFinding };
