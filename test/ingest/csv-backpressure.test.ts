import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvSheets } from '../../src/ingest/csv-reader.js';

// A consumer slower than the parser makes the reader pause; a stall there once
// stopped every CSV book of more than ~16,000 rows part-way (exit 0, nothing written).
describe('CSV reader backpressure', () => {
  it('reads every record of a long book, however slowly they are taken', async () => {
    const rows = 40_000;
    const lines = ['STT,Số,Ngày đăng ký,Nơi đăng ký,Họ và tên,Ngày sinh,Giới tính,Họ và tên mẹ,Năm sinh mẹ'];
    for (let i = 1; i <= rows; i++) lines.push(`${i},${i},12/01/2015,UBND xã Tam Hợp,Nguyễn Văn An,03/01/2015,Nam,Trần Thị Mai,1990`);
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-csv-long-')), 'khai-sinh.csv');
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    let read = 0;
    let last = 0;
    for await (const sheet of readCsvSheets(path)) {
      for await (const row of sheet.rows) {
        read++;
        last = row.rowNumber;
        // Let the parser run ahead between takes, as a run's normalizing does.
        if (read % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    expect(read).toBe(rows + 1);
    expect(last).toBe(rows + 1);
  }, 30_000);
});
