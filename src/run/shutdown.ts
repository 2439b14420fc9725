import { RunAbortedError } from './run-control.js';

export interface Shutdown {
  /** Aborted (reason: a RunAbortedError naming the signal) on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Removes the signal handlers (the run is over). */
  dispose(): void;
}

export interface ShutdownHooks {
  /** Told once, on the first signal (a log line for the operator). */
  onStopRequested(signalName: NodeJS.Signals): void;
  /**
   * A second signal while the run winds down: the caller exits at once. The
   * output lock is released by its process 'exit' handler; unfinished batches
   * stay hidden as `.partial-*` folders until the next run removes them.
   */
  onForcedExit(signalName: NodeJS.Signals): void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Turns SIGINT/SIGTERM into an aborted AbortSignal that every district of the
 * run watches: they stop reading, discard their unfinished batches and keep
 * the committed ones, and the run ends with status 'stopped'. A second signal
 * means "now": `onForcedExit` is called and the caller exits.
 */
export function installShutdown(hooks: ShutdownHooks): Shutdown {
  const controller = new AbortController();
  const onSignal = (signalName: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      hooks.onForcedExit(signalName);
      return;
    }
    hooks.onStopRequested(signalName);
    controller.abort(new RunAbortedError(signalName));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose() {
      for (const name of SIGNALS) process.removeListener(name, onSignal);
    },
  };
}
