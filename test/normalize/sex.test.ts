import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/catalog/catalog.js';
import { codedFieldCodes } from '../../src/catalog/coded-field-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import type { Finding } from '../../src/normalize/finding.js';
import { normalizeSex, sexFromSplitColumns } from '../../src/normalize/codes/sex.js';

/** Every emitted code is in the catalog, and its message has what its placeholders need. */
function expectCatalogued(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const entry = codedFieldCodes.find((candidate) => candidate.code === finding.code);
    expect(entry, finding.code).toBeDefined();
    for (const [, name] of entry?.messageVi.matchAll(/\{(\w+)\}/g) ?? []) {
      const available = name === 'value' || (name !== undefined && (finding.params?.[name] !== undefined || name in finding));
      expect(available, `${finding.code} {${name}}`).toBe(true);
    }
  }
}

describe('normalizeSex', () => {
  const male: CellValue[] = ['Nam', 'nam', 'NAM', 'Nam.', ' Nam ', 'Trai', 'con trai', 'Con Trai', 'bé trai', 'M', 'm', 'male', 'Male', '1', 1, '01', 'Giới tính: Nam', 'đàn ông', 'trai (sinh đôi)'];
  const female: CellValue[] = ['Nữ', 'nữ', 'NỮ', 'nu', 'Nu', 'Nư', 'Nứ', 'Gái', 'con gái', 'CON GAI', 'bé gái', 'F', 'female', '2', 2, 'GT: Nữ', 'đàn bà', 'phụ nữ', 'Nữ - sinh đôi', 'gái (song sinh)'];

  it.each(male)('reads %j as male without finding', (cell) => {
    expect(normalizeSex(cell)).toEqual({ value: 'male', findings: [] });
  });

  it.each(female)('reads %j as female without finding', (cell) => {
    expect(normalizeSex(cell)).toEqual({ value: 'female', findings: [] });
  });

  it.each([null, '', '   ', '-', '…'] as CellValue[])('treats blank %j as no value and no finding', (cell) => {
    expect(normalizeSex(cell)).toEqual({ value: null, findings: [] });
  });

  // 0 is refused: in "is male" boolean sheets 0 = female, in ISO/IEC 5218 0 = not known.
  // 'N?' is a letter lost to an encoding ('Nữ' through a code page without ữ), not a question.
  const unreadable: CellValue[] = ['Nam/Nữ', 'Nam nữ', 'N', 'N?', '0', 0, 3, '9', 1.5, 'Name', 'con', 'x Nam', 'không Nam', true, new Date(2020, 0, 1)];
  it.each(unreadable)('rejects %j with SEX_UNKNOWN', (cell) => {
    const result = normalizeSex(cell);
    expect(result.value).toBeNull();
    expect(result.findings.map((finding) => finding.code)).toEqual(['SEX_UNKNOWN']);
    expectCatalogued(result.findings);
  });

  // No register requires the sex: a cell that says it is not known is a blank with a warning,
  // not a rejection of the whole entry (a blank cell already loads as null).
  const notKnown: CellValue[] = ['?', '??', '(?)', ' ? ', '？', 'không rõ', 'Không rõ', 'KHÔNG RÕ', 'khong ro', 'chưa rõ', 'Không xác định', 'KXĐ', 'không', 'x', 'X', 'xx', 'Giới tính: không rõ'];
  it.each(notKnown)('leaves %j empty with the warning SEX_NOT_KNOWN', (cell) => {
    const result = normalizeSex(cell);
    expect(result).toEqual({ value: null, findings: [{ code: 'SEX_NOT_KNOWN' }] });
    expectCatalogued(result.findings);
  });

  it('reports a sex not known as a warning, an unreadable one as an error', () => {
    expect(severityOf('SEX_NOT_KNOWN')).toBe('warning');
    expect(severityOf('SEX_UNKNOWN')).toBe('error');
  });
});

describe('normalizeSex: a code a CSV export wrote as a float', () => {
  // pandas, or an export of a number column with blanks, writes 1 as '1.0': the code 1, not the digits 1 and 0.
  it.each([
    ['1.0', 'male'],
    ['2.0', 'female'],
    ['2,00', 'female'],
    [' 1.0 ', 'male'],
  ] as const)('reads %j as %s without finding', (cell, sex) => {
    expect(normalizeSex(cell)).toEqual({ value: sex, findings: [] });
  });

  it.each(['0.0', '1.5', '1.000', '10.0'])('still rejects %j: no code, a thousand or a non-code', (cell) => {
    expect(normalizeSex(cell).findings.map((finding) => finding.code)).toEqual(['SEX_UNKNOWN']);
  });
});

describe("normalizeSex: the child's place among its siblings written beside the sex", () => {
  it.each([
    ['Nam (con thứ 2)', 'male'],
    ['con trai thứ hai', 'male'],
    ['Trai(con thứ 2)', 'male'],
    ['Nam (con đầu lòng)', 'male'],
    ['Gái út', 'female'],
    ['con gái đầu', 'female'],
    // 'năm' is the ordinal here, not a folded Nam
    ['Nữ, con thứ năm', 'female'],
    ['Nu thu nam', 'female'],
  ] as const)('reads %j as %s without finding', (cell, sex) => {
    expect(normalizeSex(cell)).toEqual({ value: sex, findings: [] });
  });

  it.each(['thứ 2', 'út', 'Thứ Năm', 'Nam (con thứ 2)/Nữ'])('leaves %j unreadable: no sex, or both', (cell) => {
    expect(normalizeSex(cell).findings.map((finding) => finding.code)).toEqual(['SEX_UNKNOWN']);
  });
});

