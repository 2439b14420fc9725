import { describe, expect, it } from 'vitest';
import { messageVi, severityOf } from '../../src/catalog/catalog.js';
import { codedFieldCodes } from '../../src/catalog/coded-field-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import type { Finding } from '../../src/normalize/finding.js';
import { describePersonalId, normalizePersonalId, type PersonalIdContext, type PersonalIdSource } from '../../src/normalize/codes/personal-id.js';

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

const codes = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.code);
const man1990: PersonalIdContext = { sex: 'male', birthYear: 1990 };

describe('normalizePersonalId: clean 12-digit IDs and separators', () => {
  it.each([
    ['026090001234', man1990, '026090001234'],
    ['026 090 001 234', man1990, '026090001234'],
    ['026.090.001.234', man1990, '026090001234'],
    ['026-090-001234', man1990, '026090001234'],
    ["'026090001234", man1990, '026090001234'], // Excel text-marker apostrophe
    ['CCCD: 026090001234', man1990, '026090001234'],
    ['Số CCCD 026 090 001 234', man1990, '026090001234'],
    ['０２６０９０００１２３４', man1990, '026090001234'], // full-width digits
    ['026190001234', { sex: 'female', birthYear: 1990 }, '026190001234'],
    ['079201001234', { sex: 'male', birthYear: 2001 }, '079201001234'],
    ['001200001234', { sex: 'male', birthYear: 2000 }, '001200001234'], // 2000s male = 2
    ['026305001234', { sex: 'female', birthYear: 2005 }, '026305001234'], // 2000s female = 3
    ['026199001234', { sex: 'female', birthYear: 1999 }, '026199001234'], // 1999 female = 1
    ['026090001234', {}, '026090001234'], // unknown sex and year: checks skipped
    ['026090001234', { sex: null, birthYear: null }, '026090001234'],
  ] as [string, PersonalIdContext, string][])('%j %j → %s', (cell, context, expected) => {
    expect(normalizePersonalId(cell, context)).toEqual({ value: expected, findings: [] });
  });
});

const csvText: PersonalIdSource = { textMayLackZeros: true };

