import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { supportedLanguages, textDirection, type Language } from "~/i18n";
import { FACTS_DIALS } from "../fixtures/facts-numbers";
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
/** Home and the five journeys: their first screen shows a seed helpline's number (issue 14). */
const NUMBERS_FIRST = ["/", "/help/selling", "/help/buying", "/help/under-18", "/help/close-to-someone", "/help/professionals"];
/**
 * Every page whose first screen must answer "who can I call?" with a seed helpline's call button:
 * home, the journeys, and (issue 22) the law page, every campaign page and every municipality page.
 */
const callFirst = (path: string) =>
  NUMBERS_FIRST.includes(path) || path === "/law" || /^\/(campaigns|municipalities)\/[^/]+$/.test(path);
/** Long pages open with GOV.UK's "Contents" (issue 22): the law page and the journeys. */
const hasContents = (path: string) => path === "/law" || path.startsWith("/help/");
/** The one colour of every primary action and choice (tokens.css.ts brand, #0b4c54). */
const BRAND = "rgb(11, 76, 84)";
const WHITE = "rgb(255, 255, 255)";
/** The copy as a reader sees it, straight from the locale files. */
function copy(language: Language, ns: string): Record<string, any> {
  return JSON.parse(readFileSync(`locales/${language}/${ns}.json`, "utf8"));
}
/** What each written number dials: literals from FACTS.md (E.164, or the short number's digits). */
const DIALS = new Map(Object.entries(FACTS_DIALS));

