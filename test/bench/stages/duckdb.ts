/**
 * The DuckDB baseline for the dedup stage: the same DedupRecords loaded into
 * DuckDB, the same blocking as a SQL self-join on the same keys (a pair
 * tagged with its first rule, keys shared by more than 1 000 records
 * skipped), the same comparison levels and weights in SQL (duckdb-sql.ts),
 * decisions by the spec's thresholds. Loading is timed apart from blocking and
 * scoring; DuckDB uses `threads` threads.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DEFAULT_MAX_BLOCK_SIZE } from '../../../src/dedup/blocking.js';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../../src/record-types/registry.js';
import { dumpPath } from './dedup-records.js';
import { decisionQuery, MACROS, quote } from './duckdb-sql.js';
import { reportStage, stageArguments } from './stage-io.js';

const { dumpFolder, threads } = stageArguments<{ dumpFolder: string; threads: number }>();
const TYPES = Object.keys(RECORD_TYPES) as RecordTypeName[];

export interface DuckdbTypeFigures {
  records: number;
  loadSeconds: number;
  blockingSeconds: number;
  scoringSeconds: number;
  candidatePairs: number;
  byRule: Record<string, number>;
  decisions: { merge: number; review: number; distinct: number };
  /** Comparisons of the spec the SQL does not reproduce (none expected). */
  notCompared: string[];
}

/** Value field names of a dump (every record of a type has the same ones). */
async function valueFields(path: string): Promise<string[]> {
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line !== '') return Object.keys((JSON.parse(line) as { values: object }).values);
  }
  return [];
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

async function deduplicateType(connection: DuckDBConnection, type: RecordTypeName): Promise<DuckdbTypeFigures | null> {
  const path = dumpPath(dumpFolder, type);
  if (!existsSync(path)) return null;
  const spec = RECORD_TYPES[type].dedup;
  const fields = await valueFields(path);
  const struct = `STRUCT(${fields.map((field) => `"${field}" VARCHAR`).join(', ')})`;
  const rules = `[${spec.blockingRules.map((rule) => quote(rule.name)).join(', ')}]`;
  const [, loadSeconds] = await timed(async () => {
    await connection.run(`CREATE OR REPLACE TABLE base AS SELECT row_number() OVER () AS idx, "values", blockingKeys FROM read_json(${quote(path)},
      format = 'newline_delimited', columns = {id: 'VARCHAR', "values": '${struct}', blockingKeys: 'VARCHAR[]'})`);
    await connection.run('CREATE OR REPLACE TABLE rec AS SELECT idx, "values".* FROM base');
    await connection.run(`CREATE OR REPLACE TABLE keys AS SELECT idx, CAST(list_position(${rules}, split_part(key, ':', 1)) - 1 AS INTEGER) AS rule, key
      FROM (SELECT idx, unnest(blockingKeys) AS key FROM base)`);
    await connection.run('DROP TABLE base');
  });
  const [, blockingSeconds] = await timed(() =>
    connection.run(`CREATE OR REPLACE TABLE pairs AS
      WITH usable AS (SELECT key FROM keys GROUP BY key HAVING count(*) BETWEEN 2 AND ${DEFAULT_MAX_BLOCK_SIZE}),
           k AS (SELECT keys.* FROM keys SEMI JOIN usable USING (key))
      SELECT a.idx AS i, b.idx AS j, min(a.rule) AS rule FROM k a JOIN k b ON a.key = b.key AND a.idx < b.idx GROUP BY ALL`),
  );
  const query = decisionQuery(spec);
  const [decisionRows, scoringSeconds] = await timed(async () => (await connection.runAndReadAll(query.sql)).getRowObjects());
  const ruleRows = (await connection.runAndReadAll('SELECT rule, count(*) AS pairs FROM pairs GROUP BY rule ORDER BY rule')).getRowObjects();
  const records = (await connection.runAndReadAll('SELECT count(*) AS n FROM rec')).getRowObjects()[0]?.n;
  const decisions = { merge: 0, review: 0, distinct: 0 };
  for (const row of decisionRows) decisions[row.decision as keyof typeof decisions] = Number(row.pairs);
  const byRule = Object.fromEntries(spec.blockingRules.map((rule) => [rule.name, 0]));
  for (const row of ruleRows) byRule[spec.blockingRules[Number(row.rule)]?.name ?? `#${String(row.rule)}`] = Number(row.pairs);
  return {
    records: Number(records),
    loadSeconds,
    blockingSeconds,
    scoringSeconds,
    candidatePairs: Object.values(byRule).reduce((sum, pairs) => sum + pairs, 0),
    byRule,
    decisions,
    notCompared: query.missing,
  };
}

await reportStage(async () => {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  for (const macro of MACROS) await connection.run(macro);
  const byType: Partial<Record<RecordTypeName, DuckdbTypeFigures>> = {};
  let loadSeconds = 0;
  for (const type of TYPES) {
    const figures = await deduplicateType(connection, type);
    if (!figures) continue;
    byType[type] = figures;
    loadSeconds += figures.loadSeconds;
  }
  connection.disconnectSync();
  // The comparable figure is blocking + scoring; loading is reported apart.
  return { byType, threads, loadSeconds, excludedSeconds: loadSeconds };
});
