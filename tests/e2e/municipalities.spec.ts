import { readFileSync } from "node:fs";
import { municipalities } from "~/data/municipalities";
import { expect, test } from "./fixtures";

const copy = JSON.parse(readFileSync("locales/en/municipalities.json", "utf8"));

test("every municipality of the county has a page with its 2022 status", async ({ request }) => {
  for (const item of municipalities) {
    const response = await request.get(`/en/municipalities/${item.slug}`);
    expect(response.status(), item.slug).toBe(200);
    const html = await response.text();
    expect(html, item.slug).toContain(item.name);
    const status = (copy.status[item.status] as string).replace("{{year}}", "2022");
    expect(html, item.slug).toContain(status);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form finds a municipality and gives it its own address", async ({ page }) => {
    await page.goto("/sv/municipalities");
    await page.getByLabel("Din kommun").selectOption({ label: "Södertälje" });
    await page.getByRole("button", { name: "Visa stödet" }).click();
    await expect(page).toHaveURL(/\/sv\/municipalities\/sodertalje$/);
    await expect(page.locator("h1")).toHaveText("Stöd i Södertälje");
    await expect(page.locator("main")).toContainText("Ansluten 2022");
    // Joined: the offer's services, with numbers that dial; Mikamottagningen and KAST first, each
    // with who it is for above it, before the 2022 status is explained (issue 22).
    const first = page.locator("main [data-call-block='call-now'] a[data-call-button]");
    await expect(first).toHaveCount(2);
    expect(await first.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
      "tel:+46850825501",
      "tel:+46850825740",
    ]);
    await expect(page.locator("main [data-call-block='call-now'] [data-call-for]")).toHaveCount(2);
    await expect(page.locator("main a[href='tel:+46850825740']").last()).toBeVisible();
    await expect(page.locator("main a[href='tel:+46850825501']").last()).toBeVisible();
  });
});

test("a typed name, with or without diacritics, leads to the municipality", async ({ request }) => {
  for (const typed of ["Södertälje", "sodertalje", "UPPLANDS VÄSBY"]) {
    const response = await request.get(`/sv/municipalities?municipality=${encodeURIComponent(typed)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), typed).toBe(302);
    expect(response.headers()["location"], typed).toMatch(/^\/sv\/municipalities\/(sodertalje|upplands-vasby)$/);
  }
});

test("a municipality that had not joined points to its own social services and the national lines", async ({
  page,
}) => {
  await page.goto("/en/municipalities/botkyrka");
  const main = page.locator("main");
  await expect(main).toContainText(copy.status["not-joined"].replace("{{year}}", "2022"));
  await expect(main.locator("a[href='tel:+46850825740']")).toHaveCount(0);
  await expect(main.locator("a[href='tel:112']")).toBeVisible();
  await expect(main.locator("a[href='tel:+4620505050']")).toBeVisible();
  await expect(main.locator("a[href='tel:116111']")).toBeVisible();
  // The regional coordinators work in the whole county (and open the page, as who a resident can
  // call), and the municipality's own website is one tap away.
  expect(
    await main.locator("[data-call-block='call-now'] a[data-call-button]").evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
  ).toEqual(["tel:+46850825669", "tel:+46850843726"]);
  await expect(main.locator("a[href='tel:+46850843726']").last()).toBeVisible();
  await expect(main.locator("a[href='tel:+46850825669']").last()).toBeVisible();
  await expect(main.locator("a[href='https://www.botkyrka.se/']")).toBeVisible();
});

test("every municipality page shows the county's coordinators and links to the municipality's website", async ({
  request,
}) => {
  for (const item of municipalities) {
    const html = await (await request.get(`/sv/municipalities/${item.slug}`)).text();
    expect(html, item.slug).toContain('href="tel:+46850843726"');
    expect(html, item.slug).toContain('href="tel:+46850825669"');
    expect(html, item.slug).toContain(`href="${item.website}"`);
  }
});

test("Stockholm provides the offer: its page never says it joined it", async ({ page }) => {
  await page.goto("/sv/municipalities/stockholm");
  const main = page.locator("main");
  await expect(main).toContainText("Erbjuder stödet");
  await expect(main).not.toContainText("anslutit");
  await expect(main).not.toContainText("Ansluten");
  await expect(main.locator("a[href='tel:+46850825501']").first()).toBeVisible();
});

test("Danderyd is honestly unknown", async ({ page }) => {
  await page.goto("/sv/municipalities/danderyd");
  await expect(page.locator("main")).toContainText("Okänt");
  await expect(page.locator("main")).toContainText("Vi vet inte om Danderyd har anslutit sig");
});

test.describe("unknown municipalities", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown name gets a helpful 404 with the form and the list", async ({ page }) => {
    const response = await page.goto("/en/municipalities?municipality=Gotland");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText(copy.notFoundTitle);
    await expect(page.getByLabel(copy.formLabel)).toBeVisible();
    await expect(page.locator("main a[href^='/en/municipalities/']")).toHaveCount(26);
  });

  test("an unknown address or an absurd query is a 404, never a 500", async ({ request }) => {
    expect((await request.get("/en/municipalities/gotland")).status()).toBe(404);
    expect((await request.get(`/en/municipalities?municipality=${"x".repeat(5000)}`)).status()).toBe(404);
    expect((await request.get("/en/municipalities?municipality=%3Cscript%3E")).status()).toBe(404);
    const twice = await request.get("/en/municipalities?municipality=solna&municipality=nacka", { maxRedirects: 0 });
    expect(twice.status()).toBe(302);
  });
});
