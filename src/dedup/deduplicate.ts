/**
 * The deduplication engine: pure and in memory, over compact DedupRecords.
 * Candidate pairs from the spec's blocking rules (blocking.ts) are scored
 * (score.ts); merged pairs make clusters without chaining (cluster.ts) around
 * a survivor (survivor.ts); every merged and reviewed pair is explained
 * (explain.ts); a chained-out copy of a member's register entry joins its
 * cluster (entry-copies.ts). With options.previous, records loaded before (other
 * districts, via the registry) are matched too and survive any cluster they
 * join. Same input, in any order → same clusters, ids and order.
 */
import { createHash } from 'node:crypto';
import { forEachCandidatePair, type CandidatePairCounts } from './blocking.js';
import { planClusters } from './cluster.js';
import type { DedupRecord, DedupValues } from './dedup-record.js';
import type { ClusterMember, DedupCluster, DedupResult, RecordRef, ReviewPair, ReviewReason } from './dedup-result.js';
import type { MatchSpec } from './dedup-spec.js';
import { withEntryCopies } from './entry-copies.js';
import { explainPair } from './explain.js';
import { entriesApart } from './specs/register-position.js';
import { pairScorer, type ScoredPair } from './score.js';
import { disagreementsOf, type Disagreement } from './copies-disagree.js';
import { compareSurvivorship, rolesUnsettled, survivorPlan, type PathOnSurvivor, type SurvivorPlan } from './survivor.js';
import { loadedSurvivorGap } from './survivor-gap.js';

export interface DedupOptions {
  /** Records already loaded (registry); their ids and districts are kept. */
  previous?: readonly DedupRecord[];
  /** Blocks above this size are skipped and counted (default 1000). */
  maxBlockSize?: number;
  /** MAX_REVIEW_PAIRS_PER_RECORD unless given (tests). */
  maxReviewPairsPerRecord?: number;
}

interface KeptPair {
  i: number;
  j: number;
  foundBy: string;
  scored: ScoredPair;
}

function shortHash(prefix: string, ids: readonly string[]): string {
  return `${prefix}-${createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 20)}`;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: DedupRecord, b: DedupRecord): number => compareText(a.id, b.id);

/** Current records by id, then previous records by id (those whose id is current are dropped: a re-run). */
function orderRecords(records: readonly DedupRecord[], spec: MatchSpec, previous: readonly DedupRecord[]): DedupRecord[] {
  const ids = new Set<string>();
  for (const record of [...records, ...previous]) {
    if (record.type !== spec.type) throw new Error(`deduplicate: ${record.id} is a ${record.type} record, the spec is for ${spec.type}`);
  }
  for (const record of records) {
    if (ids.has(record.id)) throw new Error(`deduplicate: record id ${record.id} appears twice in the batch`);
    ids.add(record.id);
  }
  const earlier: DedupRecord[] = [];
  for (const record of previous) {
    if (ids.has(record.id)) continue; // a re-run: the batch replaces its own earlier entries
    ids.add(record.id);
    earlier.push(record);
  }
  return [...[...records].sort(byId), ...earlier.sort(byId)];
}

/**
 * Spelling markers of name parts that scoring treats as one name (a given name's final y after a
 * consonant, record-values.ts: Vy = Vi; the key is there only when y was written) that one record
 * has and the other lacks: what tells 'Vi' from 'Vy'.
 */
function spellingDifferences(a: DedupValues, b: DedupValues): number {
  let differing = 0;
  for (const key in a) if (key.endsWith(SPELLING_SUFFIX) && a[key] !== b[key]) differing++;
  for (const key in b) if (key.endsWith(SPELLING_SUFFIX) && !(key in a) && b[key] !== null && b[key] !== undefined) differing++;
  return differing;
}
const SPELLING_SUFFIX = '.given.y';

/** Date levels of two dates that are not one date nor a copy's slip of it (compare.ts dateLevel: another month or year). */
const DATES_APART: ReadonlySet<string> = new Set(['year', 'within-year', 'different']);
/** Date levels of a date given only to the year or the month that agrees as far as it goes. */
const REDUCED_PRECISION: ReadonlySet<string> = new Set(['precision-year', 'precision-month']);

