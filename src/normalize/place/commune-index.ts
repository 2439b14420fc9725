/**
 * The lookup index, built once at module load: every name every commune code carried (Vĩnh
 * Phúc list 2017-2025-06-30, then the Phú Thọ units from 2025-07-01), keyed by folded name,
 * each with the days it was in force. Codes are reused with another meaning on 2025-07-01
 * (DOMAIN.md §1.4), so an entry always says which list it belongs to.
 */
import {
  PHU_THO_2025_UNITS,
  VINH_PHUC_COMMUNES,
  VINH_PHUC_DISTRICTS,
  VINH_PHUC_LIST_ENDS_ON,
  type AdminCommune,
  type CommuneUnitType,
  type PhuTho2025Unit,
} from '../../reference/admin-units.js';
import { foldName } from './fold.js';
import { communeDisplayName } from './place-words.js';
import { BEGINNING_OF_TIME, END_OF_TIME, type RegistrationPeriod } from './registration-period.js';

export type UnitList = 'vinh-phuc' | 'phu-tho-2025';

/** One name of one code, in force from `from` (inclusive) until `until` (exclusive). */
export interface NameEntry {
  code: string;
  list: UnitList;
  key: string;
  name: string;
  unitType: CommuneUnitType;
  from: string;
  until: string;
  /** Districts (2008-2025 structure) the unit lies in. */
  districtCodes: readonly string[];
}

function vinhPhucEntries(commune: AdminCommune): NameEntry[] {
  return commune.names.map((period) => ({
    code: commune.code,
    list: 'vinh-phuc',
    key: foldName(period.name),
    name: period.name,
    unitType: period.unitType,
    from: period.from ?? BEGINNING_OF_TIME,
    until: period.until ?? VINH_PHUC_LIST_ENDS_ON,
    districtCodes: [commune.districtCode],
  }));
}

function phuThoEntry(unit: PhuTho2025Unit): NameEntry {
  return {
    code: unit.code,
    list: 'phu-tho-2025',
    key: foldName(unit.name),
    name: unit.name,
    unitType: unit.unitType,
    from: VINH_PHUC_LIST_ENDS_ON,
    until: END_OF_TIME,
    districtCodes: unit.formerDistrictCodes,
  };
}

const ALL_ENTRIES: readonly NameEntry[] = [
  ...VINH_PHUC_COMMUNES.flatMap(vinhPhucEntries),
  ...PHU_THO_2025_UNITS.map(phuThoEntry),
];

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group === undefined) groups.set(keyOf(item), [item]);
    else group.push(item);
  }
  return groups;
}

/** Folded name → every entry with that name (any code, any period, either list). */
export const NAME_INDEX: ReadonlyMap<string, readonly NameEntry[]> = groupBy(ALL_ENTRIES, (e) => e.key);
const ENTRIES_BY_LIST: Record<UnitList, ReadonlyMap<string, readonly NameEntry[]>> = {
  'vinh-phuc': groupBy(ALL_ENTRIES.filter((e) => e.list === 'vinh-phuc'), (e) => e.code),
  'phu-tho-2025': groupBy(ALL_ENTRIES.filter((e) => e.list === 'phu-tho-2025'), (e) => e.code),
};

/** The most words a known name has ("Sao Đại Việt" = 3). */
export const MAX_NAME_WORDS = Math.max(...ALL_ENTRIES.map((e) => e.key.split(' ').length));

export const COMMUNE_BY_CODE: ReadonlyMap<string, AdminCommune> = new Map(VINH_PHUC_COMMUNES.map((c) => [c.code, c]));
export const PHU_THO_UNIT_BY_CODE: ReadonlyMap<string, PhuTho2025Unit> = new Map(PHU_THO_2025_UNITS.map((u) => [u.code, u]));

/** Vĩnh Phúc codes merged into each code (2020 and 2025-01 merges). */
const ABSORBED_BY_CODE = groupBy(
  VINH_PHUC_COMMUNES.filter((c) => c.mergedIntoCode !== null),
  (c) => c.mergedIntoCode ?? '',
);

export function unitKey(list: UnitList, code: string): string {
  return `${list}:${code}`;
}

export function overlaps(entry: NameEntry, period: RegistrationPeriod): boolean {
  return entry.from <= period.end && entry.until > period.start;
}

