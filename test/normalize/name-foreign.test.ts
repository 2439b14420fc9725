/**
 * The name of a foreign national (normalizeName's `foreign`, foreign-name.ts): kept as typed,
 * split only by a surname typed in capitals, no warning about its shape.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName, type PersonName } from '../../src/normalize/name/normalize-name.js';

const foreign = { toneStyle: 'as-written', foreign: true } as const;
const name = (fullName: string, familyName: string, givenName: string): PersonName => ({ fullName, familyName, middleName: '', givenName });

describe('a foreign national’s name', () => {
  it.each<[string, PersonName]>([
    // the surname typed in capitals, as a passport writes it, at either end
    ['John Michael SMITH', name('John Michael SMITH', 'SMITH', 'John Michael')],
    ['SMITH John Michael', name('SMITH John Michael', 'SMITH', 'John Michael')],
    ['KIM Min-jun', name('KIM Min-jun', 'KIM', 'Min-jun')],
    ["Patrick O'BRIEN", name("Patrick O'BRIEN", "O'BRIEN", 'Patrick')],
    ['Maria DE LA CRUZ', name('Maria DE LA CRUZ', 'DE LA CRUZ', 'Maria')],
    // no such mark: the whole name, not split, letter case as typed
    ["Patrick O'Brien", name("Patrick O'Brien", '', "Patrick O'Brien")],
    ['Jean-Pierre Dubois', name('Jean-Pierre Dubois', '', 'Jean-Pierre Dubois')],
    ['Hans Müller', name('Hans Müller', '', 'Hans Müller')],
    ['Ronald McDonald', name('Ronald McDonald', '', 'Ronald McDonald')],
    ['Kim Min-jun', name('Kim Min-jun', '', 'Kim Min-jun')],
    ['Chen Jian Hong', name('Chen Jian Hong', '', 'Chen Jian Hong')],
    ['Madonna', name('Madonna', '', 'Madonna')],
    ['John F. Kennedy', name('John F. Kennedy', '', 'John F. Kennedy')],
    ['John SMITH Michael', name('John SMITH Michael', '', 'John SMITH Michael')], // capitals in the middle mark nothing
    // all in capitals or all in lower case tells nothing: capitalised part by part
    ['LEE JAE HOON', name('Lee Jae Hoon', '', 'Lee Jae Hoon')],
    ["patrick o'brien", name("Patrick O'Brien", '', "Patrick O'Brien")],
    ['hans müller', name('Hans Müller', '', 'Hans Müller')],
  ])('%s', (cell, value) => {
    expect(normalizeName(cell, foreign)).toEqual({ value, findings: [] });
    // Normalizing the result again changes nothing.
    expect(normalizeName(value.fullName, foreign).value).toEqual(value);
  });

  it('raises none of the Vietnamese name warnings', () => {
    for (const cell of ['Huang Wei', 'Nguyen Van Binh', 'Wang', 'Maria José García López Fernández', 'J. R. Smith', 'Tran Lee']) {
      expect(normalizeName(cell, foreign).findings).toEqual([]);
    }
  });

  it('is cleaned as any name cell: remarks, titles, punctuation, impossible characters', () => {
    expect(normalizeName('John SMITH (Hoa Kỳ)', foreign)).toEqual({
      value: name('John SMITH', 'SMITH', 'John'),
      findings: [{ code: 'NAME_REMARK_REMOVED', from: 'John SMITH (Hoa Kỳ)', to: 'John SMITH', params: { remark: 'Hoa Kỳ' } }],
    });
    // The country after a dash or a comma is the nationality, not a second person's name.
    expect(normalizeName('John SMITH - Hoa Kỳ', foreign)).toEqual({
      value: name('John SMITH', 'SMITH', 'John'),
      findings: [{ code: 'NAME_REMARK_REMOVED', from: 'John SMITH - Hoa Kỳ', to: 'John SMITH', params: { remark: 'Hoa Kỳ' } }],
    });
    expect(normalizeName('Zhang Wei, Trung Quốc', foreign).value).toEqual(name('Zhang Wei', '', 'Zhang Wei'));
    expect(normalizeName('Nguyễn Văn An, Hà Lan', { toneStyle: 'as-written' }).findings.map((finding) => finding.code)).toEqual(['NAME_INVALID_CHARACTERS']);
    expect(normalizeName('Ông: John Smith.', foreign).value?.fullName).toBe('John Smith');
    expect(normalizeName('Bà: Maria Garcia', foreign).value?.fullName).toBe('Maria Garcia');
    expect(normalizeName('John Smith 2', foreign).findings).toEqual([{ code: 'NAME_INVALID_CHARACTERS', params: { characters: '2' } }]);
    expect(normalizeName('Không rõ', foreign)).toEqual({ value: null, findings: [{ code: 'NAME_NONE_MARKER', from: 'Không rõ', to: '' }] });
  });

  it('keeps a capital inside a word ("DeLa"), which a Vietnamese name would not have', () => {
    expect(normalizeName('Juan DeLa Cruz', foreign).value?.fullName).toBe('Juan DeLa Cruz');
  });

  it('reads a name typed as Vietnamese the Vietnamese way', () => {
    expect(normalizeName('NGUYỄN VĂN AN', foreign)).toEqual({ value: { fullName: 'Nguyễn Văn An', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' }, findings: [] });
    expect(normalizeName('Trương Vĩ', foreign).value).toEqual({ fullName: 'Trương Vĩ', familyName: 'Trương', middleName: '', givenName: 'Vĩ' });
  });

  it('changes nothing for a person who is no foreign national', () => {
    expect(normalizeName('John Michael SMITH', { toneStyle: 'as-written' }).value).toEqual({
      fullName: 'John Michael Smith',
      familyName: 'John',
      middleName: 'Michael',
      givenName: 'Smith',
    });
  });
});
