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
  await page.locator("header summary").click();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/services\/kast$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("header summary").click();
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/services\/kast$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switcher lists every language by its own name and keeps the page and query", async ({ page }) => {
    await page.goto("/sv/services?age=16");
    const summary = page.locator("header summary");
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
  await page.goto("/sv/services");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hoppa till innehållet" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
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
