import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { baseURL } from "../../playwright.config";
import { supportedLanguages } from "../../app/i18n";
import { languageTag } from "../../app/utils/language-tag";
import { securityHeaders } from "../../app/utils/security-headers.js";
import { accessibilityViolations, expect, test } from "./fixtures";
import { sharedExport, startNginx } from "./nginx";
import { startOwnServer } from "./own-server";
import { rawRequest, type RawResponse } from "./raw-http";

/**
 * deploy/nginx.conf as it ships (listen port, paths and upstream port adapted, TLS left out:
 * scripts/lib/nginx-conf.js), in front of a production Node server (SITE_URL, HTTPS=true, as the
 * file says to run it), first running and then stopped. With Node down, nginx answers from its cache,
 * else from the static mirror (one export shared with static-mirror.spec.ts): the exported page, or
 * the "unavailable" page with 112, the quick exit and the seed helplines in the visitor's language.
 */

const SITE_URL = "https://stodlinjer.example";
const HOST = new URL(SITE_URL).host;
const SECURITY = securityHeaders({ https: true });
const base = Number(new URL(baseURL).port);

/** The seed helplines as FACTS.md lists them (E.164), and 112: what the unavailable page must offer. */
const HELPLINES = {
  Mikamottagningen: "tel:+46850825501",
  KAST: "tel:+46850825740",
  Stödcentrum: "tel:+46850825100",
  BRIS: "tel:116111",
  Kvinnofridslinjen: "tel:+4620505050",
};

let nginx: Awaited<ReturnType<typeof startNginx>>;
let node: Awaited<ReturnType<typeof startOwnServer>>;
let dist = "";

test.describe.configure({ mode: "serial" });
// chromium logs "the server responded with a status of 503" for the unavailable page itself; the
// browser test checks that nothing else the page loads failed.
test.use({ expectedConsoleErrors: [/the server responded with a status of 503/] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dist = await sharedExport(SITE_URL);
  node = await startOwnServer(base + 8, { SITE_URL, HTTPS: "true" });
  nginx = await startNginx("nginx.conf", { port: base + 7, mirror: dist, upstream: base + 8 });
});

test.afterAll(async () => {
  await Promise.all([nginx?.stop(), node?.stop()]);
});

/** A raw HTTP/1.1 request to nginx for the site's host (or none, or another). */
function get(target: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  let head = `${method} ${target} HTTP/1.1\r\n`;
  for (const [name, value] of Object.entries({ Host: HOST, ...headers })) if (value !== "") head += `${name}: ${value}\r\n`;
  return rawRequest(nginx.port, `${head}Connection: close\r\n\r\n`);
}

/** Every security header exactly once with its value, and the expected Cache-Control. */
function headerProblems(kind: string, response: RawResponse, cache: string | RegExp): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(SECURITY)) {
    const sent = response.headers.get(name.toLowerCase());
    if (sent?.length !== 1 || sent[0] !== value) problems.push(`${kind}: ${name} ${JSON.stringify(sent)}`);
  }
  const sentCache = response.headers.get("cache-control") ?? [];
  const ok = sentCache.length === 1 && (typeof cache === "string" ? sentCache[0] === cache : cache.test(sentCache[0] ?? ""));
  if (!ok) problems.push(`${kind}: Cache-Control ${JSON.stringify(sentCache)}, expected ${String(cache)}`);
  if (response.headers.has("set-cookie")) problems.push(`${kind}: a cookie`);
  return problems;
}

const PAGE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

