/**
 * Closest known names for an unknown commune (edit distance on folded names, fast-levenshtein).
 * Units inside the named district (or the book's) and in force on the registration date come first, then
 * the district's units of other dates, then other districts'; a tier is offered only when no better unit is close.
 */
import levenshtein from 'fast-levenshtein';
import { NAME_INDEX, overlaps, unitKey, type NameEntry } from './commune-index.js';
import type { RegistrationPeriod } from './registration-period.js';
import type { UnitRef } from './resolve-commune.js';

const MAX_SUGGESTIONS = 3;
// Longer than any name + the allowed distance: no name can be close, skip the work.
const MAX_COMPARED_LENGTH = 40;

const NAME_KEYS: readonly string[] = [...NAME_INDEX.keys()];

// One edit per four letters: "Tam Hp" → Tam Hợp, "Huong Cahn" → Hương Canh, but "Láng Hạ"
// (Hà Nội) is not offered Lũng Hoà.
function allowedDistance(key: string): number {
  return Math.max(1, Math.floor(key.length / 4));
}

/**
 * The district named (or the book's) weighs more than the date: a clerk typing a commune of the book's district by its
 * name before a merge ('Tân Tiếng' in a Vĩnh Tường book of 2025, Tân Tiến merged into Đại Đồng on 01/01/2025) meant that
 * commune, not one in force in another district ('Văn Tiến', Yên Lạc) whose name is as close or closer.
 */
function rank(entry: NameEntry, period: RegistrationPeriod, districts: readonly string[] | null): number {
  const inDistrict = districts === null || entry.districtCodes.some((d) => districts.includes(d)) ? 0 : 2;
  const inForce = overlaps(entry, period) ? 0 : 1;
  return inForce + inDistrict;
}

/** Up to three units whose name is within a small edit distance of `key`, best first. */
export function suggestCommunes(key: string, period: RegistrationPeriod, districts: readonly string[] | null): UnitRef[] {
  if (key === '' || key.length > MAX_COMPARED_LENGTH) return [];
  const limit = allowedDistance(key);
  const scored: { unit: UnitRef; tier: number; distance: number }[] = [];
  for (const name of NAME_KEYS) {
    if (Math.abs(name.length - key.length) > limit) continue;
    const distance = levenshtein.get(key, name);
    if (distance > limit) continue;
    for (const entry of NAME_INDEX.get(name) ?? []) {
      scored.push({ unit: { list: entry.list, code: entry.code }, tier: rank(entry, period, districts), distance });
    }
  }
  const bestTier = Math.min(...scored.map((s) => s.tier));
  const offered = scored.filter((s) => s.tier === bestTier);
  offered.sort((a, b) => a.distance - b.distance || a.unit.code.localeCompare(b.unit.code));
  const seen = new Set<string>();
  const best: UnitRef[] = [];
  for (const { unit } of offered) {
    const id = unitKey(unit.list, unit.code);
    if (seen.has(id)) continue;
    seen.add(id);
    best.push(unit);
    if (best.length === MAX_SUGGESTIONS) break;
  }
  return best;
}
