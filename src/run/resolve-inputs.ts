import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigError } from '../config/config-error.js';
import { ARCHIVE_EXTENSION, registersInArchive } from '../ingest/archive-registers.js';
import { READABLE_EXTENSIONS, REGISTER_EXTENSIONS, UNREAD_SPREADSHEET_EXTENSIONS } from '../ingest/open-sheets.js';
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

/**
 * Files matched by a district's globs (relative to the pipeline folder), named relative to the
 * input root. Extensions match in any case ('KH-2016.XLSX' is read by '249/*.xlsx'). A glob for
 * a readable format ('249/*.xlsx') also takes the spreadsheets of unread formats beside its
 * matches ('249/*.xls'), so that a book saved as .xls is reported, and so does a ZIP of books.
 * A wildcard that ends in no register extension ('249/*') takes only spreadsheets, CSV files and
 * ZIPs of books, as a folder given with --input does: a book is delivered with a ZIP of its scanned
 * pages (DOMAIN.md §3.5), and Windows leaves 'Thumbs.db' and 'desktop.ini' beside it, none of them
 * a register to report every night (withBookArchives). A file named without a wildcard is read
 * whatever its extension.
 */
export async function filesFromGlobs(patterns: readonly string[], pipelineFolder: string, inputRoot: string, outputFolder?: string): Promise<InputFile[]> {
  const options = { cwd: pipelineFolder, absolute: true, onlyFiles: true, expandDirectories: false, caseSensitiveMatch: false };
  const paths: string[] = [];
  const notOwnOutput = (path: string): boolean => !isOwnOutput(path, outputFolder);
  for (const pattern of patterns) {
    const matched = await glob([pattern], options);
    paths.push(...(isDynamicPattern(pattern) ? matched.filter(isSpreadsheetOrArchivePath).filter(notOwnOutput) : matched));
  }
  const siblingPatterns = patterns.flatMap(unreadSiblingPatterns);
  if (siblingPatterns.length > 0) paths.push(...(await glob(siblingPatterns, options)).filter(notOwnOutput));
  const registers = withoutReadCopies(uniqueSorted(paths.filter((path) => isRegisterName(basename(path)))));
  return (await withBookArchives(registers)).map((path) => ({
    path,
    name: portable(relative(inputRoot, path)),
  }));
}

/** The record types' folders under a district's folder of the output ('249/birth'). */
const OUTPUT_TYPE_FOLDERS: ReadonlySet<string> = new Set(['birth', 'marriage', 'death']);

/**
 * Whether `path` is a spreadsheet or CSV hotich wrote into the output folder: a batch's `clean.csv` and
 * `errors.xlsx` (under `<district>/<type>/`, its history too) or the folder's `summary.xlsx`. An output folder
 * inside an input folder (`--input 249 --out 249/ket-qua`, a glob over its subfolders) would else be read back by the
 * next run as registers: the report's rows as entries (rejected), and a file of them pruned from the history
 * later would keep the batch (`BATCH_KEPT_FILE_MISSING`). Only reached through a folder or a wildcard: a file
 * named alone is read whatever it is.
 */
export function isOwnOutput(path: string, outputFolder: string | undefined): boolean {
  if (outputFolder === undefined) return false;
  const inside = relative(resolve(outputFolder), resolve(path));
  if (inside === '' || inside.startsWith('..') || resolve(inside) === inside) return false;
  const parts = inside.split(sep);
  if (parts.length === 1) return parts[0]?.toLowerCase() === 'summary.xlsx';
  return parts.length >= 3 && /^\d{3}$/.test(parts[0] ?? '') && OUTPUT_TYPE_FOLDERS.has(parts[1] ?? '');
}

function isSpreadsheetOrArchivePath(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return READABLE.has(extension) || UNREAD.has(extension) || extension === ARCHIVE_EXTENSION;
}

/** '249/*.xlsx' → '249/*.xls', '249/*.ods', …, '249/*.zip'; nothing for a glob that ends in no readable extension. */
function unreadSiblingPatterns(pattern: string): string[] {
  const extension = READABLE_EXTENSIONS.find((readable) => pattern.toLowerCase().endsWith(readable));
  if (extension === undefined) return [];
  const stem = pattern.slice(0, pattern.length - extension.length);
  return [...UNREAD_SPREADSHEET_EXTENSIONS, ARCHIVE_EXTENSION].map((unread) => `${stem}${unread}`);
}

const UNREAD: ReadonlySet<string> = new Set(UNREAD_SPREADSHEET_EXTENSIONS);
const READABLE: ReadonlySet<string> = new Set(READABLE_EXTENSIONS);

/**
 * The files without the spreadsheets of unread formats that were saved again in a readable one
 * beside them ('ks-2005.xls' and 'ks-2005.xlsx', as the fix for the .xls says): that copy is
 * the book read, the old file is no longer a problem to report.
 */
function withoutReadCopies(paths: readonly string[]): string[] {
  const stemOf = (path: string): string => path.slice(0, path.length - extname(path).length).toLowerCase();
  const readStems = new Set(paths.filter((path) => READABLE.has(extname(path).toLowerCase())).map(stemOf));
  return paths.filter((path) => !UNREAD.has(extname(path).toLowerCase()) || !readStems.has(stemOf(path)));
}

