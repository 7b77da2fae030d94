import { QUICK_EXIT_URL, answerQuickExit, expect, test } from "./fixtures";

test.describe("quick exit", () => {
  test("is a real link to a neutral site that sends no referrer", async ({ page }) => {
    await page.goto("/sv/services/kast");
    const exit = page.locator("a[data-quick-exit]");
    // Seen: "Lämna sidan snabbt"; heard: "Nödläge: Lämna sidan snabbt" (a visually hidden prefix).
    await expect(exit).toHaveAccessibleName("Nödläge: Lämna sidan snabbt");
    await expect(exit.locator(".visually-hidden")).toHaveText("Nödläge:");
    await expect(exit).toHaveAttribute("href", QUICK_EXIT_URL);
    const rel = ((await exit.getAttribute("rel")) ?? "").split(/\s+/);
    expect(rel).toContain("noreferrer");
    expect(rel).toContain("nofollow");
    await expect(exit).not.toHaveAttribute("target", /.+/);
  });

  test("Shift pressed three times leaves, covers the page and keeps Back from returning", async ({ page }) => {
    const sent: { referer?: string }[] = [];
    await answerQuickExit(page, sent);
    await page.goto("/en/");
    await page.goto("/en/help/selling");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(QUICK_EXIT_URL);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.referer).toBeUndefined();

    // location.replace took the page out of the history: Back skips it.
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test("says in the page's language how many Shift presses are left, shows them as dots, and when the count resets", async ({ page }) => {
    await answerQuickExit(page);
    await page.clock.install();
    await page.goto("/sv/");
    const status = page.locator("[data-quick-exit-status]");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(status).toHaveText("");
    const exit = page.locator("a[data-quick-exit]");
    const filledDots = () =>
      exit.locator("[aria-hidden] > span").evaluateAll((dots) =>
        dots.filter((dot) => getComputedStyle(dot).backgroundColor !== "rgba(0, 0, 0, 0)").length,
      );
    await page.keyboard.press("Shift");
    await expect(status).toHaveText("Shift: tryck 2 gånger till för att lämna sidan.");
    expect(await filledDots()).toBe(1);
    await page.keyboard.press("Shift");
    await expect(status).toHaveText("Shift: tryck 1 gång till för att lämna sidan.");
    expect(await filledDots()).toBe(2);
    await page.clock.runFor(5_100);
    await expect(status).toHaveText("Tiden gick ut. Tryck på Shift 3 gånger i rad för att lämna sidan.");
    await expect(exit).not.toHaveAttribute("data-presses", /.*/);
    await expect(page).toHaveURL(/\/sv\/$/);

    // In Tigrinya the same messages come in Tigrinya, rendered by the page (the script has no copy of its own).
    await page.goto("/ti/");
    await page.keyboard.press("Shift");
    await expect(page.locator("[data-quick-exit-status]")).toHaveText(/ካብዚ ገጽ/);
  });

  test("two Shift presses, or other keys between them, do not leave", async ({ page }) => {
    await answerQuickExit(page);
    await page.goto("/en/");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("a");
    await page.keyboard.press("Shift");
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test("clicking covers the page at once; a return from the back/forward cache uncovers it", async ({ page }) => {
    // Hold the neutral site's answer, so the page stays while we look at it.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route("https://www.google.com/**", async (route) => {
      await held;
      await route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" });
    });
    await page.goto("/sv/");
    const seen = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>("a[data-quick-exit]")!.click();
      const cover = document.querySelector(".quick-exit-cover");
      const coveredAtOnce = cover !== null && getComputedStyle(cover).position === "fixed";
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
      return { coveredAtOnce, uncovered: document.querySelector(".quick-exit-cover") === null };
    });
    expect(seen).toEqual({ coveredAtOnce: true, uncovered: true });
    release();
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("the plain link still leaves", async ({ page }) => {
      const sent: { referer?: string }[] = [];
      await answerQuickExit(page, sent);
      await page.goto("/ar/services");
      await page.locator("a[data-quick-exit]").click();
      await page.waitForURL(QUICK_EXIT_URL);
      expect(sent[0]?.referer).toBeUndefined();
    });
  });

  test("stays in view while scrolling and covers no content at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/sv/services");
    const exit = page.locator("a[data-quick-exit]");
    const bar = await exit.evaluate((element) => element.closest("div[class]")!.parentElement!.getBoundingClientRect().bottom);
    const header = await page.locator("header").boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(bar - 0.5);

    await page.mouse.wheel(0, 2000);
    await expect(exit).toBeInViewport();
    const box = await exit.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(120);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  for (const language of ["sv", "en", "ar"]) {
    test(`keeps to one slim row with "Call 112" at 320 px (${language})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${language}/`);
      const exit = await page.locator("a[data-quick-exit]").boundingBox();
      const call = await page.locator('a[href="tel:112"]').first().boundingBox();
      // Side by side: the two share a row, so the sticky bar takes little of a small screen.
      expect(Math.abs(exit!.y + exit!.height / 2 - (call!.y + call!.height / 2))).toBeLessThan(8);
      expect(call!.height).toBeGreaterThanOrEqual(44);
    });
  }

  test("is hidden in print", async ({ page }) => {
    await page.goto("/sv/");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("a[data-quick-exit]")).toBeHidden();
  });

  test("the safety page explains what it does not do", async ({ page }) => {
    await page.goto("/en/safety");
    await expect(page.getByRole("heading", { level: 2, name: "What does the button not do?" })).toBeVisible();
    await expect(page.getByText("The button does not delete your history.")).toBeVisible();
  });
});
