/**
 * A personal ID names one person (DOMAIN.md §2.1), who is born once and dies
 * once: two records a batch keeps with the same child's (or deceased's) ID are
 * one event registered twice that deduplication kept apart, or an ID copied
 * onto the wrong row — typically a twin given the other twin's number. Checked
 * on the records kept after deduplication, in source order: the later one gets
 * PERSONAL_ID_REPEATED. A spouse's ID is not checked (MatchSpec.personalIdField):
 * a person marries more than once.
 */
import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { earlierRow } from '../validate/register-numbers.js';
import type { DedupRecord } from './dedup-record.js';

export class RepeatedPersonalIds {
  private readonly seen = new Map<string, Provenance>();

  /** `field`: the comparison value holding the ID (the spec's personalIdField); none checks nothing. */
  constructor(private readonly field: string | undefined) {}

  /** PERSONAL_ID_REPEATED when an earlier kept record of the batch has the same ID. */
  check(record: DedupRecord, provenance: Provenance): BoundFinding | null {
    if (this.field === undefined) return null;
    const value = record.values[this.field];
    if (!value) return null;
    const earlier = this.seen.get(value);
    if (earlier === undefined) {
      this.seen.set(value, provenance);
      return null;
    }
    return { code: 'PERSONAL_ID_REPEATED', field: this.field, value, params: { earlier: earlierRow(earlier, provenance) } };
  }
}
