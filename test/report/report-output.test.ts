import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReportCommand } from '../../src/cli/report-command.js';
import { ConfigError } from '../../src/config/config-error.js';
import { CHART_DATA_ELEMENT_ID } from '../../src/report/chart-script.js';
import { readOutputFolder } from '../../src/report/read-outputs.js';
import { buildRunReport, writeRunReport } from '../../src/report/write-report.js';
import { RUN_LOG_FOLDER } from '../../src/run/run-log.js';
import { readJsonl, runInto, silentLogger } from '../run/run-helpers.js';
import { batchManifests } from './report-helpers.js';

// The report of a real output folder: the demo pipeline run on the bundled fixtures.
let out = '';
const copies: string[] = [];

/** A scratch copy of the run's output folder, for tests that add or damage files. */
function copyOfOutput(): string {
  const copy = mkdtempSync(join(tmpdir(), 'hotich-report-'));
  cpSync(out, copy, { recursive: true });
  copies.push(copy);
  return copy;
}

beforeAll(async () => {
  ({ out } = await runInto({ pipeline: 'pipelines/demo.json' }));
  // Run logs are another part of hotich; this file tests the report of the batches alone.
  rmSync(join(out, RUN_LOG_FOLDER), { recursive: true, force: true });
});

afterAll(() => {
  for (const folder of [out, ...copies]) rmSync(folder, { recursive: true, force: true });
});

/** Personal values of the fixtures' records: full names, ID numbers, birth and death dates, and the raw cells they came from. */
function personalValues(folder: string): string[] {
  const values = new Set<string>();
  const personalKey = /^(fullName|personalId|birthDate|deathDate)$/;
  // Headers compared without accents or case: 'HO VA TEN', 'Họ tên mẹ', 'Số định danh cá nhân', 'Ngày mất', 'Người đi khai'.
  const personalHeader = /ho (va )?ten|dinh danh|cmnd|cccd|ngay sinh|ngay chet|ngay mat|nguoi di khai/;
  const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string' && personalKey.test(key) && value.length >= 6) values.add(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [childKey, child] of Object.entries(value)) walk(child, childKey);
  };
  for (const { folder: batch } of batchManifests(folder)) {
    for (const record of readJsonl(join(folder, batch, 'clean.jsonl'))) walk(record, '');
    for (const rejected of readJsonl(join(folder, batch, 'rejected.jsonl'))) {
      for (const [header, cell] of Object.entries(rejected.raw as Record<string, string>)) {
        if (personalHeader.test(fold(header)) && cell.trim().length >= 6) values.add(cell.trim());
      }
    }
  }
  return [...values];
}

