import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetRow } from '../../../src/ingest/sheet-source.js';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { openZipArchive } from '../../../src/ingest/xlsx-scan/zip-archive.js';
import { expectSameAsExceljs } from './read-both.js';
import { REGISTER_COLUMNS, registerRow, writeRegisterWorkbook } from './register-workbook.js';
import { readZipParts, writeZip } from './zip-builder.js';

// A register large enough for hundreds of chunk boundaries (inflate chunks,
// rows and multi-byte UTF-8 characters cut in two), compared cell by cell.
const ROWS = 20_000;
let folder = '';
let sharedPath = '';
let mixedPath = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-scan-stream-'));
  sharedPath = join(folder, 'register-shared.xlsx');
  await writeRegisterWorkbook(sharedPath, ROWS, true);
  mixedPath = join(folder, 'register-mixed.xlsx');
  await writeMixedStrings(sharedPath, mixedPath);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * The same register with every other shared-string cell turned into an inline
 * string (`<is><t>`), parts ordered workbook first as Excel writes them.
 */
async function writeMixedStrings(from: string, to: string): Promise<void> {
  const parts = await readZipParts(from);
  const strings = [...String(parts.find((part) => part.name === 'xl/sharedStrings.xml')?.data).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((match) => match[1] ?? '');
  let cellCount = 0;
  const sheets = parts.map((part) => {
    if (part.name !== 'xl/worksheets/sheet1.xml') return part;
    const xml = String(part.data).replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (whole, ref: string, style: string | undefined, index: string) =>
      cellCount++ % 2 === 0 ? `<c r="${ref}"${style ?? ''} t="inlineStr"><is><t>${strings[Number(index)]}</t></is></c>` : whole);
    return { ...part, data: Buffer.from(xml, 'utf8') };
  });
  if (cellCount < ROWS) throw new Error(`only ${cellCount} shared-string cells found to make inline`);
  const rank = (name: string) => (name.includes('worksheets') ? 2 : name.includes('sharedStrings') ? 1 : 0);
  writeZip(to, [...sheets].sort((a, b) => rank(a.name) - rank(b.name)));
}

function expectRegisterValues(rows: SheetRow[]): void {
  const mismatches: string[] = [];
  for (const row of rows.slice(1)) {
    const expected = registerRow(row.rowNumber - 1);
    for (let column = 0; column < REGISTER_COLUMNS; column++) {
      const value = row.cells[column]?.value;
      const wanted = expected[column] ?? undefined;
      const same = wanted instanceof Date ? value instanceof Date && value.getTime() === wanted.getTime() : value === wanted;
      if (!same) mismatches.push(`${row.rowNumber}:${column} ${JSON.stringify(value)}`);
    }
  }
  expect(rows).toHaveLength(ROWS + 1);
  expect(mismatches.slice(0, 5)).toEqual([]);
}

describe('lean XLSX reader on a large register', () => {
  it(`reads ${ROWS} rows × ${REGISTER_COLUMNS} columns with shared strings exactly as exceljs does, every value as written`, async () => {
    const [sheet] = await expectSameAsExceljs(sharedPath);
    expectRegisterValues(sheet?.rows ?? []);
  });

  it('reads the same register with inline and shared strings mixed exactly as exceljs does', async () => {
    const [sheet] = await expectSameAsExceljs(mixedPath);
    expectRegisterValues(sheet?.rows ?? []);
    expect(sheet?.rows[1]?.cells[4]).toMatchObject({ text: registerRow(1)[4], font: 'Times New Roman' });
  });

  it('reports the compressed bytes it reads, growing to the size of the shared strings and sheet parts', async () => {
    const reported: number[] = [];
    let rows = 0;
    for await (const sheet of readXlsxSheetsLean(sharedPath, { onBytes: (bytes) => reported.push(bytes) })) {
      for await (const _row of sheet.rows) rows++;
    }
    const zip = await yauzl.openPromise(sharedPath);
    let expected = 0;
    for await (const entry of zip.eachEntry()) if (/sharedStrings|worksheets\/sheet/.test(entry.fileName)) expected += entry.compressedSize;
    zip.close();
    expect(rows).toBe(ROWS + 1);
    expect(reported.length).toBeGreaterThan(10);
    expect(reported.every((bytes, index) => index === 0 || bytes >= (reported[index - 1] ?? 0))).toBe(true);
    expect(reported.at(-1)).toBe(expected);
    expect(expected).toBeLessThanOrEqual(statSync(sharedPath).size);
  });
});

describe('lean XLSX reader: streaming and closing', () => {
  it('decodes UTF-8 characters cut by chunk boundaries, in deflated and stored parts', async () => {
    // 'ữ' is 3 bytes; 256 KiB inflate chunks and 64 KiB file reads both cut it.
    const text = `<x>${'Nguyễn Thị Thuỷ ữ'.repeat(40_000)}</x>`;
    const path = join(folder, 'utf8.zip');
    writeZip(path, [{ name: 'deflated.xml', data: text }, { name: 'stored.xml', data: text, method: 'store' }]);
    const archive = await openZipArchive(path);
    try {
      for (const name of ['deflated.xml', 'stored.xml']) {
        const chunks: string[] = [];
        for await (const chunk of archive.textChunks(name)) chunks.push(chunk);
        expect(chunks.length).toBeGreaterThan(2);
        expect(chunks.join('') === text).toBe(true);
      }
    } finally {
      archive.close();
    }
  });

  it('closes the file when the consumer leaves early: after one row, without taking rows, or on its own error', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const before = openFiles();
    for await (const sheet of readXlsxSheetsLean(sharedPath)) {
      for await (const row of sheet.rows) {
        expect(row.rowNumber).toBe(1);
        break;
      }
      break;
    }
    for await (const sheet of readXlsxSheetsLean(sharedPath)) {
      expect(sheet.name).toBe('Sổ khai sinh');
      break;
    }
    await expect(async () => {
      for await (const sheet of readXlsxSheetsLean(sharedPath)) {
        for await (const row of sheet.rows) if (row.rowNumber === 500) throw new Error('consumer gave up');
      }
    }).rejects.toThrow('consumer gave up');
    await settle();
    expect(openFiles()).toBe(before);
  });
});
