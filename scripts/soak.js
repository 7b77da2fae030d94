// @ts-check
// `npm run soak`: the production server under autocannon load (200 connections, 30 s by default)
// across every page of the site. Prints throughput, latency, errors, non-2xx and 5xx answers and
// the server's memory (RSS) before and after; exits non-zero on any error or 5xx.
// Settings: SOAK_SECONDS, SOAK_CONNECTIONS, SOAK_PORT. Needs a build (npm run build).
import autocannon from "autocannon";
import { startNodeServer } from "./lib/node-server.js";

const seconds = Number(process.env.SOAK_SECONDS ?? 30);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 200);
const port = Number(process.env.SOAK_PORT ?? 3250);
const server = await startNodeServer(port);
const { origin } = server;

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
  const paths = await sitePaths();
  // Warm up, so the "before" figure is the server at work rather than the server just started.
  for (const path of paths) await fetch(origin + path);
  const before = server.rssMb();
  let fivexx = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: "GET", path, headers: { "accept-encoding": "gzip" } })),
  });
  fivexx = result["5xx"];
  const after = server.rssMb();
  // Let the garbage collector catch up, then look again: a leak stays, garbage does not.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const settled = server.rssMb();

  console.log(`Soak: ${connections} connections for ${seconds} s over ${paths.length} pages`);
  console.log(`  requests       ${result.requests.total} (${Math.round(result.requests.average)} per second)`);
  console.log(`  latency        p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  errors         ${result.errors} (timeouts ${result.timeouts})`);
  console.log(`  non-2xx        ${result.non2xx}`);
  console.log(`  5xx            ${fivexx}`);
  console.log(`  RSS            before ${before} MB, right after ${after} MB, 3 s later ${settled} MB`);
  if (result.errors > 0 || fivexx > 0 || result.non2xx > 0) process.exitCode = 1;
} finally {
  server.stop();
}
