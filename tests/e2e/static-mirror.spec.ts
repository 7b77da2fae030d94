import { municipalities } from "~/data/municipalities";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { baseURL } from "../../playwright.config";
import { securityHeaders } from "../../app/utils/security-headers.js";
import { cacheControl } from "../../scripts/lib/static-mirror.js";
import { expect, test } from "./fixtures";
import { sharedExport, startNginx } from "./nginx";
import { startOwnServer } from "./own-server";
import { rawRequest } from "./raw-http";

/**
 * The static mirror (`npm run export`), served by the real deploy/nginx-static.conf (paths and port
 * adapted, TLS left out: scripts/lib/nginx-conf.js) and crawled page by page against a live server
 * with the same SITE_URL: same status, same <main> (but for the forms the mirror leaves out), the
 * same headers (and the export's `_headers` gives each address the same ones, for other hosts),
 * every internal link resolves, no absolute link to another host but SITE_URL and the site's few
 * deliberate outbound links; every kind of answer nginx gives carries every security header.
 */

const SITE_URL = "https://stodlinjer.example";
/** The only other hosts a page links to: the quick exit, the open-data licences, DIGG's complaint form. */
const OUTBOUND_HOSTS = new Set([
  "www.google.com",
  "creativecommons.org",
  "www.digg.se",
  // Each municipality page links to the municipality's own website (FACTS.md's list).
  ...municipalities.map((item) => new URL(item.website).host),
]);
/** Headers the mirror must send exactly as Node does. */
const SAME_HEADERS = [...Object.keys(securityHeaders({ https: true })), "Cache-Control", "Access-Control-Allow-Origin", "Link"];

type HeaderRule = { pattern: string; headers: [string, string][] };

/** `_headers`: a path pattern, then "  Name: value" lines. */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

/** Every file under a folder, relative to it, with "/" separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => statSync(join(dir, name)).isFile());
}

const mainOf = (html: string) => /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
/** What the mirror leaves out: the GET forms, and the link the municipality page has in place of its form. */
const withoutForms = (main: string) => main.replace(/<form\b[\s\S]*?<\/form>/g, "");
const withoutFallbackLinks = (main: string) => main.replace(/<p><a href="\/[a-z]+\/municipalities#all">[^<]*<\/a><\/p>/g, "");

/** href, src and action values of a page (entities decoded). */
function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&"));
}

/** Runs `task` over `items`, `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

let dist = "";
let exportSeconds = 0;
let mirror: Awaited<ReturnType<typeof startNginx>>;
let live: Awaited<ReturnType<typeof startOwnServer>>;
/** The headers `_headers` gives an address (a host joins the values of two matching rules). */
let headersFileFor: (path: string) => Map<string, string>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const started = performance.now();
  // One export per build and locale set, shared with nginx-proxy.spec.ts.
  dist = await sharedExport(SITE_URL);
  exportSeconds = (performance.now() - started) / 1000;
  const port = Number(new URL(baseURL).port);
  [mirror, live] = await Promise.all([
    startNginx("nginx-static.conf", { port: port + 6, mirror: dist }),
    startOwnServer(port + 5, { SITE_URL, HTTPS: "true" }),
  ]);
  const rules = parseHeadersFile(readFileSync(join(dist, "_headers"), "utf8"));
  headersFileFor = (path) => {
    const headers = new Map<string, string>();
    for (const [name, value] of rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers)) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
    return headers;
  };
});

test.afterAll(async () => {
  await Promise.all([mirror?.stop(), live?.stop()]);
});

