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
});
