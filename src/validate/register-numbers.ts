import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { valueAt } from './record-access.js';

/** Where a clean record sits in its register: commune, year and number as typed. */
export interface RegisterPosition {
  /** commune|year|number */
  key: string;
  year: string;
  number: string;
  provenance: Provenance;
}

/** The record's register position, or null when commune, date or number is missing. */
export function registerPositionOf(record: Readonly<Record<string, unknown>>, provenance: Provenance): RegisterPosition | null {
  const commune = valueAt(record, 'registration.communeCode');
  const date = valueAt(record, 'registration.date');
  const number = valueAt(record, 'registration.number');
  if (typeof commune !== 'string' || typeof date !== 'string' || typeof number !== 'string') return null;
  const year = date.slice(0, 4);
  return { key: `${commune}|${year}|${number}`, year, number, provenance };
}

/**
 * A registration number is continuous within a commune's year for one kind
 * of book, so (commune, year, number) names one entry (Decree 158/2005 Art.
 * 68; DOMAIN.md §3.3). A second row with the same triple is either the same
 * entry typed again (deduplication merges it) or a number typed wrong: the
 * officer should look. Checked on the records a batch keeps after deduplication;
 * remembers one short key per record.
 */
export class RegisterNumbers {
  private readonly seen = new Map<string, Provenance>();

  /** REGISTER_NUMBER_REPEATED when an earlier clean row of the batch has the same commune, year and number. */
  check(record: Readonly<Record<string, unknown>>, provenance: Provenance): BoundFinding | null {
    const position = registerPositionOf(record, provenance);
    return position === null ? null : this.checkPosition(position);
  }

  /** The same check on a position taken earlier (registerPositionOf). */
  checkPosition(position: RegisterPosition): BoundFinding | null {
    const { provenance } = position;
    const earlier = this.seen.get(position.key);
    if (earlier === undefined) {
      this.seen.set(position.key, provenance);
      return null;
    }
    return { code: 'REGISTER_NUMBER_REPEATED', field: 'registration.number', value: position.number, params: { year: position.year, earlier: earlierRow(earlier, provenance) } };
  }
}

/** Where an earlier row is, as the officer reading `provenance`'s row finds it: 'dòng 14', or its file and sheet too. */
export function earlierRow(earlier: Provenance, provenance: Provenance): string {
  return earlier.file === provenance.file && earlier.sheet === provenance.sheet ? `dòng ${earlier.row}` : `${earlier.file}${earlier.sheet ? ` [${earlier.sheet}]` : ''}, dòng ${earlier.row}`;
}
