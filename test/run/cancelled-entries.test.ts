import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER = 'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên chồng;Ngày sinh chồng;Số CMND chồng;Họ và tên vợ;Ngày sinh vợ;Số CMND vợ;Ghi chú';
const PLACE = 'UBND xã Phú Xuân';

async function run(lines: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-cancelled-'));
  const path = join(folder, 'so-ket-hon-phu-xuan-2014.csv');
  writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
  const batch = (name: string): Record<string, any>[] => readJsonl(join(out, `249/marriage/${name}.jsonl`));
  return { clean: batch('clean'), rejected: batch('rejected'), duplicates: batch('duplicates') };
}

describe('an entry the remarks cancel', () => {
  it('is rejected with its reason, and the entry written again under the next number is loaded, not merged away', async () => {
    const { clean, rejected, duplicates } = await run([
      `11;14/03/2014;${PLACE};Nguyễn Văn Hùng;12/03/1990;135246810;Trần Thị Lam;20/10/1993;135246811;Hủy (ghi sai tên vợ), xem số 12`,
      `12;14/03/2014;${PLACE};Nguyễn Văn Hùng;12/03/1990;135246810;Trần Thị Lan;20/10/1993;135246811;`,
    ]);
    expect(rejected.map((row) => [row.provenance.row, row.errors.map((error: { code: string }) => error.code)])).toEqual([[2, ['ENTRY_CANCELLED']]]);
    expect(rejected[0]!.errors[0].message).toBe('Nội dung "Hủy (ghi sai tên vợ), xem số 12" ở cột Ghi chú cho biết mục đăng ký này đã bị hủy (gạch bỏ): không nạp như một mục hợp lệ.');
    expect(clean.map((record) => [record.registration.number, record.wife.fullName])).toEqual([['12', 'Trần Thị Lan']]);
    expect(duplicates).toEqual([]);
  });

  it('keeps a marriage whose remarks record a later court decision annulling it, with a warning, and warns of a later correction', async () => {
    const { clean, rejected } = await run([
      `5;10/02/2014;${PLACE};Lê Văn Nam;01/01/1988;135111222;Đỗ Thị Hoa;07/07/1995;135111333;Hủy việc kết hôn trái pháp luật theo bản án số 05/2017/HNGĐ-ST`,
      `6;12/02/2014;${PLACE};Phạm Văn Tuấn;01/12/1991;135222333;Nguyễn Thị Mai;15/06/1994;135333444;Đã cải chính ngày sinh bên nữ theo QĐ số 12/QĐ-UBND`,
    ]);
    expect(rejected).toEqual([]);
    expect(clean.map((record) => record.warnings.map((warning: { code: string }) => warning.code))).toEqual([['ENTRY_ANNULLED_LATER'], ['ENTRY_CHANGED_LATER']]);
  });

  it('is rejected when the remarks say it was written wrongly without the word hủy, and its correction under the next number is loaded', async () => {
    const pairs: [string, string, string][] = [
      ['Ghi sai tên vợ, đã viết lại ở số 2', 'Trần Thị Lam', 'Trần Thị Lan'],
      ['Sai, xem số 4', 'Đỗ Thị Hoà', 'Đỗ Thị Hoa'],
      ['Ghi nhầm', 'Bùi Thị Nguyệt', 'Bùi Thị Nguyệt'],
      ['Viết lại số 8', 'Ngô Thị Thu', 'Ngô Thị Thư'],
      ['Không hợp lệ', 'Đặng Thị Mai', 'Đặng Thị Mai'],
    ];
    const husbands = ['Nguyễn Văn Hùng', 'Trần Văn Nam', 'Lê Văn Tâm', 'Phạm Văn Đức', 'Vũ Văn Hải'];
    const lines = pairs.flatMap(([remarks, written, corrected], index) => [
      `${2 * index + 1};1${index}/03/2014;${PLACE};${husbands[index]};12/03/1990;13524681${index};${written};20/10/1993;13524682${index};${remarks}`,
      `${2 * index + 2};1${index}/03/2014;${PLACE};${husbands[index]};12/03/1990;13524681${index};${corrected};${index === 2 ? '20/10/1994' : '20/10/1993'};13524682${index};`,
    ]);
    const { clean, rejected, duplicates } = await run(lines);
    expect(rejected.map((row) => [row.provenance.row, row.errors.map((error: { code: string }) => error.code)])).toEqual(
      [2, 4, 6, 8, 10].map((row) => [row, ['ENTRY_CANCELLED']]),
    );
    expect(clean.map((record) => [record.registration.number, record.wife.fullName, record.warnings])).toEqual(
      pairs.map(([, , corrected], index) => [String(2 * index + 2), corrected, []]),
    );
    expect(duplicates).toEqual([]);
  });

  it('keeps a marriage dissolved later by divorce without a word: the entry is right as it stands', async () => {
    const { clean, rejected } = await run([
      `7;14/02/2014;${PLACE};Hoàng Văn Đức;01/05/1989;135444555;Vũ Thị Giang;02/09/1992;135555666;Đã ly hôn theo bản án số 20/2016/HNGĐ-ST`,
      `8;15/02/2014;${PLACE};Đỗ Văn Hải;03/07/1987;135666777;Bùi Thị Hoa;04/11/1991;135777888;Hủy kết quả đăng ký kết hôn theo QĐ số 12/QĐ-UBND ngày 5/6/2015`,
    ]);
    expect(rejected).toEqual([]);
    expect(clean.map((record) => record.warnings.map((warning: { code: string }) => warning.code))).toEqual([[], ['ENTRY_ANNULLED_LATER']]);
    expect(clean[1]!.warnings[0].message).toBe(
      'Cột Ghi chú "Hủy kết quả đăng ký kết hôn theo QĐ số 12/QĐ-UBND ngày 5/6/2015" ghi rằng kết quả đăng ký này đã bị hủy hoặc thu hồi sau khi đăng ký (theo quyết định hoặc bản án): mục vẫn được nạp, cán bộ cần xem xét có nạp hay không.',
    );
  });
});

