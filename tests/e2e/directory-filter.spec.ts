import { accessibilityViolations, expect, test } from "./fixtures";
import { sampleLanguages } from "./routes";

test.describe("filtering the directory", () => {
  test.use({ javaScriptEnabled: false });

  test("a 16-year-old finds support for under-18s, without JavaScript, in a shareable URL", async ({ page }) => {
    await page.goto("/en/services");
    await page.getByLabel("Who are you?").selectOption("under-18");
    await page.getByLabel("Your age (if you want)").fill("16");
    await page.getByRole("button", { name: "Show support lines" }).click();
    await expect(page).toHaveURL(/\/en\/services\?audience=under-18&age=16&q=#results$/);
    const results = page.locator("main h3 a");
    await expect(page.getByRole("heading", { name: /^Results: \d+$/ })).toBeVisible();
    await expect(results.filter({ hasText: "Stödcentrum" })).toHaveCount(1);
    await expect(results.filter({ hasText: "BRIS" })).toHaveCount(1);
    await expect(results.filter({ hasText: "KAST" })).toHaveCount(0);
    const count = Number((await page.getByRole("heading", { name: /^Results:/ }).textContent())!.replace(/\D/g, ""));
    await expect(results).toHaveCount(count);
    // The form remembers the choices.
    await expect(page.getByLabel("Your age (if you want)")).toHaveValue("16");
  });

  // Sent, the form's answer opens at its results (the action carries #results: no script), the
  // heading that says how many matched is focused and in view, under the sticky bar; with an
  // error, the error summary is what opens instead. Every sample language, at 320 × 640.
  for (const language of sampleLanguages) {
    test(`the answer opens at #results, focused, saying how many matched (${language})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${language}/services`);
      await expect(page.locator("form[role='search']")).toHaveAttribute("action", `/${language}/services#results`);
      await page.locator("#filter-audience").selectOption("selling");
      await page.locator("form[role='search'] button[type='submit']").click();
      await expect(page).toHaveURL(/\?audience=selling&age=&q=#results$/);
      const heading = page.locator("h2#results");
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport({ ratio: 1 });
      const bar = await page.locator("[data-quick-exit]").evaluate((link) => link.getBoundingClientRect().bottom);
      expect((await heading.boundingBox())!.y, "below the sticky bar").toBeGreaterThanOrEqual(bar);
      // The count is the number of services listed, written as the data says it.
      const listed = await page.locator("main li h3 a").count();
      expect(listed).toBeGreaterThan(0);
      expect(Number(await heading.getAttribute("data-results-count"))).toBe(listed);
      await expect(heading).toContainText(String(listed));

      await page.goto(`/${language}/services`);
      await page.locator("#filter-age").fill("abc");
      await page.locator("form[role='search'] button[type='submit']").click();
      const errors = page.locator("#results");
      await expect(errors).toBeFocused();
      await expect(errors.locator("[data-error-summary]")).toBeVisible();
      await expect(errors).toBeInViewport();
    });
  }

  test("free and anonymous keep only what the sources promise", async ({ page }) => {
    await page.goto("/sv/services?free=1&anonymous=1");
    await expect(page.locator("main h3 a")).toHaveText([/^KAST/, /^Mikamottagningen/]);
    await expect(page.getByLabel("Bara stöd som är gratis")).toBeChecked();
  });

  test("words find a service by its Swedish name from another language", async ({ page }) => {
    await page.goto("/ar/services?q=kvinnofridslinjen");
    await expect(page.locator("main h3 a")).toHaveCount(1);
  });

  test("no results says so and offers a way back", async ({ page }) => {
    await page.goto("/en/services?q=zzzzzz");
    await expect(page.getByRole("heading", { name: "Results: 0" })).toBeVisible();
    await expect(page.getByText("No support line fits all your choices.")).toBeVisible();
    await page.getByRole("link", { name: "Show all support lines" }).click();
    await expect(page).toHaveURL(/\/en\/services$/);
    await expect(page.locator("main h3 a")).toHaveCount(16);
  });

  test("a broken link still shows the directory and says what it ignored", async ({ page }) => {
    const response = await page.goto(`/en/services?age=abc&audience=nobody&q=${"x".repeat(300)}`);
    expect(response?.status()).toBe(200);
    const summary = page.locator("[data-error-summary]");
    await expect(summary.getByText("The age must be a number.")).toBeVisible();
    await expect(summary.getByText("We do not recognise that choice.")).toBeVisible();
    await expect(summary.getByText("The search was too long.")).toBeVisible();
    await expect(page.locator("main h3 a")).toHaveCount(16);
  });

  test("an error is announced: summary first, Fel: in the title, message beside the field, value kept", async ({ page }) => {
    await page.goto("/sv/services?age=abc");
    await expect(page).toHaveTitle(/^Fel: /);
    // The summary comes before the heading and the form, is announced, and links to the field.
    const summary = page.locator("main [data-error-summary]");
    await expect(summary).toHaveAttribute("role", "alert");
    await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Det finns ett problem");
    const first = await page.locator("main h1, main [data-error-summary]").first().getAttribute("data-error-summary");
    expect(first).toBe("");
    await expect(summary.getByRole("link")).toHaveAttribute("href", "#filter-age");
    // The field: invalid, described by its hint and its message, the typed value kept, no `pattern`.
    const age = page.locator("#filter-age");
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await expect(age).toHaveValue("abc");
    await expect(age).not.toHaveAttribute("pattern", /.*/);
    const describedBy = (await age.getAttribute("aria-describedby"))!.split(" ");
    expect(describedBy).toContain("filter-age-error");
    await expect(page.locator("#filter-age-error")).toHaveText(/^Fel: Åldern måste vara/);
    await expect(age).toHaveAccessibleDescription(/Åldern måste vara/);
    // A valid page has none of it.
    await page.goto("/sv/services?age=16");
    await expect(page).not.toHaveTitle(/^Fel: /);
    await expect(page.locator("[data-error-summary]")).toHaveCount(0);
    await expect(page.locator("#filter-age")).not.toHaveAttribute("aria-invalid", /.*/);
  });

});

// axe runs inside the page, so these run with JavaScript on.
for (const language of ["sv", "en", "ar"]) {
  test(`a filtered page is accessible (${language})`, async ({ page }) => {
    await page.goto(`/${language}/services?audience=professionals&age=30&professionals=1&q=a`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`/${language}/services?q=zzzz&age=x`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}
