// Pure conversion of Prometheus `query_range` answers into Vigil's per-minute SLI points.
// An SLI's PromQL yields events per second (e.g. `sum(rate(x[1m]))`); the sample at minute
// m + 1 min covers the minute [m, m + 1 min), so good/total per minute = value × 60.
import { MINUTE_MS } from "@/lib/time/units";

export const STEP_SECONDS = 60;
/** Prometheus refuses range queries with more than 11,000 points per series. */
export const MAX_POINTS_PER_QUERY = 11_000;

export type MinutePoint = { minute: Date; good: number; total: number };

type Sample = [number, string];
type MatrixSeries = { metric: Record<string, string>; values: Sample[] };
export type QueryRangeBody = {
  status: string;
  data?: { resultType: string; result: unknown[] };
  error?: string;
  errorType?: string;
};

/** Per-minute events of one query: minute start (epoch ms) → events in that minute. */
export function matrixToMinutes(body: QueryRangeBody): Map<number, number> {
  if (body.status !== "success" || !body.data)
    throw new Error(`Prometheus answered ${body.errorType ?? "an error"}: ${body.error ?? "no data"}`);
  const { resultType, result } = body.data;
  if (resultType !== "matrix") throw new Error(`expected a range vector (matrix) from Prometheus, got "${resultType}"`);
  if (result.length > 1)
    throw new Error(`the query returned ${result.length} series; aggregate it to one, e.g. with sum(...)`);
  const out = new Map<number, number>();
  const series = result[0] as MatrixSeries | undefined;
  for (const [seconds, raw] of series?.values ?? []) {
    const perSecond = Number(raw);
    // NaN/Inf (e.g. 0/0 in a ratio query) carry no count: treated as a gap.
    if (!Number.isFinite(perSecond)) continue;
    const minute = seconds * 1000 - MINUTE_MS;
    if (minute % MINUTE_MS !== 0) continue;
    out.set(minute, Math.max(0, perSecond * STEP_SECONDS));
  }
  return out;
}

/**
 * Joins good and total into points. Only minutes where both have a sample become points;
 * the rest are gaps (never zero, never good). Good is clamped to total because two
 * independent rate() evaluations can disagree by rounding.
 */
export function alignPoints(good: Map<number, number>, total: Map<number, number>): MinutePoint[] {
  const points: MinutePoint[] = [];
  for (const [minute, t] of [...total].sort((a, b) => a[0] - b[0])) {
    const g = good.get(minute);
    if (g === undefined) continue;
    points.push({ minute: new Date(minute), good: Math.min(g, t), total: t });
  }
  return points;
}

/** Splits [from, to) (minute-aligned epoch ms) into ranges of at most `maxMinutes` minutes. */
export function chunkRange(
  from: number,
  to: number,
  maxMinutes = MAX_POINTS_PER_QUERY - 1,
): { from: number; to: number }[] {
  const chunks: { from: number; to: number }[] = [];
  for (let start = from; start < to; start += maxMinutes * MINUTE_MS)
    chunks.push({ from: start, to: Math.min(to, start + maxMinutes * MINUTE_MS) });
  return chunks;
}

/** Query parameters for the minutes [from, to): samples at from + 1 min … to. */
export function rangeParams(query: string, from: number, to: number): URLSearchParams {
  return new URLSearchParams({
    query,
    start: String((from + MINUTE_MS) / 1000),
    end: String(to / 1000),
    step: `${STEP_SECONDS}s`,
  });
}
