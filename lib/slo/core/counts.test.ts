import { describe, expect, it } from "vitest";
import { classifyMinute, countsFromBuckets, memoizeCounts } from "./counts";
import type { Counts, MinuteBucket } from "./types";

const MIN = 60_000;
const T0 = Date.parse("2024-06-01T00:00:00Z");
const m = (i: number) => T0 + i * MIN;

describe("classifyMinute", () => {
  it("good iff good/total >= threshold; total 0 is no data", () => {
    expect(classifyMinute(99, 100, 0.99)).toBe("good"); // equal counts as good
    expect(classifyMinute(98, 100, 0.99)).toBe("bad");
    expect(classifyMinute(999, 1000, 0.999)).toBe("good");
    expect(classifyMinute(0, 0, 0.99)).toBe("no-data");
    expect(classifyMinute(1, 1, 1)).toBe("good");
  });
});

describe("countsFromBuckets", () => {
  const buckets: MinuteBucket[] = [
    { minute: m(3), good: 50, total: 100 }, // bad at 0.99
    { minute: m(0), good: 99, total: 100 }, // good (unsorted on purpose)
    { minute: m(1), good: 0, total: 0 }, // no data
    { minute: m(2), good: 1000, total: 1000 }, // good
  ];

  it("returns zeros for no buckets and for empty or inverted ranges", () => {
    const zero: Counts = { good: 0, total: 0, goodMinutes: 0, badMinutes: 0, dataMinutes: 0 };
    expect(countsFromBuckets([], "timeslices", 0.99)(m(0), m(10))).toEqual(zero);
    const c = countsFromBuckets(buckets, "timeslices", 0.99);
    expect(c(m(2), m(2))).toEqual(zero);
    expect(c(m(3), m(1))).toEqual(zero);
  });

  it("counts minutes in [start, end): start inclusive, end exclusive", () => {
    const c = countsFromBuckets(buckets, "timeslices", 0.99);
    expect(c(m(0), m(4))).toEqual({ good: 1149, total: 1200, goodMinutes: 2, badMinutes: 1, dataMinutes: 3 });
    expect(c(m(0), m(3))).toEqual({ good: 1099, total: 1100, goodMinutes: 2, badMinutes: 0, dataMinutes: 2 });
    expect(c(m(3), m(4))).toEqual({ good: 50, total: 100, goodMinutes: 0, badMinutes: 1, dataMinutes: 1 });
    expect(c(m(1), m(2))).toEqual({ good: 0, total: 0, goodMinutes: 0, badMinutes: 0, dataMinutes: 0 });
    // Unaligned edges select buckets by minute start.
    expect(c(m(0) + 1, m(3) + 1)).toEqual({ good: 1050, total: 1100, goodMinutes: 1, badMinutes: 1, dataMinutes: 2 });
  });

  it("occurrences leave goodMinutes/badMinutes at 0 but still count data minutes", () => {
    const c = countsFromBuckets(buckets, "occurrences");
    expect(c(m(0), m(4))).toEqual({ good: 1149, total: 1200, goodMinutes: 0, badMinutes: 0, dataMinutes: 3 });
  });

  it("merges duplicate minutes before classifying", () => {
    // Alone, 50/50 would be good; combined 100/150 is bad.
    const c = countsFromBuckets(
      [
        { minute: m(0), good: 50, total: 100 },
        { minute: m(0), good: 50, total: 50 },
      ],
      "timeslices",
      0.99,
    );
    expect(c(m(0), m(1))).toEqual({ good: 100, total: 150, goodMinutes: 0, badMinutes: 1, dataMinutes: 1 });
  });

  it("rejects invalid buckets and a missing threshold", () => {
    expect(() => countsFromBuckets([{ minute: m(0) + 1, good: 1, total: 1 }], "occurrences")).toThrow(RangeError);
    expect(() => countsFromBuckets([{ minute: m(0), good: 2, total: 1 }], "occurrences")).toThrow(RangeError);
    expect(() => countsFromBuckets([{ minute: m(0), good: -1, total: 1 }], "occurrences")).toThrow(RangeError);
    expect(() => countsFromBuckets([{ minute: m(0), good: Number.NaN, total: 1 }], "occurrences")).toThrow(RangeError);
    expect(() => countsFromBuckets([], "timeslices")).toThrow(RangeError);
    expect(() => countsFromBuckets([], "timeslices", 0)).toThrow(RangeError);
    expect(() => countsFromBuckets([], "timeslices", 1.5)).toThrow(RangeError);
  });

  it("matches a naive filter-and-sum on pseudo-random data", () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const data: MinuteBucket[] = [];
    for (let i = 0; i < 2000; i++) {
      if (rand() < 0.3) continue; // gaps
      const total = Math.floor(rand() * 50);
      data.push({ minute: m(i), good: Math.floor(rand() * (total + 1)), total });
    }
    const c = countsFromBuckets(data, "timeslices", 0.9);
    for (let q = 0; q < 200; q++) {
      const a = Math.floor(rand() * 2100) - 50;
      const b = a + Math.floor(rand() * 500);
      const inRange = data.filter((d) => d.minute >= m(a) && d.minute < m(b));
      const naive: Counts = {
        good: inRange.reduce((s, d) => s + d.good, 0),
        total: inRange.reduce((s, d) => s + d.total, 0),
        goodMinutes: inRange.filter((d) => d.total > 0 && d.good / d.total >= 0.9).length,
        badMinutes: inRange.filter((d) => d.total > 0 && d.good / d.total < 0.9).length,
        dataMinutes: inRange.filter((d) => d.total > 0).length,
      };
      expect(c(m(a), m(b))).toEqual(naive);
    }
  });
});

describe("memoizeCounts", () => {
  it("asks the underlying provider once per range", () => {
    let calls = 0;
    const memo = memoizeCounts(() => {
      calls++;
      return { good: 1, total: 1, goodMinutes: 0, badMinutes: 0, dataMinutes: 1 };
    });
    memo(0, MIN);
    memo(0, MIN);
    memo(0, 2 * MIN);
    expect(calls).toBe(2);
  });
});