export function entriesOfUnit(list: UnitList, code: string): readonly NameEntry[] {
  return ENTRIES_BY_LIST[list].get(code) ?? [];
}

export function isInForce(list: UnitList, code: string, period: RegistrationPeriod): boolean {
  return entriesOfUnit(list, code).some((e) => overlaps(e, period));
}

/** The unit's name in force during the period (the latest one if it changed), else its last name. */
export function displayNameOf(list: UnitList, code: string, period: RegistrationPeriod): string {
  const entries = entriesOfUnit(list, code);
  const inForce = entries.filter((e) => overlaps(e, period));
  const entry = inForce[inForce.length - 1] ?? entries[entries.length - 1];
  return entry === undefined ? code : communeDisplayName(entry.unitType, entry.name);
}

const DISTRICT_LABELS = new Map(
  VINH_PHUC_DISTRICTS.map((d) => [d.code, `${d.unitType === 'huyện' ? 'H.' : 'TP'} ${d.name}`]),
);

/** Where a unit lies, for the officer: "H. Bình Xuyên", "TP Vĩnh Yên", or the new province. */
export function locationOf(list: UnitList, code: string): string {
  if (list === 'phu-tho-2025') return 'Tỉnh Phú Thọ, từ 01/07/2025';
  return districtLabel(COMMUNE_BY_CODE.get(code)?.districtCode ?? '');
}

/** A district of Vĩnh Phúc as officers write it ("H. Bình Xuyên", "TP Vĩnh Yên"); '' for an unknown code. */
export function districtLabel(code: string): string {
  return DISTRICT_LABELS.get(code) ?? '';
}

/**
 * "08953 Xã Tam Hợp (H. Bình Xuyên)" — how candidates are listed to the officer; a unit of the Vĩnh Phúc list not in
 * force on the registration date says when it was: "09103 Xã Tân Tiến (H. Vĩnh Tường, đến 31/12/2024)" for a 2025
 * registration, "09124 Xã Tân Phú (H. Vĩnh Tường, từ 01/02/2020)" for one of 2019 (the 2025 list's units say so already).
 */
export function describeUnit(list: UnitList, code: string, period: RegistrationPeriod): string {
  return `${code} ${displayNameOf(list, code, period)} (${locationOf(list, code)}${list === 'vinh-phuc' ? validityOutside(code, period) : ''})`;
}

/** ', đến 31/12/2024' or ', từ 01/02/2020' for a Vĩnh Phúc unit not in force in the period; '' for one in force. */
function validityOutside(code: string, period: RegistrationPeriod): string {
  const entries = entriesOfUnit('vinh-phuc', code);
  if (entries.length === 0 || entries.some((entry) => overlaps(entry, period))) return '';
  const first = entries[0]!;
  if (first.from > period.end && first.from !== BEGINNING_OF_TIME) return `, từ ${dayVi(first.from)}`;
  const until = entries[entries.length - 1]!.until;
  return until <= period.start ? `, đến ${dayVi(new Date(Date.parse(until) - 86_400_000).toISOString().slice(0, 10))}` : '';
}

/** An ISO day as officers write it: '2024-12-31' → '31/12/2024'. */
function dayVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The district of a matched unit (null for the 2025 units: the district level ended 2025-07-01). */
export function districtOf(list: UnitList, code: string): string | null {
  return list === 'vinh-phuc' ? (COMMUNE_BY_CODE.get(code)?.districtCode ?? null) : null;
}

/** Districts (2008-2025 structure) the unit lies in; a 2025 unit may span two. */
export function districtsOf(list: UnitList, code: string): readonly string[] {
  return entriesOfUnit(list, code)[0]?.districtCodes ?? [];
}

/** The units that a unit replaced: Vĩnh Phúc codes merged into it, or a 2025 unit's components. */
export function predecessorsOf(list: UnitList, code: string): readonly { list: UnitList; code: string }[] {
  const direct =
    list === 'phu-tho-2025'
      ? (PHU_THO_UNIT_BY_CODE.get(code)?.componentCodes ?? [])
      : (ABSORBED_BY_CODE.get(code) ?? []).map((c) => c.code);
  return direct.map((c) => ({ list: 'vinh-phuc', code: c }));
}
