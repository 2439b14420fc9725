/**
 * Some communes' books carry the commune's GSO code in a column of its own ('Mã xã', 'Mã ĐVHC')
 * instead of a place column, and a CSV exported from them has no title line naming the commune.
 * Found by testing: the column was an unknown one (kept in `raw`), so every entry of such a
 * book had no commune code — and Excel had stored '08953' as the number 8953.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

interface Outcome {
  communeCode: string | null;
  place: string | null;
  codes: string[];
  raw: Record<string, unknown>;
}

async function read(path: string, file: string): Promise<Outcome[]> {
  const indexes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type, {}));
  const outcomes: Outcome[] = [];
  for await (const event of readRegister(path, { provinceCode: '26', districtCode: '249', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes })) {
    if (event.kind !== 'row' || event.outcome.kind !== 'clean') continue;
    const record = event.outcome.record as {
      registration: { communeCode: string | null; place: string | null };
      raw: Record<string, unknown>;
      notes: { code: string; field: string }[];
      warnings: { code: string; field: string }[];
    };
    const codes = [...record.warnings, ...record.notes].filter((finding) => finding.field.startsWith('registration.')).map((finding) => finding.code);
    outcomes.push({ communeCode: record.registration.communeCode, place: record.registration.place, codes, raw: record.raw });
  }
  return outcomes;
}

const DEATH_HEADER = ['Số', 'Ngày đăng ký', 'Mã xã', 'Họ tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết', 'Người đi khai', 'Quan hệ'];
const death = (index: number, code: string | number): (string | number)[] =>
  [index + 1, `1${index}/03/2023`, code, `Nguyễn Văn ${['An', 'Bình', 'Cường'][index]}`, 'Nam', '02/04/1941', `0${index + 1}/03/2023`, 'Nguyễn Văn Hải', 'Con'];

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-commune-code-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a commune code column', () => {
  it('gives the registration commune of a CSV without a title, its lost zero restored, and the place its name', async () => {
    const lines = [DEATH_HEADER, death(0, '8965'), death(1, '08965.0'), death(2, '8999')].map((cells) => cells.join(','));
    writeFileSync(join(folder, 'khai-tu-2023.csv'), `${lines.join('\r\n')}\r\n`);
    const rows = await read(join(folder, 'khai-tu-2023.csv'), 'khai-tu-2023.csv');
    expect(rows.map(({ communeCode, place, codes }) => ({ communeCode, place, codes }))).toEqual([
      { communeCode: '08965', place: 'Xã Tân Phong', codes: ['PLACE_CODE_LEADING_ZERO_RESTORED'] },
      { communeCode: '08965', place: 'Xã Tân Phong', codes: [] },
      // No commune of any list has the code: kept as typed, for the officer.
      { communeCode: null, place: '8999', codes: ['PLACE_COMMUNE_UNKNOWN'] },
    ]);
    expect(rows[0]!.raw).not.toHaveProperty('Mã xã');
  });

  it('is read from a workbook\'s number cell', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('KT 2023');
    sheet.addRow(DEATH_HEADER);
    sheet.addRow(death(0, 8965));
    await book.xlsx.writeFile(join(folder, 'khai-tu-2023.xlsx'));
    const rows = await read(join(folder, 'khai-tu-2023.xlsx'), 'khai-tu-2023.xlsx');
    expect(rows.map(({ communeCode, place }) => ({ communeCode, place }))).toEqual([{ communeCode: '08965', place: 'Xã Tân Phong' }]);
  });

  it.each(['Mã ĐVHC', 'Mã đơn vị hành chính', 'Mã phường, xã', 'Mã đơn vị HC', 'MÃ XÃ'])('is read under %j', async (label) => {
    const header = DEATH_HEADER.map((cell) => (cell === 'Mã xã' ? `"${label}"` : cell));
    writeFileSync(join(folder, 'khai-tu-2024.csv'), `${[header, death(0, '8965')].map((cells) => cells.join(',')).join('\r\n')}\r\n`);
    const rows = await read(join(folder, 'khai-tu-2024.csv'), 'khai-tu-2024.csv');
    expect(rows.map(({ communeCode }) => communeCode)).toEqual(['08965']);
  });

  it('yields to a place column beside it, and stays in raw', async () => {
    const header = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Mã ĐVHC', 'Họ tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết', 'Người đi khai', 'Quan hệ'];
    const cells = [1, '10/03/2023', 'UBND xã Tam Hợp', '8953', 'Nguyễn Văn An', 'Nam', '02/04/1941', '01/03/2023', 'Nguyễn Văn Hải', 'Con'];
    writeFileSync(join(folder, 'khai-tu-tam-hop-2023.csv'), `${header.join(',')}\r\n${cells.join(',')}\r\n`);
    const rows = await read(join(folder, 'khai-tu-tam-hop-2023.csv'), 'khai-tu-tam-hop-2023.csv');
    expect(rows.map(({ communeCode, place, raw }) => ({ communeCode, place, code: raw['Mã ĐVHC'] }))).toEqual([
      { communeCode: '08953', place: 'UBND xã Tam Hợp', code: '8953' },
    ]);
  });
  it('left blank, leaves its entries the commune the file or its folder names; a code typed still wins', async () => {
    const lines = [DEATH_HEADER, death(0, ''), death(1, ''), death(2, '8965')].map((cells) => cells.join(','));
    writeFileSync(join(folder, 'khai-tu-tam-hop-2023.csv'), `${lines.join('\r\n')}\r\n`);
    const rows = await read(join(folder, 'khai-tu-tam-hop-2023.csv'), 'khai-tu-tam-hop-2023.csv');
    expect(rows.map(({ communeCode, place }) => ({ communeCode, place }))).toEqual([
      { communeCode: '08953', place: 'Xã Tam Hợp' },
      { communeCode: '08953', place: 'Xã Tam Hợp' },
      { communeCode: '08965', place: 'Xã Tân Phong' },
    ]);
  });
});
