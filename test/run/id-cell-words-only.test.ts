/**
 * A death book's ID column holding words and no number — 'Đã thu hồi CMND' (the card taken back when
 * the death was registered), 'Không nhớ', 'Chưa đủ tuổi' for a dead child: found by testing (blind
 * corpus of session 26, dates, IDs and codes), where such a cell was ID_MALFORMED and rejected the
 * death, though no number was typed and none typed wrong. Words saying none or not known are a blank
 * cell; other words leave the ID empty with the warning ID_NO_NUMBER, the cell kept in raw. A cell
 * with digits that make no ID still rejects the entry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;

describe('an ID cell of words and no number', () => {
  let clean: Row[] = [];
  let rejected: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-id-words-'));
    const path = join(folder, 'khai-tu-huong-son-2019.csv');
    const lines = [
      'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên người chết;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Số CMND/CCCD;Ngày chết;Nơi chết;Nguyên nhân chết',
      '1;07/01/2019;UBND xã Hương Sơn;Nguyễn Văn Khang;Nam;12/05/1938;Kinh;Việt Nam;026038001234;05/01/2019;Tại nhà;Già yếu',
      '2;09/01/2019;UBND xã Hương Sơn;Trần Thị Lụa;Nữ;03/04/1941;Kinh;Việt Nam;Đã thu hồi CMND;08/01/2019;Tại nhà;Già yếu',
      '3;12/01/2019;UBND xã Hương Sơn;Lê Văn Tùng;Nam;1936;Kinh;Việt Nam;Không nhớ;10/01/2019;Tại nhà;Già yếu',
      '4;15/01/2019;UBND xã Hương Sơn;Phạm Văn Bin;Nam;20/10/2012;Kinh;Việt Nam;Chưa đủ tuổi;14/01/2019;Bệnh viện đa khoa tỉnh Vĩnh Phúc;Tai nạn',
      '5;18/01/2019;UBND xã Hương Sơn;Đỗ Thị Mơ;Nữ;09/09/1940;Kinh;Việt Nam;O26140OO1234;16/01/2019;Tại nhà;Già yếu',
    ];
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    clean = readJsonl(join(out, '249/death/clean.jsonl')) as Row[];
    rejected = readJsonl(join(out, '249/death/rejected.jsonl')) as Row[];
  });

  it('loads the death with the ID empty, warned of, and the words kept in raw', () => {
    const taken = clean.find((record) => record.registration.number === '2');
    expect(taken?.deceased.personalId).toBeNull();
    expect(taken?.warnings.map((warning: Row) => `${warning.code} ${warning.field}`)).toEqual(['ID_NO_NUMBER deceased.personalId']);
    expect(taken?.warnings[0].message).toContain('"Đã thu hồi CMND"');
    expect(taken?.raw).toEqual({ 'Số CMND/CCCD': 'Đã thu hồi CMND' });
  });

  it('reads words saying none or not known as a blank cell, and a real ID as before', () => {
    const byNumber = (number: string) => clean.find((record) => record.registration.number === number);
    expect([byNumber('1')?.deceased.personalId, byNumber('1')?.warnings]).toEqual(['026038001234', []]);
    for (const number of ['3', '4']) expect([byNumber(number)?.deceased.personalId, byNumber(number)?.warnings]).toEqual([null, []]);
  });

  it('still rejects a cell whose digits make no ID', () => {
    expect(rejected.map((row) => [row.provenance.row, row.errors.map((error: Row) => error.code)])).toEqual([[6, ['ID_MALFORMED']]]);
  });
});
