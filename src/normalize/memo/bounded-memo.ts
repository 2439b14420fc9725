/** Lookups over which a memo judges whether keeping answers pays. */
const WINDOW = 1024;
/** Below this share of hits in a window, storing costs more than it saves. */
const MIN_HIT_RATE = 1 / 8;
/** Windows a memo rests (neither looks up nor stores) once it found that keeping answers does not pay. */
const PAUSE_WINDOWS = 16;

/**
 * Answers of a pure function by key, never more than `capacity` of them.
 * Two generations: new answers go to the young map; when it is full it
 * becomes the old one and the previous old map is dropped whole (cheaper
 * than evicting entry by entry). Memory stays flat however long the register;
 * an answer dropped is simply computed again.
 *
 * Values that hardly ever repeat (children's names, birth dates) would only
 * churn the memo: when fewer than 1 lookup in 8 hits over a window, it rests
 * for a while (answers nothing, stores nothing: `storing` false) and tries
 * again later with what it held, so a memo costs little where it cannot help. Made per run and passed in (STYLE.md:
 * no global state).
 */
export class BoundedMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;
  private lookups = 0;
  private hits = 0;
  /** Lookups left before storing resumes; 0 while storing. */
  private paused = 0;
  /**
   * The key last answered and its answer: a column often repeats the row above ('Việt Nam', the same
   * commune) and a row asks for the same cell more than once, so the last key is compared before the maps
   * are probed. A kept answer stays right even after its entry is dropped (answers are of a pure function).
   */
  private lastKey: K | undefined;
  private lastValue: V | undefined;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`memo capacity must be a positive integer, got ${capacity}`);
    // Capacity 1 keeps one generation of one; otherwise two of half the capacity each.
    this.generationSize = capacity === 1 ? 1 : Math.floor(capacity / 2);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /** False while the memo has found that storing does not pay: callers may skip preparing a value for `set`. */
  get storing(): boolean {
    return this.paused === 0;
  }

  get(key: K): V | undefined {
    if (this.paused > 0) {
      // Hits were too rare to pay for the lookup either.
      if (++this.lookups === WINDOW) this.judgeWindow();
      return undefined;
    }
    let value = this.lastValue !== undefined && key === this.lastKey ? this.lastValue : this.young.get(key);
    if (value === undefined) value = this.old.get(key);
    if (value !== undefined) {
      this.hits++;
      this.lastKey = key;
      this.lastValue = value;
    }
    if (++this.lookups === WINDOW) this.judgeWindow();
    return value;
  }

  /** Stores the answer (unless paused) and returns it. */
  set(key: K, value: V): V {
    if (this.paused > 0) return value;
    if (this.young.size >= this.generationSize && !this.young.has(key)) {
      this.old = this.capacity === 1 ? new Map() : this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    if (key === this.lastKey) this.lastValue = value;
    return value;
  }

  clear(): void {
    this.young.clear();
    this.old = new Map();
    this.lookups = 0;
    this.hits = 0;
    this.paused = 0;
    this.lastKey = undefined;
    this.lastValue = undefined;
  }

  private judgeWindow(): void {
    if (this.paused > 0) this.paused = Math.max(0, this.paused - 1);
    else if (this.hits < WINDOW * MIN_HIT_RATE) this.paused = PAUSE_WINDOWS;
    this.lookups = 0;
    this.hits = 0;
  }
}
