import { gzipSync } from "node:zlib";
// Straight from Playwright, not ./fixtures: its auto fixture (console errors) opens a browser page
// for every test, and these tests need only HTTP requests.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { supportedLanguages } from "~/i18n";
import { sitePaths } from "./routes";

// Page-weight budgets for every route in every language: what a visitor on a slow, shared phone
// downloads before the page is usable. The first 14 KB arrive in the first round trip of a new
// connection (TCP initial window of 10 segments), so the HTML must fit in it.
const KB = 1024;
const HTML_BUDGET = 14 * KB;
const TOTAL_BUDGET = 20 * KB;
const SCRIPT_BUDGET = 2 * KB;
const QUICK_EXIT = "/quick-exit.js";

// Sizes are gzip level 9 of the decoded body (node:zlib gzipSync), not the bytes on the wire:
// Playwright hands over bodies already decoded, and the transferred size would depend on who
// compresses (the compression middleware at level 6 and brotli 4, or nginx in front), so it would
// change with the deployment rather than with the page. Level 9 is also what `npm run size` and
// the README's page-weight table report, so the numbers here can be compared with those.
// (Level 6 on the wire is a few percent larger; the budgets leave far more room than that.)
const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;

interface Asset {
  gzip: number;
  raw: number;
  cacheControl: string;
  body: Buffer;
}

/** Each stylesheet and script is fetched once, however many pages link it. */
function assetLoader(request: APIRequestContext) {
  const seen = new Map<string, Promise<Asset>>();
  return (url: string) => {
    let asset = seen.get(url);
    if (!asset) {
      asset = (async () => {
        const response = await request.get(url, { headers: { "Accept-Encoding": "gzip" } });
        expect(response.status(), url).toBe(200);
        const body = await response.body();
        return { gzip: gzipBytes(body), raw: body.length, cacheControl: response.headers()["cache-control"] ?? "", body };
      })();
      seen.set(url, asset);
    }
    return asset;
  };
}

/** The value of one attribute of an HTML tag (the markup is React's, so attributes are double-quoted). */
function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`, "i"))?.[1];
}

/** What browsers run (HTML's "JavaScript MIME type essence match", or a module); anything else is data. */
function isExecutable(type: string | undefined): boolean {
  const essence = (type ?? "").split(";")[0]!.trim().toLowerCase();
  return essence === "" || essence === "module" || /^(text|application)\/(x-)?(java|ecma)script$/.test(essence);
}

function linkedAssets(html: string) {
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((match) => match[0]);
  const relOf = (tag: string) => (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  return {
    stylesheets: links.filter((tag) => relOf(tag).includes("stylesheet")).map((tag) => attribute(tag, "href") ?? ""),
    // Preloaded modules or fonts would be JavaScript or web fonts arriving by another door.
    preloads: links
      .filter((tag) => relOf(tag).some((rel) => rel === "modulepreload" || rel === "preload"))
      .map((tag) => attribute(tag, "href") ?? ""),
    // Executable scripts only: a data block such as <script type="application/ld+json"> (structured
    // data on service pages) runs nothing, and its bytes are already counted in the HTML.
    scripts: [...html.matchAll(/<script\b[^>]*>/gi)]
      .map((match) => match[0])
      .filter((tag) => isExecutable(attribute(tag, "type")))
      .map((tag) => attribute(tag, "src") ?? "(inline)"),
  };
}

const pages = supportedLanguages.flatMap((language) => sitePaths.map((path) => `/${language}${path}`));

test("page weight: every route in every language stays within its budgets", async ({ request }) => {
  // Every page in thirteen languages, with its assets: several hundred requests.
  test.setTimeout(180_000);
  const asset = assetLoader(request);
  const rows: { page: string; html: number; css: number; js: number; total: number }[] = [];

  // A few pages at a time: quick, without flooding the single Node process.
  const queue = [...pages];
  async function worker() {
    for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
      const response = await request.get(page, { headers: { "Accept-Encoding": "gzip" } });
      expect(response.status(), page).toBe(200);
      expect.soft(response.headers()["content-encoding"], `${page} is sent compressed`).toBe("gzip");
      const body = await response.body();
      const html = body.toString("utf8");
      const { stylesheets, preloads, scripts } = linkedAssets(html);

      expect.soft(stylesheets, `${page}: exactly one stylesheet, under /build/`).toEqual([
        expect.stringMatching(/^\/build\/[^?#]+\.css$/),
      ]);
      expect.soft(scripts, `${page}: the only script is ${QUICK_EXIT}`).toEqual([QUICK_EXIT]);
      expect.soft(preloads, `${page}: nothing preloaded (no modules, no fonts)`).toEqual([]);

      const css = await Promise.all(stylesheets.map(asset));
      const js = await Promise.all(scripts.filter((src) => src.startsWith("/")).map(asset));
      for (const [index, sheet] of css.entries()) {
        expect.soft(sheet.cacheControl, `${stylesheets[index]} is immutable`).toMatch(/\bimmutable\b/);
        expect.soft(sheet.body.toString("utf8"), `${stylesheets[index]}: no web fonts`).not.toMatch(/@font-face/i);
      }

      const row = {
        page,
        html: gzipBytes(body),
        css: css.reduce((sum, item) => sum + item.gzip, 0),
        js: js.reduce((sum, item) => sum + item.gzip, 0),
        total: 0,
      };
      row.total = row.html + row.css + row.js;
      expect.soft(row.html, `${page}: HTML gzip bytes`).toBeLessThanOrEqual(HTML_BUDGET);
      expect.soft(row.total, `${page}: total gzip bytes`).toBeLessThanOrEqual(TOTAL_BUDGET);
      rows.push(row);
    }
  }
  await Promise.all([worker(), worker(), worker()]);

  const script = await asset(QUICK_EXIT);
  expect(script.gzip, `${QUICK_EXIT} gzip bytes`).toBeLessThanOrEqual(SCRIPT_BUDGET);

  rows.sort((a, b) => pages.indexOf(a.page) - pages.indexOf(b.page));
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`.padStart(8);
  const lines = [
    `Page weight, gzip -9 bytes of each file (budgets: HTML ${kb(HTML_BUDGET).trim()}, total ${kb(TOTAL_BUDGET).trim()}, script ${kb(SCRIPT_BUDGET).trim()})`,
    `${"page".padEnd(36)}${"HTML".padStart(8)}${"CSS".padStart(8)}${"JS".padStart(8)}${"total".padStart(8)}`,
    ...rows.map((row) => `${row.page.padEnd(36)}${kb(row.html)}${kb(row.css)}${kb(row.js)}${kb(row.total)}`),
    `${"largest".padEnd(36)}${kb(Math.max(...rows.map((row) => row.html)))}${"".padStart(16)}${kb(Math.max(...rows.map((row) => row.total)))}`,
  ];
  console.log(lines.join("\n"));
  expect(rows).toHaveLength(pages.length);
});

test("/sv/ answers 304 Not Modified to the ETag it sent", async ({ request }) => {
  const first = await request.get("/sv/", { headers: { "Accept-Encoding": "gzip" } });
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag, "ETag").toBeTruthy();

  const again = await request.get("/sv/", { headers: { "Accept-Encoding": "gzip", "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  expect(again.headers()["etag"]).toBe(etag);
});

test("/sv/ is sent with brotli when the browser asks for it", async ({ request }) => {
  const response = await request.get("/sv/", { headers: { "Accept-Encoding": "br" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-encoding"]).toBe("br");
  expect(response.headers()["vary"] ?? "").toMatch(/Accept-Encoding/i);
  expect(await response.text()).toContain("</html>");
});
