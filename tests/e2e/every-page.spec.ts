import { supportedLanguages, textDirection } from "~/i18n";
import { baseURL } from "../../playwright.config";
import { accessibilityViolations, expect, test } from "./fixtures";
import { sitePaths } from "./routes";

// Every route in every language: it answers, it is accessible, it leaves nothing behind and
// asks no other site for anything.
for (const language of supportedLanguages) {
  for (const path of sitePaths) {
    test(`/${language}${path}`, async ({ page, context }) => {
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener("securitypolicyviolation", (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });

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

      // No React in the browser: the quick-exit script is the only script (JSON-LD is data).
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("src") ?? "inline"),
      );
      expect(scripts).toEqual(["/quick-exit.js"]);

      expect(await accessibilityViolations(page)).toEqual([]);

      // No trace: no cookie, nothing stored, no service worker.
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe("");
      expect(response?.headers()["set-cookie"]).toBeUndefined();
      const stored = await page.evaluate(async () => ({
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
        cacheStorage: (await caches.keys()).length,
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(stored).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, serviceWorkers: 0 });

      // Nothing leaves our origin, and the CSP had nothing to block.
      const origin = new URL(baseURL).origin;
      expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });
  }
}
