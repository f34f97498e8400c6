import { describe, expect, it } from "vitest";
import { alertmanagerPayloadSchema } from "./alertmanager";
import { alertTitle, fromAlertmanager, severityFromLabel } from "./normalize";

const payload = {
  receiver: "vigil",
  status: "firing",
  alerts: [
    {
      status: "firing",
      labels: { alertname: "HighErrorRate", severity: "critical", service: "checkout" },
      annotations: { summary: "Checkout errors above 5%", description: "5xx ratio 7%" },
      startsAt: "2026-11-23T10:00:00.123Z",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus/graph",
      fingerprint: "a1b2c3",
    },
    {
      status: "resolved",
      labels: { alertname: "DiskFull" },
      annotations: {},
      startsAt: "2026-11-23T09:00:00Z",
      endsAt: "2026-11-23T09:30:00Z",
      generatorURL: "",
      fingerprint: "d4e5f6",
    },
  ],
  groupLabels: { alertname: "HighErrorRate" },
  commonLabels: { env: "prod" },
  commonAnnotations: {},
  externalURL: "http://alertmanager:9093",
  version: "4",
  groupKey: '{}:{alertname="HighErrorRate"}',
  truncatedAlerts: 0,
};

describe("Alertmanager payload", () => {
  it("parses version 4 and normalizes each alert", () => {
    const alerts = fromAlertmanager(alertmanagerPayloadSchema.parse(payload));
    expect(alerts[0]).toMatchObject({
      source: "alertmanager",
      fingerprint: "a1b2c3",
      status: "firing",
      severity: "SEV1",
      title: "Checkout errors above 5%",
      summary: "5xx ratio 7%",
      endsAt: null,
      service: "checkout",
      labels: { env: "prod", alertname: "HighErrorRate" },
    });
    expect(alerts[0]!.startsAt.toISOString()).toBe("2026-11-23T10:00:00.123Z");
    expect(alerts[1]).toMatchObject({ status: "resolved", title: "DiskFull", severity: "SEV3" });
    expect(alerts[1]!.endsAt?.toISOString()).toBe("2026-11-23T09:30:00.000Z");
  });

  it("accepts Go's nanosecond timestamps and offsets", () => {
    const alert = { ...payload.alerts[0]!, startsAt: "2026-11-23T11:00:00.123456789+01:00" };
    const [parsed] = fromAlertmanager(alertmanagerPayloadSchema.parse({ ...payload, alerts: [alert] }));
    expect(parsed!.startsAt.toISOString()).toBe("2026-11-23T10:00:00.123Z");
  });

  it("refuses other payload versions and missing fields with readable issues", () => {
    const wrong = alertmanagerPayloadSchema.safeParse({ ...payload, version: "3" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toContain("version 4");
    expect(alertmanagerPayloadSchema.safeParse({ ...payload, alerts: [{ status: "firing" }] }).success).toBe(false);
  });
});

describe("severity mapping", () => {
  it("maps the conventional severity label values", () => {
    expect(severityFromLabel("critical")).toBe("SEV1");
    expect(severityFromLabel("error")).toBe("SEV2");
    expect(severityFromLabel("High")).toBe("SEV2");
    expect(severityFromLabel("warning")).toBe("SEV3");
    expect(severityFromLabel("info")).toBe("SEV4");
    expect(severityFromLabel("sev1")).toBe("SEV1");
  });

  it("lets an organization's own label values win over the built-in ones", () => {
    const alerts = fromAlertmanager(alertmanagerPayloadSchema.parse(payload), { critical: "SEV2", disk: "SEV4" });
    expect(alerts[0]!.severity).toBe("SEV2");
    expect(severityFromLabel("warning", { warning: "SEV4" })).toBe("SEV4");
  });

  it("falls back to SEV3 for missing or unknown values", () => {
    expect(severityFromLabel(undefined)).toBe("SEV3");
    expect(severityFromLabel("bananas")).toBe("SEV3");
  });
});

describe("alertTitle", () => {
  it("prefers the summary annotation, then the alert name", () => {
    expect(alertTitle({ alertname: "X" }, { summary: "Disk full" })).toBe("Disk full");
    expect(alertTitle({ alertname: "X" }, {})).toBe("X");
    expect(alertTitle({}, {})).toBe("Alert from Alertmanager");
    expect(alertTitle({}, { summary: "a".repeat(300) })).toHaveLength(200);
  });
});
