import type { BatchWriter } from '../emit/batch-writer.js';
import type { Provenance } from '../emit/manifest.js';
import type { RecordTypeName } from '../record-types/record-type.js';

/** The run cannot vouch for its batch: rows were read that no output holds. */
export class AccountingError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`row accounting does not close: ${missing.join('; ')}`);
  }
}

/**
 * Every row read must end up clean, rejected or merged. Rows between being
 * read and being written are held here (normally none at any time), so a row
 * that went missing can be named.
 */
export class RowAccounting {
  private readonly open = new Map<string, Provenance & { type: RecordTypeName }>();

  read(type: RecordTypeName, provenance: Provenance): void {
    this.open.set(key(type, provenance), { ...provenance, type });
  }

  written(type: RecordTypeName, provenance: Provenance): void {
    this.open.delete(key(type, provenance));
  }

  /** A skipped file's rows were withdrawn from the batch: they are no longer owed. */
  forgetFile(file: string): void {
    for (const [rowKey, provenance] of this.open) if (provenance.file === file) this.open.delete(rowKey);
  }

  assertClosed(writers: ReadonlyMap<RecordTypeName, BatchWriter>): void {
    const missing = [...this.open.values()].map((row) => `${row.type} ${row.file} [${row.sheet}] row ${row.row} read but not written`);
    for (const [type, writer] of writers) {
      const { rowsRead, clean, rejected, mergedAway } = writer.counts;
      if (rowsRead !== clean + rejected + mergedAway) {
        missing.push(`${type}: rowsRead ${rowsRead} ≠ clean ${clean} + rejected ${rejected} + mergedAway ${mergedAway}`);
      }
    }
    if (missing.length > 0) throw new AccountingError(missing);
  }
}

function key(type: string, provenance: Provenance): string {
  return `${type}\u001f${provenance.file}\u001f${provenance.sheet}\u001f${provenance.row}`;
}
