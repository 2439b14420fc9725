import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { dittoMark } from '../../src/run/ditto-mark.js';

describe('the ditto mark a cell holds (dittoMark)', () => {
  it('is the cell itself for a Unicode mark', () => {
    for (const mark of ['"', '""', '〃', '”', "''", 'nt', 'NT', 'n.t', 'N.T.', '- nt -', '-nt-', 'như trên', 'Như trên.', 'NHƯ TRÊN', '- như trên -', 'nhu tren', '//', '-//-', '- // -']) {
      expect(dittoMark(mark), mark).toBe(mark);
    }
  });

  it("is 'như trên' as the font shows it for a mark typed in TCVN3 or VNI, whatever the cell's font says", () => {
    expect(dittoMark('nh\u00ad trªn')).toBe('như trên');
    expect(dittoMark(encodeTcvn3('Như trên.'))).toBe('Như trên.');
    expect(dittoMark(encodeTcvn3('NHƯ TRÊN'))).toBe('NHƯ TRÊN');
    // .VnTimeH: lower-case codes the font draws as capitals.
    expect(dittoMark(encodeTcvn3Capitals('NHƯ TRÊN'))?.toUpperCase()).toBe('NHƯ TRÊN');
    expect(dittoMark('nhö treân')).toBe('như trên');
    expect(dittoMark(encodeVni('- Như trên. -'))).toBe('- Như trên. -');
    expect(dittoMark(encodeVni('NHƯ TRÊN'))).toBe('NHƯ TRÊN');
  });

  it('reads the code-page mix-ups and decomposed text the readers meet', () => {
    // Windows-1258 seen as Windows-1252, UTF-8 seen as Windows-1252, Unicode decomposed (NFD).
    expect(dittoMark('nhý trên')).toBe('như trên');
    expect(dittoMark('nhÆ° trÃªn')).toBe('như trên');
    expect(dittoMark('Như trên'.normalize('NFD'))).toBe('Như trên');
  });

  it('is null for the values of an entry, in Unicode or legacy text', () => {
    const values = ['Nam', 'Nữ', 'Nguyễn Văn Hùng', 'Nhữ Trần', 'Nhà trên', 'Như Trang', 'Kinh', '05/03/2001', '1975', 'n', 'N', 'Thôn Tam Lộng', '', ' ', '-', 'x', '/', '/ /', '  /  /', '///', '1/2'];
    for (const value of values) {
      expect(dittoMark(value), value).toBeNull();
      expect(dittoMark(encodeTcvn3(value)), `TCVN3 ${value}`).toBeNull();
      expect(dittoMark(encodeVni(value)), `VNI ${value}`).toBeNull();
    }
  });

  it('never throws, and what it returns is a mark read as itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const mark = dittoMark(text);
        if (mark !== null) expect(dittoMark(mark)).toBe(mark);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('như trên', 'Như trên.', 'NHƯ TRÊN', 'nt', '"'), fc.constantFrom('', ' ', '- ', '-'), (mark, around) => {
        const typed = `${around}${mark}${[...around].reverse().join('')}`;
        for (const stored of [typed, encodeTcvn3(typed), encodeVni(typed), typed.normalize('NFD')]) expect(dittoMark(stored)).toBe(typed);
      }),
    );
  });
});
