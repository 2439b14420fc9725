import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { diagnoseMissingHeader, isDenseRow } from '../../src/ingest/header-diagnosis.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const indexes = [new AliasIndex(RECORD_TYPES.birth), new AliasIndex(RECORD_TYPES.marriage), new AliasIndex(RECORD_TYPES.death)];

describe('what the top rows of a sheet without a header name', () => {
  it('names the labels of the register they name most and the main columns they lack', () => {
    const rows = sheetRows([
      ['UBND XÃ HỒ SƠN'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2015'],
      ['Số', 'Ngày đăng ký', 'Cụ ông, cụ bà', 'Năm sinh', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'],
      [1, '12/03/2015', 'Nguyễn Văn Tâm', 1931, 'Nam', '08/03/2015', 'Tại nhà', 'Già yếu'],
    ]);
    const diagnosis = diagnoseMissingHeader(rows, indexes);
    expect(diagnosis.type).toBe('death');
    expect(diagnosis.recognised).toEqual(expect.arrayContaining(['Số', 'Ngày đăng ký', 'Ngày chết', 'Nguyên nhân chết']));
    expect(diagnosis.recognised).not.toContain('SỔ ĐĂNG KÝ KHAI TỬ NĂM 2015');
    expect(diagnosis.missing).toEqual(['Họ và tên của người chết']);
  });

  it('names nothing for an index or a notes sheet', () => {
    const rows = sheetRows([['MỤC LỤC'], ['1. Sổ khai sinh năm 2010', 'trang 1'], ['Ghi chú: mỗi dòng nhập một trường hợp đăng ký theo sổ gốc.']]);
    expect(diagnoseMissingHeader(rows, indexes)).toEqual({ type: null, recognised: [], missing: [] });
  });
});

describe('rows filled as entries are', () => {
  it('rows of several cells with words and figures, not headers, titles or rows of counts', () => {
    const [entry, header, counts, title] = sheetRows([
      [1, '12/03/2015', 'Nguyễn Văn Tâm', 1931, 'Nam'],
      ['Số', 'Ngày đăng ký', 'Người mất', 'Năm sinh'],
      ['Hồ Sơn', 12, 13, 25],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2015'],
    ]);
    expect([entry, header, counts, title].map((row) => isDenseRow(row!))).toEqual([true, false, false, false]);
  });

  it('not a staff list of names, posts and telephone numbers (s11-reg-c): an entry has a full date', () => {
    const [staff, typed] = sheetRows([
      [1, 'Nguyễn Văn An', 'Công chức tư pháp - hộ tịch', '0912 345 678', 1975],
      [2, 'Lê Thị Hoa', 'Nữ', '5-3-1998', 'Thôn Đông, xã Tề Lỗ'],
    ]);
    expect([staff, typed].map((row) => isDenseRow(row!))).toEqual([false, true]);
  });
});
