import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

// Headers typed with the clerks' abbreviations (HT = họ tên, NS = ngày/năm sinh, DT = dân tộc, QT = quốc tịch,
// GT = giới tính, GC = ghi chú), the ID titles of 2016+ books, 'STT' as the only number, 'Số, quyển'.
const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const keysOf = (header: ReturnType<typeof detectHeader>): (string | undefined)[] => {
  const width = Math.max(-1, ...(header?.labels.keys() ?? [])) + 1;
  return Array.from({ length: width }, (_, column) => header?.keys.get(column));
};
const spouse = (role: string, attributes: string[]): string[] => attributes.map((attribute) => `${role}.${attribute}`);

describe('abbreviated column titles', () => {
  it("reads 'CHỒNG' / 'VỢ' over 'HT | NS | DT | Nơi ĐKTT | Số CMND/CCCD' as one two-level header", () => {
    const sub = ['HT', 'NS', 'DT', 'Nơi ĐKTT', 'Số CMND/CCCD'];
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2010'],
      ['Số', 'Ngày ĐK', 'CHỒNG', null, null, null, null, 'VỢ', null, null, null, null, 'Ghi chú'],
      [null, null, ...sub, ...sub, null],
      ['1', '12/03/2010', 'Nguyễn Văn An', '1985', 'Kinh', 'xã Tam Hợp', '135111222', 'Lê Thị Hoa', '1988', 'Kinh', 'xã Hương Sơn', '135111333', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(header?.headerRowNumbers).toEqual([2, 3]);
    const attributes = ['fullName', 'birthDate', 'ethnicity', 'residence', 'personalId'];
    expect(keysOf(header)).toEqual(['registration.number', 'registration.date', ...spouse('husband', attributes), ...spouse('wife', attributes), 'remarks']);
  });

  it("reads 'CHA' / 'MẸ' over 'HT | NS | DT | QT | Nơi ĐKTT' as each parent's columns (2008 birth book)", () => {
    const rows = sheetRows([
      ['STT', 'Số', 'Ngày ĐK', 'HỌ VÀ TÊN\nNGƯỜI ĐƯỢC KHAI SINH', 'Ngày, tháng,\nnăm sinh', 'Nam/Nữ', 'DT', 'QT', 'CHA', null, null, null, null, 'MẸ', null, null, null, null, 'Ghi chú'],
      [null, null, null, null, null, null, null, null, 'HT', 'NS', 'DT', 'QT', 'Nơi ĐKTT', 'HT', 'NS', 'DT', 'QT', 'Nơi ĐKTT', null],
      ['1', '1', '13/03/2008', 'Lê Đức Tiến', '21/02/2008', 'Nam', 'Kinh', 'VN', 'Lê Văn Tiến', '1978', 'Kinh', 'VN', 'Thôn Đông', 'Bùi Ngọc Trang', '1980', 'Kinh', 'VN', 'Thôn Đông', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    const attributes = ['fullName', 'birthYear', 'ethnicity', 'nationality', 'residence'];
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex', 'child.ethnicity', 'child.nationality',
      ...spouse('father', attributes), ...spouse('mother', attributes), 'remarks',
    ]);
  });

  it('reads a one-row header typed in abbreviations, with role words', () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2012'],
      ['Số', 'Ngày, tháng, năm ĐK', 'HT', 'NS', 'GT', 'D.tộc', 'QT', 'HT cha', 'NS cha', 'HT mẹ', 'NS mẹ', 'Trú quán', 'Số CMND/CCCD mẹ', 'GC'],
      ['15', '12/03/2012', 'Nguyễn Văn An', '01/02/2012', 'Nam', 'Kinh', 'VN', 'Nguyễn Văn Bình', '1988', 'Lê Thị Hoa', '1990', 'xã Tam Hợp', '026190012345', null],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex', 'child.ethnicity', 'child.nationality',
      'father.fullName', 'father.birthYear', 'mother.fullName', 'mother.birthYear', 'parents.residence', 'mother.personalId', 'remarks',
    ]);
  });

  it("reads 'H.tên', 'Nơi c.trú', 'Ng. đi khai' and 'Q.hệ', the labels cut to fit narrow columns", () => {
    const rows = sheetRows([
      ['Số', 'Ngày ĐK', 'H.tên', 'Ng. sinh', 'Nơi c.trú', 'Ngày chết', 'Nơi chết', 'Ng. đi khai', 'Q.hệ'],
      ['1', '12/01/2016', 'Nguyễn Văn Tâm', '1935', 'Thôn Đông, xã Tam Hợp', '10/01/2016', 'Tại nhà', 'Nguyễn Văn Bình', 'con'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('death');
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deceased.residence', 'deathDate', 'deathPlace',
      'declarant.fullName', 'declarant.relation',
    ]);
  });

  it("reads 'Ng. ĐK', 'N/S', 'Ng. chết' and 'QH với người chết', a death book's titles cut to fit", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2019'],
      ['Số', 'Ng. ĐK', 'Họ và tên người chết', 'GT', 'N/S', 'DT', 'QT', 'Số CMND/CCCD', 'Nơi ĐKTT', 'Ng. chết', 'Nơi chết', 'Nguyên nhân chết', 'Ng. khai', 'QH với người chết'],
      ['1', '20/01/2019', 'Lê Thị Huyền', 'Nữ', '02/01/1935', 'Kinh', 'Việt Nam', '026135100010', 'Thôn Hữu Bằng, xã Hương Sơn', '14/01/2019', 'Tại nhà', 'Bệnh già', 'Đỗ Văn Cường', 'Con trai'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('death');
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.date', 'deceased.fullName', 'deceased.sex', 'deceased.birthDate', 'deceased.ethnicity', 'deceased.nationality',
      'deceased.personalId', 'deceased.residence', 'deathDate', 'deathPlace', 'cause', 'declarant.fullName', 'declarant.relation',
    ]);
  });

  it("reads 'Ng. ĐK' and 'Q.quán' / 'N.quán' (quê quán, nguyên quán) in a birth book", () => {
    for (const hometown of ['Q.quán', 'N.quán']) {
      const rows = sheetRows([
        ['Số', 'Ng. ĐK', 'Họ và tên', 'GT', 'Ng.sinh', 'Nơi sinh', 'DT', 'QT', hometown, 'Họ tên mẹ', 'Họ tên cha'],
        ['1', '12/03/2017', 'Lê Văn Sơn', 'Nam', '01/02/2017', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc', 'Kinh', 'Việt Nam', 'Xã Thiện Kế, huyện Bình Xuyên', 'Đỗ Thị Huyền', 'Lê Văn Tuấn'],
      ]);
      expect(keysOf(detectHeader(rows, allTypes))).toEqual([
        'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'child.ethnicity', 'child.nationality',
        'child.hometown', 'mother.fullName', 'father.fullName',
      ]);
    }
  });

  it("reads 'Ngày ĐKKS' / 'Ngày ĐKKT' / 'Ngày ĐKKH' as the registration date, 'Q.tịch' and 'Nơi TT'", () => {
    const birth = sheetRows([
      ['STT', 'Số', 'Ngày ĐKKS', 'HT trẻ', 'GT', 'Ng.sinh', 'Nơi sinh', 'D.tộc', 'Q.tịch', 'HT mẹ', 'NS mẹ', 'HT cha', 'NS cha'],
      ['1', '10', '02/02/2015', 'Đỗ Văn Dũng', 'Nam', '10/01/2015', 'Trạm y tế xã Thanh Lãng', 'Kinh', 'Việt Nam', 'Nguyễn Thị Ngọc', '1992', 'Đỗ Văn Hùng', '1989'],
    ]);
    expect(keysOf(detectHeader(birth, allTypes))).toEqual([
      'stt', 'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'child.ethnicity', 'child.nationality',
      'mother.fullName', 'mother.birthYear', 'father.fullName', 'father.birthYear',
    ]);
    const death = sheetRows([
      ['Số', 'Ngày ĐKKT', 'Họ tên người chết', 'NS', 'DT', 'QT', 'Số CMND', 'Nơi TT', 'Ng.chết', 'Nơi mất', 'Ng. đi khai', 'QH'],
      ['1', '12/01/2017', 'Đỗ Văn Cường', '1930', 'Kinh', 'Việt Nam', '135100200', 'Thôn Yên Định, xã Sơn Lôi', '08/01/2017', 'Tại nhà', 'Đỗ Văn Hải', 'Con'],
    ]);
    expect(keysOf(detectHeader(death, allTypes))).toEqual([
      'registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deceased.ethnicity', 'deceased.nationality',
      'deceased.personalId', 'deceased.residence', 'deathDate', 'deathPlace', 'declarant.fullName', 'declarant.relation',
    ]);
    const marriage = sheetRows([
      ['Số', 'Ngày ĐKKH', 'HT chồng', 'NS chồng', 'HT vợ', 'NS vợ'],
      ['1', '20/01/2019', 'Nguyễn Văn Sơn', '01/07/1985', 'Hoàng Thị Huyền', '02/09/1993'],
    ]);
    expect(keysOf(detectHeader(marriage, allTypes))).toEqual([
      'registration.number', 'registration.date', 'husband.fullName', 'husband.birthDate', 'wife.fullName', 'wife.birthDate',
    ]);
  });

  it("reads 'Số KS' as the number and 'HT khai sinh' as the child's name", () => {
    const rows = sheetRows([['Số KS', 'Ngày ĐK', 'HT khai sinh', 'Ngày sinh', 'Họ tên mẹ']]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'mother.fullName']);
  });

  // 'CMT', 'CMTND' (chứng minh thư nhân dân): the card's everyday northern name, as Vĩnh Phúc's clerks title it.
  const idLabels = ['Số CMND/CCCD', 'CMND/CCCD', 'CCCD', 'Số CCCD', 'Số Căn cước công dân', 'Số CMND hoặc CCCD', 'Giấy tờ tùy thân', 'Số định danh/CMND', 'Số ĐDCN/CMND'];
  for (const label of [...idLabels, 'Số CMT', 'CMT', 'Số CMTND', 'CMTND/CCCD', 'Số chứng minh thư', 'Số chứng minh nhân dân']) {
    it(`reads '${label}' as each spouse's ID, under the spouse's group or with the role word`, () => {
      const grouped = sheetRows([
        ['Số', 'Ngày đăng ký', 'Chồng', null, null, 'Vợ', null, null],
        [null, null, 'Họ và tên', 'Ngày, tháng, năm sinh', label, 'Họ và tên', 'Ngày, tháng, năm sinh', label],
      ]);
      const oneRow = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', `${label} chồng`, 'Họ và tên vợ', 'Ngày sinh vợ', `${label} vợ`]]);
      const expected = ['registration.number', 'registration.date', ...spouse('husband', ['fullName', 'birthDate', 'personalId']), ...spouse('wife', ['fullName', 'birthDate', 'personalId'])];
      expect(keysOf(detectHeader(grouped, allTypes))).toEqual(expected);
      expect(keysOf(detectHeader(oneRow, allTypes))).toEqual(expected);
    });
  }

  it("reads 'Ng. sinh' (ngày sinh) as the birth date: a death book's, a birth book's in capitals without marks, a parent's", () => {
    const death = sheetRows([
      ['Số', 'Họ, chữ đệm, tên\nngười chết', 'GT', 'Ng. sinh', 'DT', 'Ngày chết', 'Nơi chết', 'Ngày ĐK'],
      ['1', 'Lưu Văn Phúc', 'Nam', '01/01/1930', 'Kinh', '08/01/2021', 'Tại nhà', '02/02/2021'],
    ]);
    expect(keysOf(detectHeader(death, allTypes))).toEqual([
      'registration.number', 'deceased.fullName', 'deceased.sex', 'deceased.birthDate', 'deceased.ethnicity', 'deathDate', 'deathPlace', 'registration.date',
    ]);
    const birth = sheetRows([
      ['SO DK', 'NGAY DK', 'HO TEN', 'GT', 'NG. SINH', 'HO TEN ME', 'NG.SINH ME'],
      ['1', '04/11/2017', 'Trần Thị Loan', 'Nữ', '26/10/2017', 'Nguyễn Thị Huyền', '12/03/1984'],
    ]);
    expect(keysOf(detectHeader(birth, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'mother.fullName', 'mother.birthYear',
    ]);
  });

  // Before, 'N.sinh' was no column anywhere (COLUMN_UNKNOWN): a parent's year was lost to `raw`. After a parent's
  // name it can only be their birth date or year (no register records a parent's birth place); elsewhere it may be
  // the place of birth, and stays unread.
  it("reads 'N.sinh' after a parent's name as the parent's birth year, and leaves it unread after anyone else's", () => {
    const birth = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'N.sinh', 'Họ tên mẹ', 'N.sinh', 'Nơi cư trú', 'Họ tên cha', 'N. sinh', 'Người đi khai', 'N.sinh'],
      ['1', '20/02/2014', 'Nguyễn Văn An', 'Trạm y tế xã Tam Hợp', 'Trần Thị Lan', '1990', 'Thôn Yên Lỗ', 'Nguyễn Văn Hải', '03/02/1988', 'Nguyễn Văn Hải', '1988'],
    ]);
    expect(keysOf(detectHeader(birth, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', undefined, 'mother.fullName', 'mother.birthYear', 'parents.residence',
      'father.fullName', 'father.birthYear', 'declarant.fullName', undefined,
    ]);
    const ownYear = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Họ tên mẹ', 'Năm sinh mẹ', 'N.sinh', 'Họ tên cha', 'Năm sinh cha'],
      ['1', '20/02/2014', 'Nguyễn Văn An', 'Trần Thị Lan', '1990', 'Hà Nội', 'Nguyễn Văn Hải', '1988'],
    ]);
    expect(keysOf(detectHeader(ownYear, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'mother.fullName', 'mother.birthYear', undefined, 'father.fullName', 'father.birthYear',
    ]);
    const marriage = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'N.sinh', 'Họ tên vợ', 'Ngày sinh vợ'],
      ['1', '12/03/2010', 'Nguyễn Văn An', '1985', 'Lê Thị Hoa', '1988'],
    ]);
    expect(keysOf(detectHeader(marriage, allTypes))).toEqual(['registration.number', 'registration.date', 'husband.fullName', undefined, 'wife.fullName', 'wife.birthDate']);
  });

  it("reads a death book's 'Số CMTND' as the deceased's ID and the declarant's 'Số CMT' as no one's column", () => {
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ tên người chết', 'Ngày chết', 'Số CMTND', 'Người đi khai', 'Số CMT']]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'registration.date', 'deceased.fullName', 'deathDate', 'deceased.personalId', 'declarant.fullName', undefined,
    ]);
  });

  it('never reads an abbreviation inside a longer label', () => {
    // 'Số ĐT mẹ' is the mother's telephone, not her ethnicity; 'Nơi HT cha' names no father's name.
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ', 'Số ĐT mẹ', 'GT khác', 'Nơi HT cha']]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'mother.fullName', undefined, undefined, undefined,
    ]);
  });

  it("reads 'ĐT' typed with its Đ as a telephone (raw), and 'DT' typed without marks as the ethnicity", () => {
    const birth = ['Số', 'Ngày ĐK', 'Họ và tên', 'Ngày sinh', 'Giới tính'];
    const child = ['registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex'];
    // The phone column of a book without 'Dân tộc', after 'Dân tộc', under the mother's name, with her role word.
    expect(keysOf(detectHeader(sheetRows([[...birth, 'Nơi sinh', 'Họ tên cha', 'Họ tên mẹ', 'Nơi cư trú', 'ĐT']]), allTypes))).toEqual([
      ...child, 'child.birthPlace', 'father.fullName', 'mother.fullName', 'parents.residence', undefined,
    ]);
    expect(keysOf(detectHeader(sheetRows([[...birth, 'Dân tộc', 'Họ tên cha', 'Họ tên mẹ', 'Nơi cư trú', 'ĐT']]), allTypes))).toEqual([
      ...child, 'child.ethnicity', 'father.fullName', 'mother.fullName', 'parents.residence', undefined,
    ]);
    expect(keysOf(detectHeader(sheetRows([[...birth, 'Họ tên mẹ', 'Năm sinh mẹ', 'ĐT mẹ', 'đt']]), allTypes))).toEqual([
      ...child, 'mother.fullName', 'mother.birthYear', undefined, undefined,
    ]);
    expect(keysOf(detectHeader(sheetRows([[...birth, 'DT', 'Họ tên mẹ', 'Năm sinh mẹ', 'DT mẹ']]), allTypes))).toEqual([
      ...child, 'child.ethnicity', 'mother.fullName', 'mother.birthYear', 'mother.ethnicity',
    ]);
    // Under the mother's group too.
    const grouped = sheetRows([
      [...birth, 'Mẹ', null, null],
      [null, null, null, null, null, 'HT', 'NS', 'ĐT'],
    ]);
    expect(keysOf(detectHeader(grouped, allTypes)).slice(5)).toEqual(['mother.fullName', 'mother.birthYear', undefined]);
  });

  it('takes no data row of abbreviation-like cells for a header', () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH', null, null, 'HT'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ', 'Ghi chú'],
      ['1', '02/03/2012', 'Nguyễn Văn Ns', '01/02/2012', 'Lê Thị Gt', 'DT'],
    ]);
    expect(detectHeader(rows, allTypes)?.headerRowNumbers).toEqual([2]);
  });
});

