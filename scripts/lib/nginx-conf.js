// @ts-check
// The deploy configurations (deploy/nginx.conf, deploy/nginx-static.conf) made runnable by a test
// or a benchmark, unprivileged, from a temp folder: a small text transform that changes where
// nginx listens and which folders it reads and writes, leaves TLS out, and keeps every other
// directive as it ships. Each step must match (as often as it says), so a change to a shipped
// file that the transform does not understand fails loudly instead of testing another config.
//
// The steps, in order:
//   1. the "# BEGIN production only … # END production only" block goes (plain HTTP → HTTPS, and
//      the catch-all servers that refuse other host names: they listen on 80/443);
//   2. the site's `listen 443 ssl http2;` becomes `listen 127.0.0.1:<port>;`, its IPv6 twin and the
//      `ssl_*` lines go (TLS left out);
//   3. paths: /run/nginx.pid, /var/log/nginx/, /var/cache/nginx/stodlinjer → the temp folder;
//      /srv/stodlinjer/dist → the export under test; /srv/stodlinjer → the checkout;
//   4. the upstream `server 127.0.0.1:3000;` → the port of the Node server under test.
// Nothing else changes: maps, headers, locations, caching, logging are those that ship; `user
// www-data;` too (run as root, the workers are www-data: the folders they read must be
// world-readable; run as anyone else, nginx ignores the line).
import { spawnSync } from "node:child_process";

/**
 * @typedef {{ listen: number, prefix: string, mirror?: string, checkout?: string, upstream?: number }} AdaptOptions
 * prefix: a folder for the pid, logs and cache; mirror: the export (dist); checkout: the folder
 * holding public/ (deploy/nginx.conf reads /build/ from it); upstream: the Node server's port.
 */

/**
 * @param {string} name  for messages ("deploy/nginx.conf")
 * @param {string} text  the file as it ships
 * @param {AdaptOptions} options
 * @returns {string}
 */
export function adaptNginxConf(name, text, { listen, prefix, mirror, checkout, upstream }) {
  /** @type {[string, RegExp, string, number | "some"][]} */
  const steps = [
    ["the production-only block", /^[ \t]*# BEGIN production only[\s\S]*?# END production only[^\n]*\n/gm, "", 1],
    ["the site's TLS listen line", /^([ \t]*)listen 443 ssl http2;/gm, `$1listen 127.0.0.1:${listen};`, 1],
    ["its IPv6 twin", /^[ \t]*listen \[::\]:443 ssl http2;\n/gm, "", 1],
    ["the ssl_* lines", /^[ \t]*ssl_\w+ [^;]*;\n/gm, "", "some"],
    ["the pid path", /\/run\/nginx\.pid\b/g, `${prefix}/nginx.pid`, "some"],
    ["the log paths", /\/var\/log\/nginx\//g, `${prefix}/`, "some"],
  ];
  if (/\/var\/cache\/nginx\/stodlinjer\b/.test(text)) {
    steps.push(["the cache path", /\/var\/cache\/nginx\/stodlinjer\b/g, `${prefix}/cache`, "some"]);
  }
  if (mirror !== undefined) steps.push(["the mirror's path", /\/srv\/stodlinjer\/dist\b/g, mirror, "some"]);
  if (checkout !== undefined) steps.push(["the checkout's path", /\/srv\/stodlinjer\b/g, checkout, "some"]);
  if (upstream !== undefined) steps.push(["the upstream address", /server 127\.0\.0\.1:3000;/g, `server 127.0.0.1:${upstream};`, 1]);

  let config = text;
  for (const [what, pattern, replacement, times] of steps) {
    const found = config.match(pattern)?.length ?? 0;
    if (found === 0 || (times !== "some" && found !== times)) {
      throw new Error(`${name}: ${what} found ${found} times, expected ${times === "some" ? "at least once" : times}`);
    }
    config = config.replace(pattern, replacement);
  }
  const code = config.replace(/#[^\n]*/g, "");
  if (/\bssl\b|:443\b|listen\s+(\[::\]:)?80\b|\/srv\/stodlinjer/.test(code)) {
    throw new Error(`${name}: TLS, port 80 or a production path left over after adapting it`);
  }
  return config;
}

/** The nginx binary: on PATH, or Debian's /usr/sbin/nginx; undefined when there is none. */
export function findNginx() {
  for (const candidate of ["nginx", "/usr/sbin/nginx"]) {
    const probe = spawnSync(candidate, ["-v"], { stdio: "ignore" });
    if (!probe.error && probe.status === 0) return candidate;
  }
  return undefined;
}
