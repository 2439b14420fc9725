import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';

/**
 * The clean spool holds one line per clean record: the record as JSON (its
 * clean.jsonl line) and, after a tab, its clean.csv row as a JSON string. A
 * record that deduplication leaves alone is copied to both outputs as it is.
 * JSON.stringify never writes a raw tab, so the first tab ends the record.
 */
export function cleanSpoolLine(json: string, csvRow: string): string {
  return `${json}\t${JSON.stringify(csvRow)}\n`;
}

export function splitCleanSpoolLine(line: string): { json: string; csvRow: string } {
  const tab = line.indexOf('\t');
  return { json: line.slice(0, tab), csvRow: JSON.parse(line.slice(tab + 1)) as string };
}

/** Clean records are spooled with `{"id":"…",` first (processRow builds them id first). */
const SPOOL_LINE_START = '{"id":"';

/** A spooled record's id without parsing its JSON. */
export function spooledId(json: string): string {
  if (!json.startsWith(SPOOL_LINE_START)) return String((JSON.parse(json) as Record<string, unknown>).id);
  return json.slice(SPOOL_LINE_START.length, json.indexOf('"', SPOOL_LINE_START.length));
}

/** Separates rows in one Papa.unparse call; no clean value holds it (the text cleaner removes control characters). */
const ROW_SEPARATOR = '\u0000';

/** clean.csv rows (formula-escaped, without line ends): one Papa.unparse call for the block, per row only if a value held the separator. */
export function csvRows(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const block = Papa.unparse(rows as string[][], { escapeFormulae: true, newline: ROW_SEPARATOR }).split(ROW_SEPARATOR);
  return block.length === rows.length ? block : rows.map((row) => Papa.unparse([row as string[]], { escapeFormulae: true }));
}

/** The lines of a spool file (blank lines skipped). */
export async function* readSpoolLines(path: string): AsyncIterable<string> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') yield line;
  }
}
