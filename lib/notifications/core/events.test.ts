import { describe, expect, it } from "vitest";
import { renderBody, renderEmail, toMessage, wants, type NotificationEvent } from "./events";

const event: NotificationEvent = {
  type: "incident.declared",
  orgId: "o1",
  private: false,
  title: "INC-7 declared: Checkout <errors>",
  text: "SEV1 · investigating",
  url: "https://vigil.example.com/acme/incidents/7",
  data: { incidentNumber: 7 },
  occurredAt: new Date("2026-11-23T10:00:00Z"),
};

describe("notification messages", () => {
  it("renders Vigil's JSON with the event's fields", () => {
    const body = JSON.parse(renderBody("webhook", toMessage("evt_1", event)));
    expect(body).toEqual({
      id: "evt_1",
      type: "incident.declared",
      occurredAt: "2026-11-23T10:00:00.000Z",
      title: event.title,
      text: event.text,
      url: event.url,
      data: { incidentNumber: 7 },
    });
  });

  it("renders a Slack message with escaped text and a link", () => {
    const body = JSON.parse(renderBody("slack", toMessage("evt_1", event)));
    expect(body.text).toContain("Checkout <errors>");
    expect(body.blocks[0].text.text).toContain("Checkout &lt;errors&gt;");
    expect(body.blocks[0].text.text).toContain("|Open in Vigil>");
  });

  it("never names a private incident", () => {
    const message = toMessage("evt_2", { ...event, private: true });
    const rendered = renderBody("webhook", message) + renderBody("slack", message);
    expect(rendered).not.toContain("Checkout");
    expect(message.data).toEqual({ private: true });
  });

  it("delivers to targets subscribed to the type, or to everything", () => {
    expect(wants([], "slo.alert_fired")).toBe(true);
    expect(wants(["incident.declared"], "slo.alert_fired")).toBe(false);
    expect(wants(["incident.declared"], "incident.declared")).toBe(true);
    expect(wants(["incident.declared"], "test")).toBe(true);
  });
});

describe("email messages", () => {
  it("carry the title as the subject and a link back to Vigil", () => {
    const message = toMessage("evt_1", {
      type: "incident.declared",
      orgId: "o",
      private: false,
      title: "INC-7 declared (SEV2)",
      text: "Queue backlog",
      url: "https://vigil.example/acme/incidents/7",
      data: {},
      occurredAt: new Date("2026-12-01T03:00:00Z"),
    });
    expect(renderEmail(message)).toEqual({
      subject: "[Vigil] INC-7 declared (SEV2)",
      text: "Queue backlog\n\nOpen in Vigil: https://vigil.example/acme/incidents/7\n\n— incident.declared at 2026-12-01T03:00:00.000Z",
    });
  });
});