test("Node running: every kind of answer through nginx carries every security header, nothing is cached that should not be", async () => {
  const css = readdirSync(join(dist, "build")).find((file) => /^css-bundle-[\w-]+\.css$/.test(file)) ?? "";
  const kinds: [string, () => Promise<RawResponse>, number, string | RegExp][] = [
    ["page", () => get("/sv/law"), 200, PAGE],
    ["page again (from nginx's cache)", () => get("/sv/law"), 200, PAGE],
    ["asset from disk", () => get(`/build/${css}`), 200, "public, max-age=31536000, immutable"],
    ["asset name not on disk (Node's 404)", () => get("/build/css-bundle-NOPE.css"), 404, "no-store"],
    ["public file", () => get("/quick-exit.js"), 200, "public, max-age=3600"],
    ["redirect of / by language", () => get("/", { "Accept-Language": "ar" }), 302, /^public, max-age=0, s-maxage=300/],
    ["Node's 301 to the canonical path", () => get("/sv/zz1/../law"), 301, "no-store"],
    ["Node's 301 to SITE_URL for another host", () => get("/sv/law", { Host: "evil.example" }), 301, "no-store"],
    ["404 page", () => get("/sv/no-such-page"), 404, "public, max-age=0, s-maxage=60"],
    ["Node's 405", () => get("/sv/law", { "Content-Length": "0" }, "POST"), 405, "no-store"],
    ["nginx's 400 (HTTP/1.1 without Host)", () => get("/sv/", { Host: "" }), 400, "no-store"],
    ["nginx's 413 (a 20 KB body)", () => get("/sv/", { "Content-Length": "20000" }, "POST"), 413, "no-store"],
  ];
  const problems: string[] = [];
  for (const [kind, send, status, cache] of kinds) {
    const response = await send(); // one after the other: the second /sv/law is a cache hit
    if (response.status !== status) problems.push(`${kind}: status ${response.status}, expected ${status}`);
    problems.push(...headerProblems(kind, response, cache));
  }
  expect(problems).toEqual([]);
  expect((await get("/sv/zz1/../law")).headers.get("location")).toEqual(["/sv/law"]);
  expect((await get("/sv/law", { Host: "evil.example" })).headers.get("location")).toEqual([`${SITE_URL}/sv/law`]);
  // The cache answered the second request: the access log names the cache status, never the address.
  expect(nginx.accessLog()).toMatch(/^GET 200 [\d.]+ HIT$/m);
  for (const line of nginx.accessLog().trim().split("\n")) expect(line).toMatch(/^([A-Z]+|-) \d{3} [\d.]+ (\S+|-)$/);
});

test("Node stopped: cached pages still come from the cache, others from the static mirror, the rest is the unavailable page in the visitor's language", async () => {
  await get("/ar/services/kast"); // now in nginx's cache
  await node.stop();
  const cases: { kind: string; target: string; headers?: Record<string, string>; status: number; lang: string; title?: RegExp }[] = [
    { kind: "a page nginx has cached", target: "/ar/services/kast", status: 200, lang: "ar" },
    { kind: "a page only the mirror has", target: "/sv/anonymity", status: 200, lang: "sv" },
    { kind: "a page only the mirror has (Thai)", target: "/th/law", status: 200, lang: "th" },
    { kind: "/ by the visitor's language", target: "/", headers: { "Accept-Language": "ar-SE, sv;q=0.5" }, status: 200, lang: "ar" },
    { kind: "an address the mirror lacks (Swedish)", target: "/sv/services/a-new-service", status: 503, lang: "sv", title: /Något gick fel/ },
    { kind: "an address the mirror lacks (Arabic)", target: "/ar/no-such-page", status: 503, lang: "ar" },
    { kind: "an address the mirror lacks (Thai)", target: "/th/no-such-page", status: 503, lang: "th" },
    { kind: "outside a language, by Accept-Language", target: "/ung", headers: { "Accept-Language": "th" }, status: 503, lang: "th" },
    { kind: "a page's file name", target: "/sv/law.html", status: 503, lang: "sv" },
  ];
  const problems: string[] = [];
  for (const { kind, target, headers, status, lang, title } of cases) {
    const response = await get(target, headers);
    if (response.status !== status) problems.push(`${kind}: status ${response.status}, expected ${status}`);
    problems.push(...headerProblems(kind, response, kind.includes("cached") ? PAGE : "no-store"));
    if (!response.body.includes(`<html lang="${lang}"`)) problems.push(`${kind}: not a page in ${lang}`);
    if (!response.body.includes('href="tel:112"')) problems.push(`${kind}: no 112`);
    if (!/data-quick-exit/.test(response.body)) problems.push(`${kind}: no quick exit`);
    if (title && !title.test(response.body)) problems.push(`${kind}: title`);
    if (status === 503) {
      for (const [name, tel] of Object.entries(HELPLINES)) if (!response.body.includes(`href="${tel}"`)) problems.push(`${kind}: no ${name} (${tel})`);
    }
  }
  // Precompressed by the export, sent as it is.
  const gzip = await rawRequest(nginx.port, `GET /sv/no-such-page HTTP/1.1\r\nHost: ${HOST}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`);
  expect(gzip.headers.get("content-encoding")).toEqual(["gzip"]);
  expect(gzip.status).toBe(503);
  // The quick exit's script and the stylesheet still load (a script answered 503 would not run).
  const css = readdirSync(join(dist, "build")).find((file) => /^css-bundle-[\w-]+\.css$/.test(file)) ?? "";
  for (const [target, cache] of [
    ["/quick-exit.js", "public, max-age=3600"], // asked for while Node ran: nginx's cache has it
    [`/build/${css}`, "public, max-age=31536000, immutable"], // from disk
    ["/favicon.svg", "no-store"], // never asked for: the mirror's copy
  ] as const) {
    const response = await get(target);
    if (response.status !== 200) problems.push(`${target}: ${response.status}`);
    problems.push(...headerProblems(target, response, cache));
  }
  // nginx's own answers while Node is down.
  for (const [kind, response, status] of [
    ["400 without Host", await get("/sv/", { Host: "" }), 400],
    ["405 (POST to the mirror)", await get("/sv/law", { "Content-Length": "0" }, "POST"), 405],
  ] as const) {
    if (response.status !== status) problems.push(`${kind}: status ${response.status}, expected ${status}`);
    problems.push(...headerProblems(kind, response, "no-store"));
  }
  expect(problems).toEqual([]);
  const decoded = await fetch(`${nginx.origin}/sv/no-such-page`, { headers: { "Accept-Encoding": "gzip" } });
  expect(decoded.headers.get("content-encoding")).toBe("gzip");
  expect(await decoded.text()).toContain('href="tel:112"');
  expect(nginx.errorLog()).toBe("");
});

