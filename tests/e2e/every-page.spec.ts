import type { Page } from "@playwright/test";
import { embeddedServices } from "~/data/services";
import { supportedLanguages, textDirection, type Language } from "~/i18n";
import { factsTel } from "../fixtures/facts-numbers";
import { languageTag } from "~/utils/language-tag";
import { baseURL } from "../../playwright.config";
import { accessibilityViolations, expect, preloadAxe, test } from "./fixtures";
import { pathsToCheck } from "./routes";

// Every route in every language: it answers, it is accessible, it leaves nothing behind and asks
// no other site for anything. The pages of one language are checked in a few batches, each in
// one browser page: axe's engine is then compiled once per batch rather than once per page, which
// keeps thirteen languages within the suite's time on two cores.
const BATCH_SIZE = 8;

// Every page is checked as a phone shows it: 320 × 640 CSS px, the narrowest screen we promise.
const PHONE = { width: 320, height: 640 };
/** Safety bar plus header at 320 px (issue 14: at most ~120 px, so the first screen is for the numbers). */
const HEADER_BUDGET = 120;
/** Pages whose first screen must show a seed helpline's number: home and the five journeys. */
const NUMBERS_FIRST = ["/", "/help/selling", "/help/buying", "/help/under-18", "/help/close-to-someone", "/help/professionals"];
/** What each written number must dial: FACTS.md's own E.164 forms, typed in tests/fixtures/facts-numbers.ts. */
const DIALS = new Map(embeddedServices.flatMap((service) => service.phones.map((phone) => [phone.number, factsTel(phone.number)])));

/** What a phone shows: no sideways scroll, a slim header, call buttons and targets you can hit. */
async function checkFirstScreen(page: Page, path: string) {
  const seen = await page.evaluate(() => {
    const rect = (element: Element) => {
      const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
      return { top, bottom, left, right, width, height };
    };
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    const seedTel = [...document.querySelectorAll("main a[href^='tel:']")].find(
      (link) => link.getAttribute("href") !== "tel:112" && visible(link),
    );
    // Links that stand on their own: the only text of their list item, paragraph or cell.
    const standalone = [...document.querySelectorAll("body a[href]")].filter((link) => {
      const parent = link.parentElement;
      return (
        parent !== null &&
        visible(link) &&
        ["LI", "P", "TD", "DD"].includes(parent.tagName) &&
        (parent.textContent ?? "").trim() === (link.textContent ?? "").trim()
      );
    });
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      header: document.querySelector("header")!.getBoundingClientRect().bottom + window.scrollY,
      seedTel: seedTel ? { href: seedTel.getAttribute("href"), ...rect(seedTel) } : null,
      viewport: window.innerHeight,
      buttons: [...document.querySelectorAll("a[data-call-button]")].map((button) => ({
        href: button.getAttribute("href"),
        name: button.getAttribute("aria-label") ?? "",
        who: button.querySelector("span > span")?.textContent ?? "",
        number: button.querySelector("bdi")?.textContent ?? "",
        height: button.getBoundingClientRect().height,
      })),
      smallTargets: standalone
        .map((link) => ({ text: (link.textContent ?? "").trim().slice(0, 40), ...rect(link) }))
        .filter((target) => target.width < 44 || target.height < 44)
        .map(({ text, width, height }) => `${text} ${Math.round(width)}×${Math.round(height)}`),
    };
  });
  expect(seen.overflow, `${path}: sideways scroll at 320 px`).toBeLessThanOrEqual(0);
  expect(seen.header, `${path}: safety bar + header height`).toBeLessThanOrEqual(HEADER_BUDGET);
  if (NUMBERS_FIRST.includes(path)) {
    expect(seen.seedTel, `${path}: a helpline's number`).not.toBeNull();
    expect(seen.seedTel!.top, `${path}: first number in the first screen`).toBeGreaterThanOrEqual(0);
    expect(seen.seedTel!.bottom, `${path}: first number in the first screen`).toBeLessThanOrEqual(seen.viewport);
  }
  for (const button of seen.buttons) {
    expect(button.height, `${path}: ${button.name}`).toBeGreaterThanOrEqual(48);
    expect(button.href, `${path}: ${button.name}`).toBe(DIALS.get(button.number));
    // The name says who answers ("Ring KAST") and keeps the visible number.
    expect(button.name.startsWith(button.who) && button.who.length > 0, `${path}: ${button.name}`).toBe(true);
    expect(button.name, path).toContain(button.number);
  }
  expect(seen.smallTargets, `${path}: links on their own line under 44 × 44 px`).toEqual([]);
}
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

  await checkFirstScreen(page, path);

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

test.use({ viewport: PHONE });

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

// The journeys that the template walk above does not load in every language: their first screen
// only (no axe: the template is the same), so every journey in every language shows a number first.
for (const language of supportedLanguages.filter((lng) => lng !== "sv")) {
  test(`/${language}: the first screen of every journey shows a helpline's number`, async ({ page }) => {
    for (const path of NUMBERS_FIRST.filter((item) => !pathsToCheck(language).includes(item))) {
      const response = await page.goto(`/${language}${path}`);
      expect(response?.status(), path).toBe(200);
      await checkFirstScreen(page, path);
    }
  });
}
