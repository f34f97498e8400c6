import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { signatureHeaders } from "./signing";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("outbound webhook signatures", () => {
  it("produce the Standard Webhooks reference signature", () => {
    // The specification's test vector.
    const headers = signatureHeaders(
      secret,
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      '{"test": 2432232314}',
      new Date(1614265330 * 1000),
    );
    expect(headers).toEqual({
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    });
  });

  it("verify with a receiver's Standard Webhooks library, and not after tampering", () => {
    const body = JSON.stringify({ hello: "world" });
    const headers = signatureHeaders(secret, "msg_1", body);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ hello: "world" });
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });
});
