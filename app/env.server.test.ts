import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { envVariables, parseEnv } from "./env.server";

function parsed(source: Record<string, string>) {
  const result = parseEnv(source);
  if (!result.ok) throw new Error(`expected a valid environment, got: ${result.problems.join("; ")}`);
  return result;
}

function problems(source: Record<string, string>) {
  const result = parseEnv(source);
  if (result.ok) throw new Error(`expected problems for ${JSON.stringify(source)}`);
  return result.problems;
}

describe("parseEnv", () => {
  it("has a default for every variable that may be left out", () => {
    const { env, warnings } = parsed({});
    expect(env).toEqual({
      NODE_ENV: "development",
      PORT: 3000,
      HOST: "0.0.0.0",
      HTTPS: false,
      SITE_URL: null,
      TRUST_PROXY: "",
      QUICK_EXIT_URL: "https://www.google.com/search?q=v%C3%A4der",
      FEEDBACK_EMAIL: null,
      SITE_PUBLISHER_NAME: null,
      SITE_PUBLISHER_URL: null,
      RESPONSE_CACHE_ENTRIES: 2000,
      RESPONSE_CACHE_MB: 64,
      DIRECTORY_SOURCE_URL: null,
      DIRECTORY_REFRESH_MINUTES: 10,
      DIRECTORY_TIMEOUT_SECONDS: 5,
      DIRECTORY_APPROVALS: null,
      DIRECTORY_REVIEWED_NUMBERS: false,
      LOCALES_DIR: join(process.cwd(), "locales"),
      STATIC_MIRROR: false,
    });
    expect(warnings).toEqual([]);
    expect(Object.isFrozen(env)).toBe(true);
  });

  it("an empty value is the same as unset", () => {
    expect(parsed(Object.fromEntries(envVariables.map((name) => [name, ""]))).env).toEqual(parsed({}).env);
  });

  it("turns good values into typed ones", () => {
    const { env } = parsed({
      NODE_ENV: "production",
      PORT: "8080",
      HOST: "127.0.0.1",
      HTTPS: "true",
      SITE_URL: "https://stodlinjer.example/",
      TRUST_PROXY: "loopback, 10.0.0.0/8, ::1, 192.168.0.0/255.255.0.0",
      QUICK_EXIT_URL: "https://weather.example/today",
      FEEDBACK_EMAIL: " tillganglighet@stodlinjer.example ",
      SITE_PUBLISHER_NAME: "  Stockholms stad ",
      SITE_PUBLISHER_URL: "https://start.stockholm",
      RESPONSE_CACHE_ENTRIES: "0",
      RESPONSE_CACHE_MB: "16",
      DIRECTORY_SOURCE_URL: "https://directory.example/open-data/hsds/services.json",
      DIRECTORY_REFRESH_MINUTES: "1440",
      DIRECTORY_TIMEOUT_SECONDS: "1",
      DIRECTORY_APPROVALS: "/srv/stodlinjer/approvals.json",
      LOCALES_DIR: "/srv/locales",
      STATIC_MIRROR: "true",
    });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      PORT: 8080,
      HOST: "127.0.0.1",
      HTTPS: true,
      SITE_URL: "https://stodlinjer.example",
      TRUST_PROXY: "loopback, 10.0.0.0/8, ::1, 192.168.0.0/255.255.0.0",
      QUICK_EXIT_URL: "https://weather.example/today",
      FEEDBACK_EMAIL: "tillganglighet@stodlinjer.example",
      SITE_PUBLISHER_NAME: "Stockholms stad",
      SITE_PUBLISHER_URL: "https://start.stockholm/",
      RESPONSE_CACHE_ENTRIES: 0,
      RESPONSE_CACHE_MB: 16,
      DIRECTORY_SOURCE_URL: "https://directory.example/open-data/hsds/services.json",
      DIRECTORY_REFRESH_MINUTES: 1440,
      DIRECTORY_TIMEOUT_SECONDS: 1,
      DIRECTORY_APPROVALS: "/srv/stodlinjer/approvals.json",
      LOCALES_DIR: "/srv/locales",
      STATIC_MIRROR: true,
    });
    expect(parsed({ TRUST_PROXY: "true" }).env.TRUST_PROXY).toBe("true");
    expect(parsed({ TRUST_PROXY: "2" }).env.TRUST_PROXY).toBe("2");
    expect(parsed({ DIRECTORY_SOURCE_URL: "http://127.0.0.1:4100/services.json" }).env.DIRECTORY_SOURCE_URL).toBe(
      "http://127.0.0.1:4100/services.json",
    );
  });

  // Each bad value stops the start; the problem names the variable and the rule, never the value.
  it.each([
    ["NODE_ENV", "staging", "must be production, development or test"],
    ["PORT", "80a", "must be a whole number from 1 to 65535"],
    ["PORT", "70000", "must be a whole number from 1 to 65535"],
    ["PORT", "0", "must be a whole number from 1 to 65535"],
    ["HOST", "evil host", "must be a host name or an IP address"],
    ["HTTPS", "yes", 'must be "true" or "false"'],
    ["SITE_URL", "stodlinjer.example", "must be an http or https URL"],
    ["SITE_URL", "ftp://stodlinjer.example", "must be an http or https URL"],
    ["SITE_URL", "https://stodlinjer.example/sv/", "must be an origin"],
    ["TRUST_PROXY", "10.0.0.0/33", "must be true, false, a hop count"],
    ["TRUST_PROXY", "loopback, proxy.example", "must be true, false, a hop count"],
    ["QUICK_EXIT_URL", "javascript:alert(1)", "must be an http or https URL"],
    ["FEEDBACK_EMAIL", "not-an-address", "must be an e-mail address"],
    ["SITE_PUBLISHER_NAME", "<b>Stockholm</b>", "without < > or control characters"],
    ["SITE_PUBLISHER_NAME", "x".repeat(121), "at most 120 characters"],
    ["RESPONSE_CACHE_ENTRIES", "-1", "must be a whole number from 0 to 1000000"],
    ["RESPONSE_CACHE_MB", "lots", "must be a whole number from 0 to 4096"],
    ["DIRECTORY_SOURCE_URL", "http://directory.example/services.json", "must be https (plain http only for localhost)"],
    ["DIRECTORY_SOURCE_URL", "https://user:secret@directory.example/", "must not carry credentials"],
    ["DIRECTORY_REFRESH_MINUTES", "1441", "must be a whole number from 1 to 1440"],
    ["DIRECTORY_TIMEOUT_SECONDS", "0.5", "must be a whole number from 1 to 60"],
    ["STATIC_MIRROR", "1", 'must be "true" or "false"'],
  ])("%s=%j is refused", (name, value, message) => {
    const found = problems({ [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(`${name} `), found[0]).toBe(true);
    expect(found[0]).toContain(message);
    expect(found[0]).not.toContain(value);
  });

  it("names every bad variable at once, not only the first", () => {
    expect(problems({ PORT: "x", HTTPS: "1", SITE_URL: "x" }).map((problem) => problem.split(" ")[0])).toEqual([
      "PORT",
      "HTTPS",
      "SITE_URL",
    ]);
  });

  it("a publisher address without a name is refused", () => {
    expect(problems({ SITE_PUBLISHER_URL: "https://start.stockholm" })).toEqual(["SITE_PUBLISHER_URL is set without SITE_PUBLISHER_NAME"]);
  });

  it("warns, and still starts, when production has no SITE_URL or the retired DIRECTORY_REVIEWED_NUMBERS is set", () => {
    expect(parsed({ NODE_ENV: "production" }).warnings).toEqual([
      "SITE_URL is not set: QR codes, JSON-LD, robots.txt and sitemap.xml name the Host each request came with",
    ]);
    expect(parsed({ NODE_ENV: "production", SITE_URL: "https://stodlinjer.example" }).warnings).toEqual([]);
    expect(parsed({ DIRECTORY_REVIEWED_NUMBERS: "+46812345678" }).warnings).toEqual([
      "DIRECTORY_REVIEWED_NUMBERS is no longer read: approve changes with `npm run directory -- approve` (DIRECTORY_APPROVALS)",
    ]);
  });

  it("reads only its own variables", () => {
    const source = Object.create({ PORT: "1" }) as Record<string, string>;
    source["UNRELATED"] = "x";
    expect(parsed(source).env.PORT).toBe(3000);
    expect(parsed(source).env).not.toHaveProperty("UNRELATED");
  });
});

/** Every .ts/.tsx/.js file under a folder, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("one place reads the environment", () => {
  it("no file of app/, server/ or server.js reads process.env but app/env.server.ts", () => {
    const readers = [...sourceFiles("app"), ...sourceFiles("server"), "server.js"].filter((file) =>
      /process\.env\b/.test(readFileSync(file, "utf8").replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "")),
    );
    expect(readers).toEqual([join("app", "env.server.ts")]);
  });
});
