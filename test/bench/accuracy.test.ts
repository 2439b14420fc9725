/**
 * Floors on hotich's accuracy against the truth of a small generated province
 * (test/bench/accuracy.ts measures the same at any size and prints it): every
 * row accounted for, the rows meant to be rejected rejected for their field
 * and no other, fields right on Unicode books and nearly so on legacy ones,
 * every date shape read, duplicates merged and no twins.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInto } from '../run/run-helpers.js';
import { measureAccuracy, share, type AccuracyReport } from './accuracy-measure.js';
import { readRunOutputs, readTruth } from './accuracy-outputs.js';
import { BENCH_FORMATS, generateProvince, type BenchFormat, type DataSet } from './generator/generate-province.js';

const ROWS = 1000;
const SEED = 5;

describe(`accuracy on a generated province of ${ROWS} rows, against its truth`, () => {
  let root: string;
  let data: DataSet;
  const reports = {} as Record<BenchFormat, AccuracyReport>;
  const exitCodes = {} as Record<BenchFormat, number>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hotich-accuracy-'));
    data = await generateProvince(root, ROWS, SEED, () => {}, { truth: true });
    const truth = readTruth(data.truth as string);
    for (const format of BENCH_FORMATS) {
      const { out, result } = await runInto({ pipeline: data.pipelines[format], out: join(root, `run-${format}`), workers: '0' });
      exitCodes[format] = result.exitCode;
      reports[format] = measureAccuracy(truth, readRunOutputs(out));
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a truth line for every data row, same rows for both formats', () => {
    expect(readTruth(data.truth as string)).toHaveLength(ROWS);
  });

  for (const format of BENCH_FORMATS) {
    describe(format, () => {
      it('closes the accounting: every truth row is clean, rejected or merged, and nothing else was read', () => {
        const { accounting } = reports[format];
        expect(exitCodes[format]).toBe(0);
        expect(accounting.missing).toEqual([]);
        expect(accounting.extra).toEqual([]);
        expect(accounting.sheetMismatches).toEqual([]);
        expect(accounting.clean + accounting.rejected + accounting.merged).toBe(ROWS);
      });

      it('rejects the rows meant to be rejected, for the field left out, and no other row', () => {
        const { rejection } = reports[format];
        expect(rejection.expected).toBeGreaterThan(0);
        expect(rejection.missed).toEqual([]);
        expect(rejection.rightField).toBe(rejection.expected);
        expect(rejection.unexpected).toEqual([]);
      });

      it('gets ≥ 99 % of every field right on Unicode books, ≥ 99 % of all fields of legacy and decomposed books', () => {
        const low: string[] = [];
        for (const [field, accuracy] of reports[format].fields) {
          for (const [book, tally] of accuracy.byBook) {
            // Legacy books are a few dozen rows here: one slip in a field is several per cent, so the floor per field
            // only catches a field that broke; the share over all fields below holds the line.
            const floor = book === 'book:unicode' ? 0.99 : 0.8;
            if (share(tally) < floor) low.push(`${field} on ${book}: ${tally.exact}/${tally.n}`);
          }
        }
        expect(low).toEqual([]);
        for (const book of ['book:tcvn3', 'book:vni', 'book:nfd']) {
          const tally = reports[format].byKind.get(book);
          expect(tally?.n, book).toBeGreaterThan(100);
          expect(share(tally ?? { n: 0, exact: 0 }), book).toBeGreaterThanOrEqual(0.99);
        }
        expect(reports[format].fields.get('birth:child.birthDate')?.n).toBeGreaterThan(ROWS * 0.4);
      });

      it('reads every date shape, lost zero, honorific and abbreviation right', () => {
        const low = [...reports[format].byKind].filter(([kind, tally]) => /^(date|year|id|name:honorific|place|number|sex|ethnicity|nationality):/.test(kind) && share(tally) < 0.995);
        expect(low).toEqual([]);
      });

      it('merges the duplicates and never a twin', () => {
        const { duplicates, twins } = reports[format];
        expect(duplicates.truthPairs).toBeGreaterThan(10);
        expect(duplicates.precision).toBeGreaterThanOrEqual(0.98);
        expect(duplicates.recall).toBeGreaterThanOrEqual(0.95);
        expect(twins.pairs).toBeGreaterThan(0);
        expect(twins.merged).toEqual([]);
      });

      it('flags spouses under the legal marriage age, and no one else', () => {
        for (const [code, problem] of reports[format].problems) {
          expect(problem.missed, code).toEqual([]);
          expect(problem.falseAlarms, code).toEqual([]);
        }
      });
    });
  }
});
