import { readFileSync } from "node:fs";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { CARDS_PER_SHEET, printables } from "~/data/printables";
import { shortPaths } from "~/data/short-paths";
import { supportedLanguages } from "~/i18n";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Light enough to count as paper (the quiet zone must be paper, not ink). */
const isLight = (image: PNG, x: number, y: number) => {
  const at = (Math.round(y) * image.width + Math.round(x)) * 4;
  return image.data[at]! + image.data[at + 1]! + image.data[at + 2]! > 3 * 200;
};

/**
 * Reads the QR code inside `box` (a card, a poster: device pixels of a full-page screenshot) the
 * way a phone camera would, from pixels; then looks at the four modules of paper around the
 * symbol in the full page, where a scanner needs them (ISO/IEC 18004 quiet zone). Returns what it
 * encodes and the share of that band that is not paper.
 */
function readQr(image: PNG, box: Box): { text: string; quietZoneInk: number } | null {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const width = Math.min(image.width - left, Math.ceil(box.width));
  const height = Math.min(image.height - top, Math.ceil(box.height));
  const part = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const from = ((top + row) * image.width + left) * 4;
    part.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  const code = jsQR(part, width, height, { inversionAttempts: "dontInvert" });
  if (!code) return null;
  const { topLeftCorner: a, topRightCorner: b, bottomLeftCorner: c } = code.location;
  const modules = code.version * 4 + 17;
  const symbol = { x0: left + Math.min(a.x, c.x), x1: left + b.x, y0: top + Math.min(a.y, b.y), y1: top + c.y };
  const module = (symbol.x1 - symbol.x0) / modules;
  // The band from half a module outside the symbol (its edge is anti-aliased) to four modules out.
  let ink = 0;
  let all = 0;
  const inner = module / 2;
  const outer = module * 4;
  for (let y = symbol.y0 - outer; y <= symbol.y1 + outer; y += 1) {
    for (let x = symbol.x0 - outer; x <= symbol.x1 + outer; x += 1) {
      const inside = x > symbol.x0 - inner && x < symbol.x1 + inner && y > symbol.y0 - inner && y < symbol.y1 + inner;
      if (inside) continue;
      all += 1;
      if (x < 0 || y < 0 || x >= image.width || y >= image.height || !isLight(image, x, y)) ink += 1;
    }
  }
  return { text: code.data, quietZoneInk: ink / all };
}

const MM = 96 / 25.4; // CSS pixels per millimetre
const PT = 96 / 72; // CSS pixels per point
const host = new URL(baseURL).host;

// Sharp enough pixels for the decoder: two device pixels per CSS pixel (a card's modules are
// then about five pixels wide).
const SCALE = 2;
test.use({ deviceScaleFactor: SCALE });

/** Where every code of a sheet is read from the whole page's pixels. */
const FULL_PAGE_LANGUAGES = ["sv", "ar", "th", "ru"];

