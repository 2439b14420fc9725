import { ETHNIC_GROUPS, type EthnicGroup } from '../../reference/ethnic-groups.js';
import { accentKey, foldKey } from './match-key.js';
import { marksCompatible } from './marks.js';

/** What a written name designates: one group, or several (a `*` alias, or a diacritic-less clash). */
export type EthnicNameMatch =
  | { kind: 'group'; group: EthnicGroup }
  | { kind: 'ambiguous'; groups: readonly EthnicGroup[] };

/**
 * The project's own additions to ethnic-groups.csv, by 1979 code: spellings officers write that
 * the CSV (GSO names and "tên gọi khác") does not hold.
 * - 01 'K', 18 'SD' / 'S.Dìu': the column's commonest values shortened, as clerks do in a
 *   column where nearly every row is Kinh, and in the Sán Dìu communes of Tam Đảo, Bình Xuyên
 *   and Lập Thạch (DOMAIN.md §6: Sán Dìu is the province's second group); seen in the tester's
 *   register inputs, not in a GSO text.
 * - 15 'Sán Chí': the common spelling of Sán Chỉ, the group's other half (a tone apart, so the
 *   diacritic-less fallback no longer finds it).
 * - 55: the foreigner row as officers write it, and the countries (or peoples) of the foreign
 *   spouses and parents a Vĩnh Phúc register records — China and Taiwan first, Korea and Japan
 *   (the industrial parks' investors and workers), Cambodia, Thailand and the West — typed in the
 *   ethnicity column ('Trung Quốc', 'người Đài Loan': "người" is a framing prefix). Only names no
 *   Vietnamese group shares: 'Lào', 'Thái', 'Khmer' and 'Hoa' alone are Vietnamese groups, and
 *   for a foreign national the nationality turns them into 55 (ethnicityOfNational). 'Hàn' is a
 *   Korean, never the Hoa alias 'Hán' (GSO 1979 list: 55 = người nước ngoài; the 2008 list has
 *   no such code — the CSV's row 55 is from application code lists, DOMAIN.md §6).
 * - 56: unknown as officers write it.
 */
const PROJECT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '01': ['K'],
  '15': ['Sán Chí'],
  '18': ['SD', 'S.Dìu'],
  '55': [
    ...['Nước ngoài', 'Ngoại quốc', 'Người ngoại quốc', 'Foreigner'],
    ...['Trung Quốc', 'Đài Loan', 'Hồng Kông', 'Hàn', 'Hàn Quốc', 'Triều Tiên', 'Nhật', 'Nhật Bản'],
    ...['Campuchia', 'Thái Lan', 'Singapore', 'Malaysia', 'Philippines', 'Ấn Độ'],
    ...['Mỹ', 'Hoa Kỳ', 'Pháp', 'Đức', 'Nga', 'Úc', 'Canada'],
  ],
  '56': ['Chưa rõ', 'Chưa xác định', 'Không xác định được', 'KXĐ', 'Unknown'],
};

/** Every spelling the project adds to the reference (clean-spelling fast path). */
export const PROJECT_ALIAS_NAMES: readonly string[] = Object.values(PROJECT_ALIASES).flat();

/** Leading words that frame the name: "Dân tộc Kinh", "DT: Kinh", "D.Tộc Kinh", "người Mường". */
const PREFIXES: readonly (readonly string[])[] = [['dan', 'toc'], ['d', 'toc'], ['dt'], ['dtoc'], ['nguoi'], ['toc']];

interface Collected {
  groups: Set<EthnicGroup>;
  ambiguous: boolean;
}

/** One name of the reference under its diacritic-less key: what a marked input is checked against. */
interface FoldedName {
  accent: string;
  group: EthnicGroup;
  ambiguous: boolean;
}

function toMatch(groups: ReadonlySet<EthnicGroup>, ambiguous: boolean): EthnicNameMatch {
  const [only] = groups;
  if (only && groups.size === 1 && !ambiguous) return { kind: 'group', group: only };
  const sorted = [...groups].sort((a, b) => a.code1979.localeCompare(b.code1979));
  return { kind: 'ambiguous', groups: sorted };
}

function buildIndexes(): {
  byAccent: Map<string, EthnicNameMatch>;
  byFold: Map<string, EthnicNameMatch>;
  foldedNames: Map<string, FoldedName[]>;
} {
  const accent = new Map<string, Collected>();
  const fold = new Map<string, Collected>();
  const foldedNames = new Map<string, FoldedName[]>();
  const add = (name: string, group: EthnicGroup, ambiguous: boolean): void => {
    for (const [index, key] of [[accent, accentKey(name)], [fold, foldKey(name)]] as const) {
      if (key === '') continue;
      const entry = index.get(key) ?? { groups: new Set<EthnicGroup>(), ambiguous: false };
      entry.groups.add(group);
      entry.ambiguous ||= ambiguous;
      index.set(key, entry);
    }
    const folded = foldKey(name);
    if (folded !== '') foldedNames.set(folded, [...(foldedNames.get(folded) ?? []), { accent: accentKey(name), group, ambiguous }]);
  };
  for (const group of ETHNIC_GROUPS) {
    for (const name of [group.name1979, group.name2008, ...group.aliases]) add(name, group, false);
    for (const name of group.ambiguousAliases) add(name, group, true);
    for (const name of PROJECT_ALIASES[group.code1979] ?? []) add(name, group, false);
  }
  const freeze = (index: Map<string, Collected>): Map<string, EthnicNameMatch> =>
    new Map([...index].map(([key, { groups, ambiguous }]): [string, EthnicNameMatch] => [key, toMatch(groups, ambiguous)]));
  return { byAccent: freeze(accent), byFold: freeze(fold), foldedNames };
}

const { byAccent, byFold, foldedNames } = buildIndexes();

const ASCII_KEY = /^[a-z0-9]*$/;

/**
 * The diacritic-less fallback. Unmarked text ("San Diu") may be any name with that key; text
 * with marks only a name whose shapes it shares (marks.ts: a dropped mark or a slipped tone is a
 * slip, another shape another word) — 'Tây' is not 'Tày'; 'Hàn' (a Korean) is an alias of its own.
 */
function lookupFolded(key: string): EthnicNameMatch | undefined {
  const folded = foldKey(key);
  if (ASCII_KEY.test(key)) return byFold.get(folded);
  const names = foldedNames.get(folded)?.filter((name) => marksCompatible(key, name.accent));
  if (names === undefined || names.length === 0) return undefined;
  return toMatch(new Set(names.map((name) => name.group)), names.some((name) => name.ambiguous));
}

function lookupWords(words: readonly string[]): EthnicNameMatch | undefined {
  const key = words.join('');
  return byAccent.get(key) ?? lookupFolded(key);
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