describe('normalizePersonalId: lost leading zeros', () => {
  it.each([
    [26090001234, '026090001234', {}], // a number cell: Excel dropped the zero
    ['26090001234', '026090001234', csvText], // a CSV exported from Excel: the number was written out without it
    ['2.6090001234E+10', '026090001234', {}], // scientific notation with every digit: a number's text, wherever it is
    ['2,6090001234E+10', '026090001234', {}], // Vietnamese decimal comma
    ['26090001234.0', '026090001234', {}], // float written out by a CSV export
    // A number cell formatted with grouping and decimals, written out as shown (US, then Vietnamese locale).
    ['26,090,001,234.00', '026090001234', {}],
    ['26.090.001.234,00', '026090001234', {}],
    ['2.6090001234E+010', '026090001234', {}], // a three-digit exponent
    [1090001234, '001090001234', {}], // Hà Nội 001: two zeros lost
    ['1090001234', '001090001234', csvText],
  ] as [CellValue, string, PersonalIdSource][])('%j → %s with ID_LEADING_ZERO_RESTORED', (cell, expected, source) => {
    const result = normalizePersonalId(cell, man1990, source);
    expect(result.value).toBe(expected);
    expect(result.findings).toEqual([{ code: 'ID_LEADING_ZERO_RESTORED', from: expected.replace(/^0+/, ''), to: expected }]);
    expectCatalogued(result.findings);
  });

  it('restores the zero of an 8-digit CMND stored as a number or exported to CSV, and notes it is a CMND', () => {
    for (const [cell, source] of [[12345678, {}], ['12345678', csvText]] as [CellValue, PersonalIdSource][]) {
      const result = normalizePersonalId(cell, {}, source);
      expect(result.value).toBe('012345678');
      expect(codes(result.findings)).toEqual(['ID_LEADING_ZERO_RESTORED', 'ID_LEGACY_CMND']);
      expect(result.findings[0]).toMatchObject({ from: '12345678', to: '012345678' });
    }
  });

  // A workbook's text cell usually keeps what was typed, but a column of IDs stored as numbers and turned into
  // Text afterwards holds the numbers' digits. Padding '1351234567' (a CMND typed with a digit too many) gives
  // Hà Nội's '001351234567', whose 4th digit says a girl born in the 2000s and digits 5–6 the year 2051.
  it.each([
    ['1351234567', man1990, 'a CMND with an extra digit: a woman of the 2000s'],
    ['1351234567', { sex: 'female' }, '… born in 2051'],
    ['1351234567', {}, '… born in 2051, whoever it registers'],
    ['1312345678', { sex: 'female', birthYear: 1965 }, '… born in 2012'],
    ['26191001203', man1990, 'a woman\'s ID in a man\'s cell'],
    ['26090001234', { sex: 'male', birthYear: 1991 }, 'year digits 90 for a man born in 1991'],
    ['99090001234', man1990, 'restored prefix 099 is no province'],
    ['CMND số 13512345 cấp ngày 12/5/2005', man1990, 'among issuing details'],
  ] as [string, PersonalIdContext, string][])('a workbook text cell %j %j (%s) of a 2017 entry is not padded: ID_MALFORMED', (cell, context) => {
    expect(normalizePersonalId(cell, context, { registrationYear: 2017 })).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits: expect.any(Number) } }] });
    expect(normalizePersonalId(cell, context, { textMayLackZeros: false, registrationYear: 2017 })).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits: expect.any(Number) } }] });
  });

  it('is padded in a workbook text cell when the restored ID fits the person (a column turned into Text)', () => {
    for (const [cell, context, expected] of [
      ['26217001202', { sex: 'male', birthYear: 2017 }, '026217001202'], // the child of a 2017 birth book
      ['26191001203', { sex: 'female', birthYear: 1991 }, '026191001203'], // his mother
      ['1090001234', man1990, '001090001234'], // Hà Nội: two zeros
      ['26090001234', { sex: 'male' }, '026090001234'], // the birth year unknown: the 4th digit fits
    ] as [string, PersonalIdContext, string][]) {
      const result = normalizePersonalId(cell, context, { registrationYear: 2017 });
      expect(result).toEqual({ value: expected, findings: [{ code: 'ID_LEADING_ZERO_RESTORED', from: cell, to: expected }] });
    }
  });

  it('is not padded in a workbook text cell into an ID of a birth after the registration', () => {
    // A woman whose birth year the book leaves blank: '1312345678' would be a girl born in 2012.
    expect(normalizePersonalId('1312345678', { sex: 'female' }, { registrationYear: 2010 }).value).toBeNull();
    expect(normalizePersonalId('1312345678', { sex: 'female' }, { registrationYear: 2015 }).value).toBe('001312345678');
    // A CSV field keeps today's reading: padded, then checked against the register.
    expect(codes(normalizePersonalId('1351234567', man1990, csvText).findings)).toEqual(['ID_LEADING_ZERO_RESTORED', 'ID_SEX_CENTURY_MISMATCH', 'ID_BIRTH_YEAR_MISMATCH']);
  });

  it('pads an 8-digit text into a 9-digit CMND (police codes 01 … 09 start with a zero), with the note', () => {
    const result = normalizePersonalId('35123404', { sex: 'male', birthYear: 1989 });
    expect(result.value).toBe('035123404');
    expect(codes(result.findings)).toEqual(['ID_LEADING_ZERO_RESTORED', 'ID_LEGACY_CMND']);
  });

  it('still checks the restored ID against the register', () => {
    const result = normalizePersonalId(26190001234, man1990);
    expect(result.value).toBe('026190001234');
    expect(codes(result.findings)).toEqual(['ID_LEADING_ZERO_RESTORED', 'ID_SEX_CENTURY_MISMATCH']);
  });

  it.each([
    ['99090001234', 'restored prefix 099 is no province'],
    ['02609000123', 'already starts with 0: a digit was lost elsewhere'],
    [9090001234, '009 is no province'],
    ['01234567', 'already starts with 0'],
    // A Vĩnh Phúc ID short of a digit besides its zero: padded, its 4th digit (6, 8) would be a birth in the 2200s
    // or 2300s. Before, it was padded and rejected for its 4th and year digits, the short number never said.
    ['2621901234', 'padded 002621901234: 4th digit 6'],
    [2621901234, 'a number: padded 002621901234'],
    ['2831500123', 'padded 002831500123: 4th digit 8'],
  ] as [CellValue, string][])('refuses %j (%s) with ID_MALFORMED', (cell) => {
    expect(normalizePersonalId(cell, {}, csvText)).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits: expect.any(Number) } }] });
  });

  it('refuses scientific notation that lost digits', () => {
    const result = normalizePersonalId('2.609E+10', {});
    expect(result).toEqual({ value: null, findings: [{ code: 'ID_DIGITS_LOST' }] });
    expect(normalizePersonalId('2.609E+010', {})).toEqual({ value: null, findings: [{ code: 'ID_DIGITS_LOST' }] });
    // The same number after Excel saved it again: only the digits it showed are left.
    for (const rounded of [26216000000, '26216000000', 26190000000, 261900000000]) {
      expect(normalizePersonalId(rounded, {})).toEqual({ value: null, findings: [{ code: 'ID_DIGITS_LOST' }] });
    }
    // A CSV field may show a rounded number through a '000000000000' format, its zero put back.
    expect(normalizePersonalId('026216100000', {}, csvText)).toEqual({ value: null, findings: [{ code: 'ID_DIGITS_LOST' }] });
    // A workbook's text cell that kept its leading zero went through no number: one real ID in 100,000.
    expect(normalizePersonalId('026085100000', { sex: 'male', birthYear: 1985 })).toEqual({ value: '026085100000', findings: [] });
    expect(normalizePersonalId(' 026085100000', { sex: 'male', birthYear: 1985 }).value).toBe('026085100000');
    // Four zeros, or a CMND, are digits like any others.
    expect(normalizePersonalId(26216010000, {}).value).toBe('026216010000');
    expect(normalizePersonalId(135100000, {}).value).toBe('135100000');
    expectCatalogued(result.findings);
  });

  it('says of a lost ID what the cell shows: scientific notation, or five zeros at the end as a rounded number has', () => {
    // A CSV's ID that lost only its leading zero and ends in 00000: no exponent in sight.
    const message = messageVi('ID_DIGITS_LOST', { value: '26219100000' });
    expect(message).toBe('Số định danh "26219100000" bị Excel hiển thị dạng số mũ, hoặc kết thúc bằng 00000 như một số đã bị Excel làm tròn: các chữ số cuối có thể đã mất, không nạp số này. Cần đối chiếu với sổ gốc.');
    expect(messageVi('ID_PARENT_DIGITS_LOST', { value: '26219100000', person: 'mẹ' })).toContain('kết thúc bằng 00000 như một số đã bị Excel làm tròn');
  });
});

