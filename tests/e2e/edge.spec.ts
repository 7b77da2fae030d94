import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";
import { rawRequest, type RawResponse } from "./raw-http";

// The edge of the server: requests that must not shape what the next visitor gets, hosts and
// redirects that must not break it, and the response cache in front of the router. Each test
// runs servers of its own (ports base+40…49), with the settings it needs.

const basePort = Number(new URL(baseURL).port) + 40;
let nextPort = 0;
const ownPort = () => basePort + test.info().workerIndex * 5 + (nextPort++ % 5);

test.describe.configure({ mode: "parallel" });

/** Sends a request exactly as written (raw HTTP/1.1, no client normalising anything). */
function raw(port: number, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const all: Record<string, string> = { Host: `127.0.0.1:${port}`, ...headers };
  let head = `GET ${target} HTTP/1.1\r\n`;
  for (const [name, value] of Object.entries(all)) head += `${name}: ${value}\r\n`;
  return rawRequest(port, `${head}Connection: close\r\n\r\n`);
}

/** The shutdown line's count of cached entries. */
function cachedEntries(output: string): number {
  const line = output.split("\n").find((entry) => entry.includes('"event":"shutdown"'));
  const parsed = JSON.parse(line ?? "{}") as { responseCache?: { entries: number } };
  if (!parsed.responseCache) throw new Error("no shutdown line with the response cache's size");
  return parsed.responseCache.entries;
}

const POISONED = ["/sv/print/young-card", "/robots.txt", "/sitemap.xml", "/sv/services/kast"];

test("a request with X-Forwarded-Host: evil.example:4444 shapes neither its own answer nor the next visitor's (QR codes, robots.txt, sitemap.xml, JSON-LD)", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const clean = `http://127.0.0.1:${port}`;
    for (const path of POISONED) {
      const poisoned = await raw(port, path, { "X-Forwarded-Host": "evil.example:4444", Forwarded: "host=evil.example:4444" });
      const next = await raw(port, path);
      for (const response of [poisoned, next]) {
        expect(response.status, path).toBe(200);
        expect(response.body, path).not.toContain("4444");
        expect(response.body, path).not.toContain("evil.example");
        expect(response.body, path).toContain(clean);
      }
    }
    const card = (await raw(port, "/sv/print/young-card")).body;
    expect(card).toContain(`${clean}/sv/help/under-18`); // the address each QR code holds, written beside it
    expect((await raw(port, "/sv/services/kast")).body).toMatch(new RegExp(`"url":"${clean}/sv/services/kast"`));
  } finally {
    await server.stop();
  }
});

test("with TRUST_PROXY a trusted proxy's X-Forwarded-Host names that request's origin only, never the next one's", async () => {
  const port = ownPort();
  const server = await startOwnServer(port, { TRUST_PROXY: "loopback" });
  try {
    const viaProxy = await raw(port, "/robots.txt", { "X-Forwarded-Host": "stodlinjer.example", "X-Forwarded-Proto": "https" });
    expect(viaProxy.body).toContain("Sitemap: https://stodlinjer.example/sitemap.xml");
    const direct = await raw(port, "/sv/services/kast");
    expect(direct.body).not.toContain("stodlinjer.example");
    const proxiedPage = await raw(port, "/sv/services/kast", { "X-Forwarded-Host": "stodlinjer.example", "X-Forwarded-Proto": "https" });
    expect(proxiedPage.body).toContain('"url":"https://stodlinjer.example/sv/services/kast"');
    expect((await raw(port, "/sv/services/kast")).body).not.toContain("stodlinjer.example");
    expect((await raw(port, "/sv/", { "X-Forwarded-Proto": "javascript" })).status).toBe(400);
  } finally {
    await server.stop();
  }
});

test("bad Host and X-Forwarded-Host values get 400, never a 500 or an error log", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    for (const host of ["1.2.3.4.5", "[:::]", "[1.2.3.4]", "256.1.1.1", "x:70000", "a..b", "<script>"]) {
      expect((await raw(port, "/sv/", { Host: host })).status, `Host: ${host}`).toBe(400);
      expect((await raw(port, "/sv/", { "X-Forwarded-Host": host })).status, `X-Forwarded-Host: ${host}`).toBe(400);
    }
    expect((await raw(port, "/sv/", { Host: "[::1]:3000" })).status).toBe(200);
  } finally {
    await server.stop();
  }
  expect(server.output()).not.toContain('"level":"error"');
});

