import cliProgress from 'cli-progress';
import { VINH_PHUC_DISTRICTS } from '../reference/admin-units.js';
import { DistrictProgress, type DistrictPhase, type ProgressFigures } from './progress-estimate.js';
import type { RunProgress } from './run-progress.js';

const BAR_WIDTH = 24;
const PHASE_VI: Record<DistrictPhase, string> = {
  queued: 'chờ đến lượt',
  reading: 'đang đọc',
  waiting: 'chờ lượt ghi',
  committing: 'đang khử trùng và ghi',
  done: 'xong',
  failed: 'lỗi',
  stopped: 'đã dừng',
};

/**
 * A live bar per district on a terminal (cli-progress multibar on stderr):
 * rows done of the estimated total, rows per second, time left, which file.
 * Log lines written while the bars are shown go through `write`, above them.
 */
export class TerminalProgress implements RunProgress {
  private readonly multibar: cliProgress.MultiBar;
  private readonly districts = new Map<string, { progress: DistrictProgress; bar: cliProgress.SingleBar }>();

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly now: () => number = Date.now,
  ) {
    this.multibar = new cliProgress.MultiBar({
      stream,
      format: (_options, _params, payload: { line?: string }) => payload.line ?? '',
      hideCursor: true,
      clearOnComplete: false,
      gracefulExit: false,
      fps: 4,
    });
  }

  /** Text for the terminal (a log line): above the bars while they are shown. */
  write(text: string): void {
    if (this.multibar.isActive) this.multibar.log(text.endsWith('\n') ? text : `${text}\n`);
    else this.stream.write(text);
  }

  districtStarted(district: string, fileBytes: readonly number[]): void {
    const progress = new DistrictProgress(district, fileBytes);
    progress.phase = 'reading';
    const bar = this.multibar.create(1, 0, { line: renderLine(progress.figures(this.now())) });
    this.districts.set(district, { progress, bar });
  }

  districtPhase(district: string, phase: DistrictPhase): void {
    const entry = this.districts.get(district);
    if (!entry) return;
    entry.progress.phase = phase;
    this.refresh(district);
  }

  fileStarted(district: string, file: string, bytesTotal: number): void {
    this.districts.get(district)?.progress.fileStarted(file, bytesTotal, this.now());
    this.refresh(district);
  }

  fileProgress(district: string, _file: string, rowsDone: number, bytesDone: number): void {
    this.districts.get(district)?.progress.fileProgress(rowsDone, bytesDone);
    this.refresh(district);
  }

  fileFinished(district: string, _file: string, rowsDone: number): void {
    this.districts.get(district)?.progress.fileFinished(rowsDone, this.now());
    this.refresh(district);
  }

  stop(): void {
    if (!this.multibar.isActive) return;
    for (const district of this.districts.keys()) this.refresh(district);
    // stop() draws the bars but not the log lines still buffered: draw once more first.
    this.multibar.update();
    this.multibar.stop();
  }

  private refresh(district: string): void {
    const entry = this.districts.get(district);
    if (!entry) return;
    entry.bar.update(0, { line: renderLine(entry.progress.figures(this.now())) });
  }
}

/** One bar's text, e.g. `249 Bình Xuyên  ████████░░░░  33% 12 000/36 000 dòng · 5 400 dòng/giây · còn 0:04 · tệp 2/3 · đang đọc`. */
export function renderLine(figures: ProgressFigures): string {
  const name = VINH_PHUC_DISTRICTS.find((district) => district.code === figures.district)?.name ?? '';
  const label = `${figures.district} ${name}`.padEnd(18);
  const total = figures.phase === 'done' ? figures.districtRowsDone : figures.districtEstimatedRows;
  const share = total === null || total === 0 ? (figures.phase === 'done' ? 1 : 0) : Math.min(1, figures.districtRowsDone / total);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const percent = `${Math.round(share * 100)}%`.padStart(4);
  const rows = `${formatCount(figures.districtRowsDone)}/${total === null ? '?' : formatCount(total)} dòng`;
  const parts = [`${label} ${bar} ${percent} ${rows}`, `${formatCount(figures.rowsPerSecond)} dòng/giây`];
  if (figures.phase === 'reading') parts.push(`còn ${figures.etaSeconds === null ? '?' : formatDuration(figures.etaSeconds)}`);
  if (figures.files > 0) parts.push(`tệp ${figures.fileIndex}/${figures.files}`);
  parts.push(PHASE_VI[figures.phase]);
  return parts.join(' · ');
}

/** 12345 → '12 345' (Vietnamese groups thousands with a space or a dot; a space cannot be misread as a decimal point). */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Seconds → 'm:ss' or 'h:mm:ss'. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
