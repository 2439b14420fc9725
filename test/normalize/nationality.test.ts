import { describe, expect, it } from 'vitest';
import { codedFieldCodes } from '../../src/catalog/coded-field-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import type { Finding } from '../../src/normalize/finding.js';
import { normalizeNationality } from '../../src/normalize/codes/nationality.js';

function expectCatalogued(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const entry = codedFieldCodes.find((candidate) => candidate.code === finding.code);
    expect(entry?.severity, finding.code).toBe('warning');
    for (const [, name] of entry?.messageVi.matchAll(/\{(\w+)\}/g) ?? []) {
      const available = name === 'value' || (name !== undefined && finding.params?.[name] !== undefined);
      expect(available, `${finding.code} {${name}}`).toBe(true);
    }
  }
}

describe('normalizeNationality: Vietnam', () => {
  it.each([
    'Việt Nam', 'Viet Nam', 'VIỆT NAM', 'VIET NAM', 'Việt nam', 'viet nam', 'Vietnam', 'VietNam', 'Vietnamese',
    'VN', 'vn', 'V.N.', 'VNM', 'Việt', 'Quốc tịch: Việt Nam', 'QT: VN', 'Nước CHXHCN Việt Nam',
    'Cộng hòa xã hội chủ nghĩa Việt Nam', 'CHXHCNVN', 'Việt Nam.', 'Việt-Nam',
    'CHXHCN Việt Nam', 'CH XHCN Việt Nam',
    // Vietnam's name until 1976 (Việt Nam Dân chủ Cộng hòa), in books and of people of that time: the same state.
    'Việt Nam Dân chủ Cộng hòa', 'Việt Nam Dân chủ Cộng hoà', 'VIỆT NAM DÂN CHỦ CỘNG HÒA', 'Viet Nam Dan chu Cong hoa', 'Nước Việt Nam Dân chủ Cộng hòa',
    'Việt Nam DCCH', 'VN DCCH', 'VNDCCH', 'VN-DCCH', 'V.N.D.C.C.H', 'Quốc tịch: VNDCCH',
    // The first word cut to its initial, as clerks shorten it.
    'V.Nam', 'VNam', 'V. Nam', 'V.nam', 'V Nam', 'VNAM', 'Viet nam', 'Quốc tịch: V.Nam',
  ])('%j → VN', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: 'VN', findings: [] });
  });

  it.each([
    ['T.Quốc', 'CN'],
    ['H.Quốc', 'KR'],
    ['N.Bản', 'JP'],
    ['T.Lan', 'TH'],
  ])('a shortened two-word name %j → %s', (cell, code) => {
    expect(normalizeNationality(cell)).toEqual({ value: code, findings: [] });
  });

  it.each(['A.Độ', 'Nhàn', 'V.'])('no shortened name: %j stays unknown', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: null, findings: [{ code: 'NATIONALITY_UNKNOWN' }] });
  });
});

