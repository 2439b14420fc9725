/** The value at a dotted path of a record under construction ('child.birthDate'), or null. */
export function valueAt(record: Readonly<Record<string, unknown>>, path: string): unknown {
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return null;
    current = (current as Record<string, unknown>)[part] ?? null;
  }
  return current ?? null;
}

/** A partial ISO date at that path, or null. */
export function dateAt(record: Readonly<Record<string, unknown>>, path: string): string | null {
  const value = valueAt(record, path);
  return typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : null;
}
