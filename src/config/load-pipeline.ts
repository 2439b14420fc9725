import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { VINH_PHUC_DISTRICTS as DISTRICTS } from '../reference/admin-units.js';
import { ConfigError } from './config-error.js';
import { pipelineSchema, type Pipeline } from './pipeline-schema.js';

/** GSO code of Vĩnh Phúc, the province whose districts a pipeline lists. */
const VINH_PHUC_PROVINCE_CODE = '26';

/** Reads and validates a pipeline file; every problem is a ConfigError naming the JSON path. */
export function loadPipeline(path: string): Pipeline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the pipeline file (${error instanceof Error ? error.message : String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = pipelineSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(`${path}: ${describeIssue(parsed.error.issues[0])}`);
  const pipeline = parsed.data;
  // The districts below are Vĩnh Phúc's: another province's code would label every record with it.
  if (pipeline.provinceCode !== VINH_PHUC_PROVINCE_CODE) {
    throw new ConfigError(`${path}: provinceCode: "${pipeline.provinceCode}" is not Vĩnh Phúc's (expected "${VINH_PHUC_PROVINCE_CODE}")`);
  }
  const seen = new Map<string, number>();
  pipeline.districts.forEach((district, index) => {
    if (!DISTRICTS.some((known) => known.code === district.code)) {
      throw new ConfigError(`${path}: districts.${index}.code: "${district.code}" is not a district of Vĩnh Phúc (expected one of ${DISTRICTS.map((known) => known.code).join(', ')})`);
    }
    // Two entries of one district would replace each other's batches in one run.
    const earlier = seen.get(district.code);
    if (earlier !== undefined) {
      throw new ConfigError(`${path}: districts.${index}.code: "${district.code}" is already districts.${earlier}; list all of a district's inputs in one entry`);
    }
    seen.set(district.code, index);
  });
  return pipeline;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid pipeline file';
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}
