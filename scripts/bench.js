// @ts-check
// `npm run bench`: load test of the home page /sv/ on 127.0.0.1 with autocannon, four ways:
//   (a)  the production Node server (server.js), one process;
//   (b)  nginx serving the same rendered page as a precompressed static file (gzip_static), one
//        worker: what a well-run static host does, and the anchor Node is measured against;
//   (b') nginx serving that file compressing it on every request (gzip on), one worker: the old
//        anchor, kept so that both are reported;
//   (c)  nginx with deploy/nginx.conf (paths, ports and TLS lines adapted) caching the Node server.
// Both anchors send the Node server's security headers and Cache-Control.
// Usage: node scripts/bench.js   (env: BENCH_SECONDS=15, BENCH_CONNECTIONS=50, BENCH_ROUNDS=1 (each
// round runs the four back to back; the ratios are given per round and as the median), BENCH_PORT=3310
// uses BENCH_PORT..BENCH_PORT+3). Installs Debian's nginx with apt when it is missing and builds the
// site when build/index.js is missing. Everything it starts and every temp dir is removed at the end.
// The parts: lib/bench/processes.js (children, ports, build), lib/bench/nginx.js (the nginx configs),
// lib/bench/load.js (autocannon, CPU, memory), lib/bench/report.js (checks and the table).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { cpuCount, load, memoryKb, processTree } from "./lib/bench/load.js";
import { adaptProductionConfig, cacheStatuses, ensureNginx, startNginx, staticConfig } from "./lib/bench/nginx.js";
import { Children, assertPortFree, ensureBuild, waitFor } from "./lib/bench/processes.js";
import { compareHeaders, fetchCheck, printReport } from "./lib/bench/report.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seconds = positiveInteger("BENCH_SECONDS", 15);
const connections = positiveInteger("BENCH_CONNECTIONS", 50);
const rounds = positiveInteger("BENCH_ROUNDS", 1);
const basePort = positiveInteger("BENCH_PORT", 3310);
const ports = { node: basePort, precompressed: basePort + 1, onTheFly: basePort + 2, proxy: basePort + 3 };
const path = "/sv/";
const requestHeaders = { "accept-encoding": "gzip" };
const WARMUP_SECONDS = 2;

/**
 * @param {string} name
 * @param {number} fallback
 */
function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

/** @param {string} message */
function log(message) {
  console.log(`· ${message}`);
}

const children = new Children(root);
/** @type {string | undefined} */
let workDir;

