import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/report/render-sections.js';
import { writeRunReport } from '../../src/report/write-report.js';
import { runInto } from '../run/run-helpers.js';
import { batchManifests, type ManifestOnDisk } from './report-helpers.js';

// End to end: the demo pipeline's output folder, report.html written from it,
// opened from disk in Debian's Chromium with every network request refused.
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(import.meta.dirname, '..', '..', 'out', 'report-test', 'report.png');
const chromiumPresent = existsSync(CHROMIUM);
if (!chromiumPresent) {
  console.warn(`report.html browser test skipped: ${CHROMIUM} is missing (Debian package 'chromium'; .ci/run installs it)`);
}

interface ChartSeen {
  type: string;
  labels: string[];
  datasets: { label: string; data: number[]; bars: number }[];
  width: number;
  height: number;
  paintedPixels: number;
}

// Runs in the page (the test's TypeScript has no DOM types, so it is passed as text).
const READ_CHARTS = `(() => {
  const ids = ${JSON.stringify(CHART_IDS)};
  const seen = {};
  for (const [key, id] of Object.entries(ids)) {
    const canvas = document.getElementById(id);
    const chart = canvas && window.Chart.getChart(canvas);
    if (!chart) { seen[key] = null; continue; }
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index] !== 0) painted++;
    seen[key] = {
      type: chart.config.type,
      labels: chart.data.labels,
      datasets: chart.data.datasets.map((dataset, index) => ({ label: dataset.label, data: dataset.data, bars: chart.getDatasetMeta(index).data.length })),
      width: canvas.width,
      height: canvas.height,
      paintedPixels: painted,
    };
  }
  return seen;
})()`;

let out = '';
let manifests: ManifestOnDisk[] = [];
let browser: Browser | undefined;
let page: Page;
let charts: Record<keyof typeof CHART_IDS, ChartSeen | null>;
const requests: string[] = [];
const pageErrors: string[] = [];
let reportUrl = '';

