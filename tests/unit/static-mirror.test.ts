import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "~/utils/security-headers.js";
import {
  cacheControl,
  fileForPath,
  formatHeadersFile,
  formatRedirectsFile,
  headerRules,
  openDataHeaders,
  openDataLanguageFile,
} from "../../scripts/lib/static-mirror.js";

const nginx = readFileSync(new URL("../../deploy/nginx-static.conf", import.meta.url), "utf8");
const languages = ["sv", "lattlast", "en", "ar"];

/** The constant add_header lines of the conf (those whose value is not a variable). */
function nginxHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, value] of nginx.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)) {
    headers[name as string] = value as string;
  }
  return headers;
}

describe("static mirror: where an address is stored", () => {
  it("stores open data in another language under _lang/<code>/", () => {
    expect(openDataLanguageFile("/open-data/hsds/services.json", "en")).toBe("open-data/hsds/_lang/en/services.json");
    expect(openDataLanguageFile("/open-data/hsds/services/kast.json", "ar")).toBe("open-data/hsds/_lang/ar/services/kast.json");
    expect(() => openDataLanguageFile("/sv/law", "en")).toThrow();
  });

  it("keeps addresses: pages as .html, / as index.html, files by their name", () => {
    expect(fileForPath("/sv/")).toBe("sv/index.html");
    expect(fileForPath("/sv/law")).toBe("sv/law.html");
    expect(fileForPath("/sv/services/kast")).toBe("sv/services/kast.html");
    expect(fileForPath("/sitemap.xml")).toBe("sitemap.xml");
    expect(fileForPath("/open-data/hsds/services/kast.json")).toBe("open-data/hsds/services/kast.json");
    expect(() => fileForPath("/sv/../etc/passwd")).toThrow();
    expect(() => fileForPath("sv/law")).toThrow();
  });
});

describe("static mirror: the same headers as Node", () => {
  it("deploy/nginx-static.conf sends every security header of app/utils/security-headers.js (HTTPS)", () => {
    expect(nginxHeaders()).toEqual(securityHeaders({ https: true }));
  });

  it("deploy/nginx-static.conf has each Cache-Control and the open-data headers of scripts/lib/static-mirror.js", () => {
    for (const value of Object.values(cacheControl)) expect(nginx).toContain(`"${value}"`);
    expect(nginx).toContain(`"~^/open-data/" "${openDataHeaders["Access-Control-Allow-Origin"]}"`);
    expect(nginx).toContain(`'${openDataHeaders.Link}'`);
  });

  it("deploy/nginx-static.conf marks a precompressed answer as such on 404 pages too (add_header … always)", () => {
    expect(nginx).toMatch(/^\s*add_header Content-Encoding \$content_encoding_br always;/m);
    expect(nginx).toMatch(/^\s*add_header Vary \$vary always;/m);
  });

  it("deploy/nginx-static.conf knows every language (its 404 page and the language of /)", () => {
    const appLanguages = /supportedLanguages = \[([^\]]+)\]/.exec(readFileSync(new URL("../../app/i18n.ts", import.meta.url), "utf8"))?.[1];
    const all = [...(appLanguages ?? "").matchAll(/"([a-z]+)"/g)].map((match) => match[1]);
    expect(all.length).toBeGreaterThan(10);
    expect(nginx).toContain(`"~^/(?<language>${all.join("|")})/"`);
    // The language of "/": the maps written from app/utils/negotiate-language.ts (tests/unit/negotiation.test.ts).
    expect(nginx).toContain(`(?<tag>${all.filter((code) => code !== "lattlast").join("|")}|prs|\\*)`);
    expect(nginx).toContain(`(?<od_language>${all.filter((code) => code !== "sv").join("|")})`);
  });

  it("deploy/nginx.conf (when Node is down) picks the visitor's language with the very map of nginx-static.conf", () => {
    const proxy = readFileSync(new URL("../../deploy/nginx.conf", import.meta.url), "utf8");
    const homeMap = (text: string) =>
      /^\s*map \$http_accept_language \$accept_language_tag \{[^}]*\}\s*(?:#[^\n]*\n\s*)*map \$accept_language_tag \$home \{[^}]*\}/m.exec(text)?.[0].trim();
    expect(homeMap(nginx)).toBeDefined();
    expect(homeMap(proxy)).toBe(homeMap(nginx));
  });

  it("_headers: security headers on every address, one Cache-Control per address", () => {
    const rules = headerRules({ https: true, languages, publicFiles: ["favicon.ico"] });
    const text = formatHeadersFile(rules);
    expect(text).toContain(`/*\n  Content-Security-Policy: ${securityHeaders({ https: true })["Content-Security-Policy"]}\n`);
    expect(text).toContain("/build/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    expect(text).toContain("/sv/*\n  Cache-Control: ");
    // A host joins the values of a header that two matching rules set: no header may repeat for one path.
    const matches = (pattern: string, path: string) =>
      pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
    for (const path of ["/", "/sv/law", "/sv/404.html", "/404.html", "/build/x.css", "/open-data/hsds/services.json", "/sitemap.xml", "/favicon.ico"]) {
      const names = rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => Object.keys(rule.headers));
      expect(new Set(names).size, path).toBe(names.length);
      expect(names.filter((name) => name === "Cache-Control"), path).toHaveLength(1);
    }
    expect(formatHeadersFile(headerRules({ https: false, languages, publicFiles: [] }))).not.toContain("Strict-Transport-Security");
  });

  it("_redirects: / by language, a 404 page per language", () => {
    const text = formatRedirectsFile({ languages, defaultLanguage: "sv", aliases: { prs: "en" } });
    expect(text).toContain("/  /en/  302!  Language=en,prs\n");
    expect(text).toContain("/  /sv/  302!\n");
    expect(text).not.toContain("Language=lattlast");
    expect(text).toContain("/open-data/hsds/*  lang=en  /open-data/hsds/_lang/en/:splat  200!\n");
    expect(text).not.toContain("lang=sv");
    for (const language of languages) expect(text).toContain(`/${language}/*  /${language}/404.html  404\n`);
    expect(text.trimEnd().endsWith("/*  /404.html  404")).toBe(true);
  });
});
