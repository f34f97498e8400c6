// Budget policy: which SLOs freeze a service's deploys. Pure, unit-tested.
import type { SloStatus } from "./types";

export type BlockingSlo = { sloId: string; name: string; reason: string; remainingRatio: number; threshold: number };

/**
 * An SLO blocks when its remaining budget share is below its threshold, or the budget is
 * exhausted (remainingRatio <= 0) whatever the threshold: "default 0" means "frozen once spent".
 */
export function blockingSlos(
  items: readonly { id: string; name: string; freezeBelowRatio: string; status: SloStatus }[],
): BlockingSlo[] {
  const out: BlockingSlo[] = [];
  for (const { id, name, freezeBelowRatio, status } of items) {
    const threshold = Number(freezeBelowRatio);
    const ratio = status.errorBudget.remainingRatio;
    if (ratio > 0 && ratio >= threshold) continue;
    const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
    const reason =
      ratio <= 0
        ? `The error budget is exhausted (${pct(ratio)} remaining).`
        : `${pct(ratio)} of the error budget remains, below the ${pct(threshold)} freeze threshold.`;
    out.push({ sloId: id, name, reason, remainingRatio: ratio, threshold });
  }
  return out;
}