/** The smallest box around all of these. */
function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** A box grown by `by` CSS px on every side. */
function around(box: Box, by: number): Box {
  return { x: Math.max(0, box.x - by), y: Math.max(0, box.y - by), width: box.width + 2 * by, height: box.height + 2 * by };
}

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

      // Every card's code (and the poster's), read from the printed page's pixels, each with the
      // paper of its quiet zone around it. Reading a whole page's pixels costs about 2.5 s here, so
      // all eight cards are read from the full page in four languages (left to right, right to
      // left, Thai, Cyrillic); in the others the first card's code is read from a cut of the page
      // and every code's quiet zone is measured in the layout (no other box within it).
      const target = `${baseURL}/${language}/help/${printable.audience}`;
      const boxes = await sheet.evaluateAll((items) =>
        items.map((item) => {
          const pageBox = (element: Element) => {
            const { left, top, width, height } = element.getBoundingClientRect();
            return { x: left + window.scrollX, y: top + window.scrollY, width, height };
          };
          const qr = item.querySelector("[data-qr-code]")!;
          const path = qr.querySelector("svg path:not([fill='#ffffff'])") as SVGGraphicsElement;
          const symbol = path.getBoundingClientRect();
          const qrBox = qr.getBoundingClientRect();
          // Text or other boxes of the sheet that reach into the code's square.
          const intruders = [...item.querySelectorAll("p, h2, li, a, span, bdi")].filter((other) => {
            const box = other.getBoundingClientRect();
            return box.width > 0 && box.right > qrBox.left + 0.5 && box.left < qrBox.right - 0.5 && box.bottom > qrBox.top + 0.5 && box.top < qrBox.bottom - 0.5;
          });
          return {
            sheet: pageBox(item),
            qr: pageBox(qr),
            // Paper between the symbol and the square's edge, in CSS px, on the narrowest side.
            margin: Math.min(symbol.left - qrBox.left, qrBox.right - symbol.right, symbol.top - qrBox.top, qrBox.bottom - symbol.bottom),
            // CSS px per module: the symbol's width over its width in modules (the SVG's units).
            module: symbol.width / path.getBBox().width,
            intruders: intruders.length,
          };
        }),
      );
      for (const [index, box] of boxes.entries()) {
        const at = `${where} #${index + 1}`;
        expect(box.intruders, `${at}: nothing printed over the code`).toBe(0);
        expect(box.margin / box.module, `${at}: quiet zone in modules`).toBeGreaterThanOrEqual(3.9);
      }
      const fullPage = FULL_PAGE_LANGUAGES.includes(language);
      // The printed sheet (all its cards), or a cut around the first code; boxes below are moved
      // into the picture's own coordinates.
      const shot = fullPage ? union(boxes.map((box) => box.sheet)) : around(boxes[0]!.qr, 4 * MM);
      const image = PNG.sync.read(await page.screenshot({ clip: shot, fullPage: true }));
      const inShot = (box: Box): Box => ({ ...box, x: box.x - shot.x, y: box.y - shot.y });
      for (const [index, { qr }] of (fullPage ? boxes : boxes.slice(0, 1)).entries()) {
        const at = `${where} #${index + 1}`;
        // The code with 4 mm of the page around it (the decoder is slow on a whole card of text);
        // the quiet zone is then looked at in the whole sheet's pixels.
        const cut = inShot(around(qr, 4 * MM));
        const read = readQr(image, { x: cut.x * SCALE, y: cut.y * SCALE, width: cut.width * SCALE, height: cut.height * SCALE });
        expect(read?.text, at).toBe(target);
        expect(read!.quietZoneInk, `${at}: quiet zone of four modules`).toBeLessThan(0.005);
      }
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
        // A poster, not a printed web page (issue 22): a headline of 60 pt or more, body of 16 pt or more.
        for (const size of m.heading) expect(size / PT, `${where} headline`).toBeGreaterThanOrEqual(60);
        for (const size of m.body) expect(Math.round((size / PT) * 10) / 10, `${where} body`).toBeGreaterThanOrEqual(16);
        // The heading and the number are the largest type on the poster.
        const largest = Math.max(...m.heading, ...m.number);
        for (const size of [...m.body, ...m.address]) expect(size, where).toBeLessThan(largest);
        await expect(sheet.locator("[data-print-role='publisher']"), where).toBeVisible();
        if (fullPage) await checkPosterFillsPage(page, image, inShot(boxes[0]!.sheet), where);
      }
    }
    // Only the sheet comes out of the printer (checked once per printable, in the last language).
    await expect(page.locator("a[data-quick-exit]")).toBeHidden();
    for (const navigation of await page.locator("nav, header, footer").all()) await expect(navigation).toBeHidden();
    await expect(page.locator("h1")).toBeHidden();
  });
}

/** The brand colour (tokens.css.ts), as computed styles write it. */
const BRAND = "rgb(11, 76, 84)";

/**
 * Each number white in a block of the brand colour, and the poster's lower third mostly ink, not
 * paper: the block and the QR code fill it (before: 15 pt text and a mostly white lower third).
 */
async function checkPosterFillsPage(page: import("@playwright/test").Page, image: PNG, box: Box, where: string) {
  const numbers = await page.locator("[data-printable='poster'] [data-print-role='number']").evaluateAll((links) =>
    links.map((link) => {
      let block: Element | null = link;
      while (block && getComputedStyle(block).backgroundColor === "rgba(0, 0, 0, 0)") block = block.parentElement;
      return { colour: getComputedStyle(link).color, block: block ? getComputedStyle(block).backgroundColor : null, adjust: block ? getComputedStyle(block).printColorAdjust : null };
    }),
  );
  for (const number of numbers) expect(number, `${where}: number in a teal block`).toEqual({ colour: "rgb(255, 255, 255)", block: BRAND, adjust: "exact" });
  let ink = 0;
  let all = 0;
  const [x0, x1] = [box.x * SCALE, (box.x + box.width) * SCALE];
  const [y0, y1] = [(box.y + (box.height * 2) / 3) * SCALE, (box.y + box.height) * SCALE];
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      all += 1;
      if (!isLight(image, x, y)) ink += 1;
    }
  }
  expect(ink / all, `${where}: share of the lower third that is not paper`).toBeGreaterThan(0.3);
}

