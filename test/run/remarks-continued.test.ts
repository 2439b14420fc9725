import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { readJson, runInto } from './run-helpers.js';

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const HEADER = 'Số;Ngày đăng ký;Họ và tên chồng;Ngày sinh chồng;Dân tộc chồng;Họ và tên vợ;Ngày sinh vợ;Dân tộc vợ;Ghi chú';
const entry = (number: number, husband: string, wife: string, remarks = ''): string =>
  `${number};0${number}/02/2016;${husband};12/03/1990;Kinh;${wife};20/10/1993;Kinh;${remarks}`;
/** A line with text in 'Ghi chú' alone. */
const remarksLine = (text: string): string => `;;;;;;;;${text}`;

function writeBook(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-remarks-')), 'so-ket-hon-2016.csv');
  writeFileSync(path, `\uFEFFUBND XÃ THIỆN KẾ\r\n${HEADER}\r\n${lines.join('\r\n')}\r\n`);
  return path;
}

/** What each row became, in source order: an entry's husband and remarks, or the reason a row was skipped. */
async function readBook(lines: string[]): Promise<string[]> {
  const path = writeBook(lines);
  const options = { provinceCode: '26', districtCode: '249', file: 'so-ket-hon-2016.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const rows: string[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'skipped' && event.rowNumber > 2) rows.push(`${event.rowNumber}: ${event.reason}`);
    if (event.kind !== 'row') continue;
    const record = event.outcome.kind === 'clean' ? (event.outcome.record as { husband: { fullName: string }; remarks: string | null }) : null;
    rows.push(`${event.rowNumber}: ${record === null ? 'rejected' : `${record.husband.fullName} | ${record.remarks ?? ''}`}`);
  }
  return rows;
}

