import type { Logger } from 'pino';
import { DistrictProgress } from './progress-estimate.js';
import type { RunProgress } from './run-progress.js';
import type { DistrictPhase } from './progress-estimate.js';

/** Seconds between two progress lines of a district when no terminal shows a bar (cron). */
export const PROGRESS_LOG_INTERVAL_MS = 5_000;

/**
 * Progress for scheduled runs: a pino `progress` info line per district at most
 * every few seconds, with the figures a bar would show (current file's rows
 * done of its estimate, the district's rows per second and ETA). Lines are
 * written only when a district reports, so the clock is passed in and tests
 * drive it.
 */
export class LogProgress implements RunProgress {
  private readonly districts = new Map<string, DistrictProgress>();
  private readonly lastLine = new Map<string, number>();

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs = PROGRESS_LOG_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  districtStarted(district: string, fileBytes: readonly number[]): void {
    this.districts.set(district, new DistrictProgress(district, fileBytes));
    this.lastLine.set(district, this.now());
  }

  districtPhase(district: string, phase: DistrictPhase): void {
    const progress = this.districts.get(district);
    if (progress) progress.phase = phase;
  }

  fileStarted(district: string, file: string, bytesTotal: number): void {
    this.district(district).fileStarted(file, bytesTotal, this.now());
  }

  fileProgress(district: string, _file: string, rowsDone: number, bytesDone: number): void {
    this.district(district).fileProgress(rowsDone, bytesDone);
    this.maybeLog(district);
  }

  fileFinished(district: string, _file: string, rowsDone: number): void {
    this.district(district).fileFinished(rowsDone, this.now());
    this.maybeLog(district);
  }

  stop(): void {
    // Nothing to release: every line was written when it was due.
  }

  private maybeLog(district: string): void {
    const now = this.now();
    if (now - (this.lastLine.get(district) ?? 0) < this.intervalMs) return;
    this.lastLine.set(district, now);
    const { phase: _phase, ...figures } = this.district(district).figures(now);
    this.logger.info(figures, 'progress');
  }

  private district(code: string): DistrictProgress {
    let progress = this.districts.get(code);
    if (!progress) {
      progress = new DistrictProgress(code, []);
      this.districts.set(code, progress);
      this.lastLine.set(code, this.now());
    }
    return progress;
  }
}
