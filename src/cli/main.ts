#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { ConfigError } from '../config/config-error.js';
import { createLogger } from '../log/logger.js';
import { LogProgress, PROGRESS_LOG_INTERVAL_MS } from '../progress/log-progress.js';
import type { RunProgress } from '../progress/run-progress.js';
import { TerminalProgress } from '../progress/terminal-progress.js';
import { OutputLockedError } from '../run/output-lock.js';
import { RunAbortedError } from '../run/run-control.js';
import { runJob } from '../run/run-job.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../run/run-log.js';
import { installShutdown } from '../run/shutdown.js';
import { checkFile } from './check-command.js';
import { renderDryRun } from './dry-run-report.js';
import { runReportCommand } from './report-command.js';
import { buildJob, outputFolderOf, parseCount, parseType, type RunArguments } from './run-command.js';
import { runsTable } from './runs-command.js';
import { USAGE } from './usage.js';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE };

/** Runs listed by `hotich runs` unless --last says otherwise. */
const DEFAULT_RUNS_LISTED = 20;

/** The one place that turns outcomes into exit codes. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        district: { type: 'string', multiple: true },
        type: { type: 'string' },
        out: { type: 'string' },
        input: { type: 'string', multiple: true },
        province: { type: 'string' },
        concurrency: { type: 'string' },
        workers: { type: 'string' },
        'keep-history': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'allow-missing': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'log-file': { type: 'string' },
        last: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const quiet = values.quiet === true;
  // On a terminal the bars own stderr's last lines: log lines are drawn above them.
  const bars = command === 'run' && !quiet && process.stderr.isTTY === true ? new TerminalProgress() : null;
  const logger = createLogger({ quiet, logFile: values['log-file'], terminalWrite: bars ? (text) => bars.write(text) : undefined });
  try {
    if (command === 'run') {
      if (rest.length > 1) return usageError(`run takes one pipeline file, got ${rest.length}`);
      const args: RunArguments = {
        pipeline: rest[0],
        districts: values.district ?? [],
        type: values.type,
        out: values.out,
        inputs: values.input ?? [],
        province: values.province,
        concurrency: values.concurrency,
        workers: values.workers,
        keepHistory: values['keep-history'],
        dryRun: values['dry-run'],
        allowMissing: values['allow-missing'],
      };
      return await run(args, logger, quiet ? undefined : (bars ?? new LogProgress(logger, progressIntervalMs())));
    }
    if (command === 'check') {
      if (rest.length !== 1 || !rest[0]) return usageError('check takes exactly one file');
      // A file that could not be read exits as a run's district whose file could not be read does: a script checking a folder tells it from the rest.
      const { report, unreadable } = await checkFile(rest[0], parseType(values.type), logger);
      process.stdout.write(report);
      return unreadable ? EXIT_FAILED : EXIT_OK;
    }
    if (command === 'runs') {
      if (rest.length > 1) return usageError(`runs takes at most one pipeline file, got ${rest.length}`);
      const last = parseCount('last', values.last, 1) ?? DEFAULT_RUNS_LISTED;
      process.stdout.write(runsTable(outputFolderOf(rest[0], values.out), last));
      return EXIT_OK;
    }
    if (command === 'report') {
      if (rest.length > 1) return usageError(`report takes at most one pipeline file, got ${rest.length}`);
      process.stdout.write(`${await runReportCommand(outputFolderOf(rest[0], values.out), logger)}\n`);
      return EXIT_OK;
    }
    return usageError(command ? `unknown command '${command}'` : 'no command given');
  } catch (error) {
    if (error instanceof ConfigError) return usageError(error.message);
    if (error instanceof OutputLockedError) {
      logger.error({ code: 'OUTPUT_LOCKED', holder: error.holder }, error.message);
      return EXIT_USAGE;
    }
    if (error instanceof RunAbortedError) {
      logger.error({ code: 'RUN_STOPPED', signal: error.signalName }, `${error.message}: unfinished batches were discarded, every earlier batch is intact, the lock is released`);
      return EXIT_FAILED;
    }
    logger.error({ err: error }, 'run failed');
    return EXIT_FAILED;
  } finally {
    bars?.stop();
  }
}

/** `hotich run`: the job under SIGINT/SIGTERM handling; a dry run prints its counts on stdout. */
async function run(args: RunArguments, logger: Logger, progress: RunProgress | undefined): Promise<number> {
  const job = await buildJob(args);
  const shutdown = installShutdown({
    onStopRequested(signalName) {
      logger.warn({ signal: signalName }, 'stop requested: finishing the batch being committed, discarding unfinished ones (send the signal again to exit at once)');
    },
    onForcedExit(signalName) {
      progress?.stop();
      logger.error({ signal: signalName, code: 'RUN_KILLED' }, 'second stop signal: exiting at once; unfinished batches stay hidden until the next run removes them');
      // The lock is released by its 'exit' handler.
      process.exit(EXIT_FAILED);
    },
  });
  try {
    const result = await runJob(job, logger, { signal: shutdown.signal, ...(progress ? { progress } : {}) });
    progress?.stop();
    if (job.dryRun) process.stdout.write(renderDryRun(result, job.outputFolder));
    return result.exitCode;
  } finally {
    progress?.stop();
    shutdown.dispose();
  }
}

/** HOTICH_PROGRESS_SECONDS: seconds between progress lines without a terminal (default 5). */
function progressIntervalMs(): number {
  const value = process.env.HOTICH_PROGRESS_SECONDS;
  if (value === undefined || value === '') return PROGRESS_LOG_INTERVAL_MS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new ConfigError(`HOTICH_PROGRESS_SECONDS=${value}: expected a number of seconds above 0`);
  return seconds * 1000;
}

function usageError(message: string): number {
  process.stderr.write(`hotich: ${message.split('\n').join(' ')} (see 'hotich --help')\n`);
  return EXIT_USAGE;
}

const invokedAs = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  let settled = false;
  // Node exits 0 when nothing is left to wait on; a command whose work stalled on a promise that
  // never settles would then look like a completed run to cron. It must not.
  process.on('beforeExit', () => {
    if (settled) return;
    process.stderr.write('hotich: internal error: the command stopped before finishing (a step waited on nothing); the run did not complete\n');
    process.exitCode = EXIT_FAILED;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error: unknown) => {
      settled = true;
      process.stderr.write(`hotich: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
