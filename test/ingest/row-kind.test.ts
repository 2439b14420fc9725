import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RowClassifier } from '../../src/ingest/row-kind.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const index = new AliasIndex(RECORD_TYPES.birth);
const headerRow = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', 'Ghi chú'];

function classifyAll(values: (string | number | null)[][]): string[] {
  const rows = sheetRows([headerRow, ...values]);
  const header = detectHeader(rows, [index]);
  if (!header) throw new Error('fixture header not detected');
  const classifier = new RowClassifier(header, index);
  return rows.slice(1).map((row) => classifier.classify(row));
}

const entry = (stt: number, name: string): (string | number | null)[] => [stt, stt, '12/01/2015', name, '03/01/2015', 'Nam', 'Trần Thị Mai', 'Nguyễn Văn Bình', null];

describe('row classification below the header', () => {
  it('keeps entries, including sparse ones that have a name', () => {
    expect(classifyAll([entry(1, 'Nguyễn Văn An'), [2, null, null, 'Lê Văn Bảo']])).toEqual(['data', 'data']);
  });

  it('keeps entries whose cells hold Excel error values (read as blank later, with CELL_FORMULA_ERROR)', () => {
    const numberLost: (string | number | null)[] = ['#REF!', '#REF!', '12/01/2015', 'Nguyễn Văn An', '03/01/2015', 'Nam', 'Trần Thị Mai', 'Nguyễn Văn Bình', null];
    const lookupFailed: (string | number | null)[] = [2, 2, '14/01/2015', '#N/A', '05/01/2015', 'Nữ', '#N/A', 'Lê Văn Bảo', null];
    expect(classifyAll([numberLost, lookupFailed, entry(3, 'Phạm Văn Đức')])).toEqual(['data', 'data', 'data']);
  });

  it('skips blank rows and template rows that only carry a number', () => {
    expect(classifyAll([[], [null, null, null], [17]])).toEqual(['blank', 'blank', 'blank']);
  });

  it('skips the (1) (2) (3) column-numbering row and a header printed again on a new page', () => {
    expect(classifyAll([['(1)', '(2)', '(3)', '(4)', '(5)'], [1, 2, 3, 4, 5, 6], headerRow, entry(1, 'Nguyễn Văn An')])).toEqual([
      'column-numbers',
      'column-numbers',
      'repeated-header',
      'data',
    ]);
  });

  it('skips a signature block and the signers names under it, then resumes at the next entry', () => {
    expect(
      classifyAll([
        entry(1, 'Nguyễn Văn An'),
        [null, null, null, null, null, null, null, 'Tam Hợp, ngày 31 tháng 12 năm 2015'],
        [null, null, null, 'Người lập biểu', null, null, null, 'Chủ tịch UBND xã'],
        [null, null, null, '(Ký, ghi rõ họ tên)'],
        [null, null, null, 'Nguyễn Thị Hà', null, null, null, 'Trần Văn Cường'],
        entry(2, 'Lê Văn Bảo'),
      ]),
    ).toEqual(['data', 'footer', 'footer', 'footer', 'footer', 'data']);
  });

  it('skips totals lines', () => {
    expect(classifyAll([entry(1, 'Nguyễn Văn An'), ['Tổng cộng: 25 trường hợp'], ['Cộng', null, '5 trường hợp']])).toEqual(['data', 'footer', 'footer']);
  });

  it('skips a section title but keeps a lone name as an (incomplete) entry', () => {
    expect(classifyAll([['Quyển số 02/2016'], [null, null, null, 'Phạm Văn Đức']])).toEqual(['section-title', 'data']);
  });

  it('treats a title-like cell in a non-name column as a section title', () => {
    expect(classifyAll([[null, null, 'Năm 2016']])).toEqual(['section-title']);
  });

  it('keeps a sparse entry whose date is written in words, though it reads like a place-and-date line', () => {
    expect(classifyAll([entry(1, 'Nguyễn Văn An'), [null, null, '06/01/2010', 'Lê Thị Hoa', 'ngày 2 tháng 1 năm 2010']])).toEqual(['data', 'data']);
  });

  it('keeps a sparse entry right after a page footer and its signer', () => {
    expect(
      classifyAll([
        entry(1, 'Nguyễn Văn An'),
        [null, null, null, 'Người ghi sổ'],
        [null, null, null, 'Nguyễn Thị Lan'],
        [4, null, null, 'Phạm Thị Thu', '04/01/2010'],
        [null, null, '12/01/2010', 'Vũ Văn Tám', null, null, null, null, 'Xác nhận của trưởng thôn'],
      ]),
    ).toEqual(['data', 'footer', 'footer', 'data', 'data']);
  });

  it('still skips footers that sit under the name and date columns', () => {
    expect(
      classifyAll([
        entry(1, 'Nguyễn Văn An'),
        [null, null, null, 'Tam Hợp, ngày 5 tháng 3 năm 2018'],
        [null, null, 'Tam Hợp, ngày 5 tháng 3 năm 2018', 'Người ghi sổ', null, null, null, 'Chủ tịch UBND xã'],
        [null, null, null, 'Ký tên, đóng dấu'],
        [null, null, null, 'Nguyễn Thị Lan', null, null, null, 'Trần Văn Cường'],
        [null, null, null, 'Nguyễn Thị Lan'],
      ]),
    ).toEqual(['data', 'footer', 'footer', 'footer', 'footer', 'footer']);
  });

  it('tells an entry above the header from a title', () => {
    const rows = sheetRows([['SỔ ĐĂNG KÝ KHAI SINH'], [1, 1, '12/01/2015', 'Nguyễn Văn An'], ['Quyển số: 01', null, '2015'], headerRow]);
    const header = detectHeader(rows, [index]);
    expect(header?.headerRowNumbers).toEqual([4]);
    const classifier = new RowClassifier(header!, index);
    expect(rows.slice(0, 3).map((row) => classifier.isEntry(row))).toEqual([false, true, false]);
  });

  it("takes a book's title block above the header for titles, not entries ('Người giữ sổ: …' is a role, no child's name)", () => {
    const bookHeader = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Ghi chú'];
    const rows = sheetRows([
      ['UBND XÃ TÂN PHONG'],
      ['Quyển số: 01', 'Mở sổ ngày 02/01/2010', 'Người giữ sổ: Nguyễn Thị Hương'],
      [null, 'Khoá sổ ngày 31/12/2010', 'Cán bộ tư pháp: Lê Văn Tám'],
      [1, '02/01/2010', 'Trần Văn An', 'Nam', '01/01/2010'],
      bookHeader,
    ]);
    const header = detectHeader(rows, [index]);
    expect(header?.headerRowNumbers).toEqual([5]);
    const classifier = new RowClassifier(header!, index);
    expect(rows.slice(0, 4).map((row) => classifier.isEntry(row))).toEqual([false, false, false, true]);
  });
});

