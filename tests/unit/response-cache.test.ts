import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ResponseCache, chooseEncoding, isStorable, makePage } from "../../server/response-cache.js";

const html = (text: string, extra: Record<string, string> = {}) => ({
  status: 200,
  headers: new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "public, max-age=0, s-maxage=300",
    "Content-Language": "sv",
    ETag: `W/"${text.length}"`,
    ...extra,
  }),
  body: new TextEncoder().encode(`<!DOCTYPE html><html lang="sv"><body>${text}</body></html>`),
});

describe("ResponseCache", () => {
  it("stores a page once with brotli and gzip forms that decode to the page", () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
    const answer = html("Hej ก ж ".repeat(500));
    const page = cache.store("k", answer);
    expect(page).toBeDefined();
    expect(brotliDecompressSync(page!.br).equals(Buffer.from(answer.body))).toBe(true);
    expect(gunzipSync(page!.gzip).equals(Buffer.from(answer.body))).toBe(true);
    expect(page!.etag).toBe(answer.headers.get("etag"));
    expect(Object.fromEntries(page!.headers)).toEqual({
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, max-age=0, s-maxage=300",
      "Content-Language": "sv",
      ETag: answer.headers.get("etag"),
      Vary: "Accept-Encoding",
    });
    expect(cache.get("k")).toBe(page);
  });

  it("stays within its entry bound under 10,000 distinct keys", () => {
    const cache = new ResponseCache({ maxEntries: 25, maxBytes: 64 * 1024 * 1024 });
    const answer = html("page");
    const page = makePage(answer.headers, answer.body, "/:lang/services");
    for (let i = 0; i < 10_000; i += 1) {
      cache.put(`/sv/services?q=${i}`, page);
      expect(cache.size).toBeLessThanOrEqual(25);
    }
    expect(cache.size).toBe(25);
    expect(cache.get("/sv/services?q=9999")).toBeDefined();
    expect(cache.get("/sv/services?q=0")).toBeUndefined();
  });

  it("stays within its byte bound under 10,000 distinct keys", () => {
    const maxBytes = 50_000;
    const cache = new ResponseCache({ maxEntries: 10_000, maxBytes });
    const pages = Array.from({ length: 50 }, (_, i) => {
      const answer = html(`${i} `.repeat(200 + i * 40));
      return makePage(answer.headers, answer.body, "/:lang/services");
    });
    for (let i = 0; i < 10_000; i += 1) {
      cache.put(`/sv/services?q=${i}`, pages[i % pages.length]!);
      expect(cache.bytes).toBeLessThanOrEqual(maxBytes);
    }
    expect(cache.size).toBeGreaterThan(0);
    expect(cache.size).toBeLessThan(10_000);
  });

  it("empties itself when the directory version changes", () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
    cache.useVersion(1);
    cache.store("a", html("a"));
    cache.useVersion(1);
    expect(cache.size).toBe(1);
    cache.useVersion(2);
    expect(cache.size).toBe(0);
  });

  it("can be switched off", () => {
    const cache = new ResponseCache({ maxEntries: 0, maxBytes: 1024 });
    expect(cache.store("a", html("a"))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("does not store a page larger than its per-page limit", () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1024 * 1024, maxEntryBytes: 100 });
    expect(cache.store("a", html("x".repeat(200)))).toBeUndefined();
  });
});

describe("isStorable", () => {
  const headers = (extra: Record<string, string>) => html("x", extra).headers;
  it("takes a complete 200 HTML page with an ETag", () => {
    expect(isStorable(200, headers({}))).toBe(true);
    expect(isStorable(200, headers({ Vary: "Accept-Encoding" }))).toBe(true);
  });
  it("refuses redirects, errors, cookies, nonces, no-store, Vary on anything else, other types", () => {
    expect(isStorable(301, headers({}))).toBe(false);
    expect(isStorable(404, headers({}))).toBe(false);
    expect(isStorable(500, headers({}))).toBe(false);
    expect(isStorable(200, headers({ "Set-Cookie": "a=b" }))).toBe(false);
    expect(isStorable(200, headers({ "Content-Security-Policy": "script-src 'nonce-abc'" }))).toBe(false);
    expect(isStorable(200, headers({ "Cache-Control": "no-store" }))).toBe(false);
    expect(isStorable(200, headers({ "Cache-Control": "private, max-age=0" }))).toBe(false);
    expect(isStorable(200, headers({ Vary: "Accept-Language" }))).toBe(false);
    expect(isStorable(200, headers({ Vary: "Accept-Encoding, Cookie" }))).toBe(false);
    expect(isStorable(200, headers({ "Content-Type": "application/json" }))).toBe(false);
    expect(isStorable(200, headers({ "Content-Encoding": "gzip" }))).toBe(false);
    const noEtag = headers({});
    noEtag.delete("etag");
    expect(isStorable(200, noEtag)).toBe(false);
  });
});

describe("chooseEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.9", "gzip"],
    ["*", "br"],
    ["gzip;q=0, *;q=0", "identity"],
    ["identity", "identity"],
    ["", "identity"],
    [undefined, "identity"],
    ["x-gzip", "gzip"],
    ["BR", "br"],
    ["gzip;q=1, br;q=0.9", "gzip"],
    ["deflate", "identity"],
    ["br, gzip, identity;q=0", "br"],
  ] as const)("%s → %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
