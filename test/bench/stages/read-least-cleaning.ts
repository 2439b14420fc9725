/**
 * The least any normalizer of these books must do, timed with hotich's read:
 * openSheets over every file, and every cell's text NFC-composed, its runs of
 * whitespace made one space and trimmed — each distinct text once, kept in a
 * memo by text as hotich's memos keep cells — into an array of values per row.
 * No field is told from another, nothing is parsed, split, looked up or
 * checked. `floor − read` bounds from below what issue #3's "normalizing"
 * could cost with this reader (docs/performance.md).
 */
import { openSheets } from '../../../src/ingest/open-sheets.js';
import { listDataFiles, reportStage, stageArguments } from './stage-io.js';

const { folder, format } = stageArguments<{ folder: string; format: 'xlsx' | 'csv' }>();
/** As many distinct texts as hotich's memos keep at most (src/normalize/memo/run-memo.ts keeps fewer). */
const MEMO_CAPACITY = 1_000_000;
const WHITESPACE_RUNS = /\s+/g;

await reportStage(async () => {
  let rows = 0;
  let cells = 0;
  let distinctTexts = 0;
  const memo = new Map<string, string>();
  for (const file of listDataFiles(folder, format)) {
    for await (const sheet of openSheets(file.path)) {
      for await (const row of sheet.rows) {
        rows++;
        const values: (string | undefined)[] = new Array(row.cells.length);
        for (let column = 0; column < row.cells.length; column++) {
          const cell = row.cells[column];
          if (cell === undefined) continue;
          cells++;
          let value = memo.get(cell.text);
          if (value === undefined) {
            value = cell.text.normalize('NFC').replace(WHITESPACE_RUNS, ' ').trim();
            if (memo.size >= MEMO_CAPACITY) memo.clear();
            memo.set(cell.text, value);
            distinctTexts++;
          }
          values[column] = value;
        }
      }
    }
  }
  return { rows, cells, distinctTexts };
});
