import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The JSON lines of a spool file, as text (blank lines skipped). */
export async function* readSpoolLines(path: string): AsyncIterable<string> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') yield line;
  }
}

