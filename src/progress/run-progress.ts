import type { ProgressSink } from '../run/run-control.js';
import type { DistrictPhase } from './progress-estimate.js';

/**
 * A progress display for a whole run: what the districts report (ProgressSink)
 * plus what the job knows — the files a district will read, when it waits for
 * its commit turn, when it is done.
 */
export interface RunProgress extends ProgressSink {
  /** The district starts; `fileBytes` are the sizes of the files it will read, in order. */
  districtStarted(district: string, fileBytes: readonly number[]): void;
  districtPhase(district: string, phase: DistrictPhase): void;
  /** The run is over (or stopping): final figures, release the terminal. */
  stop(): void;
}
