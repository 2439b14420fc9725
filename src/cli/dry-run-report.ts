import { VINH_PHUC_DISTRICTS } from '../reference/admin-units.js';
import { RECORD_TYPES } from '../record-types/registry.js';
import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';
import type { JobResult } from '../run/run-job.js';
import { BATCH_KEPT_FILE_MISSING } from '../run/kept-batch.js';
import { formatCount } from '../progress/terminal-progress.js';

const COLUMNS = ['Huyện', 'Loại sổ', 'Đã đọc', 'Hợp lệ', 'Bị loại', 'Đã gộp', 'Cần xem xét', 'Bỏ qua'];

/** What `hotich run --dry-run` prints on stdout: counts per district and type, and that nothing was written. */
export function renderDryRun(result: JobResult, outputFolder: string): string {
  const rows = result.districts.flatMap((district) =>
    district.manifests.map((manifest) => {
      const name = VINH_PHUC_DISTRICTS.find((known) => known.code === manifest.district)?.name;
      const type = RECORD_TYPE_NAMES.find((known) => known === manifest.type);
      const { rowsRead, clean, rejected, mergedAway, skipped } = manifest.counts;
      return [
        name ? `${manifest.district} ${name}` : manifest.district,
        type ? RECORD_TYPES[type].labelVi : manifest.type,
        ...[rowsRead, clean, rejected, mergedAway, manifest.dedup.reviewPairs, skipped].map(formatCount),
      ];
    }),
  );
  const all = [COLUMNS, ...rows];
  const widths = COLUMNS.map((_, column) => Math.max(...all.map((cells) => [...(cells[column] ?? '')].length)));
  const render = (cells: string[]): string => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  const lines = [`Chạy thử (--dry-run): không ghi gì vào ${outputFolder}.`, render(COLUMNS), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(render)];
  for (const district of result.districtsWithoutInput) lines.push(`Huyện ${district}: không tìm thấy tệp đầu vào nào.`);
  for (const kept of result.keptBatches) {
    const held = kept.files.filter(({ records }) => records > 0);
    const listed = (files: typeof kept.files): string => files.map(({ file, records }) => `${file} (${formatCount(records)} bản ghi trong lô trước)`).join(', ');
    const missing = held.filter(({ code }) => code === BATCH_KEPT_FILE_MISSING);
    const unreadable = held.filter(({ code }) => code !== BATCH_KEPT_FILE_MISSING);
    const reasons = [
      ...(unreadable.length > 0 ? [`không đọc được ${listed(unreadable)}`] : []),
      ...(missing.length > 0 ? [`thiếu tệp ${listed(missing)} trong các tệp đầu vào`] : []),
    ];
    if (held.length === 0) reasons.push(`không đọc được ${kept.files.map(({ file }) => file).join(', ')}`);
    lines.push(`Huyện ${kept.district}, sổ ${RECORD_TYPES[kept.type].labelVi.toLowerCase()}: lô trước sẽ được giữ nguyên vì ${reasons.join('; ')}.`);
  }
  return `${lines.join('\n')}\n`;
}
