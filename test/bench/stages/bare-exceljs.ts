/**
 * The floor for XLSX: exceljs's streaming WorkbookReader over every file with
 * the options hotich's reader uses, every row of every sheet, every cell value
 * touched — and nothing else. One thread.
 */
import ExcelJS from 'exceljs';
import { listDataFiles, reportStage, stageArguments } from './stage-io.js';

const { folder } = stageArguments<{ folder: string }>();

await reportStage(async () => {
  let rows = 0;
  let cells = 0;
  let textLength = 0;
  for (const file of listDataFiles(folder, 'xlsx')) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file.path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    for await (const worksheet of workbook) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        rows++;
        row.eachCell({ includeEmpty: false }, (cell) => {
          cells++;
          const value = cell.value;
          if (typeof value === 'string') textLength += value.length;
        });
      }
    }
  }
  return { rows, cells, textLength };
});
