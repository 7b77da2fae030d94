import { readFileSync } from "node:fs";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { rawRequest } from "./raw-http";

interface HostileRequest {
  name: string;
  method: string;
  target: string;
  headers?: Record<string, string>;
  repeat?: { header: string; count: number };
  expect: "2xx" | "3xx" | "4xx" | "3xx-4xx";
  /** The exact answer, where one is right (with `why`). */
  status?: number;
  location?: string;
  bodyContains?: string;
  why?: string;
}

const corpus = JSON.parse(readFileSync("tests/fixtures/hostile-requests.json", "utf8")) as {
  requests: HostileRequest[];
};

/** "[[ab*3]]" → "ababab": keeps the fixture small while the requests are huge. */
const expand = (text: string) => text.replace(/\[\[(.+?)\*(\d+)\]\]/g, (_, unit: string, n: string) => unit.repeat(Number(n)));

const port = Number(new URL(baseURL).port);

const ranges: Record<HostileRequest["expect"], [number, number]> = {
  "2xx": [200, 299],
  "3xx": [300, 399],
  "4xx": [400, 499],
  "3xx-4xx": [300, 499],
};

// Markers of injected markup that must never come back unescaped, and of things that must never leak.
const reflected = [/<script>alert/i, /<svg[ /]onload/i, /<img src=x onerror/i, /<iframe src=\/\/evil/i, /"onmouseover=alert/i];
const leaks = [/evil\.example:4444/, /devDependencies/, /process\.env/, /root:x:0:0/, /\bat \S+ \(\S+:\d+:\d+\)/, /<b>x<\/b>/];

test.describe.configure({ mode: "parallel" });

test("the corpus holds at least 200 requests, each with a class of answer that excludes success where it must", () => {
  expect(corpus.requests.length).toBeGreaterThanOrEqual(200);
  // "Anything below 500" is no answer: every entry names its class, and an exact one says why.
  for (const request of corpus.requests) {
    expect(Object.keys(ranges), request.name).toContain(request.expect);
    if (request.status !== undefined) expect(request.why, request.name).toBeTruthy();
  }
});

for (const request of corpus.requests) {
  test(`${request.method} ${request.name}`, async () => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}` };
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = expand(value);
    let head = `${request.method} ${expand(request.target)} HTTP/1.1\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    for (let i = 0; i < (request.repeat?.count ?? 0); i += 1) head += `${request.repeat!.header}-${i}: ${i}\r\n`;
    head += "Connection: close\r\n\r\n";

    const response = await rawRequest(port, head);
    const [lowest, highest] = ranges[request.expect];
    expect(response.status, "status").toBeGreaterThanOrEqual(lowest);
    expect(response.status, "status").toBeLessThanOrEqual(highest);
    if (request.status !== undefined) expect(response.status, `status (${request.why})`).toBe(request.status);
    if (request.location !== undefined) expect(response.headers.get("location"), "location").toEqual([request.location]);
    if (request.bodyContains !== undefined) expect(response.body, "body").toContain(request.bodyContains);
    expect(response.headers.has("set-cookie"), "no cookie").toBe(false);
    for (const pattern of [...reflected, ...leaks]) {
      expect(response.body, `body must not match ${pattern}`).not.toMatch(pattern);
    }
    const location = response.headers.get("location")?.[0];
    if (location) expect(location, "redirects stay on this site").toMatch(/^\/(?![/\\])/);
  });
}
