/**
 * When each district and province a Vĩnh Phúc registration place may name existed under its name and
 * type, from the dated facts of DOMAIN.md §1 only; a unit named that did not exist on the registration
 * date (a year typed wrong, or a place re-typed later with today's names) is reported. Facts DOMAIN.md
 * marks UNVERIFIED, or dates it does not give, never narrow a period: where a unit came back at an
 * unknown date, the earliest date it could have is taken.
 *
 * Leniency: a register of the first weeks after a change often still prints the old name (pre-printed
 * books), so a name stays accepted until the end of the year after it went out of force; a new name
 * is reported only before it came into force.
 */
import { VINH_PHUC_LIST_ENDS_ON } from '../../reference/admin-units.js';
import type { Finding } from '../finding.js';
import type { Mention } from './find-mentions.js';
import type { HigherUnitType } from './place-words.js';
import type { RegistrationPeriod } from './registration-period.js';

/** A name and type in force from `from` (inclusive, null = as far back as registers go) until `until` (exclusive). */
interface UnitPeriod {
  type: HigherUnitType;
  from: string | null;
  until: string | null;
  /** How the officer reads `from` when only its year is known ('năm 1950'). */
  fromLabel?: string;
}

interface UnitHistory {
  /** GSO spelling of the name. */
  name: string;
  periods: readonly UnitPeriod[];
  /** Said before the dates when the unit went on existing elsewhere (Mê Linh, in Hà Nội). */
  scope?: string;
}

// 05/07/1977 (QĐ 178-CP): Vĩnh Lạc, the old Tam Đảo and Mê Linh formed (DOMAIN.md §1.5).
const MERGES_1977 = '1977-07-05';
// 26/02/1979: the old Tam Đảo split into Tam Đảo and Lập Thạch.
const SPLIT_1979 = '1979-02-26';
// 07/10/1995: Vĩnh Lạc split back into Vĩnh Tường and Yên Lạc.
const SPLIT_1995 = '1995-10-07';
// The district level ended with the Vĩnh Phúc list (NQ 1676/NQ-UBTVQH15, DOMAIN.md §1.4).
const DISTRICTS_END = VINH_PHUC_LIST_ENDS_ON;

const huyen = (from: string | null, until: string | null): UnitPeriod => ({ type: 'huyện', from, until });

/** Folded district name → its history. Districts not listed here (Hà Nội's, other provinces') are not checked. */
const DISTRICTS: ReadonlyMap<string, UnitHistory> = new Map([
  // No dated fact on Vĩnh Yên's type: thị xã and thành phố are both accepted.
  ['vinh yen', { name: 'Vĩnh Yên', periods: [{ type: 'thành phố', from: null, until: DISTRICTS_END }, { type: 'thị xã', from: null, until: DISTRICTS_END }] }],
  // NQ 484/NQ-UBTVQH14 of 07/02/2018: thị xã → thành phố (in force on that day at the earliest).
  ['phuc yen', { name: 'Phúc Yên', periods: [{ type: 'thị xã', from: null, until: '2018-02-07' }, { type: 'thành phố', from: '2018-02-07', until: DISTRICTS_END }] }],
  ['lap thach', { name: 'Lập Thạch', periods: [huyen(null, MERGES_1977), huyen(SPLIT_1979, DISTRICTS_END)] }],
  // Not named in the 1979 split; its return date is not in DOMAIN.md, so 1979 (the earliest) is taken.
  ['tam duong', { name: 'Tam Dương', periods: [huyen(null, MERGES_1977), huyen(SPLIT_1979, DISTRICTS_END)] }],
  // The old Tam Đảo from 1977; its end and the 2003 re-creation are UNVERIFIED: one period.
  ['tam dao', { name: 'Tam Đảo', periods: [huyen(MERGES_1977, DISTRICTS_END)] }],
  // Into Mê Linh in 1977; its return date is not in DOMAIN.md, so no gap is assumed.
  ['binh xuyen', { name: 'Bình Xuyên', periods: [huyen(null, DISTRICTS_END)] }],
  ['yen lac', { name: 'Yên Lạc', periods: [huyen(null, MERGES_1977), huyen(SPLIT_1995, DISTRICTS_END)] }],
  ['vinh tuong', { name: 'Vĩnh Tường', periods: [huyen(null, MERGES_1977), huyen(SPLIT_1995, DISTRICTS_END)] }],
  ['vinh lac', { name: 'Vĩnh Lạc', periods: [huyen(MERGES_1977, SPLIT_1995)] }],
  // Left Vĩnh Phúc for Hà Nội on 01/08/2008 (DOMAIN.md §1.2).
  ['me linh', { name: 'Mê Linh', periods: [huyen(MERGES_1977, '2008-08-01')], scope: 'trong tỉnh Vĩnh Phú, Vĩnh Phúc' }],
  // Decree 09/NĐ-CP of 23/12/2008, in force 18/01/2009.
  ['song lo', { name: 'Sông Lô', periods: [huyen('2009-01-18', DISTRICTS_END)] }],
]);

