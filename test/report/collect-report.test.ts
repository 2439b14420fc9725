import { describe, expect, it } from 'vitest';
import { TOP_CODES } from '../../src/report/collect-codes.js';
import { collectReport, type ReportInput } from '../../src/report/collect-report.js';
import { TREND_RUNS } from '../../src/report/collect-runs.js';
import type { BatchOnDisk, ReportManifest, ReportRunLog } from '../../src/report/read-outputs.js';
import { communeNameVi } from '../../src/report/labels-vi.js';

// The report's figures from object literals shaped like manifests and run logs.

const ALL_FILES = ['clean.csv', 'clean.jsonl', 'duplicates.jsonl', 'errors.xlsx', 'manifest.json', 'rejected.jsonl', 'review.jsonl'];

function batch(district: string, type: string, overrides: Partial<ReportManifest> = {}, files = ALL_FILES): BatchOnDisk {
  return {
    manifest: {
      runId: '2026-03-01T01-00-00-000Z-aaaaaa',
      startedAt: '2026-03-01T01:00:00.000Z',
      finishedAt: '2026-03-01T01:05:00.000Z',
      pipeline: 'pipelines/vinh-phuc.json',
      district,
      type,
      provinceCode: '26',
      ethnicityCodeList: 'GSO 1019/QĐ-TCTK (2008), QCVN 109:2017 Appendix E',
      inputs: [],
      counts: { rowsRead: 10, clean: 8, rejected: 1, mergedAway: 1 },
      problemsByCode: {},
      byCommune: {},
      dedup: { clusters: 1, reviewPairs: 0 },
      ...overrides,
    },
    files,
  };
}

function runLog(day: number, overrides: Partial<ReportRunLog> = {}): ReportRunLog {
  const date = `2026-02-${String(day).padStart(2, '0')}`;
  return {
    runId: `${date}T01-00-00-000Z-${String(day).padStart(6, '0')}`,
    hotichVersion: '0.1.0',
    startedAt: `${date}T01:00:00.000Z`,
    status: 'completed',
    districts: ['249'],
    districtsWithoutInput: [],
    batches: [
      { district: '249', type: 'birth', counts: { rowsRead: 100 + day, clean: 90, rejected: day, mergedAway: 10 - (day % 10) }, clusters: 2, reviewPairs: 1 },
      { district: '249', type: 'death', counts: { rowsRead: 20, clean: 20, rejected: 0, mergedAway: 0 }, clusters: 0, reviewPairs: 2 },
    ],
    ...overrides,
  };
}

function input(batches: BatchOnDisk[], runLogs: ReportRunLog[] = []): ReportInput {
  return { batches, runLogs, hotichVersion: '0.1.0', unreadable: [] };
}

describe('collectReport: totals and districts', () => {
  const batches = [
    batch('249', 'birth', { counts: { rowsRead: 24, clean: 17, rejected: 6, mergedAway: 1 }, dedup: { clusters: 1, reviewPairs: 2 } }),
    batch('249', 'death', { counts: { rowsRead: 9, clean: 7, rejected: 2, mergedAway: 0 }, dedup: { clusters: 0, reviewPairs: 1 } }),
    batch('251', 'marriage', { counts: { rowsRead: 4, clean: 4, rejected: 0, mergedAway: 0 }, dedup: { clusters: 0, reviewPairs: 0 } }),
  ];
  const data = collectReport(input(batches));

  it('adds up rows read, clean, rejected, merged and review pairs over every batch', () => {
    expect(data.totals).toEqual({ rowsRead: 37, clean: 28, rejected: 8, mergedAway: 1, clusters: 1, reviewPairs: 3 });
  });

  it('gives each district its name from the reference table, its counts and its rejected share', () => {
    expect(data.districts.map((district) => [district.code, district.name, district.counts.rowsRead, district.rejectedShare])).toEqual([
      ['249', 'Bình Xuyên', 33, 8 / 33],
      ['251', 'Yên Lạc', 4, 0],
    ]);
    expect(data.districts[0]!.batches.map((row) => row.typeLabel)).toEqual(['Khai sinh', 'Khai tử']);
    expect(data.title).toBe('Báo cáo kết quả làm sạch dữ liệu hộ tịch – Tỉnh Vĩnh Phúc');
  });

  it('links only the batch files that exist, relative to the output folder', () => {
    const partial = collectReport(input([batch('249', 'birth', {}, ['clean.jsonl', 'errors.xlsx', 'manifest.json'])]));
    expect(partial.districts[0]!.batches[0]!.links).toEqual([
      { file: 'errors.xlsx', href: '249/birth/errors.xlsx' },
      { file: 'clean.jsonl', href: '249/birth/clean.jsonl' },
    ]);
  });

  it('names input files that could not be read, with their code only', () => {
    const withError = batch('249', 'birth', {
      inputs: [{ file: '249-binh-xuyen/hong.xlsx', error: { code: 'FILE_UNREADABLE' } }, { file: '249-binh-xuyen/tot.xlsx' }],
    });
    expect(collectReport(input([withError])).districts[0]!.batches[0]!.unreadableFiles).toEqual([{ file: '249-binh-xuyen/hong.xlsx', code: 'FILE_UNREADABLE' }]);
  });

  it('does not depend on the order the batches were read in', () => {
    expect(collectReport(input([...batches].reverse()))).toEqual(data);
  });
});