/**
 * ZIP archives (in --input folders and pipeline wildcards). Only one holding registers none of which was
 * extracted beside it is kept, to be reported (FILE_ARCHIVE_NOT_READ): a commune's books zipped for e-mail
 * must not be passed over, while a ZIP of a book's scanned pages (DOMAIN.md §3.5), or the ZIP the books
 * now read beside it came out of, is not reported every night.
 */
async function withBookArchives(paths: readonly string[]): Promise<string[]> {
  const isArchive = (path: string): boolean => extname(path).toLowerCase() === ARCHIVE_EXTENSION;
  if (!paths.some(isArchive)) return [...paths];
  const registers = new Set(paths.filter((path) => !isArchive(path)).map((path) => basename(path).toLowerCase()));
  const kept: string[] = [];
  for (const path of paths) {
    if (!isArchive(path)) kept.push(path);
    else if ((await registersInArchive(path, REGISTER_EXTENSIONS)).some((inside) => !registers.has(basename(inside).toLowerCase()))) kept.push(path);
  }
  return kept;
}

/**
 * --input arguments, in the order given. A file is read once however often it
 * is named (a file beside its folder, a folder twice, a symlink). Names are
 * relative to the deepest folder holding every input, so they are unique and
 * depend only on the arguments: a lone file keeps its basename and a lone
 * folder's registers their path inside it, while two folders keep their own
 * names ('xa1/khai-sinh-2006.xlsx', 'xa2/khai-sinh-2006.xlsx'). Record ids are
 * made from the name (district, type, file, sheet, row). A folder's files that hotich
 * wrote into `outputFolder` (isOwnOutput) are not taken in.
 */
export async function filesFromInputs(inputs: readonly string[], outputFolder?: string): Promise<InputFile[]> {
  const given = inputs.map((input) => {
    const path = resolve(input);
    if (!existsSync(path)) throw new ConfigError(`--input ${input}: no such file or folder`);
    return { path, isFile: statSync(path).isFile() };
  });
  const base = commonFolder(given.map(({ path, isFile }) => (isFile ? dirname(path) : path)));
  const seen = new Set<string>();
  const files: InputFile[] = [];
  for (const { path, isFile } of given) {
    for (const file of isFile ? [path] : (await registersIn(path)).filter((found) => !isOwnOutput(found, outputFolder))) {
      const real = realpathSync(file);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push({ path: file, name: portable(relative(base, file)) });
    }
  }
  return files;
}

/**
 * The registers under a folder, recursively and sorted, without lock files or hidden files and
 * folders: every readable file, and every spreadsheet of an unread format (an .xls book) without
 * a readable copy beside it, which the run then reports as unsupported, and every ZIP of books not
 * extracted beside it (withBookArchives).
 */
async function registersIn(folder: string): Promise<string[]> {
  const patterns = [...READABLE_EXTENSIONS, ...UNREAD_SPREADSHEET_EXTENSIONS, ARCHIVE_EXTENSION].map((extension) => `**/*${extension}`);
  const found = await glob(patterns, { cwd: folder, absolute: true, onlyFiles: true, caseSensitiveMatch: false });
  return withBookArchives(withoutReadCopies(uniqueSorted(found.filter((file) => portable(relative(folder, file)).split('/').every(isRegisterName)))));
}

/** The deepest folder that holds every one of `folders` (absolute, resolved). */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0] ?? resolve('.');
  for (const folder of folders.slice(1)) {
    while (common !== dirname(common) && relative(common, folder).split(sep)[0] === '..') common = dirname(common);
  }
  return common;
}

function uniqueSorted(paths: string[]): string[] {
  return [...new Set(paths.map((path) => resolve(path)))].sort();
}

function portable(path: string): string {
  return path.split(sep).join('/');
}

/**
 * The names an earlier run of this output folder gave the district's files (its
 * batches' manifests, any record type), so that a re-run with --input can keep
 * them: a pipeline names 'khai-sinh-2015.xlsx' of its input root as
 * '249-binh-xuyen/khai-sinh-2015.xlsx', and record ids are made from the name.
 */
export function earlierInputNames(outputFolder: string, districtCode: string, types: readonly string[]): string[] {
  const names = new Set<string>();
  for (const type of types) {
    try {
      const manifest = JSON.parse(readFileSync(resolve(outputFolder, districtCode, type, 'manifest.json'), 'utf8')) as { inputs?: { file?: unknown }[] };
      for (const input of manifest.inputs ?? []) if (typeof input.file === 'string') names.add(input.file);
    } catch {
      // No earlier batch of that type (or an unreadable one): nothing to keep.
    }
  }
  return [...names];
}

/**
 * Each --input file under the name an earlier run gave it, when exactly one earlier
 * name is its own, ends with '/' + its own, or is the end of its own after a '/'
 * (the operator named the folders differently: 'births/ks.xlsx' for the earlier
 * 'ks.xlsx'), and no other file takes that name; otherwise the name from the inputs.
 * So an operator's re-run after a fix keeps the record ids of the scheduled run.
 */
export function keepEarlierNames(files: readonly InputFile[], earlier: readonly string[]): InputFile[] {
  const chosen = files.map((file) => {
    const matches = earlier.filter((name) => name === file.name || name.endsWith(`/${file.name}`) || file.name.endsWith(`/${name}`));
    return matches.length === 1 ? matches[0]! : file.name;
  });
  return files.map((file, index) => {
    const name = chosen[index]!;
    const clash = chosen.some((other, at) => at !== index && other === name);
    return clash ? file : { path: file.path, name };
  });
}
