import { z } from 'zod';

/**
 * Dotted column names of a record schema, in schema order: objects are
 * flattened ('child.birthDate'), arrays and records stay one column each.
 */
export function flatColumns(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      flatColumns(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

/** Each column list's paths split once (a batch writes every row with the same list). */
const splitColumns = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** The record's value at each dotted column; arrays and objects as compact text. */
export function flatValues(record: unknown, columns: readonly string[]): string[] {
  let paths = splitColumns.get(columns);
  if (paths === undefined) splitColumns.set(columns, (paths = columns.map((column) => column.split('.'))));
  return paths.map((parts) => cellText(valueAt(record, parts)));
}

function valueAt(record: unknown, parts: readonly string[]): unknown {
  let current: unknown = record;
  for (const part of parts) {
    if (typeof current !== 'object' || current === null || !(part in current)) return null;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    // warnings / notes: their codes are what a reader filters on in Excel
    return value
      .map((item) => (typeof item === 'object' && item !== null && 'code' in item ? `${String(item.code)}@${'field' in item ? String(item.field) : ''}` : String(item)))
      .join('; ');
  }
  return Object.keys(value).length === 0 ? '' : JSON.stringify(value);
}
