/**
 * Copies of one register entry stay together when clustering chains one out.
 * A record chained out of a cluster (it does not merge with the survivor itself,
 * or a veto against a member already in kept it out: cluster.ts) that merges with
 * the survivor or a member as the same register entry (commune, year
 * and number: a retyped book, a '-nhap-lai' file) is that member's registration
 * and joins the cluster with it — else the entry is loaded twice when its original
 * merged into a survivor of another commune and the copy's slips keep it below the
 * merge with that one (DOMAIN.md §8: a copy keeps commune, book and number). Only
 * such copies: a record linked in by weaker evidence still goes to review (the
 * guard against chaining unrelated people), and one whose own comparison with the
 * survivor kept them apart is never chained (planClusters). Nor does a copy join a
 * cluster holding a record that `keepsOut` says its own comparison keeps apart
 * (twin Anh, chained in through her row's copy that merged with Ánh): it stays
 * chained out, to review. The survivor's own row retyped with a slip ('Nguyen Van
 * Hung', 'Hunng') that a member's year-only re-registration doubts as a twin is
 * that row's copy, and joins.
 */
import type { ChainedOut, ClusterPlan } from './cluster.js';

export interface ClusterPlans {
  clusters: ClusterPlan[];
  chained: ChainedOut[];
}

/** The plan with every chained record that `copyOf` one of its cluster's members moved into that cluster. */
export function withEntryCopies(plan: ClusterPlans, copyOf: (member: number, copy: number) => boolean, keepsOut: (record: number, copy: number) => boolean = () => false): ClusterPlans {
  if (plan.chained.length === 0) return plan;
  const clustered = new Set(plan.clusters.flatMap((cluster) => [cluster.survivor, ...cluster.members]));
  const clusters = plan.clusters.map((cluster) => ({ survivor: cluster.survivor, members: [...cluster.members] }));
  let chained = plan.chained;
  for (let joined = true; joined; ) {
    joined = false;
    chained = chained.filter((moved) => {
      if (clustered.has(moved.member)) return true; // it made a cluster of its own with other chained records
      const cluster = clusters.find((candidate) => candidate.survivor === moved.survivor);
      if (cluster === undefined || ![cluster.survivor, ...cluster.members].some((member) => copyOf(member, moved.member))) return true;
      if ([cluster.survivor, ...cluster.members].some((record) => keepsOut(record, moved.member))) return true;
      cluster.members.push(moved.member);
      clustered.add(moved.member);
      joined = true; // a copy of this copy may follow it
      return false;
    });
  }
  return { clusters, chained };
}
