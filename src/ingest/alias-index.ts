import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { foldHeader } from './header-text.js';

interface AliasTarget {
  key: string;
  notMatching?: RegExp;
}

interface Phrase {
  target: AliasTarget;
  length: number;
  /** ' folded alias ': found in a padded label only at word boundaries. */
  padded: string;
}

/** Folded alias → column key for one record type (pipeline aliases included). */
export class AliasIndex {
  private readonly exact = new Map<string, AliasTarget>();
  /** Aliases of 2+ words, longest first, for headers that add words around a known alias. */
  private readonly phrases: Phrase[] = [];
  /** Positions in `phrases` by the alias's first word: a label can only contain phrases starting with one of its words. */
  private readonly phrasesByFirstWord = new Map<string, number[]>();
  /** Memo of containedPhrases by folded label (bounded: cleared when full). */
  private readonly containedByLabel = new Map<string, readonly number[]>();

  constructor(
    readonly type: RecordTypeDefinition,
    extraAliases: Record<string, readonly string[]> = {},
  ) {
    const phrases: { folded: string; target: AliasTarget }[] = [];
    for (const column of type.columns) {
      const target: AliasTarget = column.notMatching ? { key: column.key, notMatching: column.notMatching } : { key: column.key };
      for (const alias of [column.header, ...column.aliases, ...(extraAliases[column.key] ?? [])]) {
        const folded = foldHeader(alias);
        if (folded === '' || this.exact.has(folded)) continue;
        this.exact.set(folded, target);
        if (folded.includes(' ')) phrases.push({ folded, target });
      }
    }
    phrases.sort((x, y) => y.folded.length - x.folded.length);
    phrases.forEach(({ folded, target }, position) => {
      this.phrases.push({ target, length: folded.length, padded: ` ${folded} ` });
      const firstWord = folded.slice(0, folded.indexOf(' '));
      const positions = this.phrasesByFirstWord.get(firstWord);
      if (positions) positions.push(position);
      else this.phrasesByFirstWord.set(firstWord, [position]);
    });
  }

  /**
   * The column key a folded header label stands for, with how sure we are:
   * 1 for an exact alias, 0.5 when the label contains exactly one longest alias.
   */
  lookup(folded: string, rawLabel: string): { key: string; confidence: number } | undefined {
    const exclusion: Exclusion = { rawLabel, lower: undefined };
    const exact = this.exact.get(folded);
    if (exact) return excluded(exact, exclusion) ? undefined : { key: exact.key, confidence: 1 };
    let found: AliasTarget | undefined;
    let foundLength = 0;
    for (const position of this.containedPhrases(folded)) {
      const { target, length } = this.phrases[position]!;
      if (length < foundLength) break;
      if (excluded(target, exclusion)) continue;
      if (found && found.key !== target.key) return undefined; // two equally long aliases: ambiguous
      found = target;
      foundLength = length;
    }
    return found ? { key: found.key, confidence: 0.5 } : undefined;
  }

  /** Positions (ascending: longest first, as in `phrases`) of the aliases the label contains at word boundaries. */
  private containedPhrases(folded: string): readonly number[] {
    const known = this.containedByLabel.get(folded);
    if (known !== undefined) return known;
    const padded = ` ${folded} `;
    const contained: number[] = [];
    const words = folded.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (words.indexOf(word) !== i) continue; // a repeated word: its phrases are already tested
      for (const position of this.phrasesByFirstWord.get(word) ?? []) {
        if (padded.includes(this.phrases[position]!.padded)) contained.push(position);
      }
    }
    contained.sort((a, b) => a - b);
    if (this.containedByLabel.size >= LABEL_MEMO_CAPACITY) this.containedByLabel.clear();
    this.containedByLabel.set(folded, contained);
    return contained;
  }
}

/** Labels whose contained aliases are kept (header rows repeat from sheet to sheet and file to file). */
const LABEL_MEMO_CAPACITY = 2048;

/** The raw label of one lookup, lower-cased when first needed. */
interface Exclusion {
  rawLabel: string;
  lower: string | undefined;
}

/** The target's notMatching pattern matches the raw label. */
function excluded(target: AliasTarget, exclusion: Exclusion): boolean {
  if (target.notMatching === undefined) return false;
  exclusion.lower ??= exclusion.rawLabel.normalize('NFC').toLowerCase();
  return target.notMatching.test(exclusion.lower);
}
