import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/emit/manifest.js';

export interface ManifestOnDisk {
  /** 'district/type', relative to the output folder. */
  folder: string;
  manifest: Manifest;
}

/** Every batch manifest of an output folder, read directly (not through src/report), for checking the report against. */
export function batchManifests(out: string): ManifestOnDisk[] {
  const found: ManifestOnDisk[] = [];
  for (const district of readdirSync(out).sort()) {
    if (!/^\d{3}$/.test(district)) continue;
    for (const type of readdirSync(join(out, district)).sort()) {
      const path = join(out, district, type, 'manifest.json');
      if (existsSync(path)) found.push({ folder: `${district}/${type}`, manifest: JSON.parse(readFileSync(path, 'utf8')) as Manifest });
    }
  }
  return found;
}
