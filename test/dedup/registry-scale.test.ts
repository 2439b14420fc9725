import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegistryInput } from '../../src/dedup/registry/registry-store.js';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';

const COUNT = 50_000;

// Record i has a key of its own and a key shared with its pair (i xor 1), so
// a lookup with record i's keys must find exactly records i and i xor 1.
function* district(districtCode: string, count: number): Generator<RegistryInput> {
  for (let i = 0; i < count; i += 1) {
    yield {
      id: `birth-${districtCode}-${String(i).padStart(6, '0')}`,
      type: 'birth',
      districtCode,
      values: { givenName: `g${i}`, birthDate: '2015-03-02', motherName: null },
      blockingKeys: keysOf(i),
      registrationDate: '2015-03-10',
      reRegistration: false,
      completeness: 10,
      survivorId: null,
    };
  }
}
const keysOf = (i: number): string[] => [`own:${i}`, `pair:${i >> 1}`];

describe('sqlite registry at scale', () => {
  it('inserts 50k records and answers 50k lookups, one by one and in one batch', () => {
    const registry = openSqliteRegistry(join(mkdtempSync(join(tmpdir(), 'hotich-registry-')), 'registry.sqlite'));
    try {
      expect(registry.replaceDistrict('birth', '249', district('249', COUNT), { runId: 'r1', loadedAt: 't1' })).toEqual({ removed: 0, inserted: COUNT, repaired: [] });

      let found = 0;
      let wrongPartner = 0;
      for (let i = 0; i < COUNT; i += 1) {
        const candidates = registry.findCandidates('birth', [...keysOf(i), `missing:${i}`], { excludeDistrict: '251' });
        found += candidates.length;
        if (candidates[(i & 1) === 0 ? 1 : 0]?.id !== `birth-249-${String(i ^ 1).padStart(6, '0')}`) wrongPartner += 1;
      }
      expect(found).toBe(2 * COUNT);
      expect(wrongPartner).toBe(0);

      const allKeys = Array.from({ length: COUNT }, (_, i) => keysOf(i)).flat();
      expect(registry.findCandidates('birth', allKeys, { excludeDistrict: '251' })).toHaveLength(COUNT);
      expect(registry.findCandidates('birth', allKeys, { excludeDistrict: '249' })).toHaveLength(0);

      // A re-run of the whole district replaces it rather than adding to it.
      expect(registry.replaceDistrict('birth', '249', district('249', COUNT), { runId: 'r2', loadedAt: 't2' })).toEqual({ removed: COUNT, inserted: COUNT, repaired: [] });
      expect(registry.countByDistrict('birth')).toEqual({ '249': COUNT });
    } finally {
      registry.close();
    }
  });
});
