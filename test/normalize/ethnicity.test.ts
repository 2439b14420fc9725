import { describe, expect, it } from 'vitest';
import { codedFieldCodes } from '../../src/catalog/coded-field-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import type { Finding } from '../../src/normalize/finding.js';
import { messageVi } from '../../src/catalog/catalog.js';
import { ethnicityOfNational, foreignNationalEthnicityNote, isForeignerCode, normalizeEthnicity, type EthnicCodeList } from '../../src/normalize/codes/ethnicity.js';

const to2008 = { sourceList: '1979', targetList: '2008' } as const;
const to1979 = { sourceList: '2008', targetList: '1979' } as const;

function expectCatalogued(findings: readonly Finding[], severity: string): void {
  for (const finding of findings) {
    const entry = codedFieldCodes.find((candidate) => candidate.code === finding.code);
    expect(entry?.severity, finding.code).toBe(severity);
    for (const [, name] of entry?.messageVi.matchAll(/\{(\w+)\}/g) ?? []) {
      const available = name === 'value' || (name !== undefined && finding.params?.[name] !== undefined);
      expect(available, `${finding.code} {${name}}`).toBe(true);
    }
  }
}

describe('normalizeEthnicity: names (canonicalisation, no finding)', () => {
  it.each([
    ['Kinh', '01', '01'],
    ['KINH', '01', '01'],
    ['kinh', '01', '01'],
    ['Kinh (Việt)', '01', '01'],
    ['Dân tộc Kinh', '01', '01'],
    ['DT: Kinh', '01', '01'],
    ['D.Tộc Kinh', '01', '01'],
    ['Sán Dìu', '17', '18'],
    ['San Diu', '17', '18'],
    ['sán dìu', '17', '18'],
    ['SÁN DÌU', '17', '18'],
    ['Sán-Dìu', '17', '18'],
    ['dt Sán Dìu', '17', '18'],
    ['Trại Đất', '17', '18'],
    ['Sán Chay', '13', '15'],
    ['Cao Lan', '13', '15'],
    ['cao lan', '13', '15'],
    ['Sán Chay (Cao Lan - Sán Chỉ)', '13', '15'],
    // A name with a local name or alias beside it.
    ['Sán Chay (Cao Lan)', '13', '15'],
    ['Cao Lan (Sán Chay)', '13', '15'],
    ['Sán Dìu (Trại)', '17', '18'], // Trại alone names Dao or Sán Dìu
    ['Sán Dìu/Trại', '17', '18'],
    ['Dao (Mán)', '09', '09'],
    ['Mường (Mol)', '04', '06'],
    ['Nùng (Xuồng)', '07', '07'],
    ['Sán Dìu (Sán Dẻo)', '17', '18'],
    // A group's name then one of its subgroups, no separator; a value typed twice (on two lines of the cell).
    ['Dao Quần Chẹt', '09', '09'],
    ['Dao Thanh Y', '09', '09'],
    ['Sán Dìu Trại', '17', '18'],
    ['Kinh Kinh', '01', '01'],
    ['Kinh\nKinh', '01', '01'],
    ['Mường', '04', '06'],
    ['Muong', '04', '06'],
    ['Hoa', '06', '04'],
    ['Hán', '06', '04'],
    ['Khơ-me', '05', '05'],
    ['Khmer', '05', '05'],
    ['Khơ me', '05', '05'],
    ['Ngái', '43', '11'],
    ["H'Mông", '08', '08'],
    ['HMông', '08', '08'],
    ['Mông', '08', '08'],
    ['Mèo', '08', '08'],
    ['Ê-đê', '11', '12'],
    ['Ê Đê', '11', '12'],
    ['Ede', '11', '12'],
    ['Nùng', '07', '07'],
    ['Dao', '09', '09'],
    ['Mán', '09', '09'],
    ['Tày', '02', '02'],
    ['Người Mường', '04', '06'],
    ['Người nước ngoài', '55', '55'],
    ['Không rõ', '99', '56'],
    ['Không xác định', '99', '56'],
    // The project's own aliases (ethnicity-name-index.ts): the column's commonest values shortened.
    ['K', '01', '01'],
    ['k', '01', '01'],
    ['DT: K', '01', '01'],
    ['SD', '17', '18'],
    ['S.Dìu', '17', '18'],
    ['S. Dìu', '17', '18'],
    ['S.Diu', '17', '18'],
    ['Sán Chí', '13', '15'],
    // A foreign spouse's people: no Vietnamese group bears the name (1979 list: 55 = người nước ngoài).
    ['Hàn', '55', '55'],
    ['Hàn Quốc', '55', '55'],
    ['HÀN QUỐC', '55', '55'],
    ['Nhật Bản', '55', '55'],
    // Marks dropped or a tone on the wrong vowel are slips of the name.
    ['Sán Diu', '17', '18'],
    ['San Dìu', '17', '18'],
    ['Sán Diù', '17', '18'],
    ['Muờng', '04', '06'],
    ['Mương', '04', '06'],
    ['Thaí', '03', '03'],
    ['Tay', '02', '02'],
    // A tone mistyped, the letters and shapes right: a slip too (a clerk's 'Kính' is Kinh).
    ['Kính', '01', '01'],
    ['Kình', '01', '01'],
    ['Sàn Dìu', '17', '18'],
    ['Nũng', '07', '07'],
    ['Dáo', '09', '09'],
  ] as [string, string, string][])('%j → 2008 %s, 1979 %s', (cell, code2008, code1979) => {
    expect(normalizeEthnicity(cell, to2008)).toEqual({ value: code2008, findings: [] });
    expect(normalizeEthnicity(cell, to1979)).toEqual({ value: code1979, findings: [] });
  });
});

