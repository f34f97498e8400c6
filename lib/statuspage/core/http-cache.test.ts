import { describe, expect, it } from "vitest";
import { cachedBody, conditionalResponse, etagOf, matchesIfNoneMatch, PUBLIC_CACHE_CONTROL } from "./http-cache";

describe("ETags", () => {
  it("depend on the content only, so every instance tags the same content alike", () => {
    expect(etagOf(Buffer.from("a"))).toBe(etagOf(Buffer.from("a")));
    expect(etagOf(Buffer.from("a"))).not.toBe(etagOf(Buffer.from("b")));
    expect(etagOf(Buffer.from("a"))).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
  });

  it("match If-None-Match by weak comparison, in lists and with *", () => {
    const tag = etagOf(Buffer.from("x"));
    const opaque = tag.slice(2);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(opaque, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch("", tag)).toBe(false);
  });
});

describe("conditionalResponse", () => {
  const body = cachedBody("<p>hello</p>".repeat(100), "text/html; charset=utf-8");

  it("answers 304 without a body when the tag matches, with the same validators and cache policy", () => {
    const r = conditionalResponse(body, body.etag);
    expect(r.status).toBe(304);
    expect(r.body).toBeNull();
    expect(r.headers).toMatchObject({ etag: body.etag, "cache-control": PUBLIC_CACHE_CONTROL });
    expect(r.headers["content-type"]).toBeUndefined();
  });

  it("answers 200 with the body, its type and the extra headers otherwise", () => {
    const r = conditionalResponse(body, '"stale"', { "access-control-allow-origin": "*" });
    expect(r).toMatchObject({
      status: 200,
      headers: { etag: body.etag, "content-type": "text/html; charset=utf-8", "access-control-allow-origin": "*" },
    });
    expect(r.body!.toString()).toBe(body.bytes.toString());
  });

  it("lets CDNs keep serving a copy when Vigil cannot answer", () => {
    expect(PUBLIC_CACHE_CONTROL).toContain("stale-if-error=");
    expect(PUBLIC_CACHE_CONTROL).toContain("public");
  });
});
