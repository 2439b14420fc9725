import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * JSON lines on stderr for scheduled runs; colourised, human-readable lines
 * when stderr is a terminal. Log records carry counts, codes and positions,
 * never citizens' names, birth dates or ID numbers.
 */
export function createLogger(level = process.env.HOTICH_LOG_LEVEL ?? 'info'): Logger {
  const options = { level, base: { app: 'hotich' } };
  if (process.stderr.isTTY) {
    return pino(options, pretty({ destination: 2, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' }));
  }
  return pino(options, pino.destination({ dest: 2, sync: true }));
}
