import type { CatalogEntry, Severity } from './catalog-entry.js';
import { CATALOG } from './catalog.js';

const SEVERITY_TEXT: Record<Severity, string> = {
  error: 'error — the row is rejected',
  warning: 'warning — kept, listed for the officer',
  note: 'note — automatic correction, kept in the audit trail',
};

/** docs/errors.md: every problem code, grouped by severity, in catalog order. */
export function renderErrorDocs(catalog: readonly CatalogEntry[] = CATALOG): string {
  const lines = [
    '# hotich problem codes',
    '',
    '<!-- Generated from src/catalog by `npm run docs:errors`; do not edit by hand. -->',
    '',
    'Every problem hotich reports has a stable code. **error**: the row is rejected (rejected.jsonl, errors.xlsx);',
    '**warning**: the record is kept and the value is listed for an officer to check (record `warnings`, errors.xlsx);',
    '**note**: an automatic correction, kept in the record\'s audit trail (`notes`) and counted in errors.xlsx.',
    'Codes marked *internal* signal a hotich defect, not bad input.',
    '',
    `${catalog.length} codes.`,
    '',
  ];
  for (const severity of ['error', 'warning', 'note'] as const) {
    lines.push(`## ${SEVERITY_TEXT[severity]}`, '');
    lines.push('| code | field | description | message (Vietnamese) | suggested fix |', '| --- | --- | --- | --- | --- |');
    for (const entry of catalog.filter((candidate) => candidate.severity === severity)) {
      const code = entry.internal ? `\`${entry.code}\` *(internal)*` : `\`${entry.code}\``;
      lines.push(`| ${code} | ${entry.field} | ${cell(entry.description)} | ${cell(entry.messageVi)} | ${cell(entry.fixVi ?? '')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
