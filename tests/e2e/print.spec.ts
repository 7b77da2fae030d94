import jsQR from "jsqr";
import { PNG } from "pngjs";
import { CARDS_PER_SHEET, printables } from "~/data/printables";
import { sampleLanguages } from "./routes";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

/** Reads a QR code the way a phone camera would: from pixels. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

// Sharp pixels for the decoder: three device pixels per CSS pixel.
test.use({ deviceScaleFactor: 3 });

// Every poster and card in Swedish; the young people's card in the sample languages (every page
// of every language, cards included, is also loaded and checked by every-page.spec.ts).
for (const language of sampleLanguages) {
  for (const printable of printables.filter((item) => language === "sv" || item.id === "young-card")) {
    test(`${language}: ${printable.id} prints with a QR code to its page in ${language}`, async ({ page }) => {
      await page.goto(`/${language}/print/${printable.id}`);
      await page.emulateMedia({ media: "print" });

      const sheet = page.locator(`[data-printable='${printable.format}']`);
      await expect(sheet).toHaveCount(printable.format === "card" ? CARDS_PER_SHEET : 1);
      await expect(sheet.last()).toBeVisible();

      const qr = sheet.first().locator("[data-qr-code]");
      await expect(qr.locator("svg")).toHaveCount(1);
      const target = `${baseURL}/${language}/help/${printable.audience}`;
      expect(decodeQr(await qr.screenshot())).toBe(target);
      await expect(sheet.first()).toContainText(target);

      // Only the sheet comes out of the printer.
      await expect(page.locator("a[data-quick-exit]")).toBeHidden();
      for (const navigation of await page.locator("nav, header, footer").all()) await expect(navigation).toBeHidden();
      await expect(page.locator("h1")).toBeHidden();
    });
  }
}

test("a poster fills one A4 page and a card is credit-card sized in print", async ({ page }) => {
  const mm = 96 / 25.4;
  await page.goto("/sv/print/talk-to-kast-poster");
  await page.emulateMedia({ media: "print" });
  const poster = await page.locator("[data-printable='poster']").boundingBox();
  expect(Math.round(poster!.width / mm)).toBe(186);
  await page.goto("/sv/print/young-card");
  await page.emulateMedia({ media: "print" });
  const card = await page.locator("[data-printable='card']").first().boundingBox();
  expect([Math.round(card!.width / mm), Math.round(card!.height / mm)]).toEqual([86, 54]);
});

test("on screen a card page shows one card, its instructions and the quick exit", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/en/print/young-card");
  await expect(page.locator("[data-printable='card']:visible")).toHaveCount(1);
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("a[data-quick-exit]")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe("unknown printables", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown printable is a localized 404", async ({ page }) => {
    const response = await page.goto("/en/print/no-such-card");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
  });
});
