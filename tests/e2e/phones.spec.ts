import { readFileSync } from "node:fs";
import { embeddedServices } from "~/data/services";
import { supportedLanguages } from "~/i18n";
import { factsDial } from "../fixtures/facts-numbers";
import { sampleLanguages } from "./routes";
import { expect, test } from "./fixtures";

// The number a person taps must dial exactly the number FACTS.md gives (E.164, or a short number as
// written), in every language; the expected value is a literal from FACTS.md, never the app's dialNumber.
for (const language of sampleLanguages) {
  test(`every service page dials its numbers from the data (${language})`, async ({ page }) => {
    for (const service of embeddedServices) {
      await page.goto(`/${language}/services/${service.id}`);
      // This service's call buttons ("Svarar ingen?" and "call instead" offer other services' numbers).
      const links = page.locator(`main a[data-call-button][data-service="${service.id}"]`);
      const found = await links.evaluateAll((elements) =>
        elements.map((element) => ({ href: element.getAttribute("href"), text: element.querySelector("bdi")?.textContent?.trim() })),
      );
      const expected = service.phones.map((phone) => ({ href: factsDial(phone.number), text: phone.number }));
      expect(found, service.id).toEqual(expected);
    }
  });
}

test("professional numbers are labelled as such", async ({ page }) => {
  for (const id of ["barnahus", "nmt"]) {
    await page.goto(`/en/services/${id}`);
    await expect(page.locator("main").getByText("For professionals only")).toBeVisible();
  }
  await page.goto("/en/services/kast");
  await expect(page.locator("main").getByText("For professionals only")).toHaveCount(0);
});

test("a call button names who answers and keeps its number; a professionals' number is quieter", async ({ page }) => {
  await page.goto("/sv/services/mikamottagningen");
  const mika = page.locator("main a[data-call-button]");
  await expect(mika).toHaveAccessibleName("Ring Mikamottagningen, 08-508 25 501");
  // The name comes from the visible text, not an aria-label: in a translated page a screen reader
  // then still reads the Swedish name inside it with a Swedish voice (issue 20).
  await expect(mika).not.toHaveAttribute("aria-label", /.*/);
  await expect(mika).toHaveAttribute("href", "tel:+46850825501");
  await expect(mika).toHaveText(/Ring Mikamottagningen,?\s*08-508 25 501/);
  const solid = await mika.evaluate((link) => getComputedStyle(link).backgroundColor);
  await page.goto("/en/services/barnahus");
  const barnahus = page.locator("main a[data-call-button][data-service='barnahus']");
  await expect(barnahus).toHaveAttribute("data-call-button", "professionals");
  await expect(barnahus).toHaveAccessibleName("Call Barnahus, 08-508 25 700");
  await expect(barnahus.locator("[lang='sv']")).toHaveText("Barnahus");
  await expect(page.locator("main").getByText("For professionals only")).toBeVisible();
  expect(await barnahus.evaluate((link) => getComputedStyle(link).backgroundColor)).not.toBe(solid);
  await page.goto("/ar/services/mikamottagningen");
  const arabic = page.locator("main a[data-call-button]");
  await expect(arabic.locator("[lang='sv']")).toHaveText("Mikamottagningen");
  await expect(arabic).toHaveAccessibleName(/Mikamottagningen.*08-508 25 501/);
});

