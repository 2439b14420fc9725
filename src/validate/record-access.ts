/**
 * Paths already split. Paths are constants of the code (a few dozen), asked
 * for on every row; the cache stops growing at MAX_PATHS for any caller that
 * builds paths from data.
 */
const splitPaths = new Map<string, readonly string[]>();
const MAX_PATHS = 256;

function partsOf(path: string): readonly string[] {
  let parts = splitPaths.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    if (splitPaths.size < MAX_PATHS) splitPaths.set(path, parts);
  }
  return parts;
}

/** The value at a dotted path of a record under construction ('child.birthDate'), or null. */
export function valueAt(record: Readonly<Record<string, unknown>>, path: string): unknown {
  let current: unknown = record;
  for (const part of partsOf(path)) {
    if (typeof current !== 'object' || current === null) return null;
    current = (current as Record<string, unknown>)[part] ?? null;
  }
  return current ?? null;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A partial ISO date at that path, or null. */
export function dateAt(record: Readonly<Record<string, unknown>>, path: string): string | null {
  const value = valueAt(record, path);
  return typeof value === 'string' && PARTIAL_DATE.test(value) ? value : null;
}
