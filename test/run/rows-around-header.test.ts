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
const HEADER = 'STT,Số,Ngày đăng ký,Họ và tên,Ngày sinh,Giới tính,Họ và tên mẹ,Họ và tên cha,Ghi chú';
const entry = (stt: number): string => `${stt},${stt},0${(stt % 9) + 1}/02/2012,Nguyễn Văn An,0${(stt % 9) + 1}/01/2012,Nam,Trần Thị Mai,Nguyễn Văn Bình,`;

/** Row number → 'row' or the skip reason, for one CSV book. */
async function rowKinds(lines: string[]): Promise<Map<number, string>> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-rows-'));
  const path = join(folder, 'so-2012.csv');
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  const kinds = new Map<number, string>();
  const options = { provinceCode: '26', districtCode: '249', file: 'so-2012.csv', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'row') kinds.set(event.rowNumber, 'row');
    else if (event.kind === 'skipped') kinds.set(event.rowNumber, event.reason);
  }
  return kinds;
}

const count = (kinds: Map<number, string>, kind: string): number => [...kinds.values()].filter((value) => value === kind).length;

describe('rows around the header', () => {
  it('reads the entries between the first header and a fuller copy of it on the next page', async () => {
    const lines = ['UBND XÃ THIỆN KẾ', 'SỔ ĐĂNG KÝ KHAI SINH', HEADER.replace(/,Ghi chú$/, ',')];
    for (let stt = 1; stt <= 10; stt++) lines.push(entry(stt));
    lines.push(',,,Người ghi sổ', HEADER);
    for (let stt = 11; stt <= 15; stt++) lines.push(entry(stt));
    const kinds = await rowKinds(lines);
    expect(count(kinds, 'row')).toBe(15);
    expect([kinds.get(1), kinds.get(2), kinds.get(3), kinds.get(14), kinds.get(15)]).toEqual(['title', 'title', 'header', 'footer', 'repeated-header']);
  });

  it('reads an entry typed above the header instead of counting it as a title', async () => {
    const kinds = await rowKinds(['SỔ ĐĂNG KÝ KHAI SINH', entry(1), 'Quyển số: 01/2012', HEADER, entry(2)]);
    expect([...kinds.values()]).toEqual(['title', 'row', 'title', 'header', 'row']);
  });

  it("counts a book's title block above the header as titles, not entries", async () => {
    const kinds = await rowKinds([
      'UBND XÃ TÂN PHONG',
      'Quyển số: 01,,Mở sổ ngày 02/01/2012,Người giữ sổ: Nguyễn Thị Hương',
      ',,Khoá sổ ngày 31/12/2012,Cán bộ tư pháp: Lê Văn Tám',
      HEADER,
      entry(1),
    ]);
    expect([...kinds.values()]).toEqual(['title', 'title', 'title', 'header', 'row']);
  });
});