describe('a remark carried onto the next line', () => {
  it("is read with the entry above it, a space between, and the line is skipped as 'remarks-continued'", async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'),
        entry(3, 'Phạm Văn Tuấn', 'Nguyễn Thị Mai', 'Đã cải chính ngày sinh bên nữ theo QĐ số 12/QĐ-UBND'),
        remarksLine('ngày 10/3/2017 (từ 15/06/1995)'),
        entry(4, 'Hoàng Văn Đức', 'Vũ Thị Thảo'),
      ]),
    ).toEqual([
      '3: Nguyễn Văn Hùng | ',
      '4: Phạm Văn Tuấn | Đã cải chính ngày sinh bên nữ theo QĐ số 12/QĐ-UBND ngày 10/3/2017 (từ 15/06/1995)',
      '5: remarks-continued',
      '6: Hoàng Văn Đức | ',
    ]);
  });

  it('runs over several lines, and carries on the last entry of the sheet too', async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đã cải chính họ tên bên nam'),
        remarksLine('theo QĐ số 12/QĐ-UBND'),
        remarksLine('ngày 10/3/2017'),
      ]),
    ).toEqual(['3: Nguyễn Văn Hùng | Đã cải chính họ tên bên nam theo QĐ số 12/QĐ-UBND ngày 10/3/2017', '4: remarks-continued', '5: remarks-continued']);
  });

  it('is a bracketed line without figures too; the footer below it stays a footer', async () => {
    expect(
      await readBook([
        entry(5, 'Ngô Văn Hùng', 'Dương Thị Lan', 'Đăng ký lại'),
        remarksLine('(bản chính bị mất)'),
        entry(6, 'Đặng Văn Khánh', 'Phan Thị Mai'),
        remarksLine('Thiện Kế, ngày 31 tháng 12 năm 2016'),
        remarksLine('NGƯỜI GHI SỔ'),
        remarksLine('(Ký, ghi rõ họ tên)'),
      ]),
    ).toEqual(['3: Ngô Văn Hùng | Đăng ký lại (bản chính bị mất)', '4: remarks-continued', '5: Đặng Văn Khánh | ', '6: footer', '7: footer', '8: footer']);
  });

  it('gives its text to an entry whose own remarks cell is empty', async () => {
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'), remarksLine('Đăng ký lại')])).toEqual(['3: Nguyễn Văn Hùng | Đăng ký lại', '4: remarks-continued']);
  });

  it('carries on only the entry directly above: not across a blank line, not a footer, not a page line', async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'),
        '',
        remarksLine('Tháng 3'),
        entry(2, 'Lê Văn Nam', 'Đỗ Thị Hoa'),
        remarksLine('Thiện Kế, ngày 31 tháng 12 năm 2016'),
        remarksLine('Người ghi sổ'),
      ]),
    ).toEqual(['3: Nguyễn Văn Hùng | ', '4: blank', '5: section-title', '6: Lê Văn Nam | ', '7: footer', '8: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'), remarksLine('Hết trang 1')])).toEqual(['3: Nguyễn Văn Hùng | ', '4: section-title']);
  });

  it("leaves a line about the entries below it ('Các trường hợp dưới đây …') to them: a section title, no remark of the entry above", async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'),
        remarksLine('Các trường hợp dưới đây đăng ký quá hạn'),
        entry(2, 'Lê Văn Nam', 'Đỗ Thị Hoa'),
        remarksLine('Những trường hợp sau đây là đăng ký lại'),
        entry(3, 'Phạm Văn Tuấn', 'Nguyễn Thị Mai'),
        remarksLine('Dưới đây là các trường hợp ghi chú việc kết hôn'),
        entry(4, 'Hoàng Văn Đức', 'Vũ Thị Thảo'),
      ]),
    ).toEqual(['3: Nguyễn Văn Hùng | ', '4: section-title', '5: Lê Văn Nam | ', '6: section-title', '7: Phạm Văn Tuấn | ', '8: section-title', '9: Hoàng Văn Đức | ']);
    // A remark left open goes on with its sentence, whatever words it holds.
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đã cải chính họ tên bên nam theo các giấy tờ'), remarksLine('sau đây: QĐ số 12/QĐ-UBND')])).toEqual([
      '3: Nguyễn Văn Hùng | Đã cải chính họ tên bên nam theo các giấy tờ sau đây: QĐ số 12/QĐ-UBND',
      '4: remarks-continued',
    ]);
  });

  it("keeps a remark's own line that says 'sau đây' / 'dưới đây' without naming the entries below", async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Bổ sung hộ tịch theo QĐ số 45/QĐ-UBND ngày 3/5/2019'),
        remarksLine('Nội dung bổ sung như sau đây: dân tộc Kinh'),
        entry(2, 'Lê Văn Nam', 'Đỗ Thị Hoa', 'Cải chính theo QĐ số 12/QĐ-UBND,'),
        remarksLine('Các nội dung dưới đây: ngày sinh bên nữ'),
        entry(3, 'Phạm Văn Tuấn', 'Nguyễn Thị Mai', 'Đăng ký lại.'),
        remarksLine('Trường hợp này có các giấy tờ sau đây: bản sao GCN'),
      ]),
    ).toEqual([
      '3: Nguyễn Văn Hùng | Bổ sung hộ tịch theo QĐ số 45/QĐ-UBND ngày 3/5/2019 Nội dung bổ sung như sau đây: dân tộc Kinh',
      '4: remarks-continued',
      '5: Lê Văn Nam | Cải chính theo QĐ số 12/QĐ-UBND, Các nội dung dưới đây: ngày sinh bên nữ',
      '6: remarks-continued',
      '7: Phạm Văn Tuấn | Đăng ký lại. Trường hợp này có các giấy tờ sau đây: bản sao GCN',
      '8: remarks-continued',
    ]);
  });

  it("leaves the heading of notes typed under the table ('Ghi chú:') and its notes to themselves", async () => {
    const rows = await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'), remarksLine('Ghi chú:'), remarksLine('- Số 2 viết hỏng, bỏ')]);
    expect(rows[0]).toBe('3: Nguyễn Văn Hùng | ');
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).every((row) => !row.endsWith('remarks-continued') && !row.includes('|'))).toBe(true);
    // Under a remark of its own the same: no remark goes on with 'Lưu ý'.
    expect((await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký lại'), remarksLine('Lưu ý')]))[0]).toBe('3: Nguyễn Văn Hùng | Đăng ký lại');
  });

  it("reads 'lưu ý' ending a remark left open as the remark's end, and 'Ghi chú:' with its colon as a heading even there (regression tester 2)", async () => {
    expect((await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đã cấp bản sao, cần'), remarksLine('lưu ý')]))).toEqual(['3: Nguyễn Văn Hùng | Đã cấp bản sao, cần lưu ý', '4: remarks-continued']);
    expect((await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đã cấp bản sao, cần'), remarksLine('ghi chú:')]))[0]).toBe('3: Nguyễn Văn Hùng | Đã cấp bản sao, cần');
  });

  it("goes on with the sentence above even when it names an official ('… của Chủ tịch UBND xã', 'xác nhận của trưởng thôn')", async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Cải chính họ tên bên nam theo QĐ số 08/QĐ-UBND'),
        remarksLine('ngày 15/3/2017 của Chủ tịch UBND xã Thiện Kế'),
        entry(2, 'Lê Văn Nam', 'Đỗ Thị Hoa', 'Đăng ký quá hạn,'),
        remarksLine('có xác nhận của trưởng thôn'),
      ]),
    ).toEqual([
      '3: Nguyễn Văn Hùng | Cải chính họ tên bên nam theo QĐ số 08/QĐ-UBND ngày 15/3/2017 của Chủ tịch UBND xã Thiện Kế',
      '4: remarks-continued',
      '5: Lê Văn Nam | Đăng ký quá hạn, có xác nhận của trưởng thôn',
      '6: remarks-continued',
    ]);
  });

  it('leaves a signature block under an entry with remarks a footer: a title starts a line, a full stop closes the remark', async () => {
    expect(
      await readBook([
        entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký lại'),
        remarksLine('CHỦ TỊCH UBND XÃ'),
        remarksLine('(Ký, ghi rõ họ tên)'),
      ]),
    ).toEqual(['3: Nguyễn Văn Hùng | Đăng ký lại', '4: footer', '5: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký quá hạn.'), remarksLine('xác nhận của UBND xã')])).toEqual(['3: Nguyễn Văn Hùng | Đăng ký quá hạn.', '4: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký lại'), remarksLine('Người ghi sổ')])).toEqual(['3: Nguyễn Văn Hùng | Đăng ký lại', '4: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký quá hạn'), remarksLine('Thiện Kế, ngày 31 tháng 12 năm 2016')])).toEqual(['3: Nguyễn Văn Hùng | Đăng ký quá hạn', '4: footer']);
    // A remark ending with a comma or a dash (a typing habit) takes no footer line that starts with a capital.
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Con thứ hai,'), remarksLine('Sơn Lôi, ngày 31 tháng 12 năm 2019')])).toEqual(['3: Nguyễn Văn Hùng | Con thứ hai,', '4: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký quá hạn -'), remarksLine('Người ghi sổ')])).toEqual(['3: Nguyễn Văn Hùng | Đăng ký quá hạn -', '4: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký quá hạn'), remarksLine('người ghi sổ')])).toEqual(['3: Nguyễn Văn Hùng | Đăng ký quá hạn', '4: footer']);
    expect(await readBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', '-'), remarksLine('Thiện Kế, ngày 31 tháng 12 năm 2016')])).toEqual(['3: Nguyễn Văn Hùng | ', '4: footer']);
  });

  it('leaves the entry above for a ditto mark below to copy', async () => {
    const path = writeBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đăng ký lại'), remarksLine('theo Nghị định 123/2015/NĐ-CP'), '2;nt;Lê Văn Nam;12/03/1990;Kinh;Đỗ Thị Hoa;20/10/1993;Kinh;']);
    const options = { provinceCode: '26', districtCode: '249', file: 'so-ket-hon-2016.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
    const dates: unknown[] = [];
    for await (const event of readRegister(path, options)) {
      if (event.kind === 'row' && event.outcome.kind === 'clean') dates.push((event.outcome.record as { registration: { date: string } }).registration.date);
    }
    expect(dates).toEqual(['2016-02-01', '2016-02-01']);
  });

  it('is counted among the skipped rows of the batch, with its reason', async () => {
    const path = writeBook([entry(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Đã cải chính ngày sinh bên nữ'), remarksLine('(từ 15/06/1995)')]);
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    const manifest = readJson(join(out, '249/marriage/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 1, clean: 1, skippedByReason: { 'remarks-continued': 1 } });
  });
});
