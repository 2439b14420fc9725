/**
 * Writes docs/errors.md from the catalog (npm run docs:errors). The test
 * test/catalog/error-docs.test.ts fails when the checked-in file drifts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderErrorDocs } from '../src/catalog/render-docs.js';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'errors.md'), renderErrorDocs());