test("Svarar ingen? offers 112 to everyone, Kvinnofridslinjen to people facing violence but not to buyers, BRIS to under-18s", async ({ page }) => {
  const alternatives = async (path: string) => {
    await page.goto(path);
    return page.locator("main [data-no-answer] a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  };
  expect(await alternatives("/sv/services/mikamottagningen")).toEqual(["tel:112", "tel:+4620505050"]);
  expect(await alternatives("/sv/services/kast")).toEqual(["tel:112"]);
  expect(await alternatives("/sv/help/buying")).toEqual(["tel:112"]);
  expect(await alternatives("/sv/help/under-18")).toEqual(["tel:112", "tel:116111"]);
  expect(await alternatives("/sv/services/kvinnofridslinjen")).toEqual([]);
  await page.goto("/sv/services/mikamottagningen");
  await expect(page.locator("main [data-no-answer] a[href='tel:+4620505050']")).toHaveAccessibleName(
    "Ring Kvinnofridslinjen, 020-50 50 50",
  );
  // No hours the facts do not give: BRIS is offered without a word on when it answers.
  await page.goto("/en/help/under-18");
  await expect(page.locator("main [data-no-answer]")).not.toContainText(/day and night.*BRIS|BRIS.*day and night/);
});

test("no guessed number for Preventell or Socialjouren, and a next step that works instead", async ({ page }) => {
  await page.goto("/sv/services/preventell");
  await expect(page.locator("main a[data-call-button]")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("020-66 77 88");
  // Only numbers from the data, none of them the service's own: 112 (Preventell is for buyers: no Kvinnofridslinjen).
  expect(await page.locator("main a[href^='tel:']").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
    "tel:112",
  ]);
  await expect(page.locator("main [data-no-answer]")).toContainText("Behöver du ringa någon nu?");
  await page.goto("/sv/services/socialjouren");
  await expect(page.locator("main a[data-call-button]")).toHaveCount(0);
  expect(await page.locator("main a[href^='tel:']").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
    "tel:112",
    "tel:+4620505050",
  ]);
});

test("professional-only numbers stay off the public lists", async ({ page }) => {
  await page.goto("/sv/services");
  await expect(page.locator("main a[href='tel:+4620390000']")).toHaveCount(0);
  await expect(page.locator("main a[href='tel:+46850825700']")).toHaveCount(0);
  await page.goto("/sv/help/professionals");
  await expect(page.locator("main a[href='tel:+4620390000']")).toHaveCount(1);
  await expect(page.locator("main a[href='tel:+46850825700']")).toHaveCount(1);
});

test("a service page shows its source and the date it was last checked", async ({ page }) => {
  await page.goto("/en/services/kast");
  await expect(page.getByText("City of Stockholm: Action plan against human trafficking and prostitution (2021)")).toBeVisible();
  await expect(page.getByText("Last checked: 23 November 2026")).toBeVisible();
});

test("a service page describes itself in schema.org JSON-LD with the number to dial", async ({ page }) => {
  await page.goto("/en/services/kast");
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!) as Record<string, unknown> & { availableChannel: { servicePhone: { telephone: string } }[] };
  expect(data["@type"]).toBe("GovernmentService");
  expect(data.availableChannel.map((channel) => channel.servicePhone.telephone)).toEqual(["+46850825740"]);
  expect(data.areaServed).toEqual({ "@type": "AdministrativeArea", name: "Stockholm county" });
});

// The hours come from the data (a held field), once: a summary that also typed "Öppet dygnet runt"
// doubled it on Kvinnofridslinjen's card and could outlive a change the source makes.
test("a card in the directory says 'open day and night' once, from the data, in every language", async ({ page }) => {
  for (const language of supportedLanguages) {
    const label = (JSON.parse(readFileSync(`locales/${language}/services.json`, "utf8")) as { hours: { openDayAndNight: string } }).hours
      .openDayAndNight;
    await page.goto(`/${language}/services`);
    const card = page.locator("main li", { has: page.locator("a[href$='/services/kvinnofridslinjen']") }).first();
    const text = (await card.textContent()) ?? "";
    expect(text.split(label).length - 1, `${language}: "${label}" on Kvinnofridslinjen's card`).toBe(1);
  }
});

test("opening hours appear only where the facts give them", async ({ page }) => {
  await page.goto("/en/services");
  await expect(page.locator("main").getByText("Open day and night", { exact: true })).toHaveCount(2);
  await page.goto("/en/services/kvinnofridslinjen");
  await expect(page.locator("main dl")).toContainText("Day and night");
  await page.goto("/en/services/kast");
  await expect(page.locator("main dl")).not.toContainText("Day and night");
});
