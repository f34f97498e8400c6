import { describe, expect, it } from "vitest";
import { createActionItemSchema } from "@/lib/postmortems/action-items";
import { createServiceSchema } from "@/lib/services/catalog";
import { createStatusPageSchema } from "@/lib/statuspage/core/schemas";
import { httpUrl, isHttpUrl } from "./http-url";

const HOSTILE = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x",
  "/relative",
];

describe("httpUrl", () => {
  const schema = httpUrl("Give the link as an http(s) address.");
  it.each(HOSTILE)("refuses %s", (value) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Give the link as an http(s) address.");
    expect(isHttpUrl(value)).toBe(false);
  });
  it.each(["https://runbooks.example.com/checkout", "http://grafana.internal:3000/d/abc?x=1"])(
    "accepts %s",
    (value) => {
      expect(schema.parse(value)).toBe(value);
      expect(isHttpUrl(value)).toBe(true);
    },
  );
  it("refuses addresses over 2,000 characters", () => {
    expect(schema.safeParse(`https://example.com/${"a".repeat(2000)}`).success).toBe(false);
  });
});

describe("every stored URL field uses it", () => {
  it("service links", () => {
    for (const field of ["runbook", "repository", "dashboard", "onCall"]) {
      const result = createServiceSchema.safeParse({ name: "Web", slug: "web", links: { [field]: HOSTILE[0] } });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["links", field]);
    }
  });
  it("status page logo and support links", () => {
    for (const field of ["logoUrl", "supportUrl"]) {
      const result = createStatusPageSchema.safeParse({ name: "Acme", slug: "acme", [field]: HOSTILE[0] });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
  });
  it("post-mortem action items' tracker links", () => {
    const result = createActionItemSchema.safeParse({
      title: "Add a check",
      type: "prevent",
      priority: "high",
      trackerUrl: HOSTILE[0],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["trackerUrl"]);
  });
});
