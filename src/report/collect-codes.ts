import {
  codeDescriptionVi,
  codeSeverity,
  districtNameVi,
  isWholeFileCode,
} from './labels-vi.js';
import { SEVERITY_VI } from '../catalog/catalog.js';
import type { ReportManifest } from './read-outputs.js';
import type { CodeRow } from './report-data.js';

/** How many problem codes the report lists. */
export const TOP_CODES = 10;

/**
 * The most frequent errors and warnings over all batches (notes are automatic
 * corrections, not problems). A whole-file problem (unreadable file, sheet
 * without a header) is entered in the manifest of every record type of its
 * district (src/run/run-district.ts), so it is counted once per district.
 */
export function topCodes(manifests: readonly ReportManifest[]): CodeRow[] {
  const perDistrict = new Map<string, Map<string, number>>();
  for (const manifest of manifests) {
    const codes = perDistrict.get(manifest.district) ?? new Map<string, number>();
    for (const [code, count] of Object.entries(manifest.problemsByCode)) {
      if (codeSeverity(code) === 'note' || count === 0) continue;
      const earlier = codes.get(code) ?? 0;
      codes.set(code, isWholeFileCode(code) ? Math.max(earlier, count) : earlier + count);
    }
    perDistrict.set(manifest.district, codes);
  }
  const counts = new Map<string, { count: number; districts: Set<string> }>();
  for (const [district, codes] of perDistrict) {
    for (const [code, count] of codes) {
      const entry = counts.get(code) ?? { count: 0, districts: new Set<string>() };
      entry.count += count;
      entry.districts.add(district);
      counts.set(code, entry);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
    .slice(0, TOP_CODES)
    .map(([code, { count, districts }]) => {
      const severity = codeSeverity(code);
      return {
        code,
        severity,
        severityLabel: SEVERITY_VI[severity],
        description: codeDescriptionVi(code),
        count,
        districts: [...districts].sort().map(districtNameVi),
      };
    });
}
