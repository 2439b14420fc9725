/**
 * Resolves a folded commune name against the list in force on the registration date
 * (DOMAIN.md §1.5, pipeline rule): a name in force wins; a name of an earlier period is carried
 * forward through renames and merges (Tân Cương → Tân Phú 2020-02-01, Vĩnh Sơn → Thổ Tang
 * 2025-01-01, every Vĩnh Phúc unit → its Phú Thọ successor 2025-07-01); a name that only came
 * into force later is reported with the units it replaced.
 */
import { VINH_PHUC_LIST_ENDS_ON, type CommuneUnitType } from '../../reference/admin-units.js';
import {
  COMMUNE_BY_CODE,
  entriesOfUnit,
  isInForce,
  NAME_INDEX,
  overlaps,
  predecessorsOf,
  unitKey,
  type NameEntry,
  type UnitList,
} from './commune-index.js';
import type { RegistrationPeriod } from './registration-period.js';

export interface UnitRef {
  list: UnitList;
  code: string;
}

export interface ResolveRequest {
  key: string;
  communeType: CommuneUnitType | null;
  period: RegistrationPeriod;
  /** District hints, most trusted first (the text's own district, the source's district). */
  districtHints: readonly (readonly string[])[];
}

export type Resolution =
  /**
   * `renamed`: the text used a name or type of another period of the unit. `typeNever`: the unit type
   * typed is one no unit of the name ever had ('xã Hương Canh': a thị trấn), so the name alone decided.
   */
  | { kind: 'matched'; unit: UnitRef; renamed: boolean; typeNever?: true }
  | { kind: 'ambiguous'; units: UnitRef[] }
  /** The unit was abolished before the period and its successor is not known. */
  | { kind: 'abolished'; unit: UnitRef }
  /** The name only came into force on `since`, after the period; `units` = the units it replaced. */
  | { kind: 'notYetInForce'; units: UnitRef[]; since: string }
  | { kind: 'unknown' };

function distinctUnits(entries: readonly NameEntry[]): UnitRef[] {
  const seen = new Map<string, UnitRef>();
  for (const e of entries) seen.set(unitKey(e.list, e.code), { list: e.list, code: e.code });
  return [...seen.values()];
}

/** Keeps entries inside the hinted districts; a hint that excludes everything is ignored. */
function narrowByDistrict(entries: readonly NameEntry[], hints: ResolveRequest['districtHints']): readonly NameEntry[] {
  let narrowed = entries;
  for (const districts of hints) {
    const inside = narrowed.filter((e) => e.districtCodes.some((d) => districts.includes(d)));
    if (inside.length > 0) narrowed = inside;
  }
  return narrowed;
}

/** The unit that carries on `unit` during the period, following merges; null when unknown. */
function carriedForward(unit: UnitRef, period: RegistrationPeriod, depth = 0): UnitRef | null {
  if (isInForce(unit.list, unit.code, period)) return unit;
  const commune = unit.list === 'vinh-phuc' ? COMMUNE_BY_CODE.get(unit.code) : undefined;
  if (commune === undefined || depth > 4) return null;
  if (period.start >= VINH_PHUC_LIST_ENDS_ON && commune.successor2025Code !== null) {
    return carriedForward({ list: 'phu-tho-2025', code: commune.successor2025Code }, period, depth + 1);
  }
  if (commune.mergedIntoCode === null) return null;
  return carriedForward({ list: 'vinh-phuc', code: commune.mergedIntoCode }, period, depth + 1);
}

function collectPredecessors(unit: UnitRef, period: RegistrationPeriod, found: Map<string, UnitRef>, depth = 0): void {
  if (isInForce(unit.list, unit.code, period)) found.set(unitKey(unit.list, unit.code), unit);
  if (depth > 4) return;
  for (const predecessor of predecessorsOf(unit.list, unit.code)) collectPredecessors(predecessor, period, found, depth + 1);
}

