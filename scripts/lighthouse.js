// @ts-check
// Lighthouse (its default config: mobile, simulated slow 4G and a slower CPU) on three kinds of page,
// against a production server this script starts itself:
//   the home page /sv/, an audience page /sv/help/buying and a service page /sv/services/kast.
// Prints the performance, accessibility, best-practices and SEO scores (0–100) and the main timings,
// and writes each full JSON report to lighthouse-reports/.
// Usage: node scripts/lighthouse.js   (env: LIGHTHOUSE_PORT=3330, CHROMIUM_PATH=/usr/bin/chromium)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
// The same browser and flags as the Playwright tests.
import { chromiumFlags as chromeFlags, chromiumPath as chromePath } from "./lib/chromium.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3330);
const base = `http://127.0.0.1:${port}`;
const reportDir = join(root, "lighthouse-reports");
const pages = [
  { name: "home", path: "/sv/" },
  { name: "audience", path: "/sv/help/buying" },
  { name: "service", path: "/sv/services/kast" },
];
const categories = /** @type {const} */ (["performance", "accessibility", "best-practices", "seo"]);
const metrics = /** @type {const} */ ([
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
]);

if (!existsSync(chromePath)) {
  console.error(`No chromium at ${chromePath}. Install it with: bash tests/ensure-chromium.sh`);
  process.exit(1);
}

if (!existsSync(join(root, "build/index.js"))) {
  console.log("build/index.js is missing: npx remix build");
  const build = spawnSync("npx", ["remix", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

const server = spawn(process.execPath, ["server.js"], {
  cwd: root,
  // Without SITE_URL, as a fresh `npm start` runs: hreflang alternates are absolute all the same
  // (the request's origin), which the SEO audit requires.
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
});
const serverExited = new Promise((resolveExit) => server.once("exit", resolveExit));

/** @type {chromeLauncher.LaunchedChrome | undefined} */
let chrome;

async function waitForServer() {
  let exited = false;
  void serverExited.then(() => {
    exited = true;
  });
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (exited) throw new Error(`the server exited before answering (is port ${port} free? set LIGHTHOUSE_PORT)`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error("the server did not answer within 15 s");
}

/**
 * The page's stylesheets must be served as CSS. `remix build` empties public/build, so a build run
 * meanwhile (by another terminal or a test run) makes a running server answer them with its 404
 * page, and Lighthouse would score an unstyled page: checked before and after each run.
 * @param {string} path
 */
async function assertStylesheets(path) {
  const html = await (await fetch(base + path)).text();
  const hrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? "");
  for (const href of hrefs) {
    const response = await fetch(base + href);
    await response.arrayBuffer();
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !type.startsWith("text/css")) {
      throw new Error(
        `${href} (linked from ${path}) answered ${response.status} ${type}: public/build no longer matches the ` +
          "running server's build (was `remix build` run meanwhile?). Run this script again.",
      );
    }
  }
}

/** @param {number | null | undefined} score 0–1 */
const points = (score) => (typeof score === "number" ? String(Math.round(score * 100)) : "n/a");

async function main() {
  await waitForServer();
  mkdirSync(reportDir, { recursive: true });
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: "silent" });

  /** @type {string[][]} */
  const scoreRows = [];
  /** @type {string[][]} */
  const metricRows = [];
  let about = "";
  for (const page of pages) {
    console.log(`· lighthouse ${page.path}`);
    await assertStylesheets(page.path);
    const result = await lighthouse(`${base}${page.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${page.path}`);
    const { lhr } = result;
    about = `Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} (${lhr.configSettings.throttlingMethod} throttling), ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "chromium"}, CPU benchmark index ${lhr.environment.benchmarkIndex}`;
    if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    await assertStylesheets(page.path);
    const file = join(reportDir, `${page.name}${page.path.replaceAll("/", "_").replace(/_$/, "")}.json`);
    writeFileSync(file, Array.isArray(result.report) ? result.report.join("\n") : result.report);
    scoreRows.push([page.path, ...categories.map((id) => points(lhr.categories[id]?.score))]);
    metricRows.push([page.path, ...metrics.map(([, id]) => lhr.audits[id]?.displayValue ?? "n/a")]);
    // Anything that cost points outside performance, so the scores can be acted on.
    for (const id of categories.filter((category) => category !== "performance")) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  ${id}: ${audit.id} (${audit.title})`);
        }
      }
    }
    console.log(`  report: ${relative(root, file)}`);
  }

  const table = (/** @type {string[]} */ header, /** @type {string[][]} */ rows) => {
    const line = (/** @type {string[]} */ cells) =>
      cells.map((cell, index) => (index === 0 ? cell.padEnd(22) : cell.padStart(15))).join("");
    console.log([line(header), ...rows.map(line)].join("\n"));
  };
  console.log(`\n${about}`);
  table(["page", ...categories], scoreRows);
  console.log("");
  table(["page", ...metrics.map(([label]) => label)], metricRows);
}

try {
  await main();
} catch (error) {
  console.error(`\nlighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  try {
    chrome?.kill();
  } catch {
    // already gone
  }
  if (server.exitCode === null && server.signalCode === null) {
    server.kill("SIGTERM");
    await serverExited;
  }
}
// Lighthouse can leave timers behind; everything this script started has been stopped above.
process.exit(process.exitCode ?? 0);
