import { textDirection } from "~/i18n";
import { expect, test } from "./fixtures";

// Arabic, Thai, Ethiopic (Tigrinya) and Cyrillic at the narrowest phone width: system fonts
// only (Debian's fonts-noto-core, installed by tests/ensure-chromium.sh), no sideways scroll.
// Each screenshot is attached to the test: `npx playwright show-report` or test-results/ has them.
const scripts = { ar: "Arabic", th: "Thai", ti: "Ethiopic", ru: "Cyrillic", fa: "Arabic (Persian)" } as const;

for (const [language, script] of Object.entries(scripts)) {
  for (const path of ["/", "/services/kast"]) {
    test(`${script}: /${language}${path} at 320 px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(`/${language}${path}`);
      await expect(page.locator("html")).toHaveAttribute("dir", textDirection(language as keyof typeof scripts));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      // A phone number keeps its order inside right-to-left text: it is isolated left to right.
      for (const phone of await page.locator("main a[href^='tel:+'] bdi").all()) {
        expect(await phone.evaluate((number) => getComputedStyle(number).direction)).toBe("ltr");
      }

      await testInfo.attach(`${language}${path.replace(/\//g, "_")}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    });
  }
}
