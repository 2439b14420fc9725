import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const keysOf = (header: ReturnType<typeof detectHeader>): (string | undefined)[] => {
  const width = Math.max(-1, ...(header?.labels.keys() ?? [])) + 1;
  return Array.from({ length: width }, (_, column) => header?.keys.get(column));
};

describe('death books: how the death date and the deceased are headed', () => {
  const titles = [['UBND XÃ TAM HỢP'], ['HUYỆN BÌNH XUYÊN'], ['SỔ ĐĂNG KÝ KHAI TỬ'], ['Quyển số: 01/2016'], []];

  for (const label of [
    'Ngày, tháng, năm mất', 'Ngày tháng năm mất', 'Ngày, giờ, phút chết', 'Ngày giờ phút chết', 'Ngày, tháng, năm, giờ chết',
    'Chết lúc', 'Chết vào lúc', 'Đã chết vào lúc', 'Thời điểm chết', 'Mất ngày', 'Ngày qua đời', 'Ngày, tháng, năm từ trần',
  ]) {
    it(`reads '${label}' as the death date`, () => {
      const rows = sheetRows([
        ...titles,
        ['STT', 'Số', 'Ngày, tháng, năm đăng ký', 'Họ, chữ đệm, tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Nơi cư trú cuối cùng', label, 'Nơi chết', 'Ghi chú'],
        [1, '01', '20/03/2016', 'Nguyễn Văn Toàn', '12/04/1940', 'Nam', 'Thôn Đông, xã Tam Hợp', '14/03/2016', 'Tại nhà', null],
      ]);
      const header = detectHeader(rows, allTypes);
      expect(header?.type.name).toBe('death');
      expect(header?.headerRowNumbers).toEqual([6]);
      expect(header?.keys.get(7)).toBe('deathDate');
    });
  }

  it("reads 'Người chết' or 'Người mất' alone as the deceased's name, and the columns after it as theirs", () => {
    for (const label of ['Người chết', 'Người mất']) {
      const rows = sheetRows([
        ['UBND XÃ TAM HỢP'],
        ['SỔ ĐĂNG KÝ KHAI TỬ'],
        [],
        ['Số', 'Ngày đăng ký', label, 'Năm sinh', 'Giới tính', 'Nơi thường trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân'],
        ['01', '20/03/1992', 'Nguyễn Văn Toàn', '1917', 'Nam', 'Thôn Đông', '14/03/1992', 'Tại nhà', 'Già yếu'],
      ]);
      expect(keysOf(detectHeader(rows, allTypes))).toEqual([
        'registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deceased.sex', 'deceased.residence', 'deathDate', 'deathPlace', 'cause',
      ]);
    }
  });

  it("never reads the 'Ngày' of a 'Giấy báo tử' group as the death date, even before the death date column", () => {
    const rows = sheetRows([
      ['UBND XÃ SƠN LÔI'],
      ['SỔ ĐĂNG KÝ KHAI TỬ'],
      ['Quyển số: 01/2005'],
      ['STT', 'Số', 'Ngày, tháng, năm\nđăng ký', 'Người chết', null, null, 'Giấy báo tử', null, null, 'Ngày, giờ chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú'],
      [null, null, null, 'Họ và tên', 'Giới tính', 'Năm sinh', 'Số', 'Ngày', 'Nơi cấp', null, null, null, null],
      [1, 1, '06/02/2005', 'Trần Thị Linh', 'Nữ', 1923, '1/BT', '04/02/2005', 'Trạm y tế xã Sơn Lôi', '03/02/2005', 'Tại nhà', 'Già yếu'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([4, 5]);
    expect(header?.keys.get(9)).toBe('deathDate');
    expect(header?.keys.get(7)).toBeUndefined();
    expect([...(header?.keys.values() ?? [])].filter((key) => key === 'deathDate')).toHaveLength(1);
    // Under a 'Giấy chứng tử' group too.
    const certificate = sheetRows([
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giấy chứng tử', null, 'Ngày chết', 'Nơi chết'],
      [null, null, null, null, 'Số', 'Ngày', null, null],
    ]);
    expect(detectHeader(certificate, allTypes)?.keys.get(6)).toBe('deathDate');
    expect(detectHeader(certificate, allTypes)?.keys.get(5)).toBeUndefined();
  });
});

describe('marriage books: how the spouses are headed', () => {
  it("reads one-row 'Chồng' | 'Năm sinh' | 'Vợ' | 'Năm sinh': each role heads that spouse's name", () => {
    const rows = sheetRows([
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1995'],
      [],
      ['STT', 'Ngày ĐK', 'Chồng', 'Năm sinh', 'Vợ', 'Năm sinh', 'Nơi cư trú', 'Ghi chú'],
      ['1', '12/02/1995', 'Nguyễn Văn Hùng', '1970', 'Trần Thị Lan', '1973', 'Thôn Đông', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(keysOf(header)).toEqual(['registration.number', 'registration.date', 'husband.fullName', 'husband.birthDate', 'wife.fullName', 'wife.birthDate', 'wife.residence', 'remarks']);
  });

  for (const [husband, wife] of [['Bên chồng', 'Bên vợ'], ['Bên nam', 'Bên nữ'], ['Nam', 'Nữ'], ['Họ tên bên nam', 'Họ tên bên nữ'], ['Họ, chữ đệm, tên bên nam', 'Họ, chữ đệm, tên bên nữ'], ['Họ và tên (chồng)', 'Họ và tên (vợ)']] as const) {
    it(`reads '${husband}' | … | '${wife}' | … as one header row, with each spouse's attributes`, () => {
      const rows = sheetRows([
        ['ỦY BAN NHÂN DÂN XÃ TAM HỢP'],
        ['SỔ ĐĂNG KÝ KẾT HÔN'],
        ['Năm 2016'],
        [],
        ['Số', 'Ngày đăng ký', husband, 'Ngày, tháng, năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Giấy tờ tùy thân',
          wife, 'Ngày, tháng, năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Giấy tờ tùy thân', 'Ghi chú'],
        ['01', '09/05/2016', 'Nguyễn Văn Hùng', '10/05/1996', 'Kinh', 'Việt Nam', 'Thôn Đông, xã Tam Hợp', '026096001234',
          'Trần Thị Lan', '01/03/1995', 'Kinh', 'Việt Nam', 'Thôn 3, xã Tam Hợp', '026195004321', null],
        ['02', '10/05/2016', 'Nguyễn Văn Hưng', '10/05/1996', 'Kinh', 'Việt Nam', 'Thôn Đông, xã Tam Hợp', '026096001235',
          'Lê Thị Mai', '01/03/1994', 'Kinh', 'Việt Nam', 'xã Quất Lưu', '026194004322', null],
      ]);
      const header = detectHeader(rows, allTypes);
      expect(header?.type.name).toBe('marriage');
      expect(header?.headerRowNumbers).toEqual([5]);
      const spouse = (role: string) => [`${role}.fullName`, `${role}.birthDate`, `${role}.ethnicity`, `${role}.nationality`, `${role}.residence`, `${role}.personalId`];
      expect(keysOf(header)).toEqual(['registration.number', 'registration.date', ...spouse('husband'), ...spouse('wife'), 'remarks']);
    });
  }

  it("still reads 'Năm' of a date split into 'Ngày' | 'Tháng' | 'Năm' as no spouse", () => {
    const rows = sheetRows([['Số', 'Ngày', 'Tháng', 'Năm', 'Họ và tên chồng', 'Họ và tên vợ', 'Ghi chú']]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', undefined, undefined, undefined, 'husband.fullName', 'wife.fullName', 'remarks']);
  });

  it("still reads a death book's 'Nam' | 'Nữ' sex columns as sex", () => {
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Nam', 'Nữ', 'Ngày chết', 'Nơi chết']]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('death');
    expect(keysOf(header)).toEqual(['registration.number', 'registration.date', 'deceased.fullName', 'deceased.sexMale', 'deceased.sexFemale', 'deathDate', 'deathPlace']);
  });
});

describe('sheets kept beside a book are no register', () => {
  const marriageOnly = [new AliasIndex(RECORD_TYPES.marriage)];
  const deathOnly = [new AliasIndex(RECORD_TYPES.death)];

  it("finds no header in counts by year with 'Nam' | 'Nữ' columns, whatever type is asked for", () => {
    const rows = sheetRows([
      ['TỔNG HỢP SỐ LIỆU ĐĂNG KÝ KHAI TỬ'],
      ['Năm', 'Số trường hợp', 'Nam', 'Nữ', 'Ghi chú'],
      [2005, 5, 3, 2, null],
      [2006, 4, 2, 2, null],
      ['Cộng', 9, 5, 4, null],
    ]);
    expect(detectHeader(rows, allTypes)).toBeNull();
    expect(detectHeader(rows, marriageOnly)).toBeNull();
    expect(detectHeader(rows, deathOnly)).toBeNull();
  });

  it("finds no header in counts by hamlet, nor under 'Số trường hợp' over 'Nam' | 'Nữ'", () => {
    const byHamlet = sheetRows([
      ['STT', 'Tên thôn', 'Số trường hợp', 'Nam', 'Nữ', 'Ghi chú'],
      [1, 'Thôn Ngọc Bảo', 8, 5, 3, null],
      [2, 'Thôn Hữu Bằng', 13, 6, 7, null],
      [null, 'Tổng', 21, 11, 10, null],
    ]);
    expect(detectHeader(byHamlet, allTypes)).toBeNull();
    expect(detectHeader(byHamlet, marriageOnly)).toBeNull();
    const twoLevels = sheetRows([
      ['Tháng', 'Số trường hợp', null, 'Ghi chú'],
      [null, 'Nam', 'Nữ', null],
      [1, 7, 5, null],
    ]);
    expect(detectHeader(twoLevels, allTypes)).toBeNull();
    expect(detectHeader(twoLevels, marriageOnly)).toBeNull();
  });

  it("reads the 'Nam' | 'Nữ' ticked beside a 'Họ và tên' as the sex, never as the spouses", () => {
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Nam', 'Nữ', 'Ngày sinh', 'Nơi cư trú', 'Ghi chú']]);
    // Names and dates of a birth or a death book alike: the file or sheet name says which.
    expect(detectHeader(rows, allTypes)).toBeNull();
    expect(detectHeader(rows, marriageOnly)).toBeNull();
    expect(keysOf(detectHeader(rows, [new AliasIndex(RECORD_TYPES.birth)]))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sexMale', 'child.sexFemale', 'child.birthDate', 'parents.residence', 'remarks',
    ]);
  });

  it('finds no header naming the parents without the child', () => {
    const rows = sheetRows([['Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Ghi chú'], ['Lê Thị Hà', 1985, 'Nguyễn Văn Đông', 1982, null]]);
    expect(detectHeader(rows, allTypes)).toBeNull();
  });

  it("never takes the year of a title typed in column A ('… NĂM 2005') for the husband over a header of names and dates", () => {
    const rows = sheetRows([
      ['UBND XÃ SƠN LÔI'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2005'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi cư trú', 'Ghi chú'],
      [1, '10/01/2005', 'Nguyễn Văn An', '02/01/2005', 'Nam', 'Thôn Phú Trì', null],
    ]);
    // Names and dates alone: the register is the one the file, sheet or title names (read-register.ts).
    expect(detectHeader(rows, allTypes)).toBeNull();
    expect(detectHeader(rows, [new AliasIndex(RECORD_TYPES.birth)])?.headerRowNumbers).toEqual([3]);
    // 'Bên nam' names him.
    const grouped = sheetRows([['Số', 'Ngày đăng ký', 'Bên nam', null, 'Bên nữ', null], [null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh']]);
    expect(keysOf(detectHeader(grouped, allTypes))).toEqual(['registration.number', 'registration.date', 'husband.fullName', 'husband.birthDate', 'wife.fullName', 'wife.birthDate']);
  });

  it("still reads old marriage books headed 'Nam' | 'Nữ', 'Bên nam' | 'Bên nữ' or 'Họ và tên' over 'Nam' | 'Nữ'", () => {
    const headers = [
      [['Số', 'Ngày đăng ký', 'Nam', 'Năm sinh', 'Nữ', 'Năm sinh', 'Ghi chú']],
      [['Nam', 'Năm sinh', 'Nữ', 'Năm sinh']],
      [['Số', 'Ngày đăng ký', 'Bên nam', 'Bên nữ', 'Ghi chú']],
      [['Số', 'Ngày đăng ký', 'Họ và tên', null, 'Ghi chú'], [null, null, 'Nam', 'Nữ', null]],
    ];
    for (const header of headers) {
      const found = detectHeader(sheetRows(header), allTypes);
      expect(found?.type.name, JSON.stringify(header)).toBe('marriage');
      expect([...(found?.keys.values() ?? [])], JSON.stringify(header)).toEqual(expect.arrayContaining(['husband.fullName', 'wife.fullName']));
    }
  });
});

describe('header labels pasted from Word', () => {
  it("reads '_x000D_' (Excel's escaped carriage return) in a label as a line break", () => {
    const rows = sheetRows([
      ['UỶ BAN NHÂN DÂN XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['STT', 'Số', 'Ngày, tháng,_x000D_\nnăm đăng ký', 'Họ, chữ đệm,_x000D_\ntên người được khai sinh', 'Giới_x000D_\ntính', 'Ngày, tháng,_x000D_\nnăm sinh', 'Họ và tên mẹ', 'Ghi chú'],
      [1, 1, '28/07/2004', 'Khổng Thị Hương', 'Nữ', '26/06/2004', 'Khổng Thị Huyền', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(keysOf(header)).toEqual(['stt', 'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'mother.fullName', 'remarks']);
    expect(header?.labels.get(2)).toBe('Ngày, tháng, năm đăng ký');
  });
});

describe('group labels of parents not merged over their columns', () => {
  const childColumns = ['STT', 'Số', 'Ngày, tháng,\nnăm đăng ký', 'Họ, chữ đệm,\ntên người được khai sinh', 'Giới\ntính', 'Ngày, tháng,\nnăm sinh', 'Nơi sinh'];
  const childKeys = ['stt', 'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace'];
  const parent = (role: string, attributes: string[]) => attributes.map((attribute) => `${role}.${attribute}`);

  it("places a label typed in the middle cell ('Người mẹ' in J over H:L) over its whole block of attributes", () => {
    const rows = sheetRows([
      ['UỶ BAN NHÂN DÂN XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['Quyển số: 01/1998'],
      [...childColumns, null, null, 'Người mẹ', null, null, null, 'Người cha', null, 'Ghi chú'],
      [null, null, null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Họ và tên', 'Năm sinh', 'Dân tộc', null],
      [1, 1, '11/04/1998', 'Vũ Quang Thành', 'Nam', '06/04/1998', 'Trạm y tế xã Tam Hợp', 'Nguyễn Thị Hiền', 1971, 'Kinh', 'Việt Nam', 'Thôn Đồng Giang', 'Vũ Văn Sơn', 1967, 'Kinh'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([4, 5]);
    expect(keysOf(header)).toEqual([
      ...childKeys,
      ...parent('mother', ['fullName', 'birthYear', 'ethnicity', 'nationality', 'residence']),
      ...parent('father', ['fullName', 'birthYear', 'ethnicity']),
      'remarks',
    ]);
    expect(header?.labels.get(7)).toBe('Người mẹ / Họ và tên');
  });

  it('leaves a label carried right when the attributes do not come back in blocks, one label in each', () => {
    // The child's own columns typed in the lower row only, then the mother's group merged from its first column.
    const rows = sheetRows([
      ['STT', null, null, 'Người mẹ', null, 'Người cha', null],
      [null, 'Họ và tên', 'Ngày sinh', 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', 'child.fullName', 'child.birthDate', 'mother.fullName', 'mother.birthYear', 'father.fullName', 'father.birthYear']);
  });

  // Upper row: only the group labels, each typed once in the middle of its block; lower row: every column, 'STT' | 'Số' | 'Ngày đăng ký' too.
  const lowerRowBirth = (groups: (string | null)[]) => [
    ['UBND XÃ TAM HỢP'],
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'],
    groups,
    ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi sinh', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Ghi chú'],
    [1, 1, '22/01/2016', 'Nguyễn Văn Hùng', '12/01/2016', 'Nam', 'Trạm y tế xã Tam Hợp', 'Trần Thị Mai', 1990, 'Thôn Lập Thạch', 'Nguyễn Văn Bình', 1988, 'Thôn Lập Thạch', null],
  ];

  it("places centred labels when 'STT' | 'Số' | 'Ngày đăng ký' sit in the lower row: each block starts at its name column", () => {
    const header = detectHeader(sheetRows(lowerRowBirth([null, null, null, null, 'Người được khai sinh', null, null, null, 'Mẹ', null, null, 'Cha'])), allTypes);
    expect(header?.headerRowNumbers).toEqual([3, 4]);
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date',
      'child.fullName', 'child.birthDate', 'child.sex', 'child.birthPlace',
      ...parent('mother', ['fullName', 'birthYear', 'residence']),
      ...parent('father', ['fullName', 'birthYear', 'residence']),
      'remarks',
    ]);
    expect(header?.labels.get(7)).toBe('Mẹ / Họ và tên');
    expect(header?.labels.get(10)).toBe('Cha / Họ và tên');
  });

  it("places 'Bên chồng' | 'Bên vợ' typed in the middle of their blocks over a lower row that starts with 'STT'", () => {
    const rows = sheetRows([
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2017'],
      [null, null, null, null, 'Bên chồng', null, null, null, 'Bên vợ'],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú', 'Ghi chú'],
      [1, 1, '10/01/2017', 'Nguyễn Văn Thắng', '12/05/1992', 'Kinh', 'Thôn Lập Thạch', 'Trần Thị Thu Trang', '08/09/1995', 'Kinh', 'Thôn Hưởng Lộc', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date',
      ...parent('husband', ['fullName', 'birthDate', 'ethnicity', 'residence']),
      ...parent('wife', ['fullName', 'birthDate', 'ethnicity', 'residence']),
      'remarks',
    ]);
  });

  it("keeps a label over the lower row's first columns ('Ngày đăng ký' over 'Ngày' | 'Tháng' | 'Năm') out of the persons' blocks", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KẾT HÔN'],
      [null, null, 'Ngày đăng ký', null, null, 'Bên chồng', null, null, null, 'Bên vợ', null, null],
      ['STT', 'Ngày', 'Tháng', 'Năm', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú'],
      [1, 10, 1, 2017, 'Nguyễn Văn Thắng', '12/05/1992', 'Kinh', 'Thôn Lập Thạch', 'Trần Thị Thu Trang', '08/09/1995', 'Kinh', 'Thôn Hưởng Lộc'],
    ]);
    const keys = keysOf(detectHeader(rows, allTypes));
    expect(keys.slice(4)).toEqual([...parent('husband', ['fullName', 'birthDate', 'ethnicity', 'residence']), ...parent('wife', ['fullName', 'birthDate', 'ethnicity', 'residence'])]);
  });

  it("leaves a name column unknown rather than give it to the wrong person when the centred labels' blocks are not found", () => {
    // A fourth label over a block without a name: the blocks do not come out one per label.
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      [null, null, null, null, 'Người được khai sinh', null, null, null, 'Mẹ', null, null, 'Cha', null, null, 'Người đi khai', null],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi sinh', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Quan hệ', 'Số CMND'],
      [1, 1, '22/01/2016', 'Nguyễn Văn Hùng', '12/01/2016', 'Nam', 'Trạm y tế', 'Trần Thị Mai', 1990, 'Thôn Lập Thạch', 'Nguyễn Văn Bình', 1988, 'Thôn Lập Thạch', 'Cha', '135000111'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([2, 3]);
    expect(header?.keys.get(3)).toBe('child.fullName');
    // The mother's name is not the child's, the father's not the mother's: both kept in raw.
    expect(header?.keys.has(7)).toBe(false);
    expect(header?.keys.has(10)).toBe(false);
    expect(header?.labels.get(7)).toBe('Họ và tên');
    expect([...(header?.keys.values() ?? [])]).not.toContain('mother.fullName');
  });

  it("ends the last block before a name column after it ('Họ tên người đi khai')", () => {
    const groups = [null, null, null, null, 'Người được khai sinh', null, null, null, 'Mẹ', null, null, 'Cha', null, null];
    const rows = lowerRowBirth(groups);
    rows[3] = [...rows[3]!.slice(0, 13), 'Họ tên người đi khai', 'Ghi chú'];
    const header = detectHeader(sheetRows(rows), allTypes);
    expect(keysOf(header).slice(10)).toEqual([...parent('father', ['fullName', 'birthYear', 'residence']), 'declarant.fullName', 'remarks']);
    expect(header?.labels.get(13)).toBe('Họ tên người đi khai');
  });

  it("reads a three-level header: 'Thông tin về cha, mẹ' over 'Mẹ' | 'Cha' over each one's attributes", () => {
    const rows = sheetRows([
      ['UỶ BAN NHÂN DÂN XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['Quyển số: 01/1998'],
      [...childColumns, 'Thông tin về cha, mẹ', null, null, null, null, null, null, null, 'Ghi chú'],
      [null, null, null, null, null, null, null, 'Mẹ', null, null, null, null, 'Cha', null, null, null],
      [null, null, null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Họ và tên', 'Năm sinh', 'Dân tộc', null],
      [1, 1, '28/03/1998', 'Ngô Quang Cường', 'Nam', '23/02/1998', 'Trạm y tế xã Tam Hợp', 'Đỗ Thị Hương', 1976, 'Kinh', 'Việt Nam', 'Thôn Đồng Giang', 'Ngô Văn Thành', 1974, 'Kinh'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([4, 5, 6]);
    expect(keysOf(header)).toEqual([
      ...childKeys,
      ...parent('mother', ['fullName', 'birthYear', 'ethnicity', 'nationality', 'residence']),
      ...parent('father', ['fullName', 'birthYear', 'ethnicity']),
      'remarks',
    ]);
    expect(header?.labels.get(8)).toBe('Thông tin về cha, mẹ / Mẹ / Năm sinh');
  });

  it('keeps a two-level header with a numbering row under it at two levels', () => {
    const rows = sheetRows([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Thông tin về mẹ', null, 'Thông tin về cha', null, 'Ghi chú'],
      [null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh', null],
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      [1, 'Nguyễn Văn An', '01/01/2012', 'Trần Thị Mai', 1990, 'Nguyễn Văn Bình', 1988, null],
    ]);
    expect(detectHeader(rows, allTypes)?.headerRowNumbers).toEqual([1, 2]);
  });
});