/** Folded province name → its history (DOMAIN.md §1.5, and §1.4 for the 2025 merge into Phú Thọ). */
const PROVINCES: ReadonlyMap<string, UnitHistory> = new Map([
  // 1950 Vĩnh Yên + Phúc Yên → Vĩnh Phúc (day not given: from the year's first day); 26/01/1968 into Vĩnh Phú
  // (NQ 504-NQ/TVQH); re-established 01/01/1997.
  ['vinh phuc', { name: 'Vĩnh Phúc', periods: [{ type: 'tỉnh', from: '1950-01-01', until: '1968-01-26', fromLabel: 'năm 1950' }, { type: 'tỉnh', from: '1997-01-01', until: VINH_PHUC_LIST_ENDS_ON }] }],
  ['vinh phu', { name: 'Vĩnh Phú', periods: [{ type: 'tỉnh', from: '1968-01-26', until: '1997-01-01' }] }],
  // The new Phú Thọ took Vĩnh Phúc's communes on 01/07/2025 (NQ 202/2025/QH15, DOMAIN.md §1.4); the Phú Thọ of
  // 1997-2025 held none of them, nor did the one before 1968. An older entry typed with today's province is reported.
  ['phu tho', { name: 'Phú Thọ', periods: [{ type: 'tỉnh', from: VINH_PHUC_LIST_ENDS_ON, until: null }], scope: 'trên địa bàn tỉnh Vĩnh Phúc cũ' }],
]);

const BEGINNING = '0000-01-01';
const END = '9999-12-31';

/** Exclusive end of the accepted span: the first day of the second year after `until`. */
function acceptedUntil(until: string | null): string {
  return until === null ? END : `${Number(until.slice(0, 4)) + 2}-01-01`;
}

function accepted(period: UnitPeriod, registration: RegistrationPeriod): boolean {
  return (period.from ?? BEGINNING) <= registration.end && acceptedUntil(period.until) > registration.start;
}

/** Every date the check compares a registration period with (registration-period.ts keys its memo on them). */
export const UNIT_VALIDITY_BOUNDARIES: readonly string[] = [...DISTRICTS.values(), ...PROVINCES.values()].flatMap((unit) =>
  unit.periods.flatMap((p) => [...(p.from === null ? [] : [p.from]), ...(p.until === null ? [] : [acceptedUntil(p.until)])]),
);

/** 2008-08-01 → 31/07/2008: the last day of a period ending (exclusive) on that day. */
function lastDayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return vietnameseDate(day.toISOString().slice(0, 10));
}

function vietnameseDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function describePeriod(period: UnitPeriod): string {
  const from = period.fromLabel ?? (period.from === null ? null : vietnameseDate(period.from));
  if (period.until === null) return `từ ${from ?? ''}`;
  return from === null ? `trước ${vietnameseDate(period.until)}` : `từ ${from} đến ${lastDayBefore(period.until)}`;
}

function describeValidity(unit: UnitHistory, periods: readonly UnitPeriod[]): string {
  const dates = periods.map(describePeriod).join(' và ');
  return unit.scope === undefined ? dates : `${unit.scope} ${dates}`;
}

/** The periods of the name under the typed type; all of them when it never had that type (or none was typed). */
function periodsOf(unit: UnitHistory, type: HigherUnitType | null): readonly UnitPeriod[] {
  const typed = type === null ? [] : unit.periods.filter((p) => p.type === type);
  return typed.length > 0 ? typed : unit.periods;
}

function historyOf(mention: Mention): UnitHistory | undefined {
  if (mention.level === 'district') return DISTRICTS.get(mention.key);
  return mention.level === 'province' ? PROVINCES.get(mention.key) : undefined;
}

const HIGHER_LEVELS = ['district', 'province'] as const;

/**
 * PLACE_UNIT_NOT_IN_FORCE for the district and the province a registration place names with their unit word
 * ('huyện Vĩnh Lạc', 'TX Phúc Yên', 'tỉnh Vĩnh Phú') when none named at that level was in force on the registration
 * date: a place annotated with both names ('huyện Vĩnh Lạc (nay là huyện Yên Lạc)') is right for its date.
 * Bare names ('Tam Hợp, Sông Lô') are not checked. Without a date (the whole Vĩnh Phúc era) every unit fits.
 */
export function unitsNotInForce(mentions: readonly Mention[], registration: RegistrationPeriod): Finding[] {
  let findings: Finding[] | null = null;
  for (const level of HIGHER_LEVELS) {
    let outOfForce: Finding | null = null;
    let fits = false;
    for (const mention of mentions) {
      if (mention.level !== level) continue;
      const unit = historyOf(mention);
      if (unit === undefined) continue;
      const periods = periodsOf(unit, mention.higherType);
      if (periods.some((p) => accepted(p, registration))) {
        fits = true;
        break;
      }
      if (outOfForce === null) {
        const [first] = periods;
        const name = `${first?.type ?? mention.higherType ?? ''} ${unit.name}`;
        outOfForce = { code: 'PLACE_UNIT_NOT_IN_FORCE', params: { unit: name, validity: describeValidity(unit, periods) } };
      }
    }
    if (!fits && outOfForce !== null) (findings ??= []).push(outOfForce);
  }
  return findings ?? [];
}
