import { describe, expect, it } from "vitest";
import { alignPoints, chunkRange, matrixToMinutes, rangeParams } from "./parse";

const T0 = Date.UTC(2026, 10, 22, 10, 0);
const sec = (ms: number) => ms / 1000;
const matrix = (values: [number, string][]) => ({
  status: "success",
  data: { resultType: "matrix", result: [{ metric: {}, values }] },
});

describe("matrixToMinutes", () => {
  it("maps the sample at m + 1 min to minute m and converts per-second rates to per-minute counts", () => {
    const minutes = matrixToMinutes(
      matrix([
        [sec(T0 + 60_000), "2.5"],
        [sec(T0 + 120_000), "0"],
      ]),
    );
    expect([...minutes]).toEqual([
      [T0, 150],
      [T0 + 60_000, 0],
    ]);
  });

  it("leaves NaN samples and missing minutes out (gaps, never zero)", () => {
    const minutes = matrixToMinutes(
      matrix([
        [sec(T0 + 60_000), "NaN"],
        [sec(T0 + 180_000), "1"],
      ]),
    );
    expect([...minutes]).toEqual([[T0 + 120_000, 60]]);
  });

  it("treats an empty result as no data", () => {
    expect(matrixToMinutes({ status: "success", data: { resultType: "matrix", result: [] } }).size).toBe(0);
  });

  it("rejects errors, non-matrix results and several series with a message", () => {
    expect(() => matrixToMinutes({ status: "error", error: "parse error", errorType: "bad_data" })).toThrow(
      /bad_data: parse error/,
    );
    expect(() => matrixToMinutes({ status: "success", data: { resultType: "vector", result: [] } })).toThrow(/matrix/);
    const two = {
      status: "success",
      data: {
        resultType: "matrix",
        result: [
          { metric: {}, values: [] },
          { metric: {}, values: [] },
        ],
      },
    };
    expect(() => matrixToMinutes(two)).toThrow(/sum\(/);
  });
});

describe("alignPoints", () => {
  it("writes only minutes where good and total both have samples, clamping good to total", () => {
    const good = new Map([
      [T0, 10],
      [T0 + 60_000, 61],
    ]);
    const total = new Map([
      [T0, 12],
      [T0 + 60_000, 60],
      [T0 + 120_000, 5],
    ]);
    expect(alignPoints(good, total)).toEqual([
      { minute: new Date(T0), good: 10, total: 12 },
      { minute: new Date(T0 + 60_000), good: 60, total: 60 },
    ]);
  });
});

describe("chunkRange and rangeParams", () => {
  it("splits long ranges under the 11,000-point cap without overlap", () => {
    const to = T0 + 30 * 1440 * 60_000;
    const chunks = chunkRange(T0, to);
    expect(chunks).toHaveLength(4);
    expect(chunks[0]).toEqual({ from: T0, to: T0 + 10_999 * 60_000 });
    expect(chunks.at(-1)?.to).toBe(to);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.from).toBe(chunks[i - 1]?.to);
    expect(chunkRange(T0, T0)).toEqual([]);
  });

  it("asks for the samples that close each minute of [from, to)", () => {
    const p = rangeParams("up", T0, T0 + 120_000);
    expect(Object.fromEntries(p)).toEqual({
      query: "up",
      start: String(sec(T0 + 60_000)),
      end: String(sec(T0 + 120_000)),
      step: "60s",
    });
  });
});
