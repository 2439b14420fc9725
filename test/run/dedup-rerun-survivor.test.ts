/**
 * A re-run keeps the rows its district's batch in place kept: a copy of the book delivered
 * since ('bo-sung-2015.xlsx', a second clerk's typing) that the inputs list first, or that
 * sorts first in its folder, is merged into the rows loaded before instead of taking their
 * place — and their record ids, which other districts' clusters and later loads name.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const TAM_HOP = 'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx';

describe('a re-run given a copy of the book delivered since', () => {
  it('keeps the rows loaded before as survivors, with their ids', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'hotich-rerun-')), '249');
    mkdirSync(folder);
    const book = join(folder, 'khai-sinh-tam-hop-2015.xlsx');
    copyFileSync(TAM_HOP, book);
    const out = mkdtempSync(join(tmpdir(), 'hotich-rerun-out-'));
    await runInto({ type: 'birth', districts: ['249'], inputs: [folder], out });
    const cleanIds = (): unknown[] => readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => record.id);
    const first = cleanIds();

    // The same book typed again by another clerk, its title reworded: a file of its own, sorted first.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(TAM_HOP);
    workbook.worksheets[0]!.getCell('A1').value = 'UBND XÃ TAM HỢP (bản nhập bổ sung)';
    await workbook.xlsx.writeFile(join(folder, 'bo-sung-2015.xlsx'));
    await runInto({ type: 'birth', districts: ['249'], inputs: [folder], out });

    expect(cleanIds()).toEqual(first);
    const clusters = readJsonl(join(out, '249/birth/duplicates.jsonl'));
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      expect(first).toContain(cluster.survivorId);
      expect((cluster.survivor as { provenance: { file: string } }).provenance.file).toBe('khai-sinh-tam-hop-2015.xlsx');
    }
  });
});
