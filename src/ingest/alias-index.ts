import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { foldHeader } from './header-text.js';

interface AliasTarget {
  key: string;
  notMatching?: RegExp;
  /** A fallback label (ColumnDefinition.fallbackLabels). */
  fallback?: true;
  /** A secondary alias (ColumnDefinition.secondaryAliases). */
  secondary?: true;
}

interface Phrase {
  target: AliasTarget;
  length: number;
  /** ' folded alias ': found in a padded label only at word boundaries. */
  padded: string;
}

/** A column key a header label stands for: confidence 1 for an exact alias, 0.5 for one inside a longer label. */
export interface AliasHit {
  key: string;
  confidence: number;
  /** A fallback label: the key is the column's only when no other column of the header claims it. */
  fallback?: true;
  /** An exact secondary alias: a column under the header or an alias of the key keeps it over this one. */
  secondary?: true;
}

/** Folded alias → column key for one record type (pipeline aliases included). */
export class AliasIndex {
  private readonly exact = new Map<string, AliasTarget>();
  /**
   * Other columns' targets of a fold already in `exact`, tried in order when the first one's notMatching
   * excludes the label: 'Số, quyển' (number and book) folds as 'Số quyển' (the book's number).
   */
  private readonly exactAlternates = new Map<string, AliasTarget[]>();
  /** Whole-label aliases (ColumnDefinition.wholeLabels, fallbackLabels) by fold, with their spellings (marks kept). */
  private readonly wholeLabels = new Map<string, { target: AliasTarget; spellings: Set<string> }>();
  /** Aliases of 2+ words, longest first, for headers that add words around a known alias. */
  private readonly phrases: Phrase[] = [];
  /** Positions in `phrases` by the alias's first word: a label can only contain phrases starting with one of its words. */
  private readonly phrasesByFirstWord = new Map<string, number[]>();
  /** Every word of a phrase alias: a phrase lies inside one run of such words. */
  private readonly phraseWords = new Set<string>();
  /**
   * Memo of the phrases inside a run of phrase words. Runs are header wording
   * ('ho va ten me', 'ngay dang ky'), few and repeated from sheet to sheet; data
   * cells rarely hold one, so the memo stays small (cleared only if it fills).
   */
  private readonly phrasesByRun = new Map<string, readonly number[]>();
  /** The type's column keys. */
  private readonly keys: ReadonlySet<string>;

  constructor(
    readonly type: RecordTypeDefinition,
    extraAliases: Record<string, readonly string[]> = {},
  ) {
    this.keys = new Set(type.columns.map((column) => column.key));
    const phrases: { folded: string; target: AliasTarget }[] = [];
    const addAliases = (aliases: readonly string[], target: AliasTarget, phrase = true): void => {
      for (const alias of aliases) {
        const folded = foldHeader(alias);
        if (folded === '') continue;
        const known = this.exact.get(folded);
        if (known !== undefined) {
          if (known.key !== target.key && known.notMatching !== undefined && target.notMatching !== undefined) this.addAlternate(folded, target);
          continue;
        }
        this.exact.set(folded, target);
        if (!folded.includes(' ')) continue;
        if (phrase) phrases.push({ folded, target });
        // Its words still bound a grouped label's forms ('CHA' over 'NS': 'ns cha'), found by exact lookup only.
        else for (const word of folded.split(' ')) this.phraseWords.add(word);
      }
    };
    for (const column of type.columns) {
      const target: AliasTarget = column.notMatching ? { key: column.key, notMatching: column.notMatching } : { key: column.key };
      addAliases([column.header, ...column.aliases, ...(extraAliases[column.key] ?? [])], target);
    }
    // Abbreviations name a column as a whole label only: exact, never found inside a longer label.
    for (const column of type.columns) {
      if (column.abbreviations === undefined) continue;
      const target: AliasTarget = column.notMatching ? { key: column.key, notMatching: column.notMatching } : { key: column.key };
      addAliases(column.abbreviations, target, false);
    }
    // After every primary alias: a label that is both stays primary.
    for (const column of type.columns) {
      if (column.secondaryAliases === undefined) continue;
      const target: AliasTarget = { key: column.key, secondary: true, ...(column.notMatching ? { notMatching: column.notMatching } : {}) };
      addAliases(column.secondaryAliases, target);
    }
    for (const column of type.columns) {
      const labels = [...(column.wholeLabels ?? []).map((label) => ({ label, fallback: false })), ...(column.fallbackLabels ?? []).map((label) => ({ label, fallback: true }))];
      for (const { label, fallback } of labels) {
        const folded = foldHeader(label);
        if (folded === '' || this.exact.has(folded)) continue;
        const known = this.wholeLabels.get(folded);
        const target: AliasTarget = fallback ? { key: column.key, fallback } : { key: column.key };
        if (known === undefined) this.wholeLabels.set(folded, { target, spellings: new Set([spelling(label)]) });
        else if (known.target.key === column.key) known.spellings.add(spelling(label));
      }
    }
    phrases.sort((x, y) => y.folded.length - x.folded.length);
    phrases.forEach(({ folded, target }, position) => {
      this.phrases.push({ target, length: folded.length, padded: ` ${folded} ` });
      for (const word of folded.split(' ')) this.phraseWords.add(word);
      const firstWord = folded.slice(0, folded.indexOf(' '));
      const positions = this.phrasesByFirstWord.get(firstWord);
      if (positions) positions.push(position);
      else this.phrasesByFirstWord.set(firstWord, [position]);
    });
  }

