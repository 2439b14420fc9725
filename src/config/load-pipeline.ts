import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { VINH_PHUC_DISTRICTS as DISTRICTS } from '../reference/admin-units.js';
import { ConfigError } from './config-error.js';
import { pipelineSchema, type Pipeline } from './pipeline-schema.js';

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
  pipeline.districts.forEach((district, index) => {
    if (!DISTRICTS.some((known) => known.code === district.code)) {
      throw new ConfigError(`${path}: districts.${index}.code: "${district.code}" is not a district of Vĩnh Phúc (expected one of ${DISTRICTS.map((known) => known.code).join(', ')})`);
    }
  });
  return pipeline;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid pipeline file';
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}
