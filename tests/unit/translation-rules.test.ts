import { describe, expect, it } from "vitest";
import { checkString } from "../../scripts/lib/translations/rules";

/**
 * The placeholder rule (scripts/lib/translations/rules.ts, applied by the locale test and by every
 * import): a translation keeps Swedish's placeholders; it may add a law value that Swedish does not
 * need ("chapter {{secrecyChapterNumber}} ({{secrecyChapter}})"), and may leave out a placeholder
 * only where the key fixes its value (pressesLeftOne is always 1, "o dată").
 */
const placeholderProblems = (id: string, swedish: string, text: string) =>
  checkString({ id, language: "en", swedish, text }).filter((problem) => problem.includes("placeholders"));

describe("the placeholder rule", () => {
  const secrecy = "Det står i {{secrecyChapter}} offentlighets- och sekretesslagen ({{secrecySfs}}).";

  it("lets a translation add a law value Swedish does not need", () => {
    const text = "It is set out in chapter {{secrecyChapterNumber}} ({{secrecyChapter}}) of the Act ({{secrecySfs}}).";
    expect(placeholderProblems("anonymity:sections.secrecy.text.0", secrecy, text)).toEqual([]);
  });

  it("refuses a placeholder that is not a law value, and a dropped law value", () => {
    const extra = "It is set out in chapter {{secrecyChapterNumber}} ({{secrecyChapter}}) of the Act ({{secrecySfs}}), {{name}}.";
    expect(placeholderProblems("anonymity:sections.secrecy.text.0", secrecy, extra)).toEqual([
      expect.stringMatching(/not in Swedish \{\{name\}\}/),
    ]);
    const dropped = "It is set out in chapter {{secrecyChapterNumber}} of the Act ({{secrecySfs}}).";
    expect(placeholderProblems("anonymity:sections.secrecy.text.0", secrecy, dropped)).toEqual([
      expect.stringMatching(/missing \{\{secrecyChapter\}\}/),
    ]);
  });

  it("lets pressesLeftOne say 'once' in words, and no other key drop {{presses}}", () => {
    const swedish = "Shift: tryck {{presses}} gång till för att lämna sidan.";
    expect(placeholderProblems("common:quickExit.pressesLeftOne", swedish, "Shift: mai apăsați o dată pentru a ieși.")).toEqual([]);
    expect(placeholderProblems("common:quickExit.pressesLeftMany", swedish, "Shift: mai apăsați de câteva ori.")).toEqual([
      expect.stringMatching(/missing \{\{presses\}\}/),
    ]);
  });
});
