import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartLibrarySource } from './chart-library.js';
import { collectReport } from './collect-report.js';
import { hotichVersion } from '../run/run-log.js';
import { readOutputFolder } from './read-outputs.js';
import type { ReportData } from './report-data.js';
import { renderReportPage } from './render-page.js';

export const REPORT_FILE = 'report.html';

/** What report.html of an output folder shows, and the page itself; writes nothing. */
export function buildRunReport(outputFolder: string): { data: ReportData; html: string } {
  const contents = readOutputFolder(outputFolder);
  const version = hotichVersion();
  // The version the run log writes; an officer reads 'không rõ' where it says 'unknown'.
  const data = collectReport({ ...contents, hotichVersion: version === 'unknown' ? 'không rõ' : version });
  return { data, html: renderReportPage(data, chartLibrarySource()) };
}

/** Writes `<out>/report.html` beside and renames it, so a browser never opens half a report. */
export function saveRunReport(outputFolder: string, html: string): string {
  const path = join(outputFolder, REPORT_FILE);
  const partial = `${path}.partial-${process.pid}`;
  writeFileSync(partial, html);
  renameSync(partial, path);
  return path;
}

/**
 * Writes `<out>/report.html` from the manifests and run logs in the output
 * folder (no batch is re-run) and returns its path.
 */
export async function writeRunReport(outputFolder: string): Promise<string> {
  return saveRunReport(outputFolder, buildRunReport(outputFolder).html);
}