describe('normalizePersonalId: checks against the register (never corrected)', () => {
  it.each([
    ['026090001234', { sex: 'female' }, ['ID_SEX_CENTURY_MISMATCH'], 1],
    ['026190001234', { sex: 'male' }, ['ID_SEX_CENTURY_MISMATCH'], 0],
    ['026300001234', { sex: 'male' }, ['ID_SEX_CENTURY_MISMATCH'], 2], // century taken from the ID
    ['026000001234', { sex: 'male', birthYear: 2000 }, ['ID_SEX_CENTURY_MISMATCH'], 2], // born 2000 needs 2/3
    ['026300001234', { sex: 'female', birthYear: 1900 }, ['ID_SEX_CENTURY_MISMATCH'], 1],
    ['026399001234', { birthYear: 1999 }, ['ID_SEX_CENTURY_MISMATCH'], 1], // 1999/2000 boundary, sex from the ID
    ['026200001234', { birthYear: 1900 }, ['ID_SEX_CENTURY_MISMATCH'], 0],
    ['026100001234', { sex: 'female', birthYear: 2100 }, ['ID_SEX_CENTURY_MISMATCH'], 5], // 2100s female = 5
    ['026099001234', { sex: 'male', birthYear: 1899 }, ['ID_SEX_CENTURY_MISMATCH'], 'không có'], // no digit for the 1800s
  ] as [string, PersonalIdContext, string[], number | string][])('%j %j → error, expected digit %s', (cell, context, expectedCodes, expected) => {
    const result = normalizePersonalId(cell, context);
    expect(result.value).toBe(cell);
    expect(codes(result.findings)).toEqual(expectedCodes);
    expect(result.findings[0]?.params).toMatchObject({ digit: Number(cell[3]), expected });
    expectCatalogued(result.findings);
  });

  it('says what the register records beside the digit', () => {
    const [finding] = normalizePersonalId('026090001234', { sex: 'female', birthYear: 1990 }).findings;
    expect(messageVi(finding!.code, finding!.params)).toBe(
      'Chữ số thứ 4 của số định danh là 0, không khớp với người nữ, sinh năm 1990 ghi trong sổ (chữ số đúng: 1).',
    );
    expect(normalizePersonalId('026300001234', { sex: 'male' }).findings[0]?.params).toMatchObject({ recorded: 'nam' });
  });

  it('reports a birth-year mismatch of digits 5–6', () => {
    const result = normalizePersonalId('026091001234', man1990);
    expect(result.value).toBe('026091001234');
    expect(result.findings).toEqual([{ code: 'ID_BIRTH_YEAR_MISMATCH', params: { idYearDigits: '91', birthYear: 1990 } }]);
    expectCatalogued(result.findings);
  });

  it('reports century and year together when both disagree', () => {
    const result = normalizePersonalId('026090001234', { sex: 'male', birthYear: 2005 });
    expect(codes(result.findings)).toEqual(['ID_SEX_CENTURY_MISMATCH', 'ID_BIRTH_YEAR_MISMATCH']);
  });

  it('warns on an unknown province code but keeps the ID', () => {
    const result = normalizePersonalId('099090001234', man1990);
    expect(result).toEqual({ value: '099090001234', findings: [{ code: 'ID_PROVINCE_UNKNOWN', params: { provinceCode: '099' } }] });
    expectCatalogued(result.findings);
  });

  it('ignores a birth year that is not a four-digit integer', () => {
    expect(normalizePersonalId('026090001234', { birthYear: 90 }).findings).toEqual([]);
    expect(normalizePersonalId('026090001234', { birthYear: Number.NaN }).findings).toEqual([]);
  });
});

