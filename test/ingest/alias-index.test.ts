import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { foldHeader } from '../../src/ingest/header-text.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import type { RecordTypeDefinition } from '../../src/record-types/record-type.js';

/** The lookup as first written: every phrase alias tested against every label, longest first. */
function referenceLookup(type: RecordTypeDefinition, extra: Record<string, readonly string[]>) {
  type Target = { key: string; notMatching?: RegExp; secondary?: true };
  // Every target of a fold, the first one added first: a later one of another column is tried only when both
  // exclude some labels (notMatching) and the first excludes this one ('Số, quyển' folds as 'Số quyển').
  const exact = new Map<string, Target[]>();
  const phrases: { folded: string; target: Target }[] = [];
  // Primary aliases, then abbreviations (exact only, never inside a longer label), then secondary aliases, their hits marked.
  for (const kind of ['primary', 'abbreviation', 'secondary'] as const) {
    for (const column of type.columns) {
      const target: Target = { key: column.key, ...(column.notMatching ? { notMatching: column.notMatching } : {}), ...(kind === 'secondary' ? { secondary: true as const } : {}) };
      const aliases =
        kind === 'primary' ? [column.header, ...column.aliases, ...(extra[column.key] ?? [])] : kind === 'abbreviation' ? (column.abbreviations ?? []) : (column.secondaryAliases ?? []);
      for (const alias of aliases) {
        const key = foldHeader(alias);
        if (key === '') continue;
        const known = exact.get(key);
        if (known) {
          if (known[0]!.key !== column.key && known[0]!.notMatching && target.notMatching && !known.some((t) => t.key === column.key)) known.push(target);
          continue;
        }
        exact.set(key, [target]);
        if (key.includes(' ') && kind !== 'abbreviation') phrases.push({ folded: key, target });
      }
    }
  }
  phrases.sort((x, y) => y.folded.length - x.folded.length);
  // Whole-label aliases: the whole label only, as written or typed without marks.
  const spelling = (text: string): string => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // Fallback labels likewise, their hits marked.
  const whole = new Map<string, { key: string; spellings: string[]; fallback: boolean }>();
  for (const column of type.columns) {
    for (const [labels, fallback] of [[column.wholeLabels ?? [], false], [column.fallbackLabels ?? [], true]] as const) {
      for (const label of labels) {
        const key = foldHeader(label);
        if (exact.has(key)) continue;
        const known = whole.get(key) ?? { key: column.key, spellings: [], fallback };
        if (known.key === column.key) known.spellings.push(spelling(label));
        whole.set(key, known);
      }
    }
  }
  return (folded: string, rawLabel: string): { key: string; confidence: number; fallback?: true; secondary?: true } | undefined => {
    const lowerRaw = rawLabel.normalize('NFC').toLowerCase();
    const targets = exact.get(folded);
    if (targets) {
      const hit = targets[0]!.notMatching?.test(lowerRaw) ? targets.slice(1).find((t) => !t.notMatching?.test(lowerRaw)) : targets[0];
      return hit ? { key: hit.key, confidence: 1, ...(hit.secondary ? { secondary: true as const } : {}) } : undefined;
    }
    const wholeHit = whole.get(folded);
    if (wholeHit) {
      // A bracketed part ('Thọ (tuổi)') is no part of the label as written, as it is none of its fold.
      const written = spelling(rawLabel.replace(/\([^)]*\)/g, ' '));
      if (written !== folded && !wholeHit.spellings.includes(written)) return undefined;
      return wholeHit.fallback ? { key: wholeHit.key, confidence: 1, fallback: true } : { key: wholeHit.key, confidence: 1 };
    }
    const padded = ` ${folded} `;
    let found: { key: string } | undefined;
    let foundLength = 0;
    for (const { folded: phrase, target } of phrases) {
      if (phrase.length < foundLength) break;
      if (!padded.includes(` ${phrase} `) || target.notMatching?.test(lowerRaw)) continue;
      if (found && found.key !== target.key) return undefined;
      found = target;
      foundLength = phrase.length;
    }
    return found ? { key: found.key, confidence: 0.5 } : undefined;
  };
}