test("no redirect Location starts with // or /\\ (or leaves the site at all)", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const targets = ["//\\evil.example", "///\\\\evil.example", "//evil.example", "/\\/evil.example", "//%5Cevil.example", "/SV//\\evil.example", "/SV/\\evil.example", "//sv//?q=//evil", "/S%56/x", "/%53V/"];
    for (const target of targets) {
      const response = await raw(port, target);
      expect(response.status, target).toBeLessThan(500);
      const location = response.headers.get("location")?.[0];
      if (location) expect(location, target).toMatch(/^\/(?![/\\])/);
    }
    expect((await raw(port, "/S%56/x")).headers.get("location")?.[0]).toBe("/sv/x");
    expect((await raw(port, "//\\evil.example")).headers.get("location")?.[0]).toBe("/evil.example");
  } finally {
    await server.stop();
  }
});

test("error pages use the configured quick exit and the language of the address", async () => {
  const port = ownPort();
  const exit = "https://weather.example/today";
  const server = await startOwnServer(port, { QUICK_EXIT_URL: exit });
  try {
    for (const [target, lang, heading] of [
      ["/sv/x%0ay", "sv", "Sidan finns inte"],
      ["/en/a%0a", "en", "Page not found"],
      ["/sv/a%E2%80%A8b", "sv", "Sidan finns inte"],
      ["/sv/no-such-page", "sv", "Sidan finns inte"],
    ] as const) {
      const response = await raw(port, target);
      expect(response.status, target).toBe(404);
      expect(response.body, target).toContain(`<html lang="${lang}"`);
      expect(response.body, target).toContain(heading);
      expect(response.body, target).toContain(`href="${exit}"`);
      expect(response.body, target).not.toContain("https://www.google.com/");
    }
  } finally {
    await server.stop();
  }
});

/** The page's body decoded, and the headers that describe it (not the connection's). */
async function answer(origin: string, path: string, encoding: string, extra: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers: { "accept-encoding": encoding, ...extra }, redirect: "manual" });
  const bytes = Buffer.from(await response.arrayBuffer()); // fetch decodes br/gzip itself
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!["date", "connection", "keep-alive", "transfer-encoding", "content-length"].includes(name)) headers[name] = value;
  });
  return { status: response.status, bytes, headers };
}

const SAMPLE = ["/sv/", "/th/", "/ru/law", "/sv/municipalities/sodertalje", "/ar/services/kast", "/sv/services?q=kast&age=17", "/en/help/professionals"];

test("cached and uncached answers are byte-identical after decompression, with identical headers", async () => {
  const [cachedPort, plainPort] = [ownPort(), ownPort()];
  // One public address for both (JSON-LD names it), so that only the cache differs.
  const site = { SITE_URL: "https://stodlinjer.example" };
  const [cached, plain] = await Promise.all([
    startOwnServer(cachedPort, site),
    startOwnServer(plainPort, { ...site, RESPONSE_CACHE_ENTRIES: "0" }),
  ]);
  try {
    for (const path of SAMPLE) {
      for (const encoding of ["br", "gzip", "identity", "gzip, deflate, br"]) {
        const reference = await answer(plain.origin, path, encoding);
        const miss = await answer(cached.origin, path, encoding);
        const hit = await answer(cached.origin, path, encoding);
        expect(reference.status, path).toBe(200);
        for (const other of [miss, hit]) {
          expect(other.status, `${path} ${encoding}`).toBe(200);
          expect(other.bytes.equals(reference.bytes), `${path} ${encoding}: same page`).toBe(true);
          expect(other.headers, `${path} ${encoding}: same headers`).toEqual(reference.headers);
        }
        expect(reference.bytes.includes(0), `${path}: no NUL byte`).toBe(false);
      }
    }
  } finally {
    await Promise.all([cached.stop(), plain.stop()]);
  }
  expect(cachedEntries(cached.output())).toBe(SAMPLE.length);
  expect(cachedEntries(plain.output())).toBe(0);
});