describe('collectReport: communes', () => {
  const data = collectReport(
    input([
      batch('249', 'birth', { byCommune: { '08953': { rows: 20, rejected: 5, errors: 6, warnings: 5 }, '': { rows: 4, rejected: 1, errors: 1, warnings: 0 } } }),
      batch('249', 'death', { byCommune: { '08953': { rows: 10, rejected: 0, errors: 0, warnings: 1 }, '08950': { rows: 9, rejected: 2, errors: 2, warnings: 1 } } }),
      batch('251', 'birth', { byCommune: { '': { rows: 2, rejected: 2, errors: 3, warnings: 0 }, '09028': { rows: 7, rejected: 0, errors: 0, warnings: 0 } } }),
    ]),
  );

  it('adds a commune up over record types, names it from the reference table and sorts the worst first', () => {
    expect(data.communes.map((commune) => [commune.label, commune.rows, commune.rejected, commune.rejectedShare])).toEqual([
      ['Không xác định được xã (Yên Lạc)', 2, 2, 1],
      ['Không xác định được xã (Bình Xuyên)', 4, 1, 0.25],
      ['Xã Hương Sơn (Bình Xuyên)', 9, 2, 2 / 9],
      ['Xã Tam Hợp (Bình Xuyên)', 30, 5, 5 / 30],
      ['Xã Đồng Cương (Yên Lạc)', 7, 0, 0],
    ]);
    expect(data.communes.find((commune) => commune.code === '08953')).toMatchObject({ errors: 6, warnings: 6, districtCode: '249' });
  });
});

describe('collectReport: top problem codes', () => {
  // SHEET_NO_HEADER is entered in every type's manifest of the district for the one sheet.
  const noHeader = { SHEET_NO_HEADER: 1 };
  const data = collectReport(
    input([
      batch('249', 'birth', { problemsByCode: { ...noHeader, NAME_NO_DIACRITICS: 4, DATE_IMPOSSIBLE: 1, DATE_EXCEL_SERIAL: 9 } }),
      batch('249', 'marriage', { problemsByCode: { ...noHeader, MARRIAGE_UNDER_AGE: 1 } }),
      batch('249', 'death', { problemsByCode: { ...noHeader, DATE_IMPOSSIBLE: 2 } }),
      batch('251', 'birth', { problemsByCode: { ...noHeader, NAME_NO_DIACRITICS: 1 } }),
    ]),
  );

  it('sums row problems over batches, counts a whole-file problem once per district, and leaves out notes', () => {
    expect(data.topCodes.map((code) => [code.code, code.count, code.districts])).toEqual([
      ['NAME_NO_DIACRITICS', 5, ['Bình Xuyên', 'Yên Lạc']],
      ['DATE_IMPOSSIBLE', 3, ['Bình Xuyên']],
      ['SHEET_NO_HEADER', 2, ['Bình Xuyên', 'Yên Lạc']],
      ['MARRIAGE_UNDER_AGE', 1, ['Bình Xuyên']],
    ]);
  });

  it('describes each code in Vietnamese from the catalog, without the values of any row', () => {
    const impossible = data.topCodes.find((code) => code.code === 'DATE_IMPOSSIBLE')!;
    expect(impossible).toMatchObject({ severity: 'error', severityLabel: 'Lỗi' });
    expect(impossible.description).toMatch(/^Ngày "…" không có trên lịch/);
    expect(data.topCodes.find((code) => code.code === 'NAME_NO_DIACRITICS')).toMatchObject({ severity: 'warning', severityLabel: 'Cảnh báo' });
    for (const code of data.topCodes) expect(code.description).not.toMatch(/[{}]/);
  });

  it(`lists at most ${TOP_CODES} codes`, () => {
    const many = Object.fromEntries(
      ['DATE_IMPOSSIBLE', 'DATE_LUNAR', 'DATE_APPROXIMATE', 'FIELD_REQUIRED', 'NAME_NO_DIACRITICS', 'NAME_INVALID_CHARACTERS', 'MARRIAGE_UNDER_AGE',
        'MARRIAGE_AGE_UNCERTAIN', 'REGISTRATION_BEFORE_EVENT', 'DEATH_BEFORE_BIRTH', 'ID_SEX_CENTURY_MISMATCH', 'PARENT_AGE_IMPLAUSIBLE'].map((code, index) => [code, index + 1]),
    );
    const top = collectReport(input([batch('249', 'birth', { problemsByCode: many })])).topCodes;
    expect(top).toHaveLength(TOP_CODES);
    expect(top[0]).toMatchObject({ code: 'PARENT_AGE_IMPLAUSIBLE', count: 12 });
  });
});

