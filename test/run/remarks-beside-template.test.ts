import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

// Session 27, helper 3: a book typed into a template whose STT is numbered ahead by a formula and whose ethnicity and
// nationality are dragged down the page; a remark too long for its line goes on in 'Ghi chú' of the next template line.
const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const HEADER = 'STT;Số;Ngày đăng ký;Họ và tên trẻ;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Họ tên mẹ;Năm sinh mẹ;Nơi cư trú;Ghi chú';
const entry = (n: number, child: string, remarks = ''): string =>
  `${n};${n};1${n}/03/2019;${child};Nam;0${n}/03/2019;Kinh;Việt Nam;Trần Thị Mai;1990;Thôn Ngọc Bảo, xã Tam Hợp;${remarks}`;
/** The template's next line: its STT, the defaults, and the remark's rest in 'Ghi chú'. */
const templateLine = (stt: number, text: string, number = '', sex = ''): string => `${stt};${number};;;${sex};;Kinh;Việt Nam;;;;${text}`;

async function readBook(lines: string[]): Promise<string[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-remarks-template-')), 'KS_TamHop_2019.csv');
  writeFileSync(path, `\uFEFF${HEADER}\r\n${lines.join('\r\n')}\r\n`);
  const options = { provinceCode: '26', districtCode: '249', file: 'KS_TamHop_2019.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const rows: string[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'skipped' && event.rowNumber > 1) rows.push(`${event.rowNumber}: ${event.reason}`);
    if (event.kind !== 'row') continue;
    const record = event.outcome.kind === 'clean' ? (event.outcome.record as { child: { fullName: string }; remarks: string | null }) : null;
    rows.push(`${event.rowNumber}: ${record === null ? 'rejected' : `${record.child.fullName} | ${record.remarks ?? ''}`}`);
  }
  return rows;
}

describe('a remark carried onto a template line numbered and filled down in advance', () => {
  it("is read with the entry above it when it goes on in lower case or in brackets, the line skipped as 'remarks-continued'", async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn An'),
        entry(2, 'Lê Văn Cường', 'Đã cải chính ngày sinh theo QĐ số 12/QĐ-UBND'),
        templateLine(3, 'ngày 10/3/2019'),
        templateLine(4, '(từ 15/02/2019)'),
        entry(5, 'Phạm Văn Dũng'),
      ]),
    ).toEqual([
      '2: Nguyễn Văn An | ',
      '3: Lê Văn Cường | Đã cải chính ngày sinh theo QĐ số 12/QĐ-UBND ngày 10/3/2019 (từ 15/02/2019)',
      '4: remarks-continued',
      '5: remarks-continued',
      '6: Phạm Văn Dũng | ',
    ]);
  });

  it('is not taken when it opens in capitals, follows a full stop, or stands beside a number in Số or a sex', async () => {
    const rows = await readBook([
      entry(1, 'Nguyễn Văn An', 'Con thứ hai'),
      templateLine(2, 'Đăng ký quá hạn'),
      entry(3, 'Lê Văn Cường', 'Đăng ký lại.'),
      templateLine(4, 'bản chính bị mất'),
      entry(5, 'Phạm Văn Dũng', 'Đăng ký quá hạn, có xác nhận'),
      templateLine(6, 'của trưởng thôn', '6'),
      entry(7, 'Hoàng Văn Em', 'Đăng ký quá hạn, có xác nhận'),
      templateLine(8, 'của trưởng thôn', '', 'Nam'),
    ]);
    expect(rows.filter((row) => row.endsWith('remarks-continued'))).toEqual([]);
    expect(rows).toContain('2: Nguyễn Văn An | Con thứ hai');
    expect(rows).toContain('4: Lê Văn Cường | Đăng ký lại.');
    expect(rows).toContain('6: Phạm Văn Dũng | Đăng ký quá hạn, có xác nhận');
    expect(rows).toContain('8: Hoàng Văn Em | Đăng ký quá hạn, có xác nhận');
  });

  it("leaves a template line marked '(không sử dụng)', 'bỏ trống' or 'x' an unused line, the remark above whole", async () => {
    const rows = await readBook([
      entry(1, 'Nguyễn Văn An', 'Đăng ký lại'),
      templateLine(2, '(không sử dụng)'),
      entry(3, 'Lê Văn Cường', 'Con thứ hai'),
      templateLine(4, 'bỏ trống'),
      entry(5, 'Phạm Văn Dũng', 'Cha mẹ chưa đăng ký kết hôn'),
      templateLine(6, 'x'),
    ]);
    expect(rows.filter((row) => row.endsWith('remarks-continued'))).toEqual([]);
    expect(rows).toContain('2: Nguyễn Văn An | Đăng ký lại');
    expect(rows).toContain('4: Lê Văn Cường | Con thứ hai');
    expect(rows).toContain('6: Phạm Văn Dũng | Cha mẹ chưa đăng ký kết hôn');
  });
});
