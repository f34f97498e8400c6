import { describe, expect, it } from "vitest";
import { statusBadgeSvg } from "./badge";
import { pageStatus } from "./status";

describe("statusBadgeSvg", () => {
  it("is an SVG with an accessible title naming the status", () => {
    const svg = statusBadgeSvg(pageStatus(["operational"]));
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-label="status: All Systems Operational"');
    expect(svg).toContain("<title>status: All Systems Operational</title>");
    expect(svg).toContain("#2e7d32");
  });

  it("colours by indicator and takes a label", () => {
    const svg = statusBadgeSvg(pageStatus(["major_outage"]), "Acme");
    expect(svg).toContain("<title>Acme: Major System Outage</title>");
    expect(svg).toContain("#c62828");
  });
});
