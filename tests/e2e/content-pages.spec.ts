import { allSitePaths } from "~/data/site-map";
import { supportedLanguages } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

const meta = (html: string, pattern: RegExp) => html.match(pattern)?.[1]?.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'") ?? null;

// Issue 22, point 15: all 71 Swedish pages shared one description, and no page named its address.
// Every page of four languages here, as served; app/utils/page-description.server.test.ts checks
// every language's descriptions without a server.
test("every page has a description of its own and names its one address (sv, en, ar, th)", async ({ request }) => {
  test.setTimeout(60_000);
  for (const language of ["sv", "en", "ar", "th"] as const) {
    const seen = new Map<string, string>();
    for (const path of allSitePaths()) {
      const address = localizedPath(language, path);
      const html = await (await request.get(address)).text();
      const description = meta(html, /<meta name="description" content="([^"]*)"/);
      expect(description, address).toBeTruthy();
      expect(seen.get(description!), `${address} shares its description with ${seen.get(description!)}`).toBeUndefined();
      seen.set(description!, address);
      expect(meta(html, /<link rel="canonical" href="([^"]*)"/), address).toBe(`${baseURL}${address}`);
    }
  }
});

// The redirect itself is server/middleware.js's (tests/e2e/edge.spec.ts and the hostile corpus); here
// it is checked together with the address each page names.
test("an address with a trailing slash moves for good to the page's own; a filter keeps its query", async ({ request }) => {
  for (const [from, to] of [
    ["/sv/about/", "/sv/about"],
    ["/ar/help/selling/", "/ar/help/selling"],
    ["/th/services/?age=15", "/th/services?age=15"],
    ["/en/print/young-card/", "/en/print/young-card"],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers().location, from).toBe(to);
  }
  // A language's home keeps its slash; without it, the page names "/sv/" as its address.
  expect((await request.get("/sv/", { maxRedirects: 0 })).status()).toBe(200);
  const bare = await (await request.get("/sv", { maxRedirects: 0 })).text();
  expect(meta(bare, /<link rel="canonical" href="([^"]*)"/)).toBe(`${baseURL}/sv/`);
  // Not a page of the site: left to the 404 page, not redirected.
  expect((await request.get("/xx/", { maxRedirects: 0 })).status()).toBe(404);
});

// Issue 22, point 14: the DOS law asks for a way to report problems and a link to the supervisory
// authority. With FEEDBACK_EMAIL unset (as here) the statement gives the site's webmaster.
test("the accessibility statement gives a contact and DIGG, in every language, with FEEDBACK_EMAIL unset", async ({ page }) => {
  const host = new URL(baseURL).hostname;
  for (const language of supportedLanguages) {
    await page.goto(`/${language}/accessibility`);
    const mail = page.locator("main a[href^='mailto:']");
    await expect(mail, language).toHaveAttribute("href", `mailto:webmaster@[${host}]`);
    await expect(mail, language).toBeVisible();
    await expect(page.locator("main a[href^='https://www.digg.se/']"), language).toBeVisible();
  }
});
