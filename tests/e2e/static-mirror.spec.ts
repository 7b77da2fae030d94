import { municipalities } from "~/data/municipalities";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { baseURL } from "../../playwright.config";
import { securityHeaders } from "../../app/utils/security-headers.js";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

/**
 * The static mirror (`npm run export`): exported into a temp folder, served by the small static
 * server below (the rules of deploy/nginx-static.conf: x.html and x/index.html lookup, a 404 page
 * per language, .br/.gz when accepted, the headers of the export's own `_headers`), and crawled
 * page by page against a live server with the same SITE_URL: same status, same <main> (but for the
 * forms the mirror leaves out), the same headers, every internal link resolves, and no absolute
 * link to another host but SITE_URL and the site's few deliberate outbound links.
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
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".ico": "image/x-icon",
};
/** Headers the mirror must send exactly as Node does. */
const SAME_HEADERS = [...Object.keys(securityHeaders({ https: true })), "Cache-Control", "Access-Control-Allow-Origin", "Link"];

type HeaderRule = { pattern: string; headers: [string, string][] };
type RedirectRule = { from: string; query?: [string, string]; to: string; status: number; languages: string[] };

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

/** `_redirects`: "from [name=value] to status[!] [Language=a,b]". */
function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const tokens = line.trim().split(/\s+/);
      const query = tokens[1]?.includes("=") ? (tokens.splice(1, 1)[0]?.split("=") as [string, string]) : undefined;
      const [from = "", to = "", status = "", condition = ""] = tokens;
      return { from, query, to, status: Number(status.replace("!", "")), languages: condition.replace(/^Language=/, "").split(",").filter(Boolean) };
    });
}

const matches = (pattern: string, path: string) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

/** A static server with the rules of deploy/nginx-static.conf, reading the rules the export wrote. */
async function serveMirror(root: string) {
  const headerRules = parseHeadersFile(readFileSync(join(root, "_headers"), "utf8"));
  const redirects = parseRedirectsFile(readFileSync(join(root, "_redirects"), "utf8"));
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://mirror");
    const path = url.pathname;
    for (const [name, value] of headerRules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers)) {
      const earlier = response.getHeader(name);
      response.setHeader(name, earlier === undefined ? value : `${String(earlier)}, ${value}`);
    }
    if (request.method !== "GET" && request.method !== "HEAD") return void response.writeHead(405).end();
    if (path === "/") {
      const first = (request.headers["accept-language"] ?? "").split(",")[0]?.split(";")[0]?.trim().toLowerCase().split("-")[0] ?? "";
      const rule = redirects.find((candidate) => candidate.from === "/" && (candidate.languages.length === 0 || candidate.languages.includes(first)));
      return void response.writeHead(rule?.status ?? 404, { Location: rule?.to ?? "" }).end();
    }

    let file: string | undefined;
    let status = 200;
    const hidden = /\.(html|br|gz)$/.test(path) || /^\/_(headers|redirects)$/.test(path) || /\/_lang\//.test(path) || path.includes("..");
    // A rule with a query (?lang=en on the open data) answers from another file, with status 200.
    const rewrite = redirects.find((rule) => rule.query && url.searchParams.get(rule.query[0]) === rule.query[1] && matches(rule.from, path));
    if (rewrite) {
      const splat = rewrite.from.endsWith("*") ? path.slice(rewrite.from.length - 1) : "";
      const local = join(root, rewrite.to.replace(":splat", splat));
      if (isFile(local)) file = local;
    } else if (!hidden) {
      const local = join(root, decodeURIComponent(path));
      if (path.endsWith("/")) file = isFile(join(local, "index.html")) ? join(local, "index.html") : undefined;
      else if (isFile(local)) file = local;
      else if (isFile(`${local}.html`)) file = `${local}.html`;
    }
    if (!file) {
      const rule = redirects.find((candidate) => candidate.status === 404 && matches(candidate.from, path));
      file = join(root, rule?.to ?? "/404.html");
      status = 404;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const accepts = String(request.headers["accept-encoding"] ?? "");
    const headers: Record<string, string> = { "Content-Type": type };
    if (/\.(html|json|xml|txt|css|js|svg)$/.test(file)) headers.Vary = "Accept-Encoding";
    if (/\bbr\b/.test(accepts) && isFile(`${file}.br`)) {
      file = `${file}.br`;
      headers["Content-Encoding"] = "br";
    } else if (/\bgzip\b/.test(accepts) && isFile(`${file}.gz`)) {
      file = `${file}.gz`;
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(status, headers).end(request.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

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

let workDir = "";
let dist = "";
let exportSeconds = 0;
let mirror: Awaited<ReturnType<typeof serveMirror>>;
let live: Awaited<ReturnType<typeof startOwnServer>>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  workDir = mkdtempSync(join(tmpdir(), "stodlinjer-mirror-"));
  dist = join(workDir, "dist");
  const started = performance.now();
  await promisify(execFile)(process.execPath, ["scripts/export.js", "--out", dist, "--site-url", SITE_URL, "--quiet"]);
  exportSeconds = (performance.now() - started) / 1000;
  mirror = await serveMirror(dist);
  live = await startOwnServer(Number(new URL(baseURL).port) + 5, { SITE_URL, HTTPS: "true" });
});

test.afterAll(async () => {
  mirror?.close();
  await live?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
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
      for (const name of SAME_HEADERS) {
        if (mine.headers.get(name) !== theirs.headers.get(name)) problems.push(`${path}: ${name} "${mine.headers.get(name)}", live "${theirs.headers.get(name)}"`);
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

test("/ goes to the visitor's language, a missing page is the 404 of its language", async () => {
  for (const [accept, home] of [["en-GB,en;q=0.8", "/en/"], ["prs", "/fa/"], ["de", "/sv/"], ["", "/sv/"]] as const) {
    const response = await fetch(`${mirror.origin}/`, { redirect: "manual", headers: accept ? { "Accept-Language": accept } : {} });
    expect(response.status, accept).toBe(302);
    expect(response.headers.get("location"), accept).toBe(home);
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
