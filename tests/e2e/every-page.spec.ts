import { supportedLanguages, textDirection } from "~/i18n";
import { accessibilityViolations, expect, test } from "./fixtures";
import { sitePaths } from "./routes";

// Every route in every language: it answers, it is accessible, it leaves nothing behind.
for (const language of supportedLanguages) {
  for (const path of sitePaths) {
    test(`/${language}${path}`, async ({ page, context }) => {
      const response = await page.goto(`/${language}${path}`);
      expect(response?.status()).toBe(200);

      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", language);
      await expect(html).toHaveAttribute("dir", textDirection(language));
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page).toHaveTitle(/Stödlinjer/);

      // The two safety musts on every page.
      await expect(page.locator("a[data-quick-exit]")).toBeVisible();
      await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();

      // No React in the browser: the quick-exit script is the only script.
      const scripts = await page.locator("script").evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("src") ?? "inline"),
      );
      expect(scripts).toEqual(["/quick-exit.js"]);

      expect(await accessibilityViolations(page)).toEqual([]);

      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe("");
      expect(response?.headers()["set-cookie"]).toBeUndefined();
    });
  }
}
