import { existsSync, statSync } from 'node:fs';
import type { Logger } from 'pino';
import { ConfigError } from '../config/config-error.js';
import { buildRunReport, saveRunReport } from '../report/write-report.js';

/**
 * `hotich report [--out DIR]`: regenerates `<DIR>/report.html` from the
 * batches and run logs already in the output folder, without re-running
 * anything, and returns the path written. A folder that does not exist or
 * holds no batch is a usage error (exit 2).
 */
export async function runReportCommand(outputFolder: string, logger: Logger): Promise<string> {
  if (!existsSync(outputFolder) || !statSync(outputFolder).isDirectory()) {
    throw new ConfigError(`report: output folder '${outputFolder}' does not exist`);
  }
  const { data, html } = buildRunReport(outputFolder);
  if (data.districts.length === 0) {
    throw new ConfigError(`report: no batch (<district>/<type>/manifest.json) in '${outputFolder}'; run 'hotich run' first`);
  }
  const path = saveRunReport(outputFolder, html);
  for (const file of data.unreadable) logger.warn({ file }, 'report: file could not be read; its counts are not in the report');
  logger.info(
    {
      path,
      districts: data.districts.length,
      batches: data.districts.reduce((sum, district) => sum + district.batches.length, 0),
      runs: data.runs.length,
      trendRuns: data.trend.points.length,
    },
    'report written',
  );
  return path;
}
