import { readFileSync } from 'node:fs';

/** hotich's version from package.json, two folders up from this module both in src/report and dist/report. */
export function hotichVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof packageJson.version === 'string' ? packageJson.version : 'không rõ';
}
