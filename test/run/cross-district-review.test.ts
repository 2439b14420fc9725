import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deathBook, KHAI, RESIDENCE, VIET } from './death-books.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// A death registered in Bình Xuyên (249) and typed again in Vĩnh Tường (252) a day apart,
// without a personal ID: two districts, one pair for an officer to decide. It must be listed
// once — by the batch that found it — whichever district is re-run, and a re-run that gives
// its id to another person (a forgotten row inserted above) makes the listed pair stale.

const DAT = [5, '14/03/2017', 'Bùi Đức Đạt', '12/05/1936', 'Nam', 'Kinh', 'Việt Nam', '', RESIDENCE, '10/03/2017', 'Tại nhà', 'Bệnh', 'Bùi Văn Hòa', 'Con trai', ''];
const DAT_IN_VU_DI = [21, '17/03/2017', 'Bùi Đức Đạt', '12/05/1936', 'Nam', 'Kinh', 'Việt Nam', '', RESIDENCE, '11/03/2017', 'Thôn Vũ Di, xã Vũ Di', 'Bệnh', 'Bùi Thị Lan', 'Con gái', ''];

const reviewOf = (out: string, district: string): Record<string, any>[] => readJsonl(join(out, district, 'death/review.jsonl'));
const summaryBatch = (out: string, district: string): Record<string, any> =>
  readJson(join(out, 'summary.json')).batches.find((batch: { district: string; type: string }) => batch.district === district && batch.type === 'death');
const summaryReviewPairs = (out: string): number =>
  readJson(join(out, 'summary.json')).batches.reduce((sum: number, batch: { reviewPairs: number }) => sum + batch.reviewPairs, 0);
/** The side of a listed pair that is the district's record. */
const sideOf = (listed: Record<string, any>, district: string): Record<string, any> => (listed.a.district === district ? listed.a : listed.b);
const cleanIdOf = (out: string, district: string, name: string): string =>
  readJsonl(join(out, district, 'death/clean.jsonl')).find((record) => (record.deceased as { fullName: string }).fullName === name)!.id as string;

describe('a review pair between two districts', () => {
  it('is listed once, by the batch that found it, and an unchanged re-run of either district keeps the counts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hotich-cross-review-'));
    const out = join(root, 'out');
    await deathBook(join(root, '249/HuongSon/KT_HuongSon_2017.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', [VIET, DAT]);
    await deathBook(join(root, '252/VuDi/KT_VuDi_2017.xlsx'), 'VŨ DI', 'VĨNH TƯỜNG', [DAT_IN_VU_DI]);
    await runInto({ type: 'death', districts: ['249'], inputs: [join(root, '249')], out });
    await runInto({ type: 'death', districts: ['252'], inputs: [join(root, '252')], out });
    const [pair, ...others] = reviewOf(out, '252');
    expect(others).toEqual([]);
    expect(sideOf(pair!, '249')).toMatchObject({ district: '249', loadedBefore: true, id: cleanIdOf(out, '249', 'Bùi Đức Đạt') });

    // 249 re-run as it was: it finds the pair again from its side, but 252's batch lists it.
    await runInto({ type: 'death', districts: ['249'], inputs: [join(root, '249')], out });
    expect(reviewOf(out, '249')).toEqual([]);
    expect(reviewOf(out, '252').map((listed) => listed.reviewId)).toEqual([pair?.reviewId]);
    expect(summaryReviewPairs(out)).toBe(1);
    expect(summaryBatch(out, '252').stale).toBeUndefined();

    // 252 re-run as it was: its batch still lists the pair, 249's still does not.
    await runInto({ type: 'death', districts: ['252'], inputs: [join(root, '252')], out });
    expect(reviewOf(out, '252').map((listed) => listed.reviewId)).toEqual([pair?.reviewId]);
    expect(reviewOf(out, '249')).toEqual([]);
    expect(summaryReviewPairs(out)).toBe(1);
  });

  it('goes stale when the other district\'s re-run gives its id to another person; that re-run lists the pair under the new id', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hotich-cross-review-'));
    const out = join(root, 'out');
    await deathBook(join(root, 'v1/249/HuongSon/KT_HuongSon_2017.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', [VIET, DAT]);
    await deathBook(join(root, '252/VuDi/KT_VuDi_2017.xlsx'), 'VŨ DI', 'VĨNH TƯỜNG', [DAT_IN_VU_DI]);
    await runInto({ type: 'death', districts: ['249'], inputs: [join(root, 'v1/249')], out });
    await runInto({ type: 'death', districts: ['252'], inputs: [join(root, '252')], out });
    const firstId = cleanIdOf(out, '249', 'Bùi Đức Đạt');
    expect(reviewOf(out, '252').map((listed) => sideOf(listed, '249').id)).toEqual([firstId]);

    // A forgotten entry typed in above: Bùi Đức Đạt's id now names Vũ Quang Việt.
    await deathBook(join(root, 'v2/249/HuongSon/KT_HuongSon_2017.xlsx'), 'HƯƠNG SƠN', 'BÌNH XUYÊN', [KHAI, VIET, DAT]);
    await runInto({ type: 'death', districts: ['249'], inputs: [join(root, 'v2/249')], out });
    const movedId = cleanIdOf(out, '249', 'Bùi Đức Đạt');
    expect(movedId).not.toBe(firstId);
    expect(readJson(join(out, '249/death/manifest.json')).dedup.registryRepairs).toEqual([{ district: '252', repointed: 0, released: 0, staleReviewPairs: 1 }]);
    expect(reviewOf(out, '249').map((listed) => [sideOf(listed, '249').id, sideOf(listed, '252').id])).toEqual([[movedId, sideOf(reviewOf(out, '252')[0]!, '252').id]]);
    expect(summaryBatch(out, '252').stale).toEqual({ repointed: 0, released: 0, staleReviewPairs: 1 });

    // 252's re-run: the pair is 249's to list now, and nothing of 252 is stale any more.
    await runInto({ type: 'death', districts: ['252'], inputs: [join(root, '252')], out });
    expect(reviewOf(out, '252')).toEqual([]);
    expect(reviewOf(out, '249')).toHaveLength(1);
    expect(summaryBatch(out, '252').stale).toBeUndefined();
    expect(summaryReviewPairs(out)).toBe(1);
  });
});
