/**
 * hotich's blocking and comparison levels written as DuckDB SQL, for the
 * baseline: the same blocking keys (the DedupRecords' own), the same
 * first-rule tagging and block-size cap, the same levels per field
 * (src/dedup/compare.ts, src/dedup/specs/birth-family.ts) with DuckDB's
 * levenshtein, and the same weights (weightTable of the spec). Not reproduced: the
 * birth family's 'year-slip' and 'common-parents' levels (read as 'one-parent-differs'
 * and 'both-parents'), and comparisons it has no SQL for (residences), which
 * decisionQuery lists as missing. Vetoes,
 * clusters and survivorship are not reproduced: the baseline stops at the
 * merge / review / distinct decision by thresholds.
 */
import type { MatchSpec } from '../../../src/dedup/dedup-spec.js';
import { weightTable } from '../../../src/dedup/weights.js';

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const column = (side: 'a' | 'b', field: string): string => `${side}."${field}"`;

/** Macros every type's scoring uses. */
export const MACROS = [
  // nameLevel: exact on the accent key; equal once folded ('unmarked' when one side typed no marks); edits on the folded keys.
  `CREATE OR REPLACE MACRO name_level(l, r, lf, rf, lu, ru) AS CASE
     WHEN l IS NULL OR r IS NULL OR l = '' OR r = '' THEN NULL
     WHEN l = r THEN 'exact'
     WHEN lf = rf THEN CASE WHEN (coalesce(lu, '') = '1') <> (coalesce(ru, '') = '1') THEN 'unmarked' ELSE 'folded' END
     WHEN abs(length(coalesce(lf, l)) - length(coalesce(rf, r))) > 2 THEN 'different'
     WHEN levenshtein(coalesce(lf, l), coalesce(rf, r)) <= 1 THEN 'typo1'
     WHEN levenshtein(coalesce(lf, l), coalesce(rf, r)) <= 2 THEN 'typo2'
     ELSE 'different' END`,
  `CREATE OR REPLACE MACRO iso_ok(d) AS regexp_full_match(d, '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?')`,
  // dateLevel: two full dates / compared at the precision both give.
  `CREATE OR REPLACE MACRO date_level(l, r) AS CASE
     WHEN l IS NULL OR r IS NULL OR l = '' OR r = '' THEN NULL
     WHEN NOT iso_ok(l) OR NOT iso_ok(r) THEN NULL
     WHEN l = r THEN CASE length(l) WHEN 4 THEN 'precision-year' WHEN 7 THEN 'precision-month' ELSE 'exact' END
     WHEN length(l) = 10 AND length(r) = 10 THEN CASE
       WHEN left(l, 7) = left(r, 7) THEN 'year-month'
       WHEN left(l, 4) = left(r, 4) AND substr(l, 9, 2) = substr(r, 6, 2) AND substr(l, 6, 2) = substr(r, 9, 2) THEN 'swapped'
       WHEN left(l, 4) = left(r, 4) THEN 'year'
       WHEN abs(date_diff('day', try_cast(l AS DATE), try_cast(r AS DATE))) <= 366 THEN 'within-year'
       ELSE 'different' END
     WHEN left(l, 4) = left(r, 4) THEN CASE
       WHEN length(l) = 4 OR length(r) = 4 THEN 'precision-year'
       WHEN substr(l, 6, 2) = substr(r, 6, 2) THEN 'precision-month'
       ELSE 'year' END
     WHEN abs(CAST(left(l, 4) AS INTEGER) - CAST(left(r, 4) AS INTEGER)) <= 1 THEN 'within-year'
     ELSE 'different' END`,
  `CREATE OR REPLACE MACRO exact_level(l, r) AS CASE WHEN l IS NULL OR r IS NULL OR l = '' OR r = '' THEN NULL WHEN l = r THEN 'exact' ELSE 'different' END`,
  // parentAgreement (birth-family.ts) from the given and family name levels and the birth-year gap.
  `CREATE OR REPLACE MACRO parent_agreement(given, family, gap) AS CASE
     WHEN given IS NULL THEN NULL
     WHEN given IN ('exact', 'unmarked') AND (family IS NULL OR family IN ('exact', 'unmarked')) AND (gap IS NULL OR gap = 0) THEN 'same'
     WHEN given IN ('exact', 'unmarked', 'folded', 'typo1') AND (family IS NULL OR family IN ('exact', 'unmarked', 'folded', 'typo1')) AND (gap IS NULL OR gap <= 1) THEN 'close'
     ELSE 'different' END`,
  // familyLevel: both parents as one piece of evidence, the commune when no parent compares.
  `CREATE OR REPLACE MACRO family_level(mother, father, lc, rc) AS CASE
     WHEN mother IS NULL AND father IS NULL THEN CASE WHEN lc IS NULL OR rc IS NULL OR lc = '' OR rc = '' THEN NULL WHEN lc = rc THEN 'same-commune' ELSE 'other-commune' END
     WHEN (CASE WHEN mother = 'different' THEN 1 ELSE 0 END) + (CASE WHEN father = 'different' THEN 1 ELSE 0 END)
        = (CASE WHEN mother IS NULL THEN 0 ELSE 1 END) + (CASE WHEN father IS NULL THEN 0 ELSE 1 END) THEN 'parents-differ'
     WHEN mother = 'different' OR father = 'different' THEN 'one-parent-differs'
     WHEN mother = 'close' OR father = 'close' THEN 'close'
     WHEN mother IS NOT NULL AND father IS NOT NULL THEN 'both-parents'
     ELSE 'one-known-parent' END`,
];

