import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { foldHeader } from './header-text.js';

interface AliasTarget {
  key: string;
  notMatching?: RegExp;
}

/** Folded alias → column key for one record type (pipeline aliases included). */
export class AliasIndex {
  private readonly exact = new Map<string, AliasTarget>();
  /** Aliases of 2+ words, longest first, for headers that add words around a known alias. */
  private readonly phrases: { folded: string; target: AliasTarget }[] = [];

  constructor(
    readonly type: RecordTypeDefinition,
    extraAliases: Record<string, readonly string[]> = {},
  ) {
    for (const column of type.columns) {
      const target: AliasTarget = column.notMatching ? { key: column.key, notMatching: column.notMatching } : { key: column.key };
      for (const alias of [column.header, ...column.aliases, ...(extraAliases[column.key] ?? [])]) {
        const folded = foldHeader(alias);
        if (folded === '' || this.exact.has(folded)) continue;
        this.exact.set(folded, target);
        if (folded.includes(' ')) this.phrases.push({ folded, target });
      }
    }
    this.phrases.sort((x, y) => y.folded.length - x.folded.length);
  }

  /**
   * The column key a folded header label stands for, with how sure we are:
   * 1 for an exact alias, 0.5 when the label contains exactly one longest alias.
   */
  lookup(folded: string, rawLabel: string): { key: string; confidence: number } | undefined {
    const lowerRaw = rawLabel.normalize('NFC').toLowerCase();
    const exact = this.exact.get(folded);
    if (exact) return exact.notMatching?.test(lowerRaw) ? undefined : { key: exact.key, confidence: 1 };
    const padded = ` ${folded} `;
    let found: AliasTarget | undefined;
    let foundLength = 0;
    for (const { folded: phrase, target } of this.phrases) {
      if (phrase.length < foundLength) break;
      if (!padded.includes(` ${phrase} `) || target.notMatching?.test(lowerRaw)) continue;
      if (found && found.key !== target.key) return undefined; // two equally long aliases: ambiguous
      found = target;
      foundLength = phrase.length;
    }
    return found ? { key: found.key, confidence: 0.5 } : undefined;
  }
}
