import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printables } from "~/data/printables";
import { supportedLanguages } from "~/i18n";
import { fingerprint, readStrings, REVIEW_FILE, serializeReviewFile, type ReviewFile } from "~/utils/translation-state.server";
import { fillCardAndMeasure } from "../../scripts/lib/translations/card-fit.js";
import { cardFiller, cardLimits } from "../../scripts/lib/translations/card-limits";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

/**
 * The per-string review state as a reader meets it (issue 23), on a server of its own that reads
 * a copy of locales/: English fully reviewed but for one string of the about page, the Swedish of
 * the law page's title changed since (so English's is stale), Arabic untouched (all drafts).
 */
test("the draft note follows the review state of the strings a page shows; a stale string shows the Swedish", async ({ page }) => {
  test.setTimeout(60_000);
  const dir = join(mkdtempSync(join(tmpdir(), "stodlinjer-review-")), "locales");
  cpSync(join(process.cwd(), "locales"), dir, { recursive: true });
  const english = readStrings("en", dir);
  const swedish = readStrings("sv", dir);
  const entries: ReviewFile = {};
  for (const [id, source] of swedish) {
    entries[id] = { source: fingerprint(source), text: fingerprint(english.get(id)!), state: "reviewed", by: "Test Reviewer", at: "2026-12-04" };
  }
  entries["about:title"] = { source: fingerprint(swedish.get("about:title")!), text: fingerprint(english.get("about:title")!), state: "draft" };
  writeFileSync(join(dir, "en", REVIEW_FILE), serializeReviewFile(entries, swedish.keys()));
  const law = JSON.parse(readFileSync(join(dir, "sv", "law.json"), "utf8")) as { title: string };
  law.title = "Vad säger lagen i dag?";
  writeFileSync(join(dir, "sv", "law.json"), `${JSON.stringify(law, null, 2)}\n`);

  const server = await startOwnServer(Number(new URL(baseURL).port) + 55, { LOCALES_DIR: dir });
  try {
    const note = page.locator("[data-translation-note]");
    // Every string on these pages is reviewed: no note.
    for (const path of ["/en/", "/en/help/selling", "/en/services/kast", "/en/privacy"]) {
      await page.goto(`${server.origin}${path}`);
      await expect(note, path).toHaveCount(0);
    }
    // One draft string on the page: the note stays, with its link to the Swedish page.
    await page.goto(`${server.origin}/en/about`);
    await expect(note).toHaveCount(1);
    await expect(note.locator("a")).toHaveAttribute("href", "/sv/about");
    // A stale string: the Swedish sentence in its place, and the note.
    await page.goto(`${server.origin}/en/law`);
    await expect(page.locator("h1")).toHaveText("Vad säger lagen i dag?");
    // Marked Swedish for screen readers (WCAG 3.1.2), isolated left to right in a right-to-left page.
    await expect(page.locator("h1 > span[lang='sv']")).toHaveText("Vad säger lagen i dag?");
    await expect(note).toHaveCount(1);
    await page.goto(`${server.origin}/ar/law`);
    await expect(page.locator("h1 > span[lang='sv'][dir='ltr']")).toHaveText("Vad säger lagen i dag?");
    // All drafts: the note on every page, as before. Swedish never has one.
    await page.goto(`${server.origin}/ar/privacy`);
    await expect(note).toHaveCount(1);
    await page.goto(`${server.origin}/sv/law`);
    await expect(note).toHaveCount(0);
    await expect(page.locator("h1")).toHaveText("Vad säger lagen i dag?");
    await expect(page.locator("h1 span[lang]")).toHaveCount(0);
  } finally {
    await server.stop();
    rmSync(join(dir, ".."), { recursive: true, force: true });
  }
});

// The measured pocket-card limits (scripts/lib/translations/card-limits.json) are real: every card,
// in every language, with all its strings lengthened to their limits at once, still prints whole.
for (const printable of printables.filter((item) => item.format === "card")) {
  test(`${printable.id}: strings at their length limits still fit the printed card, in every language`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ media: "print" });
    for (const language of supportedLanguages) {
      const lengths = cardLimits()[printable.id]![language]!;
      await page.goto(`/${language}/print/${printable.id}`);
      const result = await page.evaluate(fillCardAndMeasure, { lengths, filler: cardFiller(language) });
      expect(result, `${language}/${printable.id} at ${JSON.stringify(lengths)}`).toMatchObject({ fits: true });
    }
  });
}
