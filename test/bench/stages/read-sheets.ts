/**
 * hotich's reading stage alone: openSheets (the pipeline's XLSX or CSV reader,
 * chosen by extension) over every file, every row of every sheet, every
 * SourceCell built — no header detection, no normalization.
 */
import { openSheets } from '../../../src/ingest/open-sheets.js';
import { listDataFiles, reportStage, stageArguments } from './stage-io.js';

const { folder, format } = stageArguments<{ folder: string; format: 'xlsx' | 'csv' }>();

await reportStage(async () => {
  let rows = 0;
  let cells = 0;
  for (const file of listDataFiles(folder, format)) {
    for await (const sheet of openSheets(file.path)) {
      for await (const row of sheet.rows) {
        rows++;
        for (const cell of row.cells) if (cell !== undefined) cells++;
      }
    }
  }
  return { rows, cells };
});
