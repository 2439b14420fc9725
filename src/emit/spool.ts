import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The JSON lines of a spool file, one parsed object at a time. */
export async function* readSpool(path: string): AsyncIterable<Record<string, unknown>> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') yield JSON.parse(line) as Record<string, unknown>;
  }
}
