// Prints the gzip size of what a page loads: its HTML, its stylesheets and its scripts.
// Usage: npm run build && npm run size [-- /sv/ /en/services ...]   (starts its own server)
import { gzipSync } from "node:zlib";
import { startNodeServer } from "./lib/node-server.js";

const port = Number(process.env.SIZE_PORT ?? 3199);
const base = `http://127.0.0.1:${port}`;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/sv/", "/ar/services/kast"];

const server = await startNodeServer(port, { quiet: true });

/** @param {string} url */
async function gzipBytes(url) {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

try {
  for (const path of paths) {
    const html = await (await fetch(base + path)).text();
    const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)].map((m) => m[1] ?? "");
    /** @type {{ kind: string, name: string, size: { raw: number, gzip: number } }[]} */
    const rows = [{ kind: "HTML", name: path, size: await gzipBytes(base + path) }];
    for (const asset of assets) {
      rows.push({ kind: asset.endsWith(".css") ? "CSS" : "JS", name: asset, size: await gzipBytes(base + asset) });
    }
    console.log(`\n${path}`);
    let total = 0;
    for (const { kind, name, size } of rows) {
      total += size.gzip;
      console.log(`  ${kind.padEnd(4)} ${name.padEnd(36)} ${String(size.raw).padStart(7)} B raw ${String(size.gzip).padStart(6)} B gzip`);
    }
    console.log(`  total gzip: ${total} B`);
  }
} finally {
  server.stop();
}
