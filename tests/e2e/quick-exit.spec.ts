import { readFileSync } from "node:fs";
import { supportedLanguages } from "~/i18n";
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

  // Issue 22: Shift used as a modifier is not a press (GOV.UK's Exit this page does the same): one
  // Shift+Tab was announced as a press and, 5 s later, "Tiden gick ut…"; three Shift+clicks left.
  test("Shift used with another key or a click is not a press: Shift+Tab, a capital letter, Shift+click", async ({ page }) => {
    await answerQuickExit(page);
    await page.clock.install();
    await page.goto("/sv/services");
    const status = page.locator("[data-quick-exit-status]");
    const exit = page.locator("a[data-quick-exit]");
    const nothingCounted = async (what: string) => {
      await expect(exit, what).not.toHaveAttribute("data-presses", /.*/);
      await expect(status, what).toHaveText("");
    };
    for (let round = 0; round < 3; round += 1) await page.keyboard.press("Shift+Tab");
    await nothingCounted("Shift+Tab ×3");
    // Typing capitals into the search field: Shift held while a letter is pressed.
    await page.locator("#filter-words").focus();
    for (const letter of ["K", "A", "S", "T"]) await page.keyboard.press(`Shift+${letter}`);
    await expect(page.locator("#filter-words")).toHaveValue("KAST");
    await nothingCounted("capitals");
    // Extending a selection: Shift held down through a click, three times.
    const heading = (await page.locator("main h1").boundingBox())!;
    for (let round = 0; round < 3; round += 1) {
      await page.keyboard.down("Shift");
      await page.mouse.click(heading.x + 5 + round * 10, heading.y + heading.height / 2);
      await page.keyboard.up("Shift");
    }
    await nothingCounted("Shift+click ×3");
    // Nor is anything announced later: no "Tiden gick ut" for presses that never were.
    await page.clock.runFor(5_100);
    await nothingCounted("5 s later");
    await expect(page).toHaveURL(/\/sv\/services$/);
    // Shift pressed on its own still counts, right after.
    await page.keyboard.press("Shift");
    await expect(status).toHaveText("Shift: tryck 2 gånger till för att lämna sidan.");
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

  // Issue 22: a tapped link that navigated normally passed every test. A tap must replace the page
  // in the history as a click does: after home → journey → tap, one Back is home, as /safety says.
  test.describe("on a touch screen", () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 320, height: 640 } });

    test("a tap leaves at once, and one Back returns to the page before the one left (home, with its title)", async ({ page }) => {
      const sent: { referer?: string }[] = [];
      await answerQuickExit(page, sent);
      await page.goto("/sv/");
      const homeTitle = await page.title();
      await page.goto("/sv/help/selling");
      await page.locator("a[data-quick-exit]").tap();
      await page.waitForURL(QUICK_EXIT_URL);
      expect(sent).toHaveLength(1);
      await page.goBack();
      await expect(page).toHaveURL(/\/sv\/$/);
      await expect(page).toHaveTitle(homeTitle);
      // The page left is not one Back away, nor the neutral site's forward entry a way back to it.
      await page.goForward();
      await expect(page).toHaveURL(QUICK_EXIT_URL);
    });
  });

  test("tells the Shift×3 shortcut where the button is met: its description, and under it on keyboard focus, in every language", async ({
    page,
  }) => {
    const exit = page.locator("a[data-quick-exit]");
    const hint = page.locator("[data-quick-exit-hint]");
    await page.goto("/sv/");
    await expect(exit).toHaveAccessibleDescription("Kortkommando: tryck på Shift 3 gånger i rad.");
    await expect(hint).toBeHidden();
    // Keyboard: skip link, then 112, then the quick exit, with its note under the bar.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(exit).toBeFocused();
    await expect(hint).toBeVisible();
    const [button, note] = [(await exit.boundingBox())!, (await hint.boundingBox())!];
    expect(note.y).toBeGreaterThanOrEqual(button.y + button.height);
    // Escape dismisses it (WCAG 1.4.13); it is back the next time focus arrives.
    await page.keyboard.press("Escape");
    await expect(hint).toBeHidden();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(hint).toBeVisible();
    for (const language of supportedLanguages) {
      await page.goto(`/${language}/law`);
      const description = (await exit.getAttribute("aria-describedby"))!;
      const text = (await page.locator(`#${description}`).textContent())!;
      expect(text, language).toMatch(/Shift/);
      expect(text, language).toContain("3");
      expect(text, language).not.toBe(await page.locator("[data-quick-exit]").getAttribute("data-msg-reset"));
    }
  });

  test("in forced colours a pressed dot is filled: it differs from the button's own background", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto("/sv/");
    await page.keyboard.press("Shift");
    const colours = await page.locator("a[data-quick-exit]").evaluate((link) => {
      const dots = [...link.querySelectorAll("[aria-hidden] > span")].map((dot) => getComputedStyle(dot).backgroundColor);
      return { button: getComputedStyle(link).backgroundColor, dots };
    });
    expect(colours.dots[0]).not.toBe("rgba(0, 0, 0, 0)");
    expect(colours.dots[0]).not.toBe(colours.button);
    // The two not yet pressed stay empty.
    expect(colours.dots.slice(1)).toEqual(["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]);
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("the shortcut is not offered: no description, no note", async ({ page }) => {
      await page.goto("/sv/");
      await expect(page.locator("a[data-quick-exit]")).not.toHaveAttribute("aria-describedby", /.*/);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(page.locator("a[data-quick-exit]")).toBeFocused();
      await expect(page.locator("[data-quick-exit-hint]")).toBeHidden();
    });

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

  // Issue 22: the page said earlier pages remain only "if someone presses Back several times"; one
  // Back after home → journey → quick exit shows home (the tap test above shows it happening).
  test("the safety page says what one Back does after the quick exit, in every language", async ({ page }) => {
    await page.goto("/sv/safety");
    await expect(page.locator("main")).toContainText("Men ett tryck på Tillbaka visar sidan du läste före den.");
    await expect(page.locator("main")).toContainText("Utan JavaScript visar ett tryck på Tillbaka sidan du lämnade.");
    await expect(page.locator("main")).not.toContainText("flera gånger");
    for (const language of supportedLanguages) {
      const copy = JSON.parse(readFileSync(`locales/${language}/safety.json`, "utf8")) as { button: { back: string }; limits: { earlier: string } };
      await page.goto(`/${language}/safety`);
      const main = page.locator("main");
      await expect(main, language).toContainText(copy.button.back);
      await expect(main, language).toContainText(copy.limits.earlier);
      // It names the page one Back shows: the site's home page.
      expect(copy.button.back, language).toContain("Stödlinjer");
    }
  });

  test("the safety page explains what it does not do", async ({ page }) => {
    await page.goto("/en/safety");
    await expect(page.getByRole("heading", { level: 2, name: "What does the button not do?" })).toBeVisible();
    await expect(page.getByText("The button does not delete your history.")).toBeVisible();
  });
});
