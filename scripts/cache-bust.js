// @ts-check
// `npm run bust`: a cache-busting run against the production server. Sends BUST_URLS (10,000)
// distinct addresses, BUST_CONNECTIONS (32) at a time: nine in ten add a parameter no route reads
// (`/sv/?v=N`, `/en/law?utm_source=N`: one page each after canonicalisation), one in ten a distinct
// filter query (`/sv/services?q=N`: a new page each, rendered and stored until the cache's bound).
// Prints statuses, throughput and the server's memory (RSS) before, right after and 3 s after;
// exits non-zero on any error or 5xx. Settings: BUST_URLS, BUST_CONNECTIONS, BUST_PORT. Needs a build.
import { startNodeServer } from "./lib/node-server.js";

const total = Number(process.env.BUST_URLS ?? 10_000);
const connections = Number(process.env.BUST_CONNECTIONS ?? 32);
const port = Number(process.env.BUST_PORT ?? 3260);
const server = await startNodeServer(port);

/** @param {number} i */
function address(i) {
  if (i % 10 === 9) return `/sv/services?q=${i}`;
  return i % 2 === 0 ? `/sv/?v=${i}` : `/en/law?utm_source=${i}`;
}

try {
  for (const path of ["/sv/", "/en/law", "/sv/services"]) await (await fetch(server.origin + path)).arrayBuffer();
  const before = server.rssMb();
  /** @type {Record<string, number>} */
  const statuses = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) {
        const path = address(next++);
        try {
          const response = await fetch(server.origin + path, { headers: { "accept-encoding": "br, gzip" } });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = server.rssMb();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const settled = server.rssMb();
  console.log(`Cache busting: ${total} distinct URLs, ${connections} at a time, in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} per second)`);
  console.log(`  statuses       ${JSON.stringify(statuses)}`);
  console.log(`  errors         ${errors}`);
  console.log(`  RSS            before ${before} MB, right after ${after} MB, 3 s later ${settled} MB`);
  const fivexx = Object.entries(statuses).filter(([status]) => Number(status) >= 500).length;
  if (errors > 0 || fivexx > 0) process.exitCode = 1;
} finally {
  server.stop();
}
