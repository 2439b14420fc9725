import { existsSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigError } from '../config/config-error.js';
import { READABLE_EXTENSIONS } from '../ingest/open-sheets.js';
import type { InputFile } from './run-district.js';

/**
 * Excel's lock files ('~$so-khai-sinh.xlsx') and hidden files or folders are
 * never registers. Filtered here rather than with tinyglobby's `ignore`, which
 * drops matches when a district's globs start from different folders.
 * (Globs skip hidden folders themselves: tinyglobby's `dot` is off.)
 */
function isRegisterName(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$');
}

/** Files matched by a district's globs (relative to the pipeline folder), named relative to the input root. */
export async function filesFromGlobs(patterns: readonly string[], pipelineFolder: string, inputRoot: string): Promise<InputFile[]> {
  const paths = await glob([...patterns], { cwd: pipelineFolder, absolute: true, onlyFiles: true, expandDirectories: false });
  return uniqueSorted(paths.filter((path) => isRegisterName(basename(path)))).map((path) => ({
    path,
    name: portable(relative(inputRoot, path)),
  }));
}

/** --input arguments: a file is named by its basename; a folder's registers by their path inside it. */
export async function filesFromInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    if (!existsSync(path)) throw new ConfigError(`--input ${input}: no such file or folder`);
    if (statSync(path).isFile()) {
      files.push({ path, name: basename(path) });
      continue;
    }
    const patterns = READABLE_EXTENSIONS.map((extension) => `**/*${extension}`);
    const found = await glob(patterns, { cwd: path, absolute: true, onlyFiles: true, caseSensitiveMatch: false });
    files.push(...uniqueSorted(found.filter((file) => portable(relative(path, file)).split('/').every(isRegisterName))).map((file) => ({ path: file, name: portable(relative(path, file)) })));
  }
  return files;
}

function uniqueSorted(paths: string[]): string[] {
  return [...new Set(paths.map((path) => resolve(path)))].sort();
}

function portable(path: string): string {
  return path.split(sep).join('/');
}
