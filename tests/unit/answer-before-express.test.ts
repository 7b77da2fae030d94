import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { RequestHandler } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../../app/utils/security-headers.js";
import { requestLog } from "../../server/middleware.js";
import { ResponseCache, answerBeforeExpress } from "../../server/response-cache.js";

const security = securityHeaders({ https: true });
const body = `<!DOCTYPE html><html lang="sv"><body>${"Ring 08-508 25 501 ".repeat(200)}</body></html>`;
const etag = 'W/"page-1"';
const pageHeaders = new Headers({
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
  "Content-Language": "sv",
  ETag: etag,
});

let server: Server;
let port = 0;
let chain: string[] = [];
const logLines: string[] = [];
const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1024 * 1024, headers: security });

/** A raw request (no client adds or normalises anything); the answer's headers in the order sent. */
function get(target: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; raw: string[]; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: target, method, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Header names in the order sent, without the connection's own (Date, Connection, Keep-Alive). */
const names = (raw: string[]) => raw.filter((_, index) => index % 2 === 0).filter((name) => !/^(date|connection|keep-alive)$/i.test(name));

beforeAll(async () => {
  const log = requestLog((line) => logLines.push(line));
  const answer = answerBeforeExpress(cache, { version: () => 1, log: log as RequestHandler });
  server = createServer((req, res) => {
    if (answer(req, res)) return;
    chain.push(`${req.method} ${req.url}`);
    res.statusCode = 418; // "the Express chain": whatever it would do, it is not done here
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  cache.useVersion(1);
  cache.store(`1|http://127.0.0.1:${port}/sv/`, { status: 200, headers: pageHeaders, body: new TextEncoder().encode(body) }, "/:lang");
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("answerBeforeExpress", () => {
  it("answers a stored page with the security headers first, then the page's, then its encoding and length", async () => {
    const response = await get("/sv/", { "Accept-Encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(names(response.raw)).toEqual([
      ...Object.keys(security),
      "Cache-Control",
      "Content-Language",
      "Content-Type",
      "ETag",
      "Vary",
      "Content-Encoding",
      "Content-Length",
    ]);
    for (const [name, value] of Object.entries(security)) expect(response.headers[name.toLowerCase()], name).toBe(value);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(gunzipSync(response.body).toString()).toBe(body);

    const br = await get("/sv/", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(body);
    expect(chain).toEqual([]);
  });

  it("answers HEAD without a body and If-None-Match with 304 (no Content-Type, no length)", async () => {
    const head = await get("/sv/", { "Accept-Encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    const unchanged = await get("/sv/", { "Accept-Encoding": "gzip", "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    expect(names(unchanged.raw)).toEqual([...Object.keys(security), "Cache-Control", "Content-Language", "ETag", "Vary"]);
    // A reload (Cache-Control: no-cache) gets the page.
    expect((await get("/sv/", { "Accept-Encoding": "gzip", "If-None-Match": etag, "Cache-Control": "no-cache" })).status).toBe(200);
    expect(chain).toEqual([]);
  });

  it("writes the same request log line as the chain: method, route pattern, status, duration", async () => {
    logLines.length = 0;
    await get("/sv/", { "Accept-Encoding": "gzip" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines).toHaveLength(1);
    const line = JSON.parse(logLines[0] ?? "{}") as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(["method", "route", "status", "ms"]);
    expect(line).toMatchObject({ method: "GET", route: "/:lang", status: 200 });
  });

  it.each([
    ["another method", "/sv/", {}, "POST"],
    ["a target in another spelling (the chain makes it canonical)", "/sv/?utm_source=x", {}, "GET"],
    ["a target that is not stored", "/en/", {}, "GET"],
    ["another Host", "/sv/", { Host: "evil.example" }, "GET"],
    ["an X-Forwarded-Host (origin.js decides what it means)", "/sv/", { "X-Forwarded-Host": "evil.example" }, "GET"],
    ["an X-Forwarded-Proto", "/sv/", { "X-Forwarded-Proto": "https" }, "GET"],
    ["a client that takes neither brotli nor gzip", "/sv/", { "Accept-Encoding": "identity" }, "GET"],
  ] as const)("leaves %s to the Express chain", async (_what, target, headers, method) => {
    chain = [];
    const response = await get(target, { "Accept-Encoding": "gzip", ...headers }, method);
    expect(response.status).toBe(418);
    expect(chain).toEqual([`${method} ${target}`]);
  });

  it("answers nothing once the data version changed, or with the cache off", async () => {
    const off = new ResponseCache({ maxEntries: 0, maxBytes: 0, headers: security });
    const answer = answerBeforeExpress(off, { version: () => 1, log: () => undefined });
    expect(answer({ method: "GET", headers: { host: "x" }, url: "/sv/" } as never, {} as never)).toBe(false);
    let version = 1;
    const answerNew = answerBeforeExpress(cache, { version: () => version, log: () => undefined });
    version = 2;
    expect(answerNew({ method: "GET", headers: { host: `127.0.0.1:${port}` }, url: "/sv/", socket: {} } as never, {} as never)).toBe(false);
    expect(cache.size).toBe(0);
  });
});
