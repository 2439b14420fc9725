import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { describe, expect, it } from 'vitest';
import { LogProgress } from '../../../src/progress/log-progress.js';
import { DistrictProgress, estimateFileRows } from '../../../src/progress/progress-estimate.js';
import { TerminalProgress, formatDuration, renderLine } from '../../../src/progress/terminal-progress.js';

describe('the progress estimate', () => {
  it('estimates a file\'s rows from the share of its bytes read, exact once it is done', () => {
    expect(estimateFileRows({ bytesTotal: 1_000_000, bytesDone: 250_000, rowsDone: 5_000 })).toBe(20_000);
    expect(estimateFileRows({ bytesTotal: 1_000_000, bytesDone: 0, rowsDone: 0 })).toBeNull();
    // Never below what was already read (bytes reported late, a file that grew).
    expect(estimateFileRows({ bytesTotal: 100, bytesDone: 200, rowsDone: 50 })).toBe(50);
    expect(estimateFileRows({ bytesTotal: 1_000_000, bytesDone: 1_000_000, rowsDone: 19_876, finished: true })).toBe(19_876);
  });

  it('gives the district rows per second and the time left over its files not yet opened', () => {
    // Two files: 2 MB then 1 MB. Start at t = 10 s.
    const district = new DistrictProgress('249', [2_000_000, 1_000_000]);
    district.fileStarted('a.csv', 2_000_000, 10_000);
    expect(district.figures(10_000)).toMatchObject({ fileIndex: 1, files: 2, rowsDone: 0, estimatedRows: null, districtEstimatedRows: null, etaSeconds: null });
    // 4 s in: a quarter of the first file, 10 000 rows → 40 000 in it, 20 000 in the second at the same rows per byte.
    district.fileProgress(10_000, 500_000);
    expect(district.figures(14_000)).toEqual({
      district: '249',
      phase: 'reading',
      file: 'a.csv',
      fileIndex: 1,
      files: 2,
      rowsDone: 10_000,
      estimatedRows: 40_000,
      districtRowsDone: 10_000,
      districtEstimatedRows: 60_000,
      rowsPerSecond: 2_500,
      etaSeconds: 20,
    });
    // The first file ends with fewer rows than estimated; the second starts.
    district.fileFinished(36_000, 24_000);
    district.fileStarted('b.csv', 1_000_000, 24_000);
    district.fileProgress(4_000, 250_000);
    const figures = district.figures(26_000);
    expect(figures).toMatchObject({ file: 'b.csv', fileIndex: 2, rowsDone: 4_000, estimatedRows: 16_000, districtRowsDone: 40_000, districtEstimatedRows: 52_000 });
    expect(figures.rowsPerSecond).toBe(Math.round(40_000 / 16));
    expect(figures.etaSeconds).toBe(Math.round(12_000 / (40_000 / 16)));
    // Reading done at 30 s: the rate stays what reading achieved while the district deduplicates and commits.
    district.fileFinished(15_000, 30_000);
    district.phase = 'committing';
    expect(district.figures(90_000)).toMatchObject({ districtRowsDone: 51_000, districtEstimatedRows: 51_000, rowsPerSecond: Math.round(51_000 / 20), etaSeconds: 0 });
  });
});

function capture(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('progress without a terminal (cron)', () => {
  it('writes a progress line per district at most every interval, with the figures of the estimate', async () => {
    let now = 0;
    const { logger, lines } = capture();
    const progress = new LogProgress(logger, 5_000, () => now);
    progress.districtStarted('249', [3_000_000]);
    progress.districtStarted('251', [1_000_000]);
    progress.fileStarted('249', 'so-khai-sinh.csv', 3_000_000);
    progress.fileStarted('251', 'khai-tu.xlsx', 1_000_000);
    for (let second = 1; second <= 12; second++) {
      now = second * 1000;
      progress.fileProgress('249', 'so-khai-sinh.csv', second * 2_000, second * 100_000);
      if (second % 4 === 0) progress.fileProgress('251', 'khai-tu.xlsx', second * 500, second * 50_000);
    }
    await new Promise((resolve) => setImmediate(resolve));
    const progressLines = lines.filter((line) => line.msg === 'progress');
    // 249 reports every second: lines at 5 s and 10 s. 251 every 4 s: at 8 s (≥ 5 s after its start), not at 12 s (4 s later).
    expect(progressLines.map((line) => [line.district, line.rowsDone])).toEqual([
      ['249', 10_000],
      ['251', 4_000],
      ['249', 20_000],
    ]);
    expect(progressLines[0]).toMatchObject({
      district: '249',
      file: 'so-khai-sinh.csv',
      fileIndex: 1,
      files: 1,
      rowsDone: 10_000,
      estimatedRows: 60_000,
      rowsPerSecond: 2_000,
      etaSeconds: 25,
    });
  });

  it('writes a line when a file ends after the interval, with the exact rows', async () => {
    let now = 0;
    const { logger, lines } = capture();
    const progress = new LogProgress(logger, 5_000, () => now);
    progress.districtStarted('249', [1_000]);
    progress.fileStarted('249', 'a.csv', 1_000);
    now = 6_000;
    progress.fileFinished('249', 'a.csv', 321);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((line) => line.msg === 'progress')).toMatchObject([{ rowsDone: 321, estimatedRows: 321, etaSeconds: 0 }]);
  });
});

describe('the terminal bar', () => {
  it('shows the district, rows done of the estimate, rows per second, time left and the file', () => {
    const district = new DistrictProgress('249', [2_000_000, 1_000_000]);
    district.fileStarted('a.csv', 2_000_000, 0);
    district.fileProgress(10_000, 500_000);
    const line = renderLine(district.figures(4_000));
    expect(line).toMatch(/^249 Bình Xuyên/);
    expect(line).toContain('17% 10 000/60 000 dòng');
    expect(line).toContain('2 500 dòng/giây');
    expect(line).toContain('còn 0:20');
    expect(line).toContain('tệp 1/2');
    expect(line).toContain('đang đọc');
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect([formatDuration(0), formatDuration(65), formatDuration(3_725)]).toEqual(['0:00', '1:05', '1:02:05']);
  });
});

describe('the terminal multibar', () => {
  it('draws a bar per district and writes log lines above them', () => {
    let written = '';
    const terminal = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.toString();
          callback();
        },
      }),
      { isTTY: true, columns: 200 },
    ) as unknown as NodeJS.WriteStream;
    let now = 0;
    const progress = new TerminalProgress(terminal, () => now);
    progress.districtStarted('249', [2_000_000]);
    progress.districtStarted('251', [1_000]);
    progress.fileStarted('249', 'so-khai-sinh.csv', 2_000_000);
    now = 4_000;
    progress.fileProgress('249', 'so-khai-sinh.csv', 10_000, 500_000);
    progress.districtPhase('251', 'waiting');
    progress.write('{"msg":"sheet header found"}\n');
    progress.stop();
    const text = written.replace(/\x1B\[[0-9;?]*[A-Za-z]|\x1B[78]/g, '');
    expect(text).toContain('{"msg":"sheet header found"}');
    expect(text).toMatch(/249 Bình Xuyên\s+█+░+\s+25% 10 000\/40 000 dòng · 2 500 dòng\/giây · còn 0:12 · tệp 1\/1 · đang đọc/);
    expect(text).toContain('251 Yên Lạc');
    expect(text).toContain('chờ lượt ghi');
    // Once stopped, lines go straight to the stream.
    progress.write('after\n');
    expect(written.endsWith('after\n')).toBe(true);
  });
});