async function cleanUp() {
  await children.stopAll();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * A folder nginx's workers (another user) can read, holding nginx.conf.
 * @param {string} name
 * @param {string} config
 */
function nginxPrefix(name, config) {
  const prefix = join(/** @type {string} */ (workDir), name);
  mkdirSync(prefix, { mode: 0o755 });
  writeFileSync(join(prefix, "nginx.conf"), config);
  return prefix;
}

async function main() {
  const loadBefore = loadavg()[0] ?? 0;
  if (loadBefore > 0.5) {
    console.warn(`WARNING: load average ${loadBefore.toFixed(2)} before the benchmark: other processes compete for the CPU.`);
  }
  const nginx = ensureNginx(root, log);
  ensureBuild(root, log);
  for (const port of Object.values(ports)) await assertPortFree(port, "set BENCH_PORT to use other ports");

  workDir = mkdtempSync(join(tmpdir(), "stodlinjer-bench-"));
  chmodSync(workDir, 0o755); // nginx's workers run as another user (www-data/nobody)
  const template = readFileSync(join(root, "deploy/nginx.conf"), "utf8");

  const nodeBase = `http://127.0.0.1:${ports.node}`;
  // The production Node server, as deploy/nginx.conf expects it (behind TLS: HTTPS=true).
  const node = children.start("node server.js", process.execPath, ["server.js"], {
    ...process.env,
    PORT: String(ports.node),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    HTTPS: "true",
  });
  await waitFor(`${nodeBase}/healthz`, node);
  const rssBefore = memoryKb(node.pid);

  // (b) and (b'): the page Node renders, as a static file and its gzip -9 sibling (as the export makes it).
  const html = await (await fetch(nodeBase + path)).text();
  const assetPath = html.match(/<link rel="stylesheet" href="(\/build\/[^"]+)"/)?.[1];
  if (!assetPath) throw new Error(`${path} links no stylesheet under /build/`);
  const documentRoot = join(workDir, "static-root");
  mkdirSync(join(documentRoot, path), { recursive: true, mode: 0o755 });
  const gzipped = gzipSync(html, { level: 9 });
  writeFileSync(join(documentRoot, path, "index.html"), html, { mode: 0o644 });
  writeFileSync(join(documentRoot, path, "index.html.gz"), gzipped, { mode: 0o644 });

  const anchors = /** @type {const} */ ([
    ["precompressed", "(b) nginx, precompressed file", "precompressed"],
    ["onTheFly", "(b') nginx, file gzipped per request", "on the fly"],
  ]);
  /** @type {{ key: string, label: string, base: string, pids: () => number[] }[]} */
  const targets = [{ key: "a", label: "(a) node server.js", base: nodeBase, pids: () => [node.pid] }];
  for (const [key, label, compression] of anchors) {
    const prefix = nginxPrefix(`nginx-${key}`, staticConfig(template, { prefix: join(workDir, `nginx-${key}`), documentRoot, listen: ports[key], compression }));
    const child = startNginx(children, nginx, label, prefix);
    const base = `http://127.0.0.1:${ports[key]}`;
    await waitFor(base + path, child);
    targets.push({ key, label, base, pids: () => processTree(child.pid) });
  }

  // (c): deploy/nginx.conf in front of the same Node server.
  const proxyPrefix = join(workDir, "nginx-proxy");
  nginxPrefix("nginx-proxy", adaptProductionConfig(template, { prefix: proxyPrefix, root, listen: ports.proxy, upstream: ports.node }));
  const proxy = startNginx(children, nginx, "nginx (proxy cache)", proxyPrefix);
  const proxyBase = `http://127.0.0.1:${ports.proxy}`;
  await waitFor(`${proxyBase}/healthz`, proxy);
  targets.push({ key: "c", label: "(c) nginx cache → node", base: proxyBase, pids: () => [...processTree(proxy.pid), node.pid] });

  // Every target answers the page, gzip; the anchors the very page Node rendered (the proxy's differs
  // only in its links' origin: nginx forwards the Host without the port), the precompressed one its stored bytes.
  for (const target of targets) {
    const check = await fetchCheck(target.base + path, requestHeaders);
    const samePage = target.key === "c" || check.decoded === Buffer.byteLength(html);
    if (check.status !== 200 || check.encoding !== "gzip" || !samePage) {
      throw new Error(`${target.label}: ${path} answered ${check.status}, ${check.encoding}, ${check.decoded} bytes`);
    }
    const sentStoredBytes = check.headers.get("content-length") === String(gzipped.length);
    if ((target.key === "precompressed") !== sentStoredBytes && target.key !== "a" && target.key !== "c") {
      throw new Error(`${target.label}: ${sentStoredBytes ? "sent" : "did not send"} the precompressed file (Content-Length ${check.headers.get("content-length")})`);
    }
    log(`${target.label}: ${path} → 200 gzip, ${check.decoded} bytes decoded`);
  }
  const headerProblems = await compareHeaders(nodeBase, proxyBase, [path, assetPath], requestHeaders);
  for (const problem of headerProblems) console.warn(`WARNING headers differ through nginx: ${problem}`);
  if (!headerProblems.length) log(`security headers and Cache-Control of ${path} and ${assetPath}: same through nginx`);

  /** @type {(import("./lib/bench/load.js").Run & { key: string, round: number })[]} */
  const runs = [];
  /** @type {Record<string, number>} */
  const rssAfter = {};
  for (let round = 1; round <= rounds; round += 1) {
    for (const target of targets) {
      const run = await load({
        label: target.label,
        url: target.base + path,
        serverPids: target.pids,
        connections,
        seconds,
        warmupSeconds: WARMUP_SECONDS,
        headers: requestHeaders,
        log,
      });
      runs.push({ ...run, key: target.key, round });
      rssAfter[target.key] = memoryKb(node.pid);
    }
  }
  const rssPeak = memoryKb(node.pid, "VmHWM");

  printReport({
    title: `${path} with Accept-Encoding: gzip, ${connections} connections, ${seconds} s each, 127.0.0.1, ${cpuCount()} CPU cores`,
    cores: cpuCount(),
    runs,
    node: "a",
    proxy: "c",
    anchors: anchors.map(([key, name]) => ({ key, name })),
  });
  const mb = (/** @type {number} */ kb) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(
    `node RSS   before load ${mb(rssBefore)}, after (a) ${mb(rssAfter["a"] ?? 0)}, after (c) ${mb(rssAfter["c"] ?? 0)}, peak ${mb(rssPeak)}`,
  );
  console.log(`nginx (c) cache status of all requests: ${JSON.stringify(cacheStatuses(join(proxyPrefix, "stodlinjer-access.log")))}`);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