describe('normalizeNationality: other countries', () => {
  it.each([
    ['Trung Quốc', 'CN'],
    ['TRUNG QUOC', 'CN'],
    ['Cộng hòa Nhân dân Trung Hoa', 'CN'],
    ['China', 'CN'],
    ['CHN', 'CN'],
    ['Đài Loan', 'TW'],
    ['Dai Loan', 'TW'],
    ['Đài Loan (Trung Quốc)', 'TW'],
    ['Trung Quốc (Đài Loan)', 'TW'],
    ['Taiwan', 'TW'],
    ['Hàn Quốc', 'KR'],
    ['Han Quoc', 'KR'],
    ['Đại Hàn', 'KR'],
    ['Korea', 'KR'],
    ['KOR', 'KR'],
    ['Triều Tiên', 'KP'],
    ['Nhật Bản', 'JP'],
    ['Nhật', 'JP'],
    ['Japan', 'JP'],
    ['Lào', 'LA'],
    ['CHDCND Lào', 'LA'],
    ['CHDC ND Lào', 'LA'],
    ['TQ', 'CN'], // the usual abbreviation of Trung Quốc
    ['Việt Nam (VN)', 'VN'], // the code in brackets after the name
    ['VN (Việt Nam)', 'VN'],
    ['CH XHCN Việt Nam', 'VN'],
    ['Campuchia', 'KH'],
    ['Cam-pu-chia', 'KH'],
    ['Thái Lan', 'TH'],
    ['Hoa Kỳ', 'US'],
    ['Mỹ', 'US'],
    ['My', 'US'], // Mỹ typed without diacritics
    ['MY', 'MY'], // an upper-case ISO code wins: Malaysia
    ['USA', 'US'],
    ['Pháp', 'FR'],
    ['Nga', 'RU'],
    ['NGA', 'RU'], // not Nigeria's alpha-3: Nigeria is deliberately not in the table
    ['Liên bang Nga', 'RU'],
    ['Úc', 'AU'],
    ['Ô-xtrây-li-a', 'AU'],
    ['Australia', 'AU'],
    ['Đức', 'DE'],
    ['CHLB Đức', 'DE'],
    ['Vương quốc Anh', 'GB'],
    ['Ca-na-đa', 'CA'],
    ['Canada', 'CA'],
    ['Cộng hòa Séc', 'CZ'],
    ['Ba Lan', 'PL'],
    ['Thụy Điển', 'SE'],
    ['Thuỵ Điển', 'SE'], // new-style tone placement
    ['Áo', 'AT'],
    // The Ministry of Foreign Affairs transliterations and their common variants.
    ['Xin-ga-po', 'SG'],
    ['Xinh-ga-po', 'SG'],
    ['Ai-len', 'IE'],
    ['Ai Len', 'IE'],
    ['Ireland', 'IE'],
    // A territory with China in brackets or beside it is the territory, not two nationalities.
    ['Đài Loan (TQ)', 'TW'],
    ['Đài Loan - Trung Quốc', 'TW'],
    ['TQ (Đài Loan)', 'TW'],
    ['Hồng Kông (TQ)', 'HK'],
    ['Ma Cao, Trung Quốc', 'MO'],
    // i for a syllable's final y after its consonant, as school textbooks spell (Mĩ, Hoa Kì, Thụy Sĩ / Sỹ).
    ['Mĩ', 'US'],
    ['Hoa Kì', 'US'],
    ['HOA KÌ', 'US'],
    ['Hoa Ki', 'US'],
    ['Thụy Sỹ', 'CH'],
    ['Thuỵ Sỹ', 'CH'],
    ['Ý', 'IT'], // a syllable 'y' alone keeps its y
    ['Anh Quốc', 'GB'],
    ['Kampuchia', 'KH'], // the 1975–1989 name, Kampuchea in Vietnamese spelling
  ])('%j → %s', (cell, expected) => {
    expect(normalizeNationality(cell)).toEqual({ value: expected, findings: [] });
  });
});

describe('normalizeNationality: one country typed twice', () => {
  it.each([
    ['Việt Nam Việt Nam', 'VN'], // a value pasted over itself
    ['Việt Nam\nViệt Nam', 'VN'], // on two lines of one cell
    ['VN\nVN', 'VN'],
    ['Hàn Quốc Hàn Quốc', 'KR'],
  ])('%j → %s without a finding', (cell, code) => {
    expect(normalizeNationality(cell)).toEqual({ value: code, findings: [] });
  });
});

describe("normalizeNationality: a clerk's none marker", () => {
  // A father not on record has 'x' or 'không' typed across all his columns: no country to report unknown.
  it.each(['x', 'X', 'xxx', 'không', 'Không có', 'không rõ', 'chưa rõ', 'N/A'])('%j → null without a finding', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: null, findings: [] });
  });

  it("keeps the stateless wording: 'Không quốc tịch' is no marker", () => {
    expect(normalizeNationality('Không quốc tịch').findings.map((finding) => finding.code)).toEqual(['NATIONALITY_STATELESS']);
  });
});

describe('normalizeNationality: problems', () => {
  it.each([
    'Kinh', 'xyz', 'Sao Hỏa', 'ZZ', 704, true, new Date(2000, 0, 1), '中国',
    'Việt Kiều', // an overseas Vietnamese: no nationality
    'Vệt', // a slip is read only for the whole name
    'Vệt Nam Lào',
    'Việt Nam Việt', 'Nam Nam', // no country typed twice
  ] as CellValue[])('%j → null + NATIONALITY_UNKNOWN', (cell) => {
    const result = normalizeNationality(cell);
    expect(result).toEqual({ value: null, findings: [{ code: 'NATIONALITY_UNKNOWN' }] });
  });

  it.each([
    ['Việt Nam, Hàn Quốc', 'VN, KR'],
    ['Việt Nam - Trung Quốc', 'VN, CN'],
    ['Việt Nam và Lào', 'VN, LA'],
    ['VN/KR', 'VN, KR'],
    ['Việt Nam\nHàn Quốc', 'VN, KR'], // on two lines of one cell
  ])('%j → null + NATIONALITY_MULTIPLE', (cell, candidates) => {
    const result = normalizeNationality(cell);
    expect(result).toEqual({ value: null, findings: [{ code: 'NATIONALITY_MULTIPLE', params: { candidates } }] });
    expectCatalogued(result.findings);
  });

  it.each(['Việt Nam, Đài Loan', 'Hàn Quốc (TQ)'])('%j names two countries, not a territory of China', (cell) => {
    expect(normalizeNationality(cell).findings.map((f) => f.code)).toEqual(['NATIONALITY_MULTIPLE']);
  });

  it('accepts the same country written twice', () => {
    expect(normalizeNationality('Việt Nam / VN')).toEqual({ value: 'VN', findings: [] });
  });

  it.each([
    ['Liên Xô', 'SUHH'],
    ['Tiệp Khắc', 'CSHH'],
    ['CHDC Đức', 'DDDE'],
  ])('%j is a former state → null + NATIONALITY_FORMER_STATE', (cell, iso) => {
    const result = normalizeNationality(cell);
    expect(result.value).toBeNull();
    expect(result.findings).toEqual([{ code: 'NATIONALITY_FORMER_STATE', params: { state: expect.any(String), iso } }]);
    expectCatalogued(result.findings);
  });

  it.each(['Không quốc tịch', 'không có quốc tịch'])('%j → null + NATIONALITY_STATELESS', (cell) => {
    const result = normalizeNationality(cell);
    expect(result).toEqual({ value: null, findings: [{ code: 'NATIONALITY_STATELESS' }] });
    expectCatalogued(result.findings);
  });

  it.each([null, '', ' ', '-'] as CellValue[])('blank %j → null without finding', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: null, findings: [] });
  });
});

