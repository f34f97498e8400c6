// A minimal client for Prometheus's HTTP API (`/api/v1/query_range`, `/api/v1/status/buildinfo`).
import { adminPolicy, outboundRequest, type OutboundResponse } from "@/lib/outbound/request";
import {
  alignPoints,
  chunkRange,
  matrixToMinutes,
  rangeParams,
  type MinutePoint,
  type QueryRangeBody,
} from "./core/parse";

export type PrometheusConfig = { url: string; bearerToken?: string | null; timeoutMs?: number };

const DEFAULT_TIMEOUT_MS = 10_000;
// A range query chunk is at most ~11,000 points per series; this leaves room for many series.
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export class PrometheusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PrometheusError";
  }
}

async function getJson(config: PrometheusConfig, path: string, params?: URLSearchParams): Promise<unknown> {
  const base = config.url.replace(/\/+$/, "");
  const url = `${base}${path}${params ? `?${params}` : ""}`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (config.bearerToken) headers.authorization = `Bearer ${config.bearerToken}`;
  let response: OutboundResponse;
  try {
    response = await outboundRequest(url, {
      headers,
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxResponseBytes: MAX_RESPONSE_BYTES,
      policy: adminPolicy(),
    });
  } catch (e) {
    const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    throw new PrometheusError(`Prometheus at ${base} is unreachable: ${cause}`);
  }
  const ok = response.status >= 200 && response.status < 300;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    throw new PrometheusError(
      `Prometheus at ${base} answered HTTP ${response.status} without JSON; is this the Prometheus base URL?`,
    );
  }
  const error = (body as { error?: string }).error;
  if (!ok) throw new PrometheusError(`Prometheus answered HTTP ${response.status}${error ? `: ${error}` : ""}`);
  return body;
}

/** Events per minute for [from, to) (minute-aligned epoch ms), in chunks under Prometheus's point cap. */
export async function queryMinutes(
  config: PrometheusConfig,
  query: string,
  from: number,
  to: number,
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const chunk of chunkRange(from, to)) {
    const body = (await getJson(
      config,
      "/api/v1/query_range",
      rangeParams(query, chunk.from, chunk.to),
    )) as QueryRangeBody;
    try {
      for (const [minute, value] of matrixToMinutes(body))
        if (minute >= chunk.from && minute < chunk.to) out.set(minute, value);
    } catch (e) {
      throw new PrometheusError(e instanceof Error ? e.message : String(e));
    }
  }
  return out;
}

/** The SLI's good/total points for [from, to); minutes without samples are absent (gaps). */
export async function fetchSliPoints(
  config: PrometheusConfig,
  queries: { good: string; total: string },
  from: number,
  to: number,
): Promise<MinutePoint[]> {
  const [good, total] = await Promise.all([
    queryMinutes(config, queries.good, from, to),
    queryMinutes(config, queries.total, from, to),
  ]);
  return alignPoints(good, total);
}

/** Checks that the URL answers as Prometheus; returns its version. */
export async function testConnection(config: PrometheusConfig): Promise<{ version: string }> {
  const body = (await getJson(config, "/api/v1/status/buildinfo")) as { data?: { version?: string } };
  return { version: body.data?.version ?? "unknown" };
}