test("the cache answers If-None-Match with 304, and sends stored brotli and gzip bytes", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const first = await raw(port, "/sv/law", { "Accept-Encoding": "br" });
    const etag = first.headers.get("etag")?.[0] ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("content-encoding")).toEqual(["br"]);
    expect(first.headers.get("vary")).toEqual(["Accept-Encoding"]);
    expect(first.body.length).toBeGreaterThan(0);
    const conditions: Record<string, string>[] = [{ "If-None-Match": etag }, { "If-None-Match": `"x", ${etag.replace(/^W\//, "")}` }, { "If-None-Match": etag, "Accept-Encoding": "gzip" }];
    for (const headers of conditions) {
      const again = await raw(port, "/sv/law", headers);
      expect(again.status).toBe(304);
      expect(again.body).toBe("");
      expect(again.headers.get("etag")).toEqual([etag]);
      expect(again.headers.get("cache-control")).toEqual(first.headers.get("cache-control"));
      expect(again.headers.get("content-security-policy")).toEqual(first.headers.get("content-security-policy"));
    }
    // A cache-busting parameter changes nothing: the same page, the same ETag, 304 too.
    expect((await raw(port, "/sv/law?v=123", { "If-None-Match": etag })).status).toBe(304);
    const gzip = await fetch(`${server.origin}/sv/law?utm_source=x`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gzip.headers.get("etag")).toBe(etag);
    const head = await fetch(`${server.origin}/sv/law`, { method: "HEAD", headers: { "accept-encoding": "gzip" } });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
  } finally {
    await server.stop();
  }
});

test("10,000 distinct URLs (cache busting and distinct filter queries) never grow the cache past its bound", async () => {
  test.setTimeout(120_000);
  const port = ownPort();
  const bound = 20;
  const server = await startOwnServer(port, { RESPONSE_CACHE_ENTRIES: String(bound) });
  try {
    const paths: string[] = [];
    for (let i = 0; i < 9_600; i += 1) paths.push(`/sv/?v=${i}&utm_source=${i % 7}`);
    for (let i = 0; i < 400; i += 1) paths.push(`/sv/services?q=${i}`);
    let next = 0;
    const statuses = new Map<number, number>();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < paths.length) {
          const path = paths[next++]!;
          const response = await fetch(server.origin + path, { headers: { "accept-encoding": "br" } });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }),
    );
    expect(Object.fromEntries(statuses)).toEqual({ 200: 10_000 });
  } finally {
    await server.stop();
  }
  expect(cachedEntries(server.output())).toBeLessThanOrEqual(bound);
});