test("Node stopped: the unavailable page at 320 px in every language shows 112, the quick exit and the helplines on its first screen, passes axe (screenshots: sv, ar, th), and the quick exit still works", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  // The browser asks nginx by address; nginx answers any Host on its test port (no production servers).
  await page.route(/^https:\/\/www\.google\.com\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Weather</title>" }));
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document") failed.push(`${response.url()} ${response.status()}`);
  });
  const shots = join("test-results", "nginx-proxy");
  mkdirSync(shots, { recursive: true });
  for (const language of supportedLanguages) {
    const response = await page.goto(`${nginx.origin}/${language}/services/a-new-service`);
    expect(response?.status()).toBe(503);
    await expect(page.locator("html")).toHaveAttribute("lang", languageTag(language));
    await expect(page.locator('[data-safety-bar] a[href="tel:112"]')).toBeVisible();
    await expect(page.locator("[data-quick-exit]")).toBeVisible();
    for (const tel of Object.values(HELPLINES)) await expect(page.locator(`main a[href="${tel}"]`)).toBeVisible();
    // The first helpline's call button is on the first screen of a 320 × 640 phone.
    const first = await page.locator(`main a[href="${HELPLINES.Mikamottagningen}"]`).boundingBox();
    expect(first && first.y + first.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await accessibilityViolations(page)).toEqual([]);
    if (!["sv", "ar", "th"].includes(language)) continue;
    const path = join(shots, `unavailable-${language}-320.png`);
    await page.screenshot({ path, fullPage: true });
    await test.info().attach(`unavailable-${language}-320`, { path, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const language of ["sv", "ar", "th"]) {
    await page.goto(`${nginx.origin}/${language}/no-such-page`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const path = join(shots, `unavailable-${language}-1280.png`);
    await page.screenshot({ path });
    await test.info().attach(`unavailable-${language}-1280`, { path, contentType: "image/png" });
  }
  expect(failed).toEqual([]);
  // Shift three times leaves (quick-exit.js came from the mirror with status 200, so it runs).
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
});
