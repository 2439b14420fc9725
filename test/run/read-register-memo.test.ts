import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RunMemo } from '../../src/normalize/memo/run-memo.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister, type ReadRegisterOptions, type RegisterEvent } from '../../src/run/read-register.js';

const FILES = [
  'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx',
  'fixtures/249-binh-xuyen/khai-tu-huong-son-2016.csv',
  'fixtures/251-yen-lac/khai-sinh-dong-cuong-2001-vntime.xlsx',
  'fixtures/251-yen-lac/ket-hon-te-lo-1998-vni.xlsx',
  'fixtures/reader/date1904.xlsx',
];

async function events(path: string, options: ReadRegisterOptions): Promise<RegisterEvent[]> {
  const all: RegisterEvent[] = [];
  for await (const event of readRegister(path, options)) all.push(event);
  return all;
}

describe('readRegister with a run-wide memo', () => {
  it('reads every file as a fresh read does, with one memo shared by all files and settings (even a tiny one)', async () => {
    const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
    const settings = [DEFAULT_NORMALIZE_OPTIONS, { ...DEFAULT_NORMALIZE_OPTIONS, toneStyle: 'new' as const, sourceEthnicityCodeList: '1979' as const }];
    for (const capacity of [1, 4096]) {
      const memo = new RunMemo(capacity);
      for (const options of settings) {
        for (const [position, file] of FILES.entries()) {
          const base = { provinceCode: '26', districtCode: position % 2 === 0 ? '249' : '251', file, options, indexes };
          const fresh = await events(file, { ...base, memo: new RunMemo(0) }); // nothing memoized
          expect(fresh.some((event) => event.kind === 'row')).toBe(true);
          expect(await events(file, { ...base, memo })).toEqual(fresh);
        }
      }
    }
  });
});
