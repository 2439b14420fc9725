/**
 * Name cells that hold no name of the person: an unidentified body ('Không rõ danh tính',
 * 'Nam giới không rõ danh tính'), an "unknown" question mark, an infant named after a parent
 * ('Con bà Lan'). The normalizer gives no name (or the parent's, flagged) whoever the cell is
 * of; the record types decide what that means for the registered person (no-own-name.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const asWritten = { toneStyle: 'as-written' } as const;
const read = (text: string) => normalizeName(text, asWritten);

describe('an unidentified person is a placeholder, not a name', () => {
  it.each([
    'Không rõ danh tính', 'KHÔNG RÕ DANH TÍNH', 'Không rõ tên tuổi', 'Chưa rõ danh tính', 'Người vô danh', 'Chưa xác định được danh tính',
    'Không xác định danh tính', 'khong ro danh tinh', 'Nam giới không rõ danh tính', 'Nữ không rõ danh tính', 'Nam không rõ tên tuổi',
    'Nữ giới chưa rõ danh tính', 'Nam vô danh', 'Thi thể không rõ danh tính', 'Vô danh', 'Bé trai', 'Bé gái',
    // an old death book's title typed alone, the name not written or not readable (before: 'Ông', 'Cụ Bà' loaded as names)
    'Cụ ông', 'Cụ bà', 'CỤ BÀ', 'Bà cụ', 'Cụ',
  ])('%s', (cell) => {
    expect(read(cell)).toEqual({ value: null, findings: [{ code: 'NAME_PLACEHOLDER', from: cell, to: '' }] });
  });

  it('keeps a real name that has a word of those phrases', () => {
    expect(read('Nguyễn Danh Tính').value?.fullName).toBe('Nguyễn Danh Tính');
    expect(read('Lê Văn Danh').value?.fullName).toBe('Lê Văn Danh');
    expect(read('Nam Văn Rõ').value?.fullName).toBe('Nam Văn Rõ');
    // after a sex word only a placeholder of two words counts: 'Nữ Con' may be a name
    expect(read('Nữ Con').value?.fullName).toBe('Nữ Con');
    // the old person's title before a name still comes off, the name kept
    expect(read('Cụ ông Nguyễn Văn Tý').value?.fullName).toBe('Nguyễn Văn Tý');
    expect(read('Cụ bà Lê Thị Nhâm').value?.fullName).toBe('Lê Thị Nhâm');
    expect(read('Cù Văn Cụ').value?.fullName).toBe('Cù Văn Cụ');
  });
});

describe('a twin or triplet not yet named, called by its birth order', () => {
  it.each([
    'Con thứ hai (sinh đôi)', 'Con thứ hai', 'CON THỨ NHẤT', 'Con thứ 2', 'Bé trai thứ nhất', 'Con gái thứ hai', 'Cháu thứ ba (sinh ba)',
    'Con sinh đôi thứ hai', 'Trẻ sinh đôi', 'Sinh đôi', 'Sinh ba',
  ])('%s', (cell) => {
    expect(read(cell)).toEqual({ value: null, findings: [{ code: 'NAME_PLACEHOLDER', from: cell, to: '' }] });
  });

  it('keeps real names with those words, and unmarked cells that may be a name (Bế Thu Ba)', () => {
    expect(read('Nguyễn Thứ Hai').value?.fullName).toBe('Nguyễn Thứ Hai');
    expect(read('Nguyễn Văn Hai').value?.fullName).toBe('Nguyễn Văn Hai');
    expect(read('Lê Thị Sinh').value?.fullName).toBe('Lê Thị Sinh');
    expect(read('Bé Nguyễn Thị Hai').value?.fullName).toBe('Nguyễn Thị Hai');
    expect(read('Be Thu Ba').value?.fullName).toBe('Be Thu Ba');
  });
});

describe('"unknown" markers', () => {
  it.each(['?', '??', '(?)', '( ? )', 'Không xác định', 'chưa xác định', '(không rõ)'])('%s is no name, as "không rõ"', (cell) => {
    expect(read(cell)).toEqual({ value: null, findings: [{ code: 'NAME_NONE_MARKER', from: cell, to: '' }] });
  });

  it.each(['KXĐ', 'kxđ', 'CXĐ', 'Ko rõ', 'ko có'])('%s, the clerks\' abbreviation, is no name either', (cell) => {
    expect(read(cell)).toEqual({ value: null, findings: [{ code: 'NAME_NONE_MARKER', from: cell, to: '' }] });
  });

  it.each(['Không khai', 'KHÔNG KHAI', 'chưa khai', 'Không ghi', '(Không khai)'])('%s, none given by the declarant, is no name either', (cell) => {
    expect(read(cell)).toEqual({ value: null, findings: [{ code: 'NAME_NONE_MARKER', from: cell, to: '' }] });
  });

  it('keeps a name typed without marks that reads so (Khổng Khải)', () => {
    expect(read('Khong Khai').value?.fullName).toBe('Khong Khai');
    expect(read('Khổng Văn Khải').value?.fullName).toBe('Khổng Văn Khải');
  });

  it('keeps a question mark inside a name an error', () => {
    expect(read('Nguyễn Văn ?').findings.map((finding) => finding.code)).toEqual(['NAME_INVALID_CHARACTERS']);
  });
});

describe('"child of" before a parent’s name', () => {
  it.each([
    ['Con bà Nguyễn Thị Lan', 'Nguyễn Thị Lan', 'Con bà'],
    ['Con ông Lê Văn Dũng', 'Lê Văn Dũng', 'Con ông'],
    ['Con chị Trần Thị Mai', 'Trần Thị Mai', 'Con chị'],
    ['Con anh Đỗ Văn Hải', 'Đỗ Văn Hải', 'Con anh'],
    ['Con của bà Lê Thị Hoa', 'Lê Thị Hoa', 'Con của bà'],
    // a parent's given name alone is still a parent's name
    ['Con bà Lan', 'Lan', 'Con bà'],
  ])('%s names %s', (cell, parent, honorific) => {
    const { value, findings } = read(cell);
    expect(value?.fullName).toBe(parent);
    expect(findings).toContainEqual({ code: 'NAME_HONORIFIC_REMOVED', from: cell, to: parent, params: { honorific } });
    expect(findings).toContainEqual({ code: 'NAME_PARENT_REFERENCE', params: { name: parent } });
  });
});
