import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runPipeline, writePipeline } from './pipeline-fixture.js';

describe('a district whose globs match no file', () => {
  it('is named, with its globs, in summary.json, the officer\'s summary.xlsx and report.html', async () => {
    const { pipeline, folder } = writePipeline();
    const config = JSON.parse(readFileSync(pipeline, 'utf8')) as { districts: { inputs: string[] }[] };
    config.districts[1]!.inputs = ['/mnt/so-ho-tich/251-yen-lac/*.xlsx'];
    writeFileSync(pipeline, JSON.stringify(config));
    const result = await runPipeline(pipeline, { type: 'death' });
    expect(result.exitCode).toBe(1);

    const summary = JSON.parse(readFileSync(join(folder, 'out', 'summary.json'), 'utf8')) as { districtsWithoutInput: string[]; problems: Record<string, unknown>[] };
    expect(summary.districtsWithoutInput).toEqual(['251']);
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ district: '251', code: 'DISTRICT_NO_INPUT', file: '/mnt/so-ho-tich/251-yen-lac/*.xlsx', message: expect.stringContaining('Không tìm thấy tệp sổ nào của huyện 251 Yên Lạc') }),
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'out', 'summary.xlsx'));
    const sheet = workbook.getWorksheet('Sự cố tệp')!;
    const rows = sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1, 5));
    expect(rows).toContainEqual(['251', '/mnt/so-ho-tich/251-yen-lac/*.xlsx', '', 'DISTRICT_NO_INPUT']);
    expect(sheet.autoFilter).toBeDefined();

    const report = readFileSync(join(folder, 'out', 'report.html'), 'utf8');
    expect(report).toContain('không tìm thấy tệp sổ nào của các huyện sau (mã lỗi DISTRICT_NO_INPUT)');
    expect(report).toContain('<li>251 Yên Lạc</li>');
  });
});
