import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordId } from '../../src/run/record-id.js';

// Ids already loaded downstream must never change: the formula is pinned here.
describe('recordId', () => {
  it('is the type and the first 20 hex digits of sha256 over the joined source position', () => {
    fc.assert(
      fc.property(
        fc.record({ provinceCode: fc.string(), districtCode: fc.string(), type: fc.constantFrom('birth', 'marriage', 'death'), file: fc.string({ unit: 'grapheme' }), sheet: fc.string({ unit: 'grapheme' }), row: fc.nat() }),
        (parts) => {
          const key = [parts.provinceCode, parts.districtCode, parts.type, parts.file, parts.sheet, String(parts.row)].join('\u001f');
          expect(recordId(parts)).toBe(`${parts.type}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}`);
        },
      ),
    );
    expect(recordId({ provinceCode: '26', districtCode: '249', type: 'birth', file: '249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', sheet: 'Quyển 01-2015', row: 8 })).toBe(
      'birth-ee7d852c89fccbb32b2d',
    );
  });
});