describe('normalizePersonalId: CMND, blanks, malformed', () => {
  it.each([
    ['02631600012', 11],
    ['0263160001234', 13],
    ['O26190012365', 11], // a letter O typed for the zero
    ['026 316 000 12', 11],
    [12345678901234, 14],
  ] as [CellValue, number][])("%j → ID_MALFORMED saying the cell's %d digits (session 23, theme 5)", (cell, digits) => {
    const result = normalizePersonalId(cell, {}, { registrationYear: 2016 });
    expect(result).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits } }] });
    expect(messageVi('ID_MALFORMED', { value: String(cell), ...result.findings[0]!.params })).toBe(
      `Số định danh/CMND "${String(cell)}" không đúng định dạng: ô có ${digits} chữ số, cần 12 số (hoặc 9 số nếu là CMND).`,
    );
  });

  // A date typed in the ID column, stored by Excel as a date cell: the message quotes it as shown ('12/05/2021'),
  // so it counts the 8 digits shown, not none (session 27, theme 5: 'ô có 0 chữ số' beside "12/05/2021").
  it('a date cell → ID_MALFORMED counting the 8 digits it shows', () => {
    const result = normalizePersonalId(new Date(Date.UTC(2021, 4, 12)), {}, { registrationYear: 2021 });
    expect(result).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits: 8 } }] });
  });

  it.each(['123456789', '123 456 789', 123456789, '135.123.456'] as CellValue[])('keeps 9-digit CMND %j with ID_LEGACY_CMND', (cell) => {
    const result = normalizePersonalId(cell, man1990);
    expect(result.value).toMatch(/^\d{9}$/);
    expect(result.findings).toEqual([{ code: 'ID_LEGACY_CMND', from: result.value, to: result.value }]);
    expectCatalogued(result.findings);
  });

  // The paper lost or never made, said in words (death books of huyện Sông Lô, 2016): no number typed wrong.
  it.each(['Mất CMND', 'Đã mất', 'bị mất CMND', 'Chưa làm CCCD', 'Không có giấy tờ', 'Chưa có căn cước công dân'] as CellValue[])(
    '%j: the paper lost or never made → null without finding',
    (cell) => {
      expect(normalizePersonalId(cell, {})).toEqual({ value: null, findings: [] });
    },
  );

  it('a number beside such words is read as before', () => {
    expect(normalizePersonalId('Mất CMND 135123456', {}).value).toBe('135123456');
  });

  it.each([null, '', '  ', '-', 'không có', 'Chưa cấp', 'x', '0', 0, '000000000000'] as CellValue[])('blank %j → null without finding', (cell) => {
    expect(normalizePersonalId(cell, man1990)).toEqual({ value: null, findings: [] });
  });

  // Words and no digit at all (death books of session 26's corpus): no number typed wrong, so the entry is not rejected.
  it.each(['Đã thu hồi', 'Đã thu hồi CMND', 'Đã cấp CCCD', 'Đã nộp lại CMND', 'abc', 'Số: abc'] as CellValue[])('%j → null + ID_NO_NUMBER (a warning)', (cell) => {
    const result = normalizePersonalId(cell, man1990);
    expect(result).toEqual({ value: null, findings: [{ code: 'ID_NO_NUMBER' }] });
    expectCatalogued(result.findings);
  });

  it.each(['Không nhớ', 'KXĐ', 'Không xác định', 'K có', 'ko có', 'Chưa làm', 'Chưa được cấp', 'Chưa đủ tuổi', 'Sơ sinh', 'Trẻ em'] as CellValue[])(
    '%j: none or not known, in words → null without finding',
    (cell) => {
      expect(normalizePersonalId(cell, man1990)).toEqual({ value: null, findings: [] });
    },
  );

  it.each(['02609000123A', '0260900012345', '1234567', '1234567890123456', '135123456 / 135123457', '135123456 135123457', '026090001234 026090005678', '026 090 001 234 5', 'CMND 135123456 cấp 2005 (cũ: 135000111)', 'Số: 12/5/2005', 1.5, -26090001234, Number.NaN, Number.POSITIVE_INFINITY, 1e20, true, new Date(1990, 0, 1)] as CellValue[])(
    '%j → null + ID_MALFORMED',
    (cell) => {
      const result = normalizePersonalId(cell, man1990);
      expect(result).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits: expect.any(Number) } }] });
      expectCatalogued(result.findings);
    },
  );
});

