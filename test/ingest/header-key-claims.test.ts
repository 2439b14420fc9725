import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const marriage = [new AliasIndex(RECORD_TYPES.marriage)];
const death = [new AliasIndex(RECORD_TYPES.death)];
/** Label → key of each labelled column ('-' for a column left in `raw`). */
const mapping = (header: ReturnType<typeof detectHeader>): string[] =>
  [...(header?.labels ?? [])].map(([column, label]) => `${label} → ${header?.keys.get(column) ?? '-'}`);

const titles = [['UBND XÃ HƯƠNG SƠN'], ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2009'], []];

describe('CMND issue dates in marriage books (2005–2015) are no registration date', () => {
  it("leaves 'Ngày cấp' under 'Chồng' | 'Vợ' unknown and reads the 'Ngày đăng ký' after them", () => {
    const spouse = ['Họ và tên', 'Ngày sinh', 'Nơi thường trú', 'Số CMND', 'Ngày cấp'];
    const rows = sheetRows([
      ...titles,
      ['Số', 'Chồng', null, null, null, null, 'Vợ', null, null, null, null, 'Ngày đăng ký', 'Ghi chú'],
      [null, ...spouse, ...spouse, null, null],
      [1, 'Nguyễn Văn Tiến', '12/04/1983', 'Hương Sơn', '135100200', '12/5/2001', 'Trần Thị Hạnh', '03/08/1986', 'Hương Sơn', '135100300', '20/6/2004', '15/01/2009', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(mapping(header)).toEqual([
      'Số → registration.number',
      'Chồng / Họ và tên → husband.fullName', 'Chồng / Ngày sinh → husband.birthDate', 'Chồng / Nơi thường trú → husband.residence',
      'Chồng / Số CMND → husband.personalId', 'Chồng / Ngày cấp → -',
      'Vợ / Họ và tên → wife.fullName', 'Vợ / Ngày sinh → wife.birthDate', 'Vợ / Nơi thường trú → wife.residence',
      'Vợ / Số CMND → wife.personalId', 'Vợ / Ngày cấp → -',
      'Ngày đăng ký → registration.date', 'Ghi chú → remarks',
    ]);
  });

  it("still reads a 'Ngày đăng ký' typed in the lower row only, carried under the 'Vợ' group to its left", () => {
    const rows = sheetRows([
      ['Số', 'Chồng', null, null, 'Vợ', null, null, null],
      [null, 'Họ và tên', 'Ngày sinh', 'Ngày cấp', 'Họ và tên', 'Ngày sinh', 'Ngày cấp', 'Ngày đăng ký'],
    ]);
    const header = detectHeader(rows, marriage);
    expect(header?.keys.get(7)).toBe('registration.date');
    expect([header?.keys.get(3), header?.keys.get(6)]).toEqual([undefined, undefined]);
  });

  it("reads one-row 'Số CMND, ngày cấp' as each spouse's ID, whatever comes after", () => {
    const rows = sheetRows([
      ...titles,
      ['Số', 'Họ và tên chồng', 'Ngày sinh', 'Dân tộc', 'Nơi thường trú', 'Số CMND, ngày cấp', 'Họ và tên vợ', 'Ngày sinh', 'Dân tộc', 'Nơi thường trú', 'Số CMND, ngày cấp', 'Ngày đăng ký', 'Ghi chú'],
    ]);
    const keys = [...(detectHeader(rows, allTypes)?.keys.values() ?? [])];
    expect(keys).toEqual([
      'registration.number', 'husband.fullName', 'husband.birthDate', 'husband.ethnicity', 'husband.residence', 'husband.personalId',
      'wife.fullName', 'wife.birthDate', 'wife.ethnicity', 'wife.residence', 'wife.personalId', 'registration.date', 'remarks',
    ]);
  });

  it("gives 'Ngày cấp' the registration date only when nothing better claims it and it is no ID's issue date", () => {
    const keyOf = (labels: string[], label: string): string | undefined => {
      const header = detectHeader(sheetRows([labels]), marriage);
      return header?.keys.get(labels.indexOf(label));
    };
    // The book's only date column: the day the certificate was issued, i.e. registered.
    expect(keyOf(['Số', 'Ngày cấp', 'Họ tên chồng', 'Năm sinh', 'Họ tên vợ', 'Năm sinh'], 'Ngày cấp')).toBe('registration.date');
    // A 'Ngày đăng ký' after it takes the key, whatever the order.
    const both = ['Số', 'Ngày cấp', 'Họ tên chồng', 'Năm sinh', 'Họ tên vợ', 'Năm sinh', 'Ngày đăng ký'];
    expect([keyOf(both, 'Ngày cấp'), keyOf(both, 'Ngày đăng ký')]).toEqual([undefined, 'registration.date']);
    // Right of an ID column, it is that ID's issue date.
    expect(keyOf(['Số', 'Họ tên chồng', 'Năm sinh', 'Số CMND', 'Ngày cấp', 'Họ tên vợ', 'Năm sinh'], 'Ngày cấp')).toBeUndefined();
  });

  it('lets an exact label take its key from a label that only contains an alias, in either order', () => {
    const labels = ['Số', 'Ngày đăng ký lại', 'Họ tên người chết', 'Năm sinh', 'Ngày chết', 'Nơi chết', 'Ngày đăng ký'];
    const header = detectHeader(sheetRows([labels]), death);
    expect([header?.keys.get(1), header?.keys.get(6)]).toEqual([undefined, 'registration.date']);
    const reversed = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ tên người chết', 'Năm sinh', 'Ngày chết', 'Nơi chết', 'Ngày đăng ký lại']]), death);
    expect([reversed?.keys.get(1), reversed?.keys.get(6)]).toEqual(['registration.date', undefined]);
  });
});

describe("the issue date of the register's certificate is the registration date", () => {
  // The certificate is handed over on registration (Law 60/2014/QH13 Art. 16, 18, 34); 'Ngày cấp' alone stays a fallback.
  it.each([
    ['birth', ['Số', 'Ngày cấp GKS', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ']],
    ['birth', ['Số', 'Ngày cấp giấy khai sinh', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ']],
    ['marriage', ['Số', 'Ngày cấp GCN', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ']],
    ['marriage', ['Số', 'Ngày cấp giấy CNKH', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ']],
    ['marriage', ['Số', 'Ngày cấp Giấy chứng nhận kết hôn', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ']],
    ['death', ['Số', 'Ngày cấp giấy chứng tử', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết', 'Nơi chết']],
    ['death', ['Số', 'Ngày cấp trích lục', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết', 'Nơi chết']],
  ])('%s: %j', (type, labels) => {
    const header = detectHeader(sheetRows([...titles, labels]), allTypes);
    expect([header?.type.name, header?.keys.get(1)]).toEqual([type, 'registration.date']);
  });

  it.each([
    ['birth', ['Số', 'Ngày cấp GKS', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ'], 2],
    ['birth', ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Ngày cấp giấy khai sinh'], 1],
    ['marriage', ['Số', 'Ngày cấp GCNKH', 'Ngày, tháng, năm đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ'], 2],
    ['death', ['Số', 'Ngày cấp trích lục', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết', 'Ngày ĐK'], 5],
  ])("%s: gives the registration date to 'Ngày đăng ký' beside the certificate's issue date, in either order: %j", (type, labels, column) => {
    const header = detectHeader(sheetRows([...titles, labels]), allTypes);
    const certificate = labels.findIndex((label) => label.startsWith('Ngày cấp'));
    expect([header?.type.name, header?.keys.get(column), header?.keys.get(certificate)]).toEqual([type, 'registration.date', undefined]);
  });

  it("reads it right of a spouse's ID and beside the spouses' 'Ngày cấp', which stay the IDs' issue dates", () => {
    const afterId = detectHeader(sheetRows([['Số', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ', 'Số CMND vợ', 'Ngày cấp GCN']]), marriage);
    expect(afterId?.keys.get(6)).toBe('registration.date');
    const spouse = ['Họ và tên', 'Ngày sinh', 'Số CMND', 'Ngày cấp'];
    const rows = sheetRows([
      ['Số', 'Chồng', null, null, null, 'Vợ', null, null, null, 'Ngày cấp GCNKH'],
      [null, ...spouse, ...spouse, null],
    ]);
    expect(mapping(detectHeader(rows, marriage))).toEqual([
      'Số → registration.number',
      'Chồng / Họ và tên → husband.fullName', 'Chồng / Ngày sinh → husband.birthDate', 'Chồng / Số CMND → husband.personalId', 'Chồng / Ngày cấp → -',
      'Vợ / Họ và tên → wife.fullName', 'Vợ / Ngày sinh → wife.birthDate', 'Vợ / Số CMND → wife.personalId', 'Vợ / Ngày cấp → -',
      'Ngày cấp GCNKH → registration.date',
    ]);
  });
});

describe("'Nơi đăng ký HKTT' is where a person's residence is registered", () => {
  it.each(['Nơi ĐKTT', 'Nơi ĐKHK', 'Nơi ĐKNKTT', 'Nơi đăng ký NKTT', 'Nơi ĐK NKTT', 'Nơi ĐKTT cuối cùng'])("reads the abbreviation %j as each spouse's residence", (label) => {
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', label, 'Họ tên vợ', 'Năm sinh', label, 'Ghi chú']]);
    expect([...(detectHeader(rows, allTypes)?.keys.values() ?? [])]).toEqual([
      'registration.number', 'registration.date', 'husband.fullName', 'husband.birthDate', 'husband.residence', 'wife.fullName', 'wife.birthDate', 'wife.residence', 'remarks',
    ]);
  });

  it("still reads 'Nơi ĐK' alone as the register's place", () => {
    const rows = sheetRows([['Số', 'Nơi ĐK', 'Ngày ĐK', 'Họ tên chồng', 'Năm sinh', 'Nơi ĐKTT', 'Họ tên vợ', 'Năm sinh', 'Nơi ĐKTT']]);
    const header = detectHeader(rows, marriage);
    expect([header?.keys.get(1), header?.keys.get(5), header?.keys.get(8)]).toEqual(['registration.place', 'husband.residence', 'wife.residence']);
  });

  it("reads it as each spouse's residence in a one-row marriage header", () => {
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh', 'Nơi đăng ký HKTT', 'Họ tên vợ', 'Năm sinh', 'Nơi đăng ký HKTT', 'Ghi chú']]);
    expect([...(detectHeader(rows, allTypes)?.keys.values() ?? [])]).toEqual([
      'registration.number', 'registration.date', 'husband.fullName', 'husband.birthDate', 'husband.residence', 'wife.fullName', 'wife.birthDate', 'wife.residence', 'remarks',
    ]);
  });

  it("reads the other ways of writing it as the person's residence, under a group too, and 'Nơi đăng ký' alone as the register's place", () => {
    const rows = sheetRows([
      ['Số', 'Nơi đăng ký', 'Ngày đăng ký', 'Chồng', null, null, 'Vợ', null, null],
      [null, null, null, 'Họ và tên', 'Ngày sinh', 'Nơi đăng ký thường trú', 'Họ và tên', 'Ngày sinh', 'Nơi ĐKHKTT'],
    ]);
    const header = detectHeader(rows, marriage);
    expect([header?.keys.get(1), header?.keys.get(5), header?.keys.get(8)]).toEqual(['registration.place', 'husband.residence', 'wife.residence']);
    for (const label of ['Nơi đăng ký nhân khẩu thường trú cuối cùng', 'Nơi đăng ký hộ khẩu thường trú', 'Nơi đăng ký tạm trú', 'Nơi ĐK HKTT']) {
      const deathRows = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', label, 'Ngày chết', 'Nơi chết']]);
      expect(detectHeader(deathRows, death)?.keys.get(4), label).toBe('deceased.residence');
    }
  });
});

describe("the declarant of old books: 'người đứng khai'", () => {
  it("reads 'Họ tên người đứng khai' as the declarant's name, never the deceased's or the child's", () => {
    const deathRows = sheetRows([['Số TT', 'Họ và tên người chết', 'Tuổi', 'Nơi thường trú', 'Ngày chết', 'Nơi chết', 'Họ tên người đứng khai', 'Quan hệ', 'Ngày đăng ký']]);
    const header = detectHeader(deathRows, allTypes);
    expect(header?.type.name).toBe('death');
    expect([header?.keys.get(6), header?.keys.get(7)]).toEqual(['declarant.fullName', 'declarant.relation']);
    const birthRows = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ', 'Họ tên cha', 'Người đứng khai']]);
    expect(detectHeader(birthRows, allTypes)?.keys.get(6)).toBe('declarant.fullName');
    const beforeName = sheetRows([['Số', 'Ngày đăng ký', 'Họ tên người đứng khai', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ', 'Họ tên cha']]);
    const birth = detectHeader(beforeName, allTypes);
    expect([birth?.keys.get(2), birth?.keys.get(3)]).toEqual(['declarant.fullName', 'child.fullName']);
  });

  it("leaves 'Họ tên, tuổi, nơi thường trú người đứng khai' (one cell for all three) in raw, whatever column is free", () => {
    const rows = sheetRows([
      ['Số TT', 'Họ và tên người chết', 'Nam\nNữ', 'Tuổi', 'Dân tộc', 'Ngày, giờ chết', 'Nơi chết', 'Nguyên nhân chết', 'Họ tên, tuổi, nơi thường trú người đứng khai', 'Ngày đăng ký'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('death');
    expect(header?.keys.get(8)).toBeUndefined();
    expect([...(header?.keys.values() ?? [])]).not.toContain('deceased.residence');
  });
});

describe('day and month headed without the year', () => {
  it("reads 'Ngày, tháng đăng ký' and 'Ngày, tháng chết'", () => {
    const labels: [string, string][] = [['Ngày, tháng đăng ký', 'Ngày, tháng chết'], ['Ngày tháng đăng ký', 'Ngày tháng chết'], ['Ngày, tháng, năm đăng ký', 'Ngày tháng năm chết']];
    for (const [registered, died] of labels) {
      const rows = sheetRows([['Số', registered, 'Họ và tên người chết', 'Năm sinh', 'Giới tính', died, 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú']]);
      const header = detectHeader(rows, allTypes);
      expect([header?.type.name, header?.keys.get(1), header?.keys.get(5)], registered).toEqual(['death', 'registration.date', 'deathDate']);
    }
  });
});

describe('hidden columns', () => {
  const rows = sheetRows([['Số', 'Ngày đăng ký', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ']]);

  it('give a key to a visible column of the same label', () => {
    const header = detectHeader(rows, allTypes, [{ firstColumn: 1, lastColumn: 1 }]);
    expect([header?.keys.get(1), header?.keys.get(2)]).toEqual([undefined, 'registration.date']);
    expect(detectHeader(rows, allTypes)?.keys.get(1)).toBe('registration.date'); // all visible: the first
  });

  it('keep their key when no visible column claims it', () => {
    const header = detectHeader(rows, allTypes, [{ firstColumn: 2, lastColumn: 6 }]);
    expect([header?.keys.get(1), header?.keys.get(2), header?.keys.get(3)]).toEqual(['registration.date', undefined, 'husband.fullName']);
  });
});

describe("the declarant's ID paper, which has no key of its own", () => {
  const birth2012 = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Nơi sinh', 'Họ tên mẹ', 'Năm sinh', 'Họ tên cha', 'Năm sinh', 'Người đi khai sinh', 'Số CMND', 'Quan hệ', 'Ghi chú'];
  const death2017 = [
    'Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết',
    'Họ, chữ đệm, tên người đi khai tử', 'Giấy tờ tùy thân', 'Quan hệ với người chết', 'Ghi chú',
  ];

  it("leaves an ID column right of the declarant's name in raw: it is never the child's or the deceased's", () => {
    const birth = detectHeader(sheetRows([['UBND XÃ TAM HỢP'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2012'], [], birth2012]), allTypes);
    expect(birth?.type.name).toBe('birth');
    expect(mapping(birth).slice(11)).toEqual(['Người đi khai sinh → declarant.fullName', 'Số CMND → -', 'Quan hệ → declarant.relation', 'Ghi chú → remarks']);
    const deathBook = detectHeader(sheetRows([['UBND XÃ TAM HỢP'], ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2017'], [], death2017]), allTypes);
    expect(deathBook?.type.name).toBe('death');
    expect(mapping(deathBook).slice(10)).toEqual([
      'Họ, chữ đệm, tên người đi khai tử → declarant.fullName', 'Giấy tờ tùy thân → -', 'Quan hệ với người chết → declarant.relation', 'Ghi chú → remarks',
    ]);
    expect([...(deathBook?.keys.values() ?? [])]).not.toContain('deceased.personalId');
    // After the declarant's relation too.
    const afterRelation = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ tên người chết', 'Năm sinh', 'Ngày chết', 'Người đi khai', 'Quan hệ', 'Số CMND']]), death);
    expect(afterRelation?.keys.get(7)).toBeUndefined();
  });

  it("still reads an ID column among the registered person's own columns, or one naming them, as theirs", () => {
    const before = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ tên người chết', 'Năm sinh', 'Số CMND', 'Ngày chết', 'Người đi khai', 'Quan hệ']]), death);
    expect(before?.keys.get(4)).toBe('deceased.personalId');
    const named = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ tên người chết', 'Năm sinh', 'Ngày chết', 'Người đi khai', 'Quan hệ', 'Số CMND người chết']]), death);
    expect(named?.keys.get(7)).toBe('deceased.personalId');
    // A declarant typed first: the child's columns after the child's name are the child's.
    const declarantFirst = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Người đi khai sinh', 'Số CMND', 'Họ và tên', 'Ngày sinh', 'Số định danh cá nhân', 'Họ tên mẹ', 'Họ tên cha']]), allTypes);
    expect([declarantFirst?.keys.get(3), declarantFirst?.keys.get(6)]).toEqual([undefined, 'child.personalId']);
  });
});

describe("the 2020 death book (Circular 04/2020): 'Người đi khai tử' merged over its three columns", () => {
  const deceased = ['STT', 'Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Số định danh cá nhân', 'Nơi cư trú cuối cùng', 'Ngày, giờ, phút chết', 'Nơi chết', 'Nguyên nhân chết'];
  const under = deceased.map(() => null);
  const titles2021 = [['UBND THỊ TRẤN BÁ HIẾN'], ['SỔ ĐĂNG KÝ KHAI TỬ'], []];

  it('reads both header rows, with or without the death notice group, and keeps the relation', () => {
    const variants = [
      [[...deceased, 'Người đi khai tử', null, null, 'Ghi chú'], [...under, 'Họ, chữ đệm, tên', 'Giấy tờ tùy thân', 'Quan hệ với người chết', null]],
      [[...deceased, 'Giấy báo tử', null, null, 'Người đi khai tử', null, null, 'Ghi chú'], [...under, 'Số', 'Ngày cấp', 'Cơ quan cấp', 'Họ, chữ đệm, tên', 'Giấy tờ tùy thân', 'Quan hệ với người chết', null]],
      [[...deceased, 'Người đi khai tử', null, 'Ghi chú'], [...under, 'Họ, chữ đệm, tên', 'Quan hệ với người chết', null]],
    ];
    for (const rows of variants) {
      const header = detectHeader(sheetRows([...titles2021, ...rows]), allTypes);
      expect(header?.headerRowNumbers, rows[1]!.join('|')).toEqual([4, 5]);
      const declarant = mapping(header).filter((line) => line.startsWith('Người đi khai tử'));
      expect(declarant).toContain('Người đi khai tử / Họ, chữ đệm, tên → declarant.fullName');
      expect(declarant).toContain('Người đi khai tử / Quan hệ với người chết → declarant.relation');
      expect(declarant.filter((line) => line.includes('Giấy tờ tùy thân'))).toEqual(rows[1]!.includes('Giấy tờ tùy thân') ? ['Người đi khai tử / Giấy tờ tùy thân → -'] : []);
      expect(header?.keys.get(8)).toBe('deceased.personalId');
    }
  });
});

describe("a plain ID column right of a parent's name is that parent's, as a repeated 'Năm sinh' is", () => {
  const birthTitles = [['UBND XÃ TAM HỢP'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2021'], []];
  const child = ['Số', 'Ngày ĐK', 'Họ và tên', 'Ngày sinh', 'Giới tính'];

  for (const label of ['CCCD', 'Số CCCD', 'Số CMND', 'CMND/CCCD', 'Giấy tờ tùy thân']) {
    it(`'Họ tên cha' | 'Năm sinh' | '${label}' | 'Họ tên mẹ' | 'Năm sinh' | '${label}': each parent's ID, none the child's`, () => {
      const header = detectHeader(sheetRows([...birthTitles, [...child, 'Họ tên cha', 'Năm sinh', label, 'Họ tên mẹ', 'Năm sinh', label, 'Nơi cư trú']]), allTypes);
      expect(header?.type.name).toBe('birth');
      expect(mapping(header).slice(5, 11).map((line) => line.slice(line.indexOf('→') + 2))).toEqual([
        'father.fullName', 'father.birthYear', 'father.personalId', 'mother.fullName', 'mother.birthYear', 'mother.personalId',
      ]);
      expect([...(header?.keys.values() ?? [])]).not.toContain('child.personalId');
    });
  }

  it("reads the child's plain ID column among the child's own columns as the child's, and the parents' after their names as theirs", () => {
    const header = detectHeader(
      sheetRows([...birthTitles, [...child, 'Số định danh cá nhân', 'Họ tên mẹ', 'Năm sinh', 'CCCD', 'Họ tên cha', 'Năm sinh', 'CCCD', 'Ghi chú']]),
      allTypes,
    );
    expect([header?.keys.get(5), header?.keys.get(8), header?.keys.get(11)]).toEqual(['child.personalId', 'mother.personalId', 'father.personalId']);
  });

  it("still reads 'Số định danh cá nhân' after the parents as the child's: the number the birth registration gives the child", () => {
    const header = detectHeader(
      sheetRows([['SỐ', 'NGÀY ĐĂNG KÝ', 'HỌ VÀ TÊN', 'NGÀY SINH', 'GIỚI TÍNH', 'HỌ VÀ TÊN MẸ', 'NĂM SINH MẸ', 'HỌ VÀ TÊN CHA', 'NĂM SINH CHA', 'SỐ ĐỊNH DANH CÁ NHÂN']]),
      allTypes,
    );
    expect(header?.keys.get(9)).toBe('child.personalId');
  });

  it("leaves a plain ID column after a parent whose ID column is already read in raw: it is never the child's", () => {
    const header = detectHeader(sheetRows([...birthTitles, [...child, 'Họ tên cha', 'Số CCCD cha', 'CMND', 'Họ tên mẹ', 'Năm sinh']]), allTypes);
    expect([header?.keys.get(6), header?.keys.get(7)]).toEqual(['father.personalId', undefined]);
    expect([...(header?.keys.values() ?? [])]).not.toContain('child.personalId');
  });

  it("keeps the deceased's plain ID column in the deceased's columns, and the declarant's after the declarant's name in raw", () => {
    const header = detectHeader(
      sheetRows([['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2021'], ['Số', 'Ngày ĐK', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày chết', 'Nơi chết', 'Người đi khai', 'CCCD']]),
      death,
    );
    expect([header?.keys.get(5), header?.keys.get(9)]).toEqual(['deceased.personalId', undefined]);
  });
});

describe('ID columns under the card names of 2024 and of books with foreign spouses', () => {
  // The Law on Identification 26/2023/QH15 renamed the card 'thẻ căn cước'; marriage books with a foreign
  // element ask for the card or the passport; 'ĐDCN' abbreviates 'định danh cá nhân'.
  for (const label of ['Căn cước', 'Số thẻ căn cước', 'ĐDCN', 'Mã ĐDCN', 'CCCD/Hộ chiếu']) {
    it(`'${label}' for the child, '${label} mẹ' and '${label} cha' for the parents`, () => {
      const header = detectHeader(
        sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', label, 'Họ tên mẹ', 'Năm sinh mẹ', `${label} mẹ`, 'Họ tên cha', `${label} cha`]]),
        allTypes,
      );
      expect(header?.type.name).toBe('birth');
      expect([5, 8, 10].map((column) => header?.keys.get(column))).toEqual(['child.personalId', 'mother.personalId', 'father.personalId']);
    });
  }
});
