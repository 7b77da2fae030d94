import { spawn } from "node:child_process";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

// Ports +30…+34 of the e2e server's belong to this file.
const port = Number(new URL(baseURL).port) + 30;

/** Starts the built server with these variables and waits until it exits (or gives up after 20 s). */
function startExpectingExit(env: Record<string, string>) {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("a bad variable stops the start with a line naming it, never its value, and no stack trace", async () => {
  const { code, output } = await startExpectingExit({
    SITE_URL: "stodlinjer.example/secret-path",
    RESPONSE_CACHE_MB: "lots",
  });
  expect(code).toBe(1);
  const lines = output.trim().split("\n");
  expect(lines).toEqual([
    JSON.stringify({ level: "error", event: "config", message: "SITE_URL: not an http(s) URL (the site's public address, e.g. https://stodlinjer.example)" }),
    JSON.stringify({ level: "error", event: "config", message: "RESPONSE_CACHE_MB: must be a number from 0 to 65536" }),
  ]);
  expect(output).not.toContain("secret-path");
  expect(output).not.toContain("listening");
});

test("good variables reach the server: PORT, HOST, HTTPS and the response cache bound", async () => {
  const server = await startOwnServer(port + 1, { HTTPS: "true", RESPONSE_CACHE_ENTRIES: "0", SITE_URL: "https://stodlinjer.example" });
  try {
    const response = await fetch(`${server.origin}/sv/`);
    expect(response.status).toBe(200);
    // HTTPS=true: HSTS and upgrade-insecure-requests (app/utils/security-headers.js).
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(await response.text()).toContain('href="https://stodlinjer.example/en/"');
  } finally {
    await server.stop();
  }
  // RESPONSE_CACHE_ENTRIES=0: the cache was off, nothing was stored.
  expect(server.output()).toContain('"responseCache":{"entries":0,"bytes":0}');
  // SITE_URL set: no warning about it.
  expect(server.output()).not.toContain('"event":"config"');
});
