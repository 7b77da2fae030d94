import type { Page } from "@playwright/test";
import { supportedLanguages, textDirection, type Language } from "~/i18n";
import { languageTag } from "~/utils/language-tag";
import { baseURL } from "../../playwright.config";
import { accessibilityViolations, expect, preloadAxe, test } from "./fixtures";
import { pathsToCheck } from "./routes";

// Every route in every language: it answers, it is accessible, it leaves nothing behind and asks
// no other site for anything. The pages of one language are checked in a few batches, each in
// one browser page: axe's engine is then compiled once per batch rather than once per page, which
// keeps thirteen languages within the suite's time on two cores.
const BATCH_SIZE = 8;

/** Splits a list into batches of about BATCH_SIZE, as even as possible (25 pages: 9, 8, 8). */
function batches<T>(items: T[]): T[][] {
  const count = Math.ceil(items.length / BATCH_SIZE);
  return Array.from({ length: count }, (_, index) =>
    items.slice(Math.floor((index * items.length) / count), Math.floor(((index + 1) * items.length) / count)),
  );
}

async function checkPage(page: Page, language: Language, path: string, requested: string[]) {
  requested.length = 0;
  const response = await page.goto(`/${language}${path}`);
  expect(response?.status(), path).toBe(200);

  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", languageTag(language));
  await expect(html).toHaveAttribute("dir", textDirection(language));
  await expect(page.locator("h1"), path).toHaveCount(1);
  await expect(page).toHaveTitle(/Stödlinjer/);

  // Inner pages say where they are: breadcrumbs ending in this page.
  if (path !== "/") await expect(page.locator('nav li[aria-current="page"]'), path).toHaveCount(1);

  // The two safety musts on every page.
  await expect(page.locator("a[data-quick-exit]")).toBeVisible();
  await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();

  // No React in the browser: the quick-exit script is the only script (JSON-LD is data).
  const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((elements) =>
    elements.map((element) => element.getAttribute("src") ?? "inline"),
  );
  expect(scripts, path).toEqual(["/quick-exit.js"]);

  expect(await accessibilityViolations(page), path).toEqual([]);

  // No trace: no cookie, nothing stored, no service worker.
  expect(await page.context().cookies(), path).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe("");
  expect(response?.headers()["set-cookie"], path).toBeUndefined();
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cacheStorage: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored, path).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, serviceWorkers: 0 });

  // Nothing leaves our origin, and the CSP had nothing to block.
  const origin = new URL(baseURL).origin;
  expect(requested.filter((url) => new URL(url).origin !== origin), path).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
}

for (const language of supportedLanguages) {
  for (const batch of batches(pathsToCheck(language))) {
    test(`/${language}: ${batch.join(" ")}`, async ({ page }) => {
      // Several pages in one test: its time limit grows with the batch (about 3 s a page at most).
      test.setTimeout(15_000 + batch.length * 8_000);
      await preloadAxe(page);
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener("securitypolicyviolation", (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      for (const path of batch) await checkPage(page, language, path, requested);
    });
  }
}