test("Node's own error answers carry the security headers; a slow request head is cut off within seconds", async () => {
  test.setTimeout(60_000);
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const tooLarge = await rawRequest(port, `GET /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(tooLarge.status).toBe(431);
    const unparsable = await rawRequest(port, "GET /sv/ HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n");
    expect(unparsable.status).toBe(400);
    for (const response of [tooLarge, unparsable]) {
      expect(response.headers.get("content-security-policy")?.[0]).toContain("default-src 'self'");
      expect(response.headers.get("x-content-type-options")).toEqual(["nosniff"]);
      expect(response.headers.get("referrer-policy")).toEqual(["no-referrer"]);
      expect(response.headers.get("x-frame-options")).toEqual(["DENY"]);
    }
    const started = Date.now();
    const slow = await rawRequest(port, "GET /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\n", 30_000);
    expect(slow.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(slow.headers.get("content-security-policy")?.[0]).toContain("default-src 'self'");
  } finally {
    await server.stop();
  }
  // In production without SITE_URL the server said so when it started.
  expect(server.output()).toMatch(/"level":"warn","event":"config","message":"SITE_URL is not set/);
});

test("dot segments, percent-encoded letters, capitals and a trailing slash get a 301 to the one address before any cache: 300 spellings cost no render", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const spellings: string[] = [];
    for (let i = 0; i < 100; i += 1) spellings.push(`/sv/zz${i}/../law`, `/sv/zz${i}/%2e%2e/law`);
    spellings.push("/sv/./law", "/%73v/law", "/sv/l%61w", "/SV/LAW", "/sv/Law", "/sv/law/", "//sv//law", "/sv\\law");
    for (let i = 0; i < 92; i += 1) spellings.push(`/sv/${[..."law"].map((c, k) => ((i >> k) & 1 ? c.toUpperCase() : c)).join("")}/${"./".repeat(i % 4)}`);
    const locations = new Set<string>();
    for (const target of spellings) {
      const response = await raw(port, `${target}?utm_source=x`);
      expect(response.status, target).toBe(301);
      expect(response.body, target).toBe("");
      locations.add(response.headers.get("location")?.[0] ?? "");
    }
    expect([...locations]).toEqual(["/sv/law?utm_source=x"]);
    expect((await raw(port, "/sv/law")).status).toBe(200);
  } finally {
    await server.stop();
  }
  // Only /sv/law itself was rendered and stored: no spelling reached the cache or the router.
  expect(cachedEntries(server.output())).toBe(1);
});

test("/%73v/ with Accept-Language: ar is a 301 to /sv/, a Swedish page with a Swedish title, never Arabic with a Swedish title", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const first = await raw(port, "/%73v/", { "Accept-Language": "ar" });
    expect(first.status).toBe(301);
    expect(first.headers.get("location")).toEqual(["/sv/"]);
    const page = await raw(port, "/sv/", { "Accept-Language": "ar" });
    expect(page.body).toContain('<html lang="sv" dir="ltr">');
    expect(page.body).toMatch(/<title>[^<]*Stödlinjer<\/title>/);
    expect(page.body).not.toMatch(/<html lang="ar"/);
    // The Arabic home page has the Arabic title: the two never mix.
    const arabic = await raw(port, "/ar/");
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(/<title>([^<]*)<\/title>/.exec(arabic.body)?.[1]).not.toBe(/<title>([^<]*)<\/title>/.exec(page.body)?.[1]);
  } finally {
    await server.stop();
  }
});

test("with SITE_URL, a request for another host is a 301 to SITE_URL and renders nothing; the site's host in any spelling is one cache key", async () => {
  const port = ownPort();
  const server = await startOwnServer(port, { SITE_URL: "https://stodlinjer.example" });
  try {
    for (let i = 0; i < 100; i += 1) {
      const response = await raw(port, "/sv/law?v=1", { Host: `h${i}.evil.example` });
      expect(response.status).toBe(301);
      expect(response.headers.get("location")).toEqual(["https://stodlinjer.example/sv/law"]);
      expect(response.headers.get("cache-control")).toEqual(["no-store"]);
      expect(response.headers.get("x-frame-options")).toEqual(["DENY"]);
    }
    for (const host of ["stodlinjer.example", "STODLINJER.example", "Stodlinjer.Example", "127.0.0.1", `127.0.0.1:${port}`, "localhost"]) {
      const response = await raw(port, "/sv/law", { Host: host });
      expect(response.status, host).toBe(200);
      expect(response.body, host).toContain("https://stodlinjer.example/sv/law");
    }
    // A load balancer asks by address.
    const health = await raw(port, "/healthz", { Host: "10.0.0.5:3000" });
    expect(health.status).toBe(200);
  } finally {
    await server.stop();
  }
  expect(cachedEntries(server.output())).toBe(1);
});

test("an HTTP/1.1 request without Host, or with a fragment, is a 400 with the security headers and no-store", async () => {
  const port = ownPort();
  const server = await startOwnServer(port);
  try {
    const noHost = await rawRequest(port, "GET /sv/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    const fragment = await raw(port, "/sv/#<script>");
    for (const response of [noHost, fragment]) {
      expect(response.status).toBe(400);
      expect(response.headers.get("content-security-policy")?.[0]).toContain("default-src 'self'");
      expect(response.headers.get("cross-origin-resource-policy")).toEqual(["same-origin"]);
      expect(response.headers.get("x-frame-options")).toEqual(["DENY"]);
      expect(response.headers.get("cache-control")).toEqual(["no-store"]);
    }
  } finally {
    await server.stop();
  }
});
