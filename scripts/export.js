// @ts-check
// The static mirror: every page of the site in every language, as files that any web server, CDN
// or static host can serve (README "Hosting the static mirror").
//
// Usage: npm run export -- --out dist --site-url https://stodlinjer.example [--port 3390] [--quiet]
//
// It starts the built production server (NODE_ENV=production, SITE_URL, STATIC_MIRROR=true, so that
// no page carries a form that needs the server) on 127.0.0.1, fetches every address of sitemap.xml,
// the 404 page of each language, the open data (/open-data/hsds/*.json: the pages and one file per
// service, by UUID and by slug; ?lang=<code> stored under _lang/<code>/), sitemap.xml and robots.txt, copies public/ (with /build/), writes
// `_headers` and `_redirects` for static hosts, and gives every HTML/JSON/CSS/JS/XML/TXT/SVG file a
// `.br` and a `.gz` sibling. Addresses stay the same: /sv/law is sv/law.html, /sv/ is sv/index.html
// (deploy/nginx-static.conf has the matching rules).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { startNodeServer } from "./lib/node-server.js";
import {
  COMPRESSIBLE,
  fileForPath,
  formatHeadersFile,
  formatRedirectsFile,
  headerRules,
  notFoundFile,
  openDataLanguageFile,
} from "./lib/static-mirror.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FETCH_CONCURRENCY = 8;
/** Browsers that send these codes get the language (app/utils/negotiate-language.ts). */
const LANGUAGE_ALIASES = { prs: "fa" };

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ out?: string, siteUrl?: string, port?: number, quiet: boolean }} */
  const options = { quiet: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === "--out") options.out = value();
    else if (arg === "--site-url") options.siteUrl = value();
    else if (arg === "--port") options.port = Number(value());
    else if (arg === "--quiet") options.quiet = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!options.out) throw new Error("--out <folder> is required");
  if (!options.siteUrl) throw new Error("--site-url https://… is required (the mirror's absolute links use it)");
  const url = new URL(options.siteUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("--site-url must be an http(s) URL");
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65_536)) {
    throw new Error("--port must be a port number");
  }
  return { out: resolve(options.out), siteUrl: url.origin, port: options.port, quiet: options.quiet };
}

/** A port nobody listens on, from the kernel. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * An output folder we may replace: missing, empty, or an earlier export (it has _headers and
 * sitemap.xml). Anything else is refused, so a typo cannot delete a folder of other files.
 * @param {string} out
 */
function checkOut(out) {
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  if (entries.length > 0 && !(entries.includes("_headers") && entries.includes("sitemap.xml"))) {
    throw new Error(`${out} is not empty and is not an earlier export: choose another --out`);
  }
}

/**
 * Runs `task` over `items`, at most `limit` at a time.
 * @template T
 * @param {readonly T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<void>} task
 */
async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = /** @type {T} */ (items[next]);
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

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

/** Every file under a folder, relative to it. @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split("\\").join("/"));
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * "/" of the mirror for a host that cannot redirect by Accept-Language: the thirteen languages by
 * their own names, each a link to its home page (nginx and `_redirects` redirect instead).
 * @param {readonly string[]} languages
 * @param {string} defaultLanguage
 */
