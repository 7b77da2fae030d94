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
// The parts: lib/export/crawl.js (the addresses and their files), lib/export/files.js (the output
// folder, public/, the compressed siblings), lib/export/host-files.js (_headers, _redirects, "/"),
// lib/static-mirror.js (the rules they share with the tests).
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { crawlSite } from "./lib/export/crawl.js";
import { checkOut, compressSiblings, copyPublic } from "./lib/export/files.js";
import { writeHostFiles } from "./lib/export/host-files.js";
import { languageAliases } from "../app/utils/language-aliases.js";
import { startNodeServer } from "./lib/node-server.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

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
  let crawled;
  try {
    crawled = await crawlSite({ origin: server.origin, siteUrl, out, say });
  } finally {
    server.stop();
  }
  const { written, pages, languages, defaultLanguage } = crawled;
  const publicFiles = copyPublic(join(root, "public"), out, written);
  // Hosting rules, and "/" for hosts without them.
  writeHostFiles({
    out,
    localesDir: join(root, "locales"),
    https,
    languages,
    defaultLanguage,
    rootPublicFiles: publicFiles.filter((file) => !file.includes("/")),
    // Browsers that send these codes get the language (app/utils/negotiate-language.ts).
    aliases: languageAliases,
  });
  const compressStarted = performance.now();
  say("compressing the text files (brotli and gzip)");
  const sizes = await compressSiblings(out);
  say(`compressed ${sizes.textFiles} files in ${((performance.now() - compressStarted) / 1000).toFixed(1)} s`);
  return { pages, ...sizes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.chdir(root); // the server runs from the checkout (build/, public/, locales/)
  exportSite(process.argv.slice(2)).catch((error) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
