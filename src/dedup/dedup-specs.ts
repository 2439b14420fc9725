/** The dedup spec of each record type, by name (explicit list; the record-type files will reference them). */
import type { RecordTypeName } from '../record-types/record-type.js';
import type { MatchSpec } from './dedup-spec.js';
import { birthDedupSpec } from './specs/birth.js';
import { deathDedupSpec } from './specs/death.js';
import { marriageDedupSpec } from './specs/marriage.js';

export { birthDedupSpec, deathDedupSpec, marriageDedupSpec };

export const DEDUP_SPECS = {
  birth: birthDedupSpec,
  marriage: marriageDedupSpec,
  death: deathDedupSpec,
} as const satisfies Record<RecordTypeName, MatchSpec>;
