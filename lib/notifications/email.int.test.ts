import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeMailer } from "@/lib/email/mailer";
import { declareIncident } from "@/lib/incidents/declare";
import { startWorkers } from "@/lib/jobs/workers";
import { createTarget, targetSchema } from "@/lib/notifications/targets";
import { orgWithMembers } from "@/tests/factories";

// A real SMTP server; the configuration must be in place before the first module reads it.
const { smtp } = await vi.hoisted(async () => {
  const { startSmtpServer } = await import("@/tests/smtp-server");
  const smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.SMTP_FROM = "Vigil <vigil@example.test>";
  return { smtp };
});

beforeAll(() => startWorkers());
afterAll(async () => {
  closeMailer();
  await smtp.close();
});

async function mailTo(address: string, subject: RegExp, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = smtp.messages.find(
      (m) => m.subject && subject.test(m.subject) && JSON.stringify(m.to).includes(address),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} matching ${subject}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("email notification targets", () => {
  it("email a declaration to the target's address through SMTP, and never name a private incident", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const { target } = await createTarget(members.admin.ctx, {
      name: "Incident list",
      kind: "email",
      email: "incidents@example.test",
      events: ["incident.declared"],
    });
    expect(target).toMatchObject({ kind: "email", email: "incidents@example.test", url: null });

    const incident = await declareIncident(members.responder.ctx, { title: "Card payments failing", severity: "SEV1" });
    const mail = await mailTo("incidents@example.test", /INC-\d+ declared \(SEV1\)/);
    expect(mail.subject).toBe(`[Vigil] INC-${incident.number} declared (SEV1)`);
    expect(mail.text).toContain("Card payments failing");
    expect(mail.text).toContain(`/incidents/${incident.number}`);
    expect(mail.references).toContain(`incident-${incident.id}@vigil`);

    await declareIncident(members.responder.ctx, { title: "Leaked signing key", severity: "SEV1", private: true });
    const redacted = await mailTo("incidents@example.test", /A private incident changed/);
    expect(redacted.text).not.toContain("Leaked signing key");
  });

  it("needs an address for email and a URL for webhooks, with messages a person can act on", () => {
    const noAddress = targetSchema.safeParse({ name: "x", kind: "email", url: "https://example.test/hook" });
    expect(noAddress.success).toBe(false);
    expect(
      targetSchema.safeParse({ name: "x", kind: "email", email: "not-an-address" }).error?.issues[0]?.message,
    ).toContain("Enter an email address");
    expect(targetSchema.safeParse({ name: "x", kind: "webhook", email: "ops@example.test" }).success).toBe(false);
    expect(targetSchema.safeParse({ name: "x", kind: "pager" }).error?.issues[0]?.message).toBe(
      "The kind is webhook, slack or email.",
    );
  });
});
