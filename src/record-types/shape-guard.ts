/**
 * A fast pre-check for a record type's zod schema, generated from the schema
 * itself so the two cannot drift. It answers true only for values the schema
 * accepts — on every construct it knows it is at least as strict as zod — and
 * false for anything else, including anything merely unusual; on false the
 * caller runs the schema as before. The verdict is therefore always zod's: the
 * guard only spares the allocations of zod's parse for the records that pass,
 * which is nearly all of them (test/record-types/shape-guard.test.ts checks
 * guard ⇒ zod on random values, and that clean records pass).
 *
 * Known constructs: object (zod's default: unknown keys allowed and stripped),
 * string with regex checks, number with safeint / greater_than / less_than
 * checks, nullable, enum of strings, literal, array, record of plain string →
 * plain string, and optional object fields. A schema using anything else
 * (refinements, transforms, defaults, coercion, …) gets no guard:
 * compileShapeGuard returns null and every record goes through zod.
 *
 * The checks are generated as one function (like zod's own JIT) so that every
 * property read has its own inline cache: a tree of closures measured slower
 * than zod itself.
 */
import type { z } from 'zod';

export type ShapeGuard = (value: unknown) => boolean;

interface CheckDef {
  check?: unknown;
  format?: unknown;
  pattern?: unknown;
  value?: unknown;
  inclusive?: unknown;
  when?: unknown;
}

interface SchemaDef {
  type?: unknown;
  checks?: readonly { _zod: { def: CheckDef } }[];
  coerce?: unknown;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  mode?: unknown;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
}

/** What the generated code refers to: regexes and member sets, by position. */
interface Constants {
  patterns: RegExp[];
  sets: Set<unknown>[];
}

/** The guard for a schema, or null when the schema uses a construct the guard does not know. */
export function compileShapeGuard(schema: z.ZodType): ShapeGuard | null {
  const constants: Constants = { patterns: [], sets: [] };
  const generator = new Generator(constants);
  const body = generator.check(schema, 'value');
  if (body === null) return null;
  const source = `${generator.helpers()}\n${body}\nreturn true;`;
  // The source is built from the schema's structure only; keys are quoted with JSON.stringify.
  const compiled: unknown = new Function('value', 'patterns', 'sets', source);
  if (typeof compiled !== 'function') return null;
  const { patterns, sets } = constants;
  return (value) => compiled(value, patterns, sets) === true;
}

/**
 * Compiled guards by schema, for one run (or one file read on its own): each
 * compileShapeGuard is new code that V8 must warm up again, so a district's
 * files share theirs.
 */
export class ShapeGuards {
  private readonly bySchema = new Map<z.ZodType, ShapeGuard | null>();

  of(schema: z.ZodType): ShapeGuard | null {
    let guard = this.bySchema.get(schema);
    if (guard === undefined) this.bySchema.set(schema, (guard = compileShapeGuard(schema)));
    return guard;
  }
}

function defOf(schema: z.ZodType): SchemaDef {
  return schema._zod.def as SchemaDef;
}

class Generator {
  private variables = 0;
  private usesPlainObject = false;

  constructor(private readonly constants: Constants) {}

  /** Helper functions the body calls. */
  helpers(): string {
    if (!this.usesPlainObject) return '';
    // zod's isPlainObject, narrowed: Object.prototype or null prototype, no own `constructor` function.
    return [
      'function isPlainObject(v) {',
      "  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;",
      '  const p = Object.getPrototypeOf(v);',
      '  if (p !== Object.prototype && p !== null) return false;',
      "  const c = Object.getOwnPropertyDescriptor(v, 'constructor');",
      "  return c === undefined || typeof c.value !== 'function';",
      '}',
    ].join('\n');
  }

  /** Statements that `return false` unless `variable` passes the schema; null for an unknown construct. */
  check(schema: z.ZodType, variable: string): string | null {
    const def = defOf(schema);
    const checks = def.checks ?? [];
    if (def.coerce === true) return null;
    switch (def.type) {
      case 'string':
        return this.string(checks, variable);
      case 'number':
        return this.number(checks, variable);
      case 'nullable':
        return checks.length > 0 || def.innerType === undefined ? null : this.nullable(def.innerType, variable);
      case 'enum':
        return checks.length > 0 || def.entries === undefined ? null : this.enumeration(def.entries, variable);
      case 'literal':
        return checks.length > 0 || def.values === undefined ? null : this.members(def.values, variable);
      case 'array':
        return checks.length > 0 || def.element === undefined ? null : this.array(def.element, variable);
      case 'record':
        return checks.length > 0 || def.mode !== undefined ? null : this.record(def, variable);
      case 'object':
        return checks.length > 0 || def.catchall !== undefined || def.shape === undefined ? null : this.object(def.shape, variable);
      default:
        return null;
    }
  }

  private variable(): string {
    return `v${this.variables++}`;
  }

