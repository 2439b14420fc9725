/**
 * A parent's name with two neighbouring letters swapped ('Phạm Thị Hao' for Hoa, 'Ngyuễn' for
 * Nguyễn) is one keystroke, though two edits: a slip weighed as a typo in a parent ('close'),
 * not the other mother that makes namesakes. The retyped row of one register entry then merges
 * instead of going to review; two given names two letters apart otherwise stay other people.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { familyLevel } from '../../src/dedup/specs/birth-family.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const toDedup = (record: BirthRecord) => birthDedupSpec.toDedupRecord(record, '249');

/** Tam Hợp 2015 No 3, Lê Thị Thúy, and its row in the book typed again by a second clerk. */
const thuy: BirthRecord = {
  ...birthAn,
  id: 'birth-tam-hop-2015-3',
  registration: { ...birthAn.registration, number: '3', date: '2015-01-08' },
  provenance: { file: '249/ks-tam-hop-2015.xlsx', sheet: 'Sổ', row: 6 },
  child: { ...birthAn.child, ...childName('Lê Thị Thúy'), sex: 'female', birthDate: '2015-01-03', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Phạm Thị Hoa', birthYear: '1992' },
  father: { ...birthAn.father!, fullName: 'Lê Văn Tú', birthYear: '1990' },
};
const retyped = (mother: string, id = 'birth-tam-hop-2015-nhap-lai-3'): BirthRecord => ({
  ...thuy,
  id,
  provenance: { ...thuy.provenance, file: '249/ks-tam-hop-2015-nhap-lai.xlsx' },
  mother: { ...thuy.mother, fullName: mother },
});

describe("a parent's name with two neighbouring letters swapped", () => {
  it("is a typo in the mother, not another mother", () => {
    expect(familyLevel(toDedup(thuy).values, toDedup(retyped('Phạm Thị Hao')).values)).toBe('close');
    expect(familyLevel(toDedup(thuy).values, toDedup(retyped('Pahm Thị Hoa')).values)).toBe('close');
    // Two letters changed, not swapped (Hoa / Hue): another mother.
    expect(familyLevel(toDedup(thuy).values, toDedup(retyped('Phạm Thị Hue')).values)).toBe('one-parent-differs');
  });

  it('is not a swap between two names of other tones (Hoa / Hào, Thoa / Thảo): another mother', () => {
    // A swapped 'hoa' types 'hao'; 'Hào' takes a tone keystroke more and is a name of its own (regression tester 3).
    expect(familyLevel(toDedup(thuy).values, toDedup(retyped('Phạm Thị Hào')).values)).toBe('one-parent-differs');
    const thoa = { ...thuy, mother: { ...thuy.mother, fullName: 'Phạm Thị Thoa' } };
    expect(familyLevel(toDedup(thoa).values, toDedup(retyped('Phạm Thị Thảo')).values)).toBe('one-parent-differs');
    // One tone on both sides, or one side no syllable at all: still a slip.
    const thao = { ...thuy, mother: { ...thuy.mother, fullName: 'Phạm Thị Thảo' } };
    expect(familyLevel(toDedup(thao).values, toDedup(retyped('Phạm Thị Thỏa')).values)).toBe('close');
    const lan = { ...thuy, mother: { ...thuy.mother, fullName: 'Phạm Thị Lan' } };
    expect(familyLevel(toDedup(lan).values, toDedup(retyped('Phạm Thị Lna')).values)).toBe('close');
  });

  it('merges the retyped row of the register entry instead of sending it to review', () => {
    const result = deduplicate([toDedup(thuy), toDedup(retyped('Phạm Thị Hao'))], birthDedupSpec);
    expect(result.review).toEqual([]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([['birth-tam-hop-2015-3', 'birth-tam-hop-2015-nhap-lai-3']]);
  });
});
