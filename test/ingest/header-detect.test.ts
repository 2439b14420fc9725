import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const keysOf = (header: ReturnType<typeof detectHeader>): string[] => [...(header?.keys.values() ?? [])];

describe('header detection', () => {
  it('finds a header below title rows and infers the record type', () => {
    const rows = sheetRows([
      ['ỦY BAN NHÂN DÂN XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI TỬ'],
      [],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày sinh', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'],
      [1, 1, '12/01/2016', 'Nguyễn Văn A', '1935', '10/01/2016', 'Tại nhà', 'Già yếu'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('death');
    expect(header?.headerRowNumbers).toEqual([4]);
    expect(keysOf(header)).toEqual(['stt', 'registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deathDate', 'deathPlace', 'cause']);
  });

  it('reads a merged two-level header: the group names the person', () => {
    const rows = sheetRows([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Thông tin về mẹ', null, null, 'Thông tin về cha', null, 'Ghi chú'],
      [null, null, null, 'Họ và tên', 'Năm sinh', 'Dân tộc', 'Họ và tên', 'Năm sinh', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    expect([...(header?.keys ?? [])]).toEqual([
      [0, 'registration.number'], [1, 'child.fullName'], [2, 'child.birthDate'],
      [3, 'mother.fullName'], [4, 'mother.birthYear'], [5, 'mother.ethnicity'],
      [6, 'father.fullName'], [7, 'father.birthYear'], [8, 'remarks'],
    ]);
    expect(header?.labels.get(4)).toBe('Thông tin về mẹ / Năm sinh');
  });

  it('reads a label whose text an export repeated down both header rows (\'STT\' over \'STT\') as that label', () => {
    const rows = sheetRows([
      ['STT', 'Quyển số', 'Số', 'Ngày đăng ký', 'Người được khai sinh', 'Người được khai sinh', 'Người được khai sinh', 'Mẹ', 'Mẹ', 'Cha', 'Cha'],
      ['STT', 'Quyển số', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh'],
      [1, '01/2016', 1, '05/01/2016', 'Nguyễn Văn An', '01/01/2016', 'Nam', 'Trần Thị Mai', 1990, 'Nguyễn Văn Bình', 1988],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    expect(keysOf(header)).toEqual([
      'stt', 'registration.book', 'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex',
      'mother.fullName', 'mother.birthYear', 'father.fullName', 'father.birthYear',
    ]);
    expect(header?.labels.get(0)).toBe('STT');
    expect(header?.labels.get(1)).toBe('Quyển số');
  });

  it('reads a one-row header that names each parent once: the unqualified columns after a name are that person\'s', () => {
    const rows = sheetRows([
      ['STT', 'Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch',
        'Họ, chữ đệm, tên người mẹ', 'Năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú',
        'Họ, chữ đệm, tên người cha', 'Năm sinh', 'Dân tộc', 'Nơi cư trú', 'Ghi chú'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex', 'child.ethnicity', 'child.nationality',
      'mother.fullName', 'mother.birthYear', 'mother.ethnicity', 'mother.nationality', 'mother.residence',
      'father.fullName', 'father.birthYear', 'father.ethnicity', 'father.residence', 'remarks',
    ]);
  });

  it('never gives a column to the person named before it when the label is a column of its own', () => {
    const rows = sheetRows([['STT', 'Họ và tên người chết', 'Ngày sinh', 'Họ tên người đi khai', 'Ngày đăng ký', 'Ngày chết', 'Ghi chú']]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', 'deceased.fullName', 'deceased.birthDate', 'declarant.fullName', 'registration.date', 'deathDate', 'remarks']);
  });

  it('knows "Sinh năm" and "Số CMND/Hộ chiếu"', () => {
    const death = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Sinh năm', 'Ngày chết', 'Nơi chết']]);
    expect(keysOf(detectHeader(death, allTypes))).toEqual(['registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deathDate', 'deathPlace']);
    const marriage = sheetRows([
      ['Số', 'Ngày đăng ký', 'Bên chồng', null, null, 'Bên vợ', null, null],
      [null, null, 'Họ và tên', 'Sinh năm', 'Số CMND/Hộ chiếu', 'Họ và tên', 'Sinh năm', 'Số CMND/Hộ chiếu'],
    ]);
    expect(keysOf(detectHeader(marriage, allTypes))).toEqual([
      'registration.number', 'registration.date', 'husband.fullName', 'husband.birthDate', 'husband.personalId', 'wife.fullName', 'wife.birthDate', 'wife.personalId',
    ]);
  });

  it('knows the passport named before the card in a book with a foreign element ("Số hộ chiếu/CCCD")', () => {
    const death = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày sinh', 'Quốc tịch', 'Số hộ chiếu/CCCD', 'Ngày chết']]);
    expect(keysOf(detectHeader(death, allTypes))).toEqual([
      'registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deceased.nationality', 'deceased.personalId', 'deathDate',
    ]);
    const marriage = sheetRows([
      ['Số', 'Ngày đăng ký', 'Bên chồng', null, null, 'Bên vợ', null, null],
      [null, null, 'Họ và tên', 'Sinh năm', 'Hộ chiếu/CMND', 'Họ và tên', 'Sinh năm', 'Số CMND/CCCD'],
    ]);
    expect(keysOf(detectHeader(marriage, allTypes))).toContain('husband.personalId');
  });

  it('matches headers without accents, in capitals, with line breaks, in any order', () => {
    const rows = sheetRows([['HO TEN ME', 'NGAY\nSINH', 'SO', 'HỌ VÀ  TÊN', 'Số định danh cá nhân (nếu có)', 'NAM SINH CHA']]);
    const header = detectHeader(rows, allTypes);
    expect(keysOf(header)).toEqual(['mother.fullName', 'child.birthDate', 'registration.number', 'child.fullName', 'child.personalId', 'father.birthYear']);
  });

  it('maps split Nam | Nữ columns under Giới tính, but never takes Năm for Nam', () => {
    const split = detectHeader(sheetRows([['Họ và tên', 'Giới tính', null, 'Họ tên mẹ', 'Họ tên cha'], [null, 'Nam', 'Nữ', null, null]]), allTypes);
    expect(keysOf(split)).toEqual(['child.fullName', 'child.sexMale', 'child.sexFemale', 'mother.fullName', 'father.fullName']);
    const year = detectHeader(sheetRows([['Họ và tên', 'Năm', 'Họ tên mẹ', 'Họ tên cha']]), allTypes);
    expect(keysOf(year)).not.toContain('child.sexMale');
  });

  it('keeps unknown columns out of the mapping but labels them', () => {
    const header = detectHeader(sheetRows([['Họ và tên chồng', 'Họ và tên vợ', 'Ngày đăng ký', 'Cán bộ thực hiện']]), allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(header?.keys.has(3)).toBe(false);
    expect(header?.labels.get(3)).toBe('Cán bộ thực hiện');
  });

  it('accepts extra aliases from the pipeline file', () => {
    const rows = sheetRows([['Tên khai sinh', 'Ngày sinh', 'Tên người mẹ đẻ', 'Họ tên cha']]);
    expect(keysOf(detectHeader(rows, allTypes))).not.toContain('child.fullName');
    const custom = new AliasIndex(RECORD_TYPES.birth, { 'child.fullName': ['Tên khai sinh'], 'mother.fullName': ['Tên người mẹ đẻ'] });
    expect(keysOf(detectHeader(rows, [custom]))).toEqual(['child.fullName', 'child.birthDate', 'mother.fullName', 'father.fullName']);
  });

  it('takes the first header when a later copy of it on the next page names one more column', () => {
    const page1 = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', null];
    const entry = (stt: number): (string | number | null)[] => [stt, stt, '05/02/2012', 'Nguyễn Văn An', '01/01/2012', 'Nam', 'Trần Thị Mai', 'Nguyễn Văn Bình'];
    const rows = sheetRows([
      ['UBND XÃ THIỆN KẾ'],
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      page1,
      entry(1),
      entry(2),
      [null, null, null, 'Người ghi sổ'],
      [...page1.slice(0, 8), 'Ghi chú'],
      entry(3),
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect(header?.headerRowNumbers).toEqual([3]);
  });

  it('takes the first two-level header when it is printed again lower', () => {
    const upper = ['STT', 'Họ và tên', 'Ngày sinh', 'Thông tin về mẹ', null, 'Thông tin về cha', null];
    const lower = [null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', null];
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      upper,
      lower,
      [1, 'Nguyễn Văn An', '01/01/2012', 'Trần Thị Mai', 1990, 'Nguyễn Văn Bình'],
      upper,
      [null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh'],
      [2, 'Lê Thị Hoa', '02/01/2012', 'Phạm Thị Lan', 1991, 'Lê Văn Cường', 1989],
    ]);
    expect(detectHeader(rows, allTypes)?.headerRowNumbers).toEqual([2, 3]);
  });

  it('returns null for a sheet that is not a register', () => {
    const rows = sheetRows([['Hướng dẫn nhập liệu'], ['Nhập đúng thứ tự dòng trong sổ gốc.'], ['Ngày tháng ghi theo dạng ngày/tháng/năm.']]);
    expect(detectHeader(rows, allTypes)).toBeNull();
  });

  it('with one type given, takes a header that only names people and dates', () => {
    const rows = sheetRows([['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính']]);
    expect(detectHeader(rows, allTypes)).toBeNull();
    expect(detectHeader(rows, [new AliasIndex(RECORD_TYPES.birth)])?.type.name).toBe('birth');
  });
});

describe('record type from the file or sheet name', () => {
  it('names the register only when one kind is announced', async () => {
    const { recordTypeHint } = await import('../../src/ingest/type-hint.js');
    expect(recordTypeHint('249/so-khai-sinh-tam-hop-2015.xlsx', 'Quyển 01')).toBe('birth');
    expect(recordTypeHint('KT_2005.xlsx', '')).toBe('death');
    expect(recordTypeHint('ket hon 1998.csv', '')).toBe('marriage');
    expect(recordTypeHint('so-ho-tich-2015.xlsx', 'Sheet1')).toBeNull();
    expect(recordTypeHint('khai-sinh-va-khai-tu.xlsx', '')).toBeNull();
  });
});

describe('record type from the title lines of a sheet', () => {
  it('names the register the titles above the table name written out, only when they name one', async () => {
    const { titleTypeHint } = await import('../../src/ingest/type-hint.js');
    const table = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi cư trú'];
    expect(titleTypeHint(sheetRows([['UBND XÃ SƠN LÔI'], [null, null, 'SỔ ĐĂNG KÝ KHAI TỬ'], [null, null, 'Năm 2005'], table]))).toBe('death');
    expect(titleTypeHint(sheetRows([['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1998'], table]))).toBe('marriage');
    expect(titleTypeHint(sheetRows([['Sổ đăng ký khai sinh'], table]))).toBe('birth');
    // Nothing named, two registers named, or the words only below the title lines (an entry's remarks).
    expect(titleTypeHint(sheetRows([['UBND XÃ SƠN LÔI'], table]))).toBeNull();
    expect(titleTypeHint(sheetRows([['SỔ ĐĂNG KÝ KHAI SINH, KHAI TỬ'], table]))).toBeNull();
    expect(titleTypeHint(sheetRows([table, [1, '10/01/2005', 'Nguyễn Văn Tý', '1920', 'Nam', 'Đăng ký khai tử quá hạn']]))).toBeNull();
    // Abbreviations stay the file name's: 'KT.' over a signer is 'ký thay'.
    expect(titleTypeHint(sheetRows([['KT. CHỦ TỊCH'], table]))).toBeNull();
  });
});
