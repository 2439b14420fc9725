import type { SheetRow } from '../sheet-source.js';
import { RowScanner, type SheetContext } from './row-scanner.js';
import { isNameEnd } from './sheet-xml.js';

const BEFORE_DATA = 0;
const IN_DATA = 1;
const DONE = 2;

/**
 * Finds the rows of a worksheet part fed as text chunks of any size. Only
 * `<sheetData>` is read: each complete `<row>` goes to the RowScanner; a row
 * cut by a chunk boundary waits for the next chunk. What follows
 * `</sheetData>` is not needed here (read-xlsx-lean.ts reads the merged cells).
 */
export class SheetScanner {
  private readonly rowScanner: RowScanner;
  private pending = '';
  private state: number = BEFORE_DATA;
  private worksheetClosed = false;
  private started = false;
  /** Where to resume looking for `</row>` in `pending` (the part of a cut row already searched). */
  private closeSearchFrom = 0;

  constructor(private readonly context: SheetContext) {
    this.rowScanner = new RowScanner(context);
  }

  /** True once `</sheetData>` is read: the rest of the part can be left unread. */
  get done(): boolean {
    return this.state === DONE;
  }

  /** The rows this chunk completes. */
  push(chunk: string): SheetRow[] {
    const rows: SheetRow[] = [];
    if (this.state === DONE) return rows;
    if (this.state === BEFORE_DATA) {
      const xml = this.pending + chunk;
      this.pending = '';
      const position = this.findSheetData(xml);
      if (position !== -1 && !this.done) this.scanRows(xml, position, rows);
      return rows;
    }
    if (this.pending === '') {
      this.scanRows(chunk, 0, rows);
      return rows;
    }
    // The row cut by the previous boundary is finished on a small string of its
    // own, so the bulk of the chunk is scanned in the flat string TextDecoder
    // made (a concatenation would make every charCodeAt go through a ConsString).
    const rowEnd = chunk.indexOf('</row>');
    if (rowEnd === -1) {
      this.scanRows(this.takePending() + chunk, 0, rows);
      return rows;
    }
    const cut = rowEnd + 6;
    this.scanRows(this.takePending() + chunk.slice(0, cut), 0, rows);
    if (this.state === DONE) return rows;
    if (this.pending === '') this.scanRows(chunk, cut, rows);
    else this.scanRows(this.takePending() + chunk.slice(cut), 0, rows);
    return rows;
  }

  /** Call when the part has ended: throws if it stopped before `</sheetData>`. */
  finish(): void {
    if (this.state === IN_DATA) throw new Error(`unexpected end of ${this.context.part}: </sheetData> missing (part cut short)`);
    if (this.state === BEFORE_DATA && !this.worksheetClosed) throw new Error(`unexpected end of ${this.context.part}: no <sheetData>`);
  }

  private takePending(): string {
    const pending = this.pending;
    this.pending = '';
    return pending;
  }

  /** Scans `<sheetData>` content from `from`; keeps what a later chunk must complete in `pending`. */
  private scanRows(xml: string, from: number, rows: SheetRow[]): void {
    const length = xml.length;
    let position = from;
    for (;;) {
      const lt = xml.indexOf('<', position);
      if (lt === -1) {
        position = length;
        break;
      }
      position = lt;
      if (lt + 12 > length) break; // too short to tell `<row ` from `</sheetData>`
      const first = xml.charCodeAt(lt + 1);
      if (first === 114 /* r */ && xml.startsWith('ow', lt + 2) && isNameEnd(xml.charCodeAt(lt + 4))) {
        const openEnd = xml.indexOf('>', lt + 4);
        if (openEnd === -1) break;
        let end = openEnd + 1;
        if (xml.charCodeAt(openEnd - 1) !== 47 /* / */) {
          const close = xml.indexOf('</row>', Math.max(openEnd, lt + this.closeSearchFrom));
          if (close === -1) {
            this.closeSearchFrom = Math.max(0, length - lt - 5);
            break;
          }
          end = close + 6;
        }
        this.closeSearchFrom = 0;
        rows.push(this.rowScanner.scan(xml, lt, end));
        position = end;
      } else if (first === 47 /* / */) {
        if (!xml.startsWith('</sheetData', lt) || !isNameEnd(xml.charCodeAt(lt + 11))) {
          throw this.malformed(`unexpected ${xml.slice(lt, lt + 14)} in <sheetData>`);
        }
        this.state = DONE;
        return;
      } else if (first === 33 /* ! */ || first === 63 /* ? */) {
        const terminator = first === 63 ? '?>' : xml.startsWith('<!--', lt) ? '-->' : '>';
        const after = xml.indexOf(terminator, lt + 2);
        if (after === -1) break;
        position = after + terminator.length;
      } else {
        throw this.malformed(`unexpected ${xml.slice(lt, lt + 14)} in <sheetData>`);
      }
    }
    this.pending = position < length ? xml.slice(position) : '';
  }

  /** Moves past `<sheetData>` and returns the index after it, or keeps the text to search on in `pending` and returns -1. */
  private findSheetData(xml: string): number {
    if (!this.started) {
      const first = xml.search(/\S/);
      if (first === -1) return -1;
      if (xml.charCodeAt(first) !== 60 /* < */) throw this.malformed('it is not XML');
      this.started = true;
    }
    let from = 0;
    for (;;) {
      const start = xml.indexOf('<sheetData', from);
      if (start === -1 || start + 11 > xml.length) {
        if (xml.indexOf('</worksheet>') !== -1) this.worksheetClosed = true;
        this.pending = xml.slice(start === -1 ? Math.max(0, xml.length - 11) : start);
        return -1;
      }
      if (!isNameEnd(xml.charCodeAt(start + 10))) {
        from = start + 10;
        continue;
      }
      const openEnd = xml.indexOf('>', start);
      if (openEnd === -1) {
        this.pending = xml.slice(start);
        return -1;
      }
      this.state = xml.charCodeAt(openEnd - 1) === 47 ? DONE : IN_DATA;
      return openEnd + 1;
    }
  }

  private malformed(what: string): Error {
    return new Error(`invalid sheet XML in ${this.context.part}: ${what}`);
  }
}