  private string(checks: NonNullable<SchemaDef['checks']>, variable: string): string | null {
    const lines = [`if (typeof ${variable} !== 'string') return false;`];
    for (const { _zod } of checks) {
      const check = _zod.def;
      if (check.when !== undefined || check.check !== 'string_format' || check.format !== 'regex') return null;
      // A global or sticky pattern keeps state between tests: leave such schemas to zod.
      if (!(check.pattern instanceof RegExp) || check.pattern.global || check.pattern.sticky) return null;
      const index = this.constants.patterns.push(check.pattern) - 1;
      lines.push(`if (!patterns[${index}].test(${variable})) return false;`);
    }
    return lines.join('\n');
  }

  private number(checks: NonNullable<SchemaDef['checks']>, variable: string): string | null {
    const lines = [`if (typeof ${variable} !== 'number' || !Number.isFinite(${variable})) return false;`];
    for (const { _zod } of checks) {
      const check = _zod.def;
      if (check.when !== undefined) return null;
      if (check.check === 'number_format' && check.format === 'safeint') {
        lines.push(`if (!Number.isSafeInteger(${variable})) return false;`);
      } else if ((check.check === 'greater_than' || check.check === 'less_than') && typeof check.value === 'number' && Number.isFinite(check.value)) {
        const operator = check.check === 'greater_than' ? (check.inclusive === true ? '>=' : '>') : check.inclusive === true ? '<=' : '<';
        lines.push(`if (!(${variable} ${operator} ${String(check.value)})) return false;`);
      } else {
        return null;
      }
    }
    return lines.join('\n');
  }

  private nullable(inner: z.ZodType, variable: string): string | null {
    const body = this.check(inner, variable);
    return body === null ? null : `if (${variable} !== null) {\n${body}\n}`;
  }

  /** z.enum(['a', 'b']) only (entries { a: 'a', b: 'b' }); TypeScript enums, whose reverse mappings zod drops, are left to zod. */
  private enumeration(entries: Record<string, unknown>, variable: string): string | null {
    const pairs = Object.entries(entries);
    return pairs.every(([key, value]) => key === value) ? this.members(pairs.map(([, value]) => value), variable) : null;
  }

  private members(members: readonly unknown[], variable: string): string | null {
    if (!members.every((member) => typeof member === 'string' || typeof member === 'number' || typeof member === 'boolean')) return null;
    const index = this.constants.sets.push(new Set<unknown>(members)) - 1;
    return `if (!sets[${index}].has(${variable})) return false;`;
  }

  private array(element: z.ZodType, variable: string): string | null {
    const index = this.variable();
    const item = this.variable();
    const body = this.check(element, item);
    if (body === null) return null;
    return [
      `if (!Array.isArray(${variable})) return false;`,
      `for (let ${index} = 0; ${index} < ${variable}.length; ${index}++) {`,
      // A hole reads as undefined in zod: never a valid element here.
      `if (!(${index} in ${variable})) return false;`,
      `const ${item} = ${variable}[${index}];`,
      body,
      '}',
    ].join('\n');
  }

  /** Plain string → plain string only; every own key must be an enumerable data property holding a string. */
  private record(def: SchemaDef, variable: string): string | null {
    if (def.keyType === undefined || def.valueType === undefined) return null;
    const plainString = (d: SchemaDef): boolean => d.type === 'string' && (d.checks ?? []).length === 0 && d.coerce !== true;
    if (!plainString(defOf(def.keyType)) || !plainString(defOf(def.valueType))) return null;
    this.usesPlainObject = true;
    const key = this.variable();
    const descriptor = this.variable();
    return [
      `if (!isPlainObject(${variable})) return false;`,
      `for (const ${key} of Reflect.ownKeys(${variable})) {`,
      `if (typeof ${key} !== 'string' || ${key} === '__proto__') return false;`,
      `const ${descriptor} = Object.getOwnPropertyDescriptor(${variable}, ${key});`,
      `if (${descriptor} === undefined || !${descriptor}.enumerable || typeof ${descriptor}.value !== 'string') return false;`,
      '}',
    ].join('\n');
  }

  private object(shape: Record<string, z.ZodType>, variable: string): string | null {
    const lines = [`if (typeof ${variable} !== 'object' || ${variable} === null || Array.isArray(${variable})) return false;`];
    for (const [key, schema] of Object.entries(shape)) {
      const field = this.variable();
      // The key as a JSON string literal: any text, safely quoted.
      const quoted = JSON.stringify(key);
      const def = defOf(schema);
      if (def.type === 'optional') {
        // An optional field may be absent (zod then ignores it); present, it must hold a valid value —
        // undefined included, which plain .optional() would accept but exactOptional would not.
        const body = (def.checks ?? []).length === 0 && def.innerType !== undefined ? this.check(def.innerType, field) : null;
        if (body === null) return null;
        lines.push(`if (${quoted} in ${variable}) {\nconst ${field} = ${variable}[${quoted}];\nif (${field} === undefined) return false;\n${body}\n}`);
        continue;
      }
      const body = this.check(schema, field);
      if (body === null) return null;
      lines.push(`{\nconst ${field} = ${variable}[${quoted}];\n${body}\n}`);
    }
    return lines.join('\n');
  }
}