describe('a cancel mark typed outside the remarks column', () => {
  it('in the number cell or after a spouse\'s name rejects the entry, naming the cell; the entry written again is loaded', async () => {
    const { clean, rejected } = await run([
      `21 (hủy);02/04/2014;${PLACE};Nguyễn Văn Hùng;12/03/1990;135246810;Trần Thị Lam;20/10/1993;135246811;`,
      `22;02/04/2014;${PLACE};Nguyễn Văn Hùng;12/03/1990;135246810;Trần Thị Lan;20/10/1993;135246811;`,
      `Hủy;05/04/2014;${PLACE};Lê Văn Nam;01/01/1988;135111222;Đỗ Thị Hoa;07/07/1995;135111333;`,
      `23;05/04/2014;${PLACE};Phạm Văn Tuấn (Hủy);01/12/1991;135222333;Nguyễn Thị Mai;15/06/1994;135333444;`,
      `24;06/04/2014;${PLACE};Vũ Văn Long;01/12/1989;135222444;Đặng Thị Thu - huỷ;15/06/1994;135333555;`,
      `25;07/04/2014;${PLACE};Bùi Văn Khải;01/12/1989;135222555;Ngô Thị Yến;15/06/1994;135333666;Hỏng`,
    ]);
    expect(rejected.map((row) => [row.provenance.row, row.errors.map((error: { code: string; field: string; column: string }) => `${error.code} ${error.field} ${error.column}`)])).toEqual([
      [2, ['ENTRY_CANCELLED registration.number A']],
      [4, ['ENTRY_CANCELLED registration.number A']],
      [5, ['ENTRY_CANCELLED husband.fullName D']],
      [6, ['ENTRY_CANCELLED wife.fullName G']],
      [7, ['ENTRY_CANCELLED remarks J']],
    ]);
    expect(rejected[0]!.errors[0].message).toBe('Nội dung "21 (hủy)" ở ô số đăng ký cho biết mục đăng ký này đã bị hủy (gạch bỏ): không nạp như một mục hợp lệ.');
    expect(rejected[2]!.errors[0].message).toBe('Nội dung "Phạm Văn Tuấn (Hủy)" ở ô họ tên cho biết mục đăng ký này đã bị hủy (gạch bỏ): không nạp như một mục hợp lệ.');
    expect(clean.map((record) => [record.registration.number, record.wife.fullName])).toEqual([['22', 'Trần Thị Lan']]);
  });

  it('does not cancel on a name\'s alias typed without marks, nor on a number cell\'s other words', async () => {
    const { clean, rejected } = await run([
      `31;02/05/2014;${PLACE};Nguyễn Văn Tư - Huy;12/03/1990;135246810;Trần Thị Lan;20/10/1993;135246811;`,
      `32 (bis);03/05/2014;${PLACE};Lê Văn Nam;01/01/1988;135111222;Đỗ Thị Hoa;07/07/1995;135111333;`,
    ]);
    expect(rejected).toEqual([]);
    expect(clean.map((record) => [record.registration.number, record.husband.fullName])).toEqual([
      ['31', 'Nguyễn Văn Tư'],
      ['32 (bis)', 'Lê Văn Nam'],
    ]);
  });
});
