import type { CatalogEntry, Severity } from './catalog-entry.js';
import { codedFieldCodes } from './coded-field-codes.js';
import { dateCodes } from './date-codes.js';
import { dedupCodes } from './dedup-codes.js';
import { ingestCodes } from './ingest-codes.js';
import { nameCodes } from './name-codes.js';
import { placeCodes } from './place-codes.js';
import { textCodes } from './text-codes.js';
import { validationCodes } from './validation-codes.js';

/** Every problem code hotich reports, in one explicit list (docs/errors.md is generated from it). */
export const CATALOG: readonly CatalogEntry[] = [
  ...ingestCodes,
  ...textCodes,
  ...nameCodes,
  ...dateCodes,
  ...codedFieldCodes,
  ...placeCodes,
  ...validationCodes,
  ...dedupCodes,
];

const byCode = new Map(CATALOG.map((entry) => [entry.code, entry]));

export function catalogEntry(code: string): CatalogEntry | undefined {
  return byCode.get(code);
}

/** A severity as the officer reads it (errors.xlsx, report.html, `check`). */
export const SEVERITY_VI: Readonly<Record<Severity, string>> = { error: 'Lỗi', warning: 'Cảnh báo', note: 'Tự sửa' };

/** Unknown codes are treated as errors: a problem nobody described must not slip into a clean batch. */
export function severityOf(code: string): Severity {
  return byCode.get(code)?.severity ?? 'error';
}

/** The Vietnamese message for a code with its placeholders filled in. */
export function messageVi(code: string, params: Record<string, string | number | undefined> = {}): string {
  const template = byCode.get(code)?.messageVi ?? code;
  return fill(template, params);
}

/** The short Vietnamese title of a code (summary.xlsx 'Lỗi, cảnh báo thường gặp'); the code itself when unknown. */
export function titleVi(code: string): string {
  return byCode.get(code)?.titleVi ?? code;
}

export function fixVi(code: string, params: Record<string, string | number | undefined> = {}): string | undefined {
  const template = byCode.get(code)?.fixVi;
  return template === undefined ? undefined : fill(template, params);
}

function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