describe('normalizeEthnicity: codes are read in sourceList and written in targetList', () => {
  // The codes that differ between the lists (DOMAIN.md §6), both ways.
  it.each([
    ['04', '06', 'Hoa'],
    ['06', '04', 'Mường'],
    ['05', '05', 'Khơ-me / Khmer'],
    ['11', '43', 'Ngái'],
    ['12', '11', 'Ê-đê'],
    ['18', '17', 'Sán Dìu'],
    ['15', '13', 'Sán Chay'],
    ['17', '14', 'Chăm'],
    ['54', '52', 'Rơ-măm'],
    ['53', '54', 'Ơ Đu'],
    ['55', '55', 'foreigner'],
    ['56', '99', 'unknown'],
  ])('1979 %s ↔ 2008 %s (%s)', (code1979, code2008) => {
    expect(normalizeEthnicity(code1979, to2008)).toEqual({ value: code2008, findings: [] });
    expect(normalizeEthnicity(code2008, to1979)).toEqual({ value: code1979, findings: [] });
  });

  it.each([
    ['1', '01'],
    [1, '01'],
    ['01', '01'],
    [18, '17'],
    [' 18 ', '17'],
    ['Dân tộc: 18', '17'],
  ] as [CellValue, string][])('reads %j as 1979 and writes %s', (cell, expected) => {
    expect(normalizeEthnicity(cell, to2008)).toEqual({ value: expected, findings: [] });
  });

  it.each(['1979', '2008'] as EthnicCodeList[])('keeps codes unchanged when both lists are %s', (list) => {
    expect(normalizeEthnicity('17', { sourceList: list, targetList: list }).value).toBe('17');
  });
});

