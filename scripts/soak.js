// @ts-check
// `npm run soak`: the production server under autocannon load (200 connections, 30 s by default)
// across every page of the site. Prints throughput, latency, errors, non-2xx and 5xx answers and
// the server's memory (RSS) before and after; exits non-zero on any error or 5xx.
// Settings: SOAK_SECONDS, SOAK_CONNECTIONS, SOAK_PORT. Needs a build (npm run build).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

const seconds = Number(process.env.SOAK_SECONDS ?? 30);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 200);
const port = Number(process.env.SOAK_PORT ?? 3250);
const origin = `http://127.0.0.1:${port}`;

if (!existsSync("build/index.js")) {
  console.error("No build: run `npm run build` first.");
  process.exit(2);
}

const server = spawn(process.execPath, ["server.js"], {
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
});

/** Resident memory of the server in MB, from /proc. */
function rssMb() {
  const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

async function waitForServer() {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("server did not start");
}

/** Every page in every language, read from the running site itself (its own links). */
async function sitePaths() {
  const paths = new Set(["/sv/", "/en/", "/ar/"]);
  for (const start of ["/sv/", "/sv/services", "/en/services", "/ar/services"]) {
    const html = await (await fetch(origin + start)).text();
    for (const match of html.matchAll(/href="(\/(?:sv|en|ar)\/[^"#?]*)"/g)) paths.add(match[1] ?? "/sv/");
  }
  return [...paths];
}

try {
  await waitForServer();
  const paths = await sitePaths();
  // Warm up, so the "before" figure is the server at work rather than the server just started.
  for (const path of paths) await fetch(origin + path);
  const before = rssMb();
  let fivexx = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: "GET", path, headers: { "accept-encoding": "gzip" } })),
  });
  fivexx = result["5xx"];
  const after = rssMb();
  // Let the garbage collector catch up, then look again: a leak stays, garbage does not.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const settled = rssMb();

  console.log(`Soak: ${connections} connections for ${seconds} s over ${paths.length} pages`);
  console.log(`  requests       ${result.requests.total} (${Math.round(result.requests.average)} per second)`);
  console.log(`  latency        p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  errors         ${result.errors} (timeouts ${result.timeouts})`);
  console.log(`  non-2xx        ${result.non2xx}`);
  console.log(`  5xx            ${fivexx}`);
  console.log(`  RSS            before ${before} MB, right after ${after} MB, 3 s later ${settled} MB`);
  if (result.errors > 0 || fivexx > 0 || result.non2xx > 0) process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
}
