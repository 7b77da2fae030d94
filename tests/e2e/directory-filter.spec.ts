import { supportedLanguages } from "~/i18n";
import { accessibilityViolations, expect, test } from "./fixtures";
import { sampleLanguages } from "./routes";

test.describe("filtering the directory", () => {
  test.use({ javaScriptEnabled: false });

  test("a 16-year-old finds support for under-18s, without JavaScript, in a shareable URL", async ({ page }) => {
    await page.goto("/en/services");
    await page.getByRole("group", { name: "Who are you?" }).getByLabel("I am under 18").check();
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
    await expect(page.getByRole("group", { name: "Who are you?" }).getByLabel("I am under 18")).toBeChecked();
  });

  // Sent, the form's answer opens at its results (the action carries #results: no script), the
  // heading that says how many matched is focused and in view, under the sticky bar; with an
  // error, the error summary is what opens instead. Every sample language, at 320 × 640.
  for (const language of sampleLanguages) {
    test(`the answer opens at #results, focused, saying how many matched (${language})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${language}/services`);
      await expect(page.locator("form[role='search']")).toHaveAttribute("action", `/${language}/services#results`);
      await page.locator("input[name='audience'][value='selling']").check();
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

  // "Vem är du?" is a group of radios: a closed select cut "Jag säljer eller har sålt sex" to "…sålt se"
  // at 320 px. Every choice is read whole, each a 44 px target, in every language.
  test("every 'who are you?' choice shows whole at 320 px and is a 44 px target, in every language", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const language of supportedLanguages) {
      await page.goto(`/${language}/services?audience=buying`);
      const choices = page.locator("form[role='search'] fieldset:has(input[name='audience']) label");
      await expect(choices, language).toHaveCount(6);
      await expect(page.locator("input[name='audience'][value='buying']"), language).toBeChecked();
      const boxes = await choices.evaluateAll((labels) =>
        labels.map((label) => {
          const box = label.getBoundingClientRect();
          return { text: label.textContent, clipped: label.scrollWidth > label.clientWidth + 1, right: box.right, height: box.height };
        }),
      );
      for (const box of boxes) {
        expect(box.clipped, `${language}: ${box.text}`).toBe(false);
        expect(box.right, `${language}: ${box.text} inside the screen`).toBeLessThanOrEqual(320);
        expect(box.height, `${language}: ${box.text}`).toBeGreaterThanOrEqual(44);
      }
    }
  });

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
    await expect(summary.getByText("Enter the age in whole years, from 0 to 120.")).toBeVisible();
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
    // It leads to the field with its label, hint and message (the next Tab is the field itself).
    await expect(summary.getByRole("link")).toHaveAttribute("href", "#filter-age-field");
    await expect(page.locator("#filter-age-field #filter-age")).toHaveCount(1);
    // The field: invalid, described by its hint and its message, the typed value kept, no `pattern`.
    const age = page.locator("#filter-age");
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await expect(age).toHaveValue("abc");
    await expect(age).not.toHaveAttribute("pattern", /.*/);
    const describedBy = (await age.getAttribute("aria-describedby"))!.split(" ");
    expect(describedBy).toContain("filter-age-error");
    await expect(page.locator("#filter-age-error")).toHaveText("Fel: Skriv åldern i hela år, från 0 till 120. Vi visar stödlinjer för alla åldrar.");
    await expect(age).toHaveAccessibleDescription(/Skriv åldern i hela år, från 0 till 120\./);
    // A valid page has none of it.
    await page.goto("/sv/services?age=16");
    await expect(page).not.toHaveTitle(/^Fel: /);
    await expect(page.locator("[data-error-summary]")).toHaveCount(0);
    await expect(page.locator("#filter-age")).not.toHaveAttribute("aria-invalid", /.*/);
  });

  // Issue 22, WCAG 3.3.3: the message says the rule, whatever was wrong with the age.
  test("a wrong age is told the rule: a whole number of years from 0 to 120", async ({ page }) => {
    for (const age of ["150", "-3", "12.5", "abc"]) {
      await page.goto(`/en/services?age=${encodeURIComponent(age)}`);
      await expect(page.locator("#filter-age-error"), age).toHaveText("Error: Enter the age in whole years, from 0 to 120. We show support lines for all ages.");
      await expect(page.locator("#filter-age"), age).toHaveValue(age);
    }
  });

  // Issue 22: a 15-year-old typing her age in her own script gets the under-18 link too.
  test("an age in Arabic-Indic, Persian or Thai digits is read as the age", async ({ page }) => {
    for (const [language, age] of [
      ["ar", "١٥"],
      ["fa", "۱۵"],
      ["th", "๑๕"],
    ] as const) {
      await page.goto(`/${language}/services?age=${encodeURIComponent(age)}`);
      await expect(page.locator("[data-error-summary]"), language).toHaveCount(0);
      await expect(page.locator(`main a[href='/${language}/help/under-18']`), language).toBeVisible();
      await expect(page.locator("#filter-age"), language).toHaveValue("15");
    }
  });

  test("the municipality form sent empty is answered by the page, in its language, without the browser's message", async ({ page }) => {
    for (const [language, message, submit] of [
      ["sv", "Välj din kommun i listan.", "Visa stödet"],
      ["ar", "يُرجى اختيار بلديتك من القائمة.", null],
      ["th", "เลือกเทศบาลของคุณจากรายการ", null],
    ] as const) {
      await page.goto(`/${language}/municipalities`);
      await expect(page.locator("#municipality")).not.toHaveAttribute("required", /.*/);
      await page.locator("main form button[type=submit]").first().click();
      await expect(page).toHaveURL(new RegExp(`/${language}/municipalities\\?municipality=$`));
      if (submit) await expect(page.locator("main form button[type=submit]").first()).toHaveText(submit);
      await expect(page).toHaveTitle(/^\S+.*: /);
      const summary = page.locator("main [data-error-summary]");
      await expect(summary).toHaveAttribute("role", "alert");
      await expect(summary.getByRole("link")).toHaveText(message);
      await expect(summary.getByRole("link")).toHaveAttribute("href", "#municipality-field");
      const select = page.locator("#municipality");
      await expect(select).toHaveAttribute("aria-invalid", "true");
      await expect(select).toHaveAccessibleDescription(new RegExp(`${message.replace(/\./g, "\\.")}$`));
    }
    const response = await page.goto("/sv/municipalities?municipality=");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Fel: /);
  });
});

