/**
 * The benchmark's synthetic province (test/bench/generator): deterministic,
 * streaming, in the stated shares, and — read back through hotich's own
 * readers and normalizers — as messy as it claims: legacy-encoded cells,
 * lost leading zeros, two-digit years, honorifics, a few rejected rows, and
 * duplicates that the dedup engine finds while twins stay apart.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { decodeTcvn3 } from '../../src/normalize/text/decode-tcvn3.js';
import { decodeVni } from '../../src/normalize/text/decode-vni.js';
import { VINH_PHUC_COMMUNES } from '../../src/reference/admin-units.js';
import { VIETNAMESE_LETTERS } from '../../src/reference/legacy-tables.js';
import type { RecordTypeName } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';
import { bookLines } from './generator/book-layout.js';
import { planProvince, RECORD_TYPE_SHARES, type BookPlan } from './generator/book-plan.js';
import { generateProvince, type DataSet } from './generator/generate-province.js';
import { encodeTcvn3, encodeVni } from './generator/legacy-encode.js';
import { listDataFiles } from './stages/stage-io.js';

const TYPES = Object.keys(RECORD_TYPES) as RecordTypeName[];
const ROWS = 1500;

interface ReadBack {
  rows: number;
  rejected: number;
  noteCodes: Map<string, number>;
  dedupRecords: Record<RecordTypeName, DedupRecord[]>;
  sheetsWithoutHeader: number;
}

async function readBack(folder: string, format: 'xlsx' | 'csv'): Promise<ReadBack> {
  const indexes = TYPES.map((type) => new AliasIndex(RECORD_TYPES[type], {}));
  const result: ReadBack = { rows: 0, rejected: 0, noteCodes: new Map(), dedupRecords: { birth: [], marriage: [], death: [] }, sheetsWithoutHeader: 0 };
  for (const file of listDataFiles(join(folder, format), format)) {
    const options = { provinceCode: '26', districtCode: file.districtCode, file: file.name, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
    for await (const event of readRegister(file.path, options)) {
      if (event.kind === 'sheet' && !event.header) result.sheetsWithoutHeader++;
      if (event.kind !== 'row') continue;
      result.rows++;
      if (event.outcome.kind === 'rejected') {
        result.rejected++;
        continue;
      }
      const record = event.outcome.record as { notes: { code: string }[] };
      for (const note of record.notes) result.noteCodes.set(note.code, (result.noteCodes.get(note.code) ?? 0) + 1);
      result.dedupRecords[event.type].push(RECORD_TYPES[event.type].dedup.toDedupRecord(event.outcome.record as never, file.districtCode));
    }
  }
  return result;
}

describe('the province plan', () => {
  it('splits N rows exactly, 60 / 15 / 25 % by type, over real communes of five districts', () => {
    const books = planProvince(100_003);
    expect(books.reduce((sum, book) => sum + book.rows, 0)).toBe(100_003);
    for (const type of TYPES) {
      const rows = books.filter((book) => book.type === type).reduce((sum, book) => sum + book.rows, 0);
      expect(Math.abs(rows - 100_003 * RECORD_TYPE_SHARES[type])).toBeLessThanOrEqual(1);
    }
    expect(new Set(books.map((book) => book.districtCode))).toEqual(new Set(['243', '246', '249', '251', '252']));
    const communeDistrict = new Map(VINH_PHUC_COMMUNES.map((commune) => [commune.code, commune.districtCode]));
    for (const book of books) expect(communeDistrict.get(book.commune.code)).toBe(book.districtCode);
    expect(new Set(books.map((book) => book.key)).size).toBe(books.length);
  });

  it('is deterministic: the same arguments give the same books and the same lines, whatever was generated before', () => {
    const [first, second] = [planProvince(3000, 7), planProvince(3000, 7)];
    expect(first).toEqual(second);
    const book = first.find((candidate) => candidate.type === 'birth' && candidate.rows > 20) as BookPlan;
    const alone = [...bookLines(book)];
    for (const other of first.slice(0, 5)) [...bookLines(other)];
    expect([...bookLines(book)]).toEqual(alone);
    expect(planProvince(3000, 8).map((plan) => plan.seed)).not.toEqual(first.map((plan) => plan.seed));
  });

  it('streams a book: the first lines of a ten-million-row book come without generating the rest', () => {
    const book = { ...(planProvince(1000)[0] as BookPlan), rows: 10_000_000 };
    const lines = bookLines(book);
    const taken = Array.from({ length: 12 }, () => lines.next().value);
    expect(taken.filter((line) => line?.entry).length).toBeGreaterThan(5);
  });
});

describe('legacy encoding', () => {
  it('encodes every lower-case Vietnamese letter so that the project decoders give it back', () => {
    const lower = [...VIETNAMESE_LETTERS].filter((letter) => letter === letter.toLowerCase()).join(' ');
    expect(decodeTcvn3(encodeTcvn3(lower))).toBe(lower);
    expect(decodeVni(encodeVni(VIETNAMESE_LETTERS))).toBe(VIETNAMESE_LETTERS);
    expect(encodeTcvn3('Nguyễn Văn Đức')).not.toBe('Nguyễn Văn Đức');
  });
});

describe(`a generated province of ${ROWS} rows, read back by hotich`, () => {
  let root: string;
  let data: DataSet;
  const read: Partial<Record<'xlsx' | 'csv', ReadBack>> = {};

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hotich-bench-test-'));
    data = await generateProvince(root, ROWS, 3);
    read.xlsx = await readBack(data.folder, 'xlsx');
    read.csv = await readBack(data.folder, 'csv');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports what it generated and reuses the cached set on a second call', async () => {
    const { report } = data;
    expect(Object.values(report.byType).reduce((sum, totals) => sum + totals.rows, 0)).toBe(ROWS);
    expect(report.byType.birth.twins).toBeGreaterThan(0);
    expect(report.byType.birth.byKind.double + report.byType.birth.byKind.typo + report.byType.birth.byKind.reregistration).toBeGreaterThan(ROWS * 0.6 * 0.03);
    expect(report.byEncoding.tcvn3 + report.byEncoding.vni).toBeGreaterThan(0);
    const again = await generateProvince(root, ROWS, 3);
    expect(again.reused).toBe(true);
    expect(again.report).toEqual(report);
  });

  it('finds a header in every sheet and reads every data row, in both formats', () => {
    for (const format of ['xlsx', 'csv'] as const) {
      expect(read[format]?.sheetsWithoutHeader).toBe(0);
      expect(read[format]?.rows).toBe(ROWS);
    }
  });

  it('holds the mess it claims: legacy text, lost zeros, two-digit years, serials, honorifics, abbreviations', () => {
    const notes = read.xlsx?.noteCodes ?? new Map();
    for (const code of ['TEXT_LEGACY_TCVN3', 'TEXT_LEGACY_VNI', 'ID_LEADING_ZERO_RESTORED', 'DATE_TWO_DIGIT_YEAR', 'DATE_EXCEL_SERIAL', 'NAME_HONORIFIC_REMOVED', 'PLACE_ABBREVIATION_EXPANDED']) {
      expect(notes.get(code) ?? 0, code).toBeGreaterThan(0);
    }
    // Legacy CSVs are decoded from their Windows-1252 bytes by content alone.
    expect(read.csv?.noteCodes.get('TEXT_LEGACY_TCVN3') ?? 0).toBeGreaterThan((notes.get('TEXT_LEGACY_TCVN3') ?? 0) * 0.8);
  });

  it('rejects a few rows (required fields left blank), about 1 %', () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const share = (read[format]?.rejected ?? 0) / ROWS;
      expect(share).toBeGreaterThan(0.002);
      expect(share).toBeLessThan(0.03);
    }
  });

  it('writes legacy books to CSV as Windows-1252 bytes holding the same text as the workbook cells', () => {
    const legacy = planProvince(ROWS, 3).find((book) => book.rows > 0 && book.encoding === 'tcvn3') as BookPlan;
    const bytes = readFileSync(join(data.folder, 'csv', `${legacy.fileStem}.csv`));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    // The header was typed in .VnTimeH: lower-case codes that the font draws as capitals.
    const header = iconv.decode(bytes, 'windows1252').split('\r\n').find((line) => line.startsWith('stt,'));
    expect(header).toContain(encodeTcvn3('họ và tên'));
    expect(header).not.toContain('họ và tên');
  });

  it('makes duplicates the dedup engine merges, and twins it keeps apart', () => {
    for (const type of TYPES) {
      const totals = data.report.byType[type];
      const duplicates = totals.byKind.double + totals.byKind.typo + totals.byKind.reregistration;
      const result = deduplicate(read.xlsx?.dedupRecords[type] ?? [], RECORD_TYPES[type].dedup);
      // Most duplicates are found; far fewer merges than that would mean twins or namesakes merged.
      expect(result.mergedAwayIds.length, type).toBeGreaterThanOrEqual(Math.floor(duplicates * 0.7));
      expect(result.mergedAwayIds.length, type).toBeLessThanOrEqual(Math.ceil(duplicates * 1.1));
      if (type === 'birth') expect(result.vetoes.find((veto) => veto.code === 'twins')?.pairs ?? 0).toBeGreaterThan(0);
    }
  });
});
