import { describe, expect, it } from 'vitest';
import { entryRemarks, remarksAnnulEntry, remarksCancelEntry, remarksChangeEntry } from '../../src/validate/entry-remarks.js';

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
    // Bullets clerks type before a note.
    '+ Hủy, ghi nhầm',
    '+Hủy',
    '• Hủy, ghi nhầm',
    '@Hủy',
    'Không sử dụng',
    'Xoá bỏ',
    'da huy',
    'Huy, xem so 12',
    // The line spoiled: the clerk wrote it again below.
    'Hỏng',
    'Bị hỏng, viết lại ở số 23',
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
    // A judgment or decision cited, an earlier or old paper: the clerk did not void this entry.
    'Hủy (BA số 12/2015/HNGĐ-ST)',
    'Đã hủy (Bản án số 07/2016/HNGĐ-ST của TAND huyện Bình Xuyên)',
    'Kết hôn trái pháp luật - đã hủy',
    'Kết hôn lần hai (lần đầu: đã hủy)',
    'Cấp lại GKS; GKS cũ: hủy',
  ])('%s', (remarks) => {
    expect(remarksCancelEntry(remarks)).toBe(false);
  });
});

describe('remarks that say the entry was written wrongly and written again, or is void, without the word hủy', () => {
  it.each([
    'Ghi sai tên vợ, đã viết lại ở số 2',
    'Sai, xem số 4',
    'Ghi nhầm',
    'Viết lại số 8',
    'Không hợp lệ',
    'Số này không hợp lệ',
    'Không dùng',
    'Bỏ số này',
    'Ghi trùng',
    'Ghi trùng với số 15',
    'Viết nhầm',
    'Bị ghi nhầm',
    'Ghi sai',
    'Ghi nhầm năm sinh chồng',
    'Viết nhầm tên mẹ, viết lại ở số 21',
    'Ghi sai họ tên bên nữ - xem số 7',
    'Đã viết lại tại số 12',
    'Sai ngày sinh, viết lại dòng dưới',
    'Số này ghi nhầm, xem số 9',
    'Sai xem số 4',
    'ghi nham',
    'Sai, xem so 4',
    'Viet lai so 8',
    'Khong hop le',
  ])('%s', (remarks) => {
    expect(remarksCancelEntry(remarks)).toBe(true);
    expect(entryRemarks({ remarks }).map((finding) => finding.code)).toEqual(['ENTRY_CANCELLED']);
  });
});

describe('remarks that point elsewhere, or record a slip corrected since: the entry is real', () => {
  it.each([
    ['Xem số 5', []],
    ['Xem lại số 4', []],
    ['Sinh đôi với số 5', []],
    ['Con thứ hai, sinh đôi với số 13', []],
    ['Đăng ký lại (xem số 12)', []],
    ['Đăng ký lại do bản chính bị mất', []],
    // The entry written again, pointing back at the one it replaces.
    ['Viết lại từ số 7', []],
    ['Thay cho số 7 ghi nhầm', []],
    ['Số 7 ghi nhầm', []],
    ['Trùng tên với số 8', []],
    ['Giấy chứng sinh không hợp lệ', []],
    // What was wrong, without the entry it was written again under: a slip noted on a real entry.
    ['Sai tên đệm của mẹ', []],
    ['Sai', []],
    ['Ghi nhầm năm sinh mẹ, đúng là 1965', []],
    // A slip suspected in one field, told after it: the entry is there to be checked, not void.
    ['Ngày đăng ký trước ngày chết: ghi nhầm?', []],
    ['Năm sinh của mẹ ghi nhầm', []],
    ['Cải chính họ tên do ghi sai theo QĐ số 10/QĐ-UBND', ['ENTRY_CHANGED_LATER']],
    ['Ghi sai năm sinh mẹ, đã cải chính', ['ENTRY_CHANGED_LATER']],
    ['Ghi nhầm giới tính, đã cải chính theo QĐ số 3/QĐ-UBND ngày 4/5/2016', ['ENTRY_CHANGED_LATER']],
    ['Ghi sai, đã cải chính', ['ENTRY_CHANGED_LATER']],
  ])('%s', (remarks, codes) => {
    expect(remarksCancelEntry(remarks)).toBe(false);
    expect(entryRemarks({ remarks }).map((finding) => finding.code)).toEqual(codes);
  });
});

