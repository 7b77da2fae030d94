/**
 * Measures how long each pocket card's strings may be in each language and still print whole,
 * and writes scripts/lib/translations/card-limits.json (read by the import, the export and the
 * locale test). Run after a change to the card layout (app/components/printable/printable.css.ts):
 *
 *   npm run build && npm run translations -- measure-cards
 *
 * Method: the built server is started on its own port; for each card and language the printed
 * (print-emulated) sheet is loaded and the first card's heading, lines and "who answers" lines are
 * all lengthened by one factor until the card no longer shows everything by print.spec.ts's
 * measure. The limits are the lengths at the largest factor that fits (never below today's text,
 * which print.spec.ts proves fits). tests/e2e/card-limits.spec.ts checks strings at these limits.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { printables } from "~/data/printables";
import { supportedLanguages } from "~/i18n";
import { readNamespace } from "~/utils/translation-state.server";
import { chromiumFlags, chromiumPath } from "./lib/chromium.js";
import { fillCardAndMeasure } from "./lib/translations/card-fit.js";
import { CARD_LIMITS_FILE, cardFiller, type CardLimits } from "./lib/translations/card-limits";

type CardCopy = { heading: string; lines: string[]; who: string[] };
const length = (text: string) => [...text].length;

export async function measureCardLimits(port: number): Promise<CardLimits> {
  const server = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => chunk.toString().includes('"event":"listening"') && resolve());
    server.once("exit", () => reject(new Error("the server stopped; run npm run build first")));
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const limits: CardLimits = {};
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    for (const printable of printables.filter((item) => item.format === "card")) {
      limits[printable.id] = {};
      for (const language of supportedLanguages) {
        const copy = (readNamespace(language, "print") as { printables: Record<string, CardCopy> }).printables[printable.id]!;
        const base = { heading: length(copy.heading), lines: copy.lines.map(length), who: copy.who.map(length) };
        const at = (factor: number) => ({
          heading: Math.floor(base.heading * factor),
          lines: base.lines.map((n) => Math.floor(n * factor)),
          who: base.who.map((n) => Math.floor(n * factor)),
        });
        await page.goto(`http://127.0.0.1:${port}/${language}/print/${printable.id}`);
        const filler = cardFiller(language);
        const fits = async (factor: number) => (await page.evaluate(fillCardAndMeasure, { lengths: at(factor), filler })).fits;
        if (!(await fits(1))) throw new Error(`${language}/${printable.id}: today's text does not fit`);
        let low = 1;
        let high = 3;
        while (high - low > 0.01) {
          const middle = (low + high) / 2;
          if (await fits(middle)) low = middle;
          else high = middle;
        }
        limits[printable.id]![language] = at(low);
        console.log(`${printable.id.padEnd(22)} ${language.padEnd(9)} ×${low.toFixed(2)} ${JSON.stringify(at(low))}`);
      }
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
  return limits;
}

export async function writeCardLimits(port: number) {
  const limits = await measureCardLimits(port);
  writeFileSync(CARD_LIMITS_FILE, `${JSON.stringify(limits, null, 2)}\n`);
  console.log(`wrote ${CARD_LIMITS_FILE}`);
}
