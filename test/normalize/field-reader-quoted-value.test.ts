/**
 * What a finding quotes of its cell (BoundFinding.value, the {value} of the Vietnamese
 * messages, errors.xlsx's 'Giá trị gốc'): the cell's text after the text cleaner — a
 * .VnTime or VNI cell decoded, spaces cleaned — which is what the officer sees in the
 * source sheet in its legacy font. The bytes as typed stay in the conversion note's `from`.
 */
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import { FieldReader } from '../../src/normalize/field-reader.js';
import { FieldMemo } from '../../src/normalize/memo/field-memo.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';

const vnTime = (text: string, column = 'H'): SourceCell => {
  const typed = encodeTcvn3(text);
  return { value: typed, text: typed, font: '.VnTime', column };
};
const vniTimes = (text: string, column = 'H'): SourceCell => {
  const typed = encodeVni(text);
  return { value: typed, text: typed, font: 'VNI-Times', column };
};

/** A reader over one row of cells by column key (a Quang Yên birth book of 2010, district Sông Lô). */
function reader(cells: Record<string, SourceCell>): FieldReader {
  const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '253' }, false);
  return new FieldReader({ cell: (key) => cells[key], date1904: false }, memo);
}

/** [code, value] of the findings that are not the conversion note. */
const quoted = (read: FieldReader): [string, string | undefined][] =>
  read.findings.filter((finding) => !finding.code.startsWith('TEXT_LEGACY_')).map((finding) => [finding.code, finding.value]);

describe('a finding on a legacy-font cell quotes the decoded text', () => {
  it('ethnicity and nationality: the name as the sheet shows it, the typed bytes in the note', () => {
    const read = reader({ 'mother.ethnicity': vnTime('Xán Chỉ'), 'father.ethnicity': vnTime('Tây Nguyên'), 'father.nationality': vniTimes('Tiệp Khắc') });
    expect(read.ethnicity('mother.ethnicity', 'mother.ethnicityCode')).toBeNull();
    expect(read.ethnicity('father.ethnicity', 'father.ethnicityCode')).toBeNull();
    expect(read.nationality('father.nationality')).toBeNull();
    expect(quoted(read)).toEqual([
      ['ETHNICITY_UNKNOWN', 'Xán Chỉ'],
      ['ETHNICITY_UNKNOWN', 'Tây Nguyên'],
      ['NATIONALITY_FORMER_STATE', 'Tiệp Khắc'],
    ]);
    // The conversion note keeps what was typed.
    expect(read.findings[0]).toMatchObject({ code: 'TEXT_LEGACY_TCVN3', from: 'X¸n ChØ', to: 'Xán Chỉ', value: 'Xán Chỉ' });
  });

  it('sex, dates, IDs, places and names alike', () => {
    const read = reader({
      'child.sex': vnTime('Không rõ'),
      'child.birthDate': vnTime('ngày 30 tháng 2 năm 2010'),
      'mother.birthYear': vnTime('khoảng năm 1940'),
      'mother.personalId': vnTime('CMND số 13538066'),
      'registration.place': vnTime('UBND xã Phương Khê'),
      'father.fullName': vnTime('Vũ Văn Tài (Tài cụt)'),
    });
    read.sex('child.sex');
    read.date('child.birthDate');
    read.year('mother.birthYear');
    read.personalId('mother.personalId', 'mother.personalId', { sex: 'female', birthYear: 1988 });
    read.commune(read.place('registration.place'), 'registration.place', 'registration.communeCode');
    read.name('father.fullName');
    expect(quoted(read)).toEqual([
      ['SEX_NOT_KNOWN', 'Không rõ'],
      ['DATE_IMPOSSIBLE', 'ngày 30 tháng 2 năm 2010'],
      ['DATE_APPROXIMATE', 'khoảng năm 1940'],
      ['ID_LEADING_ZERO_RESTORED', 'CMND số 13538066'],
      ['ID_LEGACY_CMND', 'CMND số 13538066'],
      ['PLACE_COMMUNE_UNKNOWN', 'UBND xã Phương Khê'],
      ['NAME_REMARK_REMOVED', 'Vũ Văn Tài (Tài cụt)'],
    ]);
  });

  it("a name typed over 'Họ' | 'Chữ đệm' | 'Tên' in two fonts: the parts each decoded, then joined", () => {
    const read = reader({
      'child.familyNamePart': vnTime('Lê', 'C'),
      'child.middleNamePart': vnTime('Thị', 'D'),
      'child.fullName': { value: 'Tú (2)', text: 'Tú (2)', font: 'Times New Roman', column: 'E' },
    });
    expect(read.name('child.fullName')?.fullName).toBe('Lê Thị Tú');
    expect(quoted(read)).toEqual([['NAME_REMARK_REMOVED', 'Lê Thị Tú (2)']]);
  });

  it('an ID found in the remarks quotes the remarks decoded', () => {
    const read = reader({ remarks: vnTime('Mẹ có số định danh 026188012345', 'W') });
    expect(read.personalId('mother.personalId', 'mother.personalId', { sex: 'female', birthYear: 1988 })).toBe('026188012345');
    expect(quoted(read)[0]).toEqual(['ID_FROM_REMARKS', 'Mẹ có số định danh 026188012345']);
  });

  it('a Unicode cell is quoted with its spaces cleaned; a number or date cell as the sheet shows it', () => {
    const read = reader({
      'child.ethnicity': { value: '  Xán   Chỉ ', text: '  Xán   Chỉ ', font: 'Times New Roman', column: 'F' },
      'child.sex': { value: 3, text: '3', column: 'G' },
    });
    read.ethnicity('child.ethnicity', 'child.ethnicityCode');
    read.sex('child.sex');
    expect(quoted(read).filter(([code]) => !code.startsWith('TEXT_'))).toEqual([
      ['ETHNICITY_UNKNOWN', 'Xán Chỉ'],
      ['SEX_UNKNOWN', '3'],
    ]);
  });
});
