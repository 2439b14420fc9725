import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';
import { deathBook, KHAI, RESIDENCE, VIET } from './death-books.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Record ids are source positions (file, sheet, row). A death registered in Bình Xuyên (249)
// and again in Vĩnh Tường (252) is merged into 249's record; then 249's book changes under it:
// a forgotten row inserted on top, the file saved under a corrected name, an entry corrected.

const DAT = [5, '14/03/2017', 'Bùi Đức Đạt', '12/05/1936', 'Nam', 'Kinh', 'Việt Nam', '026036004455', RESIDENCE, '10/03/2017', 'Bệnh viện Đa khoa tỉnh Vĩnh Phúc', 'Bệnh', 'Bùi Văn Hòa', 'Con trai', ''];
const DAT_IN_VU_DI = [21, '17/03/2017', 'Bùi Đức Đạt', '12/05/1936', 'Nam', 'Kinh', 'Việt Nam', '026036004455', RESIDENCE, '10/03/2017', 'Thôn Vũ Di, xã Vũ Di', 'Bệnh', 'Bùi Thị Lan', 'Con gái', ''];

/** A fresh output folder with 249's book (`rows`) loaded, then 252's re-registration of Bùi Đức Đạt merged into it. */
async function loadBoth(rows: readonly (string | number)[][]): Promise<{ root: string; out: string; vuDiId: string; firstSurvivor: string }> {
  const root = mkdtempSync(join(tmpdir(), 'hotich-moved-'));
  const out = join(root, 'out');
  await deathBook(join(root, 'v1/249/HuongSon/KT_HuongSon_2017.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', rows);
  await deathBook(join(root, '252/VuDi/KT_VuDi_2017.xlsx'), 'VŨ DI', 'VĨNH TƯỜNG', [DAT_IN_VU_DI]);
  await runInto({ type: 'death', districts: ['249'], inputs: [join(root, 'v1/249')], out });
  await runInto({ type: 'death', districts: ['252'], inputs: [join(root, '252')], out });
  const [cluster, ...others] = readJsonl(join(out, '252/death/duplicates.jsonl'));
  expect(others).toEqual([]);
  expect(cluster?.survivor).toMatchObject({ district: '249', loadedBefore: true });
  return { root, out, vuDiId: (cluster?.memberIds as string[])[0]!, firstSurvivor: cluster?.survivorId as string };
}

const cleanNames = (out: string, district: string): Map<string, string> =>
  new Map(readJsonl(join(out, district, 'death/clean.jsonl')).map((record) => [record.id as string, (record.deceased as { fullName: string }).fullName]));

/** How many clean batches of the output folder hold a record of the name. */
function inCleanBatches(out: string, name: string): number {
  return ['249', '252'].reduce((count, district) => count + [...cleanNames(out, district).values()].filter((fullName) => fullName === name).length, 0);
}

function registryPointer(out: string, id: string): { survivorId: string | null | undefined; final: string | undefined; released: boolean | undefined } {
  const registry = openSqliteRegistry(join(out, 'registry.sqlite'));
  try {
    return { survivorId: registry.get(id)?.survivorId, final: registry.survivorOf(id), released: registry.get(id)?.released };
  } finally {
    registry.close();
  }
}

const repairs = (out: string, district: string): unknown => readJson(join(out, district, 'death/manifest.json')).dedup.registryRepairs;

describe('registry pointers when a re-run district’s book changes under them', () => {
  it('a row inserted above: the id merged into now names another person, so the pointer follows Bùi Đức Đạt to his new id', async () => {
    const { root, out, vuDiId, firstSurvivor } = await loadBoth([VIET, DAT]);
    await deathBook(join(root, 'v2/249/HuongSon/KT_HuongSon_2017.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', [KHAI, VIET, DAT]);
    await runInto({ type: 'death', districts: ['249'], inputs: [join(root, 'v2/249')], out });

    const names = cleanNames(out, '249');
    // The id 252's record was merged into is a different row now.
    expect(names.get(firstSurvivor)).toBe('Vũ Quang Việt');
    const pointer = registryPointer(out, vuDiId);
    expect(pointer.survivorId).not.toBe(firstSurvivor);
    expect(names.get(pointer.final!)).toBe('Bùi Đức Đạt');
    expect(pointer.released).toBeUndefined();
    expect(repairs(out, '249')).toEqual([{ district: '252', repointed: 1, released: 0 }]);
    expect(inCleanBatches(out, 'Bùi Đức Đạt')).toBe(1);
  });

  it('the book renamed and re-run twice: Bùi Đức Đạt stays in exactly one clean batch', async () => {
    const { root, out, vuDiId } = await loadBoth([VIET, DAT]);
    mkdirSync(join(root, 'v3/249/HuongSon'), { recursive: true });
    copyFileSync(join(root, 'v1/249/HuongSon/KT_HuongSon_2017.xlsx'), join(root, 'v3/249/HuongSon/KT_HuongSon_2017_da_sua.xlsx'));
    for (let run = 0; run < 2; run++) {
      await runInto({ type: 'death', districts: ['249'], inputs: [join(root, 'v3/249')], out });
      expect(inCleanBatches(out, 'Bùi Đức Đạt')).toBe(1);
      const pointer = registryPointer(out, vuDiId);
      expect(cleanNames(out, '249').get(pointer.final!)).toBe('Bùi Đức Đạt');
      expect(readJsonl(join(out, '249/death/duplicates.jsonl'))).toEqual([]);
    }
    expect(repairs(out, '249')).toEqual([]);
  });

  it('renamed and corrected (the death date a day later): 252’s record follows it to the corrected entry, and never absorbs 249’s', async () => {
    const { root, out, vuDiId } = await loadBoth([VIET, DAT]);
    const corrected = [...DAT];
    corrected[9] = '11/03/2017';
    const input = join(root, 'v4/249');
    await deathBook(join(input, 'HuongSon/KT_HuongSon_2017_da_sua.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', [VIET, corrected]);
    // Renamed and changed, the old book is missing (neither its name nor its content is among the inputs):
    // the batch is kept until the operator says the old name is withdrawn.
    const { result: kept } = await runInto({ type: 'death', districts: ['249'], inputs: [input], out });
    expect(kept.exitCode).toBe(1);
    expect(kept.keptBatches[0]?.files).toEqual([{ file: 'HuongSon/KT_HuongSon_2017.xlsx', code: 'BATCH_KEPT_FILE_MISSING', records: 2 }]);
    await runInto({ type: 'death', districts: ['249'], inputs: [input], out, allowMissing: true });
    // The corrected row is the entry's person (the comparison merges the two), under a new id: followed, not released.
    expect(repairs(out, '249')).toEqual([{ district: '252', repointed: 1, released: 0 }]);
    const correctedId = [...cleanNames(out, '249')].find(([, fullName]) => fullName === 'Bùi Đức Đạt')?.[0];
    expect(correctedId).toBeDefined();
    expect(registryPointer(out, vuDiId)).toEqual({ survivorId: correctedId, final: correctedId, released: undefined });
    expect(inCleanBatches(out, 'Bùi Đức Đạt')).toBe(1);

    // Re-run again: the record is merged away in 252's batch, so 249's record must not merge into it.
    await runInto({ type: 'death', districts: ['249'], inputs: [input], out });
    expect(readJsonl(join(out, '249/death/duplicates.jsonl'))).toEqual([]);
    expect(inCleanBatches(out, 'Bùi Đức Đạt')).toBe(1);

    // Re-running 252 heals it: its record merges into 249's and the person is in one clean batch.
    await runInto({ type: 'death', districts: ['252'], inputs: [join(root, '252')], out });
    const [cluster] = readJsonl(join(out, '252/death/duplicates.jsonl'));
    expect(cleanNames(out, '249').get(cluster?.survivorId as string)).toBe('Bùi Đức Đạt');
    expect(registryPointer(out, vuDiId).released).toBeUndefined();
    expect(inCleanBatches(out, 'Bùi Đức Đạt')).toBe(1);
  });

  it('an entry corrected in place keeps its id and the pointer to it, with no repair', async () => {
    const { root, out, vuDiId, firstSurvivor } = await loadBoth([VIET, DAT]);
    const corrected = [...DAT];
    corrected[3] = '12/5/1936';
    corrected[1] = '15/03/2017';
    await deathBook(join(root, 'v1/249/HuongSon/KT_HuongSon_2017.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', [VIET, corrected]);
    await runInto({ type: 'death', districts: ['249'], inputs: [join(root, 'v1/249')], out });
    expect(repairs(out, '249')).toEqual([]);
    expect(registryPointer(out, vuDiId).survivorId).toBe(firstSurvivor);
    expect(cleanNames(out, '249').get(firstSurvivor)).toBe('Bùi Đức Đạt');
    expect(readFileSync(join(out, '249/death/clean.jsonl'), 'utf8')).toContain('2017-03-15');
  });
});
