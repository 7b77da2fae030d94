import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.server";

/** The EnvError a parse throws (the test fails when it does not throw). */
function problemsOf(source: Record<string, string>): readonly string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(source)}`);
}

describe("parseEnv: one schema for every variable", () => {
  it("gives the documented defaults for an empty environment (README Configuration)", () => {
    const { env, warnings } = parseEnv({});
    expect(env).toMatchObject({
      production: false,
      mode: "production",
      port: 3000,
      host: "0.0.0.0",
      https: false,
      siteUrl: null,
      quickExitUrl: "https://www.google.com/search?q=v%C3%A4der",
      trustProxy: undefined,
      responseCache: { maxEntries: 2000, maxBytes: 64 * 1024 * 1024 },
      directorySource: { url: null, refreshMs: 10 * 60_000, timeoutMs: 5_000 },
      directoryApprovals: null,
      publisher: null,
      feedbackEmail: null,
      staticMirror: false,
    });
    expect(env.localesDir).toMatch(/locales$/);
    expect(warnings).toEqual([]);
  });

  it("reads every variable into its typed setting", () => {
    const { env } = parseEnv({
      NODE_ENV: "production",
      PORT: "8080",
      HOST: "127.0.0.1",
      HTTPS: "true",
      SITE_URL: "https://stodlinjer.example/some/path",
      QUICK_EXIT_URL: "https://weather.example/today",
      TRUST_PROXY: "loopback",
      RESPONSE_CACHE_ENTRIES: "0",
      RESPONSE_CACHE_MB: "1.5",
      DIRECTORY_SOURCE_URL: "https://directory.example/services.json",
      DIRECTORY_REFRESH_MINUTES: "30",
      DIRECTORY_TIMEOUT_SECONDS: "2",
      DIRECTORY_APPROVALS: " /srv/approvals.json ",
      LOCALES_DIR: "/srv/locales",
      SITE_PUBLISHER_NAME: " Stockholms stad ",
      SITE_PUBLISHER_URL: "https://start.stockholm",
      FEEDBACK_EMAIL: "tillganglighet@example.se",
      STATIC_MIRROR: "true",
    });
    expect(env).toEqual({
      production: true,
      mode: "production",
      port: 8080,
      host: "127.0.0.1",
      https: true,
      siteUrl: "https://stodlinjer.example",
      quickExitUrl: "https://weather.example/today",
      trustProxy: "loopback",
      responseCache: { maxEntries: 0, maxBytes: 1.5 * 1024 * 1024 },
      directorySource: { url: "https://directory.example/services.json", refreshMs: 30 * 60_000, timeoutMs: 2_000 },
      directoryApprovals: "/srv/approvals.json",
      localesDir: "/srv/locales",
      publisher: { name: "Stockholms stad", url: "https://start.stockholm/" },
      feedbackEmail: "tillganglighet@example.se",
      staticMirror: true,
    });
    expect(Object.isFrozen(env)).toBe(true);
  });

  it.each([
    ["PORT", "80a"],
    ["PORT", "70000"],
    ["HTTPS", "yes"],
    ["STATIC_MIRROR", "1"],
    ["SITE_URL", "example.org"],
    ["SITE_URL", "javascript:alert(1)"],
    ["QUICK_EXIT_URL", "ftp://weather.example/"],
    ["RESPONSE_CACHE_ENTRIES", "-1"],
    ["RESPONSE_CACHE_MB", "lots"],
    ["DIRECTORY_SOURCE_URL", "http://directory.example/services.json"],
    ["DIRECTORY_SOURCE_URL", "https://user:secret@directory.example/x.json"],
    ["DIRECTORY_REFRESH_MINUTES", "0"],
    ["DIRECTORY_TIMEOUT_SECONDS", "61"],
    ["SITE_PUBLISHER_NAME", "<b>Stad</b>"],
    ["SITE_PUBLISHER_NAME", "x".repeat(121)],
    ["SITE_PUBLISHER_URL", "not a url"],
    ["FEEDBACK_EMAIL", "not an address"],
  ])("refuses %s=%s, naming the variable and not its value", (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: \\S`));
    if (value.length > 3) expect(problems.join("\n")).not.toContain(value);
  });

  it("names every bad variable at once", () => {
    expect(problemsOf({ HTTPS: "yes", PORT: "x", SITE_URL: "nope" }).map((problem) => problem.split(":")[0]).sort()).toEqual([
      "HTTPS",
      "PORT",
      "SITE_URL",
    ]);
  });

  it("takes unset and empty alike, and trims", () => {
    expect(parseEnv({ SITE_URL: "", HTTPS: " ", PORT: "" }).env).toMatchObject({ siteUrl: null, https: false, port: 3000 });
    expect(parseEnv({ HTTPS: " true " }).env.https).toBe(true);
  });

  it("warns once about a variable no longer read, and about SITE_URL missing in production", () => {
    expect(parseEnv({ DIRECTORY_REVIEWED_NUMBERS: "+46812345678" }).warnings).toEqual([
      expect.stringMatching(/^DIRECTORY_REVIEWED_NUMBERS is no longer read/),
    ]);
    expect(parseEnv({ NODE_ENV: "production" }).warnings).toEqual([expect.stringMatching(/^SITE_URL is not set/)]);
    expect(parseEnv({ NODE_ENV: "production", SITE_URL: "https://stodlinjer.example" }).warnings).toEqual([]);
  });

  it("gives Remix its mode: development and test as they are, anything else production", () => {
    expect(parseEnv({ NODE_ENV: "development" }).env.mode).toBe("development");
    expect(parseEnv({ NODE_ENV: "test" }).env.mode).toBe("test");
    expect(parseEnv({ NODE_ENV: "staging" }).env.mode).toBe("production");
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