describe('report of the demo output folder', () => {
  it('reads every batch of the folder', () => {
    const { batches, unreadable } = readOutputFolder(out);
    const read = batches.map(({ manifest }) => `${manifest.district}/${manifest.type}`);
    expect(read.sort()).toEqual(batchManifests(out).map(({ folder }) => folder));
    expect(batches).toHaveLength(6);
    expect(unreadable).toEqual([]);
  });

  it('totals equal the sums of the manifests', () => {
    const manifests = batchManifests(out).map(({ manifest }) => manifest);
    const { data } = buildRunReport(out);
    const sum = (pick: (manifest: (typeof manifests)[number]) => number): number => manifests.reduce((total, manifest) => total + pick(manifest), 0);
    expect(data.totals).toEqual({
      rowsRead: sum((manifest) => manifest.counts.rowsRead),
      clean: sum((manifest) => manifest.counts.clean),
      rejected: sum((manifest) => manifest.counts.rejected),
      mergedAway: sum((manifest) => manifest.counts.mergedAway),
      clusters: sum((manifest) => manifest.dedup.clusters),
      reviewPairs: sum((manifest) => manifest.dedup.reviewPairs),
    });
    expect(data.totals.rowsRead).toBe(data.totals.clean + data.totals.rejected + data.totals.mergedAway);
  });

  it('gives each commune its share of rejected rows; every demo row has its commune', () => {
    const { data } = buildRunReport(out);
    const rows = new Map<string, { rows: number; rejected: number }>();
    for (const { manifest } of batchManifests(out)) {
      for (const [code, tally] of Object.entries(manifest.byCommune)) {
        const key = `${manifest.district}/${code}`;
        const entry = rows.get(key) ?? { rows: 0, rejected: 0 };
        rows.set(key, { rows: entry.rows + tally.rows, rejected: entry.rejected + tally.rejected });
      }
    }
    expect(data.communes).toHaveLength(rows.size);
    for (const commune of data.communes) {
      const expected = rows.get(`${commune.districtCode}/${commune.code}`)!;
      expect(commune.rejectedShare, commune.label).toBeCloseTo(expected.rejected / expected.rows, 12);
    }
    // The demo's 'Quyen 02' sheet takes its commune from the book's first sheet; rows of unknown commune
    // and their label are tested on collected manifests (collect-report.test.ts).
    expect(data.communes.filter((commune) => commune.code === '')).toEqual([]);
  });

  it('contains no name, ID number or date of a citizen', () => {
    const { html } = buildRunReport(out);
    const personal = personalValues(out);
    // The fixtures hold dozens of such values; the check is only worth something if they were found.
    expect(personal.length).toBeGreaterThan(40);
    expect(personal).toContain('Nguyễn Thị Hoà');
    for (const value of personal) expect(html.includes(value), value).toBe(false);
  });

  it('gives the same bytes for the same folder', async () => {
    const path = await writeRunReport(out);
    const first = readFileSync(path);
    expect(readFileSync(await writeRunReport(out)).equals(first)).toBe(true);
    expect(existsSync(`${path}.partial-${process.pid}`)).toBe(false);
  });

  it('inlines Chart.js and the data, and refers to nothing outside the file but the batch files', () => {
    const { html } = buildRunReport(out);
    expect(html).toContain('Chart.js v4');
    expect(html.match(/<script[\s>]/g)).toHaveLength(3);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    for (const href of html.matchAll(/href="([^"]+)"/g)) expect(href[1]).toMatch(/^\d{3}\/(birth|marriage|death)\/(errors\.xlsx|clean\.csv|clean\.jsonl)$/);
  });

  it('shows the trend from the run logs when there are some, and names a run log it cannot read', () => {
    const folder = copyOfOutput();
    const manifest = batchManifests(folder)[0]!.manifest;
    const runs = join(folder, RUN_LOG_FOLDER);
    mkdirSync(runs);
    const earlier = {
      runId: '2026-01-05T01-00-00-000Z-0a0b0c',
      hotichVersion: '0.1.0',
      startedAt: '2026-01-05T01:00:00.000Z',
      status: 'stopped',
      districts: ['249'],
      batches: [{ district: '249', type: 'birth', counts: { rowsRead: 7, clean: 5, rejected: 2, mergedAway: 0 }, clusters: 0, reviewPairs: 0 }],
    };
    writeFileSync(join(runs, `${earlier.runId}.json`), JSON.stringify(earlier));
    writeFileSync(join(runs, 'cut-short.json'), '{"runId": "2026-01-06');
    const { data, html } = buildRunReport(folder);
    expect(data.trend.fromRunLogs).toBe(true);
    expect(data.trend.points.map((point) => [point.runId, point.statusLabel, point.counts.rowsRead])).toEqual([
      [earlier.runId, 'bị dừng', 7],
      [manifest.runId, 'theo các tệp manifest', data.totals.rowsRead],
    ]);
    expect(data.unreadable).toEqual([`${RUN_LOG_FOLDER}/cut-short.json`]);
    expect(html).toContain('<code>runs/cut-short.json</code>');
  });

  it('reports the other districts when one manifest is damaged, and says which', () => {
    const folder = copyOfOutput();
    writeFileSync(join(folder, '251/death/manifest.json'), '{ not json');
    const { data, html } = buildRunReport(folder);
    expect(data.unreadable).toEqual(['251/death/manifest.json']);
    expect(data.districts.find((district) => district.code === '251')!.batches.map((batch) => batch.type)).toEqual(['birth', 'marriage']);
    expect(html).toContain('Không đọc được các tệp sau');
  });

  it('keeps a run log text that holds </script> inside the data element', () => {
    const folder = copyOfOutput();
    mkdirSync(join(folder, RUN_LOG_FOLDER));
    const status = '</script><script>document.title="x"</script><!--';
    const log = { runId: '2026-01-05T01-00-00-000Z-0a0b0c', startedAt: '2026-01-05T01:00:00.000Z', status, districts: [], batches: [] };
    writeFileSync(join(folder, RUN_LOG_FOLDER, `${log.runId}.json`), JSON.stringify(log));
    const { html } = buildRunReport(folder);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    const element = html.match(new RegExp(`<script type="application/json" id="${CHART_DATA_ELEMENT_ID}">([^<]*)</script>`));
    expect(element).not.toBeNull();
    const chartData = JSON.parse(element![1]!) as { trend: { labels: string[] } };
    expect(chartData.trend.labels[0]).toContain(status);
  });
});

describe('hotich report (runReportCommand)', () => {
  it('writes report.html into the output folder and returns its path', async () => {
    const folder = copyOfOutput();
    rmSync(join(folder, 'report.html'), { force: true });
    const path = await runReportCommand(folder, silentLogger);
    expect(path).toBe(join(folder, 'report.html'));
    expect(readFileSync(path, 'utf8')).toContain('<h1>Báo cáo kết quả làm sạch dữ liệu hộ tịch – Tỉnh Vĩnh Phúc</h1>');
  });

  it('is a usage error for a folder that does not exist or holds no batch', async () => {
    await expect(runReportCommand(join(tmpdir(), 'hotich-no-such-folder'), silentLogger)).rejects.toThrow(ConfigError);
    const empty = mkdtempSync(join(tmpdir(), 'hotich-report-empty-'));
    copies.push(empty);
    await expect(runReportCommand(empty, silentLogger)).rejects.toThrow(/no batch/);
    expect(existsSync(join(empty, 'report.html'))).toBe(false);
  });
});
