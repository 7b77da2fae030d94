// @ts-check
// Load test of the home page /sv/ on 127.0.0.1, three ways, with autocannon:
//   (a) the production Node server (server.js),
//   (b) nginx serving the same rendered page as a static file (the ceiling: no rendering at all),
//   (c) nginx with deploy/nginx.conf (paths, ports and TLS lines adapted) caching the Node server.
// Usage: node scripts/bench.js   (env: BENCH_SECONDS=15, BENCH_CONNECTIONS=50, BENCH_PORT=3310 uses
// BENCH_PORT..BENCH_PORT+2). Installs Debian's nginx with apt when it is missing and builds the site
// when build/index.js is missing. Everything it starts and every temp dir is removed at the end.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seconds = positiveInteger("BENCH_SECONDS", 15);
const connections = positiveInteger("BENCH_CONNECTIONS", 50);
const basePort = positiveInteger("BENCH_PORT", 3310);
const ports = { node: basePort, static: basePort + 1, proxy: basePort + 2 };
const path = "/sv/";
const requestHeaders = { "accept-encoding": "gzip" };
const WARMUP_SECONDS = 2;

/**
 * The part of autocannon's result this script reads (autocannon ships no types).
 * @typedef {object} CannonResult
 * @property {{ average: number }} requests  requests per second, averaged over the run
 * @property {{ p50: number, p99: number }} latency  in milliseconds
 * @property {number} errors  connection errors and timeouts
 * @property {number} timeouts
 * @property {number} non2xx
 */
/** @typedef {{ url: string, connections: number, duration: number, headers: Record<string, string> }} CannonOptions */
// autocannon is CommonJS without types: required through createRequire, typed here.
/** @type {(options: CannonOptions) => Promise<CannonResult>} */
const cannon = createRequire(import.meta.url)("autocannon");

/** @typedef {{ name: string, pid: number, exited: Promise<void>, stop(): Promise<void> }} Child */

/** @type {Child[]} */
const children = [];
/** @type {string | undefined} */
let workDir;

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

/** Runs a command to completion with its output on our terminal; returns its exit status. */
function run(/** @type {string} */ command, /** @type {string[]} */ args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The nginx binary: on PATH, or Debian's /usr/sbin/nginx when /usr/sbin is not on PATH; else undefined. */
function findNginx() {
  for (const candidate of ["nginx", "/usr/sbin/nginx"]) {
    const probe = spawnSync(candidate, ["-v"], { stdio: "ignore" });
    if (!probe.error && probe.status === 0) return candidate;
  }
  return undefined;
}

function ensureNginx() {
  const found = findNginx();
  if (found) return found;
  log("nginx is not installed: apt-get install -y nginx");
  if (run("apt-get", ["install", "-y", "-q", "nginx"]) !== 0) {
    log("install failed: apt-get update, then install again");
    if (run("apt-get", ["update", "-q"]) !== 0) throw new Error("apt-get update failed");
    if (run("apt-get", ["install", "-y", "-q", "nginx"]) !== 0) throw new Error("apt-get install nginx failed");
  }
  const installed = findNginx();
  if (!installed) throw new Error("nginx was installed but cannot be run");
  return installed;
}

function ensureBuild() {
  if (existsSync(join(root, "build/index.js"))) return;
  log("build/index.js is missing: npx remix build");
  if (run("npx", ["remix", "build"]) !== 0) throw new Error("npx remix build failed");
}

/** @param {number} port */
function assertPortFree(port) {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`port ${port} is in use (set BENCH_PORT to use other ports)`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePort(undefined)));
  });
}

/**
 * Starts a long-running process we own; its stderr is kept to explain a failure.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Child}
 */
