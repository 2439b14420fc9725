import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepEarlierNames } from '../../src/run/resolve-inputs.js';
import { readJsonl, runInto } from './run-helpers.js';

const root = join(import.meta.dirname, '..', '..');

describe('an operator\'s --input re-run of a district a pipeline loaded', () => {
  it('keeps the record ids and file names of the scheduled run', async () => {
    const { out } = await runInto({ pipeline: join(root, 'pipelines/demo.json'), districts: ['249'], type: 'birth', out: undefined });
    const before = readJsonl(join(out, '249/birth/clean.jsonl'));
    await runInto({ type: 'birth', districts: ['249'], inputs: [join(root, 'fixtures/249-binh-xuyen')], out });
    const after = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(after.map((record) => record.id)).toEqual(before.map((record) => record.id));
    expect(after.map((record) => (record.provenance as { file: string }).file)).toContain('249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx');
  });
});

describe('keepEarlierNames', () => {
  const file = (name: string) => ({ path: `/data/${name}`, name });

  it('takes the one earlier name that is the file\'s own or ends with it', () => {
    expect(keepEarlierNames([file('ks.xlsx'), file('kt.csv')], ['249/ks.xlsx', 'kt.csv', '249/kh.xlsx'])).toEqual([
      { path: '/data/ks.xlsx', name: '249/ks.xlsx' },
      { path: '/data/kt.csv', name: 'kt.csv' },
    ]);
  });

  it('takes the earlier name that ends the file\'s own, when the operator names the folders differently', () => {
    expect(keepEarlierNames([file('births/KS-09040-2010.xlsx'), file('deaths/kt.csv')], ['KS-09040-2010.xlsx', '251/kt.csv'])).toEqual([
      { path: '/data/births/KS-09040-2010.xlsx', name: 'KS-09040-2010.xlsx' },
      { path: '/data/deaths/kt.csv', name: 'deaths/kt.csv' },
    ]);
  });

  it('keeps the inputs\' name when earlier names are ambiguous, or when two files would take one name', () => {
    expect(keepEarlierNames([file('ks.xlsx')], ['xa1/ks.xlsx', 'xa2/ks.xlsx'])).toEqual([file('ks.xlsx')]);
    expect(keepEarlierNames([file('ks.xlsx'), file('a/ks.xlsx')], ['b/a/ks.xlsx'])).toEqual([file('ks.xlsx'), file('a/ks.xlsx')]);
    expect(keepEarlierNames([file('ks.xlsx')], [])).toEqual([file('ks.xlsx')]);
  });
});