/** Name levels of one name as typed, one side with its marks and the other without ('Thanh' / 'Pham Van Thanh'). */
const AS_TYPED: ReadonlySet<string> = new Set(['exact', 'unmarked']);

/**
 * Whether a record's comparisons with two others differ only where one name agrees exactly and the other
 * only without marks: a name typed with no marks ('Pham Van Thanh') agrees exactly with a given name that
 * has none (Thanh) and only 'unmarked' with one that has (Thành) — the lost marks, not the record, make the
 * difference, so which of the two it is, the name cannot tell.
 */
function apartOnlyByMarks(withA: Readonly<Record<string, string | null>>, withB: Readonly<Record<string, string | null>>): boolean {
  let apart = false;
  for (const field of new Set([...Object.keys(withA), ...Object.keys(withB)])) {
    const [x, y] = [withA[field] ?? null, withB[field] ?? null];
    if (x === y) continue;
    if (x === null || y === null || !AS_TYPED.has(x) || !AS_TYPED.has(y)) return false;
    apart = true;
  }
  return apart;
}

/** Whether `node` gives a name typed without a single mark ('Pham Van Thanh') where each of `others` gives it with marks. */
function unmarkedWhereOthersMarked(node: DedupValues, others: readonly DedupValues[]): boolean {
  return Object.keys(node).some((key) => key.endsWith('.unmarked') && node[key] === '1' && others.every((other) => other[key] !== '1'));
}

/** The veto code of twins (births, deaths): a name typed without marks sends its pair to review under it (cluster.ts, unmarkedDoubt). */
const TWINS_VETO = 'twins';

/**
 * Pairs in doubt a record takes part in before a further pair between two such records is no longer kept. An officer
 * settles a namesake or two, not dozens: a record in doubt against this many others is in a book whose cells repeat
 * (parents' names and a month filled down a column), and keeping every pair of such a book grows with its square —
 * a 20,000-row book of them ran out of memory. Merges are always kept; a record with fewer pairs keeps all of its own.
 */
export const MAX_REVIEW_PAIRS_PER_RECORD = 10;

