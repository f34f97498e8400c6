import { describe, expect, it } from "vitest";
import { addBusinessDays, dueDate, isOverdue, obligationFor, policiesWithDefaults } from "./policy";

const at = (s: string) => new Date(s);

describe("addBusinessDays", () => {
  it("skips weekends and keeps the time of day", () => {
    // Wednesday 2026-12-02 10:00 + 5 business days = Wednesday 2026-12-09 10:00.
    expect(addBusinessDays(at("2026-12-02T10:00:00Z"), 5).toISOString()).toBe("2026-12-09T10:00:00.000Z");
    // Friday + 1 = Monday.
    expect(addBusinessDays(at("2026-12-04T16:30:00Z"), 1).toISOString()).toBe("2026-12-07T16:30:00.000Z");
    // Thursday + 2 = Monday.
    expect(addBusinessDays(at("2026-12-03T08:00:00Z"), 2).toISOString()).toBe("2026-12-07T08:00:00.000Z");
  });

  it("counts a weekend start from the next Monday", () => {
    expect(addBusinessDays(at("2026-12-05T09:00:00Z"), 5).toISOString()).toBe("2026-12-14T09:00:00.000Z");
    expect(addBusinessDays(at("2026-12-06T23:00:00Z"), 1).toISOString()).toBe("2026-12-08T23:00:00.000Z");
    expect(addBusinessDays(at("2026-12-06T23:00:00Z"), 0).toISOString()).toBe("2026-12-07T23:00:00.000Z");
  });
});

describe("severity policy", () => {
  const defaults = policiesWithDefaults([]);

  it("requires SEV1 in 3 calendar days and SEV2 in 5 business days by default", () => {
    const friday = at("2026-12-04T12:00:00Z");
    expect(obligationFor({ severity: "SEV1", resolvedAt: friday }, defaults)).toEqual({
      required: true,
      dueAt: at("2026-12-07T12:00:00Z"),
    });
    expect(obligationFor({ severity: "SEV2", resolvedAt: friday }, defaults)).toEqual({
      required: true,
      dueAt: at("2026-12-11T12:00:00Z"),
    });
    expect(obligationFor({ severity: "SEV3", resolvedAt: friday }, defaults).required).toBe(false);
    expect(obligationFor({ severity: "SEV1", resolvedAt: null }, defaults)).toEqual({ required: true, dueAt: null });
  });

  it("uses an organization's own policy over the defaults", () => {
    const own = policiesWithDefaults([{ severity: "SEV3", required: true, dueAmount: 2, dueUnit: "business_days" }]);
    expect(own.find((p) => p.severity === "SEV3")).toMatchObject({ required: true, dueAmount: 2 });
    expect(own.find((p) => p.severity === "SEV1")).toMatchObject({
      required: true,
      dueAmount: 3,
      dueUnit: "calendar_days",
    });
    expect(dueDate(at("2026-12-04T12:00:00Z"), { dueAmount: 2, dueUnit: "business_days" }).toISOString()).toBe(
      "2026-12-08T12:00:00.000Z",
    );
  });

  it("is overdue only when required, past due and not yet published", () => {
    const o = { required: true, dueAt: at("2026-12-07T12:00:00Z") };
    const later = at("2026-12-08T00:00:00Z");
    expect(isOverdue(o, null, later)).toBe(true);
    expect(isOverdue(o, "draft", later)).toBe(true);
    expect(isOverdue(o, "in_review", later)).toBe(true);
    expect(isOverdue(o, "published", later)).toBe(false);
    expect(isOverdue(o, "closed", later)).toBe(false);
    expect(isOverdue(o, "draft", at("2026-12-07T11:59:00Z"))).toBe(false);
    expect(isOverdue({ required: false, dueAt: o.dueAt }, null, later)).toBe(false);
  });
});