test("the export holds every page, the 404s, open data, public/ and /build/, each text file with equal .br and .gz", () => {
  test.info().annotations.push({ type: "export", description: `${exportSeconds.toFixed(1)} s` });
  const files = listFiles(dist);
  const set = new Set(files);
  for (const file of ["sv/index.html", "sv/law.html", "ar/services/kast.html", "sv/404.html", "lattlast/404.html", "404.html", "index.html",
    "sitemap.xml", "robots.txt", "_headers", "_redirects", "open-data/hsds/services.json", "open-data/hsds/organizations.json",
    "open-data/hsds/services/kast.json", "quick-exit.js", "favicon.ico"]) {
    expect(set.has(file), file).toBe(true);
  }
  expect(files.some((file) => /^build\/css-bundle-[\w-]+\.css$/.test(file))).toBe(true);
  const text = files.filter((file) => /\.(html|json|xml|txt|css|js|svg)$/.test(file));
  expect(text.length).toBeGreaterThan(900);
  for (const file of text) {
    const body = readFileSync(join(dist, file));
    expect(brotliDecompressSync(readFileSync(join(dist, `${file}.br`))).equals(body), `${file}.br`).toBe(true);
    expect(gunzipSync(readFileSync(join(dist, `${file}.gz`))).equals(body), `${file}.gz`).toBe(true);
  }
  // Brotli at its best: within 1 % of what quality 11 gives for the largest page.
  const largest = text.filter((file) => file.endsWith(".html")).sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0] ?? "";
  expect(statSync(join(dist, `${largest}.br`)).size).toBeLessThanOrEqual(brotliCompressSync(readFileSync(join(dist, largest))).length * 1.01);
});

