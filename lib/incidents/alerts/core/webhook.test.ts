import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { fromWebhook, newWebhookSecret, signWebhook, verifyWebhook, webhookAlertSchema } from "./webhook";

const body = JSON.stringify({ title: "Queue backlog", status: "firing" });

describe("verifyWebhook", () => {
  it("accepts a Standard Webhooks signature made by the reference library", () => {
    const secret = newWebhookSecret();
    const now = new Date();
    const signature = new Webhook(secret).sign("msg_1", now, body);
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signature,
    };
    expect(verifyWebhook([secret], body, headers)).toBe("msg_1");
  });

  it("accepts any of several signatures, for key rotation", () => {
    const [oldSecret, newSecret] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signWebhook(oldSecret, "msg_2", new Date(), body);
    const rotated = {
      ...headers,
      "webhook-signature": `${signWebhook(newSecret, "msg_2", new Date(), body)["webhook-signature"]} ${headers["webhook-signature"]}`,
    };
    expect(verifyWebhook([oldSecret], body, rotated)).toBe("msg_2");
  });

  it("refuses a tampered body, another secret and a changed message id", () => {
    const secret = newWebhookSecret();
    const headers = signWebhook(secret, "msg_3", new Date(), body);
    expect(() => verifyWebhook([secret], body.replace("backlog", "empty"), headers)).toThrow(
      /signature does not match/,
    );
    expect(() => verifyWebhook([newWebhookSecret()], body, headers)).toThrow(/signature does not match/);
    expect(() => verifyWebhook([secret], body, { ...headers, "webhook-id": "msg_4" })).toThrow(
      /signature does not match/,
    );
  });

  it("refuses timestamps outside five minutes either way, with status 401", () => {
    const secret = newWebhookSecret();
    const old = signWebhook(secret, "msg_5", new Date(Date.now() - 6 * 60_000), body);
    const future = signWebhook(secret, "msg_6", new Date(Date.now() + 6 * 60_000), body);
    expect(() => verifyWebhook([secret], body, old)).toThrow(/more than 5 minutes old/);
    expect(() => verifyWebhook([secret], body, future)).toThrow(/in the future/);
    try {
      verifyWebhook([secret], body, old);
    } catch (e) {
      expect(e).toMatchObject({ status: 401, code: "unauthorized" });
    }
    const inside = signWebhook(secret, "msg_7", new Date(Date.now() - 4 * 60_000), body);
    expect(verifyWebhook([secret], body, inside)).toBe("msg_7");
  });

  it("names the missing headers", () => {
    expect(() => verifyWebhook([newWebhookSecret()], body, {})).toThrow(
      /webhook-id, webhook-timestamp and webhook-signature/,
    );
  });
});

describe("webhook body", () => {
  it("defaults severity to SEV3 and keys alerts by dedupKey", () => {
    const alert = webhookAlertSchema.parse({ title: "Backlog", status: "firing", dedupKey: "q1" });
    expect(alert.severity).toBe("SEV3");
    const a = fromWebhook("int1", alert, "msg_a", new Date());
    const b = fromWebhook("int1", { ...alert, status: "resolved" }, "msg_b", new Date());
    expect([a.fingerprint, a.startsAt.getTime(), a.groupKey]).toEqual([
      b.fingerprint,
      b.startsAt.getTime(),
      b.groupKey,
    ]);
    expect(b.endsAt).not.toBeNull();
  });

  it("refuses a missing title or unknown status", () => {
    expect(webhookAlertSchema.safeParse({ status: "firing" }).success).toBe(false);
    expect(webhookAlertSchema.safeParse({ title: "x", status: "open" }).success).toBe(false);
  });
});
