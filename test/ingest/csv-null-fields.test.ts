import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvSheets, type CsvRow } from '../../src/ingest/csv-reader.js';

async function readRows(text: string): Promise<CsvRow[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-csv-null-')), 'KS_ThanhLang_2023.csv');
  writeFileSync(path, text);
  const rows: CsvRow[] = [];
  for await (const sheet of readCsvSheets(path)) for await (const row of sheet.rows) rows.push(row as CsvRow);
  return rows;
}

describe('a CSV exported from a database', () => {
  it("reads the export's NULL, null and \\N as empty fields, not as a father named 'Null'", async () => {
    const rows = await readRows(
      [
        'Số,Ngày đăng ký,Họ và tên,Ngày sinh,Giới tính,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha,Ghi chú',
        '2,12/01/2023,Trần Gia Bảo,03/01/2023,Nam,Phạm Thị Hường,1997,NULL,NULL,NULL',
        '3,19/01/2023,Lê Thị Minh Châu,10/01/2023,Nữ,Đỗ Thị Lan,1998,null,\\N,(null)',
        '4,26/01/2023,Phạm Đức Thịnh,15/01/2023,Nam,Vũ Thị Hải,1993,Phạm Văn Nul,1990,Null là tên gọi ở nhà',
      ].join('\r\n') + '\r\n',
    );
    expect(rows.map((row) => row.cells.length)).toEqual([10, 7, 7, 10]);
    expect(rows[1]?.fieldCount).toBe(10);
    // Only the whole field is the export's mark: words of a register keep theirs.
    expect(rows[3]?.cells[9]?.value).toBe('Null là tên gọi ở nhà');
  });
});