describe('section titles typed in the name column', () => {
  it('skips quarter, month, village and kind-of-registration titles typed alone under the name, and keeps the entries around them', () => {
    const titles = ['QUÝ I', 'QUÝ II', 'Đăng ký quá hạn', 'Đăng ký lại', 'Thôn Nam Viêm', 'Tháng Bảy', 'Hết quý II', 'Trẻ em bị bỏ rơi', 'Sổ phụ (bổ sung)'];
    const kinds = classifyAll(titles.flatMap((title, at) => [[null, null, null, title], entry(at + 1, 'Nguyễn Văn Hải')]));
    expect(kinds.filter((_, at) => at % 2 === 0)).toEqual(titles.map(() => 'section-title'));
    expect(kinds.filter((_, at) => at % 2 === 1).every((kind) => kind === 'data')).toBe(true);
  });

  it('keeps a name typed alone as an entry, even one whose words look like a title without their marks or with a given name Quý, Tháng or Năm', () => {
    const names = ['Phạm Văn Đức', 'Đặng Kỳ Nam', 'Dang Ky Lai', 'Thang Văn Phúc', 'Nguyễn Văn Quý', 'Tô Thị Năm', 'Quý'];
    expect(classifyAll(names.map((name) => [null, null, null, name]))).toEqual(names.map(() => 'data'));
  });

  it('reads a numbered entry whose name cell holds a title-like phrase (an abandoned child not yet named)', () => {
    expect(classifyAll([[8, 8, null, 'Trẻ em bị bỏ rơi'], [null, null, '10/07/2001', 'Đăng ký lại']])).toEqual(['data', 'data']);
  });
});

describe('numbers of the book left unused', () => {
  const remarks = (stt: number | string, text: string): (string | number | null)[] => [stt, stt, null, null, null, null, null, null, text];

  it('skips a number marked unused under the name or in the remarks, in words or with a cross or a dash', () => {
    const lines = [
      [2, 2, null, 'Bỏ trống'],
      [3, 3, null, '(không sử dụng)'],
      remarks(4, 'Bỏ trống'),
      remarks(5, '(không sử dụng)'),
      [6, 6, null, 'Trống'],
      [7, 7, null, 'Viết hỏng, bỏ'],
      ['8, 9, 10', '8, 9, 10', null, 'Bỏ trống do viết hỏng'],
      [11, 11, null, 'x'],
      [12, 12, null, '---'],
      [13, 13, null, 'Để trống', null, null, null, null, 'Không sử dụng'],
    ];
    expect(classifyAll([entry(1, 'Nguyễn Văn Tý'), ...lines, entry(14, 'Trần Thị Mùi')])).toEqual(['data', ...lines.map(() => 'unused-line'), 'data']);
  });

  it('reads a numbered line with a name, a date or unmarked words beside the mark: an entry, rejected later for what it lacks', () => {
    expect(
      classifyAll([
        [7, 7, null, 'Lê Văn Bảy'],
        [7, 7, '05/01/2008', 'x'],
        [9, 9, null, 'Nguyễn Văn Hồng', null, null, null, null, 'Bỏ trống'],
        [10, 10, null, 'Viet Hong'],
        [11, 11, null, 'Huy'],
      ]),
    ).toEqual(['data', 'data', 'data', 'data', 'data']);
  });

  it('reads a given name typed alone beside its number in a register that splits names', () => {
    const splitHeader = ['STT', 'Số', 'Ngày đăng ký', 'Họ', 'Chữ đệm', 'Tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh'];
    const rows = sheetRows([splitHeader, [5, 5, null, null, null, 'Huy'], [6, 6, null, null, null, 'Hưng'], [7, 7, null, null, null, 'Bỏ trống']]);
    const header = detectHeader(rows, [index]);
    if (!header) throw new Error('fixture header not detected');
    const classifier = new RowClassifier(header, index);
    expect(rows.slice(1).map((row) => classifier.classify(row))).toEqual(['data', 'data', 'unused-line']);
  });

  it("does not take '(không sử dụng)' for a signature block: a sparse entry after it is read", () => {
    expect(classifyAll([entry(1, 'Nguyễn Văn An'), [3, 3, null, '(không sử dụng)'], [null, null, null, '(không sử dụng)'], [null, null, null, 'Phạm Văn Đức']])).toEqual([
      'data',
      'unused-line',
      'unused-line',
      'data',
    ]);
  });

  it('ends a signature block at a numbered unused line: the next page has begun', () => {
    expect(
      classifyAll([entry(1, 'Nguyễn Văn An'), [null, null, null, 'Người ghi sổ'], [null, null, null, 'Nguyễn Thị Lan'], [15, 15, null, 'Bỏ trống'], [null, null, null, 'Phạm Văn Đức']]),
    ).toEqual(['data', 'footer', 'footer', 'unused-line', 'data']);
  });
});

