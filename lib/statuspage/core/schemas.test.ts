import { describe, expect, it } from "vitest";
import { componentSchema, createMaintenanceSchema, createStatusPageSchema, updateStatusPageSchema } from "./schemas";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe("status page input", () => {
  it("fills defaults and normalises", () => {
    const page = createStatusPageSchema.parse({
      name: " Acme ",
      slug: "Acme-Status",
      hostName: "Status.Example.com",
      brandColor: "#AABBCC",
    });
    expect(page).toMatchObject({
      name: "Acme",
      slug: "acme-status",
      hostName: "status.example.com",
      brandColor: "#aabbcc",
      timeZone: "UTC",
      published: false,
    });
  });

  it("explains bad slugs, hosts, colours, links and time zones", () => {
    const r = createStatusPageSchema.safeParse({
      name: "A",
      slug: "a b",
      hostName: "https://x.com/",
      brandColor: "blue",
      supportUrl: "javascript:alert(1)",
      timeZone: "Mars/Base",
    });
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        "Use lowercase letters, digits and single dashes, e.g. acme.",
        "Give a host name such as status.example.com (no scheme, no path).",
        "Give a colour as #rrggbb, e.g. #2563eb.",
        "Give the support link as an http(s) address.",
        "Give an IANA time zone such as Europe/Paris or UTC.",
      ]),
    );
  });

  it("updates only what is given", () => {
    expect(updateStatusPageSchema.parse({ published: true })).toEqual({ published: true });
    expect(updateStatusPageSchema.parse({ hostName: null })).toEqual({ hostName: null });
  });
});

describe("component input", () => {
  it("parses a start date as a UTC day", () => {
    expect(componentSchema.parse({ name: "API", startDate: "2026-01-31" }).startDate).toEqual(
      new Date("2026-01-31T00:00:00.000Z"),
    );
    expect(messages(componentSchema.safeParse({ name: "API", startDate: "31/01/2026" }))).toEqual([
      "Give a date as YYYY-MM-DD.",
    ]);
  });
});

describe("maintenance input", () => {
  it("needs the end after the start", () => {
    const r = createMaintenanceSchema.safeParse({
      name: "Upgrade",
      scheduledFor: "2026-03-01T10:00:00Z",
      scheduledUntil: "2026-03-01T09:00:00Z",
      body: "x",
    });
    expect(messages(r)).toEqual(["The end must be after the start."]);
    const ok = createMaintenanceSchema.parse({
      name: "Upgrade",
      scheduledFor: "2026-03-01T10:00:00Z",
      scheduledUntil: "2026-03-01T11:00:00Z",
      body: "x",
    });
    expect(ok.scheduledFor).toEqual(new Date("2026-03-01T10:00:00Z"));
    expect(ok.componentIds).toEqual([]);
  });
});
