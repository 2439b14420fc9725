import { z } from 'zod';
import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';

const recordType = z.enum(RECORD_TYPE_NAMES);
const aliasMap = z.record(z.string(), z.array(z.string().min(1)));

/** Pipeline file (pipelines/*.json): what to read, per district, and where to write. */
export const pipelineSchema = z
  .object({
    /** GSO province code; Vĩnh Phúc is 26 (DOMAIN.md §1.2). */
    provinceCode: z.string().regex(/^\d{2}$/, 'expected a two-digit GSO province code such as "26"'),
    recordTypes: z.array(recordType).min(1).default([...RECORD_TYPE_NAMES]),
    /** Output folder, relative to the pipeline file. */
    output: z.string().min(1).default('../out'),
    /** Dedup registry (SQLite), relative to the pipeline file; default `<output>/registry.sqlite`. */
    registry: z.string().min(1).optional(),
    /** Provenance file names are relative to this folder (relative to the pipeline file). */
    inputRoot: z.string().min(1).default('.'),
    settings: z
      .object({
        toneStyle: z.enum(['as-written', 'old', 'new']).default('as-written'),
        /** Ethnic code list written to the batch; 2008 is QCVN 109:2017's. */
        ethnicityCodeList: z.enum(['1979', '2008']).default('2008'),
        /** Ethnic code list numeric codes in the source are in. */
        sourceEthnicityCodeList: z.enum(['1979', '2008']).default('2008'),
      })
      .strict()
      .default({ toneStyle: 'as-written', ethnicityCodeList: '2008', sourceEthnicityCodeList: '2008' }),
    /** How a run uses the machine and keeps replaced batches; `--concurrency`, `--workers`, `--keep-history` override. */
    run: z
      .object({
        /** Districts run at once (default: the machine's cores, at most the number of districts). */
        concurrency: z.number().int('expected a whole number').min(1, 'expected at least 1').optional(),
        /** 0 runs every district on the main thread; more runs each district in a worker thread (default: the machine's cores). */
        workers: z.number().int('expected a whole number').min(0, 'expected 0 or more').optional(),
        /** Replaced batches kept under `<district>/<type>/history/` (default 5; 0 keeps none). */
        historyKeep: z.number().int('expected a whole number').min(0, 'expected 0 or more').optional(),
      })
      .strict()
      .default({}),
    /** Extra header aliases per record type and column key, for templates of other books and years. */
    headerAliases: z.object({ birth: aliasMap, marriage: aliasMap, death: aliasMap }).partial().strict().default({}),
    districts: z
      .array(
        z
          .object({
            code: z.string().regex(/^\d{3}$/, 'expected a three-digit GSO district code such as "249"'),
            name: z.string().optional(),
            /** Globs relative to the pipeline file. */
            inputs: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type PipelineFile = z.input<typeof pipelineSchema>;
export type Pipeline = z.output<typeof pipelineSchema>;