// Issue 22, WCAG 2.4.11 at 320 × 640: following an error's link showed the field under the sticky
// bar, its label and hint hidden. Now the label, hint, message and field are all seen below the bar.
for (const [path, field, parts] of [
  ["/services?age=abc", "#filter-age-field", ["label", "#filter-age-hint", "#filter-age-error", "#filter-age"]],
  ["/municipalities?municipality=", "#municipality-field", ["label", "#municipality-error", "#municipality"]],
] as const) {
  test(`an error's link shows the field whole below the sticky bar at 320 × 640, in every language: ${path}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const language of supportedLanguages) {
      await page.goto(`/${language}${path}`);
      await page.locator("main [data-error-summary] a").first().click();
      const bar = (await page.locator("[data-safety-bar]").boundingBox())!;
      for (const part of parts) {
        const box = (await page.locator(`${field} ${part}`).first().boundingBox())!;
        expect(box.y, `${language} ${part}: below the bar`).toBeGreaterThanOrEqual(bar.y + bar.height - 0.5);
        expect(box.y + box.height, `${language} ${part}: on the screen`).toBeLessThanOrEqual(640);
      }
      // The next Tab is the field.
      await page.keyboard.press("Tab");
      await expect(page.locator(parts.at(-1)!), language).toBeFocused();
    }
  });
}

// axe runs inside the page, so these run with JavaScript on.
for (const language of ["sv", "en", "ar"]) {
  test(`a filtered page is accessible (${language})`, async ({ page }) => {
    await page.goto(`/${language}/services?audience=professionals&age=30&professionals=1&q=a`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`/${language}/services?q=zzzz&age=x`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}
