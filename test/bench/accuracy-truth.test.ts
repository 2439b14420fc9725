/**
 * The generator's truth (generator/truth.ts, write-truth.ts) on its own: it
 * leaves the books as they were, and what it says about each row agrees with
 * the cells the row holds.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bookLines } from './generator/book-layout.js';
import { planProvince } from './generator/book-plan.js';
import type { RowTruth, TypedCell } from './generator/truth.js';
import { bookTruth } from './generator/write-truth.js';

const BOOKS = planProvince(3000, 7).filter((book) => book.rows > 0);
const TRUTH = BOOKS.map((book) => ({ book, rows: [...bookTruth(book)] }));
const ALL_ROWS: RowTruth[] = TRUTH.flatMap(({ rows }) => rows);

const text = (cell: TypedCell | undefined): string | null =>
  typeof cell === 'string' ? cell : cell !== null && typeof cell === 'object' && 'text' in cell ? cell.text : null;

describe('the truth of a generated province', () => {
  it('leaves every generated cell as it was before there was a truth', () => {
    // sha256 of the cells of planProvince(600, 11), taken from the generator as it was before the truth was added
    // (GENERATOR_VERSION 1): the data sets cached under out/bench stay valid.
    const hash = createHash('sha256');
    for (const book of planProvince(600, 11)) for (const line of bookLines(book)) hash.update(`${JSON.stringify(line.cells)}\n`);
    expect(hash.digest('hex')).toBe('56d84ea72eeb8d294a6114ac8cb995cb54e6a8343b274b19347c350a77205cb5');
  });

  it('has one line per data row, at the row the sheet shows it', () => {
    for (const { book, rows } of TRUTH) {
      expect(rows, book.key).toHaveLength(book.rows);
      const dataRows = [...bookLines(book)].map((line, index) => (line.entry ? index + 1 : null)).filter((row) => row !== null);
      expect(rows.map((row) => row.row), book.key).toEqual(dataRows);
    }
  });

  it('records the kind of mess each cell was given, and the value at the precision the cell keeps', () => {
    const seen = new Set<string>();
    for (const row of ALL_ROWS) {
      for (const [path, field] of Object.entries(row.fields)) {
        for (const kind of field.mess) seen.add(kind);
        const typed = field.typed;
        if (field.mess.includes('id:lost-zero')) expect(typeof typed, path).toBe('number');
        if (field.mess.includes('date:cell')) expect(typed, path).toMatchObject({ date: field.expected });
        if (field.mess.includes('date:serial')) expect(typeof typed, path).toBe('number');
        if (field.mess.includes('date:mm/yyyy')) expect(field.expected, path).toMatch(/^\d{4}-\d{2}$/);
        if (field.mess.includes('date:year') || field.mess.includes('date:year-number')) expect(field.expected, path).toMatch(/^\d{4}$/);
        if (field.mess.includes('name:upper') && !field.mess.includes('name:honorific') && row.bookMess[0] === 'book:unicode' && !field.mess.includes('cell:tcvn3')) {
          expect(text(typed), path).toBe(text(typed)?.toUpperCase());
        }
        // A title in front: one word more than the name (whatever the book's keyboard made of it).
        const words = (value: string | null | undefined): number => (value ?? '').split(' ').filter(Boolean).length;
        if (field.mess.includes('name:honorific') && path.endsWith('fullName')) expect(words(text(typed)), path).toBe(words(field.expected) + 1);
        if (row.bookMess[0] === 'book:tcvn3' && typeof typed === 'object' && typed !== null && 'font' in typed) expect(typed.font).toBe('.VnTime');
      }
    }
    for (const kind of ['date:cell', 'date:serial', 'date:words', 'id:lost-zero', 'id:cmnd', 'name:honorific', 'place:abbreviation', 'cell:nfd', 'cell:tcvn3']) {
      expect(seen.has(kind), kind).toBe(true);
    }
  });

  it('names the rows meant to be rejected, with the required field left empty', () => {
    const rejected = ALL_ROWS.filter((row) => row.expect === 'rejected');
    expect(rejected.length).toBeGreaterThan(ALL_ROWS.length * 0.002);
    for (const row of rejected) for (const path of row.rejectedFor) expect(row.fields[path]?.expected, path).toBeNull();
  });

  it('ties every duplicate to its original, and every twin to a child of the same birth and mother', () => {
    for (const { rows } of TRUTH) {
      const byEntity = new Map<number, RowTruth[]>();
      for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
      for (const row of rows) {
        if (row.kind !== 'original') {
          expect(row.duplicateOf === null || row.duplicateOf < row.row).toBe(true);
          // A copy comes with its original, unless the book ended before the original's turn.
          if (byEntity.get(row.entity)?.length === 1) expect(row).toBe(rows[rows.length - 1]);
        }
        if (row.kind === 'double') {
          const original = byEntity.get(row.entity)?.find((other) => other.kind === 'original');
          if (original) for (const path of ['child.fullName', 'deceased.fullName', 'husband.fullName']) expect(row.fields[path]?.expected).toBe(original.fields[path]?.expected);
        }
        if (row.twinEntity !== null && row.kind === 'original') {
          const twin = byEntity.get(row.twinEntity)?.find((other) => other.kind === 'original');
          if (twin === undefined) continue; // the book ended between the twins
          expect(twin.fields['child.birthDate']?.expected?.slice(0, 4)).toBe(row.fields['child.birthDate']?.expected?.slice(0, 4));
          expect(twin.fields['mother.fullName']?.expected).toBe(row.fields['mother.fullName']?.expected);
          expect(twin.fields['child.fullName']?.expected).not.toBe(row.fields['child.fullName']?.expected);
        }
      }
    }
  });

  it('names spouses under the legal marriage age by their true dates', () => {
    const flagged = ALL_ROWS.filter((row) => row.problems.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const row of flagged) {
      for (const problem of row.problems) {
        expect(problem.code).toBe('MARRIAGE_UNDER_AGE');
        expect(row.fields[problem.field]?.expected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
