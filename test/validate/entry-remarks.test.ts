import { describe, expect, it } from 'vitest';
import { entryRemarks, remarksCancelEntry, remarksChangeEntry } from '../../src/validate/entry-remarks.js';

describe('remarks that cancel the entry', () => {
  it.each([
    'Hủy (ghi sai tên vợ), xem số 12',
    'Hủy',
    'HUỶ',
    'Đã hủy',
    'Đã bị hủy',
    'Bỏ',
    'Ghi nhầm, hủy',
    'Ghi trùng, gạch bỏ',
    'Hủy do ghi sai năm sinh',
    'Hủy vì ghi nhầm tên mẹ',
    'Số này hủy, đăng ký lại tại số 15',
    'Hủy số này',
    '- Hủy -',
    'Không sử dụng',
    'Xoá bỏ',
    'da huy',
    'Huy, xem so 12',
  ])('%s', (remarks) => {
    expect(remarksCancelEntry(remarks)).toBe(true);
  });
});

describe('remarks that cancel something else, or nothing', () => {
  it.each([
    // A court decision recorded later on a marriage that was registered: the entry stands.
    'Hủy việc kết hôn trái pháp luật theo bản án số 05/2017/HNGĐ-ST ngày 12/5/2017 của TAND huyện Bình Xuyên',
    'Hủy kết hôn trái pháp luật',
    'Đã hủy giấy khai sinh cũ',
    'Đã hủy theo QĐ số 12/QĐ-UBND',
    'Cải chính ngày sinh, hủy bỏ ngày sinh cũ',
    'Cải chính ngày sinh theo QĐ số 12/QĐ-UBND; hủy bỏ',
    'Người đi khai: bố',
    'bo',
    'Mẹ bỏ đi từ năm 2010',
    'Đăng ký lại',
    'Con chị Hà Thị Thu, chết sau sinh 1 ngày',
  ])('%s', (remarks) => {
    expect(remarksCancelEntry(remarks)).toBe(false);
  });
});

describe('remarks that record a later correction', () => {
  it.each([
    ['Đã cải chính ngày sinh bên nữ theo QĐ số 12/QĐ-UBND ngày 10/3/2017 (từ 15/06/1995)', true],
    ['Thay đổi họ theo QĐ số 05/QĐ-UBND', true],
    ['Xác định lại dân tộc: Sán Dìu', true],
    ['da cai chinh ten', true],
    ['Đăng ký lại', false],
    ['Sinh đôi', false],
  ])('%s', (remarks, changed) => {
    expect(remarksChangeEntry(remarks)).toBe(changed);
  });
});

describe('entryRemarks', () => {
  it('rejects a cancelled entry, naming the remarks', () => {
    expect(entryRemarks({ remarks: 'Hủy (ghi sai tên vợ), xem số 12' })).toEqual([{ code: 'ENTRY_CANCELLED', field: 'remarks', value: 'Hủy (ghi sai tên vợ), xem số 12' }]);
  });

  it('warns of a correction, once, and says nothing of a cancelled entry beyond its cancellation', () => {
    expect(entryRemarks({ remarks: 'Đã cải chính năm sinh' })).toEqual([{ code: 'ENTRY_CHANGED_LATER', field: 'remarks', value: 'Đã cải chính năm sinh' }]);
    expect(entryRemarks({ remarks: 'Hủy, đã cải chính tại số 12' }).map((finding) => finding.code)).toEqual(['ENTRY_CANCELLED']);
  });

  it('says nothing of a row without remarks or with ordinary ones', () => {
    expect(entryRemarks({ remarks: null })).toEqual([]);
    expect(entryRemarks({ remarks: 'Sinh đôi' })).toEqual([]);
  });
});
