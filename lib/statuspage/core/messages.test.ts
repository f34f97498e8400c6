import { describe, expect, it } from "vitest";
import { incidentRecord, maintenance, page, T0, component } from "../fixtures.test-helpers";
import { confirmationMessage, notificationMessage, personalize } from "./messages";
import { serializeIncident, serializeMaintenance, type StatusSnapshot } from "./serialize";
import { toPublicIncident } from "./types";

const snapshot: Pick<StatusSnapshot, "page" | "components"> = { page, components: [component()] };
const status = { indicator: "major" as const, description: "Partial System Outage" };
const incident = serializeIncident(snapshot, toPublicIncident(incidentRecord())!);

describe("subscriber messages", () => {
  it("tell an incident's public updates, newest first, with its link, and never internal notes", () => {
    const m = notificationMessage("msg_1", { id: page.id, name: "Acme", url: page.url, status }, incident);
    expect(m.subject).toBe("[Acme] Incident: Elevated errors on the API – Identified");
    expect(m.text.indexOf("The cause is found")).toBeLessThan(m.text.indexOf("We are looking into errors."));
    expect(m.text).toContain(incident.shortlink);
    expect(m.text).toContain("Affected: API");
    expect(JSON.stringify(m)).not.toContain("SECRET");
    expect(m.payload).toEqual({
      page: { id: page.id, status_indicator: "major", status_description: "Partial System Outage" },
      incident,
    });
    expect(m.threadId).toBe(`${incident.id}@vigil.test`);
  });

  it("escape HTML in the email body", () => {
    const evil = {
      ...incident,
      name: "<script>x</script>",
      incident_updates: [{ ...incident.incident_updates[0]!, body: 'a < b & "c"' }],
    };
    const m = notificationMessage("msg_2", { id: page.id, name: "Acme", url: page.url, status }, evil);
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;");
    expect(m.html).toContain("a &lt; b &amp; &quot;c&quot;");
  });

  it("name maintenance as such, with its window", () => {
    const m = notificationMessage(
      "msg_3",
      { id: page.id, name: "Acme", url: page.url, status },
      serializeMaintenance(snapshot, maintenance(), T0),
    );
    expect(m.subject).toBe("[Acme] Maintenance: Database upgrade – Scheduled");
    expect(m.text).toContain("Scheduled: 2026-03-01T13:00:00.000Z – 2026-03-01T14:00:00.000Z (UTC)");
  });

  it("give each subscriber their own unsubscribe link, in the text, the HTML and the webhook's meta", () => {
    const m = notificationMessage("msg_4", { id: page.id, name: "Acme", url: page.url, status }, incident);
    const mine = personalize(m, "https://vigil.test/status/acme/subscriptions/unsubscribe?token=abc");
    expect(mine.text).toContain("Unsubscribe: https://vigil.test/status/acme/subscriptions/unsubscribe?token=abc");
    expect(mine.html).toContain('href="https://vigil.test/status/acme/subscriptions/unsubscribe?token=abc"');
    expect(mine.payload.meta.unsubscribe).toBe("https://vigil.test/status/acme/subscriptions/unsubscribe?token=abc");
    expect(mine.payload.incident).toBe(incident);
  });

  it("ask for confirmation with the link", () => {
    const m = confirmationMessage("Acme", "https://vigil.test/status/acme/subscriptions/confirm?token=t");
    expect(m.subject).toBe("Confirm your subscription to Acme status");
    expect(m.text).toContain("https://vigil.test/status/acme/subscriptions/confirm?token=t");
    expect(m.html).toContain('href="https://vigil.test/status/acme/subscriptions/confirm?token=t"');
  });
});
