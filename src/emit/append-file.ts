import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';

const FLUSH_BYTES = 64 * 1024;

/**
 * An append-only output file with a write buffer and rollback to an earlier
 * size: when an input file turns out corrupt halfway, the rows already
 * written from it are taken back so the file is skipped as a whole.
 */
export class AppendFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private flushedBytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
    this.flushedBytes = fstatSync(this.fd).size;
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingBytes += Buffer.byteLength(text);
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** Size in bytes including what is still buffered. */
  get size(): number {
    return this.flushedBytes + this.pendingBytes;
  }

  truncate(size: number): void {
    this.flush();
    ftruncateSync(this.fd, size);
    this.flushedBytes = size;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(this.pending.join(''));
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
    this.flushedBytes += buffer.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
