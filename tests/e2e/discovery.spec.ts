import { allSitePaths } from "~/data/site-map";
import { supportedLanguages } from "~/i18n";
import { languageTag } from "~/utils/language-tag";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

// How people and search engines find the page in their language.

test("every page names itself in every language, plus x-default, with absolute addresses", async ({ request }) => {
  // A query the page reads is kept; one it does not read is not part of its address (server/query-params.js).
  const pages: [string, string][] = [
    ["/sv/", "/"],
    ["/ar/law", "/law"],
    ["/th/help/under-18", "/help/under-18"],
    ["/fa/services?age=16", "/services?age=16"],
    ["/fa/services/kast?age=16", "/services/kast"],
  ];
  for (const [path, rest] of pages) {
    const html = await (await request.get(path)).text();
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/gi)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(alternates, path).toEqual([
      // Absolute even without SITE_URL: search engines reject relative hreflang.
      ...supportedLanguages.map((language) => [languageTag(language), `${baseURL}/${language}${rest}`]),
      ["x-default", `${baseURL}/`],
    ]);
  }
});

test("/ sends each browser to its own language", async ({ request }) => {
  const cases: [string, string][] = [
    ["th-TH,th;q=0.9,en;q=0.5", "/th/"],
    ["prs-AF", "/fa/"],
    ["fa-IR", "/fa/"],
    ["uk-UA, ru;q=0.8", "/uk/"],
    ["ro-RO", "/ro/"],
    ["bg", "/bg/"],
    ["es-CL, en;q=0.3", "/es/"],
    ["de-DE", "/sv/"],
  ];
  for (const [header, target] of cases) {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect(response.status(), header).toBe(302);
    expect(response.headers()["location"], header).toBe(target);
  }
});

test("sitemap.xml lists every page in every language with all its alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const paths = allSitePaths();
  expect(locs).toHaveLength(paths.length * supportedLanguages.length);
  expect(locs).toContain(`${baseURL}/th/help/under-18`);
  expect(locs).toContain(`${baseURL}/fa/municipalities/sodertalje`);
  const first = xml.slice(xml.indexOf("<url>"), xml.indexOf("</url>"));
  for (const language of supportedLanguages) expect(first).toContain(`hreflang="${languageTag(language)}"`);
  expect(first).toContain('hreflang="x-default"');
});

test("robots.txt allows everything and points to the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${baseURL}/sitemap.xml\n`);
});

test("a draft translation says so and links the Swedish original; Swedish does not", async ({ page }) => {
  await page.goto("/ru/law");
  const note = page.locator("[data-translation-note]");
  await expect(note).toBeVisible();
  await expect(note.locator("a")).toHaveAttribute("href", "/sv/law");
  await page.goto("/sv/law");
  await expect(page.locator("[data-translation-note]")).toHaveCount(0);
});