describe('rows that are not register entries, whatever their layout', () => {
  const blank = (cells: Record<number, string | number>): (string | number | null)[] => Array.from({ length: 16 }, (_, column) => cells[column] ?? null);
  const birthHeader = ['STT', 'Số', 'Ngày, tháng, năm đăng ký', 'Họ, chữ đệm, tên người được khai sinh', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Quốc tịch mẹ', 'Nơi cư trú mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Ghi chú'];
  const fullEntry = (stt: number, name: string): (string | number | null)[] => [stt, stt, '08/02/1998', name, 'Nữ', '03/02/1998', 'Trạm y tế xã Tam Hợp', 'Trần Thị Nhung', 1974, 'Kinh', 'Việt Nam', 'Thôn Hợp Lễ, xã Tam Hợp', 'Hoàng Văn Bình', 1972, 'Kinh', null];

  function classifyBook(values: (string | number | null)[][]): string[] {
    const rows = sheetRows([birthHeader, ...values]);
    const header = detectHeader(rows, [index]);
    if (!header) throw new Error('fixture header not detected');
    const classifier = new RowClassifier(header, index);
    return rows.slice(1).map((row) => classifier.classify(row));
  }

  it('skips signature blocks whose titles name no listed phrase, the bracketed line under them and the signers', () => {
    const footers = [
      [blank({ 0: 'Tổng', 1: 12 }), blank({ 1: '(Ký, ghi rõ họ tên)', 8: '(Ký tên, đóng dấu)' }), blank({ 1: 'Nguyễn Thị Hạnh', 8: 'Trần Văn Bình' })],
      [blank({ 1: 'CÁN BỘ HỘ TỊCH', 8: 'TM. ỦY BAN NHÂN DÂN XÃ' }), blank({ 1: '(Ký, ghi rõ họ tên)', 8: '(Ký tên, đóng dấu)' }), blank({ 1: 'Nguyễn Thị Hạnh', 8: 'Trần Văn Bình' })],
      [blank({ 8: 'Tam Hợp, ngày 31/12/1998' }), blank({ 1: '(Ký, ghi rõ họ tên)', 8: '(Ký tên, đóng dấu)' }), blank({ 1: 'Nguyễn Thị Hạnh', 8: 'Trần Văn Bình' })],
      [blank({ 1: 'Người đăng ký', 8: 'Người ký giấy' }), blank({ 3: '(Đã ký)' }), blank({ 3: 'Nguyễn Thị Hạnh', 8: 'Trần Văn Bình' })],
    ];
    for (const footer of footers) {
      expect(classifyBook([fullEntry(1, 'Hoàng Ngọc Huyền'), [], ...footer, fullEntry(2, 'Khổng Ngọc Nga')])).toEqual(['data', 'blank', 'footer', 'footer', 'footer', 'data']);
    }
  });

  it('skips subtotal lines and a row of four signers with their bracket and name rows', () => {
    expect(
      classifyBook([
        fullEntry(1, 'Bùi Văn Đức'),
        blank({ 0: 'Cộng tháng 1', 3: '10 trường hợp', 4: 'Nam: 6', 15: 'Quá hạn: 1' }),
        fullEntry(2, 'Vũ Thu Yến'),
        blank({ 0: 'Tổng cộng', 2: '15 trường hợp', 4: 'Nam: 8', 5: 'Nữ: 7', 7: 'Đăng ký lại: 0', 15: 'Quá hạn: 1' }),
        blank({ 1: 'NGƯỜI GHI SỔ', 3: 'CÁN BỘ TƯ PHÁP - HỘ TỊCH', 7: 'PHÓ CHỦ TỊCH', 11: 'CHỦ TỊCH UBND XÃ' }),
        blank({ 1: '(Ký, ghi rõ họ tên)', 3: '(Ký, ghi rõ họ tên)', 7: '(Ký, ghi rõ họ tên)', 11: '(Ký tên, đóng dấu)' }),
        blank({ 1: 'Nguyễn Thị Hạnh', 3: 'Lê Văn Tâm', 7: 'Phạm Văn Quý', 11: 'Trần Văn Bình' }),
      ]),
    ).toEqual(['data', 'footer', 'data', 'footer', 'footer', 'footer', 'footer']);
  });

  it('reads an entry whose date is unknown after a signature block (rejected later for it, never skipped), and skips a page number under a date column', () => {
    const unknownDate = [null, null, null, 'Đỗ Văn Hiếu', 'Nam', 'không rõ', 'Trạm y tế xã Tam Hợp', 'Trần Thị Nhung', 1974, 'Kinh', 'Việt Nam', 'Thôn Hợp Lễ', 'Đỗ Văn Bình', 1972, 'Kinh', null];
    expect(
      classifyBook([
        fullEntry(1, 'Hoàng Ngọc Huyền'),
        blank({ 1: 'NGƯỜI GHI SỔ', 8: 'CHỦ TỊCH' }),
        blank({ 1: 'Nguyễn Thị Hạnh', 8: 'Trần Văn Bình' }),
        unknownDate,
        blank({ 5: '- 2 -' }),
        blank({ 8: 3 }),
      ]),
    ).toEqual(['data', 'footer', 'footer', 'data', 'section-title', 'section-title']);
  });

  it('reads a numbered entry whose name and dates are blank (rejected later for them, never skipped)', () => {
    const nameless = [7, 7, null, null, 'Nam', null, 'Trạm y tế xã Tam Hợp', 'Trần Thị Nhung', 1974, 'Kinh', 'Việt Nam', 'Thôn Hợp Lễ', null, null, null, null];
    expect(classifyBook([fullEntry(6, 'Hoàng Ngọc Huyền'), nameless])).toEqual(['data', 'data']);
  });

  it("reads the entries of a register that splits names into 'Họ' | 'Chữ đệm' | 'Tên' after a footer line", () => {
    // No other full-name column: the given name is the only name a row shows.
    const splitHeader = ['STT', 'Số', 'Ngày đăng ký', 'Họ', 'Chữ đệm', 'Tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh'];
    const rows = sheetRows([
      splitHeader,
      [1, 1, '08/02/1998', 'Hoàng', 'Ngọc', 'Huyền', 'Nữ', '03/02/1998', 'Trạm y tế xã Tam Hợp'],
      [null, null, null, '(Trang 2)', null, null, null, null, null],
      [2, 2, '"', 'Khổng', 'Thị', 'Nga', 'Nữ', '"', '"'],
    ]);
    const header = detectHeader(rows, [index]);
    if (!header) throw new Error('fixture header not detected');
    const classifier = new RowClassifier(header, index);
    expect(rows.slice(1).map((row) => classifier.classify(row))).toEqual(['data', 'footer', 'data']);
  });

  it('skips one-cell text lines typed in the name column, and keeps a lone name there', () => {
    const lines = ['Tháng 02/1998', 'Tổng: 10 trường hợp', 'Hết trang 1', '- 2 -', 'Trang 1', 'Trong đó: Nam 5, Nữ 5', 'Hết năm 1998', 'Chuyển sang trang sau'];
    const kinds = classifyBook(lines.flatMap((line, at) => [fullEntry(at + 1, 'Lê Minh Hiếu'), blank({ 3: line })]));
    expect(kinds.filter((_, at) => at % 2 === 1)).toEqual(['section-title', 'footer', 'section-title', 'section-title', 'section-title', 'section-title', 'section-title', 'section-title']);
    expect(kinds.filter((_, at) => at % 2 === 0).every((kind) => kind === 'data')).toBe(true);
    expect(classifyBook([blank({ 3: 'Tống Văn Cộng' }), blank({ 0: 3, 3: 'Phạm Văn Đức' })])).toEqual(['data', 'data']);
  });

  it('counts lines numbered or filled in advance and never written as blank, not as entries', () => {
    expect(
      classifyBook([
        fullEntry(8, 'Phạm Thanh Hương'),
        blank({ 0: 9 }),
        blank({ 1: 10 }),
        blank({ 0: 11, 1: '9/1998' }),
        blank({ 0: 12, 9: 'Kinh', 10: 'Việt Nam', 14: 'Kinh' }),
        blank({ 0: 13, 3: 'Vũ Thị Lan', 9: 'Kinh', 10: 'Việt Nam' }),
        blank({ 0: 14, 2: '12/05/1998', 9: 'Kinh', 10: 'Việt Nam' }),
      ]),
    ).toEqual(['data', 'blank', 'blank', 'blank', 'blank', 'data', 'data']);
  });

  it("skips a running total ('Lũy kế') and a count of cases typed from the name column beside their figure", () => {
    expect(
      classifyBook([
        fullEntry(8, 'Phạm Thanh Hương'),
        blank({ 1: 24, 3: 'Luỹ kế' }),
        blank({ 3: 'Lũy kế từ đầu năm', 5: 24 }),
        blank({ 3: 'Số trường hợp đăng ký trong tháng', 5: 3 }),
        fullEntry(9, 'Vũ Thị Lan'),
      ]),
    ).toEqual(['data', 'footer', 'footer', 'footer', 'data']);
  });

  it("counts a template's lines numbered and filled down with the commune's usual values as no entries, however wide", () => {
    // The book typed into a template whose numbers, birth place, ethnicities, nationality and residence were dragged down the page.
    const filledDown = (stt: number): (string | number | null)[] =>
      blank({ 0: stt, 1: stt, 6: 'Trạm y tế xã Tam Hợp', 9: 'Kinh', 10: 'Việt Nam', 11: 'Thôn Hợp Lễ, xã Tam Hợp', 14: 'Kinh' });
    const kinds = classifyBook([fullEntry(8, 'Phạm Thanh Hương'), filledDown(9), filledDown(10)]);
    expect(kinds[0]).toBe('data');
    expect(kinds.slice(1).filter((kind) => kind === 'data')).toEqual([]);
    // As wide, a name or a date makes the line an entry (rejected for what it lacks, never dropped).
    const typing = (stt: number, column: number, value: string | number): (string | number | null)[] => filledDown(stt).map((cell, at) => (at === column ? value : cell));
    expect(classifyBook([typing(11, 3, 'Vũ Thị Lan'), typing(12, 5, '02/03/1998'), typing(13, 7, 'Trần Thị Nhung'), typing(14, 8, 1974)])).toEqual([
      'data',
      'data',
      'data',
      'data',
    ]);
    // A line no template fills down so far (a sex, a remark) is an entry whose name and dates are yet to be typed:
    // rejected for them, never dropped; an unused line's mark in the remarks is no entry's.
    const typed = classifyBook([fullEntry(8, 'Phạm Thanh Hương'), typing(9, 4, 'Nam'), typing(10, 15, 'Chưa ghi tên, chờ bổ sung'), typing(11, 15, 'Bỏ trống'), typing(12, 15, 'x')]);
    expect(typed.slice(0, 3)).toEqual(['data', 'data', 'data']);
    expect(typed.slice(3)).not.toContain('data');
  });

  it('skips column-numbering rows in letters and numbers or as "Cột n"', () => {
    const letters = ['A', 'B', 'C', ...Array.from({ length: 13 }, (_, at) => String(at + 1))];
    const cot = Array.from({ length: 16 }, (_, at) => `Cột ${at + 1}`);
    expect(classifyBook([letters, cot, fullEntry(1, 'Ngô Quang Huy')])).toEqual(['column-numbers', 'column-numbers', 'data']);
  });

  it('skips a two-level marriage header printed again at a page break, and a sub-header row', () => {
    const marriage = new AliasIndex(RECORD_TYPES.marriage);
    const spouse = ['Họ và tên', 'Ngày, tháng, năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú'];
    const top = ['STT', 'Số', 'Ngày, tháng, năm đăng ký', 'Bên chồng', null, null, null, null, 'Bên vợ', null, null, null, null, 'Ghi chú'];
    const sub = [null, null, null, ...spouse, ...spouse, null];
    const couple = (stt: number): (string | number | null)[] => [stt, stt, '02/02/2006', 'Vũ Văn Hùng', '02/05/1981', 'Kinh', 'Việt Nam', 'Thôn Bảo Sơn', 'Lê Thị Phương', '02/03/1986', 'Kinh', 'Việt Nam', 'Thôn Bảo Sơn', null];
    const rows = sheetRows([top, sub, couple(1), couple(2), top, sub, couple(3)]);
    const header = detectHeader(rows, [marriage]);
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    const classifier = new RowClassifier(header!, marriage);
    expect(rows.slice(2).map((row) => classifier.classify(row))).toEqual(['data', 'data', 'repeated-header', 'repeated-header', 'data']);

    // 'Giấy tờ tùy thân' over 'Số | Ngày cấp | Nơi cấp' for each spouse, read as a one-row header.
    const oneRow = ['STT', 'Số', 'Họ và tên chồng', 'Ngày sinh', 'Dân tộc', 'Nơi thường trú', 'Giấy tờ tùy thân', null, null, 'Họ và tên vợ', 'Ngày sinh', 'Dân tộc', 'Nơi thường trú', 'Giấy tờ tùy thân'];
    const papers = [null, null, null, null, null, null, 'Số', 'Ngày cấp', 'Nơi cấp', null, null, null, null, 'Số', 'Ngày cấp', 'Nơi cấp'];
    const entry = [1, 1, 'Nguyễn Văn Hùng', '01/02/1984', 'Kinh', 'Thôn Lưu Quang', '135123450', '01/06/2002', 'CA Vĩnh Phúc', 'Đỗ Thị Lan', '10/03/1987', 'Kinh', 'Thôn Lưu Quang', '135123460', '01/06/2005', 'CA Vĩnh Phúc'];
    const bookRows = sheetRows([oneRow, papers, entry]);
    const oneRowHeader = detectHeader(bookRows, [marriage]);
    expect(oneRowHeader?.headerRowNumbers).toEqual([1]);
    const oneRowClassifier = new RowClassifier(oneRowHeader!, marriage);
    expect(bookRows.slice(1).map((row) => oneRowClassifier.classify(row))).toEqual(['repeated-header', 'data']);
  });
});

describe('summary tables of counts under the register', () => {
  const death = new AliasIndex(RECORD_TYPES.death);
  const deathHeader = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân'];

  function classifyDeaths(values: (string | number | null)[][]): string[] {
    const rows = sheetRows([deathHeader, ...values]);
    const header = detectHeader(rows, [death]);
    if (!header) throw new Error('fixture header not detected');
    const classifier = new RowClassifier(header, death);
    return rows.slice(1).map((row) => classifier.classify(row));
  }

  it('skips a per-commune table under the signature block: its counts under the date column are no dates', () => {
    expect(
      classifyDeaths([
        [1, '12/03/2015', 'Nguyễn Văn Tâm', 1931, 'Nam', '08/03/2015', 'Tại nhà', 'Già yếu'],
        [2, '20/05/2015', 'Lê Thị Hoa', 1935, 'Nữ', '15/05/2015', 'Tại nhà', 'Già yếu'],
        ['Tổng cộng: 2 trường hợp'],
        [null, null, null, null, null, 'Người ghi sổ'],
        [null, null, null, null, null, 'Đỗ Văn Tâm'],
        ['TỔNG HỢP'],
        ['Xã', 'Nam', 'Nữ', 'Cộng'],
        ['Hồ Sơn', 12, 13, 25],
        ['Minh Quang', '11', '14', '25'],
        ['Cộng', 23, 27, 50],
      ]),
    ).toEqual(['data', 'data', 'footer', 'footer', 'footer', 'footer', 'footer', 'footer', 'footer', 'footer']);
  });

  it('skips a monthly table with no footer above it, however wide, and a row of counts beside two labels under a signature block', () => {
    const months = ['Tháng', 'Nam', 'Nữ', 'Cộng'];
    expect(classifyBookOf([months, [1, 2, 1, 3], [2, 3, 2, 5, 0, 5], ['Tháng 3', 1, 4, 5]])).toEqual(['footer', 'footer', 'footer', 'footer']);
    // Two labels: no table row, but under a signature block a bare count under the date column ends nothing.
    expect(classifyBookOf([['Người ghi sổ'], ['Nam', 12, 'Nữ', 13]])).toEqual(['footer', 'footer']);
  });

  it('skips a table of counts under a total whose labels fall under the name column and counts under the year column', () => {
    // 'TỔNG HỢP' | 'Tổng số khai tử | 6' open the footer; the table's labels of two words or more read like names,
    // and its counts sit under 'Năm sinh': a small whole number there is a count, not a year.
    expect(
      classifyBookOf([
        [],
        [null, null, 'TỔNG HỢP'],
        [null, null, 'Tổng số khai tử', 6],
        [null, null, 'Trong đó: Nam', 3],
        [null, null, 'Nữ', '3'],
        [null, null, 'Đúng hạn', 5],
        [null, null, 'Quá hạn', 1],
        [null, null, 'Đăng ký lại', 0],
      ]),
    ).toEqual(['blank', 'footer', 'footer', 'footer', 'footer', 'footer', 'footer', 'footer']);
  });

  it("skips a summary table headed 'THỐNG KÊ' or 'Bảng tổng hợp' typed from the name column, with no total above it", () => {
    for (const heading of ['THỐNG KÊ', 'Bảng tổng hợp', 'Thống kê số liệu năm 2015', 'BIỂU THỐNG KÊ']) {
      expect(classifyBookOf([[], [null, null, heading], [null, null, 'Nam', 1], [null, null, 'Nữ', 1], [null, null, 'Đúng hạn', 2]])).toEqual([
        'blank',
        'footer',
        'footer',
        'footer',
        'footer',
      ]);
    }
    // Without its marks the heading could be a name: an entry, rejected later for its missing dates.
    expect(classifyBookOf([[null, null, 'Thong Ke', 1931]])).toEqual(['data']);
  });

  it('reads an entry typed under a footer once it has a year, a date or its number', () => {
    expect(
      classifyBookOf([
        ['Tổng cộng: 1 trường hợp'],
        [null, null, 'Nguyễn Văn Hải', 1931],
        [null, '20/05/2015', 'Lê Thị Hoa'],
        ['Người ghi sổ'],
        [3, null, 'Trần Văn Bảo', 12],
      ]),
    ).toEqual(['footer', 'data', 'data', 'footer', 'data']);
  });

  it('reads an entry with a name, however few its other cells, and a numbered line with a year', () => {
    expect(classifyDeaths([[3, 12, 'Nguyễn Văn Tâm', 25], [4, null, 'Huy', 13, null, 14], [5, null, null, 1931, null, 2015]])).toEqual(['data', 'data', 'data']);
  });

  function classifyBookOf(values: (string | number | null)[][]): string[] {
    return classifyDeaths([[1, '12/03/2015', 'Nguyễn Văn Tâm', 1931, 'Nam', '08/03/2015', 'Tại nhà', 'Già yếu'], ...values]).slice(1);
  }
});

describe('a three-level header printed again on each page', () => {
  const marriage = new AliasIndex(RECORD_TYPES.marriage);
  const spouse = ['HT', 'NS', 'DT', 'QT', 'Số CMND/CCCD', 'Nơi ĐKTT'];
  const top = ['Số', 'Ngày, tháng, năm đăng ký', 'Thông tin về hai bên', ...Array.from({ length: 11 }, () => null), 'Ghi chú'];
  const sides = [null, null, 'CHỒNG', null, null, null, null, null, 'VỢ'];
  const bottom = [null, null, ...spouse, ...spouse];
  const couple = (number: number): (string | number | null)[] => [number, '12/01/2016', 'Nguyễn Văn Nam', '03/04/1990', 'Kinh', 'Việt Nam', '026090123456', 'Thôn Đông, xã Kim Long', 'Trần Thị Lan', '05/06/1993', 'Kinh', 'Việt Nam', '026193654321', 'Thôn Đông, xã Kim Long'];

  it("skips its top row and its 'CHỒNG | VỢ' row, which cover few of the columns but hold only the header's labels", () => {
    const rows = sheetRows([top, sides, bottom, couple(1), top, sides, bottom, couple(2), ['SỐ', 'THÔNG TIN VỀ HAI BÊN'], [null, null, 'Chồng', null, null, null, null, null, 'Vợ']]);
    const header = detectHeader(rows, [marriage]);
    expect(header?.headerRowNumbers).toEqual([1, 2, 3]);
    const classifier = new RowClassifier(header!, marriage);
    expect(rows.slice(3).map((row) => classifier.classify(row))).toEqual(['data', 'repeated-header', 'repeated-header', 'repeated-header', 'data', 'repeated-header', 'repeated-header']);
  });

  it('reads a row with one label beside other words, and a section title alone', () => {
    const rows = sheetRows([top, sides, bottom, couple(1), [null, null, 'CHỒNG', null, null, null, null, null, 'Trần Thị Lan'], [null, null, 'Đăng ký lại']]);
    const header = detectHeader(rows, [marriage]);
    const classifier = new RowClassifier(header!, marriage);
    expect(rows.slice(4).map((row) => classifier.classify(row))).toEqual(['data', 'section-title']);
  });
});

describe('a header line below the header', () => {
  const marriage = new AliasIndex(RECORD_TYPES.marriage);
  const top = ['Số', 'Ngày đăng ký', 'Bên chồng', null, null, 'Bên vợ', null, null, 'Ghi chú'];
  const sub = [null, null, 'Họ và tên', 'Ngày sinh', 'Nơi cư trú', 'Họ và tên', 'Ngày sinh', 'Nơi cư trú', null];
  const rows = sheetRows([top, sub]);
  const header = detectHeader(rows, [marriage]);
  const classifier = new RowClassifier(header!, marriage);
  const line = (cells: (string | null)[]) => sheetRows([cells])[0]!;

  it('repeats the header when each label is the header\'s own in its column, or names the field read there', () => {
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    expect(classifier.repeatsHeaderLayout(line(top))).toBe(true);
    expect(classifier.repeatsHeaderLayout(line(sub))).toBe(true);
    expect(classifier.repeatsHeaderLayout(line(['SỐ', 'NGÀY ĐĂNG KÝ', 'BÊN CHỒNG', null, null, 'BÊN VỢ', null, null, 'GHI CHÚ']))).toBe(true);
    expect(classifier.repeatsHeaderLayout(line(['Số', 'Ngày, tháng, năm đăng ký']))).toBe(true);
  });

  it('does not when a column names another field: the spouses, or a date and a place, in another order', () => {
    expect(classifier.repeatsHeaderLayout(line(['Số', 'Ngày đăng ký', 'Bên vợ', null, null, 'Bên chồng', null, null, 'Ghi chú']))).toBe(false);
    expect(classifier.repeatsHeaderLayout(line([null, null, 'Họ và tên', 'Nơi cư trú', 'Ngày sinh', 'Họ và tên', 'Nơi cư trú', 'Ngày sinh', null]))).toBe(false);
  });
});

describe('a remark carried onto the next line', () => {
  /** The remarks text each row would carry on, or null, asked of a fresh classifier after `before`. */
  function continuation(line: (string | number | null)[], before: (string | number | null)[][] = [], above = ''): string | null {
    const rows = sheetRows([headerRow, ...before, line]);
    const header = detectHeader(rows, [index]);
    if (!header) throw new Error('fixture header not detected');
    const classifier = new RowClassifier(header, index);
    for (const row of rows.slice(1, -1)) classifier.classify(row);
    return classifier.remarksContinuation(rows[rows.length - 1]!, above)?.text ?? null;
  }
  const remarks = (text: string): (string | null)[] => [null, null, null, null, null, null, null, null, text];

  it('is words in the remarks column alone', () => {
    expect(continuation(remarks('ngày 10/3/2017 (từ 15/06/1995)'))).toBe('ngày 10/3/2017 (từ 15/06/1995)');
    expect(continuation(remarks('(từ 15/06/1995)'))).toBe('(từ 15/06/1995)');
    expect(continuation(remarks('theo QĐ số 12/QĐ-UBND ngày 10/3/2017'))).toBe('theo QĐ số 12/QĐ-UBND ngày 10/3/2017');
  });

  it('is a bracketed remark without figures too, but not the note under a signer', () => {
    expect(continuation(remarks('(bản chính bị mất)'))).toBe('(bản chính bị mất)');
    expect(continuation(remarks('(đăng ký lại)'))).toBe('(đăng ký lại)');
    expect(continuation(remarks('(con nuôi)'))).toBe('(con nuôi)');
    expect(continuation(remarks('(Ký)'))).toBeNull();
    expect(continuation(remarks('(Chữ ký)'))).toBeNull();
    expect(continuation(remarks('(Ký, họ tên)'))).toBeNull();
    expect(continuation(remarks('(Họ và tên)'))).toBeNull();
    expect(continuation(remarks('(Đã ký)'))).toBeNull();
    expect(continuation(remarks('(Ký tên, đóng dấu)'))).toBeNull();
  });

  it('is no row with anything in another column, no number alone, and no footer or page line', () => {
    expect(continuation([null, null, null, 'Lê Văn Bảo', null, null, null, null, 'Sinh đôi'])).toBeNull();
    expect(continuation(remarks('12'))).toBeNull();
    expect(continuation(remarks('Tam Hợp, ngày 31 tháng 12 năm 2015'))).toBeNull();
    expect(continuation(remarks('Người lập biểu'))).toBeNull();
    expect(continuation(remarks('(Ký, ghi rõ họ tên)'))).toBeNull();
    expect(continuation(remarks('Tổng cộng: 15 trường hợp'))).toBeNull();
    expect(continuation(remarks('Chuyển sang trang sau'))).toBeNull();
  });

  it("is no page's number typed at the foot of the page in the remarks column", () => {
    for (const page of ['Trang 2', 'Trang 2/5', 'Trang số: 02', 'Tờ số 3', 'TRANG 12']) expect(continuation(remarks(page))).toBeNull();
    // A remark that names a page of another paper goes on as before.
    expect(continuation(remarks('trang 2 của tờ khai'))).toBe('trang 2 của tờ khai');
    // In lower case under a remark left open, a page of the old book the remark names is the remark's end.
    expect(continuation(remarks('trang 12'), [], 'Đăng ký lại theo sổ khai tử năm 1990,')).toBe('trang 12');
    expect(continuation(remarks('Trang 2'), [], 'Đăng ký lại theo sổ khai tử năm 1990,')).toBeNull();
  });

  it('is no line about another entry or about the book', () => {
    expect(continuation(remarks('Số 8: hủy do viết hỏng'))).toBeNull();
    expect(continuation(remarks('Số 4 hủy'))).toBeNull();
    expect(continuation(remarks('STT 5: ghi trùng'))).toBeNull();
    expect(continuation(remarks('Hết quyển'))).toBeNull();
    expect(continuation(remarks('Chuyển sang quyển số 02/2019'))).toBeNull();
    expect(continuation(remarks('Sổ có 100 trang'))).toBeNull();
    // a number inside the remark is no other entry's
    expect(continuation(remarks('số 12/QĐ-UBND ngày 10/3/2017'))).toBe('số 12/QĐ-UBND ngày 10/3/2017');
  });

  it('is none under a signature block', () => {
    expect(continuation(remarks('Nguyễn Thị Hà'), [entry(1, 'Nguyễn Văn An'), [null, null, null, 'Người lập biểu']])).toBeNull();
  });

  it('is none in a register without a remarks column', () => {
    const rows = sheetRows([headerRow.slice(0, 8), [null, null, null, null, null, null, null, 'ngày 10/3/2017']]);
    const header = detectHeader(rows, [index]);
    if (!header) throw new Error('fixture header not detected');
    expect(new RowClassifier(header, index).remarksContinuation(rows[1]!)).toBeNull();
  });

  it('is asked only of a row filling its remarks cell alone (fillsRemarksOnly)', () => {
    const rows = sheetRows([headerRow, remarks('ngày 10/3/2017'), [null, null, null, 'Lê Văn Bảo', null, null, null, null, 'Sinh đôi'], remarks('  '), [null, null, null, 'Lê Văn Bảo']]);
    const header = detectHeader(rows, [index]);
    if (!header) throw new Error('fixture header not detected');
    const classifier = new RowClassifier(header, index);
    expect(rows.slice(1).map((row) => classifier.fillsRemarksOnly(row))).toEqual([true, false, false, false]);
    const withoutRemarks = sheetRows([headerRow.slice(0, 8), [null, null, null, null, null, null, null, 'ngày 10/3/2017']]);
    const headerWithout = detectHeader(withoutRemarks, [index]);
    if (!headerWithout) throw new Error('fixture header not detected');
    expect(new RowClassifier(headerWithout, index).fillsRemarksOnly(withoutRemarks[1]!)).toBe(false);
  });
});
