import { RunAbortedError } from './run-control.js';

/**
 * Commits in pipeline order: district i gets its turn once every district
 * before it has committed, failed or had nothing to run. A turn asked for (or
 * granted) after the stop signal is refused with the stop's RunAbortedError.
 */
export class CommitTurnstile {
  private next = 0;
  private readonly finished: boolean[];
  private readonly waiting = new Map<number, () => void>();

  constructor(
    count: number,
    private readonly signal?: AbortSignal,
  ) {
    this.finished = new Array<boolean>(count).fill(false);
  }

  turn(index: number): Promise<() => void> {
    return new Promise((resolve, reject) => {
      const refuse = (): void => {
        this.waiting.delete(index);
        reject(this.signal?.reason instanceof RunAbortedError ? this.signal.reason : new RunAbortedError('a stop request'));
      };
      const grant = (): void => {
        this.signal?.removeEventListener('abort', refuse);
        if (this.signal?.aborted) refuse();
        else resolve(() => this.finish(index));
      };
      if (this.next === index) grant();
      else {
        this.waiting.set(index, grant);
        this.signal?.addEventListener('abort', refuse, { once: true });
      }
    });
  }

  /** District `index` is through (committed, failed, stopped or skipped): the next one in order may go. Idempotent. */
  finish(index: number): void {
    if (this.finished[index]) return;
    this.finished[index] = true;
    while (this.next < this.finished.length && this.finished[this.next]) this.next++;
    const grant = this.waiting.get(this.next);
    if (grant) {
      this.waiting.delete(this.next);
      grant();
    }
  }
}
