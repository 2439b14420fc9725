import { Writable } from 'node:stream';
import { pino, type Level, type Logger, type StreamEntry } from 'pino';
import pretty from 'pino-pretty';

export interface LoggerOptions {
  /** Lowest level logged; default HOTICH_LOG_LEVEL or 'info'. */
  level?: string;
  /** `--quiet`: stderr shows warnings and errors only (a log file still gets every line). */
  quiet?: boolean;
  /** `--log-file PATH`: every line as JSON, appended; stderr then keeps warnings and errors only. */
  logFile?: string;
  /** Is stderr a terminal (human-readable lines)? Default process.stderr.isTTY. */
  terminal?: boolean;
  /** Where terminal lines go instead of fd 2 (above the progress bars while they are shown). */
  terminalWrite?: (text: string) => void;
}

/**
 * JSON lines on stderr for scheduled runs; colourised, human-readable lines
 * when stderr is a terminal. With a log file, the file gets every line at the
 * level (JSON, appended, written synchronously so nothing is lost when a
 * second signal exits at once) and stderr only warnings and errors. Log
 * records carry counts, codes and positions, never citizens' names, birth
 * dates or ID numbers.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.HOTICH_LOG_LEVEL ?? 'info';
  const base = { app: 'hotich' };
  const terminal = options.terminal ?? process.stderr.isTTY === true;
  const stderrLevel: string = options.quiet || options.logFile ? atLeast(level, 'warn') : level;
  const stderr = terminal
    ? pretty({ destination: terminalStream(options.terminalWrite), colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app', sync: true })
    : pino.destination({ dest: 2, sync: true });
  if (!options.logFile) return pino({ level: stderrLevel, base }, stderr);
  const streams: StreamEntry[] = [
    { level: level as Level, stream: pino.destination({ dest: options.logFile, append: true, mkdir: true, sync: true }) },
    { level: stderrLevel as Level, stream: stderr },
  ];
  return pino({ level: lowest(level, stderrLevel), base }, pino.multistream(streams));
}

function terminalStream(write: ((text: string) => void) | undefined): NodeJS.WritableStream | number {
  if (!write) return 2;
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      write(chunk.toString());
      callback();
    },
  });
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const rank = (level: string): number => Math.max(0, LEVELS.indexOf(level));
const atLeast = (level: string, floor: string): string => (rank(level) >= rank(floor) ? level : floor);
const lowest = (a: string, b: string): string => (rank(a) <= rank(b) ? a : b);
