import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { baseURL } from "../../playwright.config";
import { cachePolicy } from "../../app/utils/cache-policy.js";
import { securityHeaders } from "../../app/utils/security-headers.js";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

// The plumbing of issue 24 seen from outside: one cache policy on every kind of answer, a cached
// page answered before Express with exactly the headers, body and log line the whole chain gives
// it, no guard skipped for it, no /locales/, and a bad environment refused at start by name.
// Own servers on ports base+56, +58 and +59 (tests run one after another).

const base = Number(new URL(baseURL).port);
test.describe.configure({ mode: "serial" });

interface Answer {
  status: number;
  /** Header lines as sent (name lower-cased), in order. */
  lines: [string, string][];
  headers: Map<string, string[]>;
  body: Buffer;
}

/** A request with exactly this target, Host and headers (Node's client, no agent); the raw answer. */
function raw(port: number, target: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", port, path: target, method, setHost: false, agent: false, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const lines: [string, string][] = [];
          for (let index = 0; index < response.rawHeaders.length; index += 2) {
            lines.push([(response.rawHeaders[index] ?? "").toLowerCase(), response.rawHeaders[index + 1] ?? ""]);
          }
          const map = new Map<string, string[]>();
          for (const [name, value] of lines) map.set(name, [...(map.get(name) ?? []), value]);
          resolve({ status: response.statusCode ?? 0, lines, headers: map, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** The body, decoded per Content-Encoding. */
function decoded(response: Answer): string {
  const encoding = response.headers.get("content-encoding")?.[0];
  const plain = encoding === "br" ? brotliDecompressSync(response.body) : encoding === "gzip" ? gunzipSync(response.body) : response.body;
  return plain.toString("utf8");
}

/** Headers that describe the answer, in the order sent (not the connection's, not the date). */
function described(response: Answer): string[] {
  return response.lines.filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding"].includes(name)).map(([name, value]) => `${name}: ${value}`);
}

test("every kind of answer carries its named cache policy (app/utils/cache-policy.js)", async ({ request }) => {
  const html = await (await request.get("/sv/")).text();
  const asset = /<link rel="stylesheet" href="(\/build\/[^"]+)"/.exec(html)?.[1] ?? "";
  const cases: [string, Record<string, string>, number, string][] = [
    ["/sv/", {}, 200, cachePolicy.page],
    ["/", { "Accept-Language": "ar" }, 302, cachePolicy.redirectByLanguage],
    ["/ung", { "Accept-Language": "th" }, 302, cachePolicy.redirectByLanguage],
    ["/sv/no-such-page", {}, 404, cachePolicy.error],
    ["/open-data/hsds/services.json", {}, 200, cachePolicy.openData],
    ["/open-data/hsds/services.json?lang=xx", {}, 400, cachePolicy.error],
    [asset, {}, 200, cachePolicy.asset],
    ["/quick-exit.js", {}, 200, cachePolicy.file],
    ["/favicon.ico", {}, 200, cachePolicy.file],
    ["/robots.txt", {}, 200, cachePolicy.file],
    ["/sitemap.xml", {}, 200, cachePolicy.sitemap],
    ["/healthz", {}, 200, cachePolicy.noStore],
  ];
  for (const [path, headers, status, policy] of cases) {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(response.headers()["cache-control"], path).toBe(policy);
  }
});

test("the translation files are not served: /locales/ is the 404 page", async ({ request }) => {
  for (const path of ["/locales/sv/common.json", "/locales/en/review.json", "/locales/ar/status.json"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('"reviewed"');
  }
});

test("a cached page answered before Express is the very answer of the whole chain: headers, body, 304, HEAD, log line", async () => {
  const port = base + 58;
  const server = await startOwnServer(port, { HTTPS: "true" });
  try {
    const page = "/sv/services/kast";
    const first = await raw(port, page, { "Accept-Encoding": "br" }); // rendered, stored
    expect(first.status).toBe(200);
    for (const encoding of ["br", "gzip", "gzip, deflate, br"]) {
      // Exactly the stored key: answered before Express. With a parameter no route reads, the
      // guards rewrite it to the same key: answered by the middleware after the chain.
      const fast = await raw(port, page, { "Accept-Encoding": encoding });
      const chain = await raw(port, `${page}?utm_source=x`, { "Accept-Encoding": encoding });
      expect(fast.status, encoding).toBe(200);
      expect(described(fast), encoding).toEqual(described(chain));
      expect(decoded(fast), encoding).toBe(decoded(chain));
      expect(decoded(fast)).toBe(decoded(first));
    }
    const fast = await raw(port, page, { "Accept-Encoding": "gzip" });
    for (const [name, value] of Object.entries(securityHeaders({ https: true }))) {
      expect(fast.headers.get(name.toLowerCase()), name).toEqual([value]);
    }
    const etag = fast.headers.get("etag")?.[0] ?? "";
    const notModified = await raw(port, page, { "Accept-Encoding": "gzip", "If-None-Match": etag });
    const notModifiedChain = await raw(port, `${page}?utm_source=x`, { "Accept-Encoding": "gzip", "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(described(notModified)).toEqual(described(notModifiedChain));
    // A reload asks for the page itself even with its ETag.
    expect((await raw(port, page, { "Accept-Encoding": "gzip", "If-None-Match": etag, "Cache-Control": "no-cache" })).status).toBe(200);
    const head = await raw(port, page, { "Accept-Encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(described(head)).toEqual(described(fast));
    // Every answer above wrote one log line: method, route pattern, status, duration.
    await expect.poll(() => server.output().split("\n").filter((line) => line.includes('"method"')).length).toBe(12);
  } finally {
    await server.stop();
  }
  const lines = server.output().split("\n").filter((line) => line.includes('"method"')).map((line) => JSON.parse(line) as Record<string, unknown>);
  for (const line of lines) expect(Object.keys(line).sort()).toEqual(["method", "ms", "route", "status"]);
  expect(new Set(lines.map((line) => `${line["method"]} ${line["route"]}`))).toEqual(new Set(["GET /:lang/services/:slug", "HEAD /:lang/services/:slug"]));
});

test("no guard is skipped for a cached page: other methods, spellings, hosts and proxy headers still get their answers", async () => {
  const port = base + 59;
  const server = await startOwnServer(port, { SITE_URL: "https://stodlinjer.example", HTTPS: "true" });
  try {
    const site = { Host: "stodlinjer.example", "Accept-Encoding": "gzip" };
    expect((await raw(port, "/sv/", site)).status).toBe(200); // rendered and stored
    expect((await raw(port, "/sv/", site)).status).toBe(200); // from the cache, before Express
    expect((await raw(port, "/sv/", site, "POST")).status).toBe(405);
    expect((await raw(port, "/sv/", site, "DELETE")).status).toBe(405);
    const upper = await raw(port, "/SV/", site);
    expect([upper.status, upper.headers.get("location")?.[0]]).toEqual([301, "/sv/"]);
    expect((await raw(port, "/sv/#x", site)).status).toBe(400);
    expect((await raw(port, "/sv/?_data=root", site)).status).toBe(400);
    const otherHost = await raw(port, "/sv/", { ...site, Host: "evil.example" });
    expect([otherHost.status, otherHost.headers.get("location")?.[0]]).toEqual([301, "https://stodlinjer.example/sv/"]);
    expect((await raw(port, "/sv/", { ...site, Host: "bad host" })).status).toBe(400);
    expect((await raw(port, "/sv/", { ...site, "X-Forwarded-Host": "a b" })).status).toBe(400);
    for (const response of [await raw(port, "/sv/", site, "POST"), await raw(port, "/SV/", site)]) {
      for (const [name, value] of Object.entries(securityHeaders({ https: true }))) expect(response.headers.get(name.toLowerCase()), name).toEqual([value]);
    }
  } finally {
    await server.stop();
  }
});

test("a bad environment stops the start with a line naming the variable (no stack trace, no value)", async () => {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, PORT: String(base + 56), HOST: "127.0.0.1", NODE_ENV: "production", HTTPS: "yes", SITE_URL: "secret-host.example" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(1);
  const lines = output.trim().split("\n").map((line) => JSON.parse(line) as { level: string; event: string; message: string });
  expect(lines.map((line) => `${line.level} ${line.event} ${line.message.split(":")[0]}`).sort()).toEqual(["error config HTTPS", "error config SITE_URL"]);
  expect(output).not.toContain("secret-host");
  expect(output).not.toMatch(/\n\s+at /);
});
