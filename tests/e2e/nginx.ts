import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import net from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { adaptNginxConf, findNginx } from "../../scripts/lib/nginx-conf.js";
import { expect } from "./fixtures";

/**
 * The real deploy files under test: deploy/nginx.conf and deploy/nginx-static.conf as they ship,
 * made runnable from a temp folder by scripts/lib/nginx-conf.js (listen port, paths, no TLS), and
 * one export of the static mirror shared by every spec of a run.
 */

const checkout = resolve(".");

/** A running nginx with a deploy file; its logs are readable, stop() waits for it to exit. */
export interface RunningNginx {
  origin: string;
  port: number;
  /** The config it runs, as adapted. */
  config: string;
  errorLog: () => string;
  accessLog: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts nginx with `deploy/<file>` adapted (see scripts/lib/nginx-conf.js).
 * @param file "nginx.conf" or "nginx-static.conf", read from deploy/ unless `text` is given
 */
export async function startNginx(
  file: string,
  options: { port: number; mirror?: string; upstream?: number; text?: string },
): Promise<RunningNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed: bash tests/ensure-chromium.sh installs nginx-light");
  const prefix = mkdtempSync(join(tmpdir(), "stodlinjer-nginx-"));
  chmodSync(prefix, 0o755); // run as root, the workers are www-data
  const config = adaptNginxConf(`deploy/${file}`, options.text ?? readFileSync(join(checkout, "deploy", file), "utf8"), {
    listen: options.port,
    prefix,
    mirror: options.mirror,
    // deploy/nginx.conf reads /build/ from the checkout; the static mirror needs nothing but dist.
    checkout: options.upstream === undefined ? undefined : checkout,
    upstream: options.upstream,
  });
  const confPath = join(prefix, "nginx.conf");
  writeFileSync(confPath, config);
  const errorLogPath = join(prefix, "error.log");
  const args = ["-p", prefix, "-c", confPath, "-e", errorLogPath];
  const check = spawnSync(nginx, ["-t", "-q", ...args], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed for deploy/${file}:\n${check.stderr}`);
  const child = spawn(nginx, [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  await expect.poll(async () => (await canConnect(options.port)) || stderr, { timeout: 10_000 }).toBe(true);
  // Lines from start-up (as a user other than root, "the user directive … ignored") are about the
  // test's set-up, not a visitor: the log starts empty from here (nginx appends to it).
  writeFileSync(errorLogPath, "");
  const read = (name: string) => (existsSync(join(prefix, name)) ? readFileSync(join(prefix, name), "utf8") : "");
  return {
    origin: `http://127.0.0.1:${options.port}`,
    port: options.port,
    config,
    errorLog: () => read("error.log"),
    accessLog: () => read("stodlinjer-access.log"),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** Every file under a folder, relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => statSync(join(dir, name)).isFile());
}

/**
 * One `npm run export` of the current build and locales, shared by every spec (and kept for the
 * next run while neither changes): the first caller exports, the others wait for it. Returns the
 * folder (world-readable, for nginx's workers).
 */
export async function sharedExport(siteUrl: string): Promise<string> {
  const hash = createHash("sha256").update(siteUrl);
  for (const file of ["build/index.js", ...listFiles(join(checkout, "locales")).map((name) => `locales/${name}`)].sort()) {
    hash.update(file).update(readFileSync(join(checkout, file)));
  }
  const base = join(tmpdir(), `stodlinjer-export-${createHash("sha256").update(checkout).digest("hex").slice(0, 12)}`);
  const key = hash.digest("hex").slice(0, 16);
  const folder = join(base, key);
  const dist = join(folder, "dist");
  const lock = join(base, `${key}.lock`);
  mkdirSync(base, { recursive: true, mode: 0o755 });
  chmodSync(base, 0o755);
  for (let waited = 0; ; waited += 1) {
    if (existsSync(join(dist, "_headers"))) return dist;
    try {
      mkdirSync(lock); // atomic: one caller exports
    } catch {
      // Another worker is exporting; a lock older than 5 minutes is left from a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 500));
      if (waited > 600) throw new Error("waited 5 minutes for another worker's export");
      continue;
    }
    try {
      // Exports of an earlier build or locale set are of no use any more.
      for (const entry of readdirSync(base)) if (entry !== key && !entry.endsWith(".lock")) rmSync(join(base, entry), { recursive: true, force: true });
      mkdirSync(folder, { recursive: true, mode: 0o755 });
      const result = spawnSync(process.execPath, ["scripts/export.js", "--out", dist, "--site-url", siteUrl, "--quiet"], {
        cwd: checkout,
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`npm run export failed:\n${result.stderr}`);
      return dist;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
