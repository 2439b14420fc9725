import { readRunLogs } from '../run/run-history.js';
import type { RunLog } from '../run/run-log.js';
import { formatCount, formatDuration } from '../progress/terminal-progress.js';

const STATUS_VI: Record<RunLog['status'], string> = { completed: 'hoàn tất', failed: 'thất bại', stopped: 'đã dừng' };
const COLUMNS = ['Lần chạy', 'Trạng thái', 'Mã thoát', 'Thời gian', 'Huyện', 'Đã đọc', 'Hợp lệ', 'Bị loại', 'Đã gộp'] as const;
/** Columns of counts, aligned right. */
const NUMERIC = new Set([2, 3, 5, 6, 7, 8]);

/** `hotich runs`: the last `limit` runs of an output folder, newest first, as a table for the operator. */
export function runsTable(outputFolder: string, limit: number): string {
  const { logs, unreadable } = readRunLogs(outputFolder);
  const lines: string[] = [];
  if (logs.length === 0) lines.push(`Chưa có lần chạy nào được ghi trong ${outputFolder}.`);
  else lines.push(...table(logs.slice(0, limit).map(row)));
  if (logs.length > limit) lines.push(`(${logs.length - limit} lần chạy cũ hơn không hiển thị; dùng --last N)`);
  for (const name of unreadable) lines.push(`Không đọc được nhật ký ${name}.`);
  return `${lines.join('\n')}\n`;
}

function row(log: RunLog): string[] {
  const total = (key: 'rowsRead' | 'clean' | 'rejected' | 'mergedAway'): string => formatCount(log.batches.reduce((sum, batch) => sum + (batch.counts[key] ?? 0), 0));
  return [
    log.runId,
    STATUS_VI[log.status] ?? log.status,
    String(log.exitCode),
    formatDuration((log.durationMs ?? 0) / 1000),
    log.districts.join(' '),
    total('rowsRead'),
    total('clean'),
    total('rejected'),
    total('mergedAway'),
  ];
}

function table(rows: string[][]): string[] {
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, column) => Math.max(...all.map((cells) => [...(cells[column] ?? '')].length)));
  const render = (cells: string[]): string =>
    cells
      .map((cell, column) => (NUMERIC.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [render(all[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(render)];
}