// A poster as the printer gets it: one A4 page from chromium's PDF, attached with a picture of the
// printed poster for a person to look at (sv, ar, th).
for (const language of ["sv", "ar", "th"]) {
  test(`posters print on one A4 page each, attached as PDF and PNG (${language})`, async ({ page }, testInfo) => {
    for (const printable of printables.filter((item) => item.format === "poster")) {
      await page.goto(`/${language}/print/${printable.id}`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length, `${language}/${printable.id}: PDF pages`).toBe(1);
      if (printable.id === "young-poster" || printable.id === "selling-poster") {
        await testInfo.attach(`${language}-${printable.id}.pdf`, { body: pdf, contentType: "application/pdf" });
        await page.emulateMedia({ media: "print" });
        await testInfo.attach(`${language}-${printable.id}.png`, {
          body: await page.locator("[data-printable='poster']").screenshot(),
          contentType: "image/png",
        });
        // Back to no emulation: page.pdf() prints with screen styles after emulateMedia("screen").
        await page.emulateMedia({ media: null });
      }
    }
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

// With WCAG 1.4.12 text spacing too (issue 22: the poster's number and a long easy-to-read card
// title ran out of their box): the reader's style sheet is injected, CSP bypassed for it.
test.describe("on screen at 320 px", () => {
  test.use({ bypassCSP: true });

  test("every card and poster shows whole, without sideways scrolling or broken words, also with text spacing", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 700 });
    for (const language of ["sv", "lattlast", "ar", "ru", "so", "th"]) {
      for (const printable of printables) {
        await page.goto(`/${language}/print/${printable.id}`);
        await expect(page.locator(`[data-printable='${printable.format}']:visible`)).toHaveCount(1);
        for (const spacing of [false, true]) {
          const where = `${language}/${printable.id}${spacing ? " with text spacing" : ""}`;
          if (spacing) {
            await page.addStyleTag({
              content:
                "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }",
            });
          }
          const result = await page.evaluate(() => {
            const sheet = document.querySelector("[data-printable]")!;
            const box = sheet.getBoundingClientRect();
            // A too-long word overflows its box (overflow-wrap is normal, there are no hyphens), and
            // a box that runs past the sheet's edge is cut off on paper and on screen.
            const overflowing = [...sheet.querySelectorAll("*")].filter((node) => {
              const own = node.getBoundingClientRect();
              return (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) || (own.width > 0 && (own.right > box.right + 1 || own.left < box.left - 1));
            });
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
    }
    await expect(page.locator("a[data-quick-exit]")).toBeVisible();
  });
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

// Issue 22, point 5: a real print button. It needs JavaScript, so without it the button stays
// hidden and the written instructions are the way; with it, one press opens the print dialog.
test.describe("the print button", () => {
  test("opens the browser's print dialog: a poster page in every language, a card page in four", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    for (const language of supportedLanguages) {
      const pages = ["sv", "ar", "th", "en"].includes(language) ? ["young-poster", "young-card"] : ["young-poster"];
      for (const printable of printables.filter((item) => pages.includes(item.id))) {
        const where = `${language}/${printable.id}`;
        await page.goto(`/${language}/print/${printable.id}`);
        const button = page.locator("main button[data-print-button]");
        await expect(button, where).toBeVisible();
        await expect(button, where).toHaveAccessibleName(/\S/);
        const copy = JSON.parse(readFileSync(`locales/${language}/print.json`, "utf8")).sheet;
        await expect(button, where).toHaveText(printable.format === "card" ? copy.printCards : copy.printPoster);
        // It comes before the instructions, right under the heading.
        const [heading, box] = [(await page.locator("main h1").boundingBox())!, (await button.boundingBox())!];
        expect(box.y, where).toBeGreaterThan(heading.y);
        expect(box.height, where).toBeGreaterThanOrEqual(48);
        await button.click();
        expect(await page.evaluate(() => (window as unknown as { printed: number }).printed), where).toBe(1);
        await page.emulateMedia({ media: "print" });
        await expect(button, `${where}: not printed`).toBeHidden();
        await page.emulateMedia({ media: null });
      }
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("is not shown, and the instructions stay", async ({ page }) => {
      await page.goto("/sv/print/young-poster");
      await expect(page.locator("button[data-print-button]")).toBeHidden();
      await expect(page.locator("main")).toContainText("Skriv ut med webbläsarens utskrift (Ctrl + P");
    });
  });
});
