/**
 * The floor for CSV: papaparse streaming every file (UTF-8 decoding by the
 * stream), every field touched — and nothing else. One thread.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { listDataFiles, reportStage, stageArguments } from './stage-io.js';

const { folder } = stageArguments<{ folder: string }>();

function parse(path: string): Promise<{ rows: number; cells: number; textLength: number }> {
  let rows = 0;
  let cells = 0;
  let textLength = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(path, { encoding: 'utf8' }), {
      skipEmptyLines: false,
      step(results) {
        rows++;
        for (const field of results.data) {
          if (field !== '') cells++;
          textLength += field.length;
        }
      },
      complete: () => resolve({ rows, cells, textLength }),
      error: reject,
    });
  });
}

await reportStage(async () => {
  const totals = { rows: 0, cells: 0, textLength: 0 };
  for (const file of listDataFiles(folder, 'csv')) {
    const counts = await parse(file.path);
    totals.rows += counts.rows;
    totals.cells += counts.cells;
    totals.textLength += counts.textLength;
  }
  return totals;
});
