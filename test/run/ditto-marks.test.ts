import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
const HEADER = 'STT;Số;Ngày đăng ký;Họ và tên;Giới tính;Ngày sinh;Nơi sinh;Họ và tên mẹ;Năm sinh mẹ;Họ và tên cha;Năm sinh cha';

interface Child {
  fullName: string;
  birthDate: string | null;
  mother: string | null;
  father: string | null;
  registered: string | null;
}

/** Each entry's child, birth date, parents and registration date, or its rejection codes. */
async function readBook(lines: string[]): Promise<(Child | string[])[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-ditto-')), 'so-khai-sinh.csv');
  writeFileSync(path, `\uFEFFUBND XÃ TAM HỢP\r\n${HEADER}\r\n${lines.join('\r\n')}\r\n`);
  const options = { provinceCode: '26', districtCode: '249', file: 'so-khai-sinh.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const entries: (Child | string[])[] = [];
  for await (const event of readRegister(path, options)) {
    if (event.kind !== 'row') continue;
    if (event.outcome.kind !== 'clean') {
      entries.push(event.outcome.rejected.errors.map((error) => error.code));
      continue;
    }
    const record = event.outcome.record as {
      child: { fullName: string; birthDate: string | null };
      mother: { fullName: string | null } | null;
      father: { fullName: string | null } | null;
      registration: { date: string | null };
    };
    entries.push({
      fullName: record.child.fullName,
      birthDate: record.child.birthDate,
      mother: record.mother?.fullName ?? null,
      father: record.father?.fullName ?? null,
      registered: record.registration.date,
    });
  }
  return entries;
}

describe('ditto marks', () => {
  it('give the second twin the birth date, parents and registration date of the entry above', async () => {
    const entries = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      // A '"' cell as Excel exports it: quoted, the quote doubled.
      '2;13;"""";Nguyễn Văn Hưng;Nam;"""";"""";"""";"""";nt;như trên',
      '3;14;- nt -;Nguyễn Thị Lan;Nữ;〃;”;Lê Thị Hoa;1980;Phạm Văn Tú;1978',
    ]);
    const first = { birthDate: '2001-03-01', mother: 'Trần Thị Mai', father: 'Nguyễn Văn Bình', registered: '2001-03-05' };
    expect(entries).toEqual([
      { fullName: 'Nguyễn Văn Hùng', ...first },
      { fullName: 'Nguyễn Văn Hưng', ...first },
      { fullName: 'Nguyễn Thị Lan', birthDate: '2001-03-01', mother: 'Lê Thị Hoa', father: 'Phạm Văn Tú', registered: '2001-03-05' },
    ]);
  });

  it("are read in capitals or with a full stop ('NHƯ TRÊN', 'Như trên.')", async () => {
    const entries = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      '2;13;NHƯ TRÊN;Nguyễn Văn Hưng;Nam;Như trên.;;N.T;;nt;',
    ]);
    expect(entries[1]).toMatchObject({ birthDate: '2001-03-01', mother: 'Trần Thị Mai', registered: '2001-03-05' });
  });

  it('copy nothing across a signature block or from a record out of line: the mark is then no value', async () => {
    const afterFooter = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      ';Người ghi sổ;;;;;;;Chủ tịch;;',
      ';Nguyễn Thị Hạnh;;;;;;;Trần Văn Bình;;',
      '1;1;02/01/2002;Lê Văn Hòa;Nam;nt;nt;Lê Thị Hoa;1980;Lê Văn Tú;1978',
    ]);
    expect(afterFooter[1]).toEqual(['FIELD_REQUIRED']);
    // The record above has one field too many (an unquoted ';' in the place): its cells are out of line.
    const afterExtra = await readBook([
      '1;12;05/03/2001;Nguyễn Văn Hùng;Nam;01/03/2001;Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972',
      '2;13;06/03/2001;Phạm Văn An;Nam;02/03/2001;Thôn 3; xã Tam Hợp;Đỗ Thị Lan;1979;Phạm Văn Hải;1976',
      '3;14;nt;Phạm Văn Bình;Nam;nt;nt;nt;nt;nt;nt',
    ]);
    expect(afterExtra[1]).toEqual(expect.arrayContaining(['CSV_EXTRA_FIELDS']));
    expect(afterExtra[2]).toEqual(expect.arrayContaining(['FIELD_REQUIRED']));
  });

  it('leave a mark with nothing above empty (and so rejected where a value is required)', async () => {
    const entries = await readBook(['1;12;05/03/2001;Nguyễn Văn Hùng;Nam;"""";Trạm y tế xã Tam Hợp;Trần Thị Mai;1975;Nguyễn Văn Bình;1972']);
    expect(entries).toEqual([['FIELD_REQUIRED']]);
  });
});