/** Deduplicates a batch (and against `options.previous`) with the record type's spec. */
export function deduplicate(records: readonly DedupRecord[], spec: MatchSpec, options: DedupOptions = {}): DedupResult {
  const all = orderRecords(records, spec, options.previous ?? []);
  const previousFrom = records.length;
  const { score, weights } = pairScorer(spec);
  const kept = new Map<number, KeptPair>();
  const pairKey = (i: number, j: number): number => Math.min(i, j) * all.length + Math.max(i, j);
  const decisions = { merge: 0, review: 0, distinct: 0 };
  const vetoCounts = new Map<string, number>(spec.vetoes.map((veto) => [veto.code, 0]));
  let comparedPairs = 0;
  // Pairs in doubt kept per record, and those not kept because both records had MAX_REVIEW_PAIRS_PER_RECORD already.
  const reviewsOf = new Uint32Array(all.length);
  const maxReviews = options.maxReviewPairsPerRecord ?? MAX_REVIEW_PAIRS_PER_RECORD;
  let reviewPairsNotListed = 0;

  const ruleNames = spec.blockingRules.map((rule) => rule.name);
  const candidatePairs = forEachCandidatePair(all, ruleNames, { previousFrom, maxBlockSize: options.maxBlockSize }, (i, j, rule) => {
    const scored = score(all[i] as DedupRecord, all[j] as DedupRecord);
    comparedPairs += 1;
    decisions[scored.decision] += 1;
    for (const veto of scored.vetoes) vetoCounts.set(veto.code, (vetoCounts.get(veto.code) ?? 0) + 1);
    if (scored.decision === 'distinct') return;
    if (scored.decision === 'review') {
      if (reviewsOf[i]! >= maxReviews && reviewsOf[j]! >= maxReviews) {
        reviewPairsNotListed += 1;
        return;
      }
      reviewsOf[i]! += 1;
      reviewsOf[j]! += 1;
    }
    kept.set(pairKey(i, j), { i, j, foundBy: ruleNames[rule] as string, scored });
  });

  /** The scored pair of two records: a kept candidate, or scored now (a cluster brought them together). */
  const checked = new Map<number, KeptPair>();
  const pairOf = (i: number, j: number): KeptPair => {
    const key = pairKey(i, j);
    const found = kept.get(key) ?? checked.get(key);
    if (found !== undefined) return found;
    comparedPairs += 1;
    const [low, high] = i < j ? [i, j] : [j, i];
    const pair = { i: low, j: high, foundBy: 'cluster', scored: score(all[low] as DedupRecord, all[high] as DedupRecord, true) };
    checked.set(key, pair);
    return pair;
  };
  const at = (index: number): DedupRecord => all[index] as DedupRecord;
  const ref = (index: number): RecordRef => ({ id: at(index).id, districtCode: at(index).districtCode, previous: index >= previousFrom });
  const explain = (pair: KeptPair) => explainPair(spec, weights, pair.scored.levels, pair.scored.vetoes, pair.scored.crossed);

  const merged = [...kept.values()].filter((pair) => pair.scored.decision === 'merge');
  /** Pairs in doubt only by the twins review a name typed without marks raises (cluster.ts, unmarkedDoubt). */
  const isUnmarkedDoubt = (scored: KeptPair['scored']): boolean =>
    scored.vetoes.length > 0 && scored.vetoes.every((veto) => veto.code === TWINS_VETO && veto.action === 'review') && Object.values(scored.levels).includes('unmarked');
  /** Records each record was merged with or left in doubt against (kept candidate pairs). */
  const keptWith = new Map<number, number[]>();
  for (const pair of kept.values()) {
    (keptWith.get(pair.i) ?? keptWith.set(pair.i, []).get(pair.i))?.push(pair.j);
    (keptWith.get(pair.j) ?? keptWith.set(pair.j, []).get(pair.j))?.push(pair.i);
  }
  /** The pair's comparison says whose record it is by more than a name's letters: one personal ID, or one register entry. */
  const identifiedBeyondName = (levels: KeptPair['scored']['levels']): boolean =>
    Object.entries(levels).some(([field, level]) => (field.endsWith('personalId') && level === 'exact') || level === 'same-entry');
  /** Two records whose own comparison carries a veto: never in one cluster (cluster.ts, entry-copies.ts). */
  const vetoed = (a: number, b: number): boolean => pairOf(a, b).scored.vetoes.length > 0;
  const chainedPlan = planClusters({
    edges: merged.map((pair) => [pair.i, pair.j] as const),
    isPrevious: (index) => index >= previousFrom,
    // Of two copies compared crossed, the one typed the right way round first (a pair scored already: none is scored for it).
    survivorOrder: (a, b) => compareSurvivorship(at(a), at(b), (kept.get(pairKey(a, b)) ?? checked.get(pairKey(a, b)))?.scored.crossed ? spec.crossedRoles : undefined),
    mergesWith: (survivor, member) => pairOf(survivor, member).scored.decision === 'merge',
    keptApart: (survivor, member) => pairOf(survivor, member).scored.vetoes.some((veto) => veto.action === 'distinct'),
    vetoed,
    entryOf: (index) => at(index).values['registration.entry'] || null,
    fileOf: (index) => at(index).sourceFile,
    unmarkedLink: (a, b) => Object.values(pairOf(a, b).scored.levels).includes('unmarked'),
    closerTo: (node, a, b) => {
      const withA = pairOf(a, node).scored.levels;
      const withB = pairOf(b, node).scored.levels;
      // Apart only where the node's name lost its marks ('Pham Van Thanh': Thanh exactly, Thành unmarked): no tell.
      if (apartOnlyByMarks(withA, withB) && unmarkedWhereOthersMarked(at(node).values, [at(a).values, at(b).values])) return 0;
      const byScore = pairOf(a, node).scored.score - pairOf(b, node).scored.score;
      return byScore !== 0 ? byScore : spellingDifferences(at(b).values, at(node).values) - spellingDifferences(at(a).values, at(node).values);
    },
    datePrecisionTie: (node, a, b) => {
      // Two entries of one commune's register (each its own number): two registrations the book holds.
      if (entriesApart(at(a).values, at(b).values) === null) return false;
      const between = pairOf(a, b).scored;
      if (between.decision === 'merge') return false;
      const withA = pairOf(node, a).scored.levels;
      const withB = pairOf(node, b).scored.levels;
      return Object.entries(between.levels).some(
        ([field, level]) => field.endsWith('Date') && DATES_APART.has(level ?? '') && REDUCED_PRECISION.has(withA[field] ?? '') && REDUCED_PRECISION.has(withB[field] ?? ''),
      );
    },
    unmarkedDoubt: (a, b) => isUnmarkedDoubt(pairOf(a, b).scored),
    personalIds: (a, b) => {
      const levels = Object.entries(pairOf(a, b).scored.levels).filter(([field]) => field.endsWith('personalId'));
      if (levels.some(([, level]) => level === 'exact')) return 'same';
      return levels.some(([, level]) => level === 'different') ? 'different' : null;
    },
    markRivals: (node, record) => {
      const levels = pairOf(record, node).scored.levels;
      if (identifiedBeyondName(levels) || !Object.values(levels).includes('unmarked')) return [];
      return (keptWith.get(node) ?? []).filter(
        (other) => other !== record && apartOnlyByMarks(levels, pairOf(other, node).scored.levels) && unmarkedWhereOthersMarked(at(node).values, [at(record).values, at(other).values]),
      );
    },
  });
  /** Rows the register position could not settle (position-conflicts.ts): merged into no one. */
  const undecided = new Set(chainedPlan.conflicts.map((conflict) => conflict.record));
  /** `copy` merges with `record` as the same register entry (a retyped book's row). */
  const copyOf = (record: number, copy: number): boolean => {
    const entry = at(copy).values['registration.entry'];
    return Boolean(entry) && !undecided.has(copy) && entry === at(record).values['registration.entry'] && kept.get(pairKey(record, copy))?.scored.decision === 'merge';
  };
  // A chained-out copy of a member's register entry that merges with it joins its cluster (entry-copies.ts).
  /**
   * A record of the cluster that keeps `copy` out: a 'distinct' veto, or any veto against another
   * number of the copy's own register (two entries of one book a veto keeps apart: twin Anh chained in
   * through her row's copy). A review veto against another register (a copy's slip) does not.
   */
  const keepsCopyOut = (record: number, copy: number): boolean => {
    const vetoes = pairOf(record, copy).scored.vetoes;
    return vetoes.some((veto) => veto.action === 'distinct') || (vetoes.length > 0 && entriesApart(at(record).values, at(copy).values) !== null);
  };
  const plan = withEntryCopies(chainedPlan, copyOf, keepsCopyOut);

  /** A member's record path as the survivor's: exchanged for a member whose roles were typed crossed. */
  const pathOnSurvivor = (survivor: number, members: readonly number[]): PathOnSurvivor | undefined => {
    const roles = spec.crossedRoles;
    const crossed = new Set(members.filter((index) => pairOf(survivor, index).scored.crossed).map((index) => at(index).id));
    return roles && crossed.size > 0 ? (member, path) => (crossed.has(member.id) ? roles.exchangePath(path) : path) : undefined;
  };

  /** Whether a member was compared with the survivor with its roles exchanged. */
  const crossedMembers = (survivor: number, members: readonly number[]): ((member: DedupRecord) => boolean) => {
    const crossed = new Set(members.filter((index) => pairOf(survivor, index).scored.crossed).map((index) => at(index).id));
    return (member) => crossed.has(member.id);
  };

  /**
   * Key fields on which a member gives another value than the current survivor
   * (copies-disagree.ts), on the survivor's paths once its roles are put back.
   */
  const disagreementsFor = (survivor: number, members: readonly number[], plan: SurvivorPlan): Disagreement[] => {
    const roles = spec.crossedRoles;
    const found = members.flatMap((index) => {
      const crossed = roles !== undefined && pairOf(survivor, index).scored.crossed;
      return crossed ? disagreementsOf(at(survivor), at(index), roles.exchange(at(index).values), roles.exchangePath) : disagreementsOf(at(survivor), at(index));
    });
    if (roles === undefined || plan.rolesExchanged === undefined) return found;
    return found.map(({ field, fromId, sourceField = field }) => {
      const loaded = roles.exchangePath(field);
      return loaded === sourceField ? { field: loaded, fromId } : { field: loaded, fromId, sourceField };
    });
  };

  /** A current survivor's plan: roles put back, fills, and the members' disagreeing values. */
  const currentSurvivorPlan = (survivor: number, members: readonly number[]): SurvivorPlan & { disagreements?: Disagreement[] } => {
    const crossedWith = crossedMembers(survivor, members);
    const plan = survivorPlan(at(survivor), members.map(at), spec.crossedRoles, crossedWith);
    const disagreements = disagreementsFor(survivor, members, plan);
    // A copy with the persons the other way round, and nothing to tell which copy is right: the officer checks the roles.
    const unsettled = rolesUnsettled(at(survivor), members.map(at), spec.crossedRoles, crossedWith, plan);
    const rolesField = spec.crossedRoles?.roles[0] === undefined ? '' : `${spec.crossedRoles.roles[0]}.fullName`;
    if (unsettled !== undefined && !disagreements.some((found) => found.fromId === unsettled.id && found.field === rolesField)) {
      disagreements.push({ field: rolesField, fromId: unsettled.id });
    }
    return disagreements.length > 0 ? { ...plan, disagreements } : plan;
  };

  const clusterOf = new Map<number, number>();
  const clusters: DedupCluster[] = plan.clusters.map((cluster, clusterIndex) => {
    const members = [...cluster.members].sort((a, b) => byId(at(a), at(b)));
    for (const index of [cluster.survivor, ...members]) clusterOf.set(index, clusterIndex);
    return {
      clusterId: shortHash('dup', [cluster.survivor, ...members].map((index) => at(index).id)),
      survivor: ref(cluster.survivor),
      memberIds: members.map((index) => at(index).id),
      members: members.map((index): ClusterMember => {
        const pair = pairOf(cluster.survivor, index);
        const gap = cluster.survivor >= previousFrom ? loadedSurvivorGap(at(cluster.survivor), at(index), pathOnSurvivor(cluster.survivor, [index])) : null;
        return { id: at(index).id, districtCode: at(index).districtCode, score: pair.scored.score, foundBy: pair.foundBy, explanation: explain(pair), ...(gap ? { survivorLacks: gap } : {}) };
      }),
      // A survivor loaded before keeps its batch as it is: nothing to fill there, nor to put back, nor to warn.
      ...(cluster.survivor >= previousFrom ? { fills: [] } : currentSurvivorPlan(cluster.survivor, members)),
    };
  });

  const review = new Map<number, ReviewPair>();
  const addReview = (pair: KeptPair, reason: ReviewReason, first: number, second: number, linkedThrough?: number[]): void => {
    review.set(pairKey(first, second), {
      reviewId: shortHash('rev', [at(first).id, at(second).id]),
      a: ref(first),
      b: ref(second),
      score: pair.scored.score,
      reason,
      foundBy: pair.foundBy,
      explanation: explain(pair),
      ...(linkedThrough === undefined ? {} : { linkedThrough: linkedThrough.map((index) => at(index).id) }),
    });
  };
  for (const pair of kept.values()) {
    if (pair.scored.decision !== 'review') continue;
    const sameCluster = clusterOf.has(pair.i) && clusterOf.get(pair.i) === clusterOf.get(pair.j);
    if (sameCluster) continue; // both merged into one survivor anyway
    const [first, second] = byId(at(pair.i), at(pair.j)) <= 0 ? [pair.i, pair.j] : [pair.j, pair.i];
    addReview(pair, pair.scored.vetoes.length > 0 ? 'veto' : 'score', first, second);
  }
  /** The survivor a record was merged into, or the record itself. */
  const survivorOf = (index: number): number => {
    const cluster = clusterOf.get(index);
    return cluster === undefined ? index : (plan.clusters[cluster]?.survivor ?? index);
  };
  /** The survivor and the records merged into it. */
  const clusterRecords = (survivor: number): number[] => {
    const cluster = plan.clusters[clusterOf.get(survivor) ?? -1];
    return cluster === undefined ? [survivor] : [cluster.survivor, ...cluster.members];
  };
  // Two survivors settled apart: by their own comparison, or — in doubt by a veto — by one's member and the other's
  // record already kept apart by that veto (the twin's entry merged into its re-registration loaded before ~ the co-twin).
  const survivorsApart = (sx: number, sy: number): boolean => {
    const settled = pairOf(sx, sy).scored;
    if (settled.vetoes.some((veto) => veto.action === 'distinct')) return true;
    const codes = new Set(settled.vetoes.map((veto) => veto.code));
    if (settled.decision !== 'review' || codes.size === 0) return false;
    return clusterRecords(sx).some((a) =>
      clusterRecords(sy).some((b) => (a !== sx || b !== sy) && pairOf(a, b).scored.vetoes.some((veto) => veto.action === 'distinct' && codes.has(veto.code))),
    );
  };
  // Each twin's copy merged into its own twin: the copies' cross pairs (Hùng's re-registration ~ Hưng) are the
  // survivors' pair again. Listed once — as the survivors' own pair, here or in the batch that loaded both —
  // or not at all when that pair was settled apart ('distinct' veto). So is a member's pair in doubt with a
  // record whose pair with the member's survivor is listed too (a year-only re-registration against the
  // original and its copy): the officer's word on the survivors' pair settles the member's.
  for (const key of [...review.keys()]) {
    const x = Math.floor(key / all.length);
    const y = key % all.length;
    const [sx, sy] = [survivorOf(x), survivorOf(y)];
    if (sx === sy) continue;
    if (sx === x && sy === y) {
      if (survivorsApart(sx, sy)) review.delete(key);
      continue;
    }
    const settled = pairOf(sx, sy);
    const apart = survivorsApart(sx, sy);
    const listedOnce = settled.scored.decision === 'review' && (review.has(pairKey(sx, sy)) || (settled.scored.vetoes.length > 0 && sx >= previousFrom && sy >= previousFrom));
    if (apart || listedOnce) review.delete(key);
  }
  for (const moved of plan.chained) {
    addReview(pairOf(moved.survivor, moved.member), 'chained', moved.survivor, moved.member, moved.linkedThrough);
  }
  // A row whose register position and name point at two records kept apart: the officer says whose copy it is.
  for (const conflict of chainedPlan.conflicts) {
    for (const record of [...conflict.byPosition, ...conflict.byName]) {
      if (clusterOf.has(conflict.record) && clusterOf.get(conflict.record) === clusterOf.get(record)) continue;
      addReview(pairOf(record, conflict.record), 'register-position', record, conflict.record);
    }
  }

  const reviewPairs = [...review.values()].sort((x, y) => compareText(x.a.id, y.a.id) || compareText(x.b.id, y.b.id));
  return {
    type: spec.type,
    records: records.length,
    previousRecords: all.length - previousFrom,
    candidatePairs,
    comparedPairs,
    decisions,
    vetoes: [...vetoCounts].map(([code, pairs]) => ({ code, pairs })),
    thresholds: spec.thresholds,
    clusters: clusters.sort((x, y) => compareText(x.clusterId, y.clusterId)),
    review: reviewPairs,
    ...(reviewPairsNotListed > 0 ? { reviewPairsNotListed } : {}),
    mergedAwayIds: clusters.flatMap((cluster) => cluster.memberIds).sort(),
  };
}

/** Candidate-pair counts without scoring (for the benchmark and the manifest): total, per rule, per record. */
export function measureCandidatePairs(
  records: readonly DedupRecord[],
  spec: MatchSpec,
  options: DedupOptions = {},
): CandidatePairCounts & { records: number; pairsPerRecord: number; allPairs: number } {
  const all = orderRecords(records, spec, options.previous ?? []);
  const ruleNames = spec.blockingRules.map((rule) => rule.name);
  const counts = forEachCandidatePair(all, ruleNames, { previousFrom: records.length, maxBlockSize: options.maxBlockSize }, () => {});
  const n = records.length;
  return { ...counts, records: n, pairsPerRecord: n === 0 ? 0 : counts.total / n, allPairs: (n * (n - 1)) / 2 + n * (all.length - n) };
}
