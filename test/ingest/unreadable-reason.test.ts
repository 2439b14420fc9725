import { describe, expect, it } from 'vitest';
import { unreadableReason } from '../../src/ingest/open-sheets.js';

const fsError = (code: string): Error => Object.assign(new Error(`${code}: open 'ks-2015.xlsx'`), { code });

describe('why a file could not be read, for the officer', () => {
  it('tells a permission problem from a damaged workbook: the file needs read permission, not re-saving (s11-province)', () => {
    for (const code of ['EACCES', 'EPERM']) {
      const reason = unreadableReason(fsError(code));
      expect(reason).toContain('không có quyền đọc tệp');
      expect(reason).toContain('cấp quyền đọc');
      expect(reason).not.toContain('lưu lại');
    }
    expect(unreadableReason(fsError('ENOENT'))).toBe('không tìm thấy tệp');
  });
});
