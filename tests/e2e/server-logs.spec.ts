import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

// The server's own log must hold nothing that could identify a visitor or what they read.
test("request logs hold method, route pattern, status and duration — nothing else", async () => {
  const port = Number(new URL(baseURL).port) + 1;
  const server = await startOwnServer(port);
  try {
    const { origin } = server;

    const visitor = {
      "User-Agent": "Mozilla/5.0 (SecretPhone) VisitorBrowser/1.0",
      "X-Forwarded-For": "203.0.113.77",
      "Accept-Language": "ar",
      Referer: "https://example.org/secret-referrer",
    };
    const paths = [
      "/sv/services/kast?who=secret-query",
      "/en/help/buying",
      "/sv/no-such-page",
      "/quick-exit.js",
      "/",
      "/healthz",
    ];
    for (const path of paths) await fetch(origin + path, { headers: visitor, redirect: "manual" });
    await fetch(`${origin}/sv/`, { method: "POST", headers: visitor });
    await expect.poll(() => server.output().split("\n").filter((line) => line.includes('"method"')).length).toBe(7);
  } finally {
    await server.stop();
  }
  const output = server.output();

  const lines = output.trim().split("\n");
  for (const line of lines) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    if ("method" in entry) expect(Object.keys(entry).sort()).toEqual(["method", "ms", "route", "status"]);
    for (const secret of ["127.0.0.1", "203.0.113.77", "SecretPhone", "Mozilla", "secret-query", "secret-referrer", "kast", "buying", "no-such-page"]) {
      expect(line, `log line leaks ${secret}`).not.toContain(secret);
    }
  }
  const routes = lines.map((line) => JSON.parse(line) as { route?: string; status?: number }).filter((entry) => entry.route);
  expect(routes.map((entry) => `${entry.route} ${entry.status}`)).toEqual([
    "/:lang/services/:slug 200",
    "/:lang/help/:audience 200",
    "/:lang/* 404",
    "static 200",
    "- 302",
    "/healthz 200",
    "- 405",
  ]);
  expect(output).toContain('"event":"shutdown"');
});