/**
 * 'Hán' (the Han, Hoa's alias) typed in the nationality column of a Chinese spouse was read as Korea,
 * whose short name 'Hàn' it folds to, with no word. A people's name a tone apart from a country's
 * is not that country; which country (China, Taiwan) is not certain, so it is warned of.
 */
describe("normalizeNationality: a people's name a tone apart from a country's", () => {
  it.each(['Hán', 'HÁN', 'người Hán'])('%j → null + NATIONALITY_UNKNOWN, not Korea', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: null, findings: [{ code: 'NATIONALITY_UNKNOWN' }] });
  });

  it.each([
    ['Hàn', 'KR'],
    ['Hàn Quốc', 'KR'],
    ['Thái', 'TH'], // no marked Thai name it could be another word of
    ['Lào', 'LA'],
    ['Trung Quốc', 'CN'],
  ])('%j is still %s', (cell, code) => {
    expect(normalizeNationality(cell)).toEqual({ value: code, findings: [] });
  });
});

/**
 * 'Han' typed without any mark is 'Hàn' (Korea) or 'Hán' (the Han people, a Chinese spouse's): read as Korea, the
 * one country the letters name, with a warning. 'Đê' (the end of Ê Đê, with Vietnamese letters) is no code DE.
 */
describe('normalizeNationality: unmarked or marked letters a code or a people may share', () => {
  it.each(['Han', 'HAN', 'han'])('%j → KR with NATIONALITY_UNMARKED_DOUBTFUL', (cell) => {
    const result = normalizeNationality(cell);
    expect(result).toEqual({ value: 'KR', findings: [{ code: 'NATIONALITY_UNMARKED_DOUBTFUL', params: { country: 'Hàn Quốc' } }] });
    expectCatalogued(result.findings);
  });

  it.each(['Han Quoc', 'Hàn', 'HÀN'])('%j is Korea without doubt', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: 'KR', findings: [] });
  });

  it.each(['Đê', 'ĐÊ', 'Ấn', 'Bờ'])('%j (Vietnamese letters) → null + NATIONALITY_UNKNOWN, never a code', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: null, findings: [{ code: 'NATIONALITY_UNKNOWN' }] });
  });

  it.each([['DE', 'DE'], ['de', 'DE'], ['Đức', 'DE'], ['vn', 'VN'], ['V.N.', 'VN'], ['Úc', 'AU'], ['Mỹ', 'US']])('%j is still %s', (cell, code) => {
    expect(normalizeNationality(cell)).toEqual({ value: code, findings: [] });
  });
});

describe('normalizeNationality: a one-letter slip of Việt Nam', () => {
  it.each(['Vệt Nam', 'Việt Nan', 'Viêt Namm', 'VIỆT NAN', 'Vit Nam'])('%j → VN with a note', (cell) => {
    const result = normalizeNationality(cell);
    expect(result).toEqual({ value: 'VN', findings: [{ code: 'NATIONALITY_SPELLING_CORRECTED', from: cell, to: 'Việt Nam', params: { name: 'Việt Nam' } }] });
    const entry = codedFieldCodes.find((candidate) => candidate.code === 'NATIONALITY_SPELLING_CORRECTED');
    expect(entry?.severity).toBe('note');
    expect(entry?.messageVi).toContain('{name}');
  });

  it.each(['Việt Nam', 'Viet Nam', 'VN'])('%j needs no correction', (cell) => {
    expect(normalizeNationality(cell)).toEqual({ value: 'VN', findings: [] });
  });
});
