export const USAGE = `hotich — cleans and deduplicates Vietnamese civil-status registers

Usage:
  hotich run <pipeline.json> [--district CODE]... [--type birth|marriage|death] [--out DIR] [run options]
  hotich run --type TYPE --district CODE --input PATH... --out DIR [--province CODE] [run options]
  hotich check <file> [--type birth|marriage|death]
  hotich runs [<pipeline.json>] [--out DIR] [--last N]
  hotich report [<pipeline.json>] [--out DIR]

Run options:
  --concurrency N    districts run at once (default: the machine's cores, at most the districts)
  --workers N        0 runs districts on the main thread; more runs each in a worker thread (default: the cores)
  --keep-history N   replaced batches kept under <district>/<type>/history/ (default 5; 0 keeps none)
  --dry-run          read, normalize, validate and deduplicate; print the counts; write nothing
  --allow-missing    replace a batch even when files that gave it records are not among the inputs (withdrawn)
  --quiet, -q        no progress; only warnings and errors on stderr
  --log-file PATH    append every log line (JSON) to PATH; stderr keeps warnings and errors

Exit codes: 0 the run completed (rejected rows are not a failure),
            1 the run failed or was stopped (SIGINT/SIGTERM), a district had no input, or a batch
              was kept (files it holds records of unreadable or missing from the inputs),
            2 usage or configuration error, or another run holds the output folder.
Logs: JSON lines on stderr (human-readable on a terminal); level from HOTICH_LOG_LEVEL.`;
