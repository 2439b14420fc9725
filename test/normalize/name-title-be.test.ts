/**
 * 'Cháu Bé Văn Tý': the child of a Bế family typed with the title 'Cháu' and Bế's tone slipped to Bé.
 * Before this, 'Cháu bé' came off as one title and left 'Văn Tý' (the family name Văn) without a word;
 * no name starts with Văn or Thị after a title, so Bé stays the family name and is flagged, as 'Bé Thị Lan'.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const read = (text: string) => {
  const result = normalizeName(text, { toneStyle: 'as-written' });
  return { fullName: result.value?.fullName, codes: result.findings.map((finding) => finding.code) };
};

describe("'Cháu Bé' before Văn or Thị", () => {
  it.each([
    ['Cháu Bé Văn Tý', 'Bé Văn Tý'],
    ['Cháu bé Thị Na', 'Bé Thị Na'],
  ])('%s keeps Bé as the family name, warned of (NAME_SPELLING_DOUBTFUL)', (typed, fullName) => {
    expect(read(typed)).toEqual({ fullName, codes: ['NAME_HONORIFIC_REMOVED', 'NAME_SPELLING_DOUBTFUL'] });
  });

  it("takes 'Cháu bé' off a whole name led by a family name", () => {
    expect(read('Cháu bé Nguyễn Văn Tý')).toEqual({ fullName: 'Nguyễn Văn Tý', codes: ['NAME_HONORIFIC_REMOVED'] });
  });
});
