// @ts-check
// The export's crawl: every address of the site fetched from a running production server and
// stored as the file a static host serves for it. The addresses come from the site itself:
// sitemap.xml (every page in every language), the open data's own lists (each service by UUID and
// by slug; ?lang=<code> stored under _lang/<code>/), the 404 page of each language, robots.txt.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileForPath, notFoundFile, openDataLanguageFile } from "../static-mirror.js";
import { pool } from "./files.js";

const FETCH_CONCURRENCY = 8;

/**
 * fetch, tried again twice when the connection fails (a kept-alive socket the server has just
 * closed), so one network hiccup does not fail an export of a thousand files.
 * @param {string} url
 * @param {RequestInit} init
 */
async function fetchWithRetry(url, init) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3) {
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
        throw new Error(`${new URL(url).pathname}: ${error instanceof Error ? error.message : String(error)}${cause}`);
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 100 * attempt));
    }
  }
}

/**
 * Fetches every address into `out`.
 * @param {{ origin: string, siteUrl: string, out: string, say: (message: string) => void }} options
 *   origin: the server that renders (127.0.0.1); siteUrl: the public origin its sitemap names
 * @returns {Promise<{ written: Map<string, string>, pages: number, languages: string[], defaultLanguage: string }>}
 *   written: file (relative to out) → the address it came from
 */
export async function crawlSite({ origin, siteUrl, out, say }) {
  /** @type {Map<string, string>} */
  const written = new Map();
  let pages = 0;

  /**
   * Fetches an address from the server and stores it as `file`; the answer must have `status`.
   * @param {string} path
   * @param {{ file?: string, status?: number, headers?: Record<string, string> }} [options]
   */
  const save = async (path, options = {}) => {
    const response = await fetchWithRetry(origin + path, { redirect: "manual", headers: options.headers });
    const body = Buffer.from(await response.arrayBuffer());
    const expected = options.status ?? 200;
    if (response.status !== expected) throw new Error(`${path} answered ${response.status}, expected ${expected}`);
    const file = options.file ?? fileForPath(path);
    const earlier = written.get(file);
    if (earlier !== undefined && earlier !== path) throw new Error(`${path} and ${earlier} both map to ${file}`);
    written.set(file, path);
    const target = join(out, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
    return body;
  };

  // The addresses: sitemap.xml names every page in every language with SITE_URL's origin.
  const sitemap = (await save("/sitemap.xml")).toString("utf8");
  /** @type {string[]} */
  const pagePaths = [];
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const url = new URL((loc ?? "").replace(/&amp;/g, "&"));
    if (url.origin !== siteUrl) throw new Error(`sitemap.xml names another origin: ${loc}`);
    pagePaths.push(url.pathname);
  }
  if (pagePaths.length === 0) throw new Error("sitemap.xml lists no page");
  const languages = [...new Set(pagePaths.map((path) => path.split("/")[1] ?? ""))];
  const home = await fetchWithRetry(`${origin}/`, { redirect: "manual" });
  const defaultLanguage = (home.headers.get("location") ?? "").split("/")[1] ?? "";
  if (!languages.includes(defaultLanguage)) throw new Error(`"/" redirects to no language of the sitemap`);
  await save("/robots.txt");

  // Open data: the pages, then each service by its UUID and by its slug (as /open-data links it).
  const services = JSON.parse((await save("/open-data/hsds/services.json")).toString("utf8"));
  await save("/open-data/hsds/organizations.json");
  /** @type {string[]} */
  const dataPaths = [];
  /** @type {Set<string>} */
  const slugs = new Set();
  for (const service of services.contents ?? []) {
    dataPaths.push(`/open-data/hsds/services/${service.id}.json`);
    const slugEntry = (service.metadata ?? []).find((/** @type {{ field_name: string }} */ entry) => entry.field_name === "stodlinjer:id");
    if (slugEntry) {
      const slug = JSON.parse(slugEntry.replacement_value);
      slugs.add(slug);
      dataPaths.push(`/open-data/hsds/services/${slug}.json`);
    }
  }
  await pool(dataPaths, FETCH_CONCURRENCY, async (path) => void (await save(path)));
  // ?lang=<code> cannot reach a static file: each other language's texts are stored under
  // /open-data/hsds/_lang/<code>/…, where nginx-static.conf and _redirects send ?lang=<code>.
  const dataFiles = ["/open-data/hsds/services.json", "/open-data/hsds/organizations.json", ...dataPaths];
  const translated = languages
    .filter((language) => language !== defaultLanguage)
    .flatMap((language) => dataFiles.map((path) => ({ language, path })));
  await pool(translated, FETCH_CONCURRENCY, async ({ language, path }) => {
    await save(`${path}?lang=${language}`, { file: openDataLanguageFile(path, language) });
  });

  // Pages: the sitemap's, plus the page of any service a remote directory source added.
  const allPages = new Set(pagePaths);
  for (const language of languages) for (const slug of slugs) allPages.add(`/${language}/services/${slug}`);
  const renderStarted = performance.now();
  say(`rendering ${allPages.size} pages and ${languages.length + 1} 404 pages from ${origin}`);
  await pool([...allPages], FETCH_CONCURRENCY, async (path) => {
    await save(path);
    pages += 1;
  });
  // 404 pages, rendered at an address that itself answers 404 in the mirror too.
  for (const language of languages) {
    await save(`/${language}/404.html`, { file: notFoundFile(language), status: 404 });
  }
  await save("/404.html", { file: notFoundFile(undefined), status: 404, headers: { "Accept-Language": defaultLanguage } });
  // What deploy/nginx.conf serves when Node is down and the mirror has no copy of the address.
  for (const language of languages) await save(`/${language}/unavailable`, { status: 503 });

  say(`rendered in ${((performance.now() - renderStarted) / 1000).toFixed(1)} s`);

  // Nothing in the mirror may need the server: no form, and no address of the server that rendered it.
  for (const file of written.keys()) {
    const text = readFileSync(join(out, file), "utf8");
    if (/<form[\s>]/i.test(text)) throw new Error(`${file} has a form, which the static mirror cannot answer`);
    if (text.includes(origin) || text.includes(`//127.0.0.1:`) || text.includes("//localhost")) {
      throw new Error(`${file} names the server that rendered it`);
    }
  }
  return { written, pages, languages, defaultLanguage };
}