describe("normalizeEthnicity: a clerk's none marker", () => {
  // A father not on record has 'x' or 'không' typed across all his columns: no group to report unknown.
  it.each(['x', 'X', 'xx', 'không', 'Không', 'khong', 'không có'])('%j → null without a finding', (cell) => {
    expect(normalizeEthnicity(cell, to2008)).toEqual({ value: null, findings: [] });
  });

  it("keeps the list's own code for a group not known ('Không rõ' → 99)", () => {
    expect(normalizeEthnicity('Không rõ', to2008)).toEqual({ value: '99', findings: [] });
  });

  it('still reads a group named beside a marker word as unknown text', () => {
    expect(normalizeEthnicity('không Kinh', to2008).findings.map((finding) => finding.code)).toEqual(['ETHNICITY_UNKNOWN']);
  });
});

describe('normalizeEthnicity: a code a CSV export wrote as a float', () => {
  // '18.0' is code 18 of a number column written out as a float, not the code 18 beside a name '0'.
  it.each([
    ['1.0', '01'],
    ['18.0', '17'],
    ['15,00', '13'],
    ['01.0', '01'],
  ])('reads %j as 1979 and writes %s', (cell, expected) => {
    expect(normalizeEthnicity(cell, to2008)).toEqual({ value: expected, findings: [] });
  });

  it.each(['1.5', '1.000'])('leaves %j unread: a decimal or a thousand is no code', (cell) => {
    expect(normalizeEthnicity(cell, to2008)).toEqual({ value: null, findings: [{ code: 'ETHNICITY_UNKNOWN' }] });
  });
});

describe('normalizeEthnicity: code written beside the name', () => {
  it('accepts a code that agrees with the name', () => {
    expect(normalizeEthnicity('18 - Sán Dìu', to2008)).toEqual({ value: '17', findings: [] });
    expect(normalizeEthnicity('Kinh (01)', to2008)).toEqual({ value: '01', findings: [] });
  });

  it('keeps the name and warns when the code designates another group', () => {
    const result = normalizeEthnicity('17 - Sán Dìu', to2008); // 17 is Chăm in the 1979 list
    expect(result.value).toBe('17');
    expect(result.findings.map((finding) => finding.code)).toEqual(['ETHNICITY_CODE_NAME_MISMATCH']);
    expectCatalogued(result.findings, 'warning');
  });

  it('tells the officer the code as written and the list in Vietnamese', () => {
    const [finding] = normalizeEthnicity('Mường 6', { sourceList: '2008', targetList: '2008' }).findings; // 06 is Hoa in 2008
    expect(messageVi(finding!.code, finding!.params)).toBe(
      'Mã 06 ghi kèm không khớp với dân tộc Mường theo danh mục năm 2008 (Quyết định 1019/QĐ-TCTK, Phụ lục E của QCVN 109:2017); đã lấy theo tên dân tộc.',
    );
  });

  it('lets the code settle an ambiguous name', () => {
    expect(normalizeEthnicity('Thổ 02', to2008)).toEqual({ value: '02', findings: [] });
  });
});

