import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Page } from "@playwright/test";

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

/**
 * The axe-core engine that @axe-core/playwright pins (same version, same rules). We inject it and
 * call axe.run ourselves because AxeBuilder.analyze() opens a second page for every analysis: on
 * the 2-core CI machine that made each check 2.4 times slower (2.6 s against 1.1 s per page).
 */
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
const axeSource = readFileSync(requireFromAxePlaywright.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: string[] }[];
}

/** Loads axe into every document the page opens from now on (cheaper than once per check). */
export async function preloadAxe(page: Page) {
  await page.addInitScript({ content: axeSource });
}

/** axe with the WCAG 2.2 A and AA rules; returns the violations in a form that reads well. */
export async function accessibilityViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((results) => results.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) }))),
    WCAG_22_AA,
  );
  return (violations as AxeViolation[]).map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/** Where the quick exit goes by default (app/env.server.ts); tests answer it locally. */
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
