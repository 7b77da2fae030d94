import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

const port = Number(new URL(baseURL).port);

/** One GET as sent (Host as the browser would send it), the answer's headers in the order written. */
function get(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: [string, string][]; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const pairs: [string, string][] = [];
        for (let index = 0; index < res.rawHeaders.length; index += 2) {
          const name = res.rawHeaders[index] ?? "";
          if (!/^(date|connection|keep-alive)$/i.test(name)) pairs.push([name, res.rawHeaders[index + 1] ?? ""]);
        }
        resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

// server/response-cache.js answers a stored page before Express (answerBeforeExpress) and, for a
// request the chain must see first, from the same store after the guards (serveFromCache → sendPage).
// An X-Forwarded-Host from a peer TRUST_PROXY does not name takes the chain and changes nothing else:
// both answers must be the same, header for header and byte for byte.
for (const path of ["/sv/", "/ar/services/kast", "/th/law"]) {
  test(`${path}: the answer before Express is the chain's answer, header for header`, async () => {
    await get(path, { "Accept-Encoding": "gzip" }); // rendered and stored
    for (const encoding of ["gzip", "br", "gzip, deflate, br"]) {
      const early = await get(path, { "Accept-Encoding": encoding });
      const chained = await get(path, { "Accept-Encoding": encoding, "X-Forwarded-Host": `127.0.0.1:${port}` });
      expect(early.status).toBe(200);
      expect(early.headers).toEqual(chained.headers);
      expect(early.body.equals(chained.body)).toBe(true);
    }
    const page = await get(path, { "Accept-Encoding": "gzip" });
    expect(gunzipSync(page.body).toString()).toMatch(/^<!DOCTYPE html>/);
    const etag = page.headers.find(([name]) => name === "ETag")?.[1] ?? "";
    const early = await get(path, { "Accept-Encoding": "gzip", "If-None-Match": etag });
    const chained = await get(path, { "Accept-Encoding": "gzip", "If-None-Match": etag, "X-Forwarded-Host": `127.0.0.1:${port}` });
    expect(early.status).toBe(304);
    expect(early.headers).toEqual(chained.headers);
  });
}
