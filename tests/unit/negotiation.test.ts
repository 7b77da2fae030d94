import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLanguage, supportedLanguages } from "~/i18n";
import { languageAliases, negotiableLanguages, negotiateLanguage } from "~/utils/negotiate-language";
import { formatRedirectsFile } from "../../scripts/lib/static-mirror.js";
import { browserLikeHeaders, nginxLanguageMaps } from "./nginx-language-map";
import { evaluate, nginxMaps } from "./nginx-map";

// The one Accept-Language rule (app/utils/negotiate-language.ts) and the copies that choose without
// Node: the nginx maps (generated from it, and evaluated here as nginx evaluates them; the real
// nginx runs them in tests/e2e/negotiation.spec.ts) and the export's `_redirects`.

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("the nginx maps: generated from the rule", () => {
  for (const file of ["deploy/nginx-static.conf", "deploy/nginx.conf"]) {
    it(`${file} carries the maps written from app/utils/negotiate-language.ts`, () => {
      const expected = nginxLanguageMaps();
      expect(read(file).includes(expected), `${file} should contain, verbatim:\n${expected}\n`).toBe(true);
    });
  }
});

describe("the nginx maps agree with Node on every browser-like header", () => {
  const maps = nginxMaps(read("deploy/nginx-static.conf"));
  const nginxHome = (header: string) => evaluate(maps, "$home", { http_accept_language: header });
  const nodeHome = (header: string) => `/${negotiateLanguage(header)}/`;

  it("2,000 generated headers (falling weights, refusals anywhere, any case)", () => {
    const headers = browserLikeHeaders(2000);
    const differences = headers.filter((header) => nginxHome(header) !== nodeHome(header));
    expect(differences.map((header) => `${header}: nginx ${nginxHome(header)}, node ${nodeHome(header)}`)).toEqual([]);
    // The corpus reaches every language, the aliases and the default.
    expect(new Set(headers.map(nodeHome))).toEqual(new Set(negotiableLanguages.map((language) => `/${language}/`)));
  });

  it.each([
    ["", "/sv/"],
    ["ar-SE, sv;q=0.5", "/ar/"],
    ["de-DE,de;q=0.9,en;q=0.8", "/en/"],
    ["sv;q=0, en;q=0, ar;q=0", "/sv/"],
    ["en;q=0, ar;q=0.1", "/ar/"],
    ["de, *, en", "/sv/"],
    ["prs-AF", "/fa/"],
    ["EN-us", "/en/"],
    ["en;q=abc, ar", "/ar/"],
    ["en;q=-1, th", "/th/"],
    ["en;q=0.000, th", "/th/"],
    ["en;q=0.001, th;q=0.0001", "/en/"],
    ["en-, th", "/th/"],
    ["en US, th", "/th/"],
    ["<script>alert(1)</script>", "/sv/"],
    ["en;;;q=", "/sv/"],
  ])("%j → %s in both", (header, home) => {
    expect(nodeHome(header)).toBe(home);
    expect(nginxHome(header)).toBe(home);
  });

  it("differs only where the weights rise along the header (no browser sends that): Node sorts by q, nginx reads in order", () => {
    expect(nodeHome("en;q=0.5, ar")).toBe("/ar/");
    expect(nginxHome("en;q=0.5, ar")).toBe("/en/");
  });
});

describe("_redirects (the export, for Netlify-like hosts): each Language= condition is what the rule chooses", () => {
  const text = formatRedirectsFile({ languages: supportedLanguages, defaultLanguage, aliases: languageAliases });
  const conditions = [...text.matchAll(/^\/ {2}\/(\w+)\/ {2}302! {2}Language=(\S+)$/gm)].map(([, target, tags]) => ({
    target,
    tags: (tags ?? "").split(","),
  }));

  it("every tag it lists is negotiated to its target, and every negotiable language and alias is listed", () => {
    for (const { target, tags } of conditions) for (const tag of tags) expect(negotiateLanguage(tag), tag).toBe(target);
    const listed = conditions.flatMap(({ tags }) => tags).sort();
    const expected = [...negotiableLanguages.filter((language) => language !== defaultLanguage), ...Object.keys(languageAliases)].sort();
    expect(listed).toEqual(expected);
    expect(text).toContain(`/  /${defaultLanguage}/  302!\n`);
  });

  it("the export takes the aliases from the rule's module, not a copy", () => {
    expect(read("scripts/export.js")).toContain('from "../app/utils/language-aliases.js"');
    expect(read("scripts/export.js")).not.toMatch(/prs:\s*"fa"/);
  });
});
