import "server-only";
import { db, type Tx } from "@/lib/db";
import { log } from "@/lib/observability/log";
import { pollRange } from "./core/backfill";
import { fetchSliPoints, PrometheusError } from "./client";
import type { MinutePoint } from "./core/parse";

/**
 * Writes points keyed by SLI and minute, replacing a minute sent again (the SLO core's
 * `upsertSliPoints`); with `replace`, the stored minutes of that range not in `points` go too.
 */
export type PointWriter = (
  sliId: string,
  points: MinutePoint[],
  client: Tx,
  replace?: { from: number; to: number },
) => Promise<unknown>;

export type PollOutcome = {
  sliId: string;
  status: "polled" | "busy" | "failed" | "unconfigured";
  points?: number;
  error?: string;
};

// Held for the whole poll; backfills of 30 days take a few seconds.
const POLL_TRANSACTION_MS = 5 * 60_000;

/**
 * Polls one Prometheus SLI up to the last complete minute, re-reading the newest few minutes
 * (REPOLL_MINUTES). A transaction-level advisory lock keeps two instances from polling the same
 * SLI at once (the second one skips). polledUntil only moves past what Prometheus answered; on
 * failure lastPollError records why and the next run starts from the same minute, so nothing
 * is skipped. A backfill replaces the window's stored minutes with what the queries return.
 */
export async function pollSli(sliId: string, write: PointWriter, now = Date.now()): Promise<PollOutcome> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtextextended(${`vigil:sli-poll:${sliId}`}, 0)) AS locked`;
      if (!lock?.locked) return { sliId, status: "busy" as const };
      const sli = await tx.sli.findUnique({
        where: { id: sliId },
        select: {
          source: true,
          goodQuery: true,
          totalQuery: true,
          polledUntil: true,
          org: { select: { prometheusUrl: true, prometheusBearerToken: true } },
          slos: { select: { windowKind: true, windowDays: true, calendarUnit: true } },
        },
      });
      if (!sli || sli.source !== "prometheus") return { sliId, status: "unconfigured" as const };
      if (!sli.org.prometheusUrl || !sli.goodQuery || !sli.totalQuery) {
        const error = !sli.org.prometheusUrl
          ? "The organization has no Prometheus URL (Settings → Prometheus)."
          : "The SLI has no good or total PromQL query.";
        await tx.sli.update({ where: { id: sliId }, data: { lastPollError: error } });
        return { sliId, status: "unconfigured" as const, error };
      }
      const range = pollRange(now, sli.polledUntil, sli.slos);
      const config = { url: sli.org.prometheusUrl, bearerToken: sli.org.prometheusBearerToken };
      try {
        const points = await fetchSliPoints(
          config,
          { good: sli.goodQuery, total: sli.totalQuery },
          range.from,
          range.to,
        );
        // Same transaction as polledUntil: the points and the bookmark move together.
        if (range.backfill) await write(sliId, points, tx, { from: range.from, to: range.to });
        else if (points.length) await write(sliId, points, tx);
        await tx.sli.update({ where: { id: sliId }, data: { polledUntil: new Date(range.to), lastPollError: null } });
        return { sliId, status: "polled" as const, points: points.length };
      } catch (e) {
        if (!(e instanceof PrometheusError)) throw e;
        await tx.sli.update({
          where: { id: sliId },
          data: { lastPollError: `${new Date(now).toISOString()}: ${e.message}` },
        });
        log.warn({ sliId, err: e.message }, "prometheus poll failed");
        return { sliId, status: "failed" as const, error: e.message };
      }
    },
    { timeout: POLL_TRANSACTION_MS, maxWait: 10_000 },
  );
}

/**
 * One scheduled tick: polls every Prometheus SLI of every organization, one after another. An SLI
 * that fails unexpectedly (not Prometheus's answer: e.g. its write) is logged and reported as
 * failed, and the others are still polled.
 */
export async function pollAllPrometheusSlis(write: PointWriter, now = Date.now()): Promise<PollOutcome[]> {
  const slis = await db.sli.findMany({
    where: { source: "prometheus", org: { prometheusUrl: { not: null } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const outcomes: PollOutcome[] = [];
  for (const { id } of slis) {
    try {
      outcomes.push(await pollSli(id, write, now));
    } catch (e) {
      log.error({ err: e, sliId: id }, "prometheus poll of one SLI failed unexpectedly; polling the others");
      const error = "Vigil failed to store this poll (logged on the server); the next tick retries the same minutes.";
      await db.sli
        .update({ where: { id }, data: { lastPollError: `${new Date(now).toISOString()}: ${error}` } })
        .catch(() => undefined);
      outcomes.push({ sliId: id, status: "failed", error });
    }
  }
  return outcomes;
}
