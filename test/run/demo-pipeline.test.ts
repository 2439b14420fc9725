import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFolder, readJson, readJsonl, runInto } from './run-helpers.js';

// End to end on the bundled fixtures (pipelines/demo.json), checked against
// golden files in test/golden/ that were reviewed by eye. UPDATE_GOLDEN=1
// rewrites them after an intended change; review the diff before committing.
const GOLDEN = join(import.meta.dirname, '..', 'golden');
const BATCHES = ['249/birth', '249/marriage', '249/death', '251/birth', '251/marriage', '251/death'];

let out = '';
beforeAll(async () => {
  ({ out } = await runInto({ pipeline: 'pipelines/demo.json' }));
});

describe('hotich run pipelines/demo.json', () => {
  it('writes the output layout for every district and type, with no temporary folder left', () => {
    expect(listFolder(out)).toEqual(['249', '251', 'registry.sqlite', 'report.html', 'runs', 'summary.json', 'summary.xlsx']);
    for (const district of ['249', '251']) expect(listFolder(join(out, district))).toEqual(['birth', 'death', 'marriage']);
    for (const batch of BATCHES) {
      expect(listFolder(join(out, batch))).toEqual(['clean.csv', 'clean.jsonl', 'duplicates.jsonl', 'errors.xlsx', 'manifest.json', 'rejected.jsonl', 'review.jsonl']);
    }
  });

  it('closes the row accounting of every batch, and the files hold what the counts say', () => {
    for (const batch of BATCHES) {
      const { counts, outputs } = readJson(join(out, batch, 'manifest.json'));
      expect(counts.rowsRead).toBe(counts.clean + counts.rejected + counts.mergedAway);
      expect(readJsonl(join(out, batch, 'clean.jsonl'))).toHaveLength(counts.clean);
      expect(readJsonl(join(out, batch, 'rejected.jsonl'))).toHaveLength(counts.rejected);
      expect(Object.keys(outputs)).toEqual(['clean.jsonl', 'clean.csv', 'rejected.jsonl', 'duplicates.jsonl', 'review.jsonl', 'errors.xlsx']);
    }
  });

  it('counts title, header, numbering, blank and footer rows as skipped with a reason', () => {
    const { counts, inputs, ethnicityCodeList } = readJson(join(out, '249/birth/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 24, skipped: 14, skippedByReason: { title: 3, header: 4, 'column-numbers': 1, blank: 2, footer: 4 } });
    expect(inputs.map((input: { file: string; rows: number }) => [input.file, input.rows])).toEqual([
      ['249-binh-xuyen/ket-hon-quat-luu-2018.xlsx', 0],
      ['249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', 24],
      ['249-binh-xuyen/khai-tu-huong-son-2016.csv', 0],
    ]);
    expect(inputs[1].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ethnicityCodeList).toContain('2008');
  });

  it('gives every record its provenance as the officer sees it', () => {
    const births = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(births[0]).toMatchObject({ provenance: { file: '249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', sheet: 'Quyển 01-2015', row: 8 } });
    const deaths = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(deaths[0]).toMatchObject({ provenance: { file: '249-binh-xuyen/khai-tu-huong-son-2016.csv', sheet: '', row: 4 } });
    const cp1258 = readJsonl(join(out, '251/birth/clean.jsonl')).filter((record) => (record.provenance as { file: string }).file.endsWith('.csv'));
    expect(cp1258[0]).toMatchObject({ provenance: { row: 2 }, child: { fullName: 'Nguyễn Thị Hoà' } });
  });

  it('keeps unknown columns in raw and reports them once per sheet', () => {
    const births = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(births[0]?.raw).toEqual({ 'Cán bộ thực hiện': 'Hà' });
    const summary = readJson(join(out, 'summary.json'));
    const unknown = summary.problems.filter((problem: { code: string }) => problem.code === 'COLUMN_UNKNOWN');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ district: '249', sheet: 'Quyển 01-2015' });
    expect(summary.problems.find((problem: { code: string }) => problem.code === 'SHEET_NO_HEADER')).toMatchObject({ sheet: 'Hướng dẫn' });
  });

  it('gives the same record ids on a second run', async () => {
    const { out: again } = await runInto({ pipeline: 'pipelines/demo.json' });
    for (const batch of BATCHES) {
      const ids = (folder: string): unknown[] => readJsonl(join(folder, batch, 'clean.jsonl')).map((record) => record.id);
      expect(ids(again)).toEqual(ids(out));
    }
  });

  it('matches the reviewed golden clean, rejected, duplicate and review rows', () => {
    for (const batch of BATCHES) {
      for (const name of ['clean.jsonl', 'rejected.jsonl', 'duplicates.jsonl', 'review.jsonl']) {
        const actual = readFileSync(join(out, batch, name), 'utf8');
        const golden = join(GOLDEN, batch, name);
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
          mkdirSync(join(GOLDEN, batch), { recursive: true });
          writeFileSync(golden, actual);
        }
        expect(actual, `${batch}/${name}`).toBe(readFileSync(golden, 'utf8'));
      }
    }
  });
});