/**
 * Level columns computed once per pair (each Levenshtein at most once), named
 * "l:<field>", that the comparisons' expressions then combine.
 */
class LevelColumns {
  readonly columns = new Map<string, string>();

  /** The column holding `expression`, added under `name` on first use. */
  use(name: string, expression: () => string): string {
    if (!this.columns.has(name)) this.columns.set(name, expression());
    return `"l:${name}"`;
  }

  nameLevel(prefix: string, part: string): string {
    const field = `${prefix}.${part}`;
    const unmarked = `${prefix}.unmarked`;
    return this.use(field, () => `name_level(${column('a', field)}, ${column('b', field)}, ${column('a', `${field}.folded`)}, ${column('b', `${field}.folded`)}, ${column('a', unmarked)}, ${column('b', unmarked)})`);
  }

  parentLevel(role: 'mother' | 'father'): string {
    const gap = this.use(`${role}.yearGap`, () => `abs(try_cast(${column('a', `${role}.birthYear`)} AS INTEGER) - try_cast(${column('b', `${role}.birthYear`)} AS INTEGER))`);
    return `parent_agreement(${this.nameLevel(role, 'given')}, ${this.nameLevel(role, 'family')}, ${gap})`;
  }

  select(): string {
    return [...this.columns].map(([name, expression]) => `${expression} AS "l:${name}"`).join(',\n    ');
  }
}

const NAME_PART: Readonly<Record<string, string>> = { givenName: 'given', familyName: 'family', middleName: 'middle' };

/** The SQL of a comparison's level over the level columns; null for a comparison the baseline does not know. */
function levelSql(field: string, levels: LevelColumns): string | null {
  const name = /^(\w+)\.(givenName|familyName|middleName)$/.exec(field);
  if (name) return levels.nameLevel(name[1] as string, NAME_PART[name[2] as string] as string);
  if (field === 'parents') {
    const commune = (side: 'a' | 'b'): string => levels.use(`${side}.commune`, () => column(side, 'registration.commune'));
    return `family_level(${levels.parentLevel('mother')}, ${levels.parentLevel('father')}, ${commune('a')}, ${commune('b')})`;
  }
  if (field === 'registration.entry') {
    return `CASE ${levels.use(field, () => `exact_level(${column('a', field)}, ${column('b', field)})`)} WHEN 'exact' THEN 'same-entry' WHEN 'different' THEN 'other-entry' END`;
  }
  if (/(^|\.)(birthDate|deathDate|date)$/.test(field)) return levels.use(field, () => `date_level(${column('a', field)}, ${column('b', field)})`);
  if (/\.(sex|personalId)$/.test(field)) return levels.use(field, () => `exact_level(${column('a', field)}, ${column('b', field)})`);
  return null;
}

/**
 * A query counting the decisions over the `pairs` table (i, j) of records in
 * `rec`: each pair's levels, its score under the spec's weights, merge /
 * review / distinct by the thresholds. Also the comparisons left out.
 */
export function decisionQuery(spec: MatchSpec): { sql: string; missing: string[] } {
  const weights = weightTable(spec.comparisons);
  const levels = new LevelColumns();
  const terms: string[] = [];
  const missing: string[] = [];
  for (const comparison of spec.comparisons) {
    const level = levelSql(comparison.field, levels);
    if (level === null) {
      missing.push(comparison.field);
      continue;
    }
    const cases = [...(weights.get(comparison.field) ?? [])].map(([name, weight]) => `WHEN ${quote(name)} THEN ${weight}`).join(' ');
    terms.push(`coalesce(CASE ${level} ${cases} END, 0)`);
  }
  const sql = `WITH leveled AS (
    SELECT ${levels.select()}
    FROM pairs p JOIN rec a ON a.idx = p.i JOIN rec b ON b.idx = p.j),
  scored AS (SELECT ${terms.join('\n + ')} AS score FROM leveled)
  SELECT CASE WHEN score >= ${spec.thresholds.merge} THEN 'merge' WHEN score >= ${spec.thresholds.review} THEN 'review' ELSE 'distinct' END AS decision,
    count(*) AS pairs
  FROM scored GROUP BY decision`;
  return { sql, missing };
}

export { quote };