describe.skipIf(!chromiumPresent)(`report.html in headless Chromium (skipped when ${CHROMIUM} is missing)`, () => {
  beforeAll(async () => {
    ({ out } = await runInto({ pipeline: 'pipelines/demo.json' }));
    const path = await writeRunReport(out);
    manifests = batchManifests(out);
    reportUrl = pathToFileURL(path).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.route('**/*', (route) => (route.request().url() === reportUrl ? route.continue() : route.abort()));
    await page.goto(reportUrl, { waitUntil: 'load' });
    charts = (await page.evaluate(READ_CHARTS)) as typeof charts;
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (out !== '') rmSync(out, { recursive: true, force: true });
  });

  it('loads nothing but the file itself, without a script error', () => {
    expect(requests).toEqual([reportUrl]);
    expect(pageErrors).toEqual([]);
  });

  it('draws every chart on a canvas', () => {
    for (const key of Object.keys(CHART_IDS) as (keyof typeof CHART_IDS)[]) {
      const chart = charts[key];
      expect(chart, key).not.toBeNull();
      expect(chart!.width, key).toBeGreaterThan(100);
      expect(chart!.height, key).toBeGreaterThan(50);
      // Axes, labels and bars are drawn: a blank canvas has no painted pixel.
      expect(chart!.paintedPixels, key).toBeGreaterThan(1000);
    }
  });

  it('has one bar per district with its rejected share', () => {
    const districts = [...new Set(manifests.map(({ manifest }) => manifest.district))];
    const chart = charts.districtShare!;
    expect(chart.datasets).toHaveLength(1);
    expect(chart.datasets[0]!.bars).toBe(districts.length);
    for (const district of districts) {
      const batches = manifests.filter(({ manifest }) => manifest.district === district).map(({ manifest }) => manifest.counts);
      const rowsRead = batches.reduce((sum, counts) => sum + counts.rowsRead, 0);
      const rejected = batches.reduce((sum, counts) => sum + counts.rejected, 0);
      const index = chart.labels.findIndex((label) => label.startsWith(`${district} `));
      expect(index, district).toBeGreaterThanOrEqual(0);
      expect(chart.datasets[0]!.data[index]).toBeCloseTo((100 * rejected) / rowsRead, 6);
    }
    expect(chart.labels).toEqual(expect.arrayContaining(['249 Bình Xuyên', '251 Yên Lạc']));
  });

  it('has one bar per commune of each district, each labelled with its name', () => {
    const communes = new Set(manifests.flatMap(({ manifest }) => Object.keys(manifest.byCommune).map((code) => `${manifest.district}/${code}`)));
    const chart = charts.communeShare!;
    expect(chart.datasets[0]!.bars).toBe(communes.size);
    expect(chart.labels).toContain('Xã Tam Hợp (Bình Xuyên)');
    // Every demo row has its commune (the unknown commune's label: collect-report.test.ts).
    expect(chart.labels.filter((label) => label.startsWith('Không xác định'))).toEqual([]);
  });

  it('shows merged duplicates and pairs awaiting review per district', () => {
    const districts = [...new Set(manifests.map(({ manifest }) => manifest.district))].sort();
    const chart = charts.dedup!;
    expect(chart.datasets.map((dataset) => dataset.label)).toEqual(['Bản ghi đã gộp', 'Cặp chờ xem xét']);
    for (const dataset of chart.datasets) expect(dataset.bars).toBe(districts.length);
    const sum = (district: string, pick: (entry: ManifestOnDisk) => number): number =>
      manifests.filter((entry) => entry.manifest.district === district).reduce((total, entry) => total + pick(entry), 0);
    expect(chart.datasets[0]!.data).toEqual(districts.map((district) => sum(district, (entry) => entry.manifest.counts.mergedAway)));
    expect(chart.datasets[1]!.data).toEqual(districts.map((district) => sum(district, (entry) => entry.manifest.dedup.reviewPairs)));
  });

  it('charts the top codes listed in the table, and the current run in the trend', async () => {
    const tableRows = await page.locator('#loi-thuong-gap tbody tr').count();
    expect(tableRows).toBeGreaterThan(0);
    expect(charts.topCodes!.datasets[0]!.bars).toBe(tableRows);
    expect(charts.trend!.type).toBe('line');
    const rowsRead = charts.trend!.datasets.find((dataset) => dataset.label === 'Đã đọc')!;
    expect(rowsRead.data.at(-1)).toBe(manifests.reduce((sum, { manifest }) => sum + manifest.counts.rowsRead, 0));
  });

  it('shows totals equal to the sums of the manifests', async () => {
    const expected = {
      rowsRead: manifests.reduce((sum, { manifest }) => sum + manifest.counts.rowsRead, 0),
      clean: manifests.reduce((sum, { manifest }) => sum + manifest.counts.clean, 0),
      rejected: manifests.reduce((sum, { manifest }) => sum + manifest.counts.rejected, 0),
      mergedAway: manifests.reduce((sum, { manifest }) => sum + manifest.counts.mergedAway, 0),
      reviewPairs: manifests.reduce((sum, { manifest }) => sum + manifest.dedup.reviewPairs, 0),
    };
    expect(expected.rowsRead).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(expected)) {
      const shown = await page.locator(`[data-total="${key}"]`).innerText();
      // Vietnamese digit grouping uses '.'.
      expect(Number(shown.replace(/\./g, '')), key).toBe(value);
    }
  });

  it('links each district to its errors.xlsx and clean batch by relative paths that exist', async () => {
    const hrefs = (await page.evaluate(`Array.from(document.querySelectorAll('#tep-theo-huyen a'), (link) => link.getAttribute('href'))`)) as string[];
    const expected = manifests.flatMap(({ folder }) => ['errors.xlsx', 'clean.csv', 'clean.jsonl'].map((file) => `${folder}/${file}`));
    expect([...hrefs].sort()).toEqual(expected.sort());
    for (const href of hrefs) expect(existsSync(join(out, href)), href).toBe(true);
  });

  it('saves a screenshot for review', () => {
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(readdirSync(join(SCREENSHOT, '..'))).toContain('report.png');
  });
});