describe('the register number under STT and Số, quyển', () => {
  it("reads 'STT' as the registration number when no 'Số' column exists", () => {
    const rows = sheetRows([['STT', 'Ngày tháng năm đăng ký', 'Họ và tên', 'Nam/Nữ', 'Ngày tháng năm sinh', 'Họ tên cha', 'Họ tên mẹ', 'Người đứng khai']]);
    expect(keysOf(detectHeader(rows, allTypes))[0]).toBe('registration.number');
    const numbered = sheetRows([['Số TT', 'Ngày tháng năm đăng ký', 'Họ và tên', 'Nam/Nữ', 'Ngày tháng năm sinh', 'Họ tên cha', 'Họ tên mẹ']]);
    expect(keysOf(detectHeader(numbered, allTypes))[0]).toBe('registration.number');
  });

  it("keeps 'STT' a row counter beside a 'Số' column, before or after it", () => {
    for (const header of [['STT', 'Số'], ['Số', 'STT']]) {
      const rows = sheetRows([[...header, 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ']]);
      const keys = keysOf(detectHeader(rows, allTypes));
      expect(keys[header.indexOf('Số')]).toBe('registration.number');
      expect(keys[header.indexOf('STT')]).toBe('stt');
    }
  });

  it("reads 'Số, quyển' and 'Số/quyển' as the number and book, 'Số quyển' as the book", () => {
    for (const label of ['Số, quyển', 'Số/quyển', 'Số, quyển số', 'Số/Quyển số']) {
      const rows = sheetRows([[label, 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ']]);
      expect(keysOf(detectHeader(rows, allTypes))[0]).toBe('registration.numberAndBook');
    }
    const book = sheetRows([['Số', 'Số quyển', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ']]);
    expect(keysOf(detectHeader(book, allTypes)).slice(0, 2)).toEqual(['registration.number', 'registration.book']);
  });

  it("keeps 'STT' a row counter beside a 'Số, quyển' column", () => {
    const rows = sheetRows([['STT', 'Số, quyển', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ']]);
    expect(keysOf(detectHeader(rows, allTypes)).slice(0, 2)).toEqual(['stt', 'registration.numberAndBook']);
  });
});

describe('three-level headers', () => {
  it("reads 'Người đi khai sinh' over 'Họ và tên' merged down as the declarant's name, not a second child's", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Thông tin về cha, mẹ', null, null, null, null, null, 'Người đi khai sinh', null, null, 'Ghi chú'],
      [null, null, null, null, null, 'Mẹ', null, null, 'Cha', null, null, 'Họ, chữ đệm, tên', 'Giấy tờ tùy thân', 'Quan hệ', null],
      [null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Nơi thường trú', 'Họ và tên', 'Năm sinh', 'Nơi thường trú', null, null, null, null],
      ['1', '12/03/2010', 'Nguyễn Văn An', '01/02/2010', 'Nam', 'Lê Thị Hoa', '1990', 'xã Tam Hợp', 'Nguyễn Văn Bình', '1988', 'xã Tam Hợp', 'Nguyễn Văn Bình', 'CMND số 135111222', 'Cha', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([2, 3, 4]);
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex',
      ...spouse('mother', ['fullName', 'birthYear', 'residence']), ...spouse('father', ['fullName', 'birthYear', 'residence']),
      // The declarant has no ID key: theirs stays in raw.
      'declarant.fullName', undefined, 'declarant.relation', 'remarks',
    ]);
    expect(header?.labels.get(11)).toBe('Người đi khai sinh / Họ, chữ đệm, tên');
  });
});

describe('short titles of the hometown, the registration place and the declarant', () => {
  it("reads 'Quê', 'Nơi ĐKKS' and 'Người đi KS' in a birth book (before: unknown columns, the hometown lost)", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1996'],
      ['Số', 'Ngày ĐK', 'Họ tên', 'GT', 'NS', 'Nơi sinh', 'Quê', 'DT', 'Nơi ĐKKS', 'HKTT', 'Họ tên mẹ', 'Họ tên cha', 'Người đi KS'],
      ['3', '12/03/1996', 'Nguyễn Văn An', 'Nam', '01/03/1996', 'Trạm xá', 'Tam Hợp', 'Kinh', 'UBND xã Tam Hợp', 'Thôn Mới', 'Lê Thị Lan', 'Nguyễn Văn Bình', 'Nguyễn Văn Bình'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'child.hometown',
      'child.ethnicity', 'registration.place', 'parents.residence', 'mother.fullName', 'father.fullName', 'declarant.fullName',
    ]);
  });

  it("reads 'QQ' (quê quán) as the hometown", () => {
    const rows = sheetRows([
      ['Số', 'Ngày ĐK', 'Họ tên', 'NS', 'QQ', 'Họ tên mẹ'],
      ['3', '12/03/1996', 'Nguyễn Văn An', '01/03/1996', 'Tam Hợp', 'Lê Thị Lan'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.hometown', 'mother.fullName']);
  });
});
