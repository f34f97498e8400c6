// Validation of pushed SLI points: pure, so every rule is unit-tested without a database.
import { MINUTE_MS } from "@/lib/time/units";

export const MAX_POINTS_PER_REQUEST = 10_000;
/** Clocks drift; a point further ahead than this cannot be a measurement yet. */
export const MAX_FUTURE_MS = 5 * MINUTE_MS;

/**
 * Pushed counts are whole events, at most this many per minute: sums over any window (at most
 * 90 days, 129,600 minutes) stay below 2^53, so every sum is an exact integer whatever its order.
 */
export const MAX_EVENTS_PER_MINUTE = 10_000_000_000;

export type RawPoint = { timestamp?: unknown; good?: unknown; total?: unknown };
export type ValidPoint = { minute: Date; good: number; total: number };
export type PointIssue = { index: number; path: string; message: string };

// RFC 3339: date, "T" (or space), time, and a mandatory offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function countIssue(index: number, field: "good" | "total", value: unknown): PointIssue | null {
  const path = `points[${index}].${field}`;
  if (typeof value !== "number")
    return { index, path, message: `${path} must be a number, got ${JSON.stringify(value) ?? "nothing"}.` };
  if (!Number.isFinite(value)) return { index, path, message: `${path} must be finite.` };
  if (value < 0) return { index, path, message: `${path} is ${value}; event counts cannot be negative.` };
  if (!Number.isInteger(value))
    return { index, path, message: `${path} is ${value}; push whole event counts (Vigil keeps pushed counts exact).` };
  if (value > MAX_EVENTS_PER_MINUTE)
    return { index, path, message: `${path} is ${value}; at most ${MAX_EVENTS_PER_MINUTE} events per minute.` };
  return null;
}

function pointIssue(p: RawPoint, index: number, nowMs: number): PointIssue | ValidPoint {
  const tsPath = `points[${index}].timestamp`;
  if (typeof p.timestamp !== "string" || !RFC3339.test(p.timestamp)) {
    return {
      index,
      path: tsPath,
      message: `${tsPath} must be an RFC 3339 time with an offset, like "2026-11-22T10:00:00Z".`,
    };
  }
  const ms = Date.parse(p.timestamp);
  if (!Number.isFinite(ms)) return { index, path: tsPath, message: `${tsPath} "${p.timestamp}" is not a real date.` };
  if (ms > nowMs + MAX_FUTURE_MS)
    return { index, path: tsPath, message: `${tsPath} "${p.timestamp}" is more than 5 minutes in the future.` };
  const issue = countIssue(index, "good", p.good) ?? countIssue(index, "total", p.total);
  if (issue) return issue;
  const good = p.good as number;
  const total = p.total as number;
  if (good > total)
    return {
      index,
      path: `points[${index}].good`,
      message: `points[${index}].good (${good}) is greater than total (${total}).`,
    };
  return { minute: new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS), good, total };
}

/**
 * Checks every point and truncates timestamps to the minute. Returns all issues (each naming
 * the point's index and why) or the points; the caller writes all or nothing.
 */
export function validatePoints(
  points: readonly RawPoint[],
  nowMs: number,
): { ok: true; points: ValidPoint[] } | { ok: false; issues: PointIssue[] } {
  const issues: PointIssue[] = [];
  const valid: ValidPoint[] = [];
  const firstIndexOfMinute = new Map<number, number>();
  points.forEach((raw, index) => {
    const r = pointIssue(typeof raw === "object" && raw !== null ? raw : {}, index, nowMs);
    if ("message" in r) return void issues.push(r);
    const minute = r.minute.getTime();
    const earlier = firstIndexOfMinute.get(minute);
    if (earlier !== undefined) {
      issues.push({
        index,
        path: `points[${index}].timestamp`,
        message: `points[${index}] is in the same minute as points[${earlier}] (${r.minute.toISOString()}); send one point per minute.`,
      });
      return;
    }
    firstIndexOfMinute.set(minute, index);
    valid.push(r);
  });
  return issues.length ? { ok: false, issues } : { ok: true, points: valid };
}
