import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogBirthQuatLuu2018Csv, catalogCsvTexts, catalogPipelines } from '../../fixtures/generator/catalog-files.js';
import { CATALOG, severityOf } from '../../src/catalog/catalog.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { readJson, runInto } from '../run/run-helpers.js';
import { caseKey, observe, rowKey, type Observation } from './catalog-outputs.js';
import { CATALOG_CASES, INTERNAL_CODES, KNOWN_UNREACHABLE, type CatalogCase, type CatalogOutput } from './catalog-table.js';

// Issue requirement: every catalog code is produced by at least one fixture row
// and asserted in a test. hotich runs in-process on fixtures/catalog/ (written
// by fixtures/generator/catalog-*.ts) through its two pipeline files; each code
// must come out at the provenance, field and output test/catalog/catalog-table.ts
// gives it, and nothing else may come out of those rows.
let observed: Observation[] = [];
const outFolders: Record<string, string> = {};

beforeAll(async () => {
  for (const run of ['catalog', 'tone-style'] as const) {
    const { out } = await runInto({ pipeline: `fixtures/catalog/${run}.pipeline.json` });
    outFolders[run] = out;
    observed.push(...observe(run, out));
  }
});

const nonInternal = CATALOG.filter((entry) => entry.internal !== true).map((entry) => entry.code);
const tableCodes = new Set(CATALOG_CASES.map((entry) => entry.code));
const unreachable = new Set(KNOWN_UNREACHABLE.map((entry) => entry.code));
const FILE_LEVEL: ReadonlySet<CatalogOutput> = new Set(['manifest.inputs', 'summary.problems']);

const sameCase = (entry: Omit<CatalogCase, 'names'>) => (candidate: Observation) => caseKey(candidate) === caseKey(entry);

describe('catalog coverage', () => {
  it('exempts exactly the internal codes (hotich bugs) from needing a fixture row', () => {
    const internal = CATALOG.filter((entry) => entry.internal === true).map((entry) => entry.code);
    expect([...internal].sort()).toEqual([...INTERNAL_CODES].sort());
    for (const code of internal) expect(tableCodes.has(code) || unreachable.has(code), code).toBe(false);
  });

  it('has a fixture row for every other catalog code, or a documented reason why none can exist', () => {
    const covered = [...tableCodes, ...unreachable].sort();
    expect(new Set(covered).size, 'a code is both in the table and in KNOWN_UNREACHABLE').toBe(covered.length);
    expect(covered).toEqual([...nonInternal].sort());
    for (const { code, reason, where } of KNOWN_UNREACHABLE) {
      expect(reason.length, code).toBeGreaterThan(20);
      expect(where, code).toMatch(/^src\/.+\.ts:\d+$/);
    }
  });

  it('produces no code listed as unreachable: if one shows up, move it into the table', () => {
    const produced = new Set(observed.map((observation) => observation.code));
    for (const { code } of KNOWN_UNREACHABLE) expect(produced.has(code), code).toBe(false);
  });

  it.each(CATALOG_CASES.map((entry) => [entry.code, entry.output, entry] as const))(
    '%s in %s at its row and field',
    (_code, _output, entry) => {
      const hits = observed.filter(sameCase(entry));
      const nearby = observed.filter((candidate) => candidate.code === entry.code || rowKey(candidate) === rowKey(entry));
      expect(hits, `${caseKey(entry)}\nfound on that row or elsewhere instead:\n${nearby.map(caseKey).join('\n')}`).toHaveLength(1);
      const [hit] = hits;
      if (entry.names !== undefined) expect(hit?.message).toContain(entry.names);
      // Errors and warnings carry the officer's message, filled in: no placeholder left.
      if (entry.output !== 'clean.notes') expect(hit?.message).not.toMatch(/\{\w+\}|^$/);
    },
  );

  it('produces nothing the table does not list: every other row of the fixtures is clean', () => {
    const expected = CATALOG_CASES.map(caseKey).sort();
    const actual = observed.map(caseKey).sort();
    expect(actual).toEqual(expected);
  });
});

describe('catalog fixtures', () => {
  it('are what fixtures/generator/catalog-*.ts writes (text files; run npm run fixtures after changing it)', () => {
    const onDisk = (name: string): string => readFileSync(join('fixtures/catalog', name), 'utf8');
    for (const [name, text] of Object.entries(catalogCsvTexts())) expect(onDisk(`249-binh-xuyen/${name}`), name).toBe(text);
    for (const [name, pipeline] of Object.entries(catalogPipelines)) expect(JSON.parse(onDisk(name)), name).toEqual(pipeline);
    const quatLuu = onDisk('249-binh-xuyen/birth-quat-luu-2018.csv');
    expect(quatLuu.split('\r\n').filter((line) => line !== '')).toHaveLength(catalogBirthQuatLuu2018Csv.lines.length);
    expect(quatLuu).toContain('2,62218E+11');
  });
});

describe('severity routing', () => {
  it('writes errors only on rejected rows, warnings and notes only on clean rows unless the row is rejected for an error', () => {
    const rowsWithErrors = new Set(observed.filter((observation) => observation.output === 'rejected.errors').map(rowKey));
    const rejectedRows = new Set(observed.filter((observation) => observation.output.startsWith('rejected.')).map(rowKey));
    for (const observation of observed) {
      const severity = severityOf(observation.code);
      const where = `${observation.code} (${severity}) at ${caseKey(observation)}`;
      if (FILE_LEVEL.has(observation.output)) {
        expect(observation.output === 'manifest.inputs' ? severity === 'error' : true, where).toBe(true);
        continue;
      }
      const expected: Record<typeof severity, CatalogOutput[]> = {
        error: ['rejected.errors'],
        // A row merged into a record loaded before is in no clean batch: duplicates.jsonl carries its warnings.
        warning: rowsWithErrors.has(rowKey(observation)) ? ['rejected.warnings'] : ['clean.warnings', 'duplicates.warnings'],
        note: ['clean.notes'],
      };
      expect(expected[severity], where).toContain(observation.output);
      // A rejected row has at least one error; a clean row none.
      expect(rejectedRows.has(rowKey(observation)), where).toBe(rowsWithErrors.has(rowKey(observation)));
    }
  });

  it('routes each table entry by its catalog severity', () => {
    const rowsWithErrors = new Set(CATALOG_CASES.filter((entry) => entry.output === 'rejected.errors').map(rowKey));
    for (const entry of CATALOG_CASES) {
      const severity = severityOf(entry.code);
      const allowed: CatalogOutput[] = entry.row === null
        ? severity === 'error' ? ['manifest.inputs', 'summary.problems'] : ['summary.problems']
        : severity === 'error' ? ['rejected.errors']
          : severity === 'warning' ? (rowsWithErrors.has(rowKey(entry)) ? ['rejected.warnings'] : ['clean.warnings', 'duplicates.warnings'])
            : ['clean.notes'];
      expect(allowed, `${entry.code} (${severity})`).toContain(entry.output);
    }
  });

  it('names an unreadable file in the manifest of every record type of its district, with no rows taken from it', () => {
    for (const entry of CATALOG_CASES.filter((candidate) => candidate.output === 'manifest.inputs')) {
      for (const type of RECORD_TYPE_NAMES) {
        const manifest = readJson(join(outFolders[entry.run] ?? '', entry.district, type, 'manifest.json'));
        const input = (manifest.inputs as { file: string; rows: number; error?: { code: string } }[]).find((candidate) => candidate.file === entry.file);
        expect(input, `${type} ${entry.file}`).toMatchObject({ rows: 0, error: { code: entry.code } });
      }
    }
  });
});
