import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { compileShapeGuard, type ShapeGuard } from '../../src/record-types/shape-guard.js';

// The guard may only ever say yes to what zod says yes to (processRow then skips zod); on anything
// else zod decides as before. These tests hold it to that, and check it does say yes to real records.

const GOLDEN = 'test/golden';

function goldenRecords(type: RecordTypeName): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (const district of readdirSync(GOLDEN)) {
    let text = '';
    try {
      text = readFileSync(join(GOLDEN, district, type, 'clean.jsonl'), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) if (line !== '') records.push(JSON.parse(line) as Record<string, unknown>);
  }
  return records;
}

function guardOf(type: RecordTypeName): ShapeGuard {
  const guard = compileShapeGuard(RECORD_TYPES[type].schema);
  if (guard === null) throw new Error(`no guard for ${type}`);
  return guard;
}

/** A copy of `record` with the value at `path` replaced, or removed when `value` is the marker. */
const REMOVE = Symbol('remove');
function withValue(record: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof record !== 'object' || record === null || head === undefined) return record;
  if (Array.isArray(record)) {
    const copy: unknown[] = [...record];
    if (typeof head !== 'number') return copy;
    if (rest.length === 0 && value === REMOVE) delete copy[head];
    else copy[head] = withValue(copy[head], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...record };
  const key = String(head);
  if (rest.length === 0 && value === REMOVE) delete copy[key];
  else copy[key] = withValue(copy[key], rest, value);
  return copy;
}

/** Every path of a JSON value, containers included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

/** Values that break a field in every way zod could notice, plus ones it accepts. */
const strangeValue = fc.oneof(
  fc.constantFrom(undefined, null, '', '1990', '1990-02-30', '26', '123', '08953', 'VN', 'vn', 'male', 'Male', 0, -1, 1.5, NaN, Infinity, 2 ** 53, true, [], {}, [null], { code: 'X' }, REMOVE),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
  fc.array(fc.record({ code: fc.string(), field: fc.string(), message: fc.string() })),
  fc.array(fc.record({ code: fc.string(), field: fc.string(), from: fc.string(), to: fc.string(), source: fc.option(fc.string(), { nil: undefined }) })),
);

describe('compileShapeGuard on the record types', () => {
  for (const type of RECORD_TYPE_NAMES) {
    const schema = RECORD_TYPES[type].schema;
    const records = goldenRecords(type);

    it(`${type}: has a guard, and it passes the golden clean records (which zod passes too)`, () => {
      const guard = guardOf(type);
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect(schema.safeParse(record).success).toBe(true);
        expect(guard(record)).toBe(true);
      }
    });

    it(`${type}: says yes only when zod does, on records with one field changed or removed`, () => {
      const guard = guardOf(type);
      const paths = records.flatMap((record, index) => pathsOf(record).map((path) => ({ index, path })));
      let refused = 0;
      fc.assert(
        fc.property(fc.constantFrom(...paths), strangeValue, ({ index, path }, value) => {
          const changed = withValue(records[index], path, value);
          const accepted = guard(changed);
          if (!accepted) refused++;
          if (accepted) expect(schema.safeParse(changed).success).toBe(true);
        }),
        { numRuns: 3000 },
      );
      expect(refused).toBeGreaterThan(0); // it does say no (and hands those records to zod)
    });

    it(`${type}: says yes only when zod does, on arbitrary values`, () => {
      const guard = guardOf(type);
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true }), (value) => {
          if (guard(value)) expect(schema.safeParse(value).success).toBe(true);
        }),
      );
    });
  }
});

describe('compileShapeGuard on constructs', () => {
  it('agrees with zod on small schemas of every known construct', () => {
    const schemas = [
      z.object({ a: z.string().regex(/^\d{2}$/), b: z.number().int().positive(), c: z.enum(['x', 'y']).nullable(), d: z.literal('t') }),
      z.object({ list: z.array(z.object({ code: z.string() })), raw: z.record(z.string(), z.string()), note: z.string().optional() }),
      z.number().int().gte(1).lte(10),
    ];
    for (const schema of schemas) {
      const guard = compileShapeGuard(schema);
      expect(guard).not.toBeNull();
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (value) => {
          if (guard?.(value) === true) expect(schema.safeParse(value).success).toBe(true);
        }),
      );
    }
    const guard = compileShapeGuard(schemas[0] ?? z.never());
    expect(guard?.({ a: '12', b: 3, c: null, d: 't', extra: 1 })).toBe(true); // unknown keys: zod strips them
    expect(guard?.({ a: '123', b: 3, c: null, d: 't' })).toBe(false);
    expect(guard?.({ a: '12', b: 0, c: 'x', d: 't' })).toBe(false);
    expect(guard?.({ a: '12', b: 3, d: 't' })).toBe(false); // c missing: nullable is not optional
  });

  it('an optional field may be absent; present, it must hold a value (exactOptional refuses undefined)', () => {
    const optional = compileShapeGuard(z.object({ note: z.string().optional() }));
    const exact = compileShapeGuard(z.object({ note: z.string().exactOptional() }));
    expect(optional?.({})).toBe(true);
    expect(exact?.({})).toBe(true);
    expect(z.object({ note: z.string().exactOptional() }).safeParse({ note: undefined }).success).toBe(false);
    expect(exact?.({ note: undefined })).toBe(false);
    expect(optional?.({ note: 'x' })).toBe(true);
    expect(optional?.({ note: 1 })).toBe(false);
  });

  it('gives no guard for constructs it does not know', () => {
    for (const schema of [
      z.string().email(),
      z.string().min(2),
      z.string().refine((text) => text !== 'x'),
      z.string().transform((text) => text.trim()),
      z.string().default('x'),
      z.object({ a: z.string() }).strict(),
      z.union([z.string(), z.number()]),
      z.coerce.string(),
      z.record(z.string().regex(/^a/), z.string()),
      z.string().regex(/a/g),
    ]) {
      expect(compileShapeGuard(schema)).toBeNull();
    }
  });

  it('quotes keys safely', () => {
    const guard = compileShapeGuard(z.object({ "a'b\"c\\d\n": z.string(), '__proto__x': z.string() }));
    expect(guard?.({ "a'b\"c\\d\n": 'v', '__proto__x': 'w' })).toBe(true);
    expect(guard?.({ "a'b\"c\\d\n": 1, '__proto__x': 'w' })).toBe(false);
  });
});
