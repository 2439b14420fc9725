/**
 * A district written by its initials after its unit word ('H. BX', 'huyện YL', expanded from 'H.' or typed): the
 * district's name ('huyện Bình Xuyên'). Only the districts of the province that were huyện (DOMAIN.md §1.2, §1.5)
 * and whose initials name one of them alone: 'TD' (Tam Dương or Tam Đảo typed without its Đ) is left as typed, and
 * so are initials after any other word ('BX, VP': a place's words, a clinic's 'VP' = văn phòng, are no unit).
 */
import { VINH_PHUC_DISTRICTS } from '../../reference/admin-units.js';

/** Former huyện of the province, in no list of 2008-2025 (historical-units.ts). */
const FORMER_DISTRICT_NAMES = ['Vĩnh Lạc', 'Mê Linh'];

function buildInitials(): ReadonlyMap<string, string> {
  const names = [...VINH_PHUC_DISTRICTS.filter((district) => district.unitType === 'huyện').map((district) => district.name), ...FORMER_DISTRICT_NAMES];
  const byInitials = new Map<string, Set<string>>();
  for (const name of names) {
    const words = name.split(' ');
    // With and without the Đ's stroke: 'TĐ' and 'TD' both may be Tam Đảo.
    const initials = words.map((word) => word.charAt(0).toUpperCase()).join('');
    for (const form of new Set([initials, initials.replace(/Đ/gu, 'D')])) byInitials.set(form, (byInitials.get(form) ?? new Set()).add(name));
  }
  return new Map([...byInitials].filter(([, found]) => found.size === 1).map(([initials, found]) => [initials, [...found][0]!]));
}

const NAME_BY_INITIALS = buildInitials();
const UNIT_AND_INITIALS = /(?<!\p{L})([Hh]uyện)\s+([A-ZĐ]{2})(?![\p{L}\p{N}])/gu;

/** The text with each district's initials after 'huyện' written out, and the forms expanded ('BX → Bình Xuyên'). */
export function expandDistrictInitials(text: string): { text: string; expanded: string[] } {
  // Cheap gate: no unit word, nothing to read (a place cell of every row goes through here).
  if (!text.includes('uyện ')) return { text, expanded: [] };
  const expanded: string[] = [];
  const result = text.replace(UNIT_AND_INITIALS, (whole: string, unit: string, initials: string) => {
    const name = NAME_BY_INITIALS.get(initials);
    if (name === undefined) return whole;
    expanded.push(`${initials} → ${name}`);
    return `${unit} ${name}`;
  });
  return { text: result, expanded };
}
