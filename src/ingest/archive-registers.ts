import { basename, extname } from 'node:path';
import yauzl from 'yauzl';

/** A ZIP archive: a district's books may be delivered zipped, as a book's scanned pages are (DOMAIN.md §3.5). */
export const ARCHIVE_EXTENSION = '.zip';

/**
 * The registers a ZIP archive holds: the paths inside it of the entries whose extension is one of
 * `extensions` (spreadsheets and CSV files), without folders, Excel lock files, hidden files and
 * macOS's '__MACOSX' copies. None for an archive of scanned pages, and none for one that cannot be
 * opened (a damaged ZIP of scans is no book to report); the entries before a damaged part otherwise.
 */
export async function registersInArchive(path: string, extensions: ReadonlySet<string>): Promise<string[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { autoClose: false, lazyEntries: true });
  } catch {
    return [];
  }
  // yauzl emits 'error' on the ZipFile while entries are read; eachEntry rejects with it too.
  zip.on('error', () => {});
  const registers: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const parts = entry.fileName.split('/');
      if (entry.fileName.endsWith('/') || !extensions.has(extname(entry.fileName).toLowerCase())) continue;
      if (parts.some((part) => part.startsWith('.') || part.startsWith('~$') || part === '__MACOSX')) continue;
      registers.push(entry.fileName);
    }
  } catch {
    // A damaged central directory: the registers listed before it.
  } finally {
    zip.close();
  }
  return registers;
}

/** The file names of an archive's registers for an officer: the first three, and how many more. */
export function archiveRegisterNames(registers: readonly string[]): string {
  const names = registers.slice(0, 3).map((register) => basename(register));
  return registers.length > 3 ? `${names.join(', ')} và ${registers.length - 3} tệp khác` : names.join(', ');
}