describe('remarks that record the registration annulled or revoked later, by a decision or a court', () => {
  it.each([
    'Hủy kết quả đăng ký',
    'Hủy kết quả đăng ký kết hôn theo QĐ số 12/QĐ-UBND ngày 5/6/2015',
    'Thu hồi, hủy bỏ GCN kết hôn theo QĐ 25/QĐ-UBND',
    'Hủy việc kết hôn trái pháp luật theo Bản án số 05/2015/HNGĐ-ST',
    'Hủy kết hôn trái pháp luật',
    'Đã hủy theo QĐ số 12/QĐ-UBND',
    'Huỷ bỏ kết quả đăng ký khai sinh theo Quyết định số 40/QĐ-UBND',
    'Đã thu hồi Giấy chứng nhận kết hôn',
    'Huy ket qua dang ky ket hon',
    'Hủy (BA số 12/2015/HNGĐ-ST)',
    'Đã hủy (Bản án số 07/2016/HNGĐ-ST của TAND huyện Bình Xuyên)',
    'Kết hôn trái pháp luật - đã hủy',
  ])('%s: kept, with a warning', (remarks) => {
    expect(remarksAnnulEntry(remarks)).toBe(true);
    expect(entryRemarks({ remarks })).toEqual([{ code: 'ENTRY_ANNULLED_LATER', field: 'remarks', value: remarks }]);
  });

  it.each([
    // A divorce ends a marriage that was valid: the entry is right as it stands.
    'Đã ly hôn theo bản án số 20/2016/HNGĐ-ST',
    'Đã hủy bản chính GCN kết hôn cũ',
    'Đã hủy giấy khai sinh cũ',
    'Hủy GKS cấp năm 1990, cấp lại',
    'Đăng ký lại, hủy bản cũ',
    'Đã thu hồi bản chính GKS cũ',
    'Chết tại bệnh viện, hủy giấy báo tử cũ',
    'Cải chính năm sinh chồng theo QĐ 10/QĐ-UBND; hủy bỏ năm sinh cũ',
  ])('%s: no annulment', (remarks) => {
    expect(remarksAnnulEntry(remarks)).toBe(false);
    expect(entryRemarks({ remarks }).map((finding) => finding.code)).not.toContain('ENTRY_ANNULLED_LATER');
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
    // a move, or papers handed in later: nothing in the entry changed
    ['Thay đổi nơi cư trú', false],
    ['Bổ sung giấy tờ sau', false],
    ['Thay đổi nơi cư trú; cải chính năm sinh theo QĐ 3/QĐ-UBND', true],
    // a parent recognised later: the parent columns hold the entry as first written
    ['Đã đăng ký nhận cha cho con theo Trích lục số 15/TLNCC ngày 12/5/2014, cha là Đỗ Văn Long', true],
    ['Đã đăng ký nhận mẹ cho con theo Trích lục số 3/TLNCC', true],
    ['Đăng ký nhận cha, mẹ, con ngày 5/6/2014', true],
    ['Đã đăng ký nhận cha con ngày 5/6/2014, cha là Đỗ Văn Hải', true],
    ['Xác định cha cho con theo bản án số 12/2016/HNGĐ-ST', true],
    ['da dang ky nhan cha cho con', true],
    // a father not known when registered, an adoption: nothing changed later
    ['Khai sinh cho con chưa xác định cha', false],
    ['Con ngoài giá thú, không xác định được cha', false],
    ['Đăng ký nhận con nuôi theo QĐ số 4/QĐ-UBND', false],
  ])('%s', (remarks, changed) => {
    expect(remarksChangeEntry(remarks)).toBe(changed);
  });
});

describe('entryRemarks', () => {
  it('rejects a cancelled entry, naming the remarks', () => {
    expect(entryRemarks({ remarks: 'Hủy (ghi sai tên vợ), xem số 12' })).toEqual([
      { code: 'ENTRY_CANCELLED', field: 'remarks', value: 'Hủy (ghi sai tên vợ), xem số 12', params: { where: 'cột Ghi chú' } },
    ]);
  });

  it('rejects an entry whose number cell or registered person\'s name carries the cancel mark, naming that cell', () => {
    expect(entryRemarks({ registration: { number: '22 (hủy)' }, remarks: null })).toEqual([
      { code: 'ENTRY_CANCELLED', field: 'registration.number', value: '22 (hủy)', params: { where: 'ô số đăng ký' } },
    ]);
    expect(entryRemarks({ registration: { number: 'HỎNG' }, remarks: '' })).toHaveLength(1);
    const removed = { code: 'NAME_REMARK_REMOVED', field: 'child.fullName', column: 'C', value: 'Lê Văn Đức - Huỷ', params: { remark: 'Huỷ' } };
    expect(entryRemarks({ registration: { number: '7' }, remarks: null }, [removed])).toEqual([
      { code: 'ENTRY_CANCELLED', field: 'child.fullName', column: 'C', value: 'Lê Văn Đức - Huỷ', params: { where: 'ô họ tên' } },
    ]);
    // A mother's name is not the entry's; an alias without marks may be a name; a number's other words are not a mark.
    expect(entryRemarks({ registration: { number: '7' }, remarks: null }, [{ ...removed, field: 'mother.fullName' }])).toEqual([]);
    expect(entryRemarks({ registration: { number: '7' }, remarks: null }, [{ ...removed, params: { remark: 'Huy' } }])).toEqual([]);
    expect(entryRemarks({ registration: { number: '7a' }, remarks: null })).toEqual([]);
    expect(entryRemarks({ registration: { number: '7 (xem số 9)' }, remarks: null })).toEqual([]);
  });

  it("rejects an entry a software export's status column calls cancelled ('Trạng thái': 'Đã hủy'), naming that column", () => {
    expect(entryRemarks({ registration: { number: '2' }, remarks: null, raw: { 'Loại đăng ký': 'Đúng hạn', TrangThai: 'Đã hủy' } })).toEqual([
      { code: 'ENTRY_CANCELLED', field: 'remarks', value: 'Đã hủy', params: { where: 'cột TrangThai' } },
    ]);
    expect(entryRemarks({ remarks: '', raw: { 'Trạng thái': 'Hủy' } })).toHaveLength(1);
    expect(entryRemarks({ remarks: null, raw: { 'Tình trạng hồ sơ': 'Đã huỷ' } })).toHaveLength(1);
    // Any other status, another column's words, or a cancellation of something else: nothing.
    for (const status of ['Đã duyệt', 'Chờ duyệt', 'Đã ký', 'Hoàn thành', 'Đã cấp bản sao', 'Đã hủy giấy khai sinh cũ']) {
      expect(entryRemarks({ remarks: null, raw: { 'Trạng thái': status } })).toEqual([]);
    }
    expect(entryRemarks({ remarks: null, raw: { 'Loại đăng ký': 'Hủy', 'Tình trạng hôn nhân': 'Đã hủy' } })).toEqual([]);
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