test("crawl: every page as live (status, <main>, headers), every internal link resolves, no other host", async () => {
  test.setTimeout(180_000);
  const sitemap = await (await fetch(`${mirror.origin}/sitemap.xml`)).text();
  expect(sitemap).toBe(await (await fetch(`${live.origin}/sitemap.xml`)).text());
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  expect(pages.length).toBeGreaterThan(800);
  const languages = [...new Set(pages.map((path) => path.split("/")[1] ?? ""))];
  expect(languages).toHaveLength(13);
  // Missing addresses: in a language (its 404 page), under a page, a page's own file name, outside any language.
  const missing = [...languages.map((language) => `/${language}/no-such-page`), "/sv/law.html", "/sv/services/no-such-service", "/no-such-page"];

  const problems: string[] = [];
  /** Internal addresses a page links to, with the status the linking page had. */
  const targets = new Map<string, number>();
  let degraded = 0;
  /** Status of each address crawled, in the mirror (already the same as live, or a problem). */
  const crawled = new Map<string, number>();

  await pool([...pages, ...missing], 8, async (path) => {
    const [mine, theirs] = await Promise.all([
      fetch(mirror.origin + path, { headers: { "Accept-Encoding": "br, gzip" } }),
      fetch(live.origin + path, { headers: { "Accept-Language": "sv" } }),
    ]);
    const [html, liveHtml] = await Promise.all([mine.text(), theirs.text()]);
    if (mine.status !== theirs.status) problems.push(`${path}: status ${mine.status}, live ${theirs.status}`);
    crawled.set(path, mine.status);
    const main = mainOf(html);
    // A 404 page links to its own address in the other languages; the mirror's was rendered at /<lang>/404.html.
    const rest = path.split("/").slice(languages.includes(path.split("/")[1] ?? "") ? 2 : 1).join("/");
    let liveMain = mainOf(liveHtml);
    if (mine.status === 404) liveMain = liveMain?.replaceAll(`/${rest}"`, '/404.html"');
    if (!main || !liveMain) problems.push(`${path}: no <main>`);
    else if (withoutFallbackLinks(main) !== withoutForms(liveMain)) problems.push(`${path}: <main> differs from live`);
    else if (main !== liveMain) degraded += 1;
    if (/<form[\s>]/i.test(html)) problems.push(`${path}: has a form`);
    if (/127\.0\.0\.1|localhost/.test(html)) problems.push(`${path}: names a local server`);
    if (mine.status === 200) {
      const fromFile = headersFileFor(path);
      for (const name of SAME_HEADERS) {
        if (mine.headers.get(name) !== theirs.headers.get(name)) problems.push(`${path}: ${name} "${mine.headers.get(name)}", live "${theirs.headers.get(name)}"`);
        if ((fromFile.get(name.toLowerCase()) ?? null) !== theirs.headers.get(name)) problems.push(`${path}: _headers gives ${name} "${fromFile.get(name.toLowerCase())}", live "${theirs.headers.get(name)}"`);
      }
      if (mine.headers.get("content-encoding") !== "br") problems.push(`${path}: not sent as brotli`);
    }
    for (const link of linksOf(html)) {
      if (link.startsWith("#") || link.startsWith("tel:") || link.startsWith("mailto:")) continue;
      const url = new URL(link, `${SITE_URL}${path}`);
      if (link.startsWith("//") || (url.origin !== SITE_URL && !OUTBOUND_HOSTS.has(url.host))) {
        problems.push(`${path}: links to another host: ${link}`);
        continue;
      }
      if (url.origin !== SITE_URL) continue;
      if (url.search) problems.push(`${path}: a link with a query, which a static host cannot answer: ${link}`);
      const linkedFrom = targets.get(url.pathname);
      if (linkedFrom !== 200) targets.set(url.pathname, mine.status);
    }
  });

  // Every address a page links to answers in the mirror as it does live (200 from every page that is found).
  await pool([...targets], 8, async ([path, fromStatus]) => {
    const known = crawled.get(path);
    if (known !== undefined) {
      if (fromStatus === 200 && known !== 200) problems.push(`link ${path}: ${known}`);
      return;
    }
    const [mine, theirs] = await Promise.all([fetch(mirror.origin + path), fetch(live.origin + path, { headers: { "Accept-Language": "sv" } })]);
    const [body, liveBody] = await Promise.all([mine.arrayBuffer(), theirs.arrayBuffer()]);
    if (fromStatus === 200 && mine.status !== 200) problems.push(`link ${path}: ${mine.status}`);
    if (mine.status !== theirs.status) problems.push(`link ${path}: status ${mine.status}, live ${theirs.status}`);
    const isFile = (path.split("/").at(-1) ?? "").includes(".");
    if (mine.status === 200 && isFile && !Buffer.from(body).equals(Buffer.from(liveBody))) {
      problems.push(`link ${path}: not the bytes the live server sends`);
    }
  });

  expect(problems.slice(0, 30)).toEqual([]);
  expect(targets.size).toBeGreaterThan(100);
  // The forms left out: the services list and the municipalities list and pages, in every language.
  expect(degraded).toBe(13 * (1 + 1 + 26));
});

test("open data (in every language), robots.txt and the headers of files are the live server's", async () => {
  const data = listFiles(join(dist, "open-data")).filter((file) => file.endsWith(".json"));
  expect(data.length).toBeGreaterThanOrEqual(13 * (2 + 2 * 16));
  // hsds/_lang/en/services.json is what /open-data/hsds/services.json?lang=en answers.
  const addresses = data.map((file) => `/open-data/${file}`.replace(/\/_lang\/([a-z]+)\/(.*)$/, "/$2?lang=$1"));
  expect(addresses).toContain("/open-data/hsds/services/kast.json?lang=ar");
  const direct = await fetch(`${mirror.origin}/open-data/hsds/_lang/en/services.json`);
  expect(direct.status).toBe(404);
  const problems: string[] = [];
  await pool([...addresses, "/robots.txt", "/quick-exit.js"], 8, async (path) => {
    const [mine, theirs] = await Promise.all([fetch(mirror.origin + path), fetch(live.origin + path)]);
    if (mine.status !== 200) problems.push(`${path}: ${mine.status}`);
    if ((await mine.text()) !== (await theirs.text())) problems.push(`${path}: not the live server's body`);
    for (const name of SAME_HEADERS) {
      if (mine.headers.get(name) !== theirs.headers.get(name)) problems.push(`${path}: ${name} "${mine.headers.get(name)}", live "${theirs.headers.get(name)}"`);
    }
  });
  expect(problems.slice(0, 30)).toEqual([]);
  const css = listFiles(join(dist, "build")).find((file) => file.endsWith(".css"));
  const [mine, theirs] = await Promise.all([fetch(`${mirror.origin}/build/${css}`), fetch(`${live.origin}/build/${css}`)]);
  for (const name of SAME_HEADERS) expect(mine.headers.get(name), `/build/${css} ${name}`).toBe(theirs.headers.get(name));
});

