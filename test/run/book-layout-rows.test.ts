import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const HEADER = 'STT;Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Nơi sinh;Họ và tên mẹ;Năm sinh mẹ;Dân tộc mẹ;Họ và tên cha;Năm sinh cha';
const entry = (stt: number, year = 1998): string =>
  `${stt};${stt};0${(stt % 9) + 1}/02/${year};Nguyễn Văn An;Nam;0${(stt % 9) + 1}/01/${year};Trạm y tế xã Tam Hợp;Trần Thị Mai;1970;Kinh;Nguyễn Văn Bình;1968`;
/** A line with as many fields as the header (a spreadsheet export pads every line). */
const padded = (cells: Record<number, string>): string => Array.from({ length: 12 }, (_, column) => cells[column] ?? '').join(';');

interface RowSeen {
  kind: string;
  book?: unknown;
  communeCode?: string | null;
  codes?: string[];
}

/** Row number → what became of it, for one CSV book written as given (no newline added at the end). */
async function readBook(text: string): Promise<Map<number, RowSeen>> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-book-')), 'so-khai-sinh.csv');
  writeFileSync(path, `\uFEFF${text}`);
  const seen = new Map<number, RowSeen>();
  const options = { provinceCode: '26', districtCode: '249', file: 'so-khai-sinh.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'skipped') seen.set(event.rowNumber, { kind: event.reason });
    if (event.kind !== 'row') continue;
    const { outcome } = event;
    if (outcome.kind === 'clean') {
      const registration = outcome.record.registration as { book: unknown };
      seen.set(event.rowNumber, { kind: 'clean', book: registration.book, communeCode: outcome.communeCode });
    } else seen.set(event.rowNumber, { kind: 'rejected', codes: outcome.rejected.errors.map((error) => error.code) });
  }
  return seen;
}

describe('rows of a book as exported from a spreadsheet', () => {
  it('reads the last record of a CSV without a final newline (Google Sheets) when it is complete', async () => {
    const rows = await readBook(['UBND XÃ TAM HỢP', HEADER, entry(1), entry(2)].join('\r\n'));
    expect(rows.get(4)).toMatchObject({ kind: 'clean' });
  });

  it('skips a signers line that ends a CSV without a final newline', async () => {
    const lines = ['UBND XÃ TAM HỢP', HEADER, entry(1), padded({ 0: 'Tổng cộng: 1 trường hợp' }), padded({ 1: 'Người ghi sổ', 8: 'Chủ tịch' }), padded({ 1: 'Nguyễn Thị Hạnh', 8: 'Trần Văn Bình' })];
    const rows = await readBook(lines.join('\r\n'));
    expect([...rows.values()].map((row) => row.kind)).toEqual(['title', 'header', 'clean', 'footer', 'footer', 'footer']);
    const unpadded = await readBook([...lines.slice(0, 5), ';Nguyễn Thị Hạnh;;;;;;;Trần Văn Bình'].join('\r\n'));
    expect(unpadded.get(6)).toEqual({ kind: 'footer' });
  });

  it('skips a page number, an export footer, a title or an unused number ending a CSV without a final newline', async () => {
    const lasts = ['- 2 -', 'Excel export', 'Excel export 14/05/2019', '(3)', ';;;Bỏ trống', '3;3;;x', ';;;QUÝ IV'];
    const expected = ['blank', 'section-title', 'section-title', 'blank', 'unused-line', 'unused-line', 'section-title'];
    for (const [at, last] of lasts.entries()) {
      const rows = await readBook(['UBND XÃ TAM HỢP', HEADER, entry(1), entry(2), last].join('\r\n'));
      expect([last, rows.get(5)]).toEqual([last, { kind: expected[at] }]);
    }
  });

  it('rejects a last line cut after its number, or in its name, as an entry cut short', async () => {
    for (const last of ['3', '3;3', '3;3;05/03/1998;Nguyễn']) {
      const rows = await readBook(['UBND XÃ TAM HỢP', HEADER, entry(1), entry(2), last].join('\r\n'));
      expect([last, rows.get(5)]).toEqual([last, { kind: 'rejected', codes: expect.arrayContaining(['CSV_FILE_TRUNCATED']) }]);
    }
  });

  it('reads a last record that lost only its trailing empty field (no final newline)', async () => {
    const lastWithoutRemark = `${entry(2)};`.split(';').slice(0, 12).join(';');
    const rows = await readBook(['UBND XÃ TAM HỢP', `${HEADER};Ghi chú`, `${entry(1)};`, lastWithoutRemark].join('\r\n'));
    expect(rows.get(4)).toMatchObject({ kind: 'clean' });
  });

  it('still rejects a last record cut short', async () => {
    const rows = await readBook(['UBND XÃ TAM HỢP', HEADER, entry(1), entry(2).split(';').slice(0, 7).join(';')].join('\r\n'));
    expect(rows.get(4)).toMatchObject({ kind: 'rejected', codes: expect.arrayContaining(['CSV_FILE_TRUNCATED']) });
  });

  it('gives the rows of a second book typed on in the same sheet its own book number', async () => {
    const lines = ['ỦY BAN NHÂN DÂN', 'XÃ TAM HỢP', 'Quyển số: 01/1998', HEADER, entry(1), entry(2), '', 'UỶ BAN NHÂN DÂN XÃ TAM HỢP', 'SỔ ĐĂNG KÝ KHAI SINH', 'Quyển số: 01/1999', HEADER, entry(1, 1999), entry(2, 1999)];
    const rows = await readBook(`${lines.join('\r\n')}\r\n`);
    expect([5, 6, 12, 13].map((row) => rows.get(row))).toEqual([
      { kind: 'clean', book: '01/1998', communeCode: '08953' },
      { kind: 'clean', book: '01/1998', communeCode: '08953' },
      { kind: 'clean', book: '01/1999', communeCode: '08953' },
      { kind: 'clean', book: '01/1999', communeCode: '08953' },
    ]);
  });
});