describe('sexFromSplitColumns', () => {
  it.each([
    ['x', null, 'male'],
    ['X', '', 'male'],
    ['v', null, 'male'],
    ['1', '', 'male'],
    [1, 0, 'male'],
    [true, false, 'male'],
    ['Nam', '', 'male'],
    ['ü', '', 'male'], // Wingdings check mark stored as a letter
    ['ỹ', '', 'male'], // the same ü in a row read as TCVN3 (ü → ỹ)
    ['', 'ỵ', 'female'], // Wingdings þ (checked box) read as TCVN3
    ['', '₫', 'female'], // Wingdings þ read as CP1258
    [null, 'x', 'female'],
    ['', '✓', 'female'],
    ['-', '✔', 'female'],
    ['0', 'X', 'female'],
    ['', 'Nữ', 'female'],
    ['', 'nu', 'female'],
    ['√', '', 'male'], // Insert › Symbol's square root sign, the usual tick in Vietnamese offices
    ['', '•', 'female'],
    ['☐', '●', 'female'],
    ['—', '■', 'female'],
    ['', '01', 'female'], // a flag column exported with its zero: a tick, not the sex code 1 = Nam
    ['01', '00', 'male'],
    ['*', '', 'male'],
    ['xx', '', 'male'], // the cross typed twice (session 26): a tick, not an unreadable cell rejecting the entry
    [null, 'XX', 'female'],
  ] as [CellValue, CellValue, string][])('reads %j | %j as %s', (maleCell, femaleCell, expected) => {
    expect(sexFromSplitColumns(maleCell, femaleCell)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    [null, null],
    ['', ''],
    ['-', '0'],
    ['không', ''],
    ['☐', '□'],
    ['...', '_'],
  ] as [CellValue, CellValue][])('reads %j | %j as no value and no finding', (maleCell, femaleCell) => {
    expect(sexFromSplitColumns(maleCell, femaleCell)).toEqual({ value: null, findings: [] });
  });

  it.each([
    ['x', 'x'],
    ['✓', 'X'],
    [true, true],
    ['Nam', 'Nữ'],
  ] as [CellValue, CellValue][])('rejects %j | %j with SEX_CONFLICTING_MARKS', (maleCell, femaleCell) => {
    const result = sexFromSplitColumns(maleCell, femaleCell);
    expect(result.value).toBeNull();
    expect(result.findings.map((finding) => finding.code)).toEqual(['SEX_CONFLICTING_MARKS']);
    expectCatalogued(result.findings);
  });

  it.each([
    ['Nữ', null, 'female'],
    ['nữ', '', 'female'],
    ['NỮ', '-', 'female'],
    ['', 'Nam', 'male'],
    [null, 'nam', 'male'],
  ] as [CellValue, CellValue, string][])("reads %j | %j, the sex's word in the other sex's column, as %s with a note", (maleCell, femaleCell, expected) => {
    const result = sexFromSplitColumns(maleCell, femaleCell);
    expect(result.value).toBe(expected);
    expect(result.findings.map((finding) => finding.code)).toEqual(['SEX_WORD_IN_OTHER_COLUMN']);
    expectCatalogued(result.findings);
  });

  it.each([
    ['x', 'Nam'], // the other sex's word beside a tick: the row may be shifted
    ['Nữ', 'x'],
    ['Nữ', 'Nam'],
    ['2', null], // a code is no word
    ['abc', ''],
    [2, null],
    ['?', ''], // a symbol that is no known mark is never read as blank
    ['', '#'],
  ] as [CellValue, CellValue][])('rejects %j | %j with SEX_UNKNOWN', (maleCell, femaleCell) => {
    const result = sexFromSplitColumns(maleCell, femaleCell);
    expect(result.value).toBeNull();
    expect(result.findings.map((finding) => finding.code)).toEqual(['SEX_UNKNOWN']);
    expectCatalogued(result.findings);
  });
});

describe("normalizeSex: a narrow column's initials and a death book's titles", () => {
  it.each([['T', 'male'], ['t', 'male'], ['G', 'female'], ['g', 'female'], ['Ông', 'male'], ['ÔNG', 'male'], ['Cụ ông', 'male'], ['Bà', 'female'], ['BÀ', 'female'], ['cụ bà', 'female']] as [CellValue, string][])(
    'reads %j as %s without finding',
    (cell, sex) => {
      expect(normalizeSex(cell)).toEqual({ value: sex, findings: [] });
    },
  );

  // Without their marks 'Ba' is three and 'ong' a bee; 'Cụ' names no sex; 'T/G' is the template's two answers.
  it.each(['Ba', 'ba', 'ong', 'Bá', 'Cụ', 'T/G', 'TG', 'Ông/Bà'] as CellValue[])('still rejects %j with SEX_UNKNOWN', (cell) => {
    expect(normalizeSex(cell).findings.map((finding) => finding.code)).toEqual(['SEX_UNKNOWN']);
  });
});