/** What a phone shows: no sideways scroll, a slim header, call buttons and targets you can hit. */
async function checkFirstScreen(page: Page, language: Language, path: string) {
  const seen = await page.evaluate(({ BRAND, WHITE }) => {
    const rect = (element: Element) => {
      const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
      return { top, bottom, left, right, width, height };
    };
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    const seedTel = [...document.querySelectorAll("main a[data-call-button]")].find(
      (link) => link.getAttribute("href") !== "tel:112" && visible(link),
    );
    const text = (element: Element | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
    /** The line directly above a call button saying who it is for (data-call-for), if any. */
    const forLine = (button: Element) => {
      let above = button.previousElementSibling;
      // The "for professionals only" tag sits between the line and the button.
      if (above && !above.hasAttribute("data-call-for") && above.tagName === "SPAN") above = above.previousElementSibling;
      return above?.hasAttribute("data-call-for") ? text(above) : null;
    };
    const who = (button: Element) => text(button.querySelector("span > span"));
    // Who each call button is for (issue 22), in every block of numbers (a call block, a tile):
    // two buttons of different services each have the line above saying which to call when; two
    // numbers of one service are told apart on the button itself; no two read the same.
    const unlabelled: string[] = [];
    for (const group of document.querySelectorAll("main [data-call-block], main [data-audience-tile]")) {
      const buttons = [...group.querySelectorAll("a[data-call-button]")];
      if (buttons.length < 2) continue;
      const services = new Set(buttons.map((button) => button.getAttribute("data-service")));
      const labels = buttons.map((button) => `${forLine(button) ?? ""} | ${who(button)}`);
      if (new Set(labels).size < labels.length) unlabelled.push(`the same words twice: ${labels.join(" / ")}`);
      if (services.size > 1) {
        for (const button of buttons) if (!forLine(button)) unlabelled.push(`no line above ${who(button)}`);
      }
    }
    // One number behind two names ("Ring Stödcentrum", "Ring Ungdomsjouren"): each says so above it.
    const byNumber = new Map<string, Element[]>();
    for (const button of document.querySelectorAll("main a[data-call-button]")) {
      byNumber.set(button.getAttribute("href")!, [...(byNumber.get(button.getAttribute("href")!) ?? []), button]);
    }
    const sharedLines: string[] = [];
    for (const buttons of byNumber.values()) {
      if (new Set(buttons.map((button) => button.getAttribute("data-service"))).size < 2) continue;
      for (const button of buttons) {
        if (button.closest("[data-call-block], [data-audience-tile]")) continue;
        sharedLines.push(forLine(button) ?? `no line above ${who(button)}`);
      }
    }
    const firstLines = [...document.querySelectorAll("main [data-call-block='call-now'] a[data-call-button]")].map(forLine);
    // One colour for every primary action: call buttons solid teal (white on a teal tile), form
    // buttons teal, the audience tiles teal blocks.
    const background = (element: Element) => getComputedStyle(element).backgroundColor;
    const offColour = [
      ...[...document.querySelectorAll("main button[type='submit']")]
        .filter((button) => background(button) !== BRAND)
        .map((button) => `submit "${text(button)}" ${background(button)}`),
      ...[...document.querySelectorAll("main a[data-call-button='public']")]
        .filter((button) => {
          const tile = button.closest("[data-audience-tile]");
          return tile ? background(button) !== WHITE || background(tile) !== BRAND : background(button) !== BRAND;
        })
        .map((button) => `call "${who(button)}" ${background(button)}`),
      ...[...document.querySelectorAll("main [data-audience-tile]")]
        .filter((tile) => background(tile) !== BRAND)
        .map((tile) => `tile ${tile.getAttribute("data-audience-tile")} ${background(tile)}`),
    ];
    // "Contents": every entry leads to a heading of the page with the same words.
    const contents = [...document.querySelectorAll("main [data-contents] a[href^='#']")].map((link) => {
      const target = document.getElementById(link.getAttribute("href")!.slice(1));
      return { entry: text(link), target: target && /^H[23]$/.test(target.tagName) ? text(target) : null };
    });
    // A name is never broken inside a word: each word of a municipality's name on one line.
    const brokenNames = [...document.querySelectorAll("main table th a[lang='sv']")].flatMap((link) => {
      const node = link.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return [];
      const value = node.textContent ?? "";
      const broken: string[] = [];
      for (const match of value.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(value);
      }
      return broken;
    });
    // The title: no word left alone on its last line ("Du som är under 18 / år": a second line of
    // one short word, under a third of the first), and no word broken across two lines.
    const h1 = document.querySelector("h1");
    let orphan: string | null = null;
    const brokenTitle: string[] = [];
    if (h1) {
      const words: { word: string; tops: Set<number>; left: number; right: number }[] = [];
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? "").matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const rects = [...range.getClientRects()];
          words.push({
            word: match[0],
            tops: new Set(rects.map((item) => Math.round(item.top))),
            left: Math.min(...rects.map((item) => item.left)),
            right: Math.max(...rects.map((item) => item.right)),
          });
        }
      }
      // Words in Latin script only: Thai writes a phrase without spaces and breaks it between words.
      brokenTitle.push(...words.filter((word) => word.tops.size > 1 && /^[\p{Script=Latin}\p{P}]+$/u.test(word.word)).map((word) => word.word));
      const top = (word: (typeof words)[number]) => Math.min(...word.tops);
      const lastTop = words.length > 0 ? top(words.at(-1)!) : 0;
      const last = words.filter((word) => top(word) === lastTop);
      const widest = Math.max(...[...new Set(words.map(top))].map((lineTop) => {
        const line = words.filter((word) => top(word) === lineTop);
        return Math.max(...line.map((word) => word.right)) - Math.min(...line.map((word) => word.left));
      }));
      // Two lines only: balancing always has room there (a third line is forced by a word too long
      // to share one, as Romanian "municipalitatea").
      const lineCount = new Set(words.map(top)).size;
      if (lineCount === 2 && last.length === 1 && last[0]!.right - last[0]!.left < widest / 3) {
        orphan = text(h1);
      }
    }
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
        label: button.getAttribute("aria-label"),
        // Its name is its text (issue 20: an aria-label would hide the lang="sv" name inside it).
        name: text(button),
        who: who(button),
        number: text(button.querySelector("bdi")),
        height: button.getBoundingClientRect().height,
      })),
      // Home: "Vem är du?" and the tiles with their numbers (issue 22).
      tiles: [...document.querySelectorAll("main [data-audience-tile]")].map((tile) => ({
        id: tile.getAttribute("data-audience-tile"),
        bottom: Math.max(...[...tile.querySelectorAll("a")].map((link) => link.getBoundingClientRect().bottom)),
        calls: tile.querySelectorAll("a[data-call-button]").length,
      })),
      chooseHeading: document.getElementById("choose")?.getBoundingClientRect().bottom ?? null,
      unlabelled,
      sharedLines,
      firstLines,
      offColour,
      contents,
      brokenNames,
      orphan,
      brokenTitle,
      smallTargets: standalone
        .map((link) => ({ text: (link.textContent ?? "").trim().slice(0, 40), ...rect(link) }))
        .filter((target) => target.width < 44 || target.height < 44)
        .map(({ text, width, height }) => `${text} ${Math.round(width)}×${Math.round(height)}`),
    };
  }, { BRAND, WHITE });
  expect(seen.overflow, `${path}: sideways scroll at 320 px`).toBeLessThanOrEqual(0);
  expect(seen.header, `${path}: safety bar + header height`).toBeLessThanOrEqual(HEADER_BUDGET);
  if (callFirst(path)) {
    expect(seen.seedTel, `${path}: a helpline's call button`).not.toBeNull();
    expect(seen.seedTel!.top, `${path}: first call button in the first screen`).toBeGreaterThanOrEqual(0);
    expect(seen.seedTel!.bottom, `${path}: first call button in the first screen`).toBeLessThanOrEqual(seen.viewport);
  }
  for (const button of seen.buttons) {
    expect(button.height, `${path}: ${button.name}`).toBeGreaterThanOrEqual(48);
    expect(button.href, `${path}: ${button.name}`).toBe(DIALS.get(button.number));
    // The name is the visible text: who answers ("Ring KAST") and the number.
    expect(button.label, `${path}: ${button.name} has an aria-label`).toBeNull();
    expect(button.name.startsWith(button.who) && button.who.length > 0, `${path}: ${button.name}`).toBe(true);
    expect(button.name.endsWith(button.number), `${path}: ${button.name}`).toBe(true);
  }
  if (path === "/") {
    // The way to one's own page and the number to call on one first screen: "Vem är du?" and the
    // first two audiences' tiles, each with its call button, whole within 640 px, in every language.
    expect(seen.chooseHeading, "home: Vem är du?").not.toBeNull();
    expect(seen.chooseHeading!, "home: Vem är du? in the first screen").toBeLessThanOrEqual(seen.viewport);
    expect(seen.tiles.map((tile) => tile.id), "home: a tile per audience").toEqual([
      "selling", "buying", "under-18", "close-to-someone", "professionals",
    ]);
    for (const tile of seen.tiles) expect(tile.calls, `home: the ${tile.id} tile carries its number`).toBeGreaterThan(0);
    for (const tile of seen.tiles.slice(0, 2)) {
      expect(tile.bottom, `home: the ${tile.id} tile and its number in the first screen`).toBeLessThanOrEqual(seen.viewport);
    }
  }
  expect(seen.unlabelled, `${path}: call buttons that do not say who they are for`).toEqual([]);
  // One number behind two names (Stödcentrum, Ungdomsjouren) says so above each button; the numbers
  // a page opens with say who they are for, never only the name of an office.
  const services = copy(language, "services");
  for (const line of seen.sharedLines) expect(line, `${path}: a shared number`).toBe(services.sharedPhoneLine.framtidReception);
  expect(seen.firstLines, path).not.toContain(services.framtidReception);
  expect(seen.offColour, `${path}: primary actions not in the brand teal`).toEqual([]);
  if (hasContents(path)) {
    expect(seen.contents.length, `${path}: a Contents list`).toBeGreaterThanOrEqual(5);
    for (const { entry, target } of seen.contents) expect(target, `${path}: Contents "${entry}"`).toBe(entry);
  }
  expect(seen.brokenNames, `${path}: names broken inside a word`).toEqual([]);
  expect(seen.orphan, `${path}: one word alone on the title's last line`).toBeNull();
  // A municipality's name never breaks inside a word, in its page's title either. (Other titles
  // still can: a Swedish compound wider than 320 px, such as "Tillgänglighetsredogörelse".)
  if (path.startsWith("/municipalities/")) expect(seen.brokenTitle, `${path}: the title breaks inside a word`).toEqual([]);
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

  await checkFirstScreen(page, language, path);

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

// The journeys and the campaign that the template walk above does not load in every language:
// their first screen only (no axe: the template is the same), so every journey and campaign in
// every language shows a number first and says who each number is for.
const FIRST_SCREEN_ONLY = [...NUMBERS_FIRST, "/campaigns/talk-to-kast", "/municipalities/botkyrka"];
for (const language of supportedLanguages.filter((lng) => lng !== "sv")) {
  test(`/${language}: the first screen of every journey shows a helpline's number`, async ({ page }) => {
    for (const path of FIRST_SCREEN_ONLY.filter((item) => !pathsToCheck(language).includes(item))) {
      const response = await page.goto(`/${language}${path}`);
      expect(response?.status(), path).toBe(200);
      await checkFirstScreen(page, language, path);
    }
  });
}
