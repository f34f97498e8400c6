// A read-through cache that never makes a reader wait for a refresh: once a key has a value,
// reads return it at once and refreshes run behind them, one at a time per key. Used for the
// public status pages (public-cache.ts), whose reads must not queue behind the database during
// an outage. Pure (no I/O): the loader, the clock and the timer are given.

export type Loaded<V> = {
  /** null: there is no such thing (an unknown slug); remembered briefly so probes cost nothing. */
  value: V | null;
  /** When the value goes out of date by itself (a maintenance window opening), or null for never. */
  expiresAt: number | null;
};

export type Timer = { cancel: () => void };

export type RefreshingCacheOptions<V> = {
  load: (key: string) => Promise<Loaded<V>>;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => Timer;
  /** First wait after a failed refresh; doubles up to maxRetryMs while failures go on. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How long an unknown key is remembered, and how many such keys at most. */
  missingTtlMs?: number;
  maxMissing?: number;
  onError?: (key: string, error: unknown) => void;
};

type Entry<V> = {
  value: V | null;
  expiresAt: number | null;
  /** Invalidated since it was loaded. */
  stale: boolean;
  refreshing: Promise<void> | null;
  /** Invalidated again while refreshing: the running load may predate the change. */
  again: boolean;
  failures: number;
  retryAt: number;
  /** Read since its last load: only such entries refresh themselves when they expire. */
  read: boolean;
  timer: Timer | null;
};

const defaultTimer = (run: () => void, ms: number): Timer => {
  const handle = setTimeout(run, Math.min(ms, 2_147_483_647));
  handle.unref?.();
  return { cancel: () => clearTimeout(handle) };
};

export class RefreshingCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly firstLoads = new Map<string, Promise<Entry<V>>>();
  private readonly coldFailures = new Map<string, { at: number; error: unknown }>();
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => Timer;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private readonly missingTtlMs: number;
  private readonly maxMissing: number;

  constructor(private readonly options: RefreshingCacheOptions<V>) {
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? defaultTimer;
    this.retryMs = options.retryMs ?? 1_000;
    this.maxRetryMs = options.maxRetryMs ?? 30_000;
    this.missingTtlMs = options.missingTtlMs ?? 60_000;
    this.maxMissing = options.maxMissing ?? 1_000;
  }

  /**
   * The value for `key`: the cached one at once (refreshing behind it when stale or expired, and
   * kept when a refresh fails), or, the first time, the loaded one. Throws only when nothing was
   * ever loaded and loading fails; for a short while after that it throws at once, without
   * trying again, so a dead database does not hold every request for its connection timeout.
   */
  async get(key: string): Promise<V | null> {
    const entry = this.entries.get(key) ?? (await this.firstLoad(key));
    entry.read = true;
    if (this.needsRefresh(entry)) void this.refresh(key, entry);
    return entry.value;
  }

  /** Marks matching entries stale and refreshes them now; unknown keys are forgotten instead. */
  invalidate(matches: (key: string, value: V | null) => boolean): void {
    for (const [key, entry] of this.entries) {
      if (!matches(key, entry.value)) continue;
      if (entry.value === null) {
        this.forget(key, entry);
        continue;
      }
      entry.stale = true;
      entry.retryAt = 0;
      if (entry.refreshing) entry.again = true;
      else void this.refresh(key, entry);
    }
  }

  invalidateAll(): void {
    this.invalidate(() => true);
  }

  /** Waits for every running refresh (tests and benchmarks). */
  async settled(): Promise<void> {
    while ([...this.entries.values()].some((e) => e.refreshing)) {
      await Promise.all([...this.entries.values()].map((e) => e.refreshing));
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private needsRefresh(entry: Entry<V>): boolean {
    if (entry.refreshing) return false;
    const now = this.now();
    if (now < entry.retryAt) return false;
    return entry.stale || (entry.expiresAt !== null && now >= entry.expiresAt);
  }

  private firstLoad(key: string): Promise<Entry<V>> {
    const running = this.firstLoads.get(key);
    if (running) return running;
    const failed = this.coldFailures.get(key);
    if (failed && this.now() - failed.at < this.retryMs) return Promise.reject(failed.error);
    const loading = this.options
      .load(key)
      .then((loaded) => {
        this.coldFailures.delete(key);
        const entry: Entry<V> = {
          value: null,
          expiresAt: null,
          stale: false,
          refreshing: null,
          again: false,
          failures: 0,
          retryAt: 0,
          read: false,
          timer: null,
        };
        this.store(key, entry, loaded);
        return entry;
      })
      .catch((error: unknown) => {
        this.coldFailures.set(key, { at: this.now(), error });
        this.options.onError?.(key, error);
        throw error;
      })
      .finally(() => this.firstLoads.delete(key));
    this.firstLoads.set(key, loading);
    return loading;
  }

  private refresh(key: string, entry: Entry<V>): Promise<void> {
    if (entry.refreshing) return entry.refreshing;
    entry.again = false;
    entry.refreshing = this.options
      .load(key)
      .then(
        (loaded) => {
          entry.failures = 0;
          entry.retryAt = 0;
          entry.stale = entry.again;
          if (this.entries.get(key) === entry) this.store(key, entry, loaded);
        },
        (error: unknown) => {
          // Keep serving the last good value; try again later, sooner if invalidated again.
          entry.failures += 1;
          entry.retryAt = this.now() + Math.min(this.maxRetryMs, this.retryMs * 2 ** (entry.failures - 1));
          entry.stale = true;
          this.options.onError?.(key, error);
        },
      )
      .finally(() => {
        entry.refreshing = null;
        if (entry.again && this.entries.get(key) === entry) void this.refresh(key, entry);
      });
    return entry.refreshing;
  }

  private store(key: string, entry: Entry<V>, loaded: Loaded<V>): void {
    const now = this.now();
    entry.value = loaded.value;
    entry.expiresAt = loaded.value === null ? now + this.missingTtlMs : loaded.expiresAt;
    entry.timer?.cancel();
    entry.timer = null;
    entry.read = false;
    this.entries.set(key, entry);
    if (loaded.value === null) {
      this.trimMissing();
      return;
    }
    // A page in use refreshes itself right when it goes out of date (a maintenance window
    // opening or closing), so no reader sees the old state; one nobody reads waits for a reader.
    if (entry.expiresAt !== null) {
      entry.timer = this.setTimer(
        () => {
          entry.timer = null;
          if (this.entries.get(key) === entry && entry.read) void this.refresh(key, entry);
        },
        Math.max(0, entry.expiresAt - now),
      );
    }
  }

  private trimMissing(): void {
    let missing = 0;
    for (const entry of this.entries.values()) if (entry.value === null) missing += 1;
    for (const [key, entry] of this.entries) {
      if (missing <= this.maxMissing) return;
      if (entry.value !== null) continue;
      this.forget(key, entry);
      missing -= 1;
    }
  }

  private forget(key: string, entry: Entry<V>): void {
    entry.timer?.cancel();
    this.entries.delete(key);
  }
}
