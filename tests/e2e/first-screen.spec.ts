import { gzipSync } from "node:zlib";
import { accessibilityViolations, expect, test } from "./fixtures";

// The first screen as a frightened reader on a shared phone sees it, and as a desktop shows it:
// home, the relatives' journey, a service page, the law page and the directory's filter after it
// was sent, at 320 and 1280 px in Swedish, Arabic (right to left), Thai and Tigrinya (Ethiopic
// script). Each screenshot is attached to the results (`npx playwright show-report`, or
// test-results/); axe checks the wide layout here, the narrow one is checked on every page by
// every-page.spec.ts (which also holds home's tiles to the phone's first screen in every language).
const PAGES = ["/", "/help/close-to-someone", "/services/kast", "/law"];
const WIDTHS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

for (const language of ["sv", "ar", "th", "ti"]) {
  test(`first screens at 320 and 1280 px, attached (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      for (const path of PAGES) {
        await page.goto(`/${language}${path}`);
        // A helpline's call button is on the first screen of every one of them.
        const first = page.locator("main a[data-call-button]").first();
        await expect(first, `${path} at ${viewport.width}`).toBeInViewport({ ratio: 1 });
        if (path === "/" && viewport.width === 1280) {
          // On a laptop every audience's tile, with its first number, is on the first screen.
          for (const tile of await page.locator("main [data-audience-tile]").all()) {
            await expect(tile.locator("a").first(), await tile.getAttribute("data-audience-tile") ?? "").toBeInViewport({ ratio: 1 });
            await expect(tile.locator("a[data-call-button]").first()).toBeInViewport({ ratio: 1 });
          }
        }
        if (viewport.width === 1280) expect(await accessibilityViolations(page), `${path} at 1280`).toEqual([]);
        await testInfo.attach(`${language}${path.replace(/\//g, "_")}-${viewport.width}.png`, {
          body: await page.screenshot(),
          contentType: "image/png",
        });
      }
      // The filter, sent: the answer opens at its results, focused, saying how many matched.
      await page.goto(`/${language}/services`);
      await page.locator("input[name='audience'][value='under-18']").check();
      await page.locator("#filter-age").fill("15");
      await page.locator("form[role='search'] button[type='submit']").click();
      await expect(page).toHaveURL(/#results$/);
      const results = page.locator("#results");
      await expect(results).toBeFocused();
      await expect(results).toBeInViewport({ ratio: 1 });
      const count = await page.locator("main li h3 a").count();
      await expect(results).toContainText(String(count));
      await testInfo.attach(`${language}_services-filtered-${viewport.width}.png`, {
        body: await page.screenshot(),
        contentType: "image/png",
      });
    }
  });
}

test("the quick exit's script stays within 2 KB gzip", async ({ request }) => {
  const body = await (await request.get("/quick-exit.js")).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(2048);
});
