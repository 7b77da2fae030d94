import { describe, expect, it } from "vitest";
import { allSitePaths } from "~/data/site-map";
import { supportedLanguages } from "~/i18n";
import { fixedT } from "~/i18next.server";
import { DESCRIPTION_MAX, pageDescription, summarize } from "./page-description.server";

describe("pageDescription", () => {
  it("gives every page of every language a description of its own, from its copy", () => {
    for (const language of supportedLanguages) {
      const site = fixedT(language, "common")("metaDescription");
      const seen = new Map<string, string>();
      for (const path of allSitePaths()) {
        const description = pageDescription(language, path);
        const where = `${language}${path}`;
        expect(description.length, where).toBeGreaterThan(20);
        expect(description.length, where).toBeLessThanOrEqual(DESCRIPTION_MAX);
        expect(description, where).not.toBe(site);
        expect(description, where).not.toMatch(/[<>]|\{\{/);
        expect(seen.get(description), `${where} has the description of ${seen.get(description)}`).toBeUndefined();
        seen.set(description, path);
      }
    }
  });

  it("takes the page's own words: the law page's lead, a journey's intro, a service's summary", () => {
    expect(pageDescription("sv", "/law")).toMatch(/^Här står vad som är ett brott/);
    expect(pageDescription("en", "/help/buying")).toMatch(/^Buying sex is a crime in Sweden\./);
    expect(pageDescription("sv", "/services/kast")).toBe(fixedT("sv", "services")("kast.summary"));
    expect(pageDescription("sv", "/municipalities/nacka")).toMatch(/^Stöd i Nacka\. Nacka hade anslutit sig/);
  });

  it("gives an address no page answers the site's description", () => {
    expect(pageDescription("sv", "/no-such-page")).toBe(fixedT("sv", "common")("metaDescription"));
    expect(pageDescription("sv", "/services/no-such-service")).toBe(fixedT("sv", "common")("metaDescription"));
  });
});

describe("summarize", () => {
  it("keeps whole sentences within the limit", () => {
    expect(summarize("One two. Three four five. Six.", 20)).toBe("One two.");
    expect(summarize("<b>Short</b>   text.")).toBe("Short text.");
  });

  it("cuts a long first sentence at a space, with an ellipsis", () => {
    const cut = summarize("word ".repeat(60).trim(), 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/word…$/);
  });
});
