import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from '../run/run-helpers.js';

// Some exporters end every entry's line with a delimiter that the header line lacks ('…,Nam,'):
// one empty field more on each line, with nothing shifted. A comma typed without quotes
// ('Thôn Hạ, xã Tam Hợp') also adds a field, but it pushes the values after it one column
// right, so a row like that is still rejected (CSV_EXTRA_FIELDS).
const HEADER = 'Số,Ngày đăng ký,Nơi đăng ký,Họ và tên,Ngày sinh,Giới tính,Nơi sinh,Họ và tên mẹ';
const ENTRIES = [
  ['1', '05/01/2017', 'UBND xã Tam Hợp', 'Nguyễn Văn An', '01/01/2017', 'Nam', 'Trạm y tế xã Tam Hợp', 'Lê Thị Hà'],
  ['2', '09/01/2017', 'UBND xã Tam Hợp', 'Trần Thị Hiền', '03/01/2017', 'Nữ', 'Trạm y tế xã Tam Hợp', 'Vũ Thị Tươi'],
  ['3', '12/01/2017', 'UBND xã Tam Hợp', 'Đỗ Văn Hưng', '04/01/2017', 'Nam', 'Bệnh viện huyện Bình Xuyên', 'Đỗ Thị Hằng'],
  ['4', '16/01/2017', 'UBND xã Tam Hợp', 'Hà Thị Liên', '06/01/2017', 'Nữ', 'Trạm y tế xã Tam Hợp', 'Hà Thị Nhung'],
];

async function load(name: string, lines: string[]): Promise<{ clean: Record<string, any>[]; rejected: Record<string, any>[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-trailing-'));
  writeFileSync(join(folder, name), `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder] });
  return { clean: readJsonl(join(out, '249/birth/clean.jsonl')), rejected: readJsonl(join(out, '249/birth/rejected.jsonl')) };
}

const codes = (rejected: Record<string, any>[]): string[][] => rejected.map((row) => row.errors.map((error: { code: string }) => error.code));

describe('a CSV whose entry lines each end with a delimiter the header lacks', () => {
  it('loads every entry with its values in their own columns', async () => {
    const { clean, rejected } = await load('khai-sinh-tam-hop-2017.csv', ENTRIES.map((entry) => `${entry.join(',')},`));
    expect(rejected).toEqual([]);
    expect(clean.map((record) => [record.child.fullName, record.child.sex, record.child.birthPlace, record.mother.fullName])).toEqual(
      ENTRIES.map((entry) => [entry[3], entry[5] === 'Nam' ? 'male' : 'female', entry[6], entry[7]]),
    );
  });

  it('still rejects rows shifted by an address typed with a comma and no quotes, even when every row has one', async () => {
    const shifted = ENTRIES.map((entry) => [...entry.slice(0, 6), 'Thôn Hạ, xã Tam Hợp', entry[7]].join(','));
    const { clean, rejected } = await load('khai-sinh-tam-hop-2017-dia-chi.csv', shifted);
    expect(clean).toEqual([]);
    expect(codes(rejected)).toEqual(ENTRIES.map(() => ['CSV_EXTRA_FIELDS']));
  });

  it('rejects only the shifted row among lines of the header\'s width', async () => {
    const lines = ENTRIES.map((entry, index) => (index === 2 ? [...entry.slice(0, 6), 'Thôn Hạ,xã Tam Hợp', entry[7]] : entry).join(','));
    const { clean, rejected } = await load('khai-sinh-tam-hop-2017-mot-dong.csv', lines);
    expect(clean).toHaveLength(3);
    expect(codes(rejected)).toEqual([['CSV_EXTRA_FIELDS']]);
  });
});