test("/ goes to the visitor's language and says it varies by it, a missing page is the 404 of its language", async () => {
  for (const [accept, home] of [["en-GB,en;q=0.8", "/en/"], ["prs", "/fa/"], ["de", "/sv/"], ["", "/sv/"]] as const) {
    const response = await fetch(`${mirror.origin}/`, { redirect: "manual", headers: accept ? { "Accept-Language": accept } : {} });
    expect(response.status, accept).toBe(302);
    expect(response.headers.get("location"), accept).toBe(home);
    // A CDN in front keeps one redirect per language, not the first visitor's for everyone.
    expect(response.headers.get("vary"), accept).toBe("Accept-Language");
  }
  const arabic = await fetch(`${mirror.origin}/ar/no-such-page`);
  expect(arabic.status).toBe(404);
  expect(await arabic.text()).toContain('<html lang="ar" dir="rtl">');
});

test("a mirrored page works in the browser: its stylesheet loads, the CSP blocks nothing, no console error", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.violatedDirective),
    );
  });
  for (const path of ["/sv/services", "/ar/municipalities/botkyrka"]) {
    const response = await page.goto(mirror.origin + path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await expect(page.locator("main h1")).toBeVisible();
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.locator("form").count()).toBe(0);
  }
  expect(violations).toEqual([]);
});

/** Each kind of answer the mirror gives, sent as raw HTTP/1.1, with the Cache-Control it must carry. */
function kindsOfAnswer(css: string): { kind: string; head: string; status: number; cache: string; vary?: string }[] {
  const get = (target: string, extra = "") => `GET ${target} HTTP/1.1\r\nHost: stodlinjer.example\r\n${extra}Connection: close\r\n\r\n`;
  return [
    { kind: "page (brotli)", head: get("/sv/law", "Accept-Encoding: br\r\n"), status: 200, cache: cacheControl.page, vary: "Accept-Encoding" },
    { kind: "page (gzip)", head: get("/ar/services/kast", "Accept-Encoding: gzip\r\n"), status: 200, cache: cacheControl.page, vary: "Accept-Encoding" },
    { kind: "home of a language", head: get("/th/"), status: 200, cache: cacheControl.page, vary: "Accept-Encoding" },
    { kind: "asset", head: get(`/build/${css}`), status: 200, cache: cacheControl.build, vary: "Accept-Encoding" },
    { kind: "public file", head: get("/quick-exit.js"), status: 200, cache: cacheControl.publicFile, vary: "Accept-Encoding" },
    { kind: "open data", head: get("/open-data/hsds/services.json?lang=ar"), status: 200, cache: cacheControl.data, vary: "Accept-Encoding" },
    { kind: "sitemap", head: get("/sitemap.xml"), status: 200, cache: cacheControl.sitemap, vary: "Accept-Encoding" },
    { kind: "redirect of /", head: get("/", "Accept-Language: ar\r\n"), status: 302, cache: "public, max-age=0, s-maxage=300", vary: "Accept-Language" },
    { kind: "404 in a language", head: get("/ar/help/selling/"), status: 404, cache: cacheControl.error, vary: "Accept-Encoding" },
    { kind: "404 outside a language", head: get("/no-such-page"), status: 404, cache: cacheControl.error, vary: "Accept-Encoding" },
    { kind: "404 for a page's file name", head: get("/sv/law.html"), status: 404, cache: cacheControl.error, vary: "Accept-Encoding" },
    { kind: "404 for a page kept for errors", head: get("/sv/unavailable"), status: 404, cache: cacheControl.error, vary: "Accept-Encoding" },
    { kind: "404 for a host file", head: get("/_headers"), status: 404, cache: cacheControl.error, vary: "Accept-Encoding" },
    { kind: "405 (POST)", head: "POST /sv/law HTTP/1.1\r\nHost: stodlinjer.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", status: 405, cache: "no-store" },
    { kind: "400 (HTTP/1.1 without Host)", head: "GET /sv/ HTTP/1.1\r\nConnection: close\r\n\r\n", status: 400, cache: "no-store" },
    { kind: "400 (a broken request line)", head: "GET /sv/ HTTP/1.1 x\r\nHost: stodlinjer.example\r\nConnection: close\r\n\r\n", status: 400, cache: "no-store" },
    { kind: "413 (a GET with a 2 KB body)", head: `GET /sv/law HTTP/1.1\r\nHost: stodlinjer.example\r\nContent-Length: 2048\r\nConnection: close\r\n\r\n${"x".repeat(2048)}`, status: 413, cache: "no-store" },
    { kind: "414 (a 20 KB address)", head: get(`/sv/${"a".repeat(20_000)}`), status: 414, cache: "no-store" },
  ];
}

