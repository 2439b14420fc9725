/**
 * Names of higher-level units that old registers use but the GSO lists of 2017-2025 do not hold
 * (DOMAIN.md §1.5). They only narrow or cross-check a commune match, so each maps to every
 * present-day district whose communes it ever covered — lenient on purpose: the boundaries of the
 * 2003 Tam Đảo re-creation are UNVERIFIED, and a register of 1990 legitimately says "huyện Vĩnh Lạc".
 */
import { VINH_PHUC_DISTRICTS } from '../../reference/admin-units.js';
import { foldName } from './fold.js';
import type { RegistrationPeriod } from './registration-period.js';

/** Provinces a Vĩnh Phúc register names: Vĩnh Phúc, Vĩnh Phú (1968-1996), the new Phú Thọ (2025-07-01). */
export const PROVINCE_ALIASES: ReadonlySet<string> = new Set(['vinh phuc', 'vinh phu', 'phu tho']);

/**
 * Provinces that no longer exist, as a parent's birth place or an old residence names them:
 * Vĩnh Phú (1968-1996, DOMAIN.md §1.5), Hà Tây (until 2008, into Hà Nội) and the merged
 * provinces of 1975-1997 (general knowledge, not from the reference files). Used only to read
 * 'T.' before such a name as Tỉnh (abbreviations.ts); never matched against codes.
 */
export const FORMER_PROVINCES: readonly string[] = [
  'Vĩnh Phú', 'Hà Tây', 'Hà Sơn Bình', 'Hà Nam Ninh', 'Hà Bắc', 'Bắc Thái', 'Hải Hưng', 'Hoàng Liên Sơn', 'Hà Tuyên',
  'Cao Lạng', 'Nghệ Tĩnh', 'Bình Trị Thiên', 'Quảng Nam - Đà Nẵng', 'Nghĩa Bình', 'Phú Khánh', 'Thuận Hải',
  'Gia Lai - Kon Tum', 'Sông Bé', 'Cửu Long', 'Minh Hải',
];

const VINH_LAC = ['251', '252'];
const ME_LINH = ['249', '250', '244', '248'];
const LAP_THACH = ['246', '253', '248'];
const TAM_DUONG = ['247', '248', '243'];
const BINH_XUYEN = ['249', '248'];
const OLD_TAM_DAO = ['248', '246', '247', '253', '243'];

const HISTORICAL_DISTRICTS: Record<string, readonly string[]> = {
  // 05/07/1977 (QĐ 178-CP) Vĩnh Tường + Yên Lạc → huyện Vĩnh Lạc, split back 07/10/1995.
  'vinh lac': VINH_LAC,
  // 1977 Bình Xuyên + Yên Lãng → huyện Mê Linh; Mê Linh (250) left for Hà Nội 01/08/2008. General
  // knowledge, not in DOMAIN.md: thị xã Phúc Yên was inside Mê Linh until its re-creation in 2003 (Phúc
  // Yên's communes — Nam Viêm, Ngọc Thanh, Xuân Hòa… — wrote 'huyện Mê Linh'), and Tam Đảo (248) took
  // Minh Quang from Bình Xuyên, hence from Mê Linh, when re-created the same year.
  'me linh': ME_LINH,
  // Sông Lô (253) was part of Lập Thạch until Decree 09/NĐ-CP (effective 18/01/2009);
  // Tam Đảo (248) re-created 2003 from parts of Lập Thạch, Tam Dương, Bình Xuyên.
  'lap thach': LAP_THACH,
  // General knowledge, not in DOMAIN.md: Vĩnh Yên's xã Thanh Trù came from Tam Dương.
  'tam duong': TAM_DUONG,
  'binh xuyen': BINH_XUYEN,
  // The old huyện Tam Đảo of 1977-1979 = Lập Thạch + Tam Dương.
  'tam dao': OLD_TAM_DAO,
};

/** Districts (2008-2025 codes) one district of the time held together, from `from` (null: as far back as registers go) until `until` (null: until 2009). */
interface HeldTogether {
  districts: readonly string[];
  from: string | null;
  until: string | null;
}

