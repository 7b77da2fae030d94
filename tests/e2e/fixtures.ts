import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Every browser test fails on a console error or an uncaught page error, wherever it happens.
 * Each test gets its own browser context, so cookies and storage never leak between tests.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  /** Errors a test expects, e.g. chromium's own line about a page that answers 404. */
  expectedConsoleErrors: [[], { option: true }],
  // Wraps the page (only tests that use a browser page pay for it) and checks it at the end.
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "console errors").toEqual([]);
  },
});

export { expect };

/** axe with the WCAG 2.1 A and AA rules; returns the violations in a form that reads well. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/** Where the quick exit goes by default (config.server.ts); tests answer it locally. */
export const QUICK_EXIT_URL = "https://www.google.com/search?q=v%C3%A4der";

/** Stand in for the neutral site so no test reaches the internet; records what it was sent. */
export async function answerQuickExit(page: Page, requests: { referer?: string }[] = []) {
  await page.context().route("https://www.google.com/**", async (route) => {
    requests.push({ referer: route.request().headers()["referer"] });
    await route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>",
    });
  });
}