function resolveFormer(former: readonly NameEntry[], period: RegistrationPeriod): Resolution {
  const sources = distinctUnits(former);
  const targets = new Map<string, UnitRef>();
  for (const unit of sources) {
    const target = carriedForward(unit, period);
    if (target !== null) targets.set(unitKey(target.list, target.code), target);
  }
  const found = [...targets.values()];
  const [only] = found;
  if (found.length === 1 && only !== undefined) return { kind: 'matched', unit: only, renamed: true };
  if (found.length > 1) return { kind: 'ambiguous', units: found };
  const [deadEnd] = sources;
  return deadEnd === undefined ? { kind: 'unknown' } : { kind: 'abolished', unit: deadEnd };
}

/**
 * A name (or a name with its type) that only came into force later: the units it replaced. Of those, the
 * one that carried the same name then is meant ('xã Yên Lạc' in 2024, the 2025-07 xã: thị trấn Yên Lạc).
 */
function resolveFuture(key: string, future: readonly NameEntry[], period: RegistrationPeriod): Resolution {
  const earliest = future.reduce((min, e) => (e.from < min ? e.from : min), future[0]?.from ?? '');
  const found = new Map<string, UnitRef>();
  for (const unit of distinctUnits(future.filter((e) => e.from === earliest))) collectPredecessors(unit, period, found);
  const units = [...found.values()];
  const sameName = units.filter((u) => entriesOfUnit(u.list, u.code).some((e) => e.key === key && overlaps(e, period)));
  return { kind: 'notYetInForce', units: sameName.length === 1 ? sameName : units, since: earliest };
}

/** True when some period of the unit carried this name with this type. */
function everTyped(unit: UnitRef, key: string, communeType: CommuneUnitType): boolean {
  return entriesOfUnit(unit.list, unit.code).some((e) => e.key === key && e.unitType === communeType);
}

/**
 * The unit type typed counts before the district: only units that ever carried the name with that type
 * are candidates ('xã Xuân Hòa' in a Phúc Yên book is Lập Thạch's xã, never phường Xuân Hoà; matchCommune
 * then reports the other district). A type no unit of the name ever had ('xã Hương Canh') is a typing slip:
 * the name alone decides (`typeNever`).
 */
export function resolveCommune(request: ResolveRequest): Resolution {
  const { key, communeType, period } = request;
  const named = NAME_INDEX.get(key) ?? [];
  const typed = communeType === null ? named : named.filter((e) => everTyped(e, key, communeType));
  const typeNever = communeType !== null && typed.length === 0;
  const entries = narrowByDistrict(typeNever ? named : typed, request.districtHints);
  const inForce = entries.filter((e) => overlaps(e, period));
  const former = entries.filter((e) => e.until <= period.start);
  let units = distinctUnits(inForce);
  if (units.length > 1 && communeType !== null) {
    const sameType = distinctUnits(inForce.filter((e) => e.unitType === communeType));
    if (sameType.length > 0) units = sameType;
  }
  const [only] = units;
  if (units.length === 1 && only !== undefined) {
    const typeOfOtherPeriod =
      communeType !== null &&
      !inForce.some((e) => e.code === only.code && e.list === only.list && e.unitType === communeType) &&
      everTyped(only, key, communeType);
    return typeNever ? { kind: 'matched', unit: only, renamed: false, typeNever } : { kind: 'matched', unit: only, renamed: typeOfOtherPeriod };
  }
  if (units.length > 1) return { kind: 'ambiguous', units };
  if (former.length > 0) return resolveFormer(former, period);
  const future = entries.filter((e) => e.from > period.end);
  return future.length > 0 ? resolveFuture(key, future, period) : { kind: 'unknown' };
}

/** Units of the name in force during the period inside the districts, whatever their type. */
export function unitsNamedIn(key: string, districts: readonly string[], period: RegistrationPeriod): UnitRef[] {
  const entries = NAME_INDEX.get(key) ?? [];
  return distinctUnits(entries.filter((e) => overlaps(e, period) && e.districtCodes.some((d) => districts.includes(d))));
}
