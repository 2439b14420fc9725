/**
 * Names of higher-level units that old registers use but the GSO lists of 2017-2025 do not hold
 * (DOMAIN.md §1.5). They only narrow or cross-check a commune match, so each maps to every
 * present-day district whose communes it ever covered — lenient on purpose: the boundaries of the
 * 2003 Tam Đảo re-creation are UNVERIFIED, and a register of 1990 legitimately says "huyện Vĩnh Lạc".
 */
import { VINH_PHUC_DISTRICTS } from '../../reference/admin-units.js';
import { foldName } from './fold.js';

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

const HISTORICAL_DISTRICTS: Record<string, readonly string[]> = {
  // 05/07/1977 (QĐ 178-CP) Vĩnh Tường + Yên Lạc → huyện Vĩnh Lạc, split back 07/10/1995.
  'vinh lac': ['251', '252'],
  // 1977 Bình Xuyên + Yên Lãng → huyện Mê Linh; Mê Linh (250) left for Hà Nội 01/08/2008.
  'me linh': ['249', '250'],
  // Sông Lô (253) was part of Lập Thạch until Decree 09/NĐ-CP (effective 18/01/2009);
  // Tam Đảo (248) re-created 2003 from parts of Lập Thạch, Tam Dương, Bình Xuyên.
  'lap thach': ['246', '253', '248'],
  'tam duong': ['247', '248'],
  'binh xuyen': ['249', '248'],
  // The old huyện Tam Đảo of 1977-1979 = Lập Thạch + Tam Dương.
  'tam dao': ['248', '246', '247', '253'],
};

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
