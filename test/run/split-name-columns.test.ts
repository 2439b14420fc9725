import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Templates modelled on QCVN 109 (Ho, ChuDem, Ten) split the name into three columns.
describe('registers that split the name into Họ | Chữ đệm | Tên', () => {
  it('read the parts as one name, split the same way', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const csv = [
      'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ,Chữ đệm,Tên,Ngày sinh,Giới tính,Họ tên mẹ,Năm sinh mẹ,Họ tên cha,Năm sinh cha',
      '1,1,12/01/2015,UBND xã Tam Hợp,Nguyễn,Văn,An,03/01/2015,Nam,Trần Thị Mai,1990,Nguyễn Văn Bình,1988',
      '2,2,15/01/2015,UBND xã Tam Hợp,TÔN NỮ,Thị Minh,Châu,09/01/2015,Nữ,Lê Thị Hoa,1991,Tôn Thất Hùng,1989',
      '3,3,20/01/2015,UBND xã Tam Hợp,Lò,,Páo,14/01/2015,Nam,Lò Thị Sáu,1992,Lò Văn Sử,1990',
    ].join('\r\n');
    writeFileSync(join(folder, 'tach-ten.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(folder, 'tach-ten.csv')] });
    const children = readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => record.child);
    expect(children).toMatchObject([
      { fullName: 'Nguyễn Văn An', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' },
      { fullName: 'Tôn Nữ Thị Minh Châu', familyName: 'Tôn Nữ', middleName: 'Thị Minh', givenName: 'Châu' },
      { fullName: 'Lò Páo', familyName: 'Lò', middleName: '', givenName: 'Páo' },
    ]);
  });

  it('keep the register\'s own split (two family names) and report an empty Tên', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-split-'));
    const csv = [
      'STT,Số,Ngày đăng ký,Nơi đăng ký,Họ,Chữ đệm,Tên,Ngày sinh,Giới tính,Họ tên mẹ,Năm sinh mẹ,Họ tên cha,Năm sinh cha',
      '1,1,12/01/2015,UBND xã Tam Hợp,Nguyễn Lê,Minh,Bình,03/01/2015,Nam,Lê Thị Mai,1990,Nguyễn Văn Bình,1988',
      '2,2,15/01/2015,UBND xã Tam Hợp,Đỗ,Văn,,09/01/2015,Nam,Lê Thị Hoa,1991,Đỗ Văn Hùng,1989',
      '3,3,20/01/2015,UBND xã Tam Hợp,Trần,Thị Thu,Hà,,Nữ,Lò Thị Sáu,1992,Trần Văn Sử,1990',
    ].join('\r\n');
    writeFileSync(join(folder, 'tach-ten.csv'), `\uFEFF${csv}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [join(folder, 'tach-ten.csv')] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => record.child)).toMatchObject([
      { fullName: 'Nguyễn Lê Minh Bình', familyName: 'Nguyễn Lê', middleName: 'Minh', givenName: 'Bình' },
      { fullName: 'Đỗ Văn', familyName: 'Đỗ', middleName: '', givenName: 'Văn' },
    ]);
    expect(clean[0]!.warnings).toEqual([]);
    expect(clean[1]!.warnings).toMatchObject([{ code: 'NAME_GIVEN_NAME_EMPTY', field: 'child.fullName' }]);
    // A rule's finding names the column of the empty cell it is about.
    const [rejected] = readJsonl(join(out, '249/birth/rejected.jsonl'));
    expect(rejected!.errors).toMatchObject([{ code: 'FIELD_REQUIRED', field: 'child.birthDate', column: 'H' }]);
  });
});
