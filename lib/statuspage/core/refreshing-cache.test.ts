import { describe, expect, it } from "vitest";
import { RefreshingCache, type Loaded } from "./refreshing-cache";

/** A loader whose calls the test answers one by one, a clock and timers the test moves. */
function harness(options: { missingTtlMs?: number; maxMissing?: number } = {}) {
  let now = 0;
  const calls: { key: string; resolve: (l: Loaded<string>) => void; reject: (e: unknown) => void }[] = [];
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const errors: unknown[] = [];
  const cache = new RefreshingCache<string>({
    load: (key) => new Promise((resolve, reject) => calls.push({ key, resolve, reject })),
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { at: now + ms, run, cancelled: false };
      timers.push(timer);
      return { cancel: () => (timer.cancelled = true) };
    },
    retryMs: 1_000,
    onError: (_key, e) => errors.push(e),
    ...options,
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return {
    cache,
    calls,
    errors,
    tick,
    advance: async (ms: number) => {
      now += ms;
      for (const t of timers.filter((t) => !t.cancelled && t.at <= now)) {
        t.cancelled = true;
        t.run();
      }
      await tick();
    },
    /** Answers the oldest pending load. */
    answer: async (value: string | null, expiresAt: number | null = null) => {
      calls.shift()!.resolve({ value, expiresAt });
      await tick();
    },
    fail: async (error = new Error("database down")) => {
      calls.shift()!.reject(error);
      await tick();
    },
  };
}

describe("RefreshingCache", () => {
  it("loads a key once for any number of concurrent first readers", async () => {
    const h = harness();
    const readers = [h.cache.get("a"), h.cache.get("a"), h.cache.get("a")];
    await h.tick();
    expect(h.calls).toHaveLength(1);
    await h.answer("v1");
    expect(await Promise.all(readers)).toEqual(["v1", "v1", "v1"]);
  });

  it("serves the old value at once while refreshing after an invalidation, then the new one", async () => {
    const h = harness();
    const first = h.cache.get("a");
    await h.answer("v1");
    await first;
    h.cache.invalidate(() => true);
    expect(h.calls).toHaveLength(1); // the refresh started at once, without a reader
    expect(await h.cache.get("a")).toBe("v1");
    await h.answer("v2");
    expect(await h.cache.get("a")).toBe("v2");
    expect(h.calls).toHaveLength(0);
  });

  it("refreshes again when invalidated during a refresh, since that load may predate the change", async () => {
    const h = harness();
    const first = h.cache.get("a");
    await h.answer("v1");
    await first;
    h.cache.invalidate(() => true);
    h.cache.invalidate(() => true);
    h.cache.invalidate(() => true);
    expect(h.calls).toHaveLength(1);
    await h.answer("v2-read-before-the-last-change");
    expect(h.calls).toHaveLength(1);
    await h.answer("v3");
    expect(await h.cache.get("a")).toBe("v3");
    expect(h.calls).toHaveLength(0);
  });

  it("keeps serving the last good value while refreshes fail, retrying with backoff", async () => {
    const h = harness();
    const first = h.cache.get("a");
    await h.answer("good");
    await first;
    h.cache.invalidate(() => true);
    await h.fail();
    expect(h.errors).toHaveLength(1);
    expect(await h.cache.get("a")).toBe("good");
    expect(h.calls).toHaveLength(0); // within the retry pause: no new attempt
    await h.advance(1_000);
    expect(await h.cache.get("a")).toBe("good");
    expect(h.calls).toHaveLength(1);
    await h.fail();
    await h.advance(1_500);
    await h.cache.get("a");
    expect(h.calls).toHaveLength(0); // the pause doubled to 2 s
    await h.advance(500);
    await h.cache.get("a");
    await h.answer("fresh");
    expect(await h.cache.get("a")).toBe("fresh");
  });

  it("fails a cold read when loading fails, and fails the next ones fast for a moment", async () => {
    const h = harness();
    const first = h.cache.get("a").catch((e: Error) => e);
    await h.tick();
    await h.fail();
    expect(await first).toEqual(new Error("database down"));
    await expect(h.cache.get("a")).rejects.toThrow("database down");
    expect(h.calls).toHaveLength(0);
    await h.advance(1_000);
    const retry = h.cache.get("a");
    await h.tick();
    await h.answer("v1");
    expect(await retry).toBe("v1");
  });

  it("refreshes an entry in use when it expires (a maintenance window opening), and one not in use on its next read", async () => {
    const h = harness();
    const first = h.cache.get("a");
    await h.answer("scheduled", 5_000);
    await first;
    await h.advance(5_000);
    expect(h.calls).toHaveLength(1);
    await h.answer("in progress", 10_000);
    await h.advance(5_000); // nobody read "in progress": the timer does not reload it
    expect(h.calls).toHaveLength(0);
    expect(await h.cache.get("a")).toBe("in progress");
    expect(h.calls).toHaveLength(1);
    await h.answer("completed", null);
    expect(await h.cache.get("a")).toBe("completed");
  });

  it("remembers unknown keys briefly, forgets them on invalidation, and keeps at most maxMissing", async () => {
    const h = harness({ missingTtlMs: 10_000, maxMissing: 2 });
    for (const key of ["x", "y", "z"]) {
      const read = h.cache.get(key);
      await h.tick();
      await h.answer(null);
      expect(await read).toBeNull();
    }
    expect(h.cache.size).toBe(2);
    expect(await h.cache.get("z")).toBeNull();
    expect(h.calls).toHaveLength(0);
    h.cache.invalidate((_key, value) => value === null);
    expect(h.cache.size).toBe(0);
    expect(h.calls).toHaveLength(0);
  });

  it("invalidates only the matching entries", async () => {
    const h = harness();
    for (const key of ["a", "b"]) {
      const read = h.cache.get(key);
      await h.tick();
      await h.answer(`${key}1`);
      await read;
    }
    h.cache.invalidate((key) => key === "b");
    expect(h.calls.map((c) => c.key)).toEqual(["b"]);
  });
});
