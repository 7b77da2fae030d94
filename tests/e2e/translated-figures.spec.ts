import { supportedLanguages } from "~/i18n";
import { expect, test } from "./fixtures";

/**
 * Figures in translated sentences, read from the rendered pages (issue 20, item 13): a date that
 * ends in "г."/"р." ends the sentence with one full stop, and the secrecy chapter reads "chapter 26
 * (26 kap.)" in running text in every translation (Swedish keeps "26 kap.").
 */
async function mainText(request: import("@playwright/test").APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#x?a0;/gi, "\u00a0")
    .replace(/[ \t\n]+/g, " ");
}

test("the accessibility statement's date ends its sentence with one full stop in ru, uk and bg", async ({ request }) => {
  const endings = { ru: /\d{4}[\s\u00a0]?г\.$/, uk: /\d{4}[\s\u00a0]?р\.$/, bg: /\d{4}[\s\u00a0]?г\.$/ };
  for (const [language, ending] of Object.entries(endings)) {
    const text = await mainText(request, `/${language}/accessibility`);
    expect(text, language).not.toMatch(/\.\s*\./);
    // The sentence with the date is there, and the date's own abbreviation ends it.
    const sentence = text.split(/(?<=\.) (?=\p{Lu})/u).find((part) => /\d{4}[\s\u00a0]?[гр]\./.test(part));
    expect(sentence?.trim(), language).toMatch(ending);
  }
});

test("the secrecy chapter reads 'chapter 26 (26 kap.)' in every translation and '26 kap.' in Swedish", async ({ request }) => {
  for (const language of supportedLanguages) {
    const text = await mainText(request, `/${language}/anonymity`);
    // In Arabic and Persian the reference is isolated (U+2068 … U+2069) and stays on one line.
    const reference = /\u2068?26\u00a0kap\.\u2069?/.source;
    if (language === "sv" || language === "lattlast") {
      expect(text, language).not.toMatch(new RegExp(`26 \\(${reference}\\)`));
      if (language === "sv") expect(text).toMatch(new RegExp(`i ${reference} offentlighets`));
    } else {
      expect(text, language).toMatch(new RegExp(`26 \\(${reference}\\)`));
    }
  }
});
