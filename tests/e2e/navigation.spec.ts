import { readFileSync } from "node:fs";
import { supportedLanguages, type Language } from "~/i18n";
import { languageTag } from "~/utils/language-tag";
import { expect, test } from "./fixtures";

/** A language's name for itself, from its own locale file. */
function endonym(language: Language): string {
  return JSON.parse(readFileSync(`locales/${language}/common.json`, "utf8")).languageName;
}

test("switching language keeps the page", async ({ page }) => {
  await page.goto("/sv/services/kast");
  await page.locator("header [data-language-switcher] > summary").click();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/services\/kast$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("header [data-language-switcher] > summary").click();
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/services\/kast$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switcher lists every language by its own name and keeps the page and query", async ({ page }) => {
    await page.goto("/sv/services?age=16");
    const summary = page.locator("header [data-language-switcher] > summary");
    await expect(summary).toContainText("Välj språk");
    await expect(summary).toContainText("Choose language");
    const links = page.locator("header details a[hreflang]");
    await expect(links.first()).toBeHidden();
    await summary.click();
    await expect(links).toHaveCount(supportedLanguages.length);
    for (const language of supportedLanguages) {
      const link = page.locator(`header details a[hreflang="${languageTag(language)}"]`);
      await expect(link).toHaveAttribute("href", `/${language}/services?age=16`);
      await expect(link).toHaveAttribute("lang", languageTag(language));
      expect((await link.textContent())?.trim()).toBe(endonym(language));
    }
    await expect(page.locator(`header details a[aria-current="true"]`)).toHaveText("Svenska");
  });
});

test("from home, one tap leads to an audience and its services", async ({ page }) => {
  await page.goto("/en/");
  await page.getByRole("link", { name: "I buy sex and want to stop" }).click();
  await expect(page).toHaveURL(/\/en\/help\/buying$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("If you buy sex and want to stop");
  await expect(page.locator("main a[href='tel:+46850825740']").first()).toBeVisible();
});

test("every audience is one tap from home", async ({ page }) => {
  await page.goto("/sv/");
  const choices = page.locator("main a[href^='/sv/help/']");
  await expect(choices).toHaveCount(5);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/sv/services");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hoppa till innehållet" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // Focused, it takes its own strip above the bar: it covers neither the quick exit nor 112.
  const skipBox = (await skip.boundingBox())!;
  for (const other of [page.locator("a[data-quick-exit]"), page.locator("a[href='tel:112']").first()]) {
    const box = (await other.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(skipBox.y + skipBox.height - 0.5);
  }
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const language of ["sv", "ar"]) {
  for (const path of ["/", "/services/regional-coordinators"]) {
    test(`no sideways scrolling at 320 px: /${language}${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${language}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test("on a phone the menu folds into Meny, a <details> that opens without JavaScript; wide screens show it open", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto("/sv/law");
  const menu = page.locator("header [data-menu]");
  await expect(menu.locator("summary")).toHaveText("Meny");
  const link = menu.getByRole("link", { name: "Lagen", exact: true });
  await expect(link).toBeHidden();
  await menu.locator("summary").click();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("aria-current", "page");
  // The language button: a globe and the language's own name, still named "Välj språk / Choose language".
  const language = page.locator("header [data-language-switcher] > summary");
  await expect(language).toHaveAccessibleName(/Välj språk \/ Choose language/);
  await expect(language).toContainText("Svenska");
  expect((await language.locator("span").first().boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(menu).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Lagen", exact: true })).toBeVisible();
  await context.close();
});

// WCAG 2.4.11 with 1.4.12 text spacing: the sticky bar grows, and focus must not end up under it.
// (The text-spacing bookmarklet's style sheet is injected, as a reader's would be: CSP bypassed for it.)
test.describe("text spacing", () => {
test.use({ bypassCSP: true });
for (const path of ["/sv/municipalities", "/sv/help/professionals"]) {
  test(`with text spacing, no tab stop ends under the sticky bar, forwards or back: ${path}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.addStyleTag({
      content: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }",
    });
    const stops = await page.locator("a[href], summary, input, select, button, [tabindex='0']").count();
    const hidden: string[] = [];
    for (const key of ["Tab", "Shift+Tab"]) {
      for (let index = 0; index < stops + 2; index += 1) {
        await page.keyboard.press(key);
        const state = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          const bar = document.querySelector("[data-safety-bar]")!;
          if (!focused || focused === document.body || bar.contains(focused)) return null;
          const box = focused.getBoundingClientRect();
          const { top: barTop, bottom: barBottom } = bar.getBoundingClientRect();
          return { text: (focused.textContent ?? "").trim().slice(0, 30), top: box.top, bottom: box.bottom, barTop, barBottom };
        });
        // Under the bar: any part of it behind the bar (the skip link, above the bar, is not).
        if (state && state.top < state.barBottom - 1 && state.bottom > state.barTop + 1) {
          hidden.push(`${key} ${state.text} ${Math.round(state.top)}<${Math.round(state.barBottom)}`);
        }
      }
    }
    expect(hidden).toEqual([]);
  });
}
});

