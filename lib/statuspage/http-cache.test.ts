import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, cachedBody, conditionalResponse, etagOf, matchesIfNoneMatch, PUBLIC_CACHE_CONTROL } from "./http-cache";

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

describe("Accept-Encoding", () => {
  it("takes gzip unless refused with q=0", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe("conditionalResponse", () => {
  const body = cachedBody("<p>hello</p>".repeat(100), "text/html; charset=utf-8");

  it("answers 304 without a body when the tag matches, with the same validators and cache policy", () => {
    const r = conditionalResponse(body, { ifNoneMatch: body.etag, acceptEncoding: "gzip" });
    expect(r.status).toBe(304);
    expect(r.body).toBeNull();
    expect(r.headers).toMatchObject({ etag: body.etag, "cache-control": PUBLIC_CACHE_CONTROL });
    expect(r.headers["content-type"]).toBeUndefined();
  });

  it("answers 200 with gzip when accepted, and plain otherwise, under the same ETag", () => {
    const zipped = conditionalResponse(body, { ifNoneMatch: '"stale"', acceptEncoding: "gzip" });
    expect(zipped).toMatchObject({ status: 200, headers: { "content-encoding": "gzip", etag: body.etag, vary: "Accept-Encoding" } });
    expect(gunzipSync(zipped.body!).toString()).toBe(body.bytes.toString());
    const plain = conditionalResponse(body, { ifNoneMatch: null, acceptEncoding: null }, { "access-control-allow-origin": "*" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String(body.bytes.length));
    expect(plain.headers["access-control-allow-origin"]).toBe("*");
  });

  it("lets CDNs keep serving a copy when Vigil cannot answer", () => {
    expect(PUBLIC_CACHE_CONTROL).toContain("stale-if-error=");
    expect(PUBLIC_CACHE_CONTROL).toContain("public");
  });
});
