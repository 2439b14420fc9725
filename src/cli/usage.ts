export const USAGE = `hotich — cleans and deduplicates Vietnamese civil-status registers

Usage:
  hotich run <pipeline.json> [--district CODE]... [--type birth|marriage|death] [--out DIR]
  hotich run --type TYPE --district CODE --input PATH... --out DIR [--province CODE]
  hotich check <file> [--type birth|marriage|death]

Exit codes: 0 the run completed (rejected rows are not a failure),
            1 the run failed, 2 usage or configuration error.
Logs: JSON lines on stderr (human-readable on a terminal); level from HOTICH_LOG_LEVEL.`;