test("the page works at 200% zoom (640 px viewport, text twice as large)", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 480 });
  await page.goto("/sv/services/kast");
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator("a[data-quick-exit]")).toBeInViewport();
});

test("the header reaches every main page, and inner pages show where they are", async ({ page }) => {
  await page.goto("/en/");
  const menu = page.getByRole("navigation", { name: "Main menu" });
  for (const [name, path] of [
    ["The law", "/en/law"],
    ["Anonymity", "/en/anonymity"],
    ["Your municipality", "/en/municipalities"],
  ]) {
    await expect(menu.getByRole("link", { name, exact: true })).toHaveAttribute("href", path!);
  }
  await menu.getByRole("link", { name: "The law", exact: true }).click();
  await expect(menu.getByRole("link", { name: "The law", exact: true })).toHaveAttribute("aria-current", "page");
  const crumbs = page.getByRole("navigation", { name: "You are here" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home"]);
  await expect(crumbs.locator("[aria-current='page']")).toHaveText("What does the law say?");

  await page.goto("/en/campaigns/talk-to-kast");
  await expect(crumbs.getByRole("link")).toHaveText(["Home", "Campaigns"]);
});

test("the footer links the pages about the site", async ({ page }) => {
  await page.goto("/sv/services");
  const footer = page.locator("footer");
  for (const path of ["/sv/about", "/sv/privacy", "/sv/accessibility", "/sv/campaigns", "/sv/open-data"]) {
    await expect(footer.locator(`a[href='${path}']`)).toHaveCount(1);
  }
});

test("the law page's table takes every section and penalty from the data", async ({ page }) => {
  await page.goto("/sv/law");
  const rows = page.locator("main table tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("BrB 6 kap. 11 §");
  await expect(rows.nth(0)).toContainText("fängelse i högst 1 år");
  await expect(rows.nth(1)).toContainText("BrB 6 kap. 9 §");
  await expect(rows.nth(2)).toContainText("grovt brott: fängelse i lägst 2 år och högst 10 år");
  await expect(rows.nth(3)).toContainText("BrB 4 kap. 1 a §");
  await expect(page.locator("main")).toContainText("Senast kontrollerad:");
});

test("the law table fits at 320 and 1280 px in every language: stacked on a phone, cells wrap, sections on one line", async ({
  page,
}) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const language of supportedLanguages) {
      await page.goto(`/${language}/law`);
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits, `${language} at ${width}`).toBe(true);
      const region = page.locator("main [role=region]").first();
      expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth), `${language} table at ${width}`).toBe(true);
      // A penalty cell wraps (the table's class once carried "nowrap" to every cell).
      const cell = page.locator("main table tbody td").nth(1);
      expect(await cell.evaluate((el) => getComputedStyle(el).whiteSpace), language).toBe("normal");
      const reference = page.locator("main table tbody td bdi").first();
      expect(await reference.evaluate((el) => getComputedStyle(el).whiteSpace), language).toBe("nowrap");
      const display = await page.locator("main table tbody tr").first().evaluate((el) => getComputedStyle(el).display);
      expect(display, `${language} at ${width}`).toBe(width === 320 ? "block" : "table-row");
    }
  }
});

test("the accessibility statement links DIGG's complaint form without sending a referrer", async ({ page }) => {
  await page.goto("/en/accessibility");
  const digg = page.locator("main a[href='https://www.digg.se/tdosanmalan']");
  await expect(digg).toHaveAttribute("rel", "noreferrer");
});