describe('normalizePersonalId: the number among issuing details', () => {
  it.each([
    ['CMND số 135123456 do CA Vĩnh Phúc cấp ngày 12/5/2005', '135123456', ['ID_DETAILS_REMOVED', 'ID_LEGACY_CMND']],
    ['CMND: 135123456, cấp ngày 12/05/2005', '135123456', ['ID_DETAILS_REMOVED', 'ID_LEGACY_CMND']],
    ['135123456 - CA Vĩnh Phúc', '135123456', ['ID_DETAILS_REMOVED', 'ID_LEGACY_CMND']],
    ['số 135123456 12/5/2005', '135123456', ['ID_DETAILS_REMOVED', 'ID_LEGACY_CMND']],
    ['CMND 135 123 456 cấp 2005', '135123456', ['ID_DETAILS_REMOVED', 'ID_LEGACY_CMND']],
    ['CCCD số 026090001234 cấp ngày 10/10/2021', '026090001234', ['ID_DETAILS_REMOVED']],
    // The 12-digit personal ID is preferred over a CMND written beside it.
    ['CMND 135123456; CCCD 026090001234', '026090001234', ['ID_DETAILS_REMOVED']],
    ['026090001234 / 123456789', '026090001234', ['ID_DETAILS_REMOVED']],
    // The old and the new paper with only a space, a line break or a comma between them, no labels.
    ['135123456 026090001234', '026090001234', ['ID_DETAILS_REMOVED']],
    ['135123456\n026090001234', '026090001234', ['ID_DETAILS_REMOVED']],
    ['026090001234, 135123456', '026090001234', ['ID_DETAILS_REMOVED']],
    // One number pasted twice.
    ['026090001234 026090001234', '026090001234', ['ID_DETAILS_REMOVED']],
    ['135123456\n135123456', '135123456', ['ID_DETAILS_REMOVED', 'ID_LEGACY_CMND']],
    // The number is still checked against the register.
    ['CCCD 026190001234 cấp 2021', '026190001234', ['ID_DETAILS_REMOVED', 'ID_SEX_CENTURY_MISMATCH']],
  ] as [string, string, string[]][])('%j → %s', (cell, expected, codes) => {
    const result = normalizePersonalId(cell, man1990);
    expect(result.value).toBe(expected);
    expect(result.findings.map((finding) => finding.code)).toEqual(codes);
    expect(result.findings[0]).toMatchObject({ from: cell, to: expected });
    expectCatalogued(result.findings);
  });
});