/**
 * When the communes of today's districts lay in one district (DOMAIN.md §1.5): before 18/01/2009
 * a book of one district may lawfully hold a commune listed today in another of the same group.
 * Where DOMAIN.md gives no date, the group is not narrowed: Mê Linh before 1977 (where Phúc Yên's
 * communes lay then is not given), Tam Dương's and Bình Xuyên's parts of the 2003 Tam Đảo.
 */
const HELD_TOGETHER: readonly HeldTogether[] = [
  { districts: VINH_LAC, from: '1977-07-05', until: '1995-10-07' },
  { districts: ME_LINH, from: null, until: '2008-08-01' },
  { districts: OLD_TAM_DAO, from: '1977-07-05', until: '1979-02-26' },
  { districts: LAP_THACH, from: null, until: '2009-01-18' },
  { districts: TAM_DUONG, from: null, until: null },
  { districts: BINH_XUYEN, from: null, until: null },
];

/**
 * Exclusive end of a group's accepted span: the first day of the second year after `until`, as
 * unit-validity.ts accepts an old name — a book opened before a split runs to the year's end.
 */
function acceptedUntil(until: string | null): string {
  return until === null ? '9999-12-31' : `${Number(until.slice(0, 4)) + 2}-01-01`;
}

/** Every date on which the answer of couldShareDistrict changes (registration-period.ts keys its memo on them). */
export const HELD_TOGETHER_BOUNDARIES: readonly string[] = HELD_TOGETHER.flatMap((group) => [
  ...(group.from === null ? [] : [group.from]),
  ...(group.until === null ? [] : [acceptedUntil(group.until)]),
]);

/**
 * True when a commune listed today in `communeDistrict` could, on some day of the period, have lain in
 * the district of the time that `sourceDistrict` (a book's district) continues. For registrations
 * before 18/01/2009; lenient where DOMAIN.md is (see HELD_TOGETHER).
 */
export function couldShareDistrict(communeDistrict: string, sourceDistrict: string, period: RegistrationPeriod): boolean {
  if (communeDistrict === sourceDistrict) return true;
  return HELD_TOGETHER.some(
    (group) =>
      (group.from ?? '0000-01-01') <= period.end &&
      acceptedUntil(group.until) > period.start &&
      group.districts.includes(communeDistrict) &&
      group.districts.includes(sourceDistrict),
  );
}

function buildDistrictAliases(): ReadonlyMap<string, readonly string[]> {
  const aliases = new Map<string, readonly string[]>();
  for (const district of VINH_PHUC_DISTRICTS) {
    for (const period of district.names) aliases.set(foldName(period.name), [district.code]);
  }
  for (const [name, codes] of Object.entries(HISTORICAL_DISTRICTS)) aliases.set(name, codes);
  return aliases;
}

/** Folded district name → the district codes (2008-2025 structure) it may denote. */
export const DISTRICT_ALIASES: ReadonlyMap<string, readonly string[]> = buildDistrictAliases();

/** Folded name (present or former) of a 2008-2025 district → its code. */
export const DISTRICT_CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  VINH_PHUC_DISTRICTS.flatMap((d) => d.names.map((period) => [foldName(period.name), d.code] as const)),
);

/**
 * District initials as clerks write them after 'H.' ('H. YL' Yên Lạc, 'H.BX' Bình Xuyên, 'TX PY'
 * Phúc Yên): the first letters of each name of two words or more → every district it may be
 * ('td': Tam Đảo and Tam Dương). Initials that are themselves a name are left out.
 */
export const DISTRICT_INITIALS: ReadonlyMap<string, readonly string[]> = buildDistrictInitials();

function buildDistrictInitials(): ReadonlyMap<string, readonly string[]> {
  const initials = new Map<string, string[]>();
  for (const [name, codes] of DISTRICT_ALIASES) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const key = words.map((word) => word.charAt(0)).join('');
    if (DISTRICT_ALIASES.has(key)) continue;
    initials.set(key, [...new Set([...(initials.get(key) ?? []), ...codes])]);
  }
  return initials;
}

