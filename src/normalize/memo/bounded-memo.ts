/**
 * Answers of a pure function by key, never more than `capacity` of them: when
 * full, the oldest entry goes (first in, first out). Memory stays flat however
 * long the register; a value that keeps coming back is simply computed again
 * after it was dropped. Made per run and passed in (STYLE.md: no global state).
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`memo capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Stores the answer (dropping the oldest one when full) and returns it. */
  set(key: K, value: V): V {
    if (this.entries.size >= this.capacity && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
