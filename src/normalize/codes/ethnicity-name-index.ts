import { ETHNIC_GROUPS, type EthnicGroup } from '../../reference/ethnic-groups.js';
import { accentKey, foldKey } from './match-key.js';

/** What a written name designates: one group, or several (a `*` alias, or a diacritic-less clash). */
export type EthnicNameMatch =
  | { kind: 'group'; group: EthnicGroup }
  | { kind: 'ambiguous'; groups: readonly EthnicGroup[] };

/**
 * Input spellings of the two non-group rows (ethnic-groups.csv rows 55/56) as officers write
 * them; the CSV holds only one or two names for each.
 */
const EXTRA_NAMES: Readonly<Record<'foreigner' | 'unknown', readonly string[]>> = {
  foreigner: ['Nước ngoài', 'Ngoại quốc', 'Người ngoại quốc', 'Foreigner'],
  unknown: ['Chưa rõ', 'Chưa xác định', 'Không xác định được', 'KXĐ', 'Unknown'],
};

/** Leading words that frame the name: "Dân tộc Kinh", "DT: Kinh", "D.Tộc Kinh", "người Mường". */
const PREFIXES: readonly (readonly string[])[] = [['dan', 'toc'], ['d', 'toc'], ['dt'], ['dtoc'], ['nguoi'], ['toc']];

interface Collected {
  groups: Set<EthnicGroup>;
  ambiguous: boolean;
}

function buildIndexes(): { byAccent: Map<string, EthnicNameMatch>; byFold: Map<string, EthnicNameMatch> } {
  const accent = new Map<string, Collected>();
  const fold = new Map<string, Collected>();
  const add = (name: string, group: EthnicGroup, ambiguous: boolean): void => {
    for (const [index, key] of [[accent, accentKey(name)], [fold, foldKey(name)]] as const) {
      if (key === '') continue;
      const entry = index.get(key) ?? { groups: new Set<EthnicGroup>(), ambiguous: false };
      entry.groups.add(group);
      entry.ambiguous ||= ambiguous;
      index.set(key, entry);
    }
  };
  for (const group of ETHNIC_GROUPS) {
    for (const name of [group.name1979, group.name2008, ...group.aliases]) add(name, group, false);
    for (const name of group.ambiguousAliases) add(name, group, true);
    if (group.kind !== 'group') for (const name of EXTRA_NAMES[group.kind]) add(name, group, false);
  }
  const freeze = (index: Map<string, Collected>): Map<string, EthnicNameMatch> =>
    new Map(
      [...index].map(([key, { groups, ambiguous }]): [string, EthnicNameMatch] => {
        const [only] = groups;
        if (only && groups.size === 1 && !ambiguous) return [key, { kind: 'group', group: only }];
        const sorted = [...groups].sort((a, b) => a.code1979.localeCompare(b.code1979));
        return [key, { kind: 'ambiguous', groups: sorted }];
      }),
    );
  return { byAccent: freeze(accent), byFold: freeze(fold) };
}

const { byAccent, byFold } = buildIndexes();

function lookupWords(words: readonly string[]): EthnicNameMatch | undefined {
  const key = words.join('');
  return byAccent.get(key) ?? byFold.get(foldKey(key));
}

/** The words without framing prefixes ("Dân tộc: 18" → ["18"]); the words themselves if nothing is left. */
export function stripEthnicPrefixes(words: readonly string[]): readonly string[] {
  let rest = words;
  for (;;) {
    const folded = rest.map(foldKey);
    const prefix = PREFIXES.find((candidate) => candidate.every((word, at) => folded[at] === word));
    if (!prefix || prefix.length >= rest.length) return rest;
    rest = rest.slice(prefix.length);
  }
}

/**
 * The group(s) a name designates, from its words (see match-key accentWords): the whole text
 * first (so "Người nước ngoài" stays whole), then without framing prefixes. Diacritics are
 * compared first, then folded, so "San Diu" and "SÁN DÌU" both find Sán Dìu.
 */
export function lookupEthnicName(words: readonly string[]): EthnicNameMatch | undefined {
  const match = lookupWords(words);
  if (match) return match;
  const core = stripEthnicPrefixes(words);
  return core === words ? undefined : lookupWords(core);
}
