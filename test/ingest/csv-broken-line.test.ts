import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from '../run/run-helpers.js';

// An exporter that writes a line break typed in a cell (Alt+Enter in an address) without enclosing the
// field in quotes breaks the record in two: the line stops after the cell's first part, and the next line
// starts with the rest of the cell and holds the record's remaining fields.
const HEADER = 'Số;Ngày đăng ký;Họ và tên người chết;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Nơi cư trú;Ngày chết;Nơi chết;Nguyên nhân chết;Người đi khai tử;Ghi chú';
const first = '1;12/03/2019;Nguyễn Văn Tường;Nam;05/03/1931;Kinh;Việt Nam;Thôn Thống Nhất, xã Thiện Kế, huyện Bình Xuyên, tỉnh Vĩnh Phúc;10/03/2019;Tại nhà;Già yếu;Nguyễn Văn Hải (con);';
const broken = ['2;20/03/2019;Trần Thị Nụ;Nữ;07/08/1940;Kinh;Việt Nam;Thôn Đồng Giang, xã Thiện Kế,', 'huyện Bình Xuyên, tỉnh Vĩnh Phúc;18/03/2019;Tại nhà;Già yếu;Lê Văn Bình (con);'];
const last = '3;25/03/2019;Lê Văn Khoa;Nam;01/01/1945;Kinh;Việt Nam;Thôn Văn Giáo, xã Thiện Kế, huyện Bình Xuyên, tỉnh Vĩnh Phúc;22/03/2019;Tại nhà;Bệnh tim;Lê Văn Tú (con);';

async function load(name: string, lines: string[], header = HEADER): Promise<{ clean: Record<string, any>[]; rejected: Record<string, any>[]; rowsRead: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-broken-line-'));
  writeFileSync(join(folder, name), `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
  const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [folder] });
  const manifest = JSON.parse(readFileSync(join(out, '249/death/manifest.json'), 'utf8')) as { counts: { rowsRead: number } };
  return { clean: readJsonl(join(out, '249/death/clean.jsonl')), rejected: readJsonl(join(out, '249/death/rejected.jsonl')), rowsRead: manifest.counts.rowsRead };
}

describe('a CSV record broken at a line break written without quotes', () => {
  it('is read as one entry, the address whole, with a note naming the line joined', async () => {
    const { clean, rejected, rowsRead } = await load('KT_ThienKe_2019.csv', [first, ...broken, last]);
    expect(rejected).toEqual([]);
    expect(rowsRead).toBe(3);
    expect(clean.map((record) => [record.provenance.row, record.deceased.fullName, record.deathDate])).toEqual([
      [2, 'Nguyễn Văn Tường', '2019-03-10'],
      [3, 'Trần Thị Nụ', '2019-03-18'],
      [5, 'Lê Văn Khoa', '2019-03-22'],
    ]);
    expect(clean[1]!.deceased.residence).toBe('Thôn Đồng Giang, xã Thiện Kế, huyện Bình Xuyên, tỉnh Vĩnh Phúc');
    expect(clean[1]!.warnings).toEqual([]);
    expect(clean[1]!.notes.map((note: { code: string; field: string }) => [note.code, note.field])).toContainEqual(['ROW_CONTINUATION_JOINED', 'deceased.residence']);
    expect(clean[0]!.notes.map((note: { code: string }) => note.code)).not.toContain('ROW_CONTINUATION_JOINED');
  });

  it('leaves apart an entry cut short and the line under it when that line opens an entry or a footer', async () => {
    // '… Tại nhà' (no cause, no declarant, no remarks) over a line whose fields would complete it.
    const short = '2;20/03/2019;Trần Thị Nụ;Nữ;07/08/1940;Kinh;Việt Nam;Thôn Đồng Giang, xã Thiện Kế;18/03/2019;Tại nhà';
    const entry = await load('KT_ThienKe_2019.csv', [first, short, '3;25/03/2019;Lê Văn Khoa;Nam', last.replace(/^3;25/, '4;28')]);
    expect(entry.rowsRead).toBe(4);
    expect([...entry.clean, ...entry.rejected].map((record) => record.provenance.row).sort()).toEqual([2, 3, 4, 5]);
    const footer = await load('KT_ThienKe_2019.csv', [first, short, 'Người ghi sổ;Chủ tịch;;']);
    expect(footer.rowsRead).toBe(2);
    expect(footer.clean.map((record) => [record.deceased.fullName, record.deceased.residence])).toEqual([
      ['Nguyễn Văn Tường', 'Thôn Thống Nhất, xã Thiện Kế, huyện Bình Xuyên, tỉnh Vĩnh Phúc'],
      ['Trần Thị Nụ', 'Thôn Đồng Giang, xã Thiện Kế'],
    ]);
  });

  it('leaves the lines apart in a file whose exporter drops trailing empty fields: its records are no measure', async () => {
    const ragged = first.replace(/;$/, '');
    const { clean, rejected, rowsRead } = await load('KT_ThienKe_2019.csv', [ragged, ...broken, last]);
    expect(rowsRead).toBe(4);
    expect(clean.map((record) => record.deceased.fullName)).toEqual(['Nguyễn Văn Tường', 'Lê Văn Khoa']);
    expect(rejected).toHaveLength(2);
  });

  it('leaves apart two short records of a ragged file that make the width by chance, though a whole record precedes them', async () => {
    // A book without a number column, its exporter dropping trailing empty fields: an entry with remarks is whole
    // (12 fields), one typed up to the death date has 7, one up to the residence 6 — 7 + 6 − 1 = 12.
    const header = 'Họ và tên người chết;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Nơi cư trú;Ngày chết;Nơi chết;Ngày đăng ký;Số;Người đi khai tử;Ghi chú';
    const whole = 'Nguyễn Văn Tường;Nam;05/03/1931;Kinh;Việt Nam;Thôn Thống Nhất, xã Thiện Kế;10/03/2019;Tại nhà;12/03/2019;1;Nguyễn Văn Hải;Đăng ký quá hạn';
    const upToDeath = 'Trần Thị Nụ;Nữ;07/08/1940;Kinh;Việt Nam;Thôn Đồng Giang, xã Thiện Kế;18/03/2019';
    const upToResidence = 'Hoàng Văn Mai;Nam;18/06/1947;Kinh;Việt Nam;Thôn Bá Cầu, xã Thiện Kế';
    const { clean, rejected, rowsRead } = await load('KT_ThienKe_2019.csv', [whole, upToDeath, upToResidence], header);
    expect(rowsRead).toBe(3);
    expect([...clean, ...rejected].map((record) => record.provenance.row).sort()).toEqual([2, 3, 4]);
    expect(rejected.map((record) => record.raw['Họ và tên người chết'])).toEqual(['Trần Thị Nụ', 'Hoàng Văn Mai']);
  });
});