function start(name, command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  let stderr = "";
  child.stderr?.on("data", (/** @type {Buffer} */ chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise((resolveExit) => {
    child.once("exit", (code, signal) => {
      if (!stopping.has(name)) console.error(`${name} exited (${signal ?? code})${stderr ? `:\n${stderr}` : ""}`);
      resolveExit(undefined);
    });
  });
  /** @type {Child} */
  const handle = {
    name,
    pid: child.pid,
    exited: exited.then(() => undefined),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping.add(name);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  children.push(handle);
  return handle;
}
/** @type {Set<string>} */
const stopping = new Set();

/**
 * @param {string} url
 * @param {Child} child
 */
async function waitFor(url, child) {
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (exited) throw new Error(`${child.name} exited before answering ${url}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`${child.name} did not answer ${url} within 15 s`);
}

/**
 * Resident memory of a process in KB (VmRSS, or VmHWM for the peak).
 * @param {number} pid
 * @param {"VmRSS" | "VmHWM"} [field]
 */
function memoryKb(pid, field = "VmRSS") {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  if (!match?.[1]) throw new Error(`no ${field} for pid ${pid}`);
  return Number(match[1]);
}

const clockTicks = (() => {
  const result = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  return Number(result.stdout?.trim()) || 100;
})();

/** CPU seconds the whole machine has spent busy (all cores; not idle, not waiting for I/O). */
function machineBusySeconds() {
  const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return (total - (fields[3] ?? 0) - (fields[4] ?? 0)) / clockTicks;
}

/** CPU seconds (user + system) a process has used so far. @param {number} pid */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/**
 * deploy/nginx.conf adapted to run unprivileged from a temp prefix: its paths, the upstream port and
 * the listen line change, the TLS lines and the "production only" servers go. Every step must match,
 * so a change to the shipped config that this adaptation does not understand fails loudly.
 * @param {string} template
 * @param {string} prefix
 */
function adaptProductionConfig(template, prefix) {
  /** @type {[string, RegExp, string][]} */
  const steps = [
    ["production-only servers", /^[ \t]*# BEGIN production only[\s\S]*?# END production only[^\n]*\n/m, ""],
    ["TLS listen line", /^([ \t]*)listen 443 ssl http2;/m, `$1listen 127.0.0.1:${ports.proxy};`],
    ["IPv6 TLS listen line", /^[ \t]*listen \[::\]:443 ssl http2;\n/m, ""],
    ["ssl_* lines", /^[ \t]*ssl_\w+ [^;]*;\n/gm, ""],
    ["upstream address", /server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${ports.node};`],
    ["checkout path", /\/srv\/stodlinjer\b/g, root],
    ["cache path", /\/var\/cache\/nginx\/stodlinjer\b/g, join(prefix, "cache")],
    ["log paths", /\/var\/log\/nginx\//g, `${prefix}/`],
    ["pid path", /\/run\/nginx\.pid/g, join(prefix, "nginx.pid")],
  ];
  let config = template;
  for (const [what, pattern, replacement] of steps) {
    if (!pattern.test(config)) throw new Error(`deploy/nginx.conf: cannot adapt the ${what} for the benchmark`);
    pattern.lastIndex = 0;
    config = config.replace(pattern, replacement);
  }
  if (/\bssl\b|:443|:80\b/.test(config.replace(/#[^\n]*/g, ""))) {
    throw new Error("deploy/nginx.conf: TLS or port 80 left over after adapting it for the benchmark");
  }
  return config;
}

/**
 * nginx serving a directory of static files, with exactly the gzip settings (and log format) of
 * deploy/nginx.conf.
 * @param {string} template
 * @param {string} prefix
 * @param {string} documentRoot
 */
function staticConfig(template, prefix, documentRoot) {
  const http = template.replace(/#[^\n]*/g, "");
  const gzip = [...http.matchAll(/^[ \t]*gzip\w*\s[^;]*;/gm)].map((match) => match[0].trim());
  const user = http.match(/^[ \t]*user [^;]*;/m)?.[0].trim() ?? "";
  const logFormat = http.match(/^[ \t]*log_format [^;]*;/m)?.[0].trim();
  const logName = logFormat?.split(/\s+/)[1];
  if (!gzip.some((line) => line === "gzip on;") || !logFormat || !logName) {
    throw new Error("deploy/nginx.conf: no `gzip on;` or log_format found to copy into the static config");
  }
  return `${user}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 30s;
    open_file_cache max=1000 inactive=60s;
    ${logFormat}
    access_log ${prefix}/access.log ${logName};
    ${gzip.join("\n    ")}
    server {
        listen 127.0.0.1:${ports.static};
        root ${documentRoot};
        location / { try_files $uri $uri/index.html =404; }
    }
}
`;
}

/**
 * @param {string} nginx
 * @param {string} name
 * @param {string} prefix  a world-readable directory holding nginx.conf
 */
function startNginx(nginx, name, prefix) {
  const conf = join(prefix, "nginx.conf");
  const test = spawnSync(nginx, ["-t", "-q", "-p", prefix, "-c", conf, "-e", join(prefix, "error.log")], {
    encoding: "utf8",
  });
  if (test.status !== 0) throw new Error(`${name}: nginx -t failed:\n${test.stderr}`);
  return start(name, nginx, ["-p", prefix, "-c", conf, "-e", join(prefix, "error.log"), "-g", "daemon off;"]);
}

/** @param {string} url */
async function fetchCheck(url) {
  const response = await fetch(url, { headers: requestHeaders });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, encoding: response.headers.get("content-encoding"), decoded: body.length, headers: response.headers };
}

const securityHeaderNames = [
  "content-security-policy",
  "referrer-policy",
  "x-content-type-options",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "x-dns-prefetch-control",
  "strict-transport-security",
];

/**
 * The security headers (and Cache-Control) of a path through Node and through the proxy must be the same.
 * @param {string} nodeBase
 * @param {string} proxyBase
 * @param {string} assetPath
 */
async function compareHeaders(nodeBase, proxyBase, assetPath) {
  /** @type {string[]} */
  const problems = [];
  for (const target of [path, assetPath]) {
    const direct = (await fetchCheck(nodeBase + target)).headers;
    const proxied = (await fetchCheck(proxyBase + target)).headers;
    for (const name of [...securityHeaderNames, "cache-control", "set-cookie"]) {
      if (direct.get(name) !== proxied.get(name)) {
        problems.push(`${target} ${name}: node ${JSON.stringify(direct.get(name))}, nginx ${JSON.stringify(proxied.get(name))}`);
      }
    }
  }
  return problems;
}

/**
 * @param {string} label
 * @param {string} url
 */
async function load(label, url) {
  log(`${label}: warm-up ${WARMUP_SECONDS} s`);
  await cannon({ url, connections, duration: WARMUP_SECONDS, headers: requestHeaders });
  log(`${label}: ${seconds} s, ${connections} connections, GET ${path} (Accept-Encoding: gzip)`);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const nodeCpuBefore = cpuSeconds(node().pid);
  const machineBefore = machineBusySeconds();
  const result = await cannon({ url, connections, duration: seconds, headers: requestHeaders });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    label,
    result,
    loadGeneratorCpu: (cpu.user + cpu.system) / 1e6 / wall,
    nodeCpu: (cpuSeconds(node().pid) - nodeCpuBefore) / wall,
    machineCpu: (machineBusySeconds() - machineBefore) / wall,
  };
}

/** @type {Child | undefined} */
let nodeChild;
function node() {
  if (!nodeChild) throw new Error("the Node server is not running");
  return nodeChild;
}

/** Counts of $upstream_cache_status in an access log written with deploy/nginx.conf's log_format. */
function cacheStatuses(/** @type {string} */ file) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const status = line.trim().split(/\s+/)[3];
    if (status === undefined) continue;
    counts[status === "-" ? "none" : status] = (counts[status === "-" ? "none" : status] ?? 0) + 1;
  }
  return counts;
}

async function cleanUp() {
  for (const child of children.reverse()) {
    try {
      await child.stop();
    } catch (error) {
      console.error(`could not stop ${child.name}: ${String(error)}`);
    }
  }
  children.length = 0;
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const loadBefore = loadavg()[0] ?? 0;

async function main() {
  if (loadBefore > 0.5) {
    console.warn(`WARNING: load average ${loadBefore.toFixed(2)} before the benchmark: other processes compete for the CPU.`);
  }
  const nginx = ensureNginx();
  ensureBuild();
  for (const port of Object.values(ports)) await assertPortFree(port);

  workDir = mkdtempSync(join(tmpdir(), "stodlinjer-bench-"));
  chmodSync(workDir, 0o755); // nginx's workers run as another user (www-data/nobody)
  const template = readFileSync(join(root, "deploy/nginx.conf"), "utf8");

  const nodeBase = `http://127.0.0.1:${ports.node}`;
  // The production Node server, as deploy/nginx.conf expects it (behind TLS: HTTPS=true).
  nodeChild = start("node server.js", process.execPath, ["server.js"], {
    ...process.env,
    PORT: String(ports.node),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    HTTPS: "true",
  });
  await waitFor(`${nodeBase}/healthz`, nodeChild);
  const rssBefore = memoryKb(nodeChild.pid);

  // (b): the page Node renders, as a static file.
  const html = await (await fetch(nodeBase + path)).text();
  const assetPath = html.match(/<link rel="stylesheet" href="(\/build\/[^"]+)"/)?.[1];
  if (!assetPath) throw new Error(`${path} links no stylesheet under /build/`);
  const documentRoot = join(workDir, "static-root");
  mkdirSync(join(documentRoot, path), { recursive: true, mode: 0o755 });
  writeFileSync(join(documentRoot, path, "index.html"), html, { mode: 0o644 });
  const staticPrefix = join(workDir, "nginx-static");
  mkdirSync(staticPrefix, { mode: 0o755 });
  writeFileSync(join(staticPrefix, "nginx.conf"), staticConfig(template, staticPrefix, documentRoot));
  const staticNginx = startNginx(nginx, "nginx (static)", staticPrefix);

  // (c): deploy/nginx.conf in front of the same Node server.
  const proxyPrefix = join(workDir, "nginx-proxy");
  mkdirSync(proxyPrefix, { mode: 0o755 });
  writeFileSync(join(proxyPrefix, "nginx.conf"), adaptProductionConfig(template, proxyPrefix));
  const proxyNginx = startNginx(nginx, "nginx (proxy cache)", proxyPrefix);

  const staticBase = `http://127.0.0.1:${ports.static}`;
  const proxyBase = `http://127.0.0.1:${ports.proxy}`;
  await waitFor(`${staticBase}${path}`, staticNginx);
  await waitFor(`${proxyBase}/healthz`, proxyNginx);

  const targets = [
    { key: "a", label: "(a) node server.js", base: nodeBase },
    { key: "b", label: "(b) nginx static file", base: staticBase },
    { key: "c", label: "(c) nginx cache → node", base: proxyBase },
  ];
  for (const target of targets) {
    const check = await fetchCheck(target.base + path);
    if (check.status !== 200 || check.encoding !== "gzip") {
      throw new Error(`${target.label}: ${path} answered ${check.status} with content-encoding ${check.encoding}`);
    }
    log(`${target.label}: ${path} → 200 gzip, ${check.decoded} bytes decoded`);
  }
  const headerProblems = await compareHeaders(nodeBase, proxyBase, assetPath);
  for (const problem of headerProblems) console.warn(`WARNING headers differ through nginx: ${problem}`);
  if (!headerProblems.length) log(`security headers and Cache-Control of ${path} and ${assetPath}: same through nginx`);

  const runs = [];
  const rssAfter = /** @type {Record<string, number>} */ ({});
  for (const target of targets) {
    runs.push(await load(target.label, `${target.base}${path}`));
    rssAfter[target.key] = memoryKb(node().pid);
  }
  const rssPeak = memoryKb(node().pid, "VmHWM");
  const cache = cacheStatuses(join(proxyPrefix, "stodlinjer-access.log"));

  // The table.
  const row = (/** @type {string[]} */ cells) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(26) : cell.padStart(10))).join(" ");
  console.log(`\n/sv/ with Accept-Encoding: gzip, ${connections} connections, ${seconds} s each, 127.0.0.1, ${cpuCount()} CPU cores`);
  console.log(row(["", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "node CPU", "bench CPU", "all CPU"]));
  for (const { label, result, nodeCpu, loadGeneratorCpu, machineCpu } of runs) {
    console.log(
      row([
        label,
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.errors + result.timeouts),
        String(result.non2xx),
        `${(nodeCpu * 100).toFixed(0)} %`,
        `${(loadGeneratorCpu * 100).toFixed(0)} %`,
        `${(machineCpu * 100).toFixed(0)} %`,
      ]),
    );
  }
  const [a, b, c] = runs.map((entry) => entry.result);
  if (!a || !b || !c) throw new Error("a run is missing");
  const ratio = (/** @type {number} */ x, /** @type {number} */ y) => (y ? (x / y).toFixed(2) : "n/a");
  console.log(
    `\nratios     req/s: (a)/(b) ${ratio(a.requests.average, b.requests.average)}, (c)/(b) ${ratio(c.requests.average, b.requests.average)}`,
  );
  console.log(
    `           p99:   (a)/(b) ${ratio(a.latency.p99, b.latency.p99)}, (c)/(b) ${ratio(c.latency.p99, b.latency.p99)}`,
  );
  const mb = (/** @type {number} */ kb) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(
    `node RSS   before load ${mb(rssBefore)}, after (a) ${mb(rssAfter["a"] ?? 0)}, after (c) ${mb(rssAfter["c"] ?? 0)}, peak ${mb(rssPeak)}`,
  );
  console.log(`nginx (c) cache status of all requests: ${JSON.stringify(cache)}`);
  console.log(
    "CPU columns: share of one core used during the run by the Node process, by this load generator, and by the\n" +
      `whole machine (all processes, max ${cpuCount() * 100} %; the rest of it is nginx and anything else running).`,
  );
}

function cpuCount() {
  return readFileSync("/proc/cpuinfo", "utf8").match(/^processor\s*:/gm)?.length ?? 0;
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