test("every kind of answer (page, asset, redirect, 404, 400, 405, 413, 414) carries every security header and its own Cache-Control", async () => {
  const css = listFiles(join(dist, "build")).find((file) => /^css-bundle-[\w-]+\.css$/.test(file)) ?? "";
  const expected = securityHeaders({ https: true });
  expect(Object.keys(expected)).toContain("Cross-Origin-Resource-Policy");
  expect(Object.keys(expected)).toContain("Strict-Transport-Security");
  const problems: string[] = [];
  for (const { kind, head, status, cache, vary } of kindsOfAnswer(css)) {
    const response = await rawRequest(mirror.port, head);
    if (response.status !== status) problems.push(`${kind}: status ${response.status}, expected ${status}`);
    for (const [name, value] of Object.entries(expected)) {
      const sent = response.headers.get(name.toLowerCase());
      if (sent?.length !== 1 || sent[0] !== value) problems.push(`${kind}: ${name} ${JSON.stringify(sent)}`);
    }
    const sentCache = response.headers.get("cache-control");
    if (sentCache?.length !== 1 || sentCache[0] !== cache) problems.push(`${kind}: Cache-Control ${JSON.stringify(sentCache)}, expected "${cache}"`);
    const sentVary = response.headers.get("vary") ?? [];
    if (vary ? sentVary.join(", ") !== vary : sentVary.length > 0) problems.push(`${kind}: Vary ${JSON.stringify(sentVary)}`);
    if (response.headers.has("set-cookie")) problems.push(`${kind}: a cookie`);
    if (response.headers.get("server")?.some((value) => /\d/.test(value))) problems.push(`${kind}: the server's version`);
  }
  expect(problems).toEqual([]);
});

test("nginx logs no address and no visitor: the access log holds method, status and duration; the error log stays empty", () => {
  // Every test above has run by now (serial): hundreds of pages, 404s, 400s, a 414.
  const lines = mirror.accessLog().trim().split("\n");
  expect(lines.length).toBeGreaterThan(800);
  for (const line of lines) expect(line).toMatch(/^([A-Z]+|-) \d{3} \d+\.\d{3}$/); // "-": a request line nginx could not read
  expect(lines.some((line) => line.startsWith("GET 404 "))).toBe(true);
  // At any level but emerg nginx writes lines like "client intended to send too large body: 2048
  // bytes, client: 127.0.0.1, server: …, request: "GET /sv/law HTTP/1.1"" (the 413 above).
  expect(mirror.errorLog()).toBe("");
});
