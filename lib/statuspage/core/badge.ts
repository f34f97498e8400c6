import { makeBadge } from "badge-maker";
import type { PageStatus } from "./status";
import type { Indicator } from "./types";

const COLOR: Record<Indicator, string> = {
  none: "#2e7d32",
  maintenance: "#1565c0",
  minor: "#b26a00",
  major: "#d84315",
  critical: "#c62828",
};

/**
 * A shields-style SVG badge of the page's status. badge-maker writes `<title>label: message</title>`
 * and role="img" with aria-label, so screen readers announce it.
 */
export function statusBadgeSvg(status: PageStatus, label = "status"): string {
  return makeBadge({ label, message: status.description, color: COLOR[status.indicator], style: "flat" });
}
