import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { loadPipeline } from '../config/load-pipeline.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../normalize/normalize-options.js';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../record-types/record-type.js';
import { earlierInputNames, filesFromGlobs, filesFromInputs, keepEarlierNames } from '../run/resolve-inputs.js';
import type { Job } from '../run/run-job.js';

/** The dedup registry's default file name inside the output folder. */
const REGISTRY_FILE = 'registry.sqlite';

export interface RunArguments {
  pipeline: string | undefined;
  districts: string[];
  type: string | undefined;
  out: string | undefined;
  inputs: string[];
  province: string | undefined;
  /** `--concurrency N` (districts at once). */
  concurrency?: string | undefined;
  /** `--workers N` (worker threads per district; 0 = main thread only). */
  workers?: string | undefined;
  /** `--keep-history N` (replaced batches kept per district and type). */
  keepHistory?: string | undefined;
  /** `--dry-run`. */
  dryRun?: boolean | undefined;
  /** `--allow-missing`: files missing from the inputs were withdrawn on purpose. */
  allowMissing?: boolean | undefined;
}

/** A whole-number option, at least `min`; undefined when not given. */
export function parseCount(option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new ConfigError(`--${option} ${value}: expected a whole number of at least ${min}`);
  return Number(value);
}

/** The run settings given on the command line, over those of the pipeline file. */
function runSettings(args: RunArguments, pipeline: { concurrency?: number | undefined; workers?: number | undefined; historyKeep?: number | undefined } = {}): Pick<Job, 'concurrency' | 'workers' | 'historyKeep' | 'dryRun' | 'allowMissing'> {
  const concurrency = parseCount('concurrency', args.concurrency, 1) ?? pipeline.concurrency;
  const workers = parseCount('workers', args.workers, 0) ?? pipeline.workers;
  const historyKeep = parseCount('keep-history', args.keepHistory, 0) ?? pipeline.historyKeep;
  return {
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(workers === undefined ? {} : { workers }),
    ...(historyKeep === undefined ? {} : { historyKeep }),
    dryRun: args.dryRun === true,
    ...(args.allowMissing === true ? { allowMissing: true } : {}),
  };
}

export function parseType(value: string | undefined): RecordTypeName | undefined {
  if (value === undefined) return undefined;
  const type = RECORD_TYPE_NAMES.find((name) => name === value);
  if (!type) throw new ConfigError(`--type ${value}: expected one of ${RECORD_TYPE_NAMES.join(', ')}`);
  return type;
}

/** Builds the job from a pipeline file (with --district/--type/--out filters) or from --input paths. */
export async function buildJob(args: RunArguments): Promise<Job> {
  const type = parseType(args.type);
  runSettings(args); // option errors first, before any file is looked at
  if (args.pipeline) {
    if (args.inputs.length > 0) throw new ConfigError('--input cannot be combined with a pipeline file');
    return jobFromPipeline(args.pipeline, args, type);
  }
  if (!type) throw new ConfigError('without a pipeline file, --type is required');
  if (args.districts.length !== 1) throw new ConfigError('without a pipeline file, give exactly one --district CODE');
  if (args.inputs.length === 0) throw new ConfigError('without a pipeline file, give at least one --input PATH');
  if (!args.out) throw new ConfigError('without a pipeline file, --out DIR is required');
  const district = args.districts[0] ?? '';
  if (!/^\d{3}$/.test(district)) throw new ConfigError(`--district ${district}: expected a three-digit district code`);
  const province = args.province ?? '26';
  if (!/^\d{2}$/.test(province)) throw new ConfigError(`--province ${province}: expected a two-digit province code`);
  return {
    pipeline: null,
    provinceCode: province,
    types: [type],
    outputFolder: resolve(args.out),
    options: DEFAULT_NORMALIZE_OPTIONS,
    headerAliases: {},
    // Names as an earlier run of this folder gave them: the record ids of a scheduled run stay the same.
    districts: [{ code: district, files: keepEarlierNames(await filesFromInputs(args.inputs, resolve(args.out)), earlierInputNames(resolve(args.out), district, [type])) }],
    registryPath: join(resolve(args.out), REGISTRY_FILE),
    ...runSettings(args),
  };
}

async function jobFromPipeline(path: string, args: RunArguments, type: RecordTypeName | undefined): Promise<Job> {
  const pipeline = loadPipeline(path);
  const folder = dirname(resolve(path));
  if (type && !pipeline.recordTypes.includes(type)) throw new ConfigError(`--type ${type}: the pipeline does not process this record type`);
  for (const code of args.districts) {
    if (!pipeline.districts.some((district) => district.code === code)) {
      throw new ConfigError(`--district ${code}: not in ${path} (has ${pipeline.districts.map((district) => district.code).join(', ')})`);
    }
  }
  const selected = pipeline.districts.filter((district) => args.districts.length === 0 || args.districts.includes(district.code));
  const inputRoot = resolve(folder, pipeline.inputRoot);
  const outputFolder = args.out ? resolve(args.out) : resolve(folder, pipeline.output);
  return {
    pipeline: path,
    provinceCode: pipeline.provinceCode,
    types: type ? [type] : pipeline.recordTypes,
    outputFolder,
    registryPath: pipeline.registry ? resolve(folder, pipeline.registry) : join(outputFolder, REGISTRY_FILE),
    options: pipeline.settings,
    headerAliases: pipeline.headerAliases,
    districts: await Promise.all(
      selected.map(async (district) => ({ code: district.code, files: await filesFromGlobs(district.inputs, folder, inputRoot, outputFolder), inputs: district.inputs })),
    ),
    ...runSettings(args, pipeline.run),
  };
}

/** The output folder `hotich runs` reads: `--out`, else the pipeline file's. */
export function outputFolderOf(pipelinePath: string | undefined, out: string | undefined): string {
  if (out) return resolve(out);
  if (!pipelinePath) throw new ConfigError('runs needs --out DIR or a pipeline file');
  return resolve(dirname(resolve(pipelinePath)), loadPipeline(pipelinePath).output);
}
