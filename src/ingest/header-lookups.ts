import type { AliasHit, AliasIndex } from './alias-index.js';
import { combinedForms, combinedFormsCanMatch, groupWords, hasRunOfTwo, type Candidate, type CandidateColumn } from './header-candidates.js';

interface GroupWords {
  words: string[];
  /** Which words are words of aliases of two or more words (of any type). */
  flags: boolean[];
}

/**
 * One sheet's alias lookups for header detection. A one-cell label is looked up
 * once per type, whatever candidates it is in; and before any lookup a
 * candidate's score is bounded from what its labels could match at all, by
 * word, once per distinct label — rows of names, dates and places bound to
 * nearly nothing, so they cost no lookups.
 */
export class SheetLookups {
  private readonly plain: Map<string, AliasHit | null>[];
  private readonly foldFlags = new Map<string, boolean[]>();
  private readonly foldBound = new Map<string, number>();
  private readonly groups = new Map<string, GroupWords>();
  private readonly personGroups: Map<string, boolean>[];
  private readonly isPhraseWord: (word: string) => boolean;

  constructor(readonly indexes: readonly AliasIndex[]) {
    this.plain = indexes.map(() => new Map());
    this.personGroups = indexes.map(() => new Map());
    this.isPhraseWord = (word) => indexes.some((index) => index.isPhraseWord(word));
  }

  /** Whether the fold is an alias of any type. */
  isAlias(fold: string): boolean {
    return this.indexes.some((index) => index.isAlias(fold));
  }

  /** The hit of a one-cell label in the `indexNumber`th type. */
  plainHit(indexNumber: number, label: string, fold: string): AliasHit | null {
    const memo = this.plain[indexNumber]!;
    let hit = memo.get(label);
    if (hit === undefined) memo.set(label, (hit = this.indexes[indexNumber]!.lookup(fold, label) ?? null));
    return hit;
  }

  groupWords(groupFold: string): GroupWords {
    let group = this.groups.get(groupFold);
    if (group === undefined) {
      const words = groupWords(groupFold);
      this.groups.set(groupFold, (group = { words, flags: words.map(this.isPhraseWord) }));
    }
    return group;
  }

  /**
   * Whether a group label names a person of the `indexNumber`th type: its words
   * after a name label ('Họ và tên chồng', 'Họ và tên người chết', 'Họ và tên
   * người đi khai tử') are an alias of someone's name column.
   */
  namesPerson(indexNumber: number, groupFold: string): boolean {
    const memo = this.personGroups[indexNumber]!;
    let names = memo.get(groupFold);
    if (names === undefined) {
      const index = this.indexes[indexNumber]!;
      names = combinedForms(this.groupWords(groupFold).words, 'ho va ten').some((form) => index.isAlias(form) && index.lookup(form, form)?.key.endsWith('.fullName') === true);
      memo.set(groupFold, names);
    }
    return names;
  }

  /** No type scores the candidate higher: the sum of its columns' bounds. */
  upperBound(candidate: Candidate): number {
    let bound = 0;
    for (const column of candidate.columns) bound += this.columnBound(column);
    return bound;
  }

  /** No type scores the column higher. */
  columnBound(column: CandidateColumn): number {
    return column.group ? this.groupedBound(this.groupWords(column.group.groupFold), column.group.subFold) : this.plainBound(column.fold ?? '');
  }

  /**
   * 1 when the label is an alias of some type; 0.5 when it holds two consecutive
   * words of aliases of two or more words (the only way to contain one); else 0.
   * Also what a plain label read as the attribute of the person named to its left
   * may score (header-detect.ts), so that the bound stays a bound.
   */
  plainBound(fold: string): number {
    let bound = this.foldBound.get(fold);
    if (bound === undefined) {
      bound = this.indexes.some((index) => index.isAlias(fold)) ? 1 : hasRunOfTwo(this.flags(fold)) ? 0.5 : 0;
      this.foldBound.set(fold, bound);
    }
    return bound;
  }

  /**
   * 0 when no combined form can match; 1 when one may be an alias — all its
   * words are alias words, so the attribute's all are and a tail of the group's
   * all are, and that form is an alias of some type; else 0.5.
   */
  private groupedBound(group: GroupWords, subFold: string): number {
    const subFlags = this.flags(subFold);
    if (!combinedFormsCanMatch(group.flags, subFlags)) return 0;
    if (!subFlags.every(Boolean)) return 0.5;
    for (let start = group.words.length - 1; start >= 0 && group.flags[start]; start--) {
      const tail = group.words.slice(start).join(' ');
      if (this.indexes.some((index) => index.isAlias(`${subFold} ${tail}`) || index.isAlias(`${tail} ${subFold}`))) return 1;
    }
    return 0.5;
  }

  private flags(fold: string): boolean[] {
    let flags = this.foldFlags.get(fold);
    if (flags === undefined) this.foldFlags.set(fold, (flags = fold.split(' ').map(this.isPhraseWord)));
    return flags;
  }
}
