import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER = 'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ và tên người chết,Giới tính,Ngày sinh,Ngày chết,Nơi chết,Nơi cư trú,Ghi chú';

async function run(csv: string) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-extra-fields-'));
  const path = join(folder, 'khai-tu-2016.csv');
  writeFileSync(path, `\uFEFF${csv}\r\n`);
  const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
  return { clean: readJsonl(join(out, '249/death/clean.jsonl')), rejected: readJsonl(join(out, '249/death/rejected.jsonl')) };
}

describe('CSV records with more fields than the header', () => {
  it('reject a record whose unquoted comma pushed its values right, with that one reason', async () => {
    const { clean, rejected } = await run([
      HEADER,
      '1,1,10/03/2016,UBND xã Tam Hợp,Nguyễn Văn An,Nam,1930,05/03/2016,Tại nhà,"Thôn Tam Lộng, xã Tam Hợp",',
      '2,2,11/03/2016,UBND xã Tam Hợp,Trần Văn Bình,Nam,1931,06/03/2016,Tại nhà,Thôn Tam Lộng, xã Tam Hợp,Khai tử cho người chết đã lâu',
    ].join('\r\n'));
    expect(clean.map((record) => (record.deceased as { residence: string }).residence)).toEqual(['Thôn Tam Lộng, xã Tam Hợp']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.errors).toMatchObject([{ code: 'CSV_EXTRA_FIELDS', field: 'row' }]);
    expect((rejected[0]!.errors as { message: string }[])[0]!.message).toContain('Dòng có 12 ô, nhiều hơn 11 cột');
  });

  it('keep the records of an export whose last column has no header label (its values go to raw)', async () => {
    const { clean, rejected } = await run([
      `${HEADER},`,
      '1,1,10/03/2016,UBND xã Tam Hợp,Nguyễn Văn An,Nam,1930,05/03/2016,Tại nhà,Thôn Tam Lộng,,Đã đối chiếu',
    ].join('\r\n'));
    expect(rejected).toEqual([]);
    expect(clean[0]!.raw).toEqual({ 'Cột L': 'Đã đối chiếu' });
  });
});
