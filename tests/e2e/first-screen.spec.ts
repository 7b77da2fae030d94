import { gzipSync } from "node:zlib";
import { accessibilityViolations, expect, test } from "./fixtures";

// The first screen as a frightened reader on a shared phone sees it, and as a desktop shows it:
// home, a journey, a service page and the law page at 320 and 1280 px in Swedish, Arabic (right
// to left), Thai and Tigrinya (Ethiopic script). Each screenshot is attached to the results
// (`npx playwright show-report`, or test-results/); axe checks the wide layout here, the narrow
// one is checked on every page by every-page.spec.ts.
const PAGES = ["/", "/help/selling", "/services/kast", "/law"];
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
        // A helpline's number is on the first screen of home, the journey and the service page.
        if (path !== "/law") {
          const first = page.locator("main a[data-call-button]").first();
          await expect(first, `${path} at ${viewport.width}`).toBeInViewport({ ratio: 1 });
        }
        if (viewport.width === 1280) expect(await accessibilityViolations(page), `${path} at 1280`).toEqual([]);
        await testInfo.attach(`${language}${path.replace(/\//g, "_")}-${viewport.width}.png`, {
          body: await page.screenshot(),
          contentType: "image/png",
        });
      }
    }
  });
}

test("the quick exit's script stays within 2 KB gzip", async ({ request }) => {
  const body = await (await request.get("/quick-exit.js")).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(2048);
});
