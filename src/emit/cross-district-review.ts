import type { DedupRecord } from '../dedup/dedup-record.js';
import type { MatchSpec } from '../dedup/dedup-spec.js';
import type { DedupResult, ReviewPair } from '../dedup/dedup-result.js';
import type { CrossDistrictReviewPair, RegistryStore } from '../dedup/registry/registry-store.js';
import { pairScorer, type PairScorer } from '../dedup/score.js';

/**
 * The batch's review pairs with a record of another district (loaded before), as
 * the registry keeps them: the batch's own record and the other one. Null for a
 * pair of two records of the batch.
 */
export function crossDistrictPair(pair: ReviewPair): CrossDistrictReviewPair | null {
  if (pair.a.previous === pair.b.previous) return null;
  const [own, other] = pair.a.previous ? [pair.b, pair.a] : [pair.a, pair.b];
  return { id: own.id, otherId: other.id, otherDistrict: other.districtCode };
}

/**
 * A pair between two districts is listed by one batch: the first that found it.
 * A re-run finds again the pairs the other district's batch lists (its record
 * against this district's entry); such a pair is left out here when the batch's
 * record under the id is still the person the other district compared — same
 * comparison values, or ones the type's comparison merges (a corrected typo).
 * When the id now names another person the other district's pair is stale
 * (sqlite-registry marks it) and this batch lists the new pair itself.
 * Returns the result with the pairs left out, and how many.
 */
export function withoutPairsListedElsewhere(
  result: DedupResult,
  records: readonly DedupRecord[],
  registry: RegistryStore | null,
  spec: MatchSpec | undefined,
  district: string,
): { result: DedupResult; listedElsewhere: number } {
  const cross = result.review.map(crossDistrictPair);
  const asked = cross.filter((pair): pair is CrossDistrictReviewPair => pair !== null);
  if (registry === null || spec === undefined || asked.length === 0) return { result, listedElsewhere: 0 };
  const listed = registry.reviewPairsListedElsewhere(result.type, district, asked);
  if (listed.size === 0) return { result, listedElsewhere: 0 };
  const byId = new Map(records.map((record) => [record.id, record]));
  let score: PairScorer | undefined;
  const samePerson = (id: string): boolean => {
    const before = registry.get(id);
    const after = byId.get(id);
    if (before === undefined || after === undefined || before.districtCode !== district) return false;
    if (JSON.stringify(before.values) === JSON.stringify(after.values)) return true;
    return (score ??= pairScorer(spec).score)(before, after).decision === 'merge';
  };
  const review = result.review.filter((_, index) => {
    const pair = cross[index];
    return pair === null || pair === undefined || !listed.has(`${pair.id}|${pair.otherId}`) || !samePerson(pair.id);
  });
  return { result: { ...result, review }, listedElsewhere: result.review.length - review.length };
}

/**
 * A re-run's pair in doubt by a veto between its record and another district's is left out when a
 * record of another district merged into this one when that district was loaded was kept apart
 * from the other record by the same veto — as the batch that merged it left the pair out
 * (deduplicate: survivorsApart): twin Hưng's entry merged into his re-registration, loaded before,
 * and twin Hùng. Only while the batch's record under the id is still the person it was.
 */
export function withoutPairsSettledByMembersElsewhere(
  result: DedupResult,
  records: readonly DedupRecord[],
  registry: RegistryStore | null,
  spec: MatchSpec | undefined,
  district: string,
): DedupResult {
  if (registry === null || spec === undefined) return result;
  const byId = new Map(records.map((record) => [record.id, record]));
  let score: PairScorer | undefined;
  const scoreOf = (a: DedupRecord, b: DedupRecord) => (score ??= pairScorer(spec).score)(a, b);
  const review = result.review.filter((pair) => {
    if (pair.a.previous === pair.b.previous || pair.explanation.vetoes.length === 0) return true;
    const [own, other] = pair.a.previous ? [pair.b, pair.a] : [pair.a, pair.b];
    const members = registry.membersElsewhere(result.type, district, own.id);
    if (members.length === 0) return true;
    const before = registry.get(own.id);
    const after = byId.get(own.id);
    const otherRecord = registry.get(other.id);
    if (before === undefined || after === undefined || otherRecord === undefined) return true;
    if (JSON.stringify(before.values) !== JSON.stringify(after.values) && scoreOf(before, after).decision !== 'merge') return true;
    const codes = new Set(pair.explanation.vetoes.map((veto) => veto.code));
    return !members.some(
      (member) => member.id !== other.id && scoreOf(member, otherRecord).vetoes.some((veto) => veto.action === 'distinct' && codes.has(veto.code)),
    );
  });
  return review.length === result.review.length ? result : { ...result, review };
}
