/**
 * Two deaths in one commune's book under two numbers, names alike once typed without marks, each
 * with its own valid 12-digit ID: two people (DOMAIN.md §2), review at most — as births have it.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

function death(id: string, number: string, fullName: string, personalId: string | null): DeathRecord {
  return {
    ...deathThinh,
    id,
    registration: { ...deathThinh.registration, number },
    provenance: { ...deathThinh.provenance, row: 3 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), personalId },
  };
}

describe('deaths with two different valid personal IDs in one commune', () => {
  it('are not merged on names alike (Thịnh / Thinh typed without marks): review', () => {
    const result = run([death('death-1', '1', 'Nguyễn Văn Thịnh', '026035000401'), death('death-2', '2', 'Nguyen Van Thinh', '026035000417')]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toMatchObject([{ explanation: { vetoes: expect.arrayContaining([{ code: 'other-personal-id', action: 'review' }]) } }]);
  });

  it('still merge when only one gives an ID', () => {
    const result = run([death('death-1', '1', 'Nguyễn Văn Thịnh', '026035000401'), death('death-2', '2', 'Nguyen Van Thinh', null)]);
    expect(result.review.some((pair) => pair.explanation.vetoes.some((veto) => veto.code === 'other-personal-id'))).toBe(false);
  });
});
