import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Two districts loaded one after the other into one output folder (one registry):
// Bình Xuyên's 2015 Tam Hợp book, then Yên Lạc's 2019 re-registrations
// (fixtures/generator/dedup-cross-district.ts), then Bình Xuyên again.
const TAM_HOP = 'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx';
const DONG_CUONG = 'fixtures/dedup/251-dang-ky-lai-dong-cuong-2019.xlsx';
let out = '';
const ids = (district: string): unknown[] => readJsonl(join(out, district, 'birth', 'clean.jsonl')).map((record) => record.id);
let firstIds: unknown[] = [];
let firstDuplicates: Record<string, unknown>[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'hotich-registry-'));
  await runInto({ type: 'birth', districts: ['249'], inputs: [TAM_HOP], out });
  firstIds = ids('249');
  firstDuplicates = readJsonl(join(out, '249/birth/duplicates.jsonl'));
  await runInto({ type: 'birth', districts: ['251'], inputs: [DONG_CUONG], out });
});

describe('deduplication against the registry', () => {
  it('merges a re-registration in another district into the record loaded before, without rewriting it', () => {
    const [cluster, ...others] = readJsonl(join(out, '251/birth/duplicates.jsonl'));
    expect(others).toEqual([]);
    const earlier = readJsonl(join(out, '249/birth/clean.jsonl')).find((record) => (record.provenance as { row: number }).row === 8);
    expect(cluster).toMatchObject({
      survivorId: earlier?.id,
      survivor: { id: earlier?.id, district: '249', loadedBefore: true },
      members: [{ provenance: { file: '251-dang-ky-lai-dong-cuong-2019.xlsx', row: 2 } }],
    });
    const { counts } = readJson(join(out, '251/birth/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 3, clean: 2, rejected: 0, mergedAway: 1 });
    // The namesake with other parents stays a citizen of his own.
    const rows = readJsonl(join(out, '251/birth/clean.jsonl')).map((record) => (record.provenance as { row: number }).row);
    expect(rows).toEqual([3, 4]);
  });

  it('a re-run of a district gives the same ids and finds no duplicates of its own earlier batch', async () => {
    await runInto({ type: 'birth', districts: ['249'], inputs: [TAM_HOP], out });
    expect(ids('249')).toEqual(firstIds);
    const duplicates = readJsonl(join(out, '249/birth/duplicates.jsonl'));
    expect(duplicates).toEqual(firstDuplicates);
    expect(duplicates.every((cluster) => (cluster.survivor as { loadedBefore: boolean }).loadedBefore === false)).toBe(true);
  });

  it('keeps every loaded record of each district once in the registry', () => {
    const registry = openSqliteRegistry(join(out, 'registry.sqlite'));
    try {
      const { counts } = readJson(join(out, '249/birth/manifest.json'));
      expect(registry.countByDistrict('birth')).toEqual({ '249': counts.clean + counts.mergedAway, '251': 3 });
    } finally {
      registry.close();
    }
  });
  it('after a re-run drops the entry another district merged into, makes that record a survivor again and says so', async () => {
    const survivor = readJsonl(join(out, '249/birth/clean.jsonl')).find((record) => (record.provenance as { row: number }).row === 8);
    const [cluster] = readJsonl(join(out, '251/birth/duplicates.jsonl'));
    const memberId = (cluster?.memberIds as string[])[0];
    // The officer cleared row 8 of the Tam Hợp book; the file keeps its name, so every other row keeps its id.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(TAM_HOP);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(8).eachCell((cell) => {
      cell.value = null;
    });
    const folder = join(mkdtempSync(join(tmpdir(), 'hotich-edited-')), '249-binh-xuyen');
    mkdirSync(folder);
    const edited = join(folder, 'khai-sinh-tam-hop-2015.xlsx');
    await workbook.xlsx.writeFile(edited);

    await runInto({ type: 'birth', districts: ['249'], inputs: [edited], out });
    expect(ids('249')).not.toContain(survivor?.id);
    expect(ids('249')).toEqual(firstIds.filter((id) => id !== survivor?.id));
    const { dedup } = readJson(join(out, '249/birth/manifest.json'));
    expect(dedup.registryRepairs).toEqual([{ district: '251', repointed: 0, released: 1 }]);
    // The summary holds every current batch: this re-run's 249 and, as its last run left it, 251.
    const { runId, batches } = readJson(join(out, 'summary.json'));
    expect(batches).toEqual([
      expect.objectContaining({ district: '249', type: 'birth', runId, registryRepairs: [{ district: '251', repointed: 0, released: 1 }] }),
      expect.objectContaining({ district: '251', type: 'birth', runId: readJson(join(out, '251/birth/manifest.json')).runId }),
    ]);
    expect(batches[1].runId).not.toBe(runId);
    const registry = openSqliteRegistry(join(out, 'registry.sqlite'));
    try {
      expect(registry.get(memberId!)?.survivorId).toBeNull();
      expect(registry.survivorOf(memberId!)).toBe(memberId);
    } finally {
      registry.close();
    }
  });
});
