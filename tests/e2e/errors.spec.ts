import { accessibilityViolations, expect, test } from "./fixtures";

test.describe("pages that do not exist", () => {
  // Chromium reports the 404 status of the document itself as a console error: that one is expected.
  test.use({ expectedConsoleErrors: [/status of 404 \(Not Found\)/] });
  const cases = [
    { path: "/sv/no-such-page", lang: "sv", heading: "Sidan finns inte" },
    { path: "/en/services/no-such-service", lang: "en", heading: "Page not found" },
    { path: "/en/help/nobody", lang: "en", heading: "Page not found" },
    { path: "/sv/services/kast/extra", lang: "sv", heading: "Sidan finns inte" },
  ];
  for (const { path, lang, heading } of cases) {
    test(`${path} is a 404 in its language`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("h1")).toHaveText(heading);
      await expect(page.locator("a[data-quick-exit]")).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  test("an unknown language answers 404 in the browser's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    const response = await page.goto("/xx/services");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await context.close();
  });
});

test.describe("odd addresses never break the server", () => {
  // [path, lowest and highest acceptable status], after the 301 that sends another spelling of an
  // address (capitals, encoded dots) to its one address (server/canonical-path.js)
  const odd: [string, number, number][] = [
    ["/sv/%E0%A4%A", 400, 499],
    ["/sv/%00", 400, 499],
    ["/sv-SE/", 404, 404],
    ["/xx/", 404, 404],
    ["/../../etc/passwd", 400, 404],
    ["/sv/services/%2e%2e%2f%2e%2e%2fetc", 400, 404],
    ["/sv/services/<script>alert(1)</script>", 400, 404],
    // An unknown query is ignored: the page itself answers.
    [`/sv/services?q=${"x".repeat(4000)}`, 200, 200],
    [`/sv/services?q=<script>alert(1)</script>`, 200, 200],
  ];
  for (const [path, lowest, highest] of odd) {
    test(`GET ${path.slice(0, 60)}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 1 });
      expect(response.status()).toBeGreaterThanOrEqual(lowest);
      expect(response.status()).toBeLessThanOrEqual(highest);
      const body = await response.text();
      expect(body).not.toContain("<script>alert(1)</script>");
      expect(body).not.toMatch(/at .*\.js:\d+/); // no stack trace
    });
  }

  test("/SV/services is sent on to /sv/services", async ({ request }) => {
    const response = await request.get("/SV/services", { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()["location"]).toBe("/sv/services");
  });

  test("anything but GET and HEAD is refused with 405", async ({ request }) => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const response = await request.fetch("/sv/", { method });
      expect(response.status(), method).toBe(405);
    }
    expect((await request.head("/sv/")).status()).toBe(200);
  });
});