describe('collectReport: trend and runs', () => {
  const current = batch('249', 'birth', { runId: '2026-03-01T01-00-00-000Z-aaaaaa' });

  it(`shows the last ${TREND_RUNS} runs from their logs, oldest first, with their counts summed`, () => {
    const logs = Array.from({ length: 12 }, (_, index) => runLog(12 - index));
    const points = collectReport(input([batch('249', 'birth', { runId: logs[0]!.runId, startedAt: logs[0]!.startedAt })], logs)).trend.points;
    expect(points).toHaveLength(TREND_RUNS);
    expect(points.map((point) => point.runId)).toEqual(logs.slice(0, TREND_RUNS).map((log) => log.runId).reverse());
    expect(points.at(-1)).toMatchObject({
      status: 'completed',
      statusLabel: 'hoàn tất',
      districts: 1,
      counts: { rowsRead: 132, clean: 110, rejected: 12, mergedAway: 8, clusters: 2, reviewPairs: 3 },
    });
  });

  it('adds the folder as it stands when no run log covers its newest batches', () => {
    const { trend } = collectReport(input([current], [runLog(1), runLog(2, { status: 'failed' })]));
    expect(trend.fromRunLogs).toBe(true);
    expect(trend.points.map((point) => [point.status, point.statusLabel])).toEqual([
      ['completed', 'hoàn tất'],
      ['failed', 'thất bại'],
      ['current', 'theo các tệp manifest'],
    ]);
    expect(trend.points.at(-1)).toMatchObject({ runId: current.manifest.runId, counts: { rowsRead: 10, rejected: 1 } });
  });

  it('without run logs, shows only the current run and says it comes from the manifests', () => {
    const { trend } = collectReport(input([current, batch('251', 'birth')]));
    expect(trend.fromRunLogs).toBe(false);
    expect(trend.points).toHaveLength(1);
    expect(trend.points[0]).toMatchObject({ status: 'current', districts: 2, counts: { rowsRead: 20 } });
  });

  it('names every run whose batches are in the folder, newest first, and the version the newest ran with', () => {
    const older = batch('251', 'birth', { runId: '2026-02-01T01-00-00-000Z-bbbbbb', startedAt: '2026-02-01T01:00:00.000Z' });
    const log = { ...runLog(1), runId: current.manifest.runId, hotichVersion: '0.0.9' };
    const data = collectReport(input([older, current], [log]));
    expect(data.runs.map((run) => [run.runId, run.batches])).toEqual([
      ['2026-03-01T01-00-00-000Z-aaaaaa', ['249/birth']],
      ['2026-02-01T01-00-00-000Z-bbbbbb', ['251/birth']],
    ]);
    expect(data.runHotichVersion).toBe('0.0.9');
    expect(data.pipelines).toEqual(['pipelines/vinh-phuc.json']);
    expect(data.ethnicityCodeLists).toEqual(['GSO 1019/QĐ-TCTK (2008), QCVN 109:2017 Appendix E']);
  });
});

describe('collectReport: districts the newest run found no input for', () => {
  it('names them, from the newest run log, and none from an older one', () => {
    const batches = [batch('249', 'birth')];
    const older = runLog(1, { districtsWithoutInput: ['251'] });
    expect(collectReport(input(batches, [older, runLog(2)])).districtsWithoutInput).toEqual([]);
    const newest = runLog(3, { districts: ['249', '252'], districtsWithoutInput: ['252'] });
    expect(collectReport(input(batches, [older, newest])).districtsWithoutInput).toEqual([{ code: '252', name: 'Vĩnh Tường' }]);
  });
});

describe('commune names as the officer reads them', () => {
  it("capitalise the unit type as a sentence does: 'Thị trấn Thổ Tang', not the GSO table's 'Thị Trấn Thổ Tang' (s11-general)", () => {
    expect(communeNameVi('09112')).toBe('Thị trấn Thổ Tang');
    expect(communeNameVi('08953')).toBe('Xã Tam Hợp');
  });
});