  /**
   * The column key a folded header label stands for, with how sure we are:
   * 1 for an exact alias (a fallback label is marked so), 0.5 when the label
   * contains exactly one longest alias.
   */
  lookup(folded: string, rawLabel: string): AliasHit | undefined {
    const exclusion: Exclusion = { rawLabel, lower: undefined };
    const first = this.exact.get(folded);
    if (first) {
      const exact = excluded(first, exclusion) ? this.exactAlternates.get(folded)?.find((target) => !excluded(target, exclusion)) : first;
      if (exact === undefined) return undefined;
      return exact.secondary ? { key: exact.key, confidence: 1, secondary: true } : { key: exact.key, confidence: 1 };
    }
    const whole = this.wholeLabels.get(folded);
    if (whole) {
      // As written, or typed without any mark: 'Năm' (a year) is not 'Nam'. A bracketed unit or note is no
      // part of the label, as foldHeader drops it too ('Thọ (tuổi)' is 'Thọ').
      const written = spelling(rawLabel.replace(BRACKETED, ' '));
      if (written !== folded && !whole.spellings.has(written)) return undefined;
      return whole.target.fallback ? { key: whole.target.key, confidence: 1, fallback: true } : { key: whole.target.key, confidence: 1 };
    }
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

  private addAlternate(folded: string, target: AliasTarget): void {
    const alternates = this.exactAlternates.get(folded);
    if (alternates === undefined) this.exactAlternates.set(folded, [target]);
    else if (!alternates.some((known) => known.key === target.key)) alternates.push(target);
  }

  /** True when the type has a column of this key ('mother.personalId'). */
  hasKey(key: string): boolean {
    return this.keys.has(key);
  }

  /** True when the folded label is one of the aliases (a whole-label one included). */
  isAlias(folded: string): boolean {
    return this.exact.has(folded) || this.wholeLabels.has(folded);
  }

  /** True when the folded word is a word of some alias of two or more words. */
  isPhraseWord(word: string): boolean {
    return this.phraseWords.has(word);
  }

  /**
   * Positions (ascending: longest first, as in `phrases`) of the aliases the label
   * contains at word boundaries. Every word of a contained phrase is a phrase word,
   * so each phrase lies inside one run of two or more consecutive phrase words:
   * only those runs are searched (a name, a date or a place usually has none).
   */
  private containedPhrases(folded: string): readonly number[] {
    const words = folded.split(' ');
    let contained: readonly number[] = NO_PHRASES;
    let runStart = 0;
    for (let i = 0; i <= words.length; i++) {
      if (i < words.length && this.phraseWords.has(words[i]!)) continue;
      if (i - runStart >= 2) {
        const run = runStart === 0 && i === words.length ? folded : words.slice(runStart, i).join(' ');
        const found = this.phrasesInRun(run);
        if (found.length > 0) contained = contained.length === 0 ? found : mergeAscending(contained, found);
      }
      runStart = i + 1;
    }
    return contained;
  }

  /** The phrases inside one run of phrase words, memoized. */
  private phrasesInRun(run: string): readonly number[] {
    const known = this.phrasesByRun.get(run);
    if (known !== undefined) return known;
    const padded = ` ${run} `;
    const contained: number[] = [];
    const words = run.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (words.indexOf(word) !== i) continue; // a repeated word: its phrases are already tested
      for (const position of this.phrasesByFirstWord.get(word) ?? []) {
        if (padded.includes(this.phrases[position]!.padded)) contained.push(position);
      }
    }
    contained.sort((a, b) => a - b);
    if (this.phrasesByRun.size >= RUN_MEMO_CAPACITY) this.phrasesByRun.clear();
    const found = contained.length === 0 ? NO_PHRASES : contained;
    this.phrasesByRun.set(run, found);
    return found;
  }
}

const NO_PHRASES: readonly number[] = Object.freeze([]);

/** Two ascending position lists as one, without repeats (a phrase found in two runs counts once). */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** Runs of phrase words whose phrases are kept (header wording repeats from sheet to sheet and file to file). */
const RUN_MEMO_CAPACITY = 2048;

/** The raw label of one lookup, lower-cased when first needed. */
interface Exclusion {
  rawLabel: string;
  lower: string | undefined;
}

/** A bracketed part of a label ('(tuổi)'), dropped from it as foldHeader drops it. */
const BRACKETED = /\([^)]*\)/g;

/**
 * A label as written, for whole-label aliases: lower case with its marks,
 * punctuation and spacing collapsed ('Bên  nữ:' → 'bên nữ'). A label typed
 * without marks equals its fold.
 */
function spelling(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The target's notMatching pattern matches the raw label. */
function excluded(target: AliasTarget, exclusion: Exclusion): boolean {
  if (target.notMatching === undefined) return false;
  exclusion.lower ??= exclusion.rawLabel.normalize('NFC').toLowerCase();
  return target.notMatching.test(exclusion.lower);
}
