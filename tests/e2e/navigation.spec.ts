import { expect, test } from "./fixtures";

test("switching language keeps the page", async ({ page }) => {
  await page.goto("/sv/services/kast");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/services\/kast$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/services\/kast$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("from home, one tap leads to an audience and its services", async ({ page }) => {
  await page.goto("/en/");
  await page.getByRole("link", { name: "I buy sex and want to stop" }).click();
  await expect(page).toHaveURL(/\/en\/help\/buying$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("If you buy sex and want to stop");
  await expect(page.locator("main a[href='tel:+46850825740']")).toBeVisible();
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
