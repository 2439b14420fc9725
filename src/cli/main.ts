#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-error.js';
import { createLogger } from '../log/logger.js';
import { AccountingError } from '../run/row-accounting.js';
import { OutputLockedError } from '../run/output-lock.js';
import { runJob } from '../run/run-job.js';
import { runCheck } from './check-command.js';
import { buildJob, parseType } from './run-command.js';
import { USAGE } from './usage.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

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
  const logger = createLogger();
  try {
    if (command === 'run') {
      if (rest.length > 1) return usageError(`run takes one pipeline file, got ${rest.length}`);
      const job = await buildJob({
        pipeline: rest[0],
        districts: values.district ?? [],
        type: values.type,
        out: values.out,
        inputs: values.input ?? [],
        province: values.province,
      });
      const result = await runJob(job, logger);
      // A district that could not run at all makes the run a failure for cron, even though the others completed.
      return result.districtsWithoutInput.length > 0 ? EXIT_FAILED : EXIT_OK;
    }
    if (command === 'check') {
      if (rest.length !== 1 || !rest[0]) return usageError('check takes exactly one file');
      process.stdout.write(await runCheck(rest[0], parseType(values.type), logger));
      return EXIT_OK;
    }
    return usageError(command ? `unknown command '${command}'` : 'no command given');
  } catch (error) {
    if (error instanceof ConfigError) return usageError(error.message);
    if (error instanceof OutputLockedError || error instanceof AccountingError) {
      logger.error({ code: error.name }, error.message);
      return EXIT_FAILED;
    }
    logger.error({ err: error }, 'run failed');
    return EXIT_FAILED;
  }
}

function usageError(message: string): number {
  process.stderr.write(`hotich: ${message} (see 'hotich --help')\n`);
  return EXIT_USAGE;
}

const invokedAs = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hotich: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_FAILED;
  },
  );
}