describe('normalizeEthnicity: problems', () => {
  it.each([
    ['Thổ', ['Tày (02)', 'Khmer (05)', 'Thổ (21)']],
    ['tho', ['Tày (02)', 'Khmer (05)', 'Thổ (21)']],
    ['Trại', ['Dao (09)', 'Sán Dìu (17)']],
    ['Mọi', ['Mường (04)']],
    // Without marks 'Han' is Hán (Hoa) or Hàn (a Korean).
    ['Han', ['Hoa (06)', 'Người nước ngoài (55)']],
    ['HAN', ['Hoa (06)', 'Người nước ngoài (55)']],
    // A tone slipped is no evidence: 'Hản' is Hán or Hàn.
    ['Hản', ['Hoa (06)', 'Người nước ngoài (55)']],
  ] as [string, string[]][])('%j is ambiguous → null + candidates', (cell, candidates) => {
    const result = normalizeEthnicity(cell, to2008);
    expect(result.value).toBeNull();
    expect(result.findings).toEqual([{ code: 'ETHNICITY_AMBIGUOUS', params: { candidates: candidates.join(', ') } }]);
    expectCatalogued(result.findings, 'warning');
  });

  it.each([
    'Kihn', 'Việt Nam', 'xyz', 'Dân tộc', '中国', true, new Date(2001, 1, 1),
    // A mark typed is kept: another mark is another word, never the group it folds to.
    'Tây', // not Tày: 'Tây' (a Westerner) or a slip for Tày, the officer decides
    'TÂY',
    'Tầy', // another shape (â) than Tày's a
    // Two groups, or a group and an unknown word, typed without a separator: no one group.
    'Kinh Mường', 'Tày Nùng', 'Kinh abc',
  ] as CellValue[])('%j is unknown → null + ETHNICITY_UNKNOWN', (cell) => {
    const result = normalizeEthnicity(cell, to2008);
    expect(result.value).toBeNull();
    expect(result.findings.map((finding) => finding.code)).toEqual(['ETHNICITY_UNKNOWN']);
    expectCatalogued(result.findings, 'warning');
  });

  it.each([
    ['99', to2008], // 99 = unknown only in the 2008-order app lists
    ['56', to1979], // 56 = unknown only in the 1979-order form
    ['0', to2008],
    [57, to2008],
    [1.5, to2008],
  ] as [CellValue, { sourceList: EthnicCodeList; targetList: EthnicCodeList }][])('code %j outside the source list → ETHNICITY_CODE_UNKNOWN', (cell, options) => {
    const result = normalizeEthnicity(cell, options);
    expect(result.value).toBeNull();
    expect(result.findings).toEqual([{ code: 'ETHNICITY_CODE_UNKNOWN', params: { list: options.sourceList === '1979' ? 'năm 1979 (Quyết định 121-TCTK/PPCĐ)' : 'năm 2008 (Quyết định 1019/QĐ-TCTK, Phụ lục E của QCVN 109:2017)' } }]);
    expectCatalogued(result.findings, 'warning');
  });

  it('two parts naming different groups are ambiguous between them', () => {
    const result = normalizeEthnicity('Kinh (Hoa)', to2008);
    expect(result).toEqual({ value: null, findings: [{ code: 'ETHNICITY_AMBIGUOUS', params: { candidates: 'Kinh (01), Hoa (06)' } }] });
    expectCatalogued(result.findings, 'warning');
  });

  it.each([null, '', '  ', '-'] as CellValue[])('blank %j → null without finding', (cell) => {
    expect(normalizeEthnicity(cell, to2008)).toEqual({ value: null, findings: [] });
  });
});

