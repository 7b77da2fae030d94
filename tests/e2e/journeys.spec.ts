import { readFileSync } from "node:fs";
import { journeys } from "~/data/journeys";
import { embeddedServices } from "~/data/services";
import { sampleLanguages } from "./routes";
import { factsDial } from "../fixtures/facts-numbers";
import { expect, test } from "./fixtures";

/** The copy as a reader sees it, straight from the locale files. */
function copy(language: string, ns: string): Record<string, any> {
  return JSON.parse(readFileSync(`locales/${language}/${ns}.json`, "utf8"));
}

const phoneOf = (service: string, index: number) =>
  embeddedServices.find((item) => item.id === service)!.phones[index]!;

// Each journey: one tap from home, the right numbers first, the questions in order.
for (const language of sampleLanguages) {
  for (const journey of Object.values(journeys)) {
    test(`${language}: from home, one tap to "${journey.audience}" and its numbers`, async ({ page }) => {
      const audiences = copy(language, "audiences");
      await page.goto(`/${language}/`);
      await page.getByRole("link", { name: audiences[journey.audience].choice, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${language}/help/${journey.audience}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(audiences[journey.audience].title);

      // What the reader can do now comes first: the box right under the title dials the right numbers.
      const first = page.locator("#call-now").locator("..");
      const dialled = await first
        .locator("a[data-call-button]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(dialled).toEqual(journey.callFirst.map((ref) => factsDial(phoneOf(ref.service, ref.phone).number)));

      // Every service the journey names is listed (a link to its page), with every number the reader may call.
      const main = page.locator("main");
      const visibleLinks = await main
        .locator("a[href]")
        .evaluateAll((links) =>
          links.filter((link) => link.getClientRects().length > 0).map((link) => link.getAttribute("href"))
        );
      for (const id of journey.services) {
        expect(visibleLinks, `${journey.audience}: ${id}`).toContain(`/${language}/services/${id}`);
        const service = embeddedServices.find((item) => item.id === id)!;
        for (const phone of service.phones) {
          if (phone.audience === "public" || journey.forProfessionals) {
            expect(visibleLinks, `${journey.audience}: ${id}`).toContain(factsDial(phone.number));
          }
        }
      }

      // The questions in the order.
      const journeyCopy = copy(language, "journeys")[journey.audience];
      const expected = journey.sections
        .filter((section) => section !== "onwards")
        .map((section) => journeyCopy[section].heading as string);
      const headings = (await main.locator("h2").allTextContents()).map((text) => text.trim());
      expect(headings.filter((heading) => expected.includes(heading))).toEqual(expected);
    });
  }
}

test("professional-only numbers appear on the professionals' journey and nowhere else", async ({ page }) => {
  for (const journey of Object.values(journeys)) {
    await page.goto(`/sv/help/${journey.audience}`);
    const nmt = page.locator("main a[href='tel:+4620390000']");
    const barnahus = page.locator("main a[href='tel:+46850825700']");
    await expect(nmt).toHaveCount(journey.forProfessionals ? 1 : 0);
    await expect(barnahus).toHaveCount(journey.forProfessionals ? 1 : 0);
  }
});

test("the buyer's page starts with KAST and states the law with data from app/data/law.ts", async ({ page }) => {
  await page.goto("/en/help/buying");
  await expect(page.locator("#call-now ~ div a[href^='tel:']").first()).toHaveAttribute("href", "tel:+46850825740");
  const law = page.locator("main section", { has: page.locator("#law") });
  await expect(law).toContainText("6 kap. 11 §");
  await expect(law).toContainText("1 year");
  await expect(law).toContainText("1 July 2025");
  await expect(law).toContainText("6 kap. 9 §");
  await expect(law).toContainText("4 years");
});

test("the under-18 page is honest about reports of concern", async ({ page }) => {
  await page.goto("/en/help/under-18");
  await expect(page.locator("#anonymity ~ p").first()).toContainText("orosanmälan");
});

test("a youth clinic worker prints a card for a young person in Arabic from the professionals' page", async ({
  page,
}) => {
  await page.goto("/sv/help/professionals");
  const cards = page.locator("section", { has: page.locator("#cards") });
  await cards.locator("a[hreflang='ar'][href='/ar/print/young-card']").click();
  await expect(page).toHaveURL(/\/ar\/print\/young-card$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("[data-printable='card']").first()).toBeVisible();
});