/** Words of every alias of every type, plus words that are in none: labels made of them hit, miss and tie. */
const aliasWords = [
  ...new Set(
    RECORD_TYPE_NAMES.flatMap((name) =>
      RECORD_TYPES[name].columns.flatMap((c) => [c.header, ...c.aliases, ...(c.abbreviations ?? []), ...(c.secondaryAliases ?? []), ...(c.wholeLabels ?? []), ...(c.fallbackLabels ?? [])]).flatMap((alias) => alias.split(/\s+/)),
    ),
  ),
];
const word = fc.oneof({ arbitrary: fc.constantFrom(...aliasWords), weight: 4 }, { arbitrary: fc.constantFrom('của', 'thông tin', 'ghi', '(nếu có)', 'Nguyễn', 'năm', 'x', 'ă'), weight: 1 });
const label = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 9 }), fc.constantFrom(' ', '\n', ', '))
  .map(([words, separator]) => words.join(separator));

describe('AliasIndex.lookup', () => {
  for (const name of RECORD_TYPE_NAMES) {
    it(`${name}: gives the same answer as testing every alias (memo included: each label asked twice)`, () => {
      const extra = { 'child.fullName': ['Họ tên khai sinh'], 'remarks': ['Ghi chú khác của cán bộ'] };
      const index = new AliasIndex(RECORD_TYPES[name], extra);
      const reference = referenceLookup(RECORD_TYPES[name], extra);
      fc.assert(
        fc.property(label, (raw) => {
          const folded = foldHeader(raw);
          const expected = reference(folded, raw);
          expect(index.lookup(folded, raw)).toEqual(expected);
          expect(index.lookup(folded, raw)).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('still finds a known alias inside a longer label, and refuses a tie', () => {
    const index = new AliasIndex(RECORD_TYPES.birth);
    expect(index.lookup(foldHeader('Số định danh cá nhân của mẹ (nếu có)'), 'Số định danh cá nhân của mẹ (nếu có)')).toEqual({ key: 'mother.personalId', confidence: 1 });
    expect(index.lookup(foldHeader('Ghi rõ Họ và tên mẹ'), 'Ghi rõ Họ và tên mẹ')?.key).toBe('mother.fullName');
    expect(index.lookup(foldHeader('Nam'), 'Năm')).toBeUndefined(); // 'Năm' folds to 'nam' but is no sex column
  });

  it('reads a role alone as the name column only when it is the whole label, as written or without marks', () => {
    const marriage = new AliasIndex(RECORD_TYPES.marriage);
    const death = new AliasIndex(RECORD_TYPES.death);
    const hit = (index: AliasIndex, raw: string) => index.lookup(foldHeader(raw), raw)?.key;
    expect(['Chồng', 'Bên chồng', 'BÊN NAM', 'Nam', 'Chong'].map((raw) => hit(marriage, raw))).toEqual(Array(5).fill('husband.fullName'));
    expect(['Vợ', 'Bên vợ', 'Bên nữ', 'Nữ', 'Vo'].map((raw) => hit(marriage, raw))).toEqual(Array(5).fill('wife.fullName'));
    expect(hit(marriage, 'Năm')).toBeUndefined(); // the year column of a split date
    expect(hit(marriage, 'Vỡ')).toBeUndefined();
    expect(hit(marriage, 'Dân tộc của chồng')).toBe('husband.ethnicity');
    expect(['Người chết', 'Người mất', 'Người từ trần'].map((raw) => hit(death, raw))).toEqual(Array(3).fill('deceased.fullName'));
    // Never inside a longer label: 'Dân tộc' is the attribute, not the name.
    expect(hit(death, 'Dân tộc của người chết')).toBe('deceased.ethnicity');
    expect(hit(death, 'Nơi ở của người chết')).toBe('deceased.residence');
  });
});