describe("ethnicityOfNational: a foreign national's people is not one of Vietnam's groups", () => {
  const read = (text: string, list: EthnicCodeList): string | null => normalizeEthnicity(text, { sourceList: list, targetList: list }).value;

  it.each(['2008', '1979'] as EthnicCodeList[])("'Hán' or 'Hoa' typed for a Chinese or Taiwanese national is 55, the foreigners' code (list %s)", (list) => {
    for (const text of ['Hán', 'Hoa', 'Người Hoa']) {
      expect(ethnicityOfNational(read(text, list), 'CN', list)).toBe('55');
      expect(ethnicityOfNational(read(text, list), 'TW', list)).toBe('55');
    }
    expect(ethnicityOfNational(read('Hàn', list), 'KR', list)).toBe('55');
  });

  it('keeps Hoa for a Vietnamese citizen, and for a person whose nationality is not read', () => {
    expect(ethnicityOfNational(read('Hoa', '2008'), 'VN', '2008')).toBe('06');
    expect(ethnicityOfNational(read('Hán', '1979'), 'VN', '1979')).toBe('04');
    expect(ethnicityOfNational(read('Hoa', '2008'), null, '2008')).toBe('06');
  });

  it.each(['2008', '1979'] as EthnicCodeList[])(
    "gives 55 to any of the 54 groups typed for a foreign national: 'Lào' + Laos, 'Thái' + Thailand, 'Khmer' + Cambodia, 'Kinh' filled down beside a Korean (list %s)",
    (list) => {
      expect(ethnicityOfNational(read('Lào', list), 'LA', list)).toBe('55');
      expect(ethnicityOfNational(read('Thái', list), 'TH', list)).toBe('55');
      expect(ethnicityOfNational(read('Khmer', list), 'KH', list)).toBe('55');
      expect(ethnicityOfNational(read('Kinh', list), 'KR', list)).toBe('55');
      expect(ethnicityOfNational(read('Mường', list), 'US', list)).toBe('55');
    },
  );

  it("keeps those groups for a Vietnamese citizen, and 55, 'không rõ' and a blank as they are", () => {
    expect(ethnicityOfNational(read('Lào', '2008'), 'VN', '2008')).toBe('35');
    expect(ethnicityOfNational(read('Lào', '1979'), null, '1979')).toBe('37');
    expect(ethnicityOfNational(read('Khmer', '2008'), 'VN', '2008')).toBe('05');
    expect(ethnicityOfNational('55', 'CN', '2008')).toBe('55');
    expect(ethnicityOfNational('99', 'CN', '2008')).toBe('99');
    expect(ethnicityOfNational('56', 'CN', '1979')).toBe('56');
    expect(ethnicityOfNational(null, 'CN', '2008')).toBeNull();
  });

  it('notes the change with the group as read (a catalogued note)', () => {
    const note = foreignNationalEthnicityNote('35', '55', '2008');
    expect(note).toEqual({ code: 'ETHNICITY_FOREIGN_NATIONAL', from: '35', to: '55', params: { name: 'Lào', code: '35', foreignCode: '55' } });
    expectCatalogued([note], 'note');
    expect(messageVi(note.code, note.params)).toBe(
      'Dân tộc Lào (mã 35) là dân tộc của công dân Việt Nam, nhưng người này có quốc tịch nước ngoài; đã ghi mã 55 (người nước ngoài).',
    );
  });

  it('tells the foreigners\' code 55 in either list', () => {
    expect(isForeignerCode('55', '2008')).toBe(true);
    expect(isForeignerCode('55', '1979')).toBe(true);
    expect(isForeignerCode('35', '2008')).toBe(false);
    expect(isForeignerCode(null, '2008')).toBe(false);
  });
});

describe("a foreign spouse's country or people typed in the ethnicity column", () => {
  it.each(['2008', '1979'] as EthnicCodeList[])('reads the countries of Vĩnh Phúc\'s foreign spouses, with or without "người", as 55 (list %s)', (list) => {
    const texts = ['Trung Quốc', 'Người Trung Quốc', 'người Trung Quốc', 'Đài Loan', 'Người Đài Loan', 'Hàn Quốc', 'Người Hàn Quốc', 'Nhật Bản', 'Thái Lan', 'Campuchia', 'Mỹ', 'Hoa Kỳ', 'Pháp', 'Úc', 'TRUNG QUỐC', 'Trung Quoc', 'Dai Loan'];
    for (const text of texts) expect(normalizeEthnicity(text, { sourceList: list, targetList: list }), text).toEqual({ value: '55', findings: [] });
  });

  it("leaves 'Lào', 'Thái', 'Khmer' and 'Hoa' alone Vietnamese groups: only the nationality decides", () => {
    expect(normalizeEthnicity('Lào', to2008).value).toBe('35');
    expect(normalizeEthnicity('Người Lào', to2008).value).toBe('35');
    expect(normalizeEthnicity('Thái', to2008).value).toBe('03');
    expect(normalizeEthnicity('Khmer', to2008).value).toBe('05');
    expect(normalizeEthnicity('Hoa', to2008).value).toBe('06');
    expect(normalizeEthnicity('Tây', to2008).findings).toEqual([{ code: 'ETHNICITY_UNKNOWN' }]);
  });
});
