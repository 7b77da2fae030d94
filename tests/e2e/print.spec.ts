import jsQR from "jsqr";
import { PNG } from "pngjs";
import { CARDS_PER_SHEET, printables } from "~/data/printables";
import { shortPaths } from "~/data/short-paths";
import { supportedLanguages } from "~/i18n";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

/** Reads a QR code the way a phone camera would: from pixels. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

const MM = 96 / 25.4; // CSS pixels per millimetre
const PT = 96 / 72; // CSS pixels per point
const host = new URL(baseURL).host;

// Sharp enough pixels for the decoder: two device pixels per CSS pixel (a card's modules are
// then about five pixels wide).
test.use({ deviceScaleFactor: 2 });

// Every printable in every language, one page per printable: printed (print emulation), the QR
// code decoded from pixels, sizes and type measured, nothing cut off.
for (const printable of printables) {
  test(`${printable.id} prints in all ${supportedLanguages.length} languages: QR to its page, sizes, type`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ media: "print" });
    for (const language of supportedLanguages) {
      const where = `${language}/${printable.id}`;
      await page.goto(`/${language}/print/${printable.id}`);

      const sheet = page.locator(`[data-printable='${printable.format}']`);
      await expect(sheet, where).toHaveCount(printable.format === "card" ? CARDS_PER_SHEET : 1);
      await expect(sheet.last(), where).toBeVisible();

      const qr = sheet.first().locator("[data-qr-code]");
      const target = `${baseURL}/${language}/help/${printable.audience}`;
      expect(decodeQr(await qr.screenshot()), where).toBe(target);
      // The printed address is the short one, not the full URL.
      const shortPath = Object.entries(shortPaths).find(([, audience]) => audience === printable.audience)![0];
      await expect(sheet.first().locator("[data-print-role='address']"), where).toHaveText(`${host}/${shortPath}`);

      const m = await sheet.first().evaluate((element) => {
        const box = (node: Element) => node.getBoundingClientRect();
        const sizes = (role: string) =>
          [...element.querySelectorAll(`[data-print-role='${role}']`)].map((node) => parseFloat(getComputedStyle(node).fontSize));
        const qrBox = box(element.querySelector("[data-qr-code]")!);
        return {
          width: box(element).width,
          height: box(element).height,
          overflowX: element.scrollWidth - element.clientWidth,
          overflowY: element.scrollHeight - element.clientHeight,
          qr: Math.min(qrBox.width, qrBox.height),
          heading: sizes("heading"),
          body: sizes("body"),
          number: sizes("number"),
          address: sizes("address"),
        };
      });
      expect(m.overflowX, `${where}: nothing cut off sideways`).toBeLessThanOrEqual(1);
      expect(m.overflowY, `${where}: nothing cut off below`).toBeLessThanOrEqual(1);
      if (printable.format === "card") {
        expect(m.width / MM, where).toBeCloseTo(85.6, 0);
        expect(m.height / MM, where).toBeCloseTo(54, 0);
        expect(m.qr / MM, where).toBeGreaterThanOrEqual(22);
        for (const size of m.body) expect(size / PT, `${where} body`).toBeGreaterThanOrEqual(9);
        for (const size of m.number) expect(size / PT, `${where} number`).toBeGreaterThanOrEqual(14);
        for (const size of m.address) expect(size / PT, `${where} address`).toBeGreaterThanOrEqual(7);
      } else {
        expect(m.width / MM, where).toBeCloseTo(186, 0);
        expect(m.height / MM, `${where}: fits the A4 page`).toBeLessThanOrEqual(273);
        expect(m.qr / MM, where).toBeGreaterThanOrEqual(60);
        // The heading and the number are the largest type on the poster.
        const largest = Math.max(...m.heading, ...m.number);
        for (const size of [...m.body, ...m.address]) expect(size, where).toBeLessThan(largest);
        await expect(sheet.locator("[data-print-role='publisher']"), where).toBeVisible();
      }
    }
    // Only the sheet comes out of the printer (checked once per printable, in the last language).
    await expect(page.locator("a[data-quick-exit]")).toBeHidden();
    for (const navigation of await page.locator("nav, header, footer").all()) await expect(navigation).toBeHidden();
    await expect(page.locator("h1")).toBeHidden();
  });
}

test("the print hub lists every poster and card, each in every language, in every language", async ({ page }) => {
  test.setTimeout(60_000);
  for (const language of supportedLanguages) {
    await page.goto(`/${language}/print`);
    const found = await page.locator("[data-hub-printable]").evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute("data-hub-printable"),
        links: [...item.querySelectorAll("a")].map((a) => new URL(a.href).pathname),
        preview: item.querySelector("[data-thumbnail]") !== null,
      })),
    );
    expect(found.map((item) => item.id).sort(), language).toEqual(printables.map((item) => item.id).sort());
    for (const item of found) {
      expect(item.preview, `${language}: ${item.id} preview`).toBe(true);
      for (const other of supportedLanguages) expect(item.links, `${language}: ${item.id}`).toContain(`/${other}/print/${item.id}`);
    }
    // The footer links here too.
    await expect(page.locator(`footer a[href='/${language}/print']`)).toHaveCount(1);
  }
});

test("on screen at 320 px every card and poster shows whole, without sideways scrolling or broken words", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 700 });
  for (const language of ["sv", "ar", "ru", "th"]) {
    for (const printable of printables) {
      await page.goto(`/${language}/print/${printable.id}`);
      await expect(page.locator(`[data-printable='${printable.format}']:visible`)).toHaveCount(1);
      const where = `${language}/${printable.id}`;
      const result = await page.evaluate(() => {
        const sheet = document.querySelector("[data-printable]")!;
        const box = sheet.getBoundingClientRect();
        // A word broken across lines shows as a text node whose line boxes split inside a word:
        // with overflow-wrap normal and no hyphens, a too-long word would overflow instead.
        const overflowing = [...sheet.querySelectorAll("*")].filter((node) => node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0);
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          left: box.left,
          right: box.right,
          wrap: getComputedStyle(sheet).overflowWrap,
          overflowing: overflowing.map((node) => node.outerHTML.slice(0, 80)),
        };
      });
      expect(result.page, where).toBeLessThanOrEqual(0);
      expect(result.left, where).toBeGreaterThanOrEqual(0);
      expect(result.right, where).toBeLessThanOrEqual(320);
      expect(result.wrap, where).toBe("normal");
      expect(result.overflowing, where).toEqual([]);
    }
  }
  await expect(page.locator("a[data-quick-exit]")).toBeVisible();
});

test("each short printed address redirects to its audience's page, by Accept-Language, with no cookie", async ({
  request,
}) => {
  const cases: [string | undefined, string][] = [
    [undefined, "sv"],
    ["ar", "ar"],
    ["en-GB,en;q=0.9", "en"],
    ["prs", "fa"],
    ["de, th;q=0.5", "th"],
  ];
  for (const [path, audience] of Object.entries(shortPaths)) {
    for (const [acceptLanguage, language] of cases) {
      const response = await request.get(`/${path}`, {
        maxRedirects: 0,
        headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : { "Accept-Language": "" },
      });
      expect(response.status(), `/${path} ${acceptLanguage}`).toBe(302);
      expect(response.headers().location, `/${path} ${acceptLanguage}`).toBe(`/${language}/help/${audience}`);
      expect(response.headers().vary).toMatch(/Accept-Language/i);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }
    // Followed, it ends on the audience page.
    const followed = await request.get(`/${path}`, { headers: { "Accept-Language": "es" } });
    expect(followed.status()).toBe(200);
    expect(new URL(followed.url()).pathname).toBe(`/es/help/${audience}`);
  }
});

test.describe("unknown addresses", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown short path is the localized 404, and so is an unknown printable", async ({ page }) => {
    for (const path of ["/ungdom", "/kasta", "/hjalp", "/xyz"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
    await page.goto("/anhoriga");
    await expect(page.locator("h1")).toHaveText("Page not found");
    const response = await page.goto("/en/print/no-such-card");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
  });
});

test("the professionals' journey links to the print hub within its first screen at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const language of ["sv", "en", "ar"]) {
    await page.goto(`/${language}/help/professionals`);
    const link = page.locator(`main a[href='/${language}/print']`).first();
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.y + box.height, language).toBeLessThanOrEqual(720);
  }
  await page.goto("/sv/campaigns");
  await expect(page.locator("main a[href='/sv/print']")).toHaveCount(1);
});
