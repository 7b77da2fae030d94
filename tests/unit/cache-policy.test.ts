import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cachePolicy, notModified } from "~/utils/cache-policy.js";
import { headerRules } from "../../scripts/lib/static-mirror.js";
import { evaluate, literalValues, nginxMaps } from "./nginx-map";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const policies = new Set<string>(Object.values(cachePolicy));

/** The variable an nginx file sends as Cache-Control (`add_header Cache-Control $x …;`). */
function cacheControlVariable(conf: string): string {
  const variable = /^\s*add_header Cache-Control (\$\w+)/m.exec(conf)?.[1];
  if (!variable) throw new Error("no add_header Cache-Control $variable");
  return variable;
}

/** Every map a Cache-Control variable is made from, itself included. */
function cacheMaps(conf: string) {
  const maps = nginxMaps(conf);
  const names = [cacheControlVariable(conf)];
  for (let index = 0; index < names.length; index += 1) {
    const map = maps.get(names[index] ?? "");
    for (const value of [...(map?.entries.map((entry) => entry.value) ?? []), map?.fallback ?? ""]) {
      for (const [, name] of value.matchAll(/\$\{?(\w+)\}?/g)) if (maps.has(`$${name}`) && !names.includes(`$${name}`)) names.push(`$${name}`);
    }
  }
  return { maps, names };
}

describe("one cache policy: every copy says what app/utils/cache-policy.js says", () => {
  it("names the five kinds of answer the issue asks for, and nothing twice by accident", () => {
    expect(cachePolicy.page).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(cachePolicy.redirectByLanguage).not.toContain("stale-while-revalidate");
    expect(cachePolicy.openData).toMatch(/^public, /);
    expect(cachePolicy.asset).toContain("immutable");
    expect(Number(/s-maxage=(\d+)/.exec(cachePolicy.error)?.[1])).toBeLessThan(Number(/s-maxage=(\d+)/.exec(cachePolicy.page)?.[1]));
  });

  for (const file of ["deploy/nginx-static.conf", "deploy/nginx.conf"]) {
    it(`${file}: every Cache-Control it can send itself is a named policy`, () => {
      const conf = read(file);
      const { maps, names } = cacheMaps(conf);
      const values = names.flatMap((name) => literalValues(maps.get(name)!));
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(policies, `${file}: "${value}"`).toContain(value);
    });
  }

  it("deploy/nginx-static.conf: each kind of address gets its policy (the map evaluated as nginx does)", () => {
    const conf = read("deploy/nginx-static.conf");
    const maps = nginxMaps(conf);
    const variable = cacheControlVariable(conf);
    const at = (uri: string, status = "200") => evaluate(maps, variable, { uri, status });
    expect(at("/")).toBe(cachePolicy.redirectByLanguage);
    expect(at("/sv/index.html")).toBe(cachePolicy.page);
    expect(at("/ar/law.html.br")).toBe(cachePolicy.page);
    expect(at("/build/css-bundle-X.css")).toBe(cachePolicy.asset);
    expect(at("/build/css-bundle-X.css.br")).toBe(cachePolicy.asset);
    expect(at("/open-data/hsds/services.json")).toBe(cachePolicy.openData);
    expect(at("/open-data/hsds/_lang/en/services.json.br")).toBe(cachePolicy.openData);
    expect(at("/sitemap.xml")).toBe(cachePolicy.sitemap);
    expect(at("/robots.txt")).toBe(cachePolicy.file);
    expect(at("/quick-exit.js")).toBe(cachePolicy.file);
    expect(at("/favicon.ico")).toBe(cachePolicy.file);
    expect(at("/sv/404.html", "404")).toBe(cachePolicy.error);
  });

  it("deploy/nginx.conf: /build/ files nginx reads itself are assets; Node's own Cache-Control passes unchanged", () => {
    const conf = read("deploy/nginx.conf");
    const maps = nginxMaps(conf);
    const variable = cacheControlVariable(conf);
    const at = (uri: string, sent: string) => evaluate(maps, variable, { uri, status: "200", sent_http_cache_control: sent });
    expect(at("/build/css-bundle-X.css", "")).toBe(cachePolicy.asset);
    for (const policy of policies) expect(at("/sv/", policy), policy).toBe("");
  });

  it("_headers (the export): each address gets exactly one Cache-Control, the right policy", () => {
    const rules = headerRules({ https: true, languages: ["sv", "en"], publicFiles: ["favicon.ico", "quick-exit.js"] });
    const cacheControlOf = (path: string) =>
      rules
        .filter((rule) => (rule.pattern.endsWith("*") ? path.startsWith(rule.pattern.slice(0, -1)) : rule.pattern === path))
        .map((rule) => (rule.headers as Record<string, string>)["Cache-Control"])
        .filter(Boolean);
    expect(cacheControlOf("/")).toEqual([cachePolicy.redirectByLanguage]);
    expect(cacheControlOf("/sv/law")).toEqual([cachePolicy.page]);
    expect(cacheControlOf("/404.html")).toEqual([cachePolicy.error]);
    expect(cacheControlOf("/build/x.css")).toEqual([cachePolicy.asset]);
    expect(cacheControlOf("/open-data/hsds/services.json")).toEqual([cachePolicy.openData]);
    expect(cacheControlOf("/sitemap.xml")).toEqual([cachePolicy.sitemap]);
    expect(cacheControlOf("/robots.txt")).toEqual([cachePolicy.file]);
    expect(cacheControlOf("/quick-exit.js")).toEqual([cachePolicy.file]);
  });

  it("no Cache-Control string is typed anywhere else in the code", () => {
    const files = [
      "server.js",
      "server/response-cache.js",
      "server/remix-handler.js",
      "server/middleware.js",
      "app/entry.server.tsx",
      "app/directory/hsds.server.ts",
      "app/utils/language-redirect.server.ts",
      "app/routes/sitemap[.]xml.ts",
      "app/routes/robots[.]txt.ts",
      "app/routes/$lang.unavailable.tsx",
      "scripts/lib/static-mirror.js",
      "scripts/lib/bench/nginx.js",
    ];
    const typed = /["'`](?:public|private)[^"'`]*max-age[^"'`]*["'`]|["']no-store["']|Cache-Control: no-store/;
    for (const file of files) expect(read(file), file).not.toMatch(typed);
  });
});

describe("notModified: one ETag comparison for the whole server (the fresh package)", () => {
  const etag = 'W/"abc"';
  it("compares weakly and knows lists and *", () => {
    expect(notModified({ "if-none-match": 'W/"abc"' }, etag)).toBe(true);
    expect(notModified({ "if-none-match": '"abc"' }, etag)).toBe(true);
    expect(notModified({ "if-none-match": '"x", W/"abc"' }, etag)).toBe(true);
    expect(notModified({ "if-none-match": "*" }, etag)).toBe(true);
    expect(notModified({ "if-none-match": '"abcd"' }, etag)).toBe(false);
    expect(notModified({ "if-none-match": '"ab"' }, etag)).toBe(false);
    expect(notModified({}, etag)).toBe(false);
    expect(notModified({ "if-none-match": null }, etag)).toBe(false);
  });

  it("answers a reload (Cache-Control: no-cache) in full", () => {
    expect(notModified({ "if-none-match": 'W/"abc"', "cache-control": "no-cache" }, etag)).toBe(false);
    expect(notModified({ "if-none-match": 'W/"abc"', "cache-control": "max-age=0" }, etag)).toBe(true);
  });
});
