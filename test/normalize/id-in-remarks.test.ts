import { describe, expect, it } from 'vitest';
import { idInRemarks } from '../../src/normalize/codes/id-in-remarks.js';

describe('idInRemarks: a personal ID written in Ghi chú, for the one person the remark names', () => {
  it.each([
    ['Số định danh cá nhân: 026076001234', 'child', '026076001234'],
    ['CCCD số 026076001234', 'deceased', '026076001234'],
    ['ĐDCN 026076001234', 'child', '026076001234'],
    ['Mã định danh: 026076001234', 'child', '026076001234'],
    ['so dinh danh ca nhan 026076001234', 'child', '026076001234'],
    ['Bổ sung số định danh cá nhân: 026076001234', 'child', '026076001234'], // 'bổ' is not 'bố'
    ['CCCD của bố: 026048001234', 'father', '026048001234'],
    ['CCCD của mẹ: 026152001234', 'mother', '026152001234'],
    ['Số định danh của chồng: 026060001234', 'husband', '026060001234'],
    ['so dinh danh vo 026162001234', 'wife', '026162001234'],
    ['Số định danh cá nhân của con: 026076001234', 'child', '026076001234'], // in a birth the child is 'con'
    ['Ông Nguyễn Văn Lâm, CCCD 026045001234', 'deceased', '026045001234'], // 'Ông' alone is his honorific
    ['CCCD có số 026076001234', 'child', '026076001234'], // folded 'có' is no 'cô'
    ['Thôn Bắc, CCCD 026076001234', 'child', '026076001234'],
  ])('%j → %s: %s', (remarks, role, id) => {
    expect(idInRemarks(remarks, role)).toBe(id);
  });

  it.each([
    ['CCCD của mẹ: 026152001234', 'child'], // a parent's, not the child's
    ['CCCD của mẹ: 026152001234', 'father'],
    ['Số định danh cá nhân: 026076001234', 'husband'], // a marriage's remark must name the spouse
    ['Số định danh cá nhân: 026076001234', 'mother'],
    ['CCCD người đi khai: 026070001234', 'deceased'],
    ['Số ĐDCN 026076005679, 026076005680', 'child'], // two numbers
    ['Đăng ký lại theo hồ sơ số 026076001234', 'child'], // no ID label
    ['CCCD 02607600123', 'child'], // eleven digits
    ['Đăng ký quá hạn', 'child'],
    // A relative's number (the regression round's remarks): never the person's own.
    ['CCCD của con trai: 026085001235', 'deceased'],
    ['Con trai Nguyễn Văn Sơn (CCCD 026085001236) đi khai', 'deceased'],
    ['CCCD của con: 026085001235', 'deceased'],
    ['Bà ngoại đi khai (CCCD 026155001235)', 'child'],
    ['Anh trai CCCD 026212001236', 'child'],
    ['cccd cua chau noi 026212001236', 'deceased'],
    ['CCCD của con: 026085001235', 'mother'],
    ['Cô ruột đi khai (CCCD 026180001237)', 'child'],
    ['Chú ruột Nguyễn Văn Hải đi khai, CCCD 026088001238', 'child'],
    ['Bác Nguyễn Văn Hà khai thay, CCCD 026075001239', 'child'],
    ['Dì Lê Thị Hạnh đi khai, CCCD 026185001240', 'child'],
    ['Cậu ruột đi khai, CCCD: 026087001241', 'child'],
    ['Cháu Nguyễn Văn Long (CCCD 026095001242) khai hộ', 'deceased'],
    ['Cụ nội đi khai, CCCD 026040001243', 'child'],
    ['Thím Trần Thị Dung, CCCD 026189001244', 'child'],
    ['cau ruot di khai, cccd 026087001241', 'child'],
  ])('%j gives %s nothing', (remarks, role) => {
    expect(idInRemarks(remarks, role)).toBeNull();
  });
});
