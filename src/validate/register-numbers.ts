import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { valueAt } from './record-access.js';

/** Where a record sits in its register: commune, year and number as typed. */
export interface RegisterPosition {
  /** commune|year|number; null when the commune or the registration date is missing. */
  key: string | null;
  /** Registration year, or null without a registration date. */
  year: string | null;
  number: string;
  /** Registration date (ISO, at its precision), or null. */
  date: string | null;
  provenance: Provenance;
}

/** The record's register position, or null when it has no number. */
export function registerPositionOf(record: Readonly<Record<string, unknown>>, provenance: Provenance): RegisterPosition | null {
  const number = valueAt(record, 'registration.number');
  if (typeof number !== 'string') return null;
  const commune = valueAt(record, 'registration.communeCode');
  const date = valueAt(record, 'registration.date');
  if (typeof date !== 'string') return { key: null, year: null, number, date: null, provenance };
  const year = date.slice(0, 4);
  return { key: typeof commune === 'string' ? `${commune}|${year}|${number}` : null, year, number, date, provenance };
}

/**
 * A registration number is continuous within a commune's year for one kind
 * of book, so (commune, year, number) names one entry (Decree 158/2005 Art.
 * 68; DOMAIN.md §3.3). A second row with the same triple is either the same
 * entry typed again (deduplication merges it) or a number typed wrong: the
 * officer should look. Checked on the records a batch keeps after deduplication,
 * against those and the rows rejected before them (hold); remembers one short
 * key per record.
 */
export class RegisterNumbers {
  private readonly seen = new Map<string, { provenance: Provenance; rejected: boolean }>();

  /** REGISTER_NUMBER_REPEATED when an earlier clean row of the batch has the same commune, year and number. */
  check(record: Readonly<Record<string, unknown>>, provenance: Provenance): BoundFinding | null {
    const position = registerPositionOf(record, provenance);
    return position === null ? null : this.checkPosition(position);
  }

  /** The same check on a position taken earlier (registerPositionOf). */
  checkPosition(position: RegisterPosition): BoundFinding | null {
    const { provenance, key } = position;
    if (key === null) return null;
    const earlier = this.seen.get(key);
    if (earlier === undefined) {
      this.seen.set(key, { provenance, rejected: false });
      return null;
    }
    const where = earlierRow(earlier.provenance, provenance);
    return {
      code: 'REGISTER_NUMBER_REPEATED',
      field: 'registration.number',
      value: position.number,
      params: { year: position.year!, earlier: earlier.rejected ? `${where} (dòng đó bị loại vì lỗi khác, chưa được nạp)` : where },
    };
  }

  /**
   * A rejected row's number: the row is a line of the book, to be loaded once fixed, so a later
   * row with its number repeats it. Not a cancelled entry's (ENTRY_CANCELLED): that line is void.
   */
  hold(position: RegisterPosition): void {
    if (position.key !== null && !this.seen.has(position.key)) this.seen.set(position.key, { provenance: position.provenance, rejected: true });
  }
}

/** Where an earlier row is, as the officer reading `provenance`'s row finds it: 'dòng 14', or its file and sheet too. */
export function earlierRow(earlier: Provenance, provenance: Provenance): string {
  return earlier.file === provenance.file && earlier.sheet === provenance.sheet ? `dòng ${earlier.row}` : `${earlier.file}${earlier.sheet ? ` [${earlier.sheet}]` : ''}, dòng ${earlier.row}`;
}
