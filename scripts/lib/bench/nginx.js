// @ts-check
// nginx for the benchmark, run unprivileged from a temp folder (nginx -p DIR -c FILE):
// - the anchors: nginx serving the rendered page as a static file, the way a static host does it,
//   one worker (Node is one process): precompressed (gzip_static, the fair anchor) and compressing
//   on every request (the old anchor, kept for comparison), both with the Node server's security
//   headers and Cache-Control, so that the bytes on the wire are alike;
// - deploy/nginx.conf as it ships, adapted (paths, ports, TLS left out) to cache the Node server.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachePolicy } from "../../../app/utils/cache-policy.js";
import { securityHeaders } from "../../../app/utils/security-headers.js";
import { adaptNginxConf, findNginx } from "../nginx-conf.js";
import { run } from "./processes.js";

/**
 * nginx, installed with apt (Debian's nginx) when it is missing.
 * @param {string} root
 * @param {(message: string) => void} log
 */
export function ensureNginx(root, log) {
  const found = findNginx();
  if (found) return found;
  log("nginx is not installed: apt-get install -y nginx");
  if (run(root, "apt-get", ["install", "-y", "-q", "nginx"]) !== 0) {
    log("install failed: apt-get update, then install again");
    if (run(root, "apt-get", ["update", "-q"]) !== 0) throw new Error("apt-get update failed");
    if (run(root, "apt-get", ["install", "-y", "-q", "nginx"]) !== 0) throw new Error("apt-get install nginx failed");
  }
  const installed = findNginx();
  if (!installed) throw new Error("nginx was installed but cannot be run");
  return installed;
}

/**
 * deploy/nginx.conf as it ships, adapted by scripts/lib/nginx-conf.js (as the tests run it): its
 * paths, the upstream port and the listen line change, TLS and the "production only" servers go.
 * The static mirror it falls back to when Node is down is an empty folder here (Node stays up).
 * @param {string} template
 * @param {{ prefix: string, root: string, listen: number, upstream: number }} options
 */
export function adaptProductionConfig(template, { prefix, root, listen, upstream }) {
  return adaptNginxConf("deploy/nginx.conf", template, { listen, prefix, checkout: root, mirror: join(prefix, "no-mirror"), upstream });
}

/**
 * nginx serving a directory of static files with one worker, the log format of deploy/nginx.conf,
 * the Node server's security headers (HTTPS) and the page's Cache-Control, and either
 * - "precompressed": gzip_static sends the page's .gz sibling as it is (what `npm run export` writes
 *   and deploy/nginx-static.conf serves), nothing is compressed per request; or
 * - "on the fly": deploy/nginx.conf's gzip settings, compressing every answer.
 * @param {string} template  deploy/nginx.conf
 * @param {{ prefix: string, documentRoot: string, listen: number, compression: "precompressed" | "on the fly" }} options
 */
export function staticConfig(template, { prefix, documentRoot, listen, compression }) {
  const http = template.replace(/#[^\n]*/g, "");
  const gzip = [...http.matchAll(/^[ \t]*gzip\w*\s[^;]*;/gm)].map((match) => match[0].trim());
  const user = http.match(/^[ \t]*user [^;]*;/m)?.[0].trim() ?? "";
  const logFormat = http.match(/^[ \t]*log_format [^;]*;/m)?.[0].trim();
  const logName = logFormat?.split(/\s+/)[1];
  if (!gzip.length || !logFormat || !logName) {
    throw new Error("deploy/nginx.conf: no gzip settings or log_format found to copy into the static config");
  }
  const compressionLines =
    compression === "precompressed"
      ? ["gzip off;", "gzip_static on;", "gzip_vary on;"]
      : [...gzip.filter((line) => !/^gzip(_static)? /.test(line)), "gzip on;", "gzip_static off;"];
  const headers = { ...securityHeaders({ https: true }), "Cache-Control": cachePolicy.page };
  const headerLines = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return `${user}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    charset utf-8;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 30s;
    open_file_cache max=1000 inactive=60s;
    ${logFormat}
    access_log ${prefix}/access.log ${logName};
    ${compressionLines.join("\n    ")}
    ${headerLines.join("\n    ")}
    server {
        listen 127.0.0.1:${listen};
        root ${documentRoot};
        location / { try_files $uri $uri/index.html =404; }
    }
}
`;
}

/**
 * Checks a config with nginx -t, then starts nginx in the foreground as a child we own.
 * @param {import("./processes.js").Children} children
 * @param {string} nginx
 * @param {string} name
 * @param {string} prefix  a world-readable directory holding nginx.conf
 */
export function startNginx(children, nginx, name, prefix) {
  const conf = join(prefix, "nginx.conf");
  const test = spawnSync(nginx, ["-t", "-q", "-p", prefix, "-c", conf, "-e", join(prefix, "error.log")], {
    encoding: "utf8",
  });
  if (test.status !== 0) throw new Error(`${name}: nginx -t failed:\n${test.stderr}`);
  return children.start(name, nginx, ["-p", prefix, "-c", conf, "-e", join(prefix, "error.log"), "-g", "daemon off;"]);
}

/** Counts of $upstream_cache_status in an access log written with deploy/nginx.conf's log_format. */
export function cacheStatuses(/** @type {string} */ file) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const status = line.trim().split(/\s+/)[3];
    if (status === undefined) continue;
    const name = status === "-" ? "none" : status;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