function languageChoicePage(languages, defaultLanguage) {
  const items = languages.map((language) => {
    const common = JSON.parse(readFileSync(join(root, "locales", language, "common.json"), "utf8"));
    const name = typeof common.languageName === "string" ? common.languageName : language;
    const siteName = typeof common.siteName === "string" ? common.siteName : "Stödlinjer";
    return { language, name, siteName };
  });
  const title = items.find((item) => item.language === defaultLanguage)?.siteName ?? "Stödlinjer";
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(defaultLanguage)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><ul>`,
    ...items.map(
      ({ language, name }) =>
        `<li><a href="/${escapeHtml(language)}/" hreflang="${escapeHtml(language)}" dir="auto">${escapeHtml(name)}</a></li>`,
    ),
    "</ul></main></body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * @param {string[]} argv
 */
export async function exportSite(argv) {
  const started = performance.now();
  const { out: target, siteUrl, port, quiet } = parseArgs(argv);
  const say = (/** @type {string} */ message) => {
    if (!quiet) console.log(`· ${message}`);
  };
  checkOut(target);
  // Written beside the target and moved into place at the end: a failed export leaves the last good one.
  const out = `${target}.partial-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  try {
    const result = await writeMirror(out, { siteUrl, port, say });
    rmSync(target, { recursive: true, force: true });
    renameSync(out, target);
    const seconds = (performance.now() - started) / 1000;
    const mb = (/** @type {number} */ n) => `${(n / 1e6).toFixed(2)} MB`;
    say(
      `${target}: ${result.pages} pages; ${result.files} files, ${mb(result.bytes)} ` +
        `(${result.plainFiles} files of ${mb(result.plainBytes)}, of which ${result.textFiles} text files of ${mb(result.textBytes)} ` +
        `with .br siblings of ${mb(result.brotliBytes)} and .gz of ${mb(result.gzipBytes)}); ${seconds.toFixed(1)} s`,
    );
    return { ...result, out: target, seconds };
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
}

/**
 * @param {string} out
 * @param {{ siteUrl: string, port: number | undefined, say: (message: string) => void }} options
 */
async function writeMirror(out, { siteUrl, port, say }) {
  const https = siteUrl.startsWith("https:");
  const server = await startNodeServer(port ?? (await freePort()), {
    env: { NODE_ENV: "production", SITE_URL: siteUrl, STATIC_MIRROR: "true", HTTPS: https ? "true" : "false" },
  });
  /** @type {Map<string, string>} file (relative) → the address it came from */
  const written = new Map();
  let pages = 0;
  try {
    /**
     * Fetches an address from the server and stores it as `file`; the answer must have `status`.
     * @param {string} path
     * @param {{ file?: string, status?: number, headers?: Record<string, string> }} [options]
     */
    const save = async (path, options = {}) => {
      const response = await fetchWithRetry(server.origin + path, { redirect: "manual", headers: options.headers });
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
    const home = await fetchWithRetry(`${server.origin}/`, { redirect: "manual" });
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
    say(`rendering ${allPages.size} pages and ${languages.length + 1} 404 pages from ${server.origin}`);
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

    // public/ (favicons, quick-exit.js) and the build's assets (public/build → /build/).
    const publicFiles = listFiles(join(root, "public"));
    for (const file of publicFiles) {
      if (written.has(file)) continue;
      mkdirSync(dirname(join(out, file)), { recursive: true });
      cpSync(join(root, "public", file), join(out, file));
    }

    // Nothing in the mirror may need the server: no form, and no address of the server that rendered it.
    for (const file of written.keys()) {
      const text = readFileSync(join(out, file), "utf8");
      if (/<form[\s>]/i.test(text)) throw new Error(`${file} has a form, which the static mirror cannot answer`);
      if (text.includes(server.origin) || text.includes(`//127.0.0.1:`) || text.includes("//localhost")) {
        throw new Error(`${file} names the server that rendered it`);
      }
    }

    // Hosting rules, and "/" for hosts without them.
    writeFileSync(join(out, "index.html"), languageChoicePage(languages, defaultLanguage));
    const rootPublicFiles = publicFiles.filter((file) => !file.includes("/"));
    writeFileSync(join(out, "_headers"), formatHeadersFile(headerRules({ https, languages, publicFiles: rootPublicFiles })));
    writeFileSync(join(out, "_redirects"), formatRedirectsFile({ languages, defaultLanguage, aliases: LANGUAGE_ALIASES }));
  } finally {
    server.stop();
  }

  // Precompressed siblings, made once: brotli at its best quality, gzip at level 9.
  const files = listFiles(out);
  const textFiles = files.filter((file) => COMPRESSIBLE.test(file));
  const compressStarted = performance.now();
  say(`compressing ${textFiles.length} files (brotli and gzip)`);
  let bytes = 0;
  let brotliBytes = 0;
  let gzipBytes = 0;
  for (const file of files) bytes += statSync(join(out, file)).size;
  await pool(textFiles, 4, async (file) => {
    const body = readFileSync(join(out, file));
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
          [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzipAsync(body, { level: 9 }),
    ]);
    writeFileSync(join(out, `${file}.br`), br);
    writeFileSync(join(out, `${file}.gz`), gz);
    brotliBytes += br.length;
    gzipBytes += gz.length;
  });

  say(`compressed in ${((performance.now() - compressStarted) / 1000).toFixed(1)} s`);
  const textBytes = textFiles.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
  return {
    pages,
    files: files.length + textFiles.length * 2,
    bytes: bytes + brotliBytes + gzipBytes,
    plainFiles: files.length,
    plainBytes: bytes,
    textFiles: textFiles.length,
    textBytes,
    brotliBytes,
    gzipBytes,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.chdir(root); // the server runs from the checkout (build/, public/, locales/)
  exportSite(process.argv.slice(2)).catch((error) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