describe('normalizePersonalId: a passport is no personal ID, and no reason to reject', () => {
  it.each(['Hộ chiếu E12345678', 'HC số B1234567', 'Passport G123456789', 'Hộ chiếu E123456789', 'E12345678', 'b1234567'] as CellValue[])(
    '%j → null + ID_PASSPORT (a warning)',
    (cell) => {
      const result = normalizePersonalId(cell, man1990);
      expect(result).toEqual({ value: null, findings: [{ code: 'ID_PASSPORT' }] });
      expectCatalogued(result.findings);
      expect(severityOf('ID_PASSPORT')).toBe('warning');
    },
  );

  it('an identity card beside the passport is the number kept', () => {
    expect(normalizePersonalId('CMND 135123456; Hộ chiếu B1234567', man1990).value).toBe('135123456');
  });
});

describe('describePersonalId', () => {
  it('splits a 12-digit ID', () => {
    expect(describePersonalId('026305001234')).toEqual({ provinceCode: '026', centurySexDigit: 3, birthYearTwoDigits: 5 });
  });

  it.each(['123456789', '26090001234', '02609000123A', ''])('returns null for %j', (id) => {
    expect(describePersonalId(id)).toBeNull();
  });
});

describe("normalizePersonalId: a foreign national's paper is no CMND", () => {
  const foreignMan: PersonalIdContext = { sex: 'male', birthYear: 1985, foreign: true };
  // A Chinese passport, a Korean one, two Taiwanese (9 digits: a CMND's shape), a Japanese one, one typed as a number.
  it.each(['G12345678', 'M23456789', '300123456', '312345678', 'TK1234567', 'Hộ chiếu số 300123456', 300123456, '12 3456789'] as CellValue[])(
    '%j of a foreign national → null + ID_PASSPORT, never ID_LEGACY_CMND',
    (cell) => {
      expect(normalizePersonalId(cell, foreignMan)).toEqual({ value: null, findings: [{ code: 'ID_PASSPORT' }] });
    },
  );

  it('still reads a 12-digit personal ID, checked as any other, and nothing in a blank cell', () => {
    expect(normalizePersonalId('026085001234', foreignMan)).toEqual({ value: '026085001234', findings: [] });
    expect(codes(normalizePersonalId('026185001234', foreignMan).findings)).toEqual(['ID_SEX_CENTURY_MISMATCH']);
    expect(normalizePersonalId('không có', foreignMan)).toEqual({ value: null, findings: [] });
    expect(normalizePersonalId('2.6085E+10', foreignMan)).toEqual({ value: null, findings: [{ code: 'ID_DIGITS_LOST' }] });
  });

  it('keeps 9 digits of a Vietnamese (or of a person whose nationality is not read) as a CMND', () => {
    expect(codes(normalizePersonalId('300123456', man1990).findings)).toEqual(['ID_LEGACY_CMND']);
    expect(codes(normalizePersonalId('300123456', { ...man1990, foreign: false }).findings)).toEqual(['ID_LEGACY_CMND']);
  });
});
