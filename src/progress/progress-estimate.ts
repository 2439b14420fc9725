/** Where a district is in its run, as a progress display names it. */
export type DistrictPhase = 'queued' | 'reading' | 'waiting' | 'committing' | 'done' | 'failed' | 'stopped';

/** What a progress display shows for one district at one moment. */
export interface ProgressFigures {
  district: string;
  phase: DistrictPhase;
  /** The file being read (provenance name), null before the first one. */
  file: string | null;
  /** 1-based position of that file among the district's files; 0 before the first. */
  fileIndex: number;
  files: number;
  /** Rows taken from the current file so far. */
  rowsDone: number;
  /** The current file's rows, estimated as rowsDone × bytesTotal / bytesDone; null until some bytes were read. */
  estimatedRows: number | null;
  /** Rows of the whole district so far (files done and the current one). */
  districtRowsDone: number;
  /** The district's rows: files done, the current file's estimate, files not yet opened at the rows per byte seen so far. */
  districtEstimatedRows: number | null;
  /** District rows per second since its first file was opened. */
  rowsPerSecond: number;
  /** Seconds until the district has read its last row at the current rate; null when it cannot be estimated yet. */
  etaSeconds: number | null;
}

interface FileState {
  bytesTotal: number;
  bytesDone: number;
  rowsDone: number;
  finished: boolean;
}

/**
 * The progress of one district's reading, from the file sizes it will read and
 * what the district reports (ProgressSink). Pure: the caller passes the time,
 * so a fake clock tests it.
 */
export class DistrictProgress {
  phase: DistrictPhase = 'queued';
  private readonly states: FileState[];
  private current = -1;
  private currentName: string | null = null;
  private startedAt: number | null = null;
  /** When the last file was done: the rate stops there (deduplication and commit are not reading). */
  private readEndedAt: number | null = null;

  constructor(
    readonly district: string,
    /** Sizes on disk of the district's files, in the order it reads them. */
    fileBytes: readonly number[],
  ) {
    this.states = fileBytes.map((bytesTotal) => ({ bytesTotal, bytesDone: 0, rowsDone: 0, finished: false }));
  }

  fileStarted(file: string, bytesTotal: number, now: number): void {
    this.startedAt ??= now;
    this.phase = 'reading';
    this.current++;
    this.currentName = file;
    // The district may read a file the plan did not know (it should not); count it rather than fail.
    if (this.current >= this.states.length) this.states.push({ bytesTotal, bytesDone: 0, rowsDone: 0, finished: false });
    const state = this.states[this.current]!;
    state.bytesTotal = bytesTotal;
  }

  fileProgress(rowsDone: number, bytesDone: number): void {
    const state = this.states[this.current];
    if (!state) return;
    state.rowsDone = rowsDone;
    state.bytesDone = Math.max(state.bytesDone, bytesDone);
  }

  fileFinished(rowsDone: number, now: number): void {
    const state = this.states[this.current];
    if (!state) return;
    state.rowsDone = rowsDone;
    state.bytesDone = state.bytesTotal;
    state.finished = true;
    if (this.current === this.states.length - 1) this.readEndedAt = now;
  }

  figures(now: number): ProgressFigures {
    const state = this.states[this.current];
    let districtRowsDone = 0;
    let bytesSeen = 0;
    let rowsSeen = 0;
    let bytesUnopened = 0;
    for (const [index, file] of this.states.entries()) {
      districtRowsDone += file.rowsDone;
      if (index > this.current) bytesUnopened += file.bytesTotal;
      else if (file.bytesDone > 0) {
        bytesSeen += Math.min(file.bytesDone, file.bytesTotal);
        rowsSeen += file.rowsDone;
      }
    }
    const rowsPerByte = bytesSeen > 0 ? rowsSeen / bytesSeen : null;
    const estimatedRows = state ? (estimateFileRows(state) ?? (rowsPerByte === null ? null : Math.round(rowsPerByte * state.bytesTotal))) : null;
    const unopenedRows = bytesUnopened === 0 ? 0 : rowsPerByte === null ? null : rowsPerByte * bytesUnopened;
    const doneBefore = districtRowsDone - (state?.rowsDone ?? 0);
    const districtEstimatedRows =
      estimatedRows === null || unopenedRows === null ? null : Math.max(districtRowsDone, Math.round(doneBefore + estimatedRows + unopenedRows));
    const seconds = this.startedAt === null ? 0 : ((this.readEndedAt ?? now) - this.startedAt) / 1000;
    const rowsPerSecond = seconds > 0 ? districtRowsDone / seconds : 0;
    const etaSeconds = districtEstimatedRows !== null && rowsPerSecond > 0 ? (districtEstimatedRows - districtRowsDone) / rowsPerSecond : null;
    return {
      district: this.district,
      phase: this.phase,
      file: this.currentName,
      fileIndex: this.current + 1,
      files: this.states.length,
      rowsDone: state?.rowsDone ?? 0,
      estimatedRows,
      districtRowsDone,
      districtEstimatedRows,
      rowsPerSecond: Math.round(rowsPerSecond),
      etaSeconds: etaSeconds === null ? null : Math.round(etaSeconds),
    };
  }
}

/** rowsDone × bytesTotal / bytesDone, never below the rows already read; exact once the file is done. */
export function estimateFileRows(file: { bytesTotal: number; bytesDone: number; rowsDone: number; finished?: boolean }): number | null {
  if (file.finished) return file.rowsDone;
  if (file.bytesDone <= 0) return null;
  return Math.max(file.rowsDone, Math.round((file.rowsDone * file.bytesTotal) / file.bytesDone));
}
