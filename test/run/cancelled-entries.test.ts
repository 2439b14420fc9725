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
    expect(rejected[0]!.errors[0].message).toBe('Cột Ghi chú "Hủy (ghi sai tên vợ), xem số 12" cho biết mục đăng ký này đã bị hủy (gạch bỏ): không nạp như một mục hợp lệ.');
    expect(clean.map((record) => [record.registration.number, record.wife.fullName])).toEqual([['12', 'Trần Thị Lan']]);
    expect(duplicates).toEqual([]);
  });

  it('keeps a marriage whose remarks record a later court decision annulling it, and warns of a later correction', async () => {
    const { clean, rejected } = await run([
      `5;10/02/2014;${PLACE};Lê Văn Nam;01/01/1988;135111222;Đỗ Thị Hoa;07/07/1995;135111333;Hủy việc kết hôn trái pháp luật theo bản án số 05/2017/HNGĐ-ST`,
      `6;12/02/2014;${PLACE};Phạm Văn Tuấn;01/12/1991;135222333;Nguyễn Thị Mai;15/06/1994;135333444;Đã cải chính ngày sinh bên nữ theo QĐ số 12/QĐ-UBND`,
    ]);
    expect(rejected).toEqual([]);
    expect(clean.map((record) => record.warnings.map((warning: { code: string }) => warning.code))).toEqual([[], ['ENTRY_CHANGED_LATER']]);
  });
});
