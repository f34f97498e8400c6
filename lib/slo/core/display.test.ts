import { describe, expect, it } from "vitest";
import { burnState, percent } from "./display";
import type { AlertEvaluation } from "./types";

const a = (severity: "page" | "ticket", firing: boolean, status: AlertEvaluation["status"]) =>
  ({ severity, firing, status }) as AlertEvaluation;

describe("format", () => {
  it("formats ratios as percentages and null as a dash", () => {
    expect(percent(0.9995)).toBe("99.950 %");
    expect(percent(null)).toBe("—");
  });
  it("ranks paging over ticket over low traffic", () => {
    expect(burnState([a("ticket", true, "firing"), a("page", true, "firing")]).label).toBe("Paging");
    expect(burnState([a("ticket", true, "firing"), a("page", false, "ok")]).label).toBe("Ticket");
    expect(burnState([a("page", false, "suppressed")]).label).toBe("Low traffic");
    expect(burnState([a("page", false, "no-data")]).label).toBe("No data");
    expect(burnState([a("page", false, "ok")]).label).toBe("OK");
  });
});
