// Which burn-rate alert episodes open and close at one evaluation: pure, unit-tested.
import type { AlertEvaluation } from "./types";

export type OpenEpisode = { id: string; conditionId: string };
export type Transitions = {
  fire: AlertEvaluation[];
  resolve: { episode: OpenEpisode; evaluation: AlertEvaluation | null }[];
};

/**
 * A condition firing with no open episode opens one; an open episode whose condition no longer
 * fires (ok, suppressed by minEvents, no data, or removed from the SLO) is resolved.
 * Idempotent: running it again on its own result changes nothing.
 */
export function alertTransitions(evaluations: readonly AlertEvaluation[], open: readonly OpenEpisode[]): Transitions {
  const openBy = new Map(open.map((e) => [e.conditionId, e]));
  const byId = new Map(evaluations.map((e) => [e.id, e]));
  return {
    fire: evaluations.filter((e) => e.firing && !openBy.has(e.id)),
    resolve: open
      .filter((e) => !byId.get(e.conditionId)?.firing)
      .map((episode) => ({ episode, evaluation: byId.get(episode.conditionId) ?? null })),
  };
}

/** The figures stored with an episode and sent with its notification. */
export function alertFigures(e: AlertEvaluation) {
  return {
    severity: e.severity,
    factor: e.factor,
    longWindowMinutes: e.longWindowMinutes,
    shortWindowMinutes: e.shortWindowMinutes,
    longBurnRate: e.longBurnRate,
    shortBurnRate: e.shortBurnRate,
    longWindowEvents: e.longWindowEvents,
    minEvents: e.minEvents,
    status: e.status,
    reason: e.reason,
  };
}
