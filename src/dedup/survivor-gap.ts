/**
 * A record loaded before (another district's batch, via the registry) stays the
 * survivor of any cluster it joins: its batch is not rewritten (README:
 * Registry), and loading the new record as well would load one citizen twice.
 * But the new record may be the better copy — the original registration of the
 * survivor's re-registration (đăng ký lại, DOMAIN.md §3.3), or the full birth
 * date where the re-registration kept only the year (§8). Then the officer must
 * learn it, so the earlier district's record can be corrected: the gap is kept
 * with the member (duplicates.jsonl) and becomes a DEDUP_SURVIVOR_LESS_COMPLETE
 * warning on the member's row.
 */
import { districtLabel } from '../normalize/place/commune-index.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import type { DedupRecord } from './dedup-record.js';
import { fillsFor, type FieldFill, type PathOnSurvivor } from './survivor.js';

export interface LoadedSurvivorGap {
  /** The member is the original registration and the survivor its re-registration: the member would have survived. */
  original: boolean;
  /** Fields the survivor lacks (as far as the registry's comparison values tell) and dates the member gives more precisely. */
  fills: FieldFill[];
}

/** '.fullName' paths are held in the comparison values as their folded given name ('father.given.folded'). */
function valueKey(path: string): string {
  return path.endsWith('.fullName') ? `${path.slice(0, -'.fullName'.length)}.given.folded` : path;
}

/**
 * The registry keeps no filled fields, only comparison values: a fillable path
 * the values hold counts as filled when its value is there; one they do not hold
 * (a birth place, an ethnicity) is taken as filled — a gap is never claimed
 * that the registry cannot show.
 */
function filledAsKnown(survivor: DedupRecord, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const key = valueKey(path);
    return !(key in survivor.values) || Boolean(survivor.values[key]);
  });
}

/** What `member` has that the `survivor` loaded before lacks; null when nothing (the usual copy). */
export function loadedSurvivorGap(survivor: DedupRecord, member: DedupRecord, onSurvivor?: PathOnSurvivor): LoadedSurvivorGap | null {
  const original = survivor.reRegistration && !member.reRegistration;
  const paths = (member.filledFields ?? []).map((path) => (onSurvivor ? onSurvivor(member, path) : path));
  const known = survivor.filledFields ?? filledAsKnown(survivor, paths);
  const fills = fillsFor({ ...survivor, filledFields: known }, [member], onSurvivor);
  return original || fills.length > 0 ? { original, fills } : null;
}

/**
 * The warning on the member's row: the survivor's id and district, and what the
 * member has — the original registration, a date given in full (both dates), the
 * fields the survivor lacks by their column titles (`labelOf`).
 */
export function loadedSurvivorGapFinding(
  gap: LoadedSurvivorGap,
  member: DedupRecord,
  survivor: { id: string; districtCode: string },
  labelOf: (path: string) => string,
): BoundFinding {
  const lacks: string[] = [];
  if (gap.original) lacks.push('là bản đăng ký gốc (bản ghi đã nạp là bản đăng ký lại)');
  for (const fill of gap.fills) {
    const label = labelOf(fill.field).toLocaleLowerCase('vi');
    const value = member.values[fill.sourceField ?? fill.field];
    if (fill.replaces !== undefined && value) lacks.push(`có ${label} đầy đủ ${dateVi(value)} (bản ghi đã nạp chỉ ghi ${dateVi(fill.replaces)})`);
    else lacks.push(`có ${label} (bản ghi đã nạp để trống)`);
  }
  const district = districtLabel(survivor.districtCode) || `huyện mã ${survivor.districtCode}`;
  return {
    code: 'DEDUP_SURVIVOR_LESS_COMPLETE',
    field: gap.fills[0]?.field ?? 'row',
    params: { survivor: survivor.id, district, lacks: lacks.join('; ') },
  };
}
