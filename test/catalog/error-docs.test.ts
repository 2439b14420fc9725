import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/catalog/catalog.js';
import { renderErrorDocs } from '../../src/catalog/render-docs.js';

describe('docs/errors.md', () => {
  it('matches the catalog (regenerate with npm run docs:errors)', () => {
    const checkedIn = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'errors.md'), 'utf8');
    expect(checkedIn).toBe(renderErrorDocs());
  });

  it('lists every code once', () => {
    const text = renderErrorDocs();
    for (const entry of CATALOG) expect(text.split(`\`${entry.code}\``).length - 1, entry.code).toBe(1);
  });
});

describe('the catalog', () => {
  it('has unique codes, a Vietnamese message and an English description for each', () => {
    const codes = CATALOG.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of CATALOG) {
      expect(entry.code, entry.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.messageVi.length, entry.code).toBeGreaterThan(10);
      expect(entry.description.length, entry.code).toBeGreaterThan(10);
      // Officer-facing text is Vietnamese: it carries Vietnamese letters.
      expect(entry.messageVi, entry.code).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
    }
  });
});
